
// ---------------------------------------------------------------------------------------------
// lede: the standalone page's head runs this (in `lede-settings.js`, after lede-settings.js)
// before any reader is parsed. It applies the reader's settings to each reader's frame in the
// parser task that makes the frame: a mutation observer's callback runs when that task ends, and
// a page is painted only between tasks, so the first frame has the settings and the paint waits
// for nothing. (Waiting instead for a script after the reader held the paint until the whole
// article was parsed: ×1.6 the static page's time to headline on 2,000 paragraphs.)
// ---------------------------------------------------------------------------------------------

(() => {
  const done = new WeakSet();
  // Records inside a shadow root reach only an observer of that root.
  const watched = new WeakSet();
  const observers = [];
  const look = () => {
    for (const element of document.querySelectorAll("lede-reader")) {
      if (done.has(element)) continue;
      if (ledeApplySettings(element)) {
        done.add(element);
      } else if (element.shadowRoot && !watched.has(element.shadowRoot)) {
        watched.add(element.shadowRoot);
        const inside = new MutationObserver(() => {
          if (ledeApplySettings(element)) {
            done.add(element);
            inside.disconnect();
          }
        });
        inside.observe(element.shadowRoot, { childList: true, subtree: true });
        observers.push(inside);
      }
    }
  };
  const page = new MutationObserver(look);
  page.observe(document, { childList: true, subtree: true });
  observers.push(page);
  // Once the page is parsed, no reader is still being made.
  document.addEventListener("DOMContentLoaded", () => {
    look();
    for (const observer of observers) observer.disconnect();
  }, { once: true });
})();
