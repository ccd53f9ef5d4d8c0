// Readability's test pages (`fixtures/readability-expected/<page>/expected.html`, what Firefox
// Reader View shows), each opened in lede's standalone page as the body of an article.
import { readdir, readFile } from "node:fs/promises";
import { measurePage } from "./measure.mjs";

export const PAGES_DIR = "fixtures/readability-expected";

/** The pages, by folder name, in order. */
export async function pageNames() {
  const entries = await readdir(PAGES_DIR, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/** A page's HTML and title. */
export async function readPage(name) {
  const html = await readFile(`${PAGES_DIR}/${name}/expected.html`, "utf8");
  const metadata = JSON.parse(await readFile(`${PAGES_DIR}/${name}/expected-metadata.json`, "utf8"));
  return { html, title: metadata.title || name };
}

/**
 * Opens `name` in lede (the page at `baseURL`) as a JSON Feed item whose `content_html` is the
 * page's HTML, served by the browser context itself, and counts it (see measure.mjs).
 */
export async function measure(page, baseURL, name) {
  const { html, title } = await readPage(name);
  const path = `/fidelity/${encodeURIComponent(name)}.json`;
  const feed = { version: "https://jsonfeed.org/version/1.1", title: "Fidelity", items: [{ id: name, title, content_html: html }] };
  await page.route(`**${path}`, (route) => route.fulfill({ json: feed, headers: { "Cache-Control": "no-store" } }));
  await page.goto(`${baseURL}/?src=${encodeURIComponent(path)}&item=0`);
  await page.locator("lede-reader[data-state=ready]").waitFor();
  // The body's later parts follow its first paint; it is whole once it is no longer busy.
  await page.locator("lede-reader .article-body:not([aria-busy])").waitFor();
  return page.evaluate(measurePage, { html, base: new URL(path, baseURL).href });
}
