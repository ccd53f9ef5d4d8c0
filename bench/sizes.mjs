// Transfer sizes of the built widget: raw, gzip and brotli, as a server would send them.
import { readdir, readFile } from "node:fs/promises";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

export async function transferSizes(dist) {
  // lede.css is what server-rendered readers link (the program carries the same sheet for the
  // readers it renders itself), counted apart from the widget's whole.
  const files = { wasm: "lede_bg.wasm", js: "lede.js", css: "page.css", widgetCss: "lede.css", loaders: "__wasm_split.js" };
  const sizes = {};
  for (const [kind, name] of Object.entries(files)) sizes[kind] = await sizesOf(dist, name);
  const total = (key) => ["wasm", "js", "css"].reduce((sum, kind) => sum + sizes[kind][key], 0);
  sizes.total = { raw: total("raw"), gzip: total("gzip"), brotli: total("brotli") };
  // What a reader downloads before the article is interactive (issue 21): the embed bundle a
  // host page loads; and everything, with the chunks of the program loaded on first use.
  const bundle = (key) => ["wasm", "js", "widgetCss", "loaders"].reduce((sum, kind) => sum + sizes[kind][key], 0);
  sizes.firstLoad = { raw: bundle("raw"), brotli: bundle("brotli") };
  sizes.chunks = [];
  for (const name of (await readdir(dist)).filter((file) => /^split_.*\.wasm$/.test(file)).sort()) {
    sizes.chunks.push(await sizesOf(dist, name));
  }
  const later = (key) => sizes.chunks.reduce((sum, chunk) => sum + chunk[key], 0);
  sizes.everything = { raw: sizes.firstLoad.raw + later("raw"), brotli: sizes.firstLoad.brotli + later("brotli") };
  return sizes;
}

async function sizesOf(dist, file) {
  const bytes = await readFile(`${dist}/${file}`);
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
