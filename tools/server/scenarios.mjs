// Programmable routes for end-to-end tests: a test says what a path should answer, and the
// server answers that, so tests drive real HTTP failures rather than mocking fetch.
//
//   PUT    /__scenarios/<path>   body: {status, body, contentType, headers, delayMs}
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
    const body = typeof route.body === "string" ? route.body : JSON.stringify(route.body ?? null);
    response.writeHead(route.status ?? 200, {
      "Content-Type": route.contentType ?? "application/json; charset=utf-8",
      ...cors(),
      ...(route.headers ?? {}),
    });
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
