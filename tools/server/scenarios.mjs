// Programmable routes for end-to-end tests: a test says what a path should answer, and the
// server answers that, so tests drive real HTTP failures rather than mocking fetch.
//
//   PUT    /__scenarios/<path>   body: {status, body, bodyBase64, generate, contentType, headers,
//                                        delayMs, stallAfterBytes, stallMs}
//            generate: "big" (a 10 MB lede article) or "deep" (JSON nested 100,000 deep);
//            stallAfterBytes/stallMs: send that much of the body, then wait before the rest
//   DELETE /__scenarios/<path>   forget it
//   GET    /__scenarios          the log of requests to scenario paths
//   DELETE /__scenarios          forget everything

const CONTROL = "/__scenarios";

export class Scenarios {
  #routes = new Map();
  #log = [];

  /** Handles control requests and programmed paths; false for anything else. */
  async handle(request, response) {
    const path = new URL(request.url, "http://x").pathname;
    if (path === CONTROL || path.startsWith(CONTROL + "/")) {
      await this.#control(request, response, path.slice(CONTROL.length) || null);
      return true;
    }
    const route = this.#routes.get(path);
    if (!route) return false;
    this.#log.push({ method: request.method, path, at: Date.now() });
    if (request.method === "OPTIONS") {
      response.writeHead(204, cors()).end();
      return true;
    }
    if (route.delayMs) await new Promise((done) => setTimeout(done, route.delayMs));
    const body = bodyOf(route);
    response.writeHead(route.status ?? 200, {
      "Content-Type": route.contentType ?? "application/json; charset=utf-8",
      ...cors(),
      ...(route.headers ?? {}),
    });
    if (route.stallAfterBytes !== undefined) {
      response.write(body.subarray(0, route.stallAfterBytes));
      await new Promise((done) => setTimeout(done, route.stallMs ?? 60_000));
      if (!response.destroyed) response.end(body.subarray(route.stallAfterBytes));
      return true;
    }
    response.end(body);
    return true;
  }

  async #control(request, response, path) {
    if (request.method === "GET") {
      return json(response, 200, { log: this.#log });
    }
    if (request.method === "DELETE" && path === null) {
      this.#routes.clear();
      this.#log = [];
      return json(response, 200, { ok: true });
    }
    if (request.method === "DELETE") {
      this.#routes.delete(path);
      return json(response, 200, { ok: true });
    }
    if (request.method === "PUT" && path) {
      this.#routes.set(path, JSON.parse(await readBody(request)));
      return json(response, 200, { ok: true });
    }
    return json(response, 400, { error: "unknown control request" });
  }
}

/** The bytes a route answers with. */
function bodyOf(route) {
  if (route.bodyBase64 !== undefined) return Buffer.from(route.bodyBase64, "base64");
  if (route.generate === "big") {
    const paragraph = "A paragraph of filler text for a very large article. ".repeat(20);
    const body = Array.from({ length: 10_000 }, () => paragraph);
    return Buffer.from(JSON.stringify({ lede: 1, headline: "A very large article", body }));
  }
  if (route.generate === "deep") return Buffer.from("[".repeat(100_000) + "]".repeat(100_000));
  return Buffer.from(typeof route.body === "string" ? route.body : JSON.stringify(route.body ?? null));
}

function cors() {
  return { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "*" };
}

function json(response, status, value) {
  response.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(value));
}

export function readBody(request) {
  return new Promise((resolve, reject) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });
}
