// The sign-up receiver: a real endpoint for the newsletter form that stores every sign-up once.
//
//   POST /api/signups     JSON {email, consent, idempotency_key, …} or form-encoded fields;
//                         the key may also come as an Idempotency-Key header.
//                         201 {message} when stored, 200 {message} for a key already stored,
//                         422 {message} for a missing or malformed email.
//   (tests only) GET /__signups             everything stored, and how many requests came
//   (tests only) PUT /__signups/behaviour   {fail: [500, 503, …], delayMs, reset}: the next
//                requests fail with those statuses in turn, wait, or drop the connection
//   (tests only) DELETE /__signups          forget everything
//
// Sign-ups are appended to a JSON-lines file (.receiver/signups.jsonl by default) and are read
// back from it at start, so a restart keeps them.
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { readBody } from "./scenarios.mjs";

const ENDPOINT = "/api/signups";
const CONTROL = "/__signups";
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class Signups {
  #file;
  #stored = new Map();
  #requests = 0;
  #behaviour = { fail: [], delayMs: 0, reset: 0 };
  #control;

  constructor(file, { control = false } = {}) {
    this.#file = file;
    this.#control = control;
  }

  async load() {
    const text = await readFile(this.#file, "utf8").catch(() => "");
    for (const line of text.split("\n").filter(Boolean)) {
      const signup = JSON.parse(line);
      this.#stored.set(signup.idempotency_key, signup);
    }
  }

  /** Handles the endpoint and, in test mode, its control; false for anything else. */
  async handle(request, response) {
    const path = new URL(request.url, "http://x").pathname;
    if (path === ENDPOINT) {
      await this.#receive(request, response);
      return true;
    }
    if (this.#control && (path === CONTROL || path.startsWith(CONTROL + "/"))) {
      await this.#controlRequest(request, response, path);
      return true;
    }
    return false;
  }

  async #receive(request, response) {
    const cors = {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Headers": "Content-Type, Idempotency-Key",
      "Access-Control-Allow-Methods": "POST, OPTIONS",
    };
    if (request.method === "OPTIONS") return response.writeHead(204, cors).end();
    if (request.method !== "POST") return send(response, 405, { message: "Sign-ups are sent with POST." }, cors);
    this.#requests += 1;
    const body = await readBody(request);
    const behaviour = this.#behaviour;
    if (behaviour.delayMs) await new Promise((done) => setTimeout(done, behaviour.delayMs));
    if (behaviour.reset > 0) {
      behaviour.reset -= 1;
      return request.socket.destroy();
    }
    if (behaviour.fail.length > 0) {
      const status = behaviour.fail.shift();
      return send(response, status, { message: `The receiver was told to fail with ${status}.` }, cors);
    }
    const fields = parse(request.headers["content-type"] ?? "", body);
    const email = String(fields.email ?? "").trim();
    if (!EMAIL.test(email)) return send(response, 422, { message: `“${email}” is not an email address we can send to.` }, cors);
    const key = String(request.headers["idempotency-key"] ?? fields.idempotency_key ?? "").trim() || `no-key-${Date.now()}-${Math.random()}`;
    if (this.#stored.has(key)) return send(response, 200, { message: "You're already signed up: check your inbox to confirm." }, cors);
    const signup = {
      idempotency_key: key,
      email,
      consent: fields.consent === true || fields.consent === "true" || fields.consent === "on",
      site: fields.site ?? null,
      received_at: new Date().toISOString(),
    };
    this.#stored.set(key, signup);
    await mkdir(dirname(this.#file), { recursive: true });
    await appendFile(this.#file, JSON.stringify(signup) + "\n");
    send(response, 201, { message: "Almost done: check your inbox to confirm your subscription." }, cors);
  }

  async #controlRequest(request, response, path) {
    if (request.method === "GET") {
      return send(response, 200, { signups: [...this.#stored.values()], requests: this.#requests });
    }
    if (request.method === "PUT" && path === CONTROL + "/behaviour") {
      this.#behaviour = { fail: [], delayMs: 0, reset: 0, ...JSON.parse(await readBody(request)) };
      return send(response, 200, { ok: true });
    }
    if (request.method === "DELETE") {
      this.#stored.clear();
      this.#requests = 0;
      this.#behaviour = { fail: [], delayMs: 0, reset: 0 };
      await writeFile(this.#file, "").catch(() => {});
      return send(response, 200, { ok: true });
    }
    send(response, 400, { error: "unknown control request" });
  }
}

function parse(type, body) {
  try {
    if (type.includes("application/json")) return JSON.parse(body);
    return Object.fromEntries(new URLSearchParams(body));
  } catch {
    return {};
  }
}

function send(response, status, value, headers = {}) {
  response.writeHead(status, { "Content-Type": "application/json; charset=utf-8", ...headers });
  response.end(JSON.stringify(value));
}
