// The pages the benchmark compares: lede's standalone page, and static HTML of the same
// article (lede's own rendered DOM in a declarative shadow root, with the same stylesheet),
// both served by the same server. Also the synthetic articles it needs.
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";

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
  await copyFile("styles/lede.css", `${dist}/bench/lede.css`);
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
