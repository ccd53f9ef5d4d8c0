//! What the whole fragment tells each part of it: which ids in-page links go to, so that a
//! link to `#fn1` is kept exactly when the fragment holds `id="fn1"`, and each id is placed
//! once.

use std::cell::RefCell;
use std::collections::HashSet;

use super::tree::{Element, Node};
use crate::formats::Environment;
use crate::model::LinkTarget;

/// Ids longer than this are not kept (no real page needs them).
const MAX_ID: usize = 200;

pub struct Context<'e> {
    pub env: &'e dyn Environment,
    /// The ids that in-page links of the fragment name.
    linked: HashSet<String>,
    /// The ids that some element of the fragment carries, which links may go to.
    present: HashSet<String>,
    /// The ids already given to a target: the first element with an id is the one a link goes
    /// to, as in the browser.
    placed: RefCell<HashSet<String>>,
}

impl<'e> Context<'e> {
    pub fn new(nodes: &[Node], env: &'e dyn Environment) -> Self {
        let mut linked = HashSet::new();
        let mut present = HashSet::new();
        collect(nodes, &mut linked, &mut present, 0);
        Self {
            env,
            linked,
            present,
            placed: RefCell::default(),
        }
    }

    /// Where an `href` goes: an in-page link to an element of this fragment, or a web address
    /// the environment allows. A fragment is never resolved as an address, so `#…` can only
    /// ever name an id.
    pub fn link_target(&self, href: &str) -> Option<LinkTarget> {
        if !href.trim_start().starts_with('#') {
            return self.env.resolve_url(href).map(LinkTarget::Web);
        }
        // `#` alone, or an id the fragment does not hold: a link to nowhere, words only.
        fragment(href)
            .filter(|id| self.present.contains(id))
            .map(LinkTarget::InPage)
    }

    /// The id an in-page link goes to that `e` carries, the first time it is met.
    pub fn target_of(&self, e: &Element) -> Option<String> {
        let id = anchor_names(e).find(|id| self.linked.contains(*id))?;
        self.placed
            .borrow_mut()
            .insert(id.to_owned())
            .then(|| id.to_owned())
    }
}

/// The id that `href` names when it is an in-page link (`#fn1`, percent-decoded as the
/// browser decodes a fragment); `None` for any other address.
pub fn fragment(href: &str) -> Option<String> {
    let raw = href.trim().strip_prefix('#')?;
    let id = percent_decode(raw);
    (!id.is_empty() && id.len() <= MAX_ID && !id.chars().any(char::is_whitespace)).then_some(id)
}

/// An element's `id`, and for `<a>` its old-style `name`.
fn anchor_names(e: &Element) -> impl Iterator<Item = &str> {
    let name = (e.name == "a").then(|| e.attr("name")).flatten();
    e.attr("id").into_iter().chain(name).map(str::trim)
}

fn collect(
    nodes: &[Node],
    linked: &mut HashSet<String>,
    present: &mut HashSet<String>,
    depth: usize,
) {
    if depth > super::flow::MAX_DEPTH {
        return;
    }
    for node in nodes {
        let Node::Element(e) = node else { continue };
        if e.foreign {
            continue;
        }
        if e.name == "a" {
            if let Some(id) = e.attr("href").and_then(fragment) {
                linked.insert(id);
            }
        }
        present.extend(
            anchor_names(e)
                .filter(|id| !id.is_empty())
                .map(str::to_owned),
        );
        collect(&e.children, linked, present, depth + 1);
    }
}

/// `%XX` sequences decoded; a fragment that does not decode to UTF-8 is taken as written.
fn percent_decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let hex = bytes
            .get(at + 1..at + 3)
            .and_then(|pair| std::str::from_utf8(pair).ok())
            .and_then(|pair| u8::from_str_radix(pair, 16).ok());
        match (byte, hex) {
            (b'%', Some(decoded)) => {
                out.push(decoded);
                at += 3;
            }
            _ => {
                out.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| raw.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_name_ids_and_nothing_else() {
        assert_eq!(fragment("#fn1").as_deref(), Some("fn1"));
        assert_eq!(fragment(" #caf%C3%A9 ").as_deref(), Some("café"));
        assert_eq!(fragment("#100%").as_deref(), Some("100%"));
        for not_one in ["#", "fn1", "/page#fn1", "javascript:#x", "#a b", "# x"] {
            assert_eq!(fragment(not_one), None, "{not_one}");
        }
    }
}
