// The standalone page: the built-in article, content from ?src=, failures and Retry.
import { readFile } from "node:fs/promises";
import { test, expect, reader, expectAccessible, screenshot, serve, resetScenarios, ORIGIN } from "./support.mjs";

const SEED_HEADLINE = "Zelenskiy Rejects US Minerals Deal Over Security Concerns";
const SEED_CREDIT = "Source: The White House from Washington, DC, Public domain, via Wikimedia Commons";

test.beforeEach(async ({ request }) => resetScenarios(request));

test("with no src, the page shows the seed article", async ({ page }) => {
  await page.goto("/");
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  const article = page.getByRole("article");
  await expect(article.getByRole("heading", { level: 1, name: SEED_HEADLINE })).toBeVisible();
  await expect(article.getByText("Politics", { exact: true })).toBeVisible();
  const figure = article.getByRole("figure");
  await expect(figure.getByText(SEED_CREDIT)).toBeVisible();
  await expect(figure.getByRole("link", { name: "Wikimedia Commons" })).toHaveAttribute("href", "https://commons.wikimedia.org/");
  // The seed's four paragraphs of text: the photo's caption and the three body paragraphs.
  await expect(figure.getByText("Zelenskiy Rejects US Minerals Deal Over Security Concerns.", { exact: true })).toBeVisible();
  const paragraphs = article.locator(".article-body p");
  await expect(paragraphs).toHaveCount(3);
  await expect(paragraphs.nth(0)).toContainText("Ukrainian President Volodymyr Zelenskiy has rejected a draft minerals deal");
  await expect(paragraphs.nth(1)).toContainText("Munich Security Conference");
  await expect(paragraphs.nth(2)).toContainText("post-war recovery efforts.");
  await expect(article.locator("time")).toHaveText("February 16, 2025");

  const events = await page.evaluate(() => window.__ledeEvents);
  expect(events).toEqual([
    {
      type: "lede:ready",
      detail: {
        title: SEED_HEADLINE,
        url: "https://www.econotimes.com/Zelenskiy-Rejects-US-Minerals-Deal-Over-Security-Concerns-1702125",
      },
    },
  ]);
  await expectAccessible(page, "ready");
});

test("the image keeps its space when it cannot load, with alt text, caption and credit", async ({ page }) => {
  await page.goto("/");
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  const image = page.getByRole("img", { name: "Volodymyr Zelenskiy, in a photograph by the White House" });
  await expect(image).toBeVisible();
  // These machines are offline, so the photo cannot load: its box still has the photo's shape.
  expect(await image.evaluate((img) => img.complete && img.naturalWidth === 0)).toBe(true);
  const box = await image.boundingBox();
  expect(box.width).toBeGreaterThan(200);
  expect(box.height / box.width).toBeCloseTo(2000 / 3000, 1);
  await expect(page.getByText(SEED_CREDIT)).toBeVisible();
});

for (const [width, height] of [[320, 640], [375, 812], [1280, 900]]) {
  test(`reads well at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto("/");
    await expect(reader(page)).toHaveAttribute("data-state", "ready");
    const paragraph = page.locator(".article-body p").first();
    const size = await paragraph.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    const lineHeight = await paragraph.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
    const box = await paragraph.boundingBox();
    expect(size).toBeGreaterThanOrEqual(17);
    expect(lineHeight / size).toBeGreaterThanOrEqual(1.5);
    // About 65 characters a line on a desktop; the full width less margins on a phone.
    const charactersPerLine = box.width / (size * 0.5);
    expect(charactersPerLine).toBeLessThanOrEqual(width < 600 ? 45 : 80);
    expect(box.x).toBeGreaterThanOrEqual(12);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, "no sideways scrolling").toBeLessThanOrEqual(width);
    // The masthead keeps to one line: Menu, Reading settings and Search side by side.
    const middles = [];
    for (const name of ["Menu", "Reading settings", "Search"]) {
      const button = await page.getByRole("button", { name, exact: true }).boundingBox();
      middles.push(button.y + button.height / 2);
    }
    expect(Math.max(...middles) - Math.min(...middles), "the masthead is one line").toBeLessThan(2);
    await screenshot(page, `seed-${width}px`);
  });
}

test("?src= rendered in the browser loads lede JSON, requested while the program downloads and shown in its first render", async ({ page }) => {
  // The page that renders in the browser (what a static host serves for any ?src=, and this
  // server for addresses it does not render itself): server-rendered pages are in server.spec.
  // The content is asked for once, while the program is still downloading (lede.js starts the
  // request and the program takes it over), not after. The program is held back 300 ms, as a
  // real network would, so that "while" does not depend on how fast this machine is: from
  // 127.0.0.1 the whole wasm can otherwise arrive before lede.js has even run.
  await page.route("**/lede_bg.wasm", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  // Having arrived before the program started, the content is in the reader's first render:
  // the placeholder is never even built (watched in the reader's shadow root from its start).
  await page.addInitScript(() => {
    window.__placeholderBuilt = false;
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attachShadow.call(this, init);
      new MutationObserver((records) => {
        const added = records.flatMap((record) => [...record.addedNodes]).filter((node) => node.nodeType === Node.ELEMENT_NODE);
        if (added.some((node) => node.matches(".skeleton") || node.querySelector(".skeleton"))) window.__placeholderBuilt = true;
      }).observe(root, { childList: true, subtree: true });
      return root;
    };
  });
  const events = [];
  const path = (r) => new URL(r.url()).pathname;
  page.on("request", (r) => path(r) === "/fixtures/lede/full-article.json" && events.push("content requested"));
  page.on("requestfinished", (r) => path(r) === "/lede_bg.wasm" && events.push("program downloaded"));
  await page.goto("/shell.html?src=/fixtures/lede/full-article.json");
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  expect(events).toEqual(["content requested", "program downloaded"]);
  expect(await page.evaluate(() => window.__placeholderBuilt)).toBe(false);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Central banks hold rates as inflation cools");
  await expect(page.getByText("By Ana Lima, Joe Bloggs and Jo Smith")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "What comes next" })).toBeVisible();
  await expectAccessible(page, "ready (full article)");
});

test("a failing src shows the error, and Retry recovers once the server serves the file", async ({ page, request }) => {
  await serve(request, "/late/article.json", { status: 503, body: "busy" });
  await page.goto("/?src=/late/article.json");
  await expect(reader(page)).toHaveAttribute("data-state", "error");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(`The server had a problem sending ${ORIGIN}/late/article.json (“503 Service Unavailable”).`);
  const events = await page.evaluate(() => window.__ledeEvents);
  expect(events.at(-1)).toEqual({
    type: "lede:error",
    detail: {
      kind: "http",
      message: `The server had a problem sending ${ORIGIN}/late/article.json (“503 Service Unavailable”). It may work again shortly.`,
    },
  });
  await expectAccessible(page, "error");
  await screenshot(page, "error-503");

  const article = JSON.parse(await readFile("fixtures/lede/full-article.json", "utf8"));
  await serve(request, "/late/article.json", { status: 200, body: article });
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  const headline = page.getByRole("heading", { level: 1, name: "Central banks hold rates as inflation cools" });
  await expect(headline).toBeFocused();
  await expectAccessible(page, "ready after retry");
});

test("Retry that brings a section list focuses its title, where Retry was", async ({ page, request }) => {
  await serve(request, "/late/feed.json", { status: 500, body: "down" });
  await page.goto("/?src=/late/feed.json");
  await expect(reader(page)).toHaveAttribute("data-state", "error");
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: "Travel",
    items: [{ id: "1", title: "Antelope Canyon at noon", content_text: "Light falls in." }],
  };
  await serve(request, "/late/feed.json", { status: 200, body: feed });
  await page.getByRole("button", { name: "Retry" }).focus();
  await page.keyboard.press("Enter");
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await expect(page.getByRole("heading", { level: 1, name: "Travel" })).toBeFocused();
  await expectAccessible(page, "section list after retry");
});

test("an empty section list is not an error: it says there is nothing in it yet", async ({ page, request }) => {
  const feed = { version: "https://jsonfeed.org/version/1.1", title: "New section", items: [] };
  await serve(request, "/late/empty.json", { status: 200, body: feed });
  await page.goto("/?src=/late/empty.json");
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await expect(page.getByRole("heading", { level: 1, name: "New section" })).toBeVisible();
  await expect(page.locator("lede-reader .feed-empty")).toHaveText("There are no articles here yet.");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expectAccessible(page, "empty section list");
});

test("content that is not an article names the missing field", async ({ page }) => {
  await page.goto("/?src=/fixtures/lede/no-headline.json");
  await expect(reader(page)).toHaveAttribute("data-state", "error");
  await expect(page.getByRole("alert")).toContainText("/fixtures/lede/no-headline.json has no headline.");
  await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
});

test("while loading, the page shows a skeleton and says it is loading", async ({ page, request }) => {
  await serve(request, "/slow/article.json", { status: 200, delayMs: 1500, body: { lede: 1, headline: "Slow news" } });
  await page.goto("/?src=/slow/article.json");
  await expect(reader(page)).toHaveAttribute("data-state", "loading");
  await expect(page.getByRole("status").filter({ hasText: "Loading" })).toHaveText("Loading…");
  await expectAccessible(page, "loading");
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Slow news");
});
