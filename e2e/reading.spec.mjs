// Reading comforts: settings that persist, reading time and progress, read aloud, share,
// pictures shown large, and print.
import { test, expect, reader, expectAccessible, screenshot, serve, resetScenarios, fakeSpeech } from "./support.mjs";

const ARTICLE = "/?src=/fixtures/lede/full-article.json";

async function open(page, query = ARTICLE) {
  await page.goto(query);
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
}

const style = (locator, property) => locator.evaluate((element, property) => getComputedStyle(element)[property], property);

// Counts what each selector finds in the reader in the first frame that holds the headline,
// seen from the page itself (Playwright would look too late); gives a function that reads them.
async function countInFirstFrame(page, selectors) {
  await page.addInitScript((selectors) => {
    const look = () => {
      const root = document.querySelector("lede-reader")?.shadowRoot;
      if (root?.querySelector("article h1")) {
        window.__firstFrame = Object.fromEntries(Object.entries(selectors).map(([name, selector]) => [name, root.querySelectorAll(selector).length]));
      } else {
        requestAnimationFrame(look);
      }
    };
    requestAnimationFrame(look);
  }, selectors);
  return () => page.evaluate(() => window.__firstFrame);
}

test("reading settings change the article, persist, and apply before the first paint", async ({ page }) => {
  await open(page);
  const paragraph = page.locator(".article-body p").first();
  const before = { size: parseFloat(await style(paragraph, "fontSize")), width: (await paragraph.boundingBox()).width };
  await page.getByRole("button", { name: "Reading settings" }).click();
  const panel = page.getByRole("group", { name: "Reading settings" });
  await expect(panel).toBeVisible();
  await expectAccessible(page, "reading settings open");
  await panel.getByRole("button", { name: "Larger text" }).click();
  await expect(panel.locator("output")).toHaveText("112%");
  expect(parseFloat(await style(paragraph, "fontSize"))).toBeCloseTo(before.size * 1.12, 0);
  await panel.getByRole("radio", { name: "Sans serif" }).check();
  expect(await style(paragraph, "fontFamily")).toContain("system-ui");
  await panel.getByRole("radio", { name: "Wide" }).check();
  expect((await paragraph.boundingBox()).width).toBeGreaterThan(before.width);
  await panel.getByRole("radio", { name: "Loose" }).check();
  expect(parseFloat(await style(paragraph, "lineHeight")) / parseFloat(await style(paragraph, "fontSize"))).toBeCloseTo(1.85, 1);
  await panel.getByRole("radio", { name: "Dark" }).check();
  expect(await style(page.locator(".frame"), "backgroundColor")).toBe("rgb(27, 26, 24)");

  // After a reload, the very first frame already has the reader's settings: no flash. The page
  // is rendered on the server, which cannot know them: lede.js applies them before it paints.
  await page.addInitScript(() => {
    const look = () => {
      const frame = document.querySelector("lede-reader")?.shadowRoot?.querySelector(".frame");
      if (frame) {
        window.__firstFrame = { theme: frame.dataset.theme, size: frame.dataset.size, font: frame.dataset.font };
      } else {
        requestAnimationFrame(look);
      }
    };
    requestAnimationFrame(look);
  });
  await page.reload();
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  expect(await page.evaluate(() => window.__firstFrame)).toEqual({ theme: "dark", size: "1", font: "sans" });
  await page.getByRole("button", { name: "Reading settings" }).click();
  await expect(panel.getByRole("radio", { name: "Dark" })).toBeChecked();
  await expect(panel.getByRole("radio", { name: "Wide" })).toBeChecked();
});

test("keyboard alone: Escape closes Reading settings and gives focus back to its button; Tab out closes it", async ({ page }) => {
  await open(page);
  const button = page.getByRole("button", { name: "Reading settings" });
  const panel = page.getByRole("group", { name: "Reading settings" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(panel).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(panel.getByRole("button", { name: "Smaller text" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(panel.locator("output")).toHaveText("112%");
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(button).toBeFocused();
  // Tab past the panel's last control closes it: it must not cover where focus went.
  await page.keyboard.press("Enter");
  await expect(panel).toBeVisible();
  await panel.getByRole("radio", { name: "Loose" }).focus();
  await page.keyboard.press("Tab");
  await expect(panel).toBeHidden();
  await expect(button).not.toBeFocused();
});

// 320 × 256 is a 1280 × 1024 screen zoomed to 400 % (WCAG 1.4.10 reflow).
for (const [width, height] of [[320, 700], [375, 700], [320, 256]]) {
  test(`the Reading settings panel stays on a ${width} × ${height} px screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await open(page);
    await page.getByRole("button", { name: "Reading settings" }).click();
    const panel = page.getByRole("group", { name: "Reading settings" });
    await expect(panel.getByRole("radio", { name: "Sepia" })).toBeVisible();
    const box = await panel.boundingBox();
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height, "the panel scrolls rather than running off the bottom").toBeLessThanOrEqual(height);
    await panel.getByRole("radio", { name: "Loose" }).scrollIntoViewIfNeeded();
    await expect(panel.getByRole("radio", { name: "Loose" })).toBeInViewport();
    const button = await page.getByRole("button", { name: "Reading settings" }).boundingBox();
    expect(box.y, "just under its button").toBeGreaterThanOrEqual(button.y + button.height);
    expect(box.y).toBeLessThan(button.y + button.height + 16);
    await expectAccessible(page, `reading settings open at ${width} × ${height} px`);
  });
}

test("the closed settings panel and menu are built after the first paint, not before the headline", async ({ page }) => {
  const firstFrame = await countInFirstFrame(page, {
    button: ".settings-button",
    controls: "#lede-settings :is(input, button)",
    menuLinks: "#lede-menu a",
  });
  // Rendered in the browser; a server's page has the Menu's links from the start, for readers
  // without scripts, and the settings' controls only once the program drives them.
  await open(page, `/shell.html${ARTICLE.slice(1)}`);
  expect(await firstFrame()).toEqual({ button: 1, controls: 0, menuLinks: 0 });
  await page.getByRole("button", { name: "Reading settings" }).click();
  const panel = page.getByRole("group", { name: "Reading settings" });
  await expect(panel.getByRole("radio")).toHaveCount(12);
  await expect(panel.getByRole("button", { name: "Larger text" })).toBeVisible();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Politics" })).toBeVisible();
});

for (const theme of ["Light", "Dark", "Sepia"]) {
  test(`the ${theme} reading theme is accessible`, async ({ page }) => {
    await open(page);
    await page.getByRole("button", { name: "Reading settings" }).click();
    await page.getByRole("group", { name: "Reading settings" }).getByRole("radio", { name: theme }).check();
    await page.keyboard.press("Escape");
    await expectAccessible(page, `${theme} reading theme`);
    await screenshot(page, `reading-theme-${theme.toLowerCase()}`);
  });
}

test("reading time by language, a progress bar, and the time left", async ({ page }) => {
  await open(page, `/?src=${encodeURIComponent("/fixtures/formats/readability-guardian-1.feed.json")}&item=0`);
  await expect(page.locator(".reading-time")).toHaveText(/^\d+–\d+ min read$/);
  const slowest = (await page.locator(".reading-time").textContent()).match(/–(\d+)/)[1];
  const progress = page.getByRole("progressbar", { name: "Reading progress" });
  // On opening, nothing is read yet, however much of the article the window shows.
  await expect(page.locator(".time-left")).toHaveText(`${slowest} min left`);
  expect(await progress.evaluate((p) => p.value)).toBe(0);
  // Scrolled halfway through the article, the bar is about half full. The parts of the body out
  // of view have an estimated height until they are first laid out (and these offline machines
  // cannot load the pictures the estimate counts on), so the reader goes through it once first.
  const article = page.locator("article").first();
  for (const to of ["end", "start"]) {
    await page.evaluate((to) => window.scrollTo(0, to === "end" ? document.documentElement.scrollHeight : 0), to);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  await article.evaluate((a) => {
    const { top, height } = a.getBoundingClientRect();
    window.scrollTo(0, window.scrollY + top + (height - window.innerHeight) / 2);
  });
  await expect.poll(() => progress.evaluate((p) => p.value)).toBeGreaterThan(35);
  expect(await progress.evaluate((p) => p.value)).toBeLessThan(65);
  // Pictures below settle their size as they come into view (the page grows, and the end is
  // no longer reached): scroll until the page stops growing, and the bar and the time left agree.
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      return [await progress.evaluate((p) => p.value), await page.locator(".time-left").textContent()];
    })
    .toEqual([100, "Finished"]);
});

test("Listen reads the article aloud in its language, marking the paragraph being read", async ({ page }) => {
  await fakeSpeech(page);
  await open(page);
  const group = page.getByRole("group", { name: "Read aloud" });
  await group.getByRole("combobox", { name: "Speed" }).selectOption("1.5×");
  await group.getByRole("button", { name: "Listen" }).click();
  await expect.poll(() => page.evaluate(() => window.__spoken.length)).toBeGreaterThan(3);
  const spoken = await page.evaluate(() => window.__spoken);
  expect(spoken[0]).toEqual({ text: "Central banks hold rates as inflation cools", lang: "en-GB", rate: 1.5 });
  expect(spoken[1].text).toContain("The European Central Bank");
  await expectAccessible(page, "reading aloud");
  await page.waitForTimeout(500);
  // Once through, it stops by itself and nothing stays marked.
  await expect(group.getByRole("button", { name: "Listen" })).toBeVisible();
  await expect(page.locator(".speaking")).toHaveCount(0);
  // Now each paragraph takes long enough to pause in.
  await page.evaluate(() => (window.__speechMs = 60_000));
  await group.getByRole("button", { name: "Listen" }).click();
  await expect(page.locator(".speaking")).toHaveCount(1);
  await group.getByRole("button", { name: "Pause" }).click();
  expect(await page.evaluate(() => window.__paused)).toBe(true);
  await group.getByRole("button", { name: "Resume" }).click();
  await group.getByRole("button", { name: "Stop" }).click();
  await expect(page.locator(".speaking")).toHaveCount(0);
});

test("Listen is not offered without a voice in the article's language", async ({ page }) => {
  await open(page);
  await expect(page.getByRole("group", { name: "Read aloud" })).toHaveCount(0);
});

test("Share copies the link where the browser cannot share, and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => delete Navigator.prototype.share);
  await open(page);
  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.locator(".reading-tools").getByRole("status")).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("https://news.example/2025/03/central-banks-hold");
});

test("Share uses the Web Share API where there is one", async ({ page }) => {
  await page.addInitScript(() => {
    Navigator.prototype.share = async (data) => { window.__shared = data; };
  });
  await open(page);
  await page.getByRole("button", { name: "Share" }).click();
  await expect.poll(() => page.evaluate(() => window.__shared)).toEqual({
    title: "Central banks hold rates as inflation cools",
    url: "https://news.example/2025/03/central-banks-hold",
  });
});

// A small real picture (a 3×2 PNG) for the article's photos, which are not in the fixtures.
const PICTURE = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEElEQVR4nGPQcMuDIAY4CwAyAAUpy8osowAAAABJRU5ErkJggg==", "base64");

test("a picture opens large with its caption and credit, and closes back", async ({ page }) => {
  await page.route("**/images/frankfurt*.jpg", (route) => route.fulfill({ contentType: "image/png", body: PICTURE }));
  await page.route("https://img.example/**", (route) => route.abort());
  await open(page);
  const enlarge = page.getByRole("button", { name: "Enlarge picture: The European Central Bank tower in Frankfurt at dusk" });
  await enlarge.click();
  const lightbox = page.getByRole("dialog", { name: "The European Central Bank tower in Frankfurt at dusk" });
  await expect(lightbox).toBeVisible();
  await expect(lightbox.getByText("Source: Jane Photographer, CC BY-SA 4.0, via Wikimedia Commons")).toBeVisible();
  await expect(lightbox.getByRole("button", { name: "Close" })).toBeFocused();
  await expectAccessible(page, "picture shown large");
  await page.keyboard.press("Escape");
  await expect(lightbox).toBeHidden();
  await expect(enlarge).toBeFocused();
  // The picture itself opens it too.
  await page.getByRole("img", { name: "The European Central Bank tower in Frankfurt at dusk" }).click({ force: true });
  await expect(lightbox).toBeVisible();
  await page.keyboard.press("Escape");
  // A picture that could not load keeps its description, but has nothing to enlarge.
  const chart = page.getByRole("img", { name: /inflation falling/ });
  await expect(chart).toBeVisible();
  await expect(page.getByRole("button", { name: /^Enlarge picture: Line chart/ })).toBeHidden();
  await chart.click({ force: true });
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expectAccessible(page, "a picture that could not load");
});

test("print shows the article alone, its credits, and where its links go", async ({ page }) => {
  await open(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".masthead")).toBeHidden();
  await expect(page.locator(".reading-tools")).toBeHidden();
  await expect(page.getByText("Source: Jane Photographer, CC BY-SA 4.0, via Wikimedia Commons")).toBeVisible();
  const after = await page.getByRole("link", { name: "according to futures prices" }).evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toBe('" (https://data.example/markets)"');
});

test("printed from the Dark theme, the article is in the light palette: nothing prints faint", async ({ page }) => {
  await open(page, `${ARTICLE}&theme=dark`);
  const link = page.getByRole("link", { name: "according to futures prices" });
  expect(await style(link, "color"), "the dark palette's link colour on screen").toBe("rgb(140, 194, 255)");
  await page.emulateMedia({ media: "print" });
  expect(await style(link, "color")).toBe("rgb(11, 87, 164)");
  expect(await style(page.locator(".standfirst"), "color")).toBe("rgb(93, 87, 80)");
});

test("a pull quote's source stands under the quote", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await open(page);
  const quote = page.locator("figure.quote blockquote");
  const source = page.locator("figure.quote figcaption");
  await expect(source).toContainText("A central banker");
  const [above, below] = [await quote.boundingBox(), await source.boundingBox()];
  expect(below.y).toBeGreaterThanOrEqual(above.y + above.height - 1);
  expect(above.width, "the quote keeps the column's width").toBeGreaterThan(300);
});

test("in forced colours (Windows high contrast), the chosen setting, the progress bar and the sign-up's edges still show", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active" });
  await open(page);
  const progress = page.locator(".reading-progress progress");
  expect(await style(progress, "borderTopStyle")).toBe("solid");
  await page.getByRole("button", { name: "Reading settings" }).click();
  const panel = page.getByRole("group", { name: "Reading settings" });
  const label = (name) => panel.locator("label", { hasText: new RegExp(`^${name}$`) });
  const [chosen, other] = [await style(label("Serif"), "backgroundColor"), await style(label("Sans serif"), "backgroundColor")];
  expect(chosen).not.toBe(other);
  await expectAccessible(page, "reading settings in forced colours");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Subscribe" }).first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  expect(await style(dialog, "borderTopStyle")).toBe("solid");
  expect(await style(dialog.getByRole("button", { name: "Subscribe" }), "borderTopStyle")).toBe("solid");
  await expectAccessible(page, "sign-up in forced colours");
});

test("a long article comes in parts: the first in the first frame, the rest right after, all of it readable and printed", async ({ page, request }) => {
  await resetScenarios(request);
  const count = 300;
  const body = Array.from({ length: count }, (_, i) => `Paragraph ${i + 1} of a long article, long enough to wrap over a line or two on a phone.`);
  await serve(request, "/long/article.json", { status: 200, body: { lede: 1, headline: "A long article", language: "en", body } });
  const firstFrame = await countInFirstFrame(page, { paragraphs: ".article-body p", busy: ".article-body[aria-busy=true]" });
  // The first part as the first frame has it, and every layout shift from the start.
  await page.addInitScript(() => {
    const look = () => {
      const part = document.querySelector("lede-reader")?.shadowRoot?.querySelector(".article-body .body-part");
      if (part) window.__firstPart = part;
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
    window.__shifted = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.__shifted += entry.value)))
      .observe({ type: "layout-shift", buffered: true });
  });
  await open(page, "/?src=/long/article.json");
  const articleBody = page.locator(".article-body");
  await expect(articleBody).not.toHaveAttribute("aria-busy");
  expect(await firstFrame()).toEqual({ paragraphs: 24, busy: 1 });
  // At the top of the page the reader has read next to nothing of the whole article, measured
  // again once the later parts are in (not the first part alone).
  const progress = page.getByRole("progressbar", { name: "Reading progress" });
  await expect.poll(() => progress.evaluate((bar) => bar.value)).toBe(0);
  await expect(articleBody.locator("p")).toHaveCount(count);
  const parts = articleBody.locator(".body-part");
  // A first part of 24 blocks, then parts of 96.
  await expect(parts).toHaveCount(1 + Math.ceil((count - 24) / 96));
  expect(await style(parts.first(), "contentVisibility")).toBe("auto");
  // The later parts come after the first, which stays the element it was: what the reader
  // already sees does not move (it was built anew, a layout shift of 0.21, before the parts
  // had keys).
  expect(await parts.first().evaluate((part) => part === window.__firstPart)).toBe(true);
  expect(await page.evaluate(() => window.__shifted)).toBeLessThan(0.01);
  // The last paragraph, far below, shows when the reader gets there.
  const last = page.getByText(`Paragraph ${count} of a long article`);
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeVisible();
  await expectAccessible(page, "long article, at its end");
  await page.emulateMedia({ media: "print" });
  expect(await style(parts.last(), "contentVisibility")).toBe("visible");
});
