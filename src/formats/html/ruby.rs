//! `<ruby>`: text with its reading above it, as Japanese and Chinese write pronunciations
//! (furigana, pinyin). Each base and its reading is a run of its own.

use super::flow::Flow;
use super::text::collapse_whitespace;
use super::tree::{Element, Node};
use crate::model::Inline;

/// The runs of a `<ruby>`: a ruby run for each base with a reading (`<rt>`), the parentheses
/// for browsers without ruby (`<rp>`) left for the renderer to write again, and a base without
/// a reading as plain runs.
pub fn runs(flow: &Flow<'_>, e: &Element, depth: usize) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut base: Vec<Node> = Vec::new();
    for node in &e.children {
        match node {
            Node::Element(child) if !child.foreign && child.name == "rp" => {}
            Node::Element(child)
                if !child.foreign && matches!(child.name.as_str(), "rt" | "rtc") =>
            {
                let reading = Inline::plain_text(&flow.inline_runs(&child.children, depth));
                let runs = flow.inline_runs(&base, depth);
                base.clear();
                out.extend(Inline::ruby(runs, &collapse_whitespace(&reading)));
            }
            other => base.push(other.clone()),
        }
    }
    out.extend(flow.inline_runs(&base, depth));
    out
}
