// Static files with the right types, compressed as a production server would send them, so the
// browser compiles wasm while it downloads and transfer sizes are realistic.
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".txt"]);

/** Compressed bodies, by file, encoding and modification time. */
const cache = new Map();

function compressed(file, info, bytes, encoding) {
  const key = `${file}\0${encoding}\0${info.mtimeMs}`;
  if (!cache.has(key)) {
    cache.set(key, encoding === "br"
      ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(bytes, { level: 9 }));
  }
  return cache.get(key);
}

/** Compresses the bundle's files in `dir` ahead of the first request for them: a quality-11
 * brotli pass over the wasm takes seconds on a busy machine, which the first page (and the
 * first test of a run) would otherwise wait for. */
export async function precompress(dir) {
  for (const name of ["lede_bg.wasm", "lede.js", "lede.css"]) {
    const file = join(dir, name);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) continue;
    const bytes = await readFile(file);
    for (const encoding of ["br", "gzip"]) compressed(file, info, bytes, encoding);
  }
}

/** Sends `body` (HTML, for a page made on request) as serveStatic sends files. */
export function sendHtml(request, response, body) {
  const accepted = String(request.headers["accept-encoding"] ?? "");
  const headers = { "Content-Type": TYPES[".html"], "Cache-Control": "no-cache", Vary: "Accept-Encoding" };
  if (accepted.includes("br")) {
    body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    headers["Content-Encoding"] = "br";
  } else if (accepted.includes("gzip")) {
    body = gzipSync(body, { level: 9 });
    headers["Content-Encoding"] = "gzip";
  }
  headers["Content-Length"] = body.length;
  response.writeHead(200, headers);
  response.end(request.method === "HEAD" ? undefined : body);
}

/** Serves `request` from the first mount whose prefix matches; false when nothing matched. */
export async function serveStatic(request, response, mounts) {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
  for (const { prefix, dir } of mounts) {
    if (!path.startsWith(prefix)) continue;
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return false;
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = join(file, "index.html");
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) continue;
    const type = extname(file);
    let body = await readFile(file);
    const headers = {
      "Content-Type": TYPES[type] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
      "Access-Control-Allow-Origin": "*",
      Vary: "Accept-Encoding",
    };
    const accepted = String(request.headers["accept-encoding"] ?? "");
    const encoding = !COMPRESSIBLE.has(type) || body.length < 1024 ? null : accepted.includes("br") ? "br" : accepted.includes("gzip") ? "gzip" : null;
    if (encoding) {
      body = compressed(file, info, body, encoding);
      headers["Content-Encoding"] = encoding;
    }
    headers["Content-Length"] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === "HEAD" ? undefined : body);
    return true;
  }
  return false;
}
