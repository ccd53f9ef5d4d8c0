// What a publisher runs lede on a business with: the host page's own elements in the article
// (slots, the ad positions a site configuration opens), the paywall in each format that has
// one (also in server HTML, and with JavaScript off), and the reading events, in a host page
// under the strict CSP.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { test, expect, reader, expectAccessible, screenshot, fakeSpeech, ORIGIN } from "./support.mjs";

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src * data:; connect-src *";
const FREE = "fixtures/publisher/article.json";
const PAYWALLED = "fixtures/publisher/paywalled-article.json";
const SITE = "fixtures/publisher/site.json";
const READING_EVENTS = ["lede:ready", "lede:slots", "lede:view", "lede:progress", "lede:complete", "lede:engaged", "lede:paywall"];

/** The element lede-render prints for `file`, with `children` (the host's slotted elements) added. */
async function renderedElement(file, children = "") {
  const renderer = `${process.env.CARGO_TARGET_DIR ?? "target"}/render/lede-render`;
  const { stdout } = await promisify(execFile)(renderer, [
    "--bundle", "/static/lede/lede.js",
    "--base-url", `${ORIGIN}/${file}`,
    "--site", `${ORIGIN}/${SITE}`,
    "--allow-private",
    "--newsletter", "off",
    file,
  ]);
  return stdout.replace(/<\/lede-reader>\s*$/, `${children}</lede-reader>`);
}

/** Serves a host page holding `element` under the strict CSP, and opens it. */
async function openHostPage(page, element, { name = "host.html", extra = "", csp = CSP, head = "" } = {}) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Harbour Gazette</title>
${head}<script type="module" src="/static/lede/lede.js"></script></head>
<body><header><h1>The Harbour Gazette</h1></header><main>${element}</main>${extra}</body></html>`;
  await page.route(`**/${name}`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", headers: { "Content-Security-Policy": csp }, body: html }),
  );
  await page.goto(`/${name}`);
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
}

/** Records every reading event the page sees, in order. */
async function recordReadingEvents(page) {
  await page.addInitScript((names) => {
    window.__reading = [];
    for (const name of names) {
      document.addEventListener(name, (event) => window.__reading.push({ type: event.type, detail: event.detail }));
    }
  }, READING_EVENTS);
}

/** The top-level paragraphs of the article body, in order. */
const bodyParagraphs = (page) => page.getByRole("article").locator(".article-body .body-part > p");

const box = async (locator) => {
  const found = await locator.boundingBox();
  expect(found, "laid out").not.toBeNull();
  return found;
};

/** Whether `slotted` is laid out between the `before`th and the next paragraph (1-based). */
async function expectBetweenParagraphs(page, slotted, before) {
  const paragraphs = bodyParagraphs(page);
  const [above, below, itself] = await Promise.all([
    box(paragraphs.nth(before - 1)),
    box(paragraphs.nth(before)),
    box(slotted),
  ]);
  expect(itself.y, `below paragraph ${before}`).toBeGreaterThanOrEqual(above.y + above.height);
  expect(itself.y + itself.height, `above paragraph ${before + 1}`).toBeLessThanOrEqual(below.y);
}

const HOST_SLOTS = `
<div slot="before-body" class="host-promo">Before the body: our podcast</div>
<aside slot="after-paragraph-2" class="host-promo">After paragraph two: read our guide</aside>
<div slot="ad-1" data-height="250" class="host-ad"></div>
<div slot="ad-2" data-height="250" class="host-ad"></div>
<div slot="after-paragraph-18" class="host-promo">Past the last paragraph</div>
<div slot="no-such-place" class="host-promo">Never shown</div>
<div slot="end" class="host-promo">At the end: more from the harbour</div>`;

test("the host's elements show at their slots, ads at the configured positions, with their height reserved", async ({ page }) => {
  await recordReadingEvents(page);
  await openHostPage(page, await renderedElement(FREE, HOST_SLOTS));
  await expect(reader(page)).toHaveAttribute("data-hydration", "hydrated");
  // The site asks for an ad every 5 paragraphs from the third, away from headings: after
  // paragraphs 3, 8 and 13.
  await expect.poll(() => page.evaluate(() => window.__reading.filter((e) => e.type === "lede:slots").map((e) => e.detail.names))).toEqual([
    ["ad-1", "ad-2", "ad-3"],
  ]);
  const ad1 = page.locator("[slot=ad-1]");
  const ad2 = page.locator("[slot=ad-2]");
  // Reserved before the ad's content comes: the text below it will not move.
  expect((await box(ad1)).height).toBe(250);
  await expectBetweenParagraphs(page, ad1, 3);
  await expectBetweenParagraphs(page, ad2, 8);
  await expectBetweenParagraphs(page, page.locator("[slot=after-paragraph-2]"), 2);
  // Before the body, after the standfirst and byline; at the end, after the last paragraph.
  const first = await box(bodyParagraphs(page).first());
  expect((await box(page.locator("[slot=before-body]"))).y).toBeLessThan(first.y);
  const last = await box(bodyParagraphs(page).last());
  const trailing = await box(page.locator("[slot=after-paragraph-18]"));
  expect(trailing.y).toBeGreaterThanOrEqual(last.y + last.height);
  expect((await box(page.locator("[slot=end]"))).y).toBeGreaterThanOrEqual(trailing.y + trailing.height);
  // A slot name lede does not know is ignored: not shown, and no error.
  await expect(page.locator("[slot=no-such-place]")).toBeHidden();
  await expectAccessible(page, "slots filled");
  await screenshot(page, "publisher-slots");

  // The ad's content arrives: it takes the reserved place, and the paragraph below stays put.
  const fourth = await box(bodyParagraphs(page).nth(3));
  await ad1.evaluate((ad) => (ad.textContent = "An advertisement"));
  expect((await box(bodyParagraphs(page).nth(3))).y).toBe(fourth.y);

  // A host that removes a slotted element leaves no gap: paragraph 4 follows paragraph 3 as
  // paragraph 5 follows 4.
  await ad1.evaluate((ad) => ad.remove());
  const [p3, p4, p5] = await Promise.all([3, 4, 5].map((n) => box(bodyParagraphs(page).nth(n - 1))));
  expect(Math.round(p4.y - (p3.y + p3.height))).toBe(Math.round(p5.y - (p4.y + p4.height)));
});

test("empty slots take no space and leave the article as it was", async ({ page }) => {
  await openHostPage(page, await renderedElement(FREE));
  const [p3, p4, p2] = await Promise.all([3, 4, 2].map((n) => box(bodyParagraphs(page).nth(n - 1))));
  // After paragraph 3 are two empty slots (after-paragraph-3 and ad-1); after 2, one.
  expect(Math.round(p4.y - (p3.y + p3.height))).toBe(Math.round(p3.y - (p2.y + p2.height)));
  expect(await page.getByRole("article").locator("slot").count()).toBeGreaterThan(16);
  await expectAccessible(page, "slots empty");
});

test("slotted content is not counted in reading time and not read by Listen", async ({ page }) => {
  await fakeSpeech(page);
  await openHostPage(page, await renderedElement(FREE), { name: "plain.html" });
  const time = await page.getByRole("article").locator(".reading-time").textContent();
  const ad = `<div slot="ad-1"><p>${"Buy harbour bonds now. ".repeat(800)}</p></div>`;
  await openHostPage(page, await renderedElement(FREE, ad));
  await expect(page.getByText("Buy harbour bonds now.").first()).toBeVisible();
  expect(await page.getByRole("article").locator(".reading-time").textContent()).toBe(time);
  const group = page.getByRole("group", { name: "Read aloud" });
  await group.getByRole("button", { name: "Listen" }).click();
  await expect.poll(() => page.evaluate(() => window.__spoken.length)).toBeGreaterThan(18);
  await expect(group.getByRole("button", { name: "Listen" })).toBeVisible();
  const spoken = await page.evaluate(() => window.__spoken);
  expect(spoken.some(({ text }) => text.includes("Opponents have said"))).toBe(true);
  expect(spoken.some(({ text }) => text.includes("harbour bonds"))).toBe(false);
});

test("the paywall: the free part, then lede's wall with the site's links; the gated part is not in the HTML", async ({ page, request, browser }) => {
  await recordReadingEvents(page);
  const address = `/?src=/${PAYWALLED}&site=/${SITE}`;
  const html = await (await request.get(address)).text();
  expect(html).toContain("A survey commissioned by the city council");
  // Blocks past free_blocks are not sent at all, in the HTML or in the data the widget reads.
  expect(html).not.toContain("Work on the first berth");
  expect(html).toContain('class="paywall lede-paywalled"');
  const ld = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)[1]);
  expect(ld).toMatchObject({
    isAccessibleForFree: false,
    hasPart: { "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: ".lede-paywalled" },
  });

  await page.goto(address);
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  const wall = page.getByRole("region", { name: "Subscribe to keep reading" });
  await expect(wall).toBeAttached();
  await expect(wall.getByRole("link", { name: "Subscribe" })).toHaveAttribute("href", "https://harbour.example/subscribe");
  await expect(wall.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "https://harbour.example/sign-in");
  expect(await page.evaluate(() => window.__reading.filter((e) => e.type === "lede:paywall").length)).toBe(0);
  await wall.scrollIntoViewIfNeeded();
  await expect.poll(() => page.evaluate(() => window.__reading.filter((e) => e.type === "lede:paywall").length)).toBe(1);
  await expectAccessible(page, "paywall");

  // With JavaScript off, the free part reads up to the wall.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const off = await context.newPage();
  await off.goto(address);
  await expect(off.getByRole("article").getByText("A survey commissioned by the city council")).toBeVisible();
  await expect(off.getByRole("heading", { name: "Subscribe to keep reading" })).toBeVisible();
  await expect(off.getByRole("link", { name: "Sign in" })).toBeVisible();
  await context.close();
});

for (const [format, file, last] of [
  ["Ghost (visibility: paid)", "fixtures/publisher/ghost-members-post.json", "The rebuilding is expected to cost"],
  ["schema.org (isAccessibleForFree: false)", "fixtures/publisher/schema-paywalled.json", "Residents of the streets behind the quay"],
]) {
  test(`the paywall from ${format}, in server HTML and rendered in the browser`, async ({ page, request }) => {
    const html = await (await request.get(`/?src=/${file}&site=/${SITE}`)).text();
    expect(html).toContain(last);
    expect(html).toContain("Subscribe to keep reading");
    await page.goto(`/shell.html?src=/${file}&site=/${SITE}`);
    await expect(reader(page)).toHaveAttribute("data-state", "ready");
    await expect(page.getByRole("article").getByText(last)).toBeVisible();
    const wall = page.getByRole("region", { name: "Subscribe to keep reading" });
    await expect(wall.getByRole("link", { name: "Subscribe" })).toBeVisible();
    await expectAccessible(page, `paywall from ${format}`);
  });
}

test("the host's own paywall element replaces lede's panel", async ({ page }) => {
  const offer = `<div slot="paywall" class="host-offer"><h2>Read on for €1</h2><p><a href="/offer">Take the offer</a></p></div>`;
  await openHostPage(page, await renderedElement(PAYWALLED, offer));
  await expect(page.getByRole("heading", { name: "Read on for €1" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Subscribe to keep reading" })).toBeHidden();
  await expectAccessible(page, "host's paywall");
  await screenshot(page, "publisher-host-paywall");
});

test("reading events come once each, in order, while the reader scrolls through", async ({ page }) => {
  await recordReadingEvents(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  // The article starts below a tall header, out of view.
  await openHostPage(page, await renderedElement(FREE));
  const types = () => page.evaluate(() => window.__reading.map((e) => e.type));
  await expect.poll(types).toContain("lede:slots");
  // In view for a second: seen.
  await expect.poll(types, { timeout: 5000 }).toContain("lede:view");
  // Scrolling down the article a wheel turn at a time, as a reader does.
  for (let step = 0; step < 40; step++) {
    await page.mouse.wheel(0, 250);
    await page.waitForTimeout(120);
  }
  await expect.poll(() => page.evaluate(() => window.__reading.filter((e) => e.type === "lede:complete").length)).toBe(1);
  // The page is hidden: the engaged time is told.
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: false })));
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: false })));
  const events = await page.evaluate(() => window.__reading);
  const log = events.map((e) => `${e.type}${e.detail && Object.keys(e.detail).length ? " " + JSON.stringify(e.detail) : ""}`);
  console.log(`read-through event log:\n${log.join("\n")}`);
  expect(events.map((e) => e.type)).toEqual([
    "lede:ready", "lede:slots", "lede:view",
    "lede:progress", "lede:progress", "lede:progress", "lede:progress",
    "lede:complete", "lede:engaged",
  ]);
  expect(events.filter((e) => e.type === "lede:progress").map((e) => e.detail.percent)).toEqual([25, 50, 75, 100]);
  const complete = events.find((e) => e.type === "lede:complete").detail.seconds;
  const engaged = events.find((e) => e.type === "lede:engaged").detail.seconds;
  expect(engaged).toBeGreaterThanOrEqual(complete);
  expect(engaged).toBeGreaterThan(0);
});

const VIDEO = "fixtures/publisher/video-article.json";
const PROVIDERS = /youtube|youtu\.be|ytimg|googlevideo|vimeo/;

test("a video plays only once the reader asks: nothing is requested from the provider before the click", async ({ page }) => {
  const asked = [];
  page.on("request", (request) => asked.push(request.url()));
  // The provider is never reached (the test machine has no way out): its request is refused.
  await page.route(/youtube-nocookie\.com|player\.vimeo\.com/, (route) =>
    route.abort("blockedbyclient"),
  );
  await openHostPage(page, await renderedElement(VIDEO), {
    name: "video.html",
    csp: `${CSP}; frame-src https://www.youtube-nocookie.com https://player.vimeo.com`,
  });
  await expect(reader(page)).toHaveAttribute("data-hydration", "hydrated");
  const article = page.getByRole("article");
  const play = article.getByRole("button", { name: "Play video (loads from YouTube)" });
  await expect(play).toBeVisible();
  await expect(article.getByRole("button", { name: "Play video (loads from Vimeo)" })).toBeVisible();
  // A channel page and a post are not videos: they stay link cards.
  await expect(article.getByRole("button", { name: /Play video/ })).toHaveCount(2);
  await expect(article.getByRole("link", { name: /The Gazette's channel/ })).toBeVisible();
  await expectAccessible(page, "video offered");
  await page.waitForTimeout(500);
  expect(asked.filter((url) => PROVIDERS.test(new URL(url).hostname)), "requests to a provider before the click").toEqual([]);

  await play.click();
  const frame = article.locator("iframe.player");
  await expect(frame).toHaveCount(1);
  await expect(frame).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
  await expect(frame).toHaveAttribute("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups");
  await expect(frame).toHaveAttribute("referrerpolicy", "no-referrer");
  await expect(frame).toHaveAttribute("title", "YouTube video: The trial crossing, filmed from the bridge");
  await expect(frame).toBeFocused();
  await expect.poll(() => asked.filter((url) => new URL(url).hostname === "www.youtube-nocookie.com").length).toBe(1);
  // The other provider's video is still only offered.
  expect(asked.some((url) => new URL(url).hostname === "player.vimeo.com")).toBe(false);
  await expectAccessible(page, "video playing");
});

test("“Always play videos from here” is remembered for the site", async ({ page }) => {
  await page.route(/youtube-nocookie\.com|player\.vimeo\.com/, (route) =>
    route.abort("blockedbyclient"),
  );
  const csp = `${CSP}; frame-src https://www.youtube-nocookie.com https://player.vimeo.com`;
  const element = await renderedElement(VIDEO);
  await openHostPage(page, element, { name: "video.html", csp });
  const article = page.getByRole("article");
  const vimeoCard = article.locator(".embed-card[data-provider=vimeo]");
  await vimeoCard.getByRole("checkbox", { name: "Always play videos from here" }).check();
  await vimeoCard.getByRole("button", { name: "Play video (loads from Vimeo)" }).click();
  await expect(article.locator("iframe.player")).toHaveAttribute("src", "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1");
  // Next time, Vimeo's player is there at once (not started); YouTube's still waits for a click.
  await page.reload();
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await expect(article.locator("iframe.player")).toHaveAttribute("src", "https://player.vimeo.com/video/76979871?autoplay=0&dnt=1");
  await expect(article.getByRole("button", { name: "Play video (loads from YouTube)" })).toBeVisible();
});

test("screenshots: an article with two ads, its wall and related cards, at 1280 and 390 px", async ({ page }) => {
  await page.route("**/harbour-host.css", (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/css",
      body: `body { margin: 0; font: 16px system-ui, sans-serif; background: #f4f1ea; }
header { padding: 12px 20px; background: #12355b; color: #fff; }
header h1 { margin: 0; font-size: 20px; }
main { max-width: 900px; margin: 0 auto; }
.host-ad { display: grid; place-items: center; background: repeating-linear-gradient(45deg, #e4e0d6 0 12px, #ece8de 12px 24px); color: #3d3a33; font: 600 13px system-ui, sans-serif; letter-spacing: 0.08em; text-transform: uppercase; border-radius: 6px; }`,
    }),
  );
  const ads = `<div slot="ad-1" data-height="250" class="host-ad">Advertisement · ad-1</div>
<div slot="ad-2" data-height="250" class="host-ad">Advertisement · ad-2</div>`;
  const element = await renderedElement(PAYWALLED, ads);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await openHostPage(page, element, { name: `shot-${width}.html`, head: '<link rel="stylesheet" href="/harbour-host.css">' });
    await expect(page.getByRole("heading", { name: "Subscribe to keep reading" })).toBeVisible();
    await expect(page.locator(".related-card")).toHaveCount(4);
    await expect(page.locator("[slot=ad-2]")).toBeVisible();
    // Pictures lazy below the fold are loaded before the whole page is taken.
    await page.getByRole("heading", { name: "Read next" }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `docs/publisher-${width}.png`, fullPage: true });
  }
  await expectAccessible(page, "publisher's article at 390 px");
});
