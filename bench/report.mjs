// bench/RESULTS.md: each figure, its budget, and whether it is met.
import { CYCLES } from "./measure.mjs";
import { markdown as sizeMapMarkdown } from "./size-map.mjs";

const KB = 1024;
const ms = (value) => `${value.toFixed(0)} ms`;
const spread = (s) => `${s.median.toFixed(0)} ms (p25–p75 ${s.p25.toFixed(0)}–${s.p75.toFixed(0)}, n=${s.runs})`;

export function report(results) {
  const failures = [];
  const check = (ok, label) => {
    if (!ok) failures.push(label);
    return ok ? "met" : "**missed**";
  };
  const rows = [];
  const row = (figure, value, budget, verdict = "") => rows.push(`| ${figure} | ${value} | ${budget} | ${verdict} |`);

  const sizes = results.sizes;
  for (const s of [...["wasm", "js", "css", "widgetCss", "loaders"].map((kind) => sizes[kind]), ...(sizes.chunks ?? [])]) {
    if (!s) continue;
    const later = s.file.startsWith("split_") ? " (loaded on first use)" : "";
    row(`${s.file}${later}`, `${(s.raw / KB).toFixed(1)} KB raw · ${(s.gzip / KB).toFixed(1)} KB gzip · ${(s.brotli / KB).toFixed(1)} KB brotli`, "", "");
  }
  const total = sizes.total.brotli / KB;
  row("whole widget (wasm + js + css), brotli", `${total.toFixed(1)} KB`, "≤ 90 KB", check(total <= 90, `size ${total.toFixed(1)} KB > 90 KB`));
  // Server rendering (issue 17): hydration compiled in may cost at most 8 KB over the 188.6 KB the
  // client-only widget was.
  const wasm = sizes.wasm.brotli / KB;
  row("wasm with hydration, brotli", `${wasm.toFixed(1)} KB`, "≤ 196.6 KB (188.6 + 8)", check(wasm <= 196.6, `wasm ${wasm.toFixed(1)} KB > 196.6 KB`));

  // Issue 21: the first load (what a reader downloads before the article is interactive) and
  // everything, with what loads on demand.
  const first = sizes.firstLoad.brotli / KB;
  row("first load (wasm + lede.js + lede.css + __wasm_split.js), brotli", `${first.toFixed(1)} KB`, "≤ 130 KB", check(first <= 130, `first load ${first.toFixed(1)} KB > 130 KB`));
  const everything = sizes.everything.brotli / KB;
  row("everything, with the chunks loaded on first use, brotli", `${everything.toFixed(1)} KB`, "≤ 192.6 KB", check(everything <= 192.6, `everything ${everything.toFixed(1)} KB > 192.6 KB`));

  const headline = results.headline;
  const ratioRow = (label, entry, budget) => {
    row(`time to headline, ${label}, rendered in the browser: lede`, spread(entry.lede), "", "");
    row(`time to headline, ${label}: static HTML`, spread(entry.static), "", "");
    row(`(frame that first holds the headline starts, ${label}: lede / static)`, `${ms(entry.ledeFrame.median)} / ${ms(entry.staticFrame.median)}`, "", "");
    row(`(lede's own \`lede:headline\` mark, after the paint and the work queued behind it, ${label})`, spread(entry.ledeMark), "", "");
    const interval = entry.ratioInterval;
    const within = interval ? ` (${Math.round(interval.level * 100)}% interval ×${interval.low.toFixed(2)}–×${interval.high.toFixed(2)})` : "";
    row(`time to headline, ${label}: ratio`, `×${entry.ratio.toFixed(2)}${within}`, `≤ ×${budget}`, check(entry.ratio <= budget, `${label} ratio ×${entry.ratio.toFixed(2)}`));
  };
  const server = results.server;
  if (server) {
    const serverRows = (label, entry, client) => {
      row(`server-rendered, ${label}: time to headline, lede / static HTML`, `${spread(entry.lede)} / ${spread(entry.static)}`, "", "");
      const interval = entry.ratioInterval;
      row(`server-rendered, ${label}: ratio`, `×${entry.ratio.toFixed(2)} (90% interval ×${interval.low.toFixed(2)}–×${interval.high.toFixed(2)})`, "≤ ×1.05",
        check(entry.ratio <= 1.05, `server-rendered ${label} ×${entry.ratio.toFixed(2)}`));
      if (client) {
        row(`server-rendered, ${label}: interactive (hydrated, \`data-state="ready"\`)`, spread(entry.ready), `≤ ${ms(client.lede.median)} (client-rendered time to headline)`,
          check(entry.ready.median <= client.lede.median, `${label} interactive ${ms(entry.ready.median)} > ${ms(client.lede.median)}`));
      } else {
        row(`server-rendered, ${label}: interactive (hydrated, \`data-state="ready"\`)`, spread(entry.ready), "", "");
      }
      row(`server-rendered, ${label}: layout shift (CLS, the largest of ${entry.cls.runs} loads)`, entry.cls.max.toFixed(4), "0", check(entry.cls.max < 0.0001, `${label} CLS ${entry.cls.max.toFixed(4)}`));
    };
    serverRows("seed article", server.seed, headline.seed);
    serverRows("guardian-1", server.guardian, headline.guardian);
    serverRows("2,000 paragraphs", server.long2000, headline.long2000);
    const longest = server.long2000.longestTask;
    row("server-rendered, 2,000 paragraphs: longest main-thread task from the headline's paint to ready", `${ms(longest.median)} (max ${ms(longest.max)})`, "≤ 50 ms",
      check(longest.max <= 50, `hydration task ${ms(longest.max)} > 50 ms`));
    serverRows("seed article, CPU ×4", server.seedThrottled, headline.seedThrottled);
    serverRows("2,000 paragraphs, CPU ×4", server.long2000Throttled);
    row("server-rendered, 2,000 paragraphs, CPU ×4: Total Blocking Time (tasks' time over 50 ms, headline to ready)", spread(server.long2000Throttled.blocking), "", "");
  }
  if (results.native) {
    const n = results.native;
    row("native render, seed article (median of 100)", `${n.seed.median_ms.toFixed(2)} ms (p25–p75 ${n.seed.p25_ms.toFixed(2)}–${n.seed.p75_ms.toFixed(2)})`, "", "");
    row("native render, guardian-1 (median of 100)", `${n.guardian.median_ms.toFixed(2)} ms (p25–p75 ${n.guardian.p25_ms.toFixed(2)}–${n.guardian.p75_ms.toFixed(2)})`, "", "");
    row("batch render (a site's archive of 400 documents, 8 kinds)", `${n.batch.perSecond.toFixed(0)} articles a second (${n.batch.seconds.toFixed(2)} s on ${n.batch.threads} threads)`, "", "");
  }
  ratioRow("seed article", headline.seed, 1.5);
  ratioRow("guardian-1", headline.guardian, 2);
  ratioRow("2,000 paragraphs", headline.long2000, 2);
  ratioRow("seed article, CPU ×4", headline.seedThrottled, 1.5);

  for (const key of ["menuOpen", "menuClose", "modalOpen", "modalClose"]) {
    const short = results.interaction.short[key].median;
    const long = results.interaction.long[key].median;
    const ratio = results.interaction.ratio[key];
    row(`${key}: 10 / 2,000 paragraphs`, `${ms(short)} / ${ms(long)} (×${ratio.toFixed(2)})`, "≤ ×1.2", check(ratio <= 1.2, `${key} ×${ratio.toFixed(2)}`));
    const first = `${key}First`;
    if (results.interaction.short[first]) {
      const [a, b] = [results.interaction.short[first].median, results.interaction.long[first].median];
      row(`(${key}, the first time on the page: 10 / 2,000 paragraphs)`, `${ms(a)} / ${ms(b)} (×${(b / a).toFixed(2)})`, "", "");
    }
  }

  row("JS heap used after load", `${(results.memory.jsHeapUsed / KB / KB).toFixed(1)} MB`, "", "");
  row("wasm memory after load", `${(results.memory.wasmMemory / KB / KB).toFixed(1)} MB`, "", "");
  const compiled = results.compiledBeforeHeadline;
  if (compiled) {
    row("wasm functions compiled before the seed article's headline (each on its first call, on the main thread)",
      `${compiled.median} (p25–p75 ${compiled.p25}–${compiled.p75}, n=${compiled.runs})`, "", "");
  }

  if (results.lighthouse) {
    const l = results.lighthouse;
    row("Lighthouse performance", `${l.performance} (LCP ${l.lcpMs} ms, TBT ${l.tbtMs} ms)`, "≥ 95", check(l.performance >= 95, `Lighthouse performance ${l.performance}`));
    row("Lighthouse accessibility", `${l.accessibility}`, "100", check(l.accessibility === 100, `Lighthouse accessibility ${l.accessibility}`));
    row("Lighthouse best practices", `${l.bestPractices}${l.failedAudits.length ? ` (failed: ${l.failedAudits.join(", ")})` : ""}`, "100", check(l.bestPractices === 100, `Lighthouse best practices ${l.bestPractices}`));
    const local = results.lighthouseLocalPhoto;
    if (local) {
      row("(Lighthouse, the built-in article with its photo served by the same server: performance / accessibility / best practices)",
        `${local.performance} / ${local.accessibility} / ${local.bestPractices}${local.failedAudits.length ? ` (failed: ${local.failedAudits.join(", ")})` : ""}`, "", "");
    }
  }

  const m = results.machine;
  const markdown = `# Benchmark results

Measured ${results.date} by \`./scripts/bench\` on ${m.cpu}, ${m.memory}, ${m.chromium}, Node ${m.node};
medians over ${results.runs} runs, lede and static pages alternated, each on a fresh page with the
cache off. "Time to headline" runs from navigation start to the paint of the first frame that
shows the headline, seen by the same probe on both pages (an animation-frame callback marks the
first frame whose reader holds the \`<h1>\`; the time is the first largest-contentful-paint at or
after it). A ratio's interval is a bootstrap of the runs: a budget inside it is not told apart
by this many runs on this machine. When that frame started, and lede's own \`lede:headline\`
mark (set once the frame is painted and the work deferred behind it has run), are listed for
reference. Interaction latency runs from the click to the next frame (frames not paced to the
display, so it is the work the click caused, not the wait for the next vsync); each page load
repeats each interaction ${CYCLES} times, and a run's figure is their median, the runs of the two
articles alternated (the first time on the page is listed for reference).

| figure | value | budget | |
| --- | --- | --- | --- |
${rows.join("\n")}

${failures.length ? `Budgets missed: ${failures.join("; ")}.` : "Every budget is met."}
${results.sizeMap ? `
## Where the wasm's bytes go

From \`./scripts/size\` (twiggy on the release module, optimized as Trunk optimizes it, its names
kept). A row's brotli is its share of the raw bytes applied to the module's brotli.

${sizeMapMarkdown(results.sizeMap)}
` : ""}`;
  return { markdown, failures };
}
