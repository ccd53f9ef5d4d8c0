
// ---------------------------------------------------------------------------------------------
// lede: a reader's own Reading settings, applied to a server's rendering before it is painted.
// The build puts this file in `lede.js` (the element applies them when it is defined) and, on
// its own, as `lede-settings.js`: the standalone page runs that right after its reader, as a
// small classic script, so the first frame has the settings without holding the paint for the
// whole of `lede.js` until the page is parsed.
// ---------------------------------------------------------------------------------------------

// The address `element` takes its `name` (`src`, `site`) from: on the standalone page, the
// page's own query first.
function ledeAddress(element, name) {
  const fromPage = element.hasAttribute("standalone") ? new URLSearchParams(location.search).get(name) : null;
  const address = fromPage?.trim() ? fromPage : element.getAttribute(name);
  return address?.trim() ? address : null;
}

// A server cannot know the reader's own settings (Reading settings, kept in this browser): they
// are applied to its rendering before it is painted (see above), so that the article does not
// show first in the wrong size or theme; the program finds them already there when it hydrates.
function ledeApplySettings(element) {
  const frame = [...(element.shadowRoot?.children ?? [])]
    .find((child) => child.matches(".lede"))
    ?.querySelector(".frame");
  if (!frame) return;
  const site = ledeAddress(element, "site") ?? "built-in";
  let stored = null;
  try {
    stored = localStorage.getItem(`lede:reading:${site}`);
  } catch {
    return;
  }
  for (const pair of (stored ?? "").split(";")) {
    const [name, value] = pair.split("=");
    if (["size", "font", "theme", "width", "spacing"].includes(name) && /^-?[a-z0-9]{1,12}$/.test(value ?? "")) {
      frame.dataset[name] = value;
    }
  }
}

