// Server rendering on request: the standalone page for `?src=` naming a file this server
// serves is rendered by lede's native renderer (target/render/lede-render, built by the Trunk
// hook), so the article is in the page's HTML. Other addresses (another origin, the test
// scenarios) get the page that renders in the browser (dist/shell.html), as does content the
// renderer refuses: the widget then shows the same error, with Retry.
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { join, normalize, resolve, sep } from "node:path";

const RENDER_TIMEOUT_MS = 20_000;

export class PageRenderer {
  /** `mounts` as for serveStatic; `origin` is this server's own (http://127.0.0.1:PORT). */
  constructor({ root, mounts, origin }) {
    this.bin = resolve(process.env.CARGO_TARGET_DIR ?? resolve(root, "target"), "render/lede-render");
    this.mounts = mounts;
    this.origin = origin;
  }

  /** The HTML of the standalone page at `url` (`?src=` and `?site=`), or null when it is not
   * this server's to render: its content is not one of this server's files. A site
   * configuration that is not is left for the reader to load, as without a server. */
  async page(url) {
    const src = url.searchParams.get("src");
    const content = src?.trim() ? await this.#local(src) : "--built-in";
    if (!content) return null;
    const args = ["--page", "--allow-private", "--bundle", "lede.js", "--page-query", url.search];
    const site = url.searchParams.get("site");
    const siteUrl = site?.trim() ? await this.#local(site) : null;
    if (siteUrl) args.push("--site", siteUrl);
    if (!(await stat(this.bin).catch(() => null))) return null;
    return run(this.bin, [...args, content]);
  }

  /** The address of `src` on this server, when it names one of the files it serves. */
  async #local(src) {
    let address;
    try {
      address = new URL(src, `${this.origin}/`);
    } catch {
      return null;
    }
    if (address.origin !== this.origin) return null;
    const path = decodeURIComponent(address.pathname);
    for (const { prefix, dir } of this.mounts) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (file !== dir && !file.startsWith(dir + sep)) return null;
      if ((await stat(file).catch(() => null))?.isFile()) return address.href;
    }
    return null;
  }
}

/** The renderer's output, or null when it refused the content (its message is logged). */
function run(bin, args) {
  return new Promise((done) => {
    const child = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    const timer = setTimeout(() => child.kill("SIGKILL"), RENDER_TIMEOUT_MS);
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", () => done(null));
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) return done(Buffer.concat(out));
      console.error(`lede: not rendered on the server: ${Buffer.concat(err).toString().trim()}`);
      done(null);
    });
  });
}
