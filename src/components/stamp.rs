//! The stamp a server puts on the HTML it renders, and the browser checks before it takes that
//! HTML over: which build of lede rendered it, what data it was rendered from, and the shape of
//! the nodes that hydration will walk. Yew panics on a node it does not expect, and a panic is
//! a dead widget, so HTML that a CDN, another lede or a host script has changed is rendered
//! afresh instead.

/// The build of lede: a hash of its sources and locked dependencies (see `build.rs`). A server
/// and a widget built from the same sources render the same components the same way.
pub const BUILD: &str = env!("LEDE_BUILD");

/// What a node is, as far as hydration is concerned.
pub enum NodeKind<'a> {
    Element(&'a str),
    Comment(&'a str),
    /// Text (hydration writes its value whatever it was, and creates or drops text nodes as
    /// it needs), or anything else.
    Other,
}

/// A node of a parsed or live tree, as the shape walks it.
pub trait ShapeNode: Sized {
    fn kind(&self) -> NodeKind<'_>;
    fn children(&self) -> Vec<Self>;
}

/// The shape of `nodes` and everything under them: element names and comments in order, the
/// markers hydration finds its way by. A raw node's content (the marks `<#>`, `</#>`), which
/// hydration takes over without looking at it, is left out.
pub fn shape<N: ShapeNode>(nodes: &[N]) -> String {
    let mut hash = Fnv::new();
    walk(nodes, &mut hash);
    hash.hex()
}

fn walk<N: ShapeNode>(nodes: &[N], hash: &mut Fnv) {
    let mut raw_depth = 0_usize;
    for node in nodes {
        match node.kind() {
            NodeKind::Comment(text) => {
                if text.starts_with("<#") {
                    raw_depth += 1;
                } else if text.starts_with("</#") {
                    raw_depth = raw_depth.saturating_sub(1);
                } else if raw_depth > 0 {
                    continue;
                }
                hash.write(b"!");
                hash.write(text.as_bytes());
                hash.write(b"\0");
            }
            _ if raw_depth > 0 => {}
            NodeKind::Element(name) => {
                hash.write(b"<");
                hash.write(name.to_ascii_lowercase().as_bytes());
                hash.write(b">");
                walk(&node.children(), hash);
                hash.write(b"</>");
            }
            NodeKind::Other => {}
        }
    }
}

/// A digest of `text`: for the data a server rendered from, which for a long article is most
/// of the page, so it is read eight bytes at a step (each step a bijection of the state, so a
/// change in any one word always changes the digest).
pub fn digest(text: &str) -> String {
    let mut hash = Fnv::new();
    let words = text.as_bytes().chunks_exact(8);
    let tail = words.remainder();
    for word in words {
        let word = u64::from_le_bytes(word.try_into().unwrap_or_default());
        hash.0 = (hash.0 ^ word)
            .wrapping_mul(0x0100_0000_01b3)
            .rotate_left(29);
    }
    hash.write(tail);
    hash.hex()
}

/// FNV-1a, 64 bits: tiny, the same on every platform, and enough to tell changed markup from
/// unchanged (nothing here defends against forgery: the page is the publisher's).
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// Sixteen hex digits (written by hand: `format!`'s hex costs the wasm more than this).
    fn hex(&self) -> String {
        (0..16)
            .rev()
            .filter_map(|digit| char::from_digit(((self.0 >> (digit * 4)) & 0xf) as u32, 16))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    enum Test {
        Element(&'static str, Vec<Test>),
        Comment(&'static str),
        Text,
    }

    impl ShapeNode for &Test {
        fn kind(&self) -> NodeKind<'_> {
            match self {
                Test::Element(name, _) => NodeKind::Element(name),
                Test::Comment(text) => NodeKind::Comment(text),
                Test::Text => NodeKind::Other,
            }
        }

        fn children(&self) -> Vec<Self> {
            match self {
                Test::Element(_, children) => children.iter().collect(),
                _ => Vec::new(),
            }
        }
    }

    fn shape_of(nodes: &[Test]) -> String {
        shape(&nodes.iter().collect::<Vec<_>>())
    }

    use Test::{Comment, Element, Text};

    #[test]
    fn text_does_not_count_but_elements_and_comments_do() {
        let base = shape_of(&[Comment("<[]>"), Element("p", vec![Text]), Comment("</[]>")]);
        assert_eq!(
            base,
            shape_of(&[
                Text,
                Comment("<[]>"),
                Element("P", vec![]),
                Text,
                Comment("</[]>")
            ])
        );
        assert_ne!(
            base,
            shape_of(&[Element("p", vec![Text])]),
            "comments stripped"
        );
        assert_ne!(
            base,
            shape_of(&[Comment("<[]>"), Element("div", vec![]), Comment("</[]>")])
        );
        assert_ne!(
            base,
            shape_of(&[
                Comment("<[]>"),
                Element("p", vec![Element("b", vec![])]),
                Comment("</[]>")
            ]),
            "an element added inside"
        );
    }

    #[test]
    fn a_raw_node_s_content_is_left_out() {
        let body = |inside| {
            shape_of(&[Element(
                "div",
                vec![Comment("<#>"), inside, Comment("</#>")],
            )])
        };
        assert_eq!(
            body(Element("p", vec![])),
            body(Element("table", vec![Comment("x")]))
        );
        assert_ne!(
            body(Element("p", vec![])),
            shape_of(&[Element("div", vec![Element("p", vec![])])]),
            "the raw markers themselves count"
        );
    }

    #[test]
    fn digests_tell_texts_apart() {
        assert_eq!(digest("{}"), digest("{}"));
        assert_ne!(digest("{\"a\":1}"), digest("{\"a\":2}"));
        assert_eq!(digest(""), "cbf29ce484222325");
        // Long texts: a change anywhere, in a whole word or in the tail, is told apart.
        let long = "Paragraph. ".repeat(1000);
        for at in [0, 7, 8, 5_000, long.len() - 1] {
            let mut changed = long.clone().into_bytes();
            changed[at] ^= 1;
            let changed = String::from_utf8(changed).unwrap();
            assert_ne!(digest(&long), digest(&changed), "{at}");
        }
    }
}
