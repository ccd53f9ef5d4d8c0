#!/usr/bin/env node
// lede's benchmark: sizes, time to headline against static HTML of the same article (also with
// the CPU throttled 4×), long articles, interaction latency, memory, and Lighthouse. Results go
// to bench/results.json and bench/RESULTS.md. Run it with ./scripts/bench (which builds first).
import { spawn } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { transferSizes } from "./sizes.mjs";
import {
  writeFixtures, writeLocalPhotoArticle, writeStaticPage, writeServerPage, writeArchive, nativeRenderTimes, batchThroughput,
} from "./pages.mjs";
import {
  timeToHeadline, interactionLatency, memoryAfterLoad, functionsCompiledBeforeHeadline, stats, statsByKey, ratioInterval,
} from "./measure.mjs";
import { lighthouse } from "./lighthouse.mjs";
import { report } from "./report.mjs";

const { values: options } = parseArgs({
  options: {
    runs: { type: "string", default: "15" },
    port: { type: "string", default: "4210" },
    "skip-lighthouse": { type: "boolean", default: false },
  },
});
const RUNS = Number(options.runs);
const BASE = `http://127.0.0.1:${options.port}`;
const DIST = "dist";
const log = (...parts) => console.log("bench:", ...parts);

const server = spawn("node", ["tools/server/main.mjs", "--port", options.port, "--signups", "test-results/bench-signups.jsonl"], {
  stdio: ["ignore", "ignore", "inherit"],
});
process.on("exit", () => server.kill());
await waitForServer(BASE);

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });

try {
  const results = { date: new Date().toISOString(), machine: machine(await browser.version()), runs: RUNS };
  results.sizes = await transferSizes(DIST);
  log("sizes", JSON.stringify(results.sizes.total));
  // Written by scripts/size, which scripts/bench runs after the build.
  results.sizeMap = JSON.parse(await readFile("test-results/size/map.json", "utf8"));

  await writeFixtures(DIST);
  // Rendered in the browser: the page a static host serves for any `?src=` (shell.html).
  const articles = {
    seed: "shell.html",
    guardian: `shell.html?src=${encodeURIComponent("/fixtures/formats/readability-guardian-1.feed.json")}&item=0`,
    long2000: `shell.html?src=${encodeURIComponent("/bench/article-2000.json")}`,
  };
  // Rendered on the server: the standalone page (index.html, rendered at build time), and pages
  // rendered as a publisher renders them, when publishing.
  const served = {
    seed: "",
    guardian: await writeServerPage(BASE, DIST, "guardian", {
      file: "fixtures/formats/readability-guardian-1.feed.json",
      served: "/fixtures/formats/readability-guardian-1.feed.json",
      item: 0,
    }),
    long2000: await writeServerPage(BASE, DIST, "long2000", { file: `${DIST}/bench/article-2000.json`, served: "/bench/article-2000.json" }),
  };
  const statics = {};
  for (const [name, query] of Object.entries(articles)) {
    statics[name] = await writeStaticPage(browser, BASE, DIST, name, query);
  }

  results.headline = {};
  results.server = {};
  const compare = async (name, throttle, pages = articles) => {
    const ledeRuns = [], staticRuns = [];
    for (let run = 0; run < RUNS; run++) {
      // Alternated, so that drift on the machine touches both alike.
      ledeRuns.push(await timeToHeadline(browser, `${BASE}/${pages[name]}`, { throttle }));
      staticRuns.push(await timeToHeadline(browser, `${BASE}/${statics[name]}`, { throttle, lede: false }));
    }
    const [lede, plain] = [statsByKey(ledeRuns), statsByKey(staticRuns)];
    const entry = {
      lede: lede.headline, static: plain.headline, ledeFrame: lede.frame, staticFrame: plain.frame,
      ledeFcp: lede.fcp, staticFcp: plain.fcp, ledeMark: lede.mark,
      ready: lede.ready, cls: lede.cls, longestTask: lede.longestTask, blocking: lede.blocking,
    };
    entry.ratio = entry.lede.median / entry.static.median;
    entry.ratioInterval = ratioInterval(ledeRuns.map((run) => run.headline), staticRuns.map((run) => run.headline));
    log(`headline ${name}${pages === served ? " (server)" : ""}${throttle > 1 ? " 4× CPU" : ""}: lede ${entry.lede.median.toFixed(0)} ms, static ${entry.static.median.toFixed(0)} ms, ×${entry.ratio.toFixed(2)}, ready ${entry.ready.median.toFixed(0)} ms, CLS max ${entry.cls.max.toFixed(4)}`);
    return entry;
  };
  results.server.seed = await compare("seed", 1, served);
  results.server.guardian = await compare("guardian", 1, served);
  results.server.long2000 = await compare("long2000", 1, served);
  results.server.seedThrottled = await compare("seed", 4, served);
  results.server.long2000Throttled = await compare("long2000", 4, served);
  results.headline.seed = await compare("seed", 1);
  results.headline.guardian = await compare("guardian", 1);
  results.headline.long2000 = await compare("long2000", 1);
  results.headline.seedThrottled = await compare("seed", 4);

  results.native = {
    seed: await nativeRenderTimes("content/default-article.json", 100),
    guardian: await nativeRenderTimes("fixtures/formats/readability-guardian-1.feed.json", 100),
    batch: await batchThroughput(await writeArchive(DIST, 400), "test-results/bench-archive"),
  };
  log("native render", JSON.stringify(results.native));

  results.interaction = {};
  // Frames not paced to the display: from a click to the next frame is then the work the click
  // caused, not that plus a wait of up to 16.7 ms for the next vsync, which swamps a 5 ms figure.
  const unpaced = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, "--disable-frame-rate-limit", "--disable-gpu-vsync"],
  });
  const paragraphs = { short: 10, long: 2000 };
  const runs = { short: [], long: [] };
  for (let run = 0; run < RUNS; run++) {
    // Alternated, and in turn first, so that drift on the machine touches both alike.
    const order = run % 2 ? ["long", "short"] : ["short", "long"];
    for (const name of order) runs[name].push(await interactionLatency(unpaced, `${BASE}/?src=/bench/article-${paragraphs[name]}.json`));
  }
  for (const [name, measured] of Object.entries(runs)) results.interaction[name] = statsByKey(measured);
  await unpaced.close();
  results.interaction.ratio = Object.fromEntries(
    Object.keys(results.interaction.short).map((key) => [key, results.interaction.long[key].median / results.interaction.short[key].median]),
  );
  log("interaction long/short", JSON.stringify(results.interaction.ratio));

  results.memory = await memoryAfterLoad(browser, `${BASE}/`);
  log("memory", JSON.stringify(results.memory));

  const compiled = [];
  for (let run = 0; run < 5; run++) compiled.push(await functionsCompiledBeforeHeadline(browser, `${BASE}/`));
  results.compiledBeforeHeadline = stats(compiled);
  log("wasm functions compiled before the headline", compiled.join(" "));

  if (!options["skip-lighthouse"]) {
    results.lighthouse = await lighthouse(`${BASE}/`);
    log("lighthouse", JSON.stringify(results.lighthouse));
    results.lighthouseLocalPhoto = await lighthouse(`${BASE}/${await writeLocalPhotoArticle(browser, DIST)}`);
    log("lighthouse, photo served locally", JSON.stringify(results.lighthouseLocalPhoto));
  }

  await writeFile("bench/results.json", JSON.stringify(results, null, 2) + "\n");
  const { markdown, failures } = report(results);
  await writeFile("bench/RESULTS.md", markdown);
  console.log(markdown);
  log(failures.length ? `budgets missed: ${failures.join("; ")}` : "every budget met");
} finally {
  await browser.close();
  server.kill();
}

function machine(chromiumVersion) {
  const cpu = cpus();
  return {
    cpu: `${cpu[0]?.model ?? "unknown"} × ${cpu.length}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    chromium: chromiumVersion,
    node: process.version,
  };
}

async function waitForServer(base) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch (error) {
      if (i === 99) console.error(error);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the server at ${base} did not start`);
}
