//! `<pre>`: text exactly as written, with the links, emphasis and in-page targets it holds
//! (a specification's cross-references, a listing's links to its definitions).

use super::flow::{inline_style, Flow, DROPPED, MAX_DEPTH};
use super::text::is_blank;
use super::tree::Element;
use super::tree::Node;
use crate::model::{Block, Inline, InlineStyle};

/// A preformatted block; `None` when it shows nothing.
pub fn preformatted(flow: &Flow<'_>, pre: &Element) -> Option<Block> {
    let mut runs = Vec::new();
    walk(flow, &pre.children, &mut runs, 0);
    // The parser already drops the newline just after `<pre>`; one more at the start and any
    // spacing at the end show nothing.
    if let Some(Inline::Text(first)) = runs.first_mut() {
        if let Some(rest) = first.strip_prefix('\n') {
            *first = rest.to_owned();
        }
    }
    trim_end(&mut runs);
    let shows = runs.iter().any(shows_text);
    shows.then_some(Block::Preformatted(runs))
}

fn walk(flow: &Flow<'_>, nodes: &[Node], out: &mut Vec<Inline>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    for node in nodes {
        match node {
            Node::Text(text) => Inline::push_joined(out, Inline::text(text.as_str())),
            Node::Element(e) if e.foreign || DROPPED.contains(&e.name.as_str()) => {}
            Node::Element(e) => {
                if let Some(id) = flow.cx.target_of(e) {
                    out.push(Inline::Target(id));
                }
                let mut inner = Vec::new();
                if e.name == "br" {
                    Inline::push_joined(out, Inline::text("\n"));
                    continue;
                }
                walk(flow, &e.children, &mut inner, depth + 1);
                let target = (e.name == "a")
                    .then(|| e.attr("href").and_then(|href| flow.cx.link_target(href)))
                    .flatten();
                // Code is what preformatted text already is.
                let style = inline_style(&e.name).filter(|style| {
                    !matches!(
                        style,
                        InlineStyle::Code | InlineStyle::Keyboard | InlineStyle::Sample
                    )
                });
                match (target, style) {
                    (Some(target), _) if inner.iter().any(shows_text) => out.push(Inline::Link {
                        target,
                        content: inner,
                    }),
                    (None, Some(style)) if inner.iter().any(shows_text) => {
                        out.push(Inline::Styled {
                            style,
                            content: inner,
                        })
                    }
                    _ => inner
                        .into_iter()
                        .for_each(|run| Inline::push_joined(out, run)),
                }
            }
        }
    }
}

fn shows_text(run: &Inline) -> bool {
    match run {
        Inline::Text(text) => !is_blank(text),
        other => other.content().iter().any(shows_text),
    }
}

fn trim_end(runs: &mut Vec<Inline>) {
    while let Some(Inline::Text(last)) = runs.last_mut() {
        let trimmed = last.trim_end().len();
        last.truncate(trimmed);
        if !last.is_empty() {
            return;
        }
        runs.pop();
    }
}
