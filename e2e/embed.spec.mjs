// Embedding: <lede-reader> in a host page with hostile CSS, several readers per page, removal,
// attribute changes, another origin and a path prefix, and the strict CSP.
import { test, expect, expectAccessible, screenshot, serve, resetScenarios } from "./support.mjs";

test.beforeEach(async ({ request }) => resetScenarios(request));

/** Computed styles of `selector` inside the shadow root of the reader `#id`. */
function shadowStyle(page, id, selector, properties) {
  return page.evaluate(
    ([id, selector, properties]) => {
      const element = document.getElementById(id).shadowRoot.querySelector(selector);
      const style = getComputedStyle(element);
      return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
    },
    [id, selector, properties],
  );
}

test("two readers in a hostile host page look like lede and leave the host as it was", async ({ page }) => {
  await page.goto("/examples/host.html");
  for (const id of ["first", "second"]) await expect(page.locator(`#${id}`)).toHaveAttribute("data-state", "ready");

  const headline = await shadowStyle(page, "first", "h1", ["font-family", "font-size", "text-transform", "letter-spacing"]);
  expect(headline["font-family"]).toContain("Charter");
  expect(headline["font-size"]).not.toBe("30px");
  expect(headline["text-transform"]).toBe("none");
  expect(headline["letter-spacing"]).not.toBe("2px");
  const paragraph = await shadowStyle(page, "first", ".article-body p", ["color", "line-height", "text-align", "box-sizing"]);
  expect(paragraph.color).not.toBe("rgb(255, 0, 0)");
  expect(paragraph["text-align"]).toBe("start");
  expect(paragraph["box-sizing"]).toBe("border-box");
  const image = await shadowStyle(page, "first", "figure img", ["display"]);
  expect(image.display).toBe("block");
  const link = await shadowStyle(page, "first", ".article-body a", ["color"]);
  expect(link.color).not.toBe("rgb(0, 255, 0)");
  // Each reader keeps its own theme.
  const sepia = await shadowStyle(page, "second", ".frame", ["background-color"]);
  expect(sepia["background-color"]).toBe("rgb(244, 236, 216)");

  // The host's own elements keep the host's styles.
  const hostStyle = await page.evaluate(() => {
    const h1 = getComputedStyle(document.querySelector(".masthead h1"));
    const p = getComputedStyle(document.querySelector("footer p"));
    return { transform: h1.textTransform, font: h1.fontFamily, size: h1.fontSize, color: p.color };
  });
  expect(hostStyle).toEqual({ transform: "uppercase", font: '"Comic Sans MS", cursive', size: "30px", color: "rgb(255, 0, 0)" });

  // The events reached the host page's own listeners.
  const log = page.locator("#event-log li");
  await expect(log).toHaveCount(2);
  await expect(log.filter({ hasText: 'lede:ready from #first: {"title":"Central banks hold rates as inflation cools"' })).toHaveCount(1);
  await expect(log.filter({ hasText: 'lede:ready from #second: {"title":"Parliament passes the budget"' })).toHaveCount(1);
  await screenshot(page, "host-page");
});

test("in a French page, content that gives no language is French, and so are lede's own words", async ({ page }) => {
  await page.route("**/examples/french.html", (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le Quotidien</title>
      <script type="module" src="/lede.js"></script></head>
      <body><main><h1>Le Quotidien</h1>
      <lede-reader id="post" src="/fixtures/wordpress/post-60-embed.json"></lede-reader>
      <lede-reader id="own" src="/fixtures/lede/full-article.json"></lede-reader></main></body></html>`,
  }));
  await page.goto("/examples/french.html");
  const [post, own] = [page.locator("#post"), page.locator("#own")];
  for (const reader of [post, own]) await expect(reader).toHaveAttribute("data-state", "ready");
  // A WordPress post never says its language: it is the page's. lede's own JSON says en-GB.
  await expect(post.getByRole("article")).toHaveAttribute("lang", "fr");
  await expect(own.getByRole("article")).toHaveAttribute("lang", "en-GB");
  const language = (locator) => locator.evaluate((element) => element.closest("[lang]").lang);
  expect(await language(post.getByRole("heading", { level: 1 }))).toBe("fr");
  // Its date is written in French too, as the rest of the page is.
  await expect(post.locator(".dateline time").first()).toHaveText(/novembre 2016/);
  // lede's own words are the page's language too, in both readers, whatever the article's.
  for (const reader of [post, own]) {
    for (const words of [
      reader.getByRole("button", { name: "Menu", exact: true }),
      reader.getByRole("button", { name: "Partager" }),
      reader.getByText("Par", { exact: true }),
      reader.getByText(/^Lecture\u00a0: /),
    ]) {
      expect(await language(words)).toBe("fr");
    }
  }
  await expectAccessible(page, "a French host page");
});

test("lede adds no global name to the host page but the element", async ({ page }) => {
  await page.addInitScript(() => {
    window.__globalsBefore = Object.getOwnPropertyNames(window);
  });
  await page.goto("/examples/host.html");
  await expect(page.locator("#first")).toHaveAttribute("data-state", "ready");
  const added = await page.evaluate(() =>
    Object.getOwnPropertyNames(window).filter((name) => !window.__globalsBefore.includes(name) && !name.startsWith("__")),
  );
  expect(added).toEqual([]);
  expect(await page.evaluate(() => typeof customElements.get("lede-reader"))).toBe("function");
});

test("the readers are independent: one fails, the other is ready", async ({ page }) => {
  await page.goto("/examples/host.html");
  await expect(page.locator("#first")).toHaveAttribute("data-state", "ready");
  await page.evaluate(() => document.getElementById("second").setAttribute("src", "/fixtures/missing.json"));
  await expect(page.locator("#second")).toHaveAttribute("data-state", "error");
  await expect(page.locator("#first")).toHaveAttribute("data-state", "ready");
  await expect(page.locator("#second").getByRole("alert")).toContainText("There is no article at");
  await expectAccessible(page, "host page with one reader failed");
  // Two failed readers: two error panels, which must not be two landmarks of one name.
  await page.evaluate(() => document.getElementById("first").setAttribute("src", "/fixtures/also-missing.json"));
  await expect(page.locator("#first")).toHaveAttribute("data-state", "error");
  await expectAccessible(page, "host page with both readers failed");
});

test("changing src loads the new content", async ({ page }) => {
  await page.goto("/examples/host.html");
  const first = page.locator("#first");
  await expect(first).toHaveAttribute("data-state", "ready");
  await first.evaluate((element) => element.setAttribute("src", "/fixtures/formats/ghost-post.json"));
  await expect(first.getByRole("heading", { level: 1 })).toHaveText("Welcome to the newsroom");
  await first.evaluate((element) => element.removeAttribute("src"));
  await expect(first.getByRole("heading", { level: 1 })).toHaveText("Zelenskiy Rejects US Minerals Deal Over Security Concerns");
});

test("removing a reader releases everything it held: request, app, state", async ({ page, request }) => {
  await serve(request, "/slow/removed.json", { status: 200, delayMs: 3000, body: { lede: 1, headline: "Too late" } });
  await page.goto("/examples/host.html");
  await expect(page.locator("#first")).toHaveAttribute("data-state", "ready");
  const aborted = page.waitForEvent("requestfailed", (r) => r.url().endsWith("/slow/removed.json"));
  await page.evaluate(() => {
    const reader = document.createElement("lede-reader");
    reader.id = "third";
    reader.setAttribute("src", "/slow/removed.json");
    document.querySelector("main").append(reader);
  });
  await expect(page.locator("#third")).toHaveAttribute("data-state", "loading");
  const removed = await page.evaluate(() => {
    const reader = document.getElementById("third");
    reader.remove();
    window.__removed = reader;
    return { children: reader.shadowRoot.childNodes.length, state: reader.getAttribute("data-state") };
  });
  expect(removed).toEqual({ children: 0, state: null });
  expect((await aborted).failure().errorText).toBe("net::ERR_ABORTED");
  // Nothing happens later for the removed reader.
  await page.waitForTimeout(3500);
  const after = await page.evaluate(() => ({
    children: window.__removed.shadowRoot.childNodes.length,
    events: window.__ledeEvents.filter((e) => e.detail.title === "Too late").length,
  }));
  expect(after).toEqual({ children: 0, events: 0 });
});

test("a reader moved in the page shows its content again", async ({ page }) => {
  await page.goto("/examples/host.html");
  await expect(page.locator("#first")).toHaveAttribute("data-state", "ready");
  await page.evaluate(() => document.querySelector("footer").append(document.getElementById("first")));
  await expect(page.locator("footer #first").getByRole("heading", { level: 1 })).toHaveText(
    "Central banks hold rates as inflation cools",
  );
});

test("from another origin and a path prefix, lede.js finds its wasm next to itself", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto("http://127.0.0.1:4174/examples/cross-origin.html");
  await expect(page.locator("lede-reader")).toHaveAttribute("data-state", "ready");
  await expect(page.locator("lede-reader").getByRole("heading", { level: 1 })).toHaveText("Welcome to the newsroom");
  expect(requests).toContain("http://127.0.0.1:4173/static/lede/lede.js");
  expect(requests).toContain("http://127.0.0.1:4173/static/lede/lede_bg.wasm");
});

for (const theme of ["light", "dark", "sepia"]) {
  test(`the ${theme} theme is accessible`, async ({ page }) => {
    await page.goto("/?src=/fixtures/lede/full-article.json");
    await page.locator("lede-reader").evaluate((element, theme) => element.setAttribute("theme", theme), theme);
    await expect(page.locator("lede-reader")).toHaveAttribute("data-state", "ready");
    await expectAccessible(page, `${theme} theme`);
    await screenshot(page, `theme-${theme}`);
  });
}
