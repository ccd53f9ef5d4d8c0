// Each kind of content Reader View shows that lede once lost, in the standalone page under the
// strict CSP: pictures, lists and nested tables in table cells; a layout table shown as its
// figure; pictures in list items; linked pictures; links in preformatted text; MathML;
// footnotes; definition lists. Found by role and name, and axe-clean in every state.
import { test, expect, reader, expectAccessible, screenshot } from "./support.mjs";

const KINDS = "/fixtures/formats/fidelity-kinds.feed.json";

async function open(page, src = KINDS) {
  await page.goto(`/?src=${encodeURIComponent(src)}&item=0`);
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await expect(page.locator(".article-body")).not.toHaveAttribute("aria-busy", "true");
}

test("a data table holds pictures, lists and a nested table in its cells, with its headers", async ({ page }) => {
  await open(page);
  const table = page.getByRole("table", { name: "Flags of the founders" });
  await expect(table.getByRole("columnheader", { name: "Country" })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "France" })).toBeVisible();
  await expect(table.getByRole("img", { name: "Flag of France" })).toBeVisible();
  await expect(table.getByRole("listitem").filter({ hasText: "Lyon" })).toBeVisible();
  const nested = table.getByRole("table", { name: "Cities" });
  await expect(nested.getByRole("cell", { name: "Rome" })).toBeVisible();
  await expectAccessible(page, "a data table with pictures and a nested table");
  await screenshot(page, "fidelity-tables");
});

test("a table that lays out a captioned picture is shown as the figure", async ({ page }) => {
  await open(page);
  const figure = page.getByRole("figure", { name: /Gullfoss in the morning/ });
  await expect(figure.getByRole("img", { name: "A waterfall in fog" })).toBeVisible();
  await expect(figure.getByRole("link", { name: "A waterfall in fog" })).toHaveAttribute("href", "https://photos.example/falls-large.jpg");
  await expect(page.getByRole("table").filter({ hasText: "Gullfoss" })).toHaveCount(0);
});

test("pictures stay in list items, as figures and as pictures in the text", async ({ page }) => {
  await open(page);
  const items = page.getByRole("listitem");
  await expect(items.filter({ hasText: "From the upper path." }).getByRole("img", { name: "The falls from above" })).toBeVisible();
  await expect(items.filter({ hasText: "A flag in the text" }).getByRole("img", { name: "French flag" })).toBeVisible();
  await expectAccessible(page, "pictures in list items");
});

test("a linked picture is a link, and Enlarge still shows it large", async ({ page }) => {
  await open(page);
  const link = page.getByRole("link", { name: "Thumbnail of the falls" });
  await expect(link).toHaveAttribute("href", "https://photos.example/gallery/1");
  await expect(link.getByRole("img", { name: "Thumbnail of the falls" })).toBeVisible();
  await page.getByRole("button", { name: "Enlarge picture: Thumbnail of the falls" }).click();
  const dialog = page.getByRole("dialog", { name: "Thumbnail of the falls" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, "a linked picture shown large");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("links inside preformatted text keep their addresses, and its long lines scroll from the keyboard", async ({ page }) => {
  await open(page);
  const pre = page.locator(".article-body pre").filter({ hasText: "interface Node" });
  await expect(pre.getByRole("link", { name: "Node" })).toHaveAttribute("href", "https://dom.spec.whatwg.org/#node");
  await expect(pre.getByRole("link", { name: "DOMString" })).toHaveAttribute("href", "https://webidl.spec.whatwg.org/#idl-DOMString");
  expect(await pre.evaluate((element) => element.textContent)).toContain("  readonly attribute");
  await pre.focus();
  await expect(pre).toBeFocused();
});

test("MathML is drawn by the browser, and TeX that only a script held shows as code", async ({ page }) => {
  await open(page);
  const formulas = page.locator(".article-body math");
  await expect(formulas).toHaveCount(2);
  const drawn = await formulas.evaluateAll((all) =>
    all.map((math) => ({
      namespace: math.namespaceURI,
      block: math.getAttribute("display"),
      fraction: math.querySelector("mfrac")?.getBoundingClientRect().height ?? 0,
      line: math.closest("p").querySelector("math").getBoundingClientRect().height,
    })),
  );
  expect(drawn.map((d) => d.namespace)).toEqual(Array(2).fill("http://www.w3.org/1998/Math/MathML"));
  expect(drawn[1].block).toBe("block");
  // A fraction stands taller than a line of text: MathML Core laid it out.
  expect(drawn[1].fraction).toBeGreaterThan(drawn[1].line);
  await expect(page.locator(".article-body code", { hasText: "e^{i\\pi} + 1 = 0" })).toBeVisible();
  await expectAccessible(page, "formulas");
});

test("a note reference moves focus to its note, shows the note beside it, and the back-link returns", async ({ page }) => {
  await open(page);
  const reference = page.getByRole("link", { name: "[1]" });
  // A reader with a mouse: focus is nowhere near the reference, and Escape still closes the note.
  await page.evaluate(() => document.activeElement?.blur());
  await reference.hover();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toHaveText("Icelandic Tourist Board, 2019.");
  await expect(reference).toHaveAttribute("aria-describedby", await tooltip.getAttribute("id"));
  await expectAccessible(page, "a note shown beside its reference");
  // Where it fits: inside the window.
  const box = await tooltip.boundingBox();
  const width = page.viewportSize().width;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  await page.keyboard.press("Escape");
  await expect(tooltip).toBeHidden();

  await reference.click();
  const note = page.getByRole("listitem").filter({ hasText: "Icelandic Tourist Board" });
  await expect(note).toBeFocused();
  await expect(tooltip).toBeHidden();
  await note.getByRole("link", { name: "^" }).click();
  await expect(reference).toBeFocused();

  // From the keyboard: focus shows the note, Enter follows the reference.
  const second = page.getByRole("link", { name: "[2]" });
  await second.focus();
  await expect(tooltip).toHaveText("As every winter since records began.");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("listitem").filter({ hasText: "As every winter" })).toBeFocused();
  await expectAccessible(page, "focus on a note");
});

test("an in-page link to a section goes to it inside the widget, and shows no popover", async ({ page }) => {
  await open(page);
  const link = page.getByRole("link", { name: "the notes" });
  await link.hover();
  await expect(page.getByRole("tooltip")).toBeHidden();
  await link.click();
  await expect(page.getByRole("heading", { name: "Notes", exact: true })).toBeFocused();
  // The host page's address is not touched: the fragment was followed inside the widget.
  expect(new URL(page.url()).hash).toBe("");
});

test("a definition list keeps its terms, and abbr, q and time their meaning", async ({ page }) => {
  await open(page);
  await expect(page.getByRole("term")).toHaveText("MathML");
  await expect(page.getByRole("definition")).toContainText("since 2023");
  await expect(page.locator(".article-body abbr")).toHaveAttribute("title", "MathML Core");
  await expect(page.locator(".article-body time")).toHaveAttribute("datetime", "2023-01");
  await expect(page.locator(".article-body q")).toHaveText("the browser");
});

test("lede's own JSON with every block and inline kind reads accessibly", async ({ page }) => {
  await page.goto(`/?src=${encodeURIComponent("/fixtures/lede/every-block.json")}`);
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Every block lede shows");
  await expect(page.getByRole("table", { name: "Data" })).toBeVisible();
  // A table without headers reads as content, not as a grid.
  await expect(page.getByRole("cell", { name: "side by side" })).toHaveCount(0);
  await expect(page.getByText("side by side")).toBeVisible();
  await expect(page.getByRole("link", { name: "A linked picture" })).toHaveAttribute("href", "https://photos.example/falls");
  // A picture in the text keeps its other sources, as a figure's does.
  await expect(page.getByRole("img", { name: "French flag" }).locator("xpath=..")).toHaveJSProperty("localName", "picture");
  // Words in another direction keep it, and their language; a name in another script is isolated.
  await expect(page.getByText("שלום", { exact: true })).toHaveAttribute("dir", "rtl");
  await expect(page.getByText("שלום", { exact: true })).toHaveAttribute("lang", "he");
  await expect(page.getByText("طهران", { exact: true })).toHaveJSProperty("localName", "bdi");
  // A reading stays over its text.
  await expect(page.getByText("とうきょう", { exact: true })).toHaveJSProperty("localName", "rt");
  // A countdown numbers its items 3, 2, 1, as the source did.
  const countdown = page.getByRole("list").filter({ has: page.getByRole("listitem").filter({ hasText: "Bronze" }) });
  await expect(countdown).toHaveJSProperty("start", 3);
  await expect(countdown).toHaveJSProperty("reversed", true);
  await expectAccessible(page, "every block kind");
  await screenshot(page, "fidelity-every-block");
});
