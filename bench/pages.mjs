// The pages the benchmark compares: lede's standalone page, and static HTML of the same
// article (lede's own rendered DOM in a declarative shadow root, with the same stylesheet),
// both served by the same server. Also the synthetic articles it needs.
import { execFile } from "node:child_process";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { promisify } from "node:util";

/** lede's native renderer, as the Trunk hook built it. */
export const RENDERER = `${process.env.CARGO_TARGET_DIR ?? "target"}/render/lede-render`;
const run = promisify(execFile);

const paragraph = (n) =>
  `Paragraph ${n}. Central banks kept rates on hold as inflation cooled, and markets read the ` +
  `statements for hints of the first cut. Bond yields moved little; the currency held its ground, ` +
  `and analysts said the path from here depends on wages, energy prices and the pace of growth.`;

/** lede JSON with `count` paragraphs, written under dist/bench/. */
function syntheticArticle(count) {
  return {
    lede: 1,
    section: "Economy",
    headline: `A ${count}-paragraph article for the benchmark`,
    standfirst: "Synthetic text of a realistic length.",
    published: "2025-03-20T09:30:00Z",
    language: "en",
    body: Array.from({ length: count }, (_, i) => paragraph(i + 1)),
  };
}

export async function writeFixtures(dist) {
  await mkdir(`${dist}/bench`, { recursive: true });
  for (const count of [10, 2000]) {
    await writeFile(`${dist}/bench/article-${count}.json`, JSON.stringify(syntheticArticle(count)));
  }
  // The static pages link the same stylesheet the server-rendered ones do.
  await copyFile(`${dist}/lede.css`, `${dist}/bench/lede.css`);
}

/**
 * Server-rendered standalone pages, as a publisher renders them at publishing time: `file`
 * (served at `served`) rendered into dist/bench/<name>-server.html, which loads lede.js from the
 * site's root. Gives the page's address (with the `?item=` the page reads).
 */
export async function writeServerPage(base, dist, name, { file, served, item }) {
  const args = ["--page", "--bundle", "../lede.js", "--base-url", `${base}${served}`];
  if (item !== undefined) args.push("--page-query", `?item=${item}`);
  const { stdout } = await run(RENDERER, [...args, file], { maxBuffer: 64 * 2 ** 20 });
  await writeFile(`${dist}/bench/${name}-server.html`, stdout);
  return `bench/${name}-server.html${item !== undefined ? `?item=${item}` : ""}`;
}

/** A site's archive for the batch renderer: `count` documents, copies of every fixture. */
export async function writeArchive(dist, count) {
  const sources = [
    "content/default-article.json",
    "fixtures/lede/full-article.json",
    "fixtures/wordpress/post-60-embed.json",
    "fixtures/formats/readability-guardian-1.feed.json",
    "fixtures/formats/readability-nytimes-5.feed.json",
    "fixtures/formats/schema-newsarticle.json",
    "fixtures/formats/ghost-post.json",
    "fixtures/formats/json-feed-1.1.json",
  ];
  const folder = `${dist}/bench/archive`;
  await mkdir(folder, { recursive: true });
  const texts = await Promise.all(sources.map((source) => readFile(source, "utf8")));
  for (let i = 0; i < count; i++) await writeFile(`${folder}/${String(i).padStart(4, "0")}.json`, texts[i % texts.length]);
  return folder;
}

/** The native renderer's own timings: the median of `times` renders of `file`, and a batch. */
export async function nativeRenderTimes(file, times) {
  const { stderr } = await run(RENDERER, ["--repeat", String(times), "--base-url", "https://news.example/article.json", file], {
    maxBuffer: 64 * 2 ** 20,
  });
  return JSON.parse(stderr.trim().split("\n").at(-1));
}

export async function batchThroughput(folder, out) {
  const { stderr } = await run(RENDERER, ["--batch", out, folder]);
  const [, rendered, seconds, threads, perSecond] = stderr.match(/(\d+) of \d+ rendered in ([\d.]+) s on (\d+) threads: ([\d.]+) a second/);
  return { rendered: Number(rendered), seconds: Number(seconds), threads: Number(threads), perSecond: Number(perSecond) };
}

/** Renders `query` with lede, then writes the same DOM as a static page `name`.html. */
export async function writeStaticPage(browser, base, dist, name, query) {
  const page = await browser.newPage();
  await page.goto(`${base}/${query}`);
  await page.waitForSelector("lede-reader[data-state=ready]");
  await page.waitForFunction(() => document.querySelector("lede-reader").shadowRoot.querySelector("article h1"));
  const markup = await page.evaluate(() => {
    const root = document.querySelector("lede-reader").shadowRoot;
    // The sign-up dialog and its scripts' state are not part of a static article page.
    root.querySelector("dialog")?.remove();
    return root.innerHTML;
  });
  await page.close();
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Static page for the benchmark</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="../page.css">
</head>
<body>
<main><lede-reader data-state="ready"><template shadowrootmode="open"><link rel="stylesheet" href="lede.css">${markup}</template></lede-reader></main>
</body>
</html>
`;
  await writeFile(`${dist}/bench/${name}.html`, html);
  return `bench/${name}.html`;
}

/**
 * The built-in article with its photo served by the same server, for a Lighthouse run that is
 * not marked down for this machine having no internet (the photo is at Wikimedia Commons). The
 * photo is drawn by the browser: a JPEG of the article's own 3:2 shape.
 */
export async function writeLocalPhotoArticle(browser, dist) {
  const page = await browser.newPage();
  const dataUrl = await page.evaluate(() => {
    const canvas = Object.assign(document.createElement("canvas"), { width: 1500, height: 1000 });
    const context = canvas.getContext("2d");
    const sky = context.createLinearGradient(0, 0, 0, 1000);
    sky.addColorStop(0, "#8fb3d9");
    sky.addColorStop(1, "#3d5a80");
    context.fillStyle = sky;
    context.fillRect(0, 0, 1500, 1000);
    return canvas.toDataURL("image/jpeg", 0.8);
  });
  await page.close();
  await writeFile(`${dist}/bench/photo.jpg`, Buffer.from(dataUrl.split(",")[1], "base64"));
  const article = JSON.parse(await readFile("content/default-article.json", "utf8"));
  article.hero = { ...article.hero, src: "/bench/photo.jpg", width: 1500, height: 1000 };
  await writeFile(`${dist}/bench/seed-local-photo.json`, JSON.stringify(article));
  return `?src=${encodeURIComponent("/bench/seed-local-photo.json")}`;
}
