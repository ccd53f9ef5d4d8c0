// Content in the formats publishers already serve, loaded with ?src= in the standalone page.
import { readFile } from "node:fs/promises";
import { test, expect, reader, expectAccessible, screenshot, serve, resetScenarios } from "./support.mjs";

test.beforeEach(async ({ request }) => resetScenarios(request));

async function open(page, src) {
  await page.goto(`/?src=${encodeURIComponent(src)}`);
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
}

const articles = [
  ["/fixtures/wordpress/post-60-embed.json", "The Beauties of Gullfoss", "By Alan Martin"],
  ["/fixtures/wordpress/media-11680.json", null, null],
  ["/fixtures/formats/schema-newsarticle.json", "Parliament passes the budget", "By Sam Reporter and Wire Services"],
  ["/fixtures/formats/schema-graph.json", "Why we moved to Rust", "By Ana Writer"],
  ["/fixtures/formats/ghost-post.json", "Welcome to the newsroom", "By Ghost Writer and Second Author"],
];

for (const [src, headline, byline] of articles) {
  test(`${src} reads as an article`, async ({ page }) => {
    await open(page, src);
    const h1 = page.getByRole("heading", { level: 1 });
    if (headline) await expect(h1).toHaveText(headline);
    else await expect(h1).not.toBeEmpty();
    if (byline) await expect(page.getByText(byline, { exact: true })).toBeVisible();
    await expectAccessible(page, `ready (${src})`);
  });
}

// The other formats' adapters are a chunk of the program of their own (split_foreign.wasm),
// loaded when a reader opens such content in the browser; lede's own format never needs it.
test("content in another format, read in the browser, loads the part of the program that reads it, once", async ({ page }) => {
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  const src = "/fixtures/wordpress/post-60-embed.json";
  await page.goto(`/shell.html?src=${encodeURIComponent(src)}`);
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Beauties of Gullfoss");
  expect(requested.filter((path) => path === "/split_foreign.wasm")).toHaveLength(1);
  // lede.js prefetched it while the program loaded; the chunk reads that, not a second request.
  expect(requested.filter((path) => path === src)).toHaveLength(1);
  await expectAccessible(page, "another format, read in the browser");

  requested.length = 0;
  await page.goto("/");
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await expect(reader(page)).toHaveAttribute("data-hydration", "hydrated");
  expect(requested.filter((path) => path.startsWith("/split_"))).toEqual([]);
});

test("a part of the program that cannot load is an error the reader can retry, not a dead widget", async ({ page }) => {
  await page.route("**/split_foreign.wasm", (route) => route.abort());
  const src = "/fixtures/formats/ghost-post.json";
  await page.goto(`/shell.html?src=${encodeURIComponent(src)}`);
  await expect(reader(page)).toHaveAttribute("data-state", "error");
  await expect(page.getByRole("alert")).toContainText(
    `The part of this reader that reads http://127.0.0.1:${new URL(page.url()).port}${src} couldn't load. Try again in a moment.`,
  );
  await expectAccessible(page, "a chunk of the program that did not load");
  await page.unroute("**/split_foreign.wasm");
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to the newsroom");
});

test("the WordPress post shows its embeds as link cards and its gallery", async ({ page }) => {
  await open(page, "/fixtures/wordpress/post-60-embed.json");
  await expect(page.getByRole("link", { name: "YouTube: https://www.youtube.com/watch?v=3bUtvUAeX8s" })).toHaveAttribute(
    "href",
    "https://www.youtube.com/watch?v=3bUtvUAeX8s",
  );
  await expect(page.getByRole("link", { name: /^X \(Twitter\): Exploring Iceland/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Instagram: / })).toBeVisible();
  await expect(page.getByText("Gullfoss, an iconic waterfall of Iceland.")).toBeVisible();
  await expect(page.locator(".gallery img")).toHaveCount(5);
  await screenshot(page, "wordpress-post");
});

for (const src of ["/fixtures/wordpress/posts-category-7-embed.json", "/fixtures/formats/json-feed-1.1.json", "/fixtures/formats/ghost-posts.json"]) {
  test(`${src} opens as a list whose cards open and come back`, async ({ page }) => {
    await open(page, src);
    const cards = page.getByRole("list").first().getByRole("listitem");
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page, `list (${src})`);
    const first = cards.first().getByRole("link");
    const title = await first.textContent();
    await first.click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeFocused();
    await expectAccessible(page, `opened from the list (${src})`);
    await page.getByRole("button", { name: "← Back to the list" }).click();
    await expect(cards.first().getByRole("link")).toBeFocused();
  });
}

test("the Arabic article reads right to left, the whole layout mirrored, and lede's own words in English", async ({ page }) => {
  await open(page, "/fixtures/formats/rtl-cnn-arabic.feed.json");
  const card = page.getByRole("listitem").first();
  await expect(card).toHaveAttribute("dir", "rtl");
  expect(await card.getByRole("link").evaluate((link) => getComputedStyle(link).direction)).toBe("rtl");
  await card.getByRole("link").click();
  const article = page.getByRole("article");
  await expect(article).toHaveAttribute("dir", "rtl");
  const paragraph = article.locator(".article-body p").first();
  expect(await paragraph.evaluate((p) => getComputedStyle(p).direction)).toBe("rtl");
  // The text starts at the right edge of the column.
  const [box, column] = [await paragraph.boundingBox(), await article.boundingBox()];
  expect(Math.abs(box.x + box.width - (column.x + column.width))).toBeLessThan(2);
  // lede's own words are English, spoken and laid out so: "2–3 min read", not "min read 3–2",
  // and the sign-up sentence keeps its full stop at its end.
  const readingTime = article.getByText(/min read$/);
  const signUp = article.getByText(/in your inbox\.$/);
  for (const words of [readingTime, signUp]) {
    expect(await words.evaluate((element) => element.closest("[lang]").lang)).toBe("en");
    expect(await words.evaluate(firstLetterLeftOfLast)).toBe(true);
  }
  await expectAccessible(page, "right-to-left article");
  await screenshot(page, "rtl-arabic");
});

/** Whether the first character of `element`'s text is drawn left of its last one. */
function firstLetterLeftOfLast(element) {
  const text = element.firstChild;
  const range = document.createRange();
  const left = (index) => {
    range.setStart(text, index);
    range.setEnd(text, index + 1);
    return range.getBoundingClientRect().left;
  };
  return left(0) < left(text.data.length - 1);
}

// MathML that may reach the page: the allow-list's names (src/model/math.rs), nothing else.
const MATHML = {
  elements: ["math", "mi", "mn", "mo", "ms", "mtext", "mspace", "mrow", "mfrac", "msqrt", "mroot", "mstyle", "merror",
    "mpadded", "mphantom", "msub", "msup", "msubsup", "munder", "mover", "munderover", "mmultiscripts", "mprescripts",
    "none", "mtable", "mtr", "mtd", "semantics", "annotation"],
  attributes: ["dir", "displaystyle", "mathvariant", "scriptlevel", "mathsize", "form", "fence", "separator", "lspace",
    "rspace", "stretchy", "symmetric", "maxsize", "minsize", "largeop", "movablelimits", "linethickness", "width", "height",
    "depth", "voffset", "accent", "accentunder", "columnspan", "rowspan", "columnalign", "rowalign", "columnspacing",
    "rowspacing", "encoding", "display", "alttext", "tabindex"],
};

test("the whole DOMPurify corpus and lede's MathML, nested-table and in-page vectors, each payload as a body and a caption under the strict CSP, run nothing", async ({ page, request }) => {
  test.setTimeout(180_000);
  const cases = [
    ...JSON.parse(await readFile("fixtures/xss/dompurify-expect.json", "utf8")),
    ...JSON.parse(await readFile("fixtures/xss/fidelity-vectors.json", "utf8")),
  ];
  // A Ghost list: every payload is one post's body and its picture's caption (both HTML).
  const posts = cases.map((c, index) => ({
    title: `Case ${index}`,
    html: c.payload,
    feature_image: "/x.jpg",
    feature_image_caption: c.payload,
  }));
  await serve(request, "/xss/posts.json", { status: 200, body: { posts } });
  await page.addInitScript(() => {
    window.__executed = 0;
    for (const name of ["alert", "confirm", "prompt", "print"]) window[name] = () => window.__executed++;
  });
  await open(page, "/xss/posts.json");
  const inspect = () =>
    page.evaluate((mathml) => {
      // The content area: lede's own chrome (its sign-up form, for one) is not content.
      const root = document.querySelector("lede-reader").shadowRoot.querySelector(".reader");
      const problems = [];
      for (const element of root.querySelectorAll("*")) {
        for (const attribute of element.attributes) {
          if (attribute.name.startsWith("on")) problems.push(`${element.localName}[${attribute.name}]`);
          if (["href", "src"].includes(attribute.name)) {
            const protocol = new URL(attribute.value, location.href).protocol;
            if (["javascript:", "vbscript:", "data:"].includes(protocol)) problems.push(`${element.localName}[${attribute.name}]`);
          }
        }
        if (element.namespaceURI === "http://www.w3.org/1998/Math/MathML") {
          if (!mathml.elements.includes(element.localName) || !element.closest("math")) problems.push(`MathML ${element.localName}`);
          for (const attribute of element.attributes) {
            if (!mathml.attributes.includes(attribute.name)) problems.push(`${element.localName}[${attribute.name}]`);
          }
        } else if (["script", "iframe", "object", "embed", "svg", "math", "style", "form"].includes(element.localName)) {
          problems.push(element.localName);
        }
        // An in-page link goes to a content id, never one of lede's own.
        if (element.closest(".article-body") && element.getAttribute("href")?.startsWith("#") && !element.getAttribute("href").startsWith("#content-")) {
          problems.push(`${element.localName}[href=${element.getAttribute("href")}]`);
        }
      }
      return { problems, elements: root.querySelectorAll(".article-body *, figcaption *").length };
    }, MATHML);
  const cards = page.locator(".card-link");
  await expect(cards).toHaveCount(cases.length);
  const problems = [];
  let elements = 0;
  for (let index = 0; index < cases.length; index++) {
    await cards.nth(index).click();
    await expect(page.getByRole("heading", { level: 1, name: `Case ${index}` })).toBeVisible();
    const found = await inspect();
    elements += found.elements;
    problems.push(...found.problems.map((p) => `case ${index}: ${p}`));
    await page.getByRole("button", { name: "← Back to the list" }).click();
  }
  await page.waitForTimeout(500);
  const executed = await page.evaluate(() => window.__executed);
  const violations = await page.evaluate(() => window.__cspViolations.length);
  console.log(
    `DOMPurify corpus and lede's vectors in the page: ${cases.length} payloads opened one by one, ${elements} elements rendered, ` +
      `${executed} executions, ${problems.length} dangerous attributes or elements, ${violations} CSP violations`,
  );
  expect(executed).toBe(0);
  expect(problems).toEqual([]);
  // The support fixture also fails the test on any CSP violation or uncaught error.
});
