// What a reader gets of an article body, counted the same way in two trees: the HTML as the
// browser parses it (the reference: what Firefox Reader View shows) and lede's rendered body.
// `measurePage` runs inside the page (Playwright's `page.evaluate`), so it is self-contained.

/**
 * Counts `html` parsed by `DOMParser` and the body lede rendered in the page's reader.
 * `base` is the content's address, which relative links in both are resolved against.
 * Returns `{ reference, lede, exceptions }`: `exceptions` are what the reference holds and the
 * reader is not meant to show (named in the report), already left out of `reference`.
 */
export function measurePage({ html, base }) {
  const BLOCKS = new Set([
    "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "ul", "menu", "br", "img", "picture",
    // MathML's tokens are drawn each in its own box: `<mi>b</mi><mi>x</mi>` reads "b x".
    "math", "mtr", "mtd", "mi", "mn", "mo", "ms", "mtext", "mspace",
  ]);
  // Never seen as text: code, fallbacks of players, lede's own controls, MathML annotations
  // (a `semantics` element shows its first child only).
  const UNSEEN = new Set([
    "script", "style", "template", "noscript", "iframe", "video", "audio", "object", "embed",
    "canvas", "button", "annotation", "annotation-xml", "svg",
  ]);
  const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

  const unseen = (element) =>
    UNSEEN.has(element.localName) ||
    element.hasAttribute("hidden") ||
    (element.parentElement?.localName === "semantics" && element !== element.parentElement.firstElementChild);

  /** The text a reader sees: inline runs join, block boundaries separate. */
  const readerText = (root) => {
    const parts = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) parts.push(child.data);
        else if (child.nodeType === Node.ELEMENT_NODE && !unseen(child)) {
          const block = BLOCKS.has(child.localName);
          if (block) parts.push(" ");
          walk(child);
          if (block) parts.push(" ");
        }
      }
    };
    walk(root);
    return parts.join("");
  };

  const words = (root) => {
    const counts = Object.create(null);
    for (const { segment, isWordLike } of segmenter.segment(readerText(root))) {
      if (isWordLike) counts[segment] = (counts[segment] ?? 0) + 1;
    }
    return counts;
  };

  const resolved = (raw) => {
    try {
      return new URL(raw, base);
    } catch {
      return null;
    }
  };

  /** A link's identity: its address, or for an in-page link the element it goes to. */
  const linkKey = (a, root) => {
    const raw = a.getAttribute("href").trim();
    if (raw.startsWith("#")) {
      const target = decodeURIComponent(raw.slice(1));
      // lede namespaces content ids, so compare what they name.
      return `#${target.replace(/^content-/, "")}`;
    }
    return resolved(raw)?.href ?? raw;
  };

  const idsOf = (root) => new Set([...root.querySelectorAll("[id]")].map((e) => e.id.replace(/^content-/, "")));

  /** An `<img>` that stands for no picture a reader could see. */
  const placeholderKind = (img) => {
    const pixel = (name) => /^\s*[01](px)?\s*$/.test(img.getAttribute(name) ?? "");
    if (pixel("width") || pixel("height")) return "picture a pixel wide or high (a tracker or spacer)";
    const sources = ["src", "srcset", "data-src", "data-srcset", "data-lazy-src", "data-original"]
      .map((name) => img.getAttribute(name))
      .filter((value) => value && value.trim());
    if (sources.length === 0) return "picture without an address";
    if (sources.every((value) => value.trim().startsWith("data:"))) return "data: placeholder";
    if (img.classList.contains("emoji") || img.classList.contains("wp-smiley")) return "emoji shown as its character";
    return null;
  };

  const visibleText = (element) => readerText(element).trim().length > 0;

  /** Why a table is layout rather than a grid: one cell, or a column of one captioned picture. */
  const layoutKind = (table) => {
    // lede nests tables four deep; deeper ones are shown as their cells' content.
    let ancestors = 0;
    for (let up = table.parentElement?.closest("table"); up; up = up.parentElement?.closest("table")) ancestors++;
    if (ancestors >= 4) return "table nested more than four deep, shown as its cells' content";
    const own = (selector) => [...table.querySelectorAll(selector)].filter((e) => e.closest("table") === table);
    const cells = own("td, th");
    if (cells.length <= 1) return "one-cell layout table, shown as its content";
    const oneColumn = own("tr").every((tr) => [...tr.children].filter((c) => c.matches("td, th")).length <= 1);
    const plain = !table.querySelector("th, caption, ul, ol, dl, table, pre");
    const pictures = table.querySelectorAll("img").length;
    if (oneColumn && plain && pictures === 1 && readerText(table).replace(/\s+/g, " ").trim().length <= 400) {
      return "layout table of a captioned picture, shown as a figure";
    }
    return null;
  };

  const count = (root, { isReference }) => {
    // What no reader sees: a fallback for readers without scripts, lede's own buttons.
    const all = (selector) => [...root.querySelectorAll(selector)].filter((e) => !e.closest("button, template, noscript"));
    const exceptions = {};
    const except = (kind) => (exceptions[kind] = (exceptions[kind] ?? 0) + 1);
    let pictures = 0;
    for (const img of all("img")) {
      const kind = isReference ? (img.closest("svg") ? "picture inside an SVG drawing" : placeholderKind(img)) : null;
      if (kind) except(kind);
      else pictures++;
    }
    const ids = idsOf(root);
    const links = Object.create(null);
    for (const a of all("a[href]")) {
      const raw = a.getAttribute("href").trim();
      if (isReference) {
        const url = resolved(raw);
        if (url && !["http:", "https:", "mailto:"].includes(url.protocol) && !raw.startsWith("#")) {
          except(`${url.protocol} link`);
          continue;
        }
        if (raw.startsWith("#") && !ids.has(decodeURIComponent(raw.slice(1)))) {
          except("in-page link to nothing in the article");
          continue;
        }
      }
      if (isReference && a.closest("svg")) {
        except("link inside an SVG drawing");
        continue;
      }
      if (isReference && !shows(a)) {
        // An icon link drawn in SVG (a heading's permalink), or around a tracker: SVG is not
        // shown, by design, nor are trackers and placeholders.
        except(a.querySelector("svg") ? "link showing only an SVG icon" : "link showing nothing (only a tracker or a placeholder)");
        continue;
      }
      const key = linkKey(a, root);
      links[key] = (links[key] ?? 0) + 1;
    }
    // A table that lays out one thing is shown as that thing (README, "Safe HTML"): a reader
    // sees its content, not a grid. Both trees are counted alike, so lede's own body, which
    // has no such table, is not penalised for it.
    const tables = all("table");
    const layout = tables.filter((t) => layoutKind(t) !== null);
    if (isReference) layout.forEach((t) => except(layoutKind(t)));
    const gridTables = tables.filter((t) => !layout.includes(t));
    const cells = gridTables.reduce(
      (sum, t) => sum + [...t.querySelectorAll("td, th")].filter((c) => c.closest("table") === t).length,
      0,
    );
    return {
      counts: {
        words: words(root),
        pictures,
        links,
        tables: gridTables.length,
        cells,
        items: all("li").filter(visibleTextOrPicture).length,
        headings: all("h1, h2, h3, h4, h5, h6").filter(visibleTextOrPicture).length,
        pre: all("pre").filter(visibleText).length,
        math: all("math").length,
      },
      exceptions,
    };
  };

  function visibleTextOrPicture(element) {
    return visibleText(element) || element.querySelector("img") !== null;
  }

  /** Whether a link shows anything: words, or a picture that is one. */
  function shows(element) {
    return visibleText(element) || [...element.querySelectorAll("img")].some((img) => placeholderKind(img) === null || placeholderKind(img).startsWith("emoji"));
  }

  const referenceRoot = new DOMParser().parseFromString(html, "text/html").body;
  const ledeRoot = document.querySelector("lede-reader").shadowRoot.querySelector(".article-body");
  const reference = count(referenceRoot, { isReference: true });
  const lede = count(ledeRoot, { isReference: false });
  return { reference: reference.counts, lede: lede.counts, exceptions: reference.exceptions };
}

/** The keys compared, in the report's order. */
export const KINDS = ["words", "pictures", "links", "tables", "cells", "items", "headings", "pre", "math"];

/**
 * How much of each kind reached the reader: `{ kind: { reference, kept } }`. Words and links
 * are matched one by one (a word or address kept is the same word or address in lede's body);
 * the others are counted (lede may show more, as a link card for a player, which is not
 * counted as keeping something else).
 */
export function compare({ reference, lede }) {
  const matched = (a, b) => {
    let total = 0;
    let kept = 0;
    for (const [key, n] of Object.entries(a)) {
      total += n;
      kept += Math.min(n, Object.hasOwn(b, key) ? b[key] : 0);
    }
    return { reference: total, kept };
  };
  const result = {};
  for (const kind of KINDS) {
    result[kind] =
      kind === "words" || kind === "links"
        ? matched(reference[kind], lede[kind])
        : { reference: reference[kind], kept: Math.min(reference[kind], lede[kind]) };
  }
  return result;
}
