
// ---------------------------------------------------------------------------------------------
// lede: the <lede-reader> element. The build appends this file to the wasm-bindgen glue, so the
// one module `lede.js` both loads `lede_bg.wasm` (found next to itself, from any origin) and
// defines the element. It only forwards the element's lifecycle to Rust (`mount`, `Widget`).
// ---------------------------------------------------------------------------------------------

const ledeStarted = __wbg_init();

class LedeReader extends HTMLElement {
  static observedAttributes = ["src", "site", "theme", "newsletter"];

  #widget = null;

  async connectedCallback() {
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
