// Shared set-up for end-to-end tests: every page is watched for uncaught errors and CSP
// violations, and tests get helpers for accessibility checks and programmable server routes.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { mkdir } from "node:fs/promises";

export { expect };

/** The test server's origin, and the other origin's (see playwright.config.mjs). */
export const PORT = Number(process.env.LEDE_E2E_PORT ?? 4173);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const OTHER_ORIGIN = `http://127.0.0.1:${PORT + 1}`;

export const ARTIFACTS = "e2e/artifacts";

/** Sites whose newsletter tests other than its own keep closed, so it never covers what they test. */
const SITES = ["EconoTimes", "The Daily Example", "Live", "Test Site"];

export const test = base.extend({
  // Set to false by the newsletter's own tests.
  newsletterCapped: [true, { option: true }],
  page: async ({ page, newsletterCapped }, use) => {
    if (newsletterCapped) {
      await page.addInitScript((sites) => {
        // Init scripts run in every frame, also a sandboxed player's, which has no storage.
        try {
          for (const site of sites) localStorage.setItem(`lede:newsletter:${site}`, "subscribed");
        } catch {}
      }, SITES);
    }
    const problems = [];
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error" && /panicked|RuntimeError|unreachable/.test(message.text())) {
        problems.push(`console: ${message.text()}`);
      }
    });
    await page.addInitScript(() => {
      window.__ledeEvents = [];
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) =>
        window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}${event.sample ? ` “${event.sample}”` : ""}${event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : ""}`),
      );
      for (const name of ["lede:ready", "lede:error", "lede:subscribe"]) {
        document.addEventListener(name, (event) =>
          window.__ledeEvents.push({ type: event.type, detail: event.detail }),
        );
      }
    });
    await use(page);
    const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    expect(violations, "Content-Security-Policy violations").toEqual([]);
    expect(problems, "uncaught errors or panics").toEqual([]);
  },
});

/** The reader element of the page (the standalone page has exactly one). */
export function reader(page) {
  return page.locator("lede-reader");
}

/** Fails the test with axe-core's findings when the page has any accessibility violation. */
export async function expectAccessible(page, state) {
  // axe-core reads the stylesheets a server-rendered shadow root links by putting their text in
  // a <style> element of its own (its CSSOM preload), which the strict CSP reports: that report
  // is the tool's, not the page's, and is set aside.
  const reported = await page.evaluate(() => window.__cspViolations?.length ?? 0);
  const results = await new AxeBuilder({ page }).analyze();
  await page.evaluate((count) => {
    if (window.__cspViolations) window.__cspViolations.length = count;
  }, reported);
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`,
  );
  expect(found, `axe-core violations in the ${state} state`).toEqual([]);
}

export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
}

/**
 * A stand-in for the platform's voices, which headless Chromium does not have: one English
 * voice; each utterance is recorded in `window.__spoken` as `{ text, lang, rate }` and ends after
 * `window.__speechMs` (30 ms unless the test sets it); pause, resume and cancel are recorded in
 * `window.__paused` and `window.__cancelled`.
 */
export async function fakeSpeech(page) {
  await page.addInitScript(() => {
    window.__spoken = [];
    class Utterance extends EventTarget {
      constructor(text) { super(); this.text = text; }
    }
    const synth = new EventTarget();
    Object.assign(synth, {
      paused: false,
      getVoices: () => [{ name: "Test English", lang: "en-GB", voiceURI: "test", default: true, localService: true }],
      speak(utterance) {
        window.__spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate });
        setTimeout(() => utterance.dispatchEvent(new Event("end")), window.__speechMs ?? 30);
      },
      pause() { window.__paused = true; },
      resume() { window.__paused = false; },
      cancel() { window.__cancelled = (window.__cancelled ?? 0) + 1; },
    });
    Object.defineProperty(window, "speechSynthesis", { value: synth });
    window.SpeechSynthesisUtterance = Utterance;
  });
}

/** Holds the program back until the test calls what this returns, as a slow network would. */
export async function holdProgram(page) {
  let release;
  const released = new Promise((done) => (release = done));
  await page.route("**/lede_bg.wasm", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Programs what the test server answers at `path` (see tools/server/scenarios.mjs). */
export async function serve(request, path, response) {
  const answer = await request.put(`/__scenarios${path}`, { data: response });
  expect(answer.ok()).toBeTruthy();
}

export async function resetScenarios(request) {
  await request.delete("/__scenarios");
}
