// Server rendering and hydration: the article is in the page's HTML before any script runs, the
// widget takes over the nodes the server sent, what the platform does alone works before the
// program arrives (and without it), and server HTML that no longer matches is rendered afresh,
// never hydrated.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { test, expect, reader, expectAccessible, screenshot, holdProgram, ORIGIN } from "./support.mjs";

const ARTICLE = "/?src=/fixtures/lede/full-article.json";
const HEADLINE = "Central banks hold rates as inflation cools";
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src * data:; connect-src *";

async function expectHydrated(page) {
  await expect(reader(page)).toHaveAttribute("data-hydration", "hydrated");
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await expect(page.locator(".frame")).toHaveAttribute("data-live", "");
}

/** Runs something in the reader's shadow root. */
const inReader = (page, fn, arg) =>
  page.evaluate(([source, arg]) => new Function("root", "arg", `return (${source})(root, arg)`)(document.querySelector("lede-reader").shadowRoot, arg), [fn.toString(), arg]);

test("the article is in the page's HTML, and the widget takes over the very nodes the server sent", async ({ page }) => {
  const release = await holdProgram(page);
  const browserAsked = [];
  page.on("request", (request) => browserAsked.push(new URL(request.url()).pathname));
  await page.goto(ARTICLE);
  const article = page.getByRole("article");
  await expect(article.getByRole("heading", { level: 1, name: HEADLINE })).toBeVisible();
  await expect(reader(page)).not.toHaveAttribute("data-state");
  await inReader(page, (root) => {
    for (const [selector, mark] of [[".article-body p", "body"], ["h1", "headline"], [".masthead", "masthead"], ["figure.hero img", "hero"]]) {
      root.querySelector(selector).__ledeMark = mark;
    }
  });
  await expectAccessible(page, "server HTML, before the program");
  release();
  await expectHydrated(page);
  expect(
    await inReader(page, (root) => [".article-body p", "h1", ".masthead", "figure.hero img"].map((s) => root.querySelector(s).__ledeMark)),
  ).toEqual(["body", "headline", "masthead", "hero"]);
  // The content came with the page: the browser never asked for it.
  expect(browserAsked).not.toContain("/fixtures/lede/full-article.json");
  expect(browserAsked).toContain("/lede_bg.wasm");
  expect(await page.evaluate(() => window.__ledeEvents.map((event) => event.type))).toEqual(["lede:ready"]);
  // Once live, what needs the program is there.
  await expect(page.getByRole("button", { name: "Reading settings" })).toBeVisible();
  await expect(article.getByRole("button", { name: "Share" })).toBeVisible();
  await expectAccessible(page, "hydrated");
});

test("focus, the scroll position and a selection made before the program arrives survive it", async ({ page }) => {
  const release = await holdProgram(page);
  await page.goto("/?src=/fixtures/formats/readability-guardian-1.feed.json&item=0");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const link = page.locator(".article-body a").first();
  await link.focus();
  await page.evaluate(() => window.scrollTo(0, 900));
  const selected = await inReader(page, (root) => {
    const text = root.querySelector("h1").firstChild;
    getSelection().setBaseAndExtent(text, 2, text, 14);
    return getSelection().toString();
  });
  expect(selected).toHaveLength(12);
  const before = await page.evaluate(() => window.scrollY);
  release();
  await expectHydrated(page);
  await expect(link).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  expect(await page.evaluate(() => getSelection().toString())).toBe(selected);
});

test("before the program arrives, and without it, the platform's own controls work and the rest is out of sight", async ({ page }) => {
  await page.route("**/lede_bg.wasm", (route) => route.abort());
  await page.goto("/?site=/examples/site.json");
  await expect(reader(page)).toHaveAttribute("data-state", "error");
  const article = page.getByRole("article");
  await expect(article.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => window.__ledeEvents.map((event) => [event.type, event.detail.kind]))).toEqual([["lede:error", "startup"]]);
  // What needs the program is out of sight, in its place.
  for (const name of ["Reading settings", "Share"]) {
    await expect(page.getByRole("button", { name })).toBeHidden();
  }
  await expect(page.getByRole("button", { name: /Enlarge picture/ })).toHaveCount(0);
  // The Menu is a popover, and its links are links.
  const menu = page.getByRole("button", { name: "Menu", exact: true });
  await menu.click();
  const nav = page.getByRole("navigation", { name: "Sections" });
  await expect(nav.getByRole("link", { name: "Market Data" })).toHaveAttribute("href", "https://www.econotimes.com/Market-Data");
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  // Subscribe opens the sign-up dialog by invoker command; sending waits for the program.
  await page.getByRole("button", { name: "Subscribe" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Welcome to The Daily Example" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("textbox", { name: "Email address" })).toBeFocused();
  await expect(dialog.getByRole("button", { name: "Subscribe" })).toBeDisabled();
  await expectAccessible(page, "sign-up open without the program");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  // Search is a plain form to the site's own search page.
  await page.getByRole("button", { name: "Search" }).click();
  const box = page.getByRole("searchbox", { name: "Search articles" }).or(page.getByRole("combobox", { name: "Search articles" }));
  await expect(box).toBeFocused();
  await box.fill("rare earths");
  const searched = page.context().waitForEvent("request", (request) => request.url().startsWith("https://news.example/"));
  await page.keyboard.press("Enter");
  expect((await searched).url()).toBe("https://news.example/search?q=rare+earths");
  await expectAccessible(page, "without the program");
});

test("with JavaScript off, the server-rendered article reads in full, pictures and credits too, and prints", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/?src=/fixtures/wordpress/post-60-embed.json`);
  const article = page.getByRole("article");
  await expect(article.getByRole("heading", { level: 1, name: "The Beauties of Gullfoss" })).toBeVisible();
  await expect(article.getByText("By Alan Martin")).toBeVisible();
  // The hero, one figure and a gallery of five: every picture of the post.
  await expect(article.locator("img")).toHaveCount(7);
  await expect(article.locator(".article-body p").first()).toContainText("Gullfoss is a waterfall");
  await expect(article.getByText("Gullfoss, an iconic waterfall of Iceland.")).toBeVisible();
  await expect(article.getByRole("link", { name: /YouTube/ })).toBeVisible();
  await expect(article.locator("time").first()).toHaveText("November 25, 2016 at 6:31 PM UTC");
  await screenshot(page, "server-without-javascript");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("lede-reader .masthead")).toBeHidden();
  await expect(article.getByRole("heading", { level: 1 })).toBeVisible();
  await context.close();
});

const alterations = {
  "it was rendered by another build of lede": (html) =>
    html.replace(/data-lede-build="[^"]*"/, 'data-lede-build="0.0.1-0000000000000000"'),
  "its data block does not match it": (html) => html.replace(`"headline":"${HEADLINE}"`, '"headline":"Central banks cut rates"'),
  "its markup was changed after it was rendered": (html) => html.replace(/<!--[\s\S]*?-->/g, ""),
  "its markup was changed after it was rendered (an element added)": (html) =>
    html.replace('<header class="article-header">', '<header class="article-header"><aside class="ad">Advertisement</aside>'),
  // The data block comes after the rendered reader: a page cut short loses it first.
  "its data block is missing (the page cut short)": (html) => html.slice(0, html.indexOf("</h1>") + 5),
};

for (const [why, alter] of Object.entries(alterations)) {
  test(`server HTML that no longer matches is rendered afresh: ${why}`, async ({ page, request }) => {
    const original = await (await request.get(ARTICLE)).text();
    const altered = alter(original);
    expect(altered).not.toBe(original);
    await page.route(`**${ARTICLE}&case=altered`, (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", headers: { "Content-Security-Policy": CSP }, body: altered }),
    );
    const warnings = [];
    page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
    await page.goto(`${ARTICLE}&case=altered`);
    await expect(reader(page)).toHaveAttribute("data-state", "ready");
    await expect(reader(page)).toHaveAttribute("data-hydration", "rendered");
    // The newer data wins over the markup it no longer matches.
    const headline = why.startsWith("its data block does not match") ? "Central banks cut rates" : HEADLINE;
    await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
    await expect(page.getByRole("article").locator(".article-body p").first()).toBeVisible();
    expect(warnings.join("\n")).toContain(`lede: the server's HTML is rendered again because ${why.replace(/ \(.*\)$/, "")}`);
    await expectAccessible(page, `rendered afresh: ${why}`);
  });
}

test("whitespace a minifier changes in the text is no reason not to hydrate", async ({ page, request }) => {
  const original = await (await request.get(ARTICLE)).text();
  // Runs of spaces in the text become one (the data block's JSON is left alone).
  const altered = original.replace(/(<h1[^>]*>)([^<]*)/, (_, tag, text) => `${tag}  ${text.replace(/ /g, "   ")}  `);
  expect(altered).not.toBe(original);
  await page.route(`**${ARTICLE}&case=spaces`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", headers: { "Content-Security-Policy": CSP }, body: altered }),
  );
  await page.goto(`${ARTICLE}&case=spaces`);
  await expectHydrated(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
});

test("a publisher's page: the rendered element, pasted into a host page, hydrates there under the strict CSP", async ({ page }) => {
  const renderer = `${process.env.CARGO_TARGET_DIR ?? "target"}/render/lede-render`;
  const { stdout: element } = await promisify(execFile)(renderer, [
    "--bundle",
    "/static/lede/lede.js",
    "--base-url",
    `${ORIGIN}/fixtures/lede/full-article.json`,
    "fixtures/lede/full-article.json",
  ]);
  expect(element.startsWith(`<lede-reader src="${ORIGIN}/fixtures/lede/full-article.json">`)).toBe(true);
  const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A publisher's article</title>
<link rel="stylesheet" href="/examples/host.css"><script type="module" src="/static/lede/lede.js"></script></head>
<body><header><h1>The Host Gazette</h1></header><main>${element}</main></body></html>`;
  await page.route("**/publisher.html", (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", headers: { "Content-Security-Policy": CSP }, body: host }),
  );
  const release = await holdProgram(page);
  await page.goto("/publisher.html");
  const article = page.getByRole("article");
  await expect(article.getByRole("heading", { level: 1, name: HEADLINE })).toBeVisible();
  // The host's hostile CSS (`p { color: red }`, `img { display: none }`) does not reach in.
  const paragraph = article.locator(".article-body p").first();
  expect(await paragraph.evaluate((p) => getComputedStyle(p).color)).not.toBe("rgb(255, 0, 0)");
  await expect(article.locator("figure img").first()).toBeAttached();
  release();
  await expectHydrated(page);
  const ld = JSON.parse(await page.locator("lede-reader > script[type='application/ld+json']").textContent());
  expect(ld["@type"]).toBe("NewsArticle");
  expect(ld.headline).toBe(HEADLINE);
  await expectAccessible(page, "publisher's page, hydrated");
});

test("the standalone page has the built-in article in its HTML, with its JSON-LD", async ({ request }) => {
  const html = await (await request.get("/")).text();
  expect(html).toContain('<template shadowrootmode="open">');
  expect(html).toContain("Zelenskiy Rejects US Minerals Deal Over Security Concerns</h1>");
  expect(html).toContain("Source:</span> <a");
  const ld = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)[1]);
  expect(ld).toMatchObject({ "@type": "NewsArticle", datePublished: "2025-02-16", publisher: { name: "EconoTimes" } });
});
