
// ---------------------------------------------------------------------------------------------
// lede: the <lede-reader> element. The build appends this file to the wasm-bindgen glue, so the
// one module `lede.js` both loads `lede_bg.wasm` (found next to itself, from any origin) and
// defines the element. It only forwards the element's lifecycle to Rust (`mount`, `Widget`).
// ---------------------------------------------------------------------------------------------

const ledeStarted = __wbg_init();

// The widget's stylesheet, lede.css beside this file, as one constructed sheet that the shadow
// roots the program renders adopt; asked for once, while the program is still on its way, and
// only by a page with a reader that needs it (a server's rendering links it itself).
let ledeSheet;
function ledeStylesheet() {
  ledeSheet ??= fetch(new URL("lede.css", import.meta.url))
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`lede.css: ${response.status}`))))
    .then((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    })
    .catch((error) => {
      console.error("lede: the stylesheet could not be loaded:", error);
      return undefined;
    });
  return ledeSheet;
}

// Content requests started while the program compiles, by address: Rust takes them
// (`ledeTakePrefetch`, imported by src/web/fetch.rs) instead of asking again. Once the
// program is running there is nothing to gain, and Rust asks for itself. The body is read as it
// arrives: when it is all here by the time the reader starts (`ledeTakeArrived`), the reader
// shows the content in its very first render, with no placeholder frame before it.
const ledePrefetches = new Map();
const LEDE_ACCEPT = "application/json, application/feed+json, application/ld+json;q=0.9, */*;q=0.1";
let ledeRunning = false;
ledeStarted.then(() => { ledeRunning = true; }, () => {});

// What a server rendered into `element` (`./scripts/render`): its data block, which holds the
// content, so nothing is requested. Rendered for another address than the element now asks for
// (a static host serving the built-in article's page for any `?src=`), it is hidden at once
// rather than shown until the program replaces it.
function ledeServerRendered(element) {
  const children = [...(element.shadowRoot?.children ?? [])];
  const data = children.find((child) => child.matches("script.lede-data"));
  if (!data) return false;
  const renderedFor = (name) => data.getAttribute(`data-${name}`);
  if (ledeAddress(element, "src") !== renderedFor("src") || ledeAddress(element, "site") !== renderedFor("site")) {
    children.find((child) => child.matches(".lede"))?.setAttribute("hidden", "");
    return false;
  }
  return true;
}

// Starts the request for `element`'s content, once per address; gives the prefetch, if any.
function ledePrefetch(element) {
  if (ledeRunning) return undefined;
  const src = ledeAddress(element, "src");
  if (!src) return undefined;
  let url;
  try {
    url = new URL(src.trim(), document.baseURI);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (!ledePrefetches.has(url.href)) {
    const controller = new AbortController();
    const response = fetch(url.href, { headers: { Accept: LEDE_ACCEPT }, cache: "no-cache", signal: controller.signal });
    const prefetch = { response, controller, text: undefined };
    prefetch.body = response.then((answer) => (answer.ok ? answer.text() : null));
    prefetch.body.then((text) => { prefetch.text = text; }, () => {});
    ledePrefetches.set(url.href, prefetch);
  }
  return ledePrefetches.get(url.href);
}

// How long a reader whose content is on its way waits for it before it starts: the body has
// often arrived already and only waits to be read, and the reader that has it shows the article
// in its first render; without it, the reader first paints a placeholder, and its first render
// and that paint come before the article.
const LEDE_CONTENT_WAIT_MS = 100;

// The prefetched text for `url` if a successful answer has arrived whole, taking it; else
// nothing, and the request stays for `ledeTakePrefetch`.
function ledeTakeArrived(url) {
  const prefetch = ledePrefetches.get(url);
  if (typeof prefetch?.text !== "string") return undefined;
  ledePrefetches.delete(url);
  return prefetch.text;
}

// Hands the request for `url` over to the reader that asks first; cancelling `signal` (the
// reader is removed or shows something else) cancels the request, as for its own.
function ledeTakePrefetch(url, signal) {
  const prefetch = ledePrefetches.get(url);
  if (!prefetch) return undefined;
  ledePrefetches.delete(url);
  if (signal?.aborted) prefetch.controller.abort();
  signal?.addEventListener("abort", () => prefetch.controller.abort(), { once: true });
  return prefetch;
}

class LedeReader extends HTMLElement {
  static observedAttributes = ["src", "site", "theme", "newsletter"];

  #widget = null;

  async connectedCallback() {
    if (!this.#widget) ledeApplySettings(this);
    const rendered = ledeServerRendered(this);
    const prefetch = this.#widget || rendered ? undefined : ledePrefetch(this);
    const sheet = rendered ? undefined : ledeStylesheet();
    let stylesheet;
    try {
      await ledeStarted;
      stylesheet = await sheet;
      if (prefetch) {
        await Promise.race([prefetch.body.catch(() => {}), new Promise((done) => setTimeout(done, LEDE_CONTENT_WAIT_MS))]);
      }
    } catch (error) {
      this.#failToStart(error);
      return;
    }
    // The element may have been removed, or mounted, while the module was loading.
    if (this.isConnected && !this.#widget) {
      this.#widget = mount(this, import.meta.url, stylesheet);
    }
  }

  disconnectedCallback() {
    this.#widget?.free();
    this.#widget = null;
  }

  attributeChangedCallback(_name, oldValue, newValue) {
    if (oldValue !== newValue) {
      this.#widget?.attributeChanged();
    }
  }

  #failToStart(error) {
    const message = "The reader could not start: its program failed to load. Reload the page to try again.";
    console.error("lede:", error);
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    // A server's rendering still reads in full without the program (what needs it stays out of
    // sight): it is kept, and only the host is told.
    const rendered = [...shadow.children].some((child) => child.matches(".lede:not([hidden])"));
    if (!rendered) {
      const paragraph = document.createElement("p");
      paragraph.setAttribute("role", "alert");
      paragraph.textContent = message;
      shadow.replaceChildren(paragraph);
    }
    this.setAttribute("data-state", "error");
    this.dispatchEvent(new CustomEvent("lede:error", {
      bubbles: true,
      composed: true,
      detail: { kind: "startup", message },
    }));
  }
}

if (!customElements.get("lede-reader")) {
  customElements.define("lede-reader", LedeReader);
}

// The first use of localStorage in a page waits for the browser to load it (2–6 ms here), and the
// reader reads its reading settings before its first render: touched now, while the program is
// still on its way, that wait is not on the way to the headline.
try {
  void window.localStorage.length;
} catch {
  // Storage blocked: the reader does without it.
}
