#!/usr/bin/env node
// Where the wasm's bytes go: every item of the shipped module (optimized as Trunk optimizes it,
// with its names kept), from twiggy, summed by crate and, for lede's own code, by module.
// Run by scripts/size, which builds the modules: `node bench/size-map.mjs DIR [OUT.json]`.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const KB = 1024;

/** The map of `named` (the module with a name section) as shipped in `shipped` (without). */
export function sizeMap(named, shipped) {
  const items = JSON.parse(
    execFileSync("twiggy", ["top", "-n", "1000000", "--format", "json", named], { maxBuffer: 1 << 28 }),
  );
  const bytes = readFileSync(shipped);
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const code = items.filter((item) => !isNameSection(item.name));
  const total = code.reduce((sum, item) => sum + item.shallow_size, 0);
  const crates = new Map();
  const modules = new Map();
  for (const item of code) {
    const { crate, module } = owner(item.name);
    add(crates, crate, item.shallow_size);
    if (module) add(modules, `lede::${module}`, item.shallow_size);
  }
  // A crate's or module's share of the raw bytes, as a share of the brotli: brotli cannot be
  // split by function, and code compresses about evenly.
  const rows = (groups) =>
    [...groups]
      .map(([name, { bytes, items }]) => ({ name, bytes, items, brotli: Math.round((bytes / total) * brotli) }))
      .sort((a, b) => b.bytes - a.bytes);
  const byCrate = rows(crates);
  const byModule = rows(modules);
  // The map's top: other crates whole, lede by module, so that a row is something one can cut.
  const top = [...byCrate.filter((row) => row.name !== "lede"), ...byModule].sort((a, b) => b.bytes - a.bytes);
  return {
    raw: bytes.length,
    brotli,
    functions: code.filter((item) => !item.name.startsWith("data segment")).length,
    byCrate,
    byModule,
    top,
    largest: code
      .filter((item) => !item.name.endsWith("headers"))
      .slice(0, 15)
      .map((item) => ({ name: item.name.replace(/::h[0-9a-f]{16}$/, ""), bytes: item.shallow_size })),
  };
}

function add(groups, key, bytes) {
  const group = groups.get(key) ?? { bytes: 0, items: 0 };
  group.bytes += bytes;
  group.items += 1;
  groups.set(key, group);
}

// Debug names only: Trunk's wasm-opt drops them from what is shipped.
function isNameSection(name) {
  return /subsection$|^custom section/.test(name);
}

/** The crate an item belongs to and, for lede's, its module (two levels: `components::masthead`). */
export function owner(name) {
  // Crate hashes (`core[c1c3a5de2]::str`) say nothing here.
  name = name.replace(/\[[0-9a-f]+\]/g, "");
  if (name.startsWith("data segment")) return { crate: "data (strings, tables)" };
  if (/headers$|^(import|export|table|elem|type|global)\b/.test(name)) return { crate: "wasm sections" };
  if (/^__wbg|^__wbindgen|^__externref/.test(name)) return { crate: "wasm_bindgen" };
  // Code generic over a lede type (a drop, a hook's state) is lede's: it exists for that type.
  // Segments followed by `::` are modules: in `lede::formats::site::read_site` the last is the
  // function (its hash is cut first).
  const lede = name.replace(/::h[0-9a-f]{16}$/, "").match(/\blede::((?:[a-z_][a-z0-9_]*::)*)/);
  if (lede) {
    const path = lede[1].split("::").filter(Boolean);
    return { crate: "lede", module: (path.length ? path : ["(root)"]).slice(0, 2).join("::") };
  }
  // Methods of primitives (`<char>::escape_debug_ext`, `<&T as core::fmt::Debug>::fmt`).
  if (/^<(?:&?[A-Z]\b|char|str|bool|u8|u16|u32|u64|usize|i8|i16|i32|i64|isize|f32|f64)\b/.test(name)) return { crate: "std (core, alloc)" };
  const root = name.match(/^[<&\s]*(?:dyn |mut )?([a-z_][a-z0-9_]*)::/);
  if (!root) return { crate: "exports and compiler builtins" };
  const crate = root[1];
  if (["core", "alloc", "std"].includes(crate)) return { crate: "std (core, alloc)" };
  if (crate.startsWith("gloo_")) return { crate: "gloo" };
  if (crate.startsWith("futures_")) return { crate: "futures" };
  return { crate };
}

export function markdown(map) {
  const kb = (bytes) => (bytes / KB).toFixed(1);
  const table = (rows, limit, total = map.raw) =>
    [
      "| | raw KB | share | ≈ brotli KB | items |",
      "| --- | ---: | ---: | ---: | ---: |",
      ...rows.slice(0, limit).map(
        (row) => `| ${row.name} | ${kb(row.bytes)} | ${((row.bytes / total) * 100).toFixed(1)}% | ${kb(row.brotli)} | ${row.items} |`,
      ),
    ].join("\n");
  const chunks = (map.chunks ?? []).flatMap((chunk) => [
    "",
    `Chunk \`${chunk.file}\` (loaded on first use): ${kb(chunk.raw)} KB raw, ${kb(chunk.brotli)} KB brotli, ${chunk.functions} functions. What is in it:`,
    "",
    table(chunk.top, 8, chunk.raw),
  ]);
  return [
    `Main module (the first load): ${kb(map.raw)} KB raw, ${kb(map.brotli)} KB brotli, ${map.functions} functions.`,
    "",
    "Top 15 (other crates whole, lede by module):",
    "",
    table(map.top, 15),
    "",
    "By crate:",
    "",
    table(map.byCrate, 20),
    "",
    "lede by module:",
    "",
    table(map.byModule, 40),
    "",
    "Largest items:",
    "",
    "| item | raw KB |",
    "| --- | ---: |",
    ...map.largest.map((item) => `| \`${item.name.replace(/\|/g, "\\|")}\` | ${kb(item.bytes)} |`),
    ...chunks,
  ].join("\n");
}

/** The maps of every module scripts/size wrote in `dir` (named/ and shipped/): the main module,
 * `lede_bg.wasm`, then the chunks. */
export function sizeMaps(dir) {
  const files = readdirSync(`${dir}/shipped`).filter((file) => file.endsWith(".wasm")).sort();
  const main = sizeMap(`${dir}/named/lede_bg.wasm`, `${dir}/shipped/lede_bg.wasm`);
  const chunks = files
    .filter((file) => file !== "lede_bg.wasm")
    .map((file) => ({ file, ...sizeMap(`${dir}/named/${file}`, `${dir}/shipped/${file}`) }));
  return { ...main, chunks };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, out] = process.argv.slice(2);
  const map = sizeMaps(dir);
  if (out) writeFileSync(out, JSON.stringify(map, null, 1));
  console.log(markdown(map));
}
