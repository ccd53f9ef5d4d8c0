#!/usr/bin/env node
// The fidelity check: every page of fixtures/readability-expected/ rendered by lede and counted
// against the browser's own parse of it. Prints a row a page and the totals, and writes
// bench/FIDELITY.md and bench/fidelity.json. Run it with ./scripts/fidelity (which builds first
// when there is no build). Options: --port N, --dist DIR (another build), --page NAME (one page,
// repeatable), --verbose, --baseline (the --dist build is the one later reports compare with:
// bench/fidelity-before.json).
import { spawn, execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { compare, KINDS } from "./measure.mjs";
import { measure, pageNames } from "./pages.mjs";
import { markdown, missedTargets, summary, totals } from "./report.mjs";

const { values: options } = parseArgs({
  options: {
    port: { type: "string", default: "4220" },
    dist: { type: "string", default: "dist" },
    page: { type: "string", multiple: true },
    verbose: { type: "boolean", default: false },
    // Measures the build given with --dist as the baseline the report compares with.
    baseline: { type: "boolean", default: false },
  },
});
const BASE = `http://127.0.0.1:${options.port}`;

const server = spawn("node", ["tools/server/main.mjs", "--port", options.port, "--dist", options.dist, "--csp", "--signups", "test-results/fidelity-signups.jsonl"], {
  stdio: ["ignore", "ignore", "inherit"],
});
process.on("exit", () => server.kill());
await waitForServer(BASE);

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
});
const results = [];
try {
  const context = await browser.newContext();
  const names = options.page ?? (await pageNames());
  for (const name of names) {
    const page = await context.newPage();
    const counted = await measure(page, BASE, name);
    await page.close();
    const kinds = compare(counted);
    results.push({ name, kinds, exceptions: counted.exceptions });
    const row = KINDS.map((kind) => `${kind} ${kinds[kind].kept}/${kinds[kind].reference}`).join(" ");
    console.log(`fidelity: ${name.padEnd(36)} ${row}`);
    if (options.verbose) printLosses(counted);
  }
} finally {
  await browser.close();
  // The server is a child process that would keep this one alive.
  server.kill();
}

const total = totals(results);
const revision = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
// A baseline is a build made elsewhere (an earlier commit): what is uncommitted here is not in it.
const dirty = !options.baseline && execFileSync("git", ["status", "--porcelain", "--", "src", "styles"], { encoding: "utf8" }).trim()
  ? " (with uncommitted changes)"
  : "";
const date = new Date().toISOString().slice(0, 10);
if (!options.page && (options.dist === "dist" || options.baseline)) {
  const measured = { revision: `${revision}${dirty}`, date, total, pages: results };
  const before = options.baseline
    ? null
    : await readFile("bench/fidelity-before.json", "utf8").then(JSON.parse, () => null);
  await writeFile("bench/FIDELITY.md", markdown(results, total, { revision: measured.revision, date, before }));
  const file = options.baseline ? "bench/fidelity-before.json" : "bench/fidelity.json";
  await writeFile(file, JSON.stringify(measured, null, 1) + "\n");
}
console.log(`fidelity: total: ${summary(total)}`);
console.log(`fidelity: left out by design: ${JSON.stringify(total.exceptions)}`);
const missed = missedTargets(total);
console.log(missed.length ? `fidelity: below target: ${missed.join(", ")}` : "fidelity: every target is met");
process.exitCode = missed.length ? 1 : 0;

/** The words and links a page lost, for finding out why. */
function printLosses({ reference, lede }) {
  const found = (counts, key) => (Object.hasOwn(counts, key) ? counts[key] : 0);
  for (const kind of ["words", "links"]) {
    const lost = Object.entries(reference[kind])
      .filter(([key, n]) => found(lede[kind], key) < n)
      .map(([key, n]) => `${key}×${n - found(lede[kind], key)}`);
    if (lost.length) console.log(`  lost ${kind}: ${lost.slice(0, 40).join("  ")}`);
  }
  for (const kind of KINDS.filter((k) => k !== "words" && k !== "links")) {
    if (lede[kind] !== reference[kind]) console.log(`  ${kind}: reference ${reference[kind]}, lede ${lede[kind]}`);
  }
}

async function waitForServer(base) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the server at ${base} did not start`);
}
