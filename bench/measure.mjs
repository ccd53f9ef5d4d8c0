// Timings in Chromium: time to the headline's first painted frame, interaction latency,
// and memory after load.
import { memoryInUse } from "../tools/memory.mjs";

/** Run in the page before it loads: marks `bench:headline-frame` in the first animation frame
 * whose reader holds the `<h1>` (a static page's declarative shadow root is looked in alike). */
function markHeadlineFrame() {
  const look = () => {
    if (document.querySelector("lede-reader")?.shadowRoot?.querySelector("article h1")) {
      performance.mark("bench:headline-frame");
    } else {
      requestAnimationFrame(look);
    }
  };
  requestAnimationFrame(look);
}

/**
 * Milliseconds from navigation start to the headline painted, on a fresh page.
 *
 * The same probe watches both pages, installed before either loads: an animation-frame callback
 * looks for the reader's `<h1>` each frame and marks the frame that first holds it; the time
 * reported is when that frame was painted, the first largest-contentful-paint entry at or after
 * the mark. (Element Timing would be the natural tool, but Chromium does not report elements in
 * shadow trees.) An in-page "after the paint" mark would also count whatever work happens to be
 * queued behind the paint (Yew runs effects after yielding to the browser, and lede defers work
 * until after the first paint on purpose), which the static page does not have; lede's own
 * `lede:headline` mark, set that way, is recorded alongside as `mark`.
 */
export async function timeToHeadline(browser, url, { throttle = 1, lede = true } = {}) {
  const context = await browser.newContext();
  // The page tells the bench when the headline is painted and when the widget is ready, through
  // a binding: polling from here (Playwright's waitForFunction) would set up Playwright's own
  // script in the page while it loads, tens of milliseconds of main-thread work no reader has.
  const signals = { headline: waitable(), ready: waitable() };
  await context.exposeBinding("__benchSignal", (_source, what) => signals[what]?.resolve());
  await context.addInitScript((lede) => {
    const tell = (what) => window.__benchSignal(what);
    const paints = (window.__benchPaints = []);
    let headlineTold = false;
    const checkHeadline = () => {
      const frame = performance.getEntriesByName("bench:headline-frame")[0];
      const painted = frame && paints.some((time) => time >= frame.startTime);
      if (!headlineTold && painted && (!lede || performance.getEntriesByName("lede:headline").length > 0)) {
        headlineTold = true;
        tell("headline");
      }
    };
    new PerformanceObserver(checkHeadline).observe({ type: "mark" });
    new PerformanceObserver((list) => {
      paints.push(...list.getEntries().map((entry) => entry.startTime));
      checkHeadline();
    }).observe({ type: "largest-contentful-paint", buffered: true });
    // What the reader can feel while the program takes over: layout shifts, and tasks that hold
    // the main thread (more than 50 ms is a long task); and when the widget is ready.
    const shifts = (window.__benchShifts = []);
    new PerformanceObserver((list) => shifts.push(...list.getEntries().filter((e) => !e.hadRecentInput).map((e) => e.value)))
      .observe({ type: "layout-shift", buffered: true });
    const tasks = (window.__benchTasks = []);
    new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration }))))
      .observe({ type: "longtask", buffered: true });
    document.addEventListener("lede:ready", () => {
      window.__benchReady ??= performance.now();
      tell("ready");
    });
  }, lede);
  await context.addInitScript(markHeadlineFrame);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.goto(url, { waitUntil: "commit" });
  await within(signals.headline.promise, 60_000, `the headline of ${url}`);
  if (lede) {
    await within(signals.ready.promise, 60_000, `lede:ready on ${url}`);
    // Shifts caused by what came with the program are seen within a frame or two of it.
    await page.waitForTimeout(500);
  }
  const timing = await page.evaluate(() => {
    const frame = performance.getEntriesByName("bench:headline-frame")[0].startTime;
    const ready = window.__benchReady ?? null;
    // The tasks after the headline is painted and before the widget is ready: for a server's page,
    // the program starting and taking over the page (the page's own parsing comes before).
    const upToReady = window.__benchTasks.filter((task) => task.start >= frame && (ready === null || task.start < ready));
    return {
      headline: window.__benchPaints.find((time) => time >= frame),
      frame,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
      mark: performance.getEntriesByName("lede:headline")[0]?.startTime ?? null,
      ready,
      cls: window.__benchShifts.reduce((sum, value) => sum + value, 0),
      longestTask: Math.max(0, ...upToReady.map((task) => task.duration)),
      blocking: upToReady.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    };
  });
  await context.close();
  return timing;
}

/** A promise and the function that resolves it. */
function waitable() {
  let resolve;
  const promise = new Promise((done) => (resolve = done));
  return { promise, resolve };
}

/** `promise`, or an error naming `what` after `ms` milliseconds. */
function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`bench: no ${what} within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Milliseconds from a click on `selector` (inside the reader) to the frame after it. */
async function clickToFrame(page, selector) {
  return page.evaluate(async (selector) => {
    const element = document.querySelector("lede-reader").shadowRoot.querySelector(selector);
    const start = performance.now();
    element.click();
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    return performance.now() - start;
  }, selector);
}

/** Each interaction this many times a page load: one click is a single sample of a few
 * milliseconds, which a timer or a garbage collection on the machine can double. */
export const CYCLES = 5;

/**
 * Opening and closing the menu and the sign-up dialog, on an article at `url`: for each, the
 * first time on the page (which includes the browser compiling that code of the wasm on first
 * use) and the median of `CYCLES` times.
 */
export async function interactionLatency(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector("lede-reader[data-state=ready]");
  await page.waitForTimeout(300);
  const steps = { menuOpen: ".menu-button", menuClose: ".menu-close", modalOpen: ".subscribe-button", modalClose: ".dialog-close" };
  const samples = Object.fromEntries(Object.keys(steps).map((key) => [key, []]));
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    for (const [key, selector] of Object.entries(steps)) {
      samples[key].push(await clickToFrame(page, selector));
      // Whatever the step left for later (focus moves, deferred effects) is not the next step's.
      await page.waitForTimeout(50);
    }
  }
  await context.close();
  const result = {};
  for (const [key, times] of Object.entries(samples)) {
    result[key] = stats(times).median;
    result[`${key}First`] = times[0];
  }
  return result;
}

/** JS heap in use and the size of the widget's wasm memory, after load and a pause. */
export async function memoryAfterLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForSelector("lede-reader[data-state=ready]");
  await page.waitForTimeout(1000);
  const memory = await memoryInUse(cdp);
  await context.close();
  return memory;
}

/**
 * How many wasm functions the browser compiles before the frame that first holds the headline,
 * on a fresh page. Chromium compiles each function on its first call, on the main thread: work
 * the static page does not have, and most of the program's own start-up time. Counted from a
 * trace, this figure hardly moves from run to run where times move by tens of milliseconds, so it
 * shows a change of a few functions (one more component on the first render) that the timings on
 * a noisy machine cannot.
 */
export async function functionsCompiledBeforeHeadline(browser, url) {
  const context = await browser.newContext();
  await context.addInitScript(markHeadlineFrame);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await browser.startTracing(page, { categories: ["v8.wasm", "blink.user_timing"] });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("bench:headline-frame").length);
  const { traceEvents } = JSON.parse(await browser.stopTracing());
  await context.close();
  const frame = traceEvents.find((event) => event.name === "bench:headline-frame");
  return traceEvents.filter((event) => event.name === "wasm.CompileLazy" && event.pid === frame.pid && event.ts < frame.ts).length;
}

/** For samples that are objects of figures, the stats of each figure: `{key: stats}`. */
export function statsByKey(samples) {
  return Object.fromEntries(Object.keys(samples[0]).map((key) => [key, stats(samples.map((sample) => sample[key]))]));
}

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
  return { median: at(0.5), p25: at(0.25), p75: at(0.75), min: sorted[0], max: sorted.at(-1), runs: values.length };
}

/**
 * How far the ratio of two medians can be trusted: a percentile-bootstrap interval (each run
 * list resampled with replacement, `resamples` times) at `level`. A ratio whose interval holds
 * the budget is not told apart from it by this many runs on this machine. Seeded, so the same
 * runs give the same interval.
 */
export function ratioInterval(numerators, denominators, { level = 0.9, resamples = 2000, seed = 1 } = {}) {
  let state = seed >>> 0;
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const resampledMedian = (values) => stats(values.map(() => values[Math.floor(random() * values.length)])).median;
  const ratios = Array.from({ length: resamples }, () => resampledMedian(numerators) / resampledMedian(denominators)).sort((a, b) => a - b);
  const at = (q) => ratios[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))];
  return { level, low: at((1 - level) / 2), high: at((1 + level) / 2) };
}
