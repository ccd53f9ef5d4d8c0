// The site chrome: Menu (disclosure navigation), sections, search (combobox), market data.
import { readFile } from "node:fs/promises";
import { test, expect, reader, expectAccessible, screenshot, serve, resetScenarios, ORIGIN } from "./support.mjs";

const SITE = "/examples/site.json";
test.beforeEach(async ({ request }) => resetScenarios(request));

async function open(page, query = `?site=${SITE}`) {
  await page.goto(`/${query}`);
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
}

test("the seed page's header: Menu, Search, the Politics label and Market Data", async ({ page }) => {
  await open(page, "");
  const menu = page.getByRole("button", { name: "Menu", exact: true });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("button", { name: "Search" })).toBeVisible();
  await expect(page.locator("lede-reader .current-section")).toHaveText("Politics");
  await menu.click();
  const nav = page.getByRole("navigation", { name: "Sections" });
  await expect(nav.getByRole("link", { name: "Politics" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Market Data" })).toHaveAttribute("href", "https://www.econotimes.com/Market-Data");
});

test("keyboard alone: the menu opens, Escape closes it and focus returns to Menu", async ({ page }) => {
  await open(page);
  await page.keyboard.press("Tab");
  const menu = page.getByRole("button", { name: "Menu", exact: true });
  await expect(menu).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const nav = page.getByRole("navigation", { name: "Sections" });
  await expect(nav).toBeVisible();
  await expect(menu).toHaveAttribute("aria-controls", await nav.getAttribute("id"));
  await expectAccessible(page, "menu open");
  // Focus moves through the menu in reading order.
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("button", { name: "Close menu" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Politics" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
});

test("on a phone, Tab out of the Menu drawer closes it, so focus is never hidden behind it", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await open(page);
  const menu = page.getByRole("button", { name: "Menu", exact: true });
  const nav = page.getByRole("navigation", { name: "Sections" });
  await menu.click();
  await expect(nav).toBeVisible();
  const links = nav.getByRole("link");
  await links.last().focus();
  await page.keyboard.press("Tab");
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  // Focus went on, to something the reader can see.
  const focused = await page.evaluate(() => {
    const active = document.querySelector("lede-reader").shadowRoot.activeElement;
    const box = active?.getBoundingClientRect();
    return active && { tag: active.tagName, onTop: document.querySelector("lede-reader").shadowRoot.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === active };
  });
  expect(focused?.onTop).toBe(true);
  await expectAccessible(page, "menu closed by Tab on a phone");
});

test("the Close button and a click outside close the menu", async ({ page }) => {
  await open(page);
  const menu = page.getByRole("button", { name: "Menu", exact: true });
  const nav = page.getByRole("navigation", { name: "Sections" });
  await menu.click();
  await nav.getByRole("button", { name: "Close menu" }).click();
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
  await menu.click();
  await expect(nav).toBeVisible();
  await page.mouse.click(1000, 600);
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});

test("opening and closing the menu does not re-render the article body", async ({ page }) => {
  await open(page);
  const before = await page.locator(".article-body p").first().elementHandle();
  const body = await page.locator(".article-body").elementHandle();
  await page.evaluate((node) => (window.__bodyChildren = [...node.childNodes]), body);
  await page.getByRole("button", { name: "Menu", exact: true }).click();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Menu", exact: true }).click();
  await page.getByRole("navigation", { name: "Sections" }).getByRole("button", { name: "Close menu" }).click();
  const after = await page.locator(".article-body p").first().elementHandle();
  expect(await page.evaluate(([a, b]) => a === b, [before, after])).toBe(true);
  expect(await page.evaluate((node) => [...node.childNodes].every((child, i) => child === window.__bodyChildren[i]), body)).toBe(true);
});

test("a section opens as cards; a card opens; Back returns to the list where it was", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await open(page);
  // The reader's "Loading…" region is there before the load and stays the same element, so
  // that what it says when the section loads is read out.
  const live = page.locator("lede-reader p[role=status].visually-hidden");
  await expect(live).toHaveText("");
  await live.evaluate((region) => region.setAttribute("data-probe", ""));
  await page.getByRole("button", { name: "Menu", exact: true }).click();
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Travel" }).click();
  const cards = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(cards).toHaveCount(5);
  await expect(page.locator("lede-reader p[role=status][data-probe]")).toHaveCount(1);
  // The reader chose it: focus goes to the list, not back to Menu.
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  expect(new URL(page.url()).searchParams.get("src")).toContain("posts-category-7-embed.json");
  await expect(page.locator("lede-reader .current-section")).toHaveText("Travel");
  await expectAccessible(page, "section page");
  await screenshot(page, "section-travel");

  const card = cards.nth(3).getByRole("link");
  await card.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(100);
  const title = (await card.textContent()).trim();
  await card.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect(new URL(page.url()).searchParams.get("item")).toBe("3");

  await page.goBack();
  await expect(cards).toHaveCount(5);
  await expect(cards.nth(3).getByRole("link")).toBeFocused();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(5);

  await page.goForward();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("a section that loads by itself once back online does not take focus", async ({ page, context }) => {
  await open(page);
  await context.setOffline(true);
  await page.getByRole("button", { name: "Menu", exact: true }).click();
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Travel" }).click();
  await expect(reader(page)).toHaveAttribute("data-state", "error");
  // The reader acted: focus follows to what came, here the Retry of the failure.
  await expect(page.getByRole("button", { name: "Retry" })).toBeFocused();
  // The reader moves on; the reload the connection brings must not pull focus back.
  await page.evaluate(() => document.querySelector("lede-reader").shadowRoot.activeElement?.blur());
  await context.setOffline(false);
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.querySelector("lede-reader").shadowRoot.activeElement)).toBeNull();
});

test("a shared link opens the same view", async ({ page }) => {
  await open(page, `?site=${SITE}&src=${encodeURIComponent("/fixtures/formats/ghost-posts.json")}&item=1`);
  await expect(page.getByRole("heading", { level: 1, name: "Second" })).toBeVisible();
  await page.getByRole("button", { name: "← Back to the list" }).click();
  await expect(page.getByRole("link", { name: "First" })).toBeVisible();
});

test("an embedded reader never touches the host page's address or history", async ({ page }) => {
  await page.goto("/examples/host.html");
  const first = page.locator("#first");
  await expect(first).toHaveAttribute("data-state", "ready");
  await first.evaluate((element) => element.setAttribute("site", "/examples/site.json"));
  const length = await page.evaluate(() => history.length);
  await first.getByRole("button", { name: "Menu", exact: true }).click();
  await first.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Newsroom" }).click();
  await first.getByRole("link", { name: "First" }).click();
  await expect(first.getByRole("heading", { level: 1, name: "First" })).toBeVisible();
  expect(new URL(page.url()).search).toBe("");
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test("keyboard alone: search, arrow through the results, open one", async ({ page }) => {
  await open(page);
  const searchButton = page.getByRole("button", { name: "Search" });
  await searchButton.focus();
  await page.keyboard.press("Enter");
  await expect(searchButton).toHaveAttribute("aria-expanded", "true");
  const box = page.getByRole("combobox", { name: "Search articles" });
  await expect(box).toBeFocused();
  await page.keyboard.type("national park");
  const listbox = page.getByRole("listbox", { name: "Search results" });
  const options = listbox.getByRole("option");
  await expect(options.first()).toContainText("Banff National Park");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator("lede-reader .search-status")).toHaveText(/results?\. Use the arrow keys/);
  // The matched words are marked, as text.
  await expect(options.first().locator("mark")).toHaveText(["National", "Park"]);
  await expectAccessible(page, "search with results");
  await screenshot(page, "search-results");
  await page.keyboard.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", await options.first().getAttribute("id"));
  await page.keyboard.press("ArrowUp");
  await expect(options.last()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Banff National Park" })).toBeVisible();
  expect(new URL(page.url()).searchParams.get("src")).toContain("posts-category-7-embed.json");
});

test("a site configuration that arrives while the search is open gives the search its feeds", async ({ page, request }) => {
  // The configuration comes a second late; the search is opened before, on the built-in site.
  const site = JSON.parse(await readFile("examples/site.json", "utf8"));
  await serve(request, "/slow/site.json", { status: 200, delayMs: 1000, body: site });
  await open(page, "?site=/slow/site.json");
  await page.getByRole("button", { name: "Search" }).click();
  const box = page.getByRole("combobox", { name: "Search articles" });
  await expect(box).toBeFocused();
  await expect(page.locator("lede-reader .brand")).toHaveText("The Daily Example");
  await box.pressSequentially("national park");
  await expect(page.getByRole("listbox", { name: "Search results" }).getByRole("option").first()).toContainText("Banff National Park");
});

test("search says when nothing matches, and Escape closes the list, then the search", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: "Search" }).click();
  const box = page.getByRole("combobox", { name: "Search articles" });
  await box.fill("zzzqqq");
  await expect(page.locator("lede-reader .search-status")).toHaveText("No results for “zzzqqq”.");
  // Only the whole-site search remains on offer.
  await expect(page.getByRole("option")).toHaveText(["Search the whole site for “zzzqqq”"]);
  await expectAccessible(page, "search with no results");
  await page.keyboard.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("Escape");
  await expect(box).toBeHidden();
  await expect(page.getByRole("button", { name: "Search" })).toBeFocused();
});

test("search says when sections could not be loaded, and searches them once back online", async ({ page, context }) => {
  await open(page);
  await context.setOffline(true);
  await page.getByRole("button", { name: "Search" }).click();
  const box = page.getByRole("combobox", { name: "Search articles" });
  await box.fill("national park");
  const status = page.locator("lede-reader .search-status");
  await expect(status).toHaveText(
    "No results for “national park”. Some sections could not be loaded to search: check your connection.",
  );
  await expectAccessible(page, "search with sections not loaded");
  await context.setOffline(false);
  await expect(page.getByRole("option").first()).toContainText("Banff National Park");
  await expect(status).not.toContainText("could not be loaded");
});

test("Enter with nothing chosen searches the whole site", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("combobox", { name: "Search articles" }).fill("rare earths");
  // These machines are offline: the new tab's request is what shows where it went.
  const request = page.context().waitForEvent("request", (r) => r.url().startsWith("https://news.example/"));
  await page.keyboard.press("Enter");
  expect((await request).url()).toBe("https://news.example/search?q=rare+earths");
});

test("the market strip: arrows as well as colour, stale data kept, paused while hidden", async ({ page, request }) => {
  const quotes = (price, change) => ({
    status: 200,
    body: { as_of: "2025-02-14T21:00:00Z", quotes: [{ symbol: "TEST", name: "Test index", price, change, change_percent: change / 10 }] },
  });
  await serve(request, "/live/site.json", {
    status: 200,
    body: { lede_site: 1, name: "Live", markets: { quotes: "/live/quotes.json", refresh_seconds: 5 } },
  });
  await serve(request, "/live/quotes.json", quotes(100.5, 1.25));
  await page.addInitScript(() => {
    window.__hidden = false;
    Object.defineProperty(Document.prototype, "hidden", { get: () => window.__hidden });
  });
  await open(page, "?site=/live/site.json");
  const strip = page.getByRole("list", { name: "Markets" });
  await expect(strip.getByRole("listitem")).toContainText("TEST100.50▲up+1.25 (+0.13%)");
  await expectAccessible(page, "market strip");

  // A failed refresh keeps the last prices and says they are stale.
  await serve(request, "/live/quotes.json", { status: 503, body: "down" });
  await expect(page.locator("lede-reader .stale")).toHaveText("Stale", { timeout: 8000 });
  await expect(strip.getByRole("listitem")).toContainText("100.50");

  // While the tab is hidden, nothing is fetched; shown again, it refreshes at once.
  await serve(request, "/live/quotes.json", quotes(99, -1.5));
  await page.evaluate(() => {
    window.__hidden = true;
    document.dispatchEvent(new Event("visibilitychange"));
  });
  const log = async () => (await (await request.get("/__scenarios")).json()).log.filter((e) => e.path === "/live/quotes.json").length;
  const hiddenAt = await log();
  await page.waitForTimeout(6000);
  expect(await log()).toBe(hiddenAt);
  await page.evaluate(() => {
    window.__hidden = false;
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await expect(strip.getByRole("listitem")).toContainText("▼down-1.50");
  await expect(page.locator("lede-reader .stale")).toHaveCount(0);
});

test("a bad site configuration is explained, and the article still shows", async ({ page, request }) => {
  await serve(request, "/bad/site.json", { status: 200, body: { lede_site: 1, sections: [] } });
  await open(page, "?site=/bad/site.json");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zelenskiy Rejects US Minerals Deal Over Security Concerns");
  await expect(page.locator("lede-reader .notice")).toHaveText(
    `The site configuration at ${ORIGIN}/bad/site.json has no name. The site's default menu is shown instead.`,
  );
});
