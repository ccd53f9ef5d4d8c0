#!/usr/bin/env node
// lede's local server: the built site (dist/), the fixtures, and, for tests, programmable routes.
// Usage: node tools/server/main.mjs [--port 8080] [--dist dist] [--csp] [--test-control]
//        [--signups .receiver/signups.jsonl]
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { precompress, sendHtml, serveStatic } from "./static.mjs";
import { PageRenderer } from "./render.mjs";
import { Scenarios } from "./scenarios.mjs";
import { Signups } from "./signups.mjs";

const { values: options } = parseArgs({
  options: {
    port: { type: "string", default: "8080" },
    host: { type: "string", default: "127.0.0.1" },
    dist: { type: "string", default: "dist" },
    csp: { type: "boolean", default: false },
    "test-control": { type: "boolean", default: false },
    signups: { type: "string", default: ".receiver/signups.jsonl" },
  },
});

const root = resolve(import.meta.dirname, "../..");
const mounts = [
  { prefix: "/fixtures/", dir: resolve(root, "fixtures") },
  { prefix: "/examples/", dir: resolve(root, "examples") },
  // The embed bundle again under a path prefix, as a publisher might host it.
  { prefix: "/static/lede/", dir: resolve(root, options.dist) },
  { prefix: "/", dir: resolve(root, options.dist) },
];
// The strictest policy the widget must work under (see README, "Strict CSP").
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src * data:; connect-src *";

const origin = `http://${options.host}:${options.port}`;
const renderer = new PageRenderer({ root, mounts, origin });
const dist = resolve(root, options.dist);

/** The standalone page for `?src=…` or `?site=…`: rendered here when the content is one of
 * this server's files, else the page that renders in the browser (index.html, rendered at
 * build time, holds the built-in article for `/` alone). */
async function standalone(request, response) {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const url = new URL(request.url, origin);
  const asks = ["src", "site"].some((name) => url.searchParams.get(name)?.trim());
  if ((url.pathname !== "/" && url.pathname !== "/index.html") || !asks) return false;
  const page = await renderer.page(url);
  if (page) {
    sendHtml(request, response, page);
    return true;
  }
  return serveStatic({ ...request, url: "/shell.html", method: request.method, headers: request.headers }, response, [
    { prefix: "/", dir: dist },
  ]);
}

const scenarios = options["test-control"] ? new Scenarios() : null;
const signupsFile = resolve(root, options.signups);
const signups = new Signups(signupsFile, { control: options["test-control"] });
await signups.load();

const server = createServer(async (request, response) => {
  try {
    if (options.csp) response.setHeader("Content-Security-Policy", CSP);
    if (await signups.handle(request, response)) return;
    if (scenarios && (await scenarios.handle(request, response))) return;
    if (await standalone(request, response)) return;
    if (await serveStatic(request, response, mounts)) return;
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
  } catch (error) {
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  }
});

// Before listening, so that whoever waits for the server (Playwright, the bench) waits for this.
await precompress(dist);
server.listen(Number(options.port), options.host, () => {
  console.log(`lede: serving http://${options.host}:${options.port}/ (Ctrl+C to stop)`);
  console.log(`lede: newsletter sign-ups are stored in ${signupsFile}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
