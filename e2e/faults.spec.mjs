// Fault injection: a real local server misbehaving on purpose. Every case ends in "ready" or
// "error" with the right message, no uncaught exception and no panic (watched by support.mjs),
// and the reader recovers through Retry once the server does.
import { test, expect, reader, serve, resetScenarios, ORIGIN } from "./support.mjs";

const GOOD = { lede: 1, headline: "Recovered" };
const URL = `${ORIGIN}/fault/article.json`;
const HOST = new globalThis.URL(ORIGIN).host;

test.beforeEach(async ({ request }) => resetScenarios(request));

// [name, what the server does, expected state, expected message (for errors)]
const cases = [
  ["404", { status: 404, body: "nothing here" }, "error", `There is no article at ${URL} (the server answered “404 Not Found”).`],
  ["410", { status: 410, body: "gone" }, "error", `There is no article at ${URL} (the server answered “410 Gone”).`],
  ["500", { status: 500, body: "boom" }, "error", `The server had a problem sending ${URL} (“500 Internal Server Error”). It may work again shortly.`],
  ["503 with Retry-After", { status: 503, body: "busy", headers: { "Retry-After": "120" } }, "error",
    `The server had a problem sending ${URL} (“503 Service Unavailable”). It may work again shortly. The server asks to try again in 120 seconds.`],
  ["301 to a good address", { status: 301, headers: { Location: "/fault/moved.json" } }, "ready", null],
  ["a redirect loop", { status: 302, headers: { Location: "/fault/article.json" } }, "error",
    `Couldn't load ${URL}: ${HOST} did not answer, or did not let this page read it. Try again in a moment.`],
  ["truncated JSON", { body: '{"lede": 1, "headline": "Cut o' }, "error", `The article at ${URL} is not JSON (EOF while parsing a string at line 1 column 30).`],
  ["the wrong Content-Type", { body: GOOD, contentType: "text/plain" }, "ready", null],
  ["an HTML error page with status 200", { body: "<!doctype html><h1>Error</h1>", contentType: "text/html" }, "error",
    `The article at ${URL} is a web page, not the JSON lede reads.`],
  ["a 10 MB JSON body", { generate: "big" }, "error", `The article at ${URL} is 10.1 MB, more than the 5.0 MB lede reads.`],
  // Sent in two pieces, so without a Content-Length: the size is known only once it is read.
  ["a 10 MB JSON body of undeclared size", { generate: "big", stallAfterBytes: 1000, stallMs: 10 }, "error",
    `The article at ${URL} is 10.1 MB, more than the 5.0 MB lede reads.`],
  // More than a 32-bit size can hold: refused from the header alone, not read as "no size".
  ["a declared size of 5 GB", { body: GOOD, headers: { "Content-Length": "5000000000" } }, "error",
    `The article at ${URL} is 4768.4 MB, more than the 5.0 MB lede reads.`],
  ["JSON nested 100,000 deep", { generate: "deep" }, "error", `The article at ${URL} is nested more than 128 levels deep, more than lede reads.`],
  ["invalid UTF-8", { bodyBase64: Buffer.from('{"lede":1,"headline":"Caf\xff\xfe"}', "latin1").toString("base64") }, "ready", null],
  ["a byte-order mark", { bodyBase64: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(GOOD))]).toString("base64") }, "ready", null],
  ["an empty body", { body: "" }, "error", `The article at ${URL} is empty.`],
];

for (const [name, behaviour, state, message] of cases) {
  test(`fault: ${name}`, async ({ page, request }) => {
    await serve(request, "/fault/article.json", behaviour);
    await serve(request, "/fault/moved.json", { body: { lede: 1, headline: "Moved here" } });
    await page.goto("/?src=/fault/article.json");
    await expect(reader(page)).toHaveAttribute("data-state", state, { timeout: 20_000 });
    if (state === "error") {
      await expect(page.getByRole("alert")).toContainText(message);
      await serve(request, "/fault/article.json", { body: GOOD });
      await page.getByRole("button", { name: "Retry" }).click();
      await expect(reader(page)).toHaveAttribute("data-state", "ready");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recovered");
    } else {
      await expect(page.getByRole("heading", { level: 1 })).not.toBeEmpty();
    }
    console.log(`fault matrix — ${name}: ${state}${message ? ` — “${message}”` : ""}`);
  });
}

for (const [name, behaviour] of [
  ["a first byte slower than the time limit", { delayMs: 17_000, body: GOOD }],
  ["a body that stalls half-way", { body: { lede: 1, headline: "Stalled", body: ["x".repeat(2000)] }, stallAfterBytes: 600, stallMs: 17_000 }],
]) {
  test(`fault: ${name}`, async ({ page, request }) => {
    test.setTimeout(60_000);
    await serve(request, "/fault/article.json", behaviour);
    await page.goto("/?src=/fault/article.json");
    await expect(reader(page)).toHaveAttribute("data-state", "error", { timeout: 25_000 });
    const message = `${HOST} took more than 15 seconds to send ${URL}.`;
    await expect(page.getByRole("alert")).toContainText(message);
    await serve(request, "/fault/article.json", { body: GOOD });
    await page.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recovered");
    console.log(`fault matrix — ${name}: error — “${message}”`);
  });
}
