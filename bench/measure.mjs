// Timings in Chromium: time to the headline's first painted frame, interaction latency,
// and memory after load.
import { memoryInUse } from "../tools/memory.mjs";

/**
 * Milliseconds from navigation start to the first frame that shows the headline, on a fresh page.
 *
 * The same probe watches both pages: an animation-frame callback that looks for the reader's
 * `<h1>` each frame, so the time is when the frame holding the headline starts rendering. An
 * in-page "after the paint" mark would also count whatever work happens to be queued behind the
 * paint (Yew runs effects after yielding to the browser, and lede defers work until after the
 * first paint on purpose), which the static page does not have. lede's own `lede:headline` mark,
 * set after that paint, is recorded alongside as `mark`.
 */
export async function timeToHeadline(browser, url, { throttle = 1 } = {}) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const look = () => {
      if (document.querySelector("lede-reader")?.shadowRoot?.querySelector("article h1")) {
        performance.mark("bench:headline");
      } else {
        requestAnimationFrame(look);
      }
    };
    requestAnimationFrame(look);
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("bench:headline").length > 0, null, { timeout: 60_000 });
  const timing = await page.evaluate(() => ({
    headline: performance.getEntriesByName("bench:headline")[0].startTime,
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    mark: performance.getEntriesByName("lede:headline")[0]?.startTime ?? null,
  }));
  await context.close();
  return timing;
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

/** Opening and closing the menu and the sign-up dialog, on an article at `url`. */
export async function interactionLatency(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector("lede-reader[data-state=ready]");
  await page.waitForTimeout(300);
  const result = {
    menuOpen: await clickToFrame(page, ".menu-button"),
    menuClose: await clickToFrame(page, ".menu-close"),
    modalOpen: await clickToFrame(page, ".subscribe-button"),
    modalClose: await clickToFrame(page, ".dialog-close"),
  };
  await context.close();
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

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
  return { median: at(0.5), p25: at(0.25), p75: at(0.75), min: sorted[0], max: sorted.at(-1), runs: values.length };
}
