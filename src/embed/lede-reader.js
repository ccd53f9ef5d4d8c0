
// ---------------------------------------------------------------------------------------------
// lede: the <lede-reader> element. The build appends this file to the wasm-bindgen glue, so the
// one module `lede.js` both loads `lede_bg.wasm` (found next to itself, from any origin) and
// defines the element. It only forwards the element's lifecycle to Rust (`mount`, `Widget`).
// ---------------------------------------------------------------------------------------------

const ledeStarted = __wbg_init();

// Content requests started while the program compiles, by address: Rust takes them
// (`ledeTakePrefetch`, imported by src/web/fetch.rs) instead of asking again. Once the
// program is running there is nothing to gain, and Rust asks for itself.
const ledePrefetches = new Map();
const LEDE_ACCEPT = "application/json, application/feed+json, application/ld+json;q=0.9, */*;q=0.1";
let ledeRunning = false;
ledeStarted.then(() => { ledeRunning = true; }, () => {});

function ledePrefetch(element) {
  if (ledeRunning) return;
  const fromPage = element.hasAttribute("standalone") ? new URLSearchParams(location.search).get("src") : null;
  const src = fromPage || element.getAttribute("src");
  if (!src || !src.trim()) return;
  let url;
  try {
    url = new URL(src.trim(), document.baseURI);
  } catch {
    return;
  }
  if ((url.protocol === "http:" || url.protocol === "https:") && !ledePrefetches.has(url.href)) {
    const controller = new AbortController();
    const response = fetch(url.href, { headers: { Accept: LEDE_ACCEPT }, cache: "no-cache", signal: controller.signal });
    response.catch(() => {});
    ledePrefetches.set(url.href, { response, controller });
  }
}

// Hands the request for `url` over to the reader that asks first; cancelling `signal` (the
// reader is removed or shows something else) cancels the request, as for its own.
function ledeTakePrefetch(url, signal) {
  const prefetch = ledePrefetches.get(url);
  if (!prefetch) return undefined;
  ledePrefetches.delete(url);
  if (signal?.aborted) prefetch.controller.abort();
  signal?.addEventListener("abort", () => prefetch.controller.abort(), { once: true });
  return prefetch.response;
}

class LedeReader extends HTMLElement {
  static observedAttributes = ["src", "site", "theme", "newsletter"];

  #widget = null;

  async connectedCallback() {
    if (!this.#widget) ledePrefetch(this);
    try {
      await ledeStarted;
    } catch (error) {
      this.#failToStart(error);
      return;
    }
    // The element may have been removed, or mounted, while the module was loading.
    if (this.isConnected && !this.#widget) {
      this.#widget = mount(this, import.meta.url);
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
    const paragraph = document.createElement("p");
    paragraph.setAttribute("role", "alert");
    paragraph.textContent = message;
    shadow.replaceChildren(paragraph);
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
