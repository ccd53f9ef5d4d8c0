// Lighthouse 12.2.3 with Debian's Chromium: performance, accessibility, best practices.
import { execFile } from "node:child_process";
import { readFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function lighthouse(url) {
  const dir = await mkdtemp(`${tmpdir()}/lede-lighthouse-`);
  const output = `${dir}/report.json`;
  await run(
    "node_modules/.bin/lighthouse",
    [
      url,
      "--quiet",
      "--output=json",
      `--output-path=${output}`,
      "--only-categories=performance,accessibility,best-practices",
      `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run --user-data-dir=${dir}/profile`,
    ],
    { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
  );
  const report = JSON.parse(await readFile(output, "utf8"));
  const score = (id) => Math.round(report.categories[id].score * 100);
  const failed = Object.values(report.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
    .map((audit) => audit.id);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    lcpMs: Math.round(report.audits["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(report.audits["total-blocking-time"].numericValue),
    failedAudits: failed,
  };
}
