// Churn: mounting twice, many quick src changes, offline and online, a hidden tab, and memory
// over 200 src switches.
import { test, expect, expectAccessible, reader, serve, resetScenarios, ORIGIN } from "./support.mjs";
import { memoryInUse } from "../tools/memory.mjs";

test.beforeEach(async ({ request }) => resetScenarios(request));

test("mounting twice and moving quickly ends in one working reader", async ({ page }) => {
  await page.goto("/examples/host.html");
  await expect(page.locator("#first")).toHaveAttribute("data-state", "ready");
  await page.evaluate(() => {
    const element = document.getElementById("first");
    for (let i = 0; i < 5; i++) {
      element.remove();
      document.querySelector("main").prepend(element);
    }
  });
  await expect(page.locator("#first")).toHaveAttribute("data-state", "ready");
  await expect(page.locator("#first").locator("article h1")).toHaveCount(1);
  await expect(page.locator("#first").locator(".lede")).toHaveCount(1);
});

test("20 src changes within a second: the reader shows the last", async ({ page, request }) => {
  for (let i = 0; i < 20; i++) {
    await serve(request, `/churn/${i}.json`, { body: { lede: 1, headline: `Article ${i}` }, delayMs: (20 - i) * 15 });
  }
  await page.goto("/examples/host.html");
  await expect(page.locator("#first")).toHaveAttribute("data-state", "ready");
  await page.evaluate(async () => {
    const element = document.getElementById("first");
    for (let i = 0; i < 20; i++) {
      element.setAttribute("src", `/churn/${i}.json`);
      await new Promise((done) => setTimeout(done, 40));
    }
  });
  await expect(page.locator("#first").getByRole("heading", { level: 1 })).toHaveText("Article 19");
  await page.waitForTimeout(800);
  await expect(page.locator("#first").getByRole("heading", { level: 1 })).toHaveText("Article 19");
  const last = await page.evaluate(() => window.__ledeEvents.filter((e) => e.type === "lede:ready").at(-1).detail.title);
  expect(last).toBe("Article 19");
});

test("offline, then online: the error says so, and the article loads by itself when the connection is back", async ({ page, context }) => {
  await page.goto("/");
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await context.setOffline(true);
  await reader(page).evaluate((element) => element.setAttribute("src", "/fixtures/lede/full-article.json"));
  await expect(reader(page)).toHaveAttribute("data-state", "error");
  await expect(page.getByRole("alert")).toContainText(`You're offline, so ${ORIGIN}/fixtures/lede/full-article.json couldn't load.`);
  await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
  await expectAccessible(page, "offline");
  await context.setOffline(false);
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Central banks hold rates as inflation cools");
});

test("offline, Retry says offline again rather than pretending to load", async ({ page, context }) => {
  await page.goto("/");
  await context.setOffline(true);
  await reader(page).evaluate((element) => element.setAttribute("src", "/fixtures/lede/full-article.json"));
  await expect(page.getByRole("alert")).toContainText("You're offline");
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("alert")).toContainText("You're offline");
  await expect(reader(page)).toHaveAttribute("data-state", "error");
  await context.setOffline(false);
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
});

test("a hidden and shown tab keeps the reader as it was", async ({ page }) => {
  await page.addInitScript(() => {
    window.__hidden = false;
    Object.defineProperty(Document.prototype, "hidden", { get: () => window.__hidden });
  });
  await page.goto("/?src=/fixtures/lede/full-article.json");
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  for (const hidden of [true, false, true, false]) {
    await page.evaluate((hidden) => {
      window.__hidden = hidden;
      document.dispatchEvent(new Event("visibilitychange"));
    }, hidden);
  }
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Central banks hold rates as inflation cools");
});

test("memory stays flat over 200 src switches", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/examples/host.html");
  await expect(page.locator("#first")).toHaveAttribute("data-state", "ready");
  const cdp = await page.context().newCDPSession(page);
  const measure = async () => {
    const { jsHeapUsed, wasmMemory } = await memoryInUse(cdp);
    return { heap: jsHeapUsed, wasm: wasmMemory };
  };
  const sources = ["/fixtures/lede/full-article.json", "/fixtures/formats/ghost-post.json", "/fixtures/wordpress/post-60-embed.json"];
  const switches = (count) =>
    page.evaluate(async ({ count, sources }) => {
      const element = document.getElementById("first");
      for (let i = 0; i < count; i++) {
        element.setAttribute("src", sources[i % sources.length]);
        await new Promise((done) => {
          const ready = () => { element.removeEventListener("lede:ready", ready); done(); };
          element.addEventListener("lede:ready", ready);
        });
      }
    }, { count, sources });
  await switches(20);
  const after20 = await measure();
  await switches(180);
  const after200 = await measure();
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
  console.log(`memory over src switches — after 20: JS heap ${mb(after20.heap)} MB, wasm ${mb(after20.wasm)} MB; ` +
    `after 200: JS heap ${mb(after200.heap)} MB, wasm ${mb(after200.wasm)} MB`);
  expect(after200.heap - after20.heap).toBeLessThan(1024 * 1024);
  expect(after200.wasm - after20.wasm).toBeLessThanOrEqual(256 * 1024);
});
