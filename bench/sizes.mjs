// Transfer sizes of the built widget: raw, gzip and brotli, as a server would send them.
import { readFile } from "node:fs/promises";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

export async function transferSizes(dist) {
  // lede.css is what server-rendered readers link (the program carries the same sheet for the
  // readers it renders itself), counted apart from the widget's whole.
  const files = { wasm: "lede_bg.wasm", js: "lede.js", css: "page.css", widgetCss: "lede.css" };
  const sizes = {};
  for (const [kind, name] of Object.entries(files)) {
    const bytes = await readFile(`${dist}/${name}`);
    sizes[kind] = {
      file: name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  }
  const total = (key) => ["wasm", "js", "css"].reduce((sum, kind) => sum + sizes[kind][key], 0);
  sizes.total = { raw: total("raw"), gzip: total("gzip"), brotli: total("brotli") };
  // What a reader downloads before the article is interactive: the embed bundle a host page
  // loads (issue 21). Nothing loads later yet, so everything is the first load.
  const bundle = (key) => ["wasm", "js", "widgetCss"].reduce((sum, kind) => sum + sizes[kind][key], 0);
  sizes.firstLoad = { raw: bundle("raw"), brotli: bundle("brotli") };
  sizes.everything = { ...sizes.firstLoad };
  return sizes;
}
