//! Server HTML hydrates only if the parser builds back the tree that was rendered: no block
//! inside a paragraph, a `<tbody>` in every table, no link inside a link, list items only in
//! lists, MathML only under `<math>`. A body of every block and inline kind, rendered by Yew's
//! server renderer, parsed again by html5ever (as the browser parses it), gives the same
//! elements in the same places.

use yew::prelude::*;

use crate::formats::html::Node;
use crate::formats::testing::TestEnv;
use crate::formats::{parse_body, read};
use crate::model::{Article, Content};

use super::body::blocks;
use super::Shared;

#[derive(Properties, PartialEq)]
struct BodyProps {
    article: Shared<Article>,
}

#[component]
fn Body(props: &BodyProps) -> Html {
    html! { <div class="article-body">{ blocks(&props.article.body, &super::words::Words::english()) }</div> }
}

fn every_block() -> Article {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/lede/every-block.json"
    ))
    .unwrap();
    match read(&text, &TestEnv) {
        Ok(Content::Article(article)) => article,
        other => panic!("{other:?}"),
    }
}

fn render(article: Article) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let renderer = yew::LocalServerRenderer::<Body>::with_props(BodyProps {
        article: article.into(),
    })
    .hydratable(false);
    runtime.block_on(renderer.render())
}

const VOID: [&str; 13] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// The elements as written: each start tag's name and how deep it is nested, in order.
fn written(html: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let closing = rest.starts_with('/');
        let name_start = usize::from(closing);
        let name_end = rest[name_start..]
            .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
            .map_or(rest.len(), |end| end + name_start);
        let name = rest[name_start..name_end].to_ascii_lowercase();
        // To the end of the tag, past quoted attribute values (which may hold `>`).
        let mut quote = None;
        let end = rest
            .char_indices()
            .find(|&(_, c)| match quote {
                Some(q) if c == q => {
                    quote = None;
                    false
                }
                Some(_) => false,
                None if c == '"' || c == '\'' => {
                    quote = Some(c);
                    false
                }
                None => c == '>',
            })
            .unwrap()
            .0;
        let self_closing = rest[..end].ends_with('/');
        rest = &rest[end + 1..];
        if closing {
            assert_eq!(open.pop().as_deref(), Some(name.as_str()), "{html}");
            continue;
        }
        out.push((open.len(), name.clone()));
        if !VOID.contains(&name.as_str()) && !self_closing {
            open.push(name);
        }
    }
    assert!(open.is_empty(), "unclosed {open:?}");
    out
}

/// The elements the parser built, in the same terms.
fn parsed(nodes: &[Node], depth: usize, out: &mut Vec<(usize, String)>) {
    for node in nodes {
        if let Node::Element(element) = node {
            out.push((depth, element.name.clone()));
            parsed(&element.children, depth + 1, out);
        }
    }
}

#[test]
fn every_block_renders_as_the_parser_builds_it_back() {
    let html = render(every_block());
    let mut built = Vec::new();
    parsed(&parse_body(&html), 0, &mut built);
    let written = written(&html);
    let names: Vec<&str> = written.iter().map(|(_, name)| name.as_str()).collect();
    for expected in [
        "table",
        "tbody",
        "thead",
        "caption",
        "dl",
        "dt",
        "dd",
        "math",
        "msup",
        "mi",
        "pre",
        "a",
        "figure",
        "img",
        "picture",
        "source",
        "ol",
        "ul",
        "li",
        "blockquote",
        "abbr",
        "time",
        "q",
        "cite",
        "kbd",
        "var",
        "samp",
        "del",
        "ins",
        "sup",
        "sub",
        "mark",
        "bdi",
        "ruby",
        "rt",
        "rp",
        "hr",
        "h2",
    ] {
        assert!(
            names.contains(&expected),
            "the body renders no <{expected}>"
        );
    }
    assert_eq!(built, written, "{html}");
    // A countdown keeps its numbers.
    assert!(html.contains("<ol start=\"3\" reversed"), "{html}");
}

#[test]
fn a_reshaped_tree_would_be_noticed() {
    // The check itself: markup the parser reshapes (a table without its tbody, a list
    // inside a paragraph) does not pass it.
    for reshaped in [
        "<table><tr><td>x</td></tr></table>",
        "<p><ul><li>x</li></ul></p>",
    ] {
        let mut built = Vec::new();
        parsed(&parse_body(reshaped), 0, &mut built);
        assert_ne!(built, written(reshaped), "{reshaped}");
    }
}
