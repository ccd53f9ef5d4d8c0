
// ---------------------------------------------------------------------------------------------
// lede: a reader's own Reading settings, applied to a server's rendering before it is painted.
// The build puts this file in `lede.js` (the element applies them when it is defined) and, with
// src/embed/lede-settings-head.js, as `lede-settings.js`: a small classic script the standalone
// page runs in its head, which applies them to each reader as the parser makes it.
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
// False when `element` has no rendered frame (yet).
function ledeApplySettings(element) {
  const frame = [...(element.shadowRoot?.children ?? [])]
    .find((child) => child.matches(".lede"))
    ?.querySelector(".frame");
  if (!frame) return false;
  const site = ledeAddress(element, "site") ?? "built-in";
  let stored = null;
  try {
    stored = localStorage.getItem(`lede:reading:${site}`);
  } catch {
    return true;
  }
  for (const pair of (stored ?? "").split(";")) {
    const [name, value] = pair.split("=");
    if (["size", "font", "theme", "width", "spacing"].includes(name) && /^-?[a-z0-9]{1,12}$/.test(value ?? "")) {
      frame.dataset[name] = value;
    }
  }
  return true;
}
