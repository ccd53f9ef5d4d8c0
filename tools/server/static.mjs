// Static files with the right types, so the browser can compile wasm while it downloads.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

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
  ".html-fragment": "text/html; charset=utf-8",
};

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
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Length": info.size,
      "Cache-Control": "no-cache",
      "Access-Control-Allow-Origin": "*",
    });
    if (request.method === "HEAD") return response.end(), true;
    createReadStream(file).pipe(response);
    return true;
  }
  return false;
}
