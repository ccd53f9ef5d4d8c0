// End-to-end tests: Debian's Chromium against the release build, served by tools/server.
import { defineConfig } from "@playwright/test";

// LEDE_E2E_PORT: another port (and the one after it), when another checkout's tests hold 4173
// on the same machine. Only the cross-origin embedding test needs 4173, which its example page
// names.
const PORT = Number(process.env.LEDE_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
    trace: "retain-on-failure",
  },
  webServer: [
    {
      // --csp: every test runs under the strict Content-Security-Policy the README promises.
      command: `node tools/server/main.mjs --port ${PORT} --csp --test-control --signups test-results/signups.jsonl`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      // Another origin, for pages that embed lede from the first one.
      command: `node tools/server/main.mjs --port ${PORT + 1} --signups test-results/signups-other.jsonl`,
      url: `http://127.0.0.1:${PORT + 1}/`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
  ],
});
