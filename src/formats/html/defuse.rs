//! Quiets the page's Content-Security-Policy while the browser parses content.
//!
//! `DOMParser` runs nothing, but a strict CSP still reports every inline event handler, style
//! attribute and `<style>` element the parser meets, and a publisher's report endpoint should
//! not fill up with their own content. So before parsing, `on…` and `style` attributes become
//! `data-lede-…` and `<style>` becomes `<template>` (dropped like it). This is not a safety
//! measure: the allow-list has no place for handlers or styles whatever the parser sees.
//!
//! The scan follows the HTML tokenizer's attribute states. Where the tokenizer's view depends on
//! the tree (CDATA and `<title>` mean different things inside SVG), the scan reads the markup
//! both ways and defuses what either reading finds; what it still misses costs a report, no more.

use std::borrow::Cow;

/// How the scan reads the constructs whose meaning depends on where they stand.
#[derive(Clone, Copy)]
enum Reading {
    /// As in HTML: `<![CDATA[` is a bogus comment to `>`, `<title>` and `<textarea>` hold text.
    Html,
    /// As in SVG and MathML: CDATA runs to `]]>`, and `<title>` holds markup.
    Foreign,
}

/// Tags whose content the HTML tokenizer reads as text, up to their end tag.
const TEXT_ELEMENTS: [&str; 7] = [
    "title", "textarea", "script", "xmp", "iframe", "noembed", "noframes",
];

pub fn defuse_inline_code(html: &str) -> Cow<'_, str> {
    let lower = html.to_ascii_lowercase();
    if !lower.contains("style") && !lower.contains("on") {
        return Cow::Borrowed(html);
    }
    // Each reading finds its edits in order: byte offsets where "data-lede-" goes before an
    // attribute (false), or where a "style" tag name becomes "template" (true).
    let mut html_reading = Vec::new();
    let mut foreign_reading = Vec::new();
    scan(lower.as_bytes(), Reading::Html, &mut html_reading);
    scan(lower.as_bytes(), Reading::Foreign, &mut foreign_reading);
    let edits = merge(html_reading, foreign_reading);
    if edits.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len() + 10 * edits.len());
    let mut copied = 0;
    // Every offset is at an ASCII byte (see `scan`), so each piece is whole characters.
    for (at, is_tag) in edits {
        out.push_str(html.get(copied..at).unwrap_or_default());
        if is_tag {
            out.push_str("template");
            copied = at + "style".len();
        } else {
            out.push_str("data-lede-");
            copied = at;
        }
    }
    out.push_str(html.get(copied..).unwrap_or_default());
    Cow::Owned(out)
}

/// The edits of both readings, in order, each once.
fn merge(a: Vec<(usize, bool)>, b: Vec<(usize, bool)>) -> Vec<(usize, bool)> {
    let mut merged = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if x <= y => a.next(),
            (Some(_), Some(_)) | (None, Some(_)) => b.next(),
            (Some(_), None) => a.next(),
            (None, None) => return merged,
        };
        if let Some(edit) = next {
            if merged.last() != Some(&edit) {
                merged.push(edit);
            }
        }
    }
}

fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Walks `lower` (the markup in ASCII lower case) and records what to defuse. Every offset it
/// records is at an ASCII byte, so edits never split a character.
fn scan(lower: &[u8], reading: Reading, edits: &mut Vec<(usize, bool)>) {
    let find = |from: usize, needle: &[u8]| {
        lower
            .get(from..)
            .unwrap_or_default()
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|i| from + i)
    };
    let mut at = 0;
    while let Some(rest) = lower.get(at..).filter(|rest| !rest.is_empty()) {
        if !rest.starts_with(b"<") {
            at += 1;
            continue;
        }
        if rest.starts_with(b"<!--") {
            at = find(at + 4, b"-->").map_or(lower.len(), |end| end + 3);
            continue;
        }
        if rest.starts_with(b"<![cdata[") {
            if let Reading::Foreign = reading {
                at = find(at + 9, b"]]>").map_or(lower.len(), |end| end + 3);
                continue;
            }
        }
        let closing = rest.starts_with(b"</");
        let name_at = at + if closing { 2 } else { 1 };
        if rest.starts_with(b"<!")
            || rest.starts_with(b"<?")
            || (closing && !lower.get(name_at).is_some_and(u8::is_ascii_alphabetic))
        {
            // A bogus comment, to the next `>`.
            at = find(at + 1, b">").map_or(lower.len(), |end| end + 1);
            continue;
        }
        if !lower.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
            at += 1;
            continue;
        }
        let name_end = lower
            .get(name_at..)
            .and_then(|tail| {
                tail.iter()
                    .position(|&byte| is_space(byte) || matches!(byte, b'/' | b'>'))
            })
            .map_or(lower.len(), |length| name_at + length);
        let name = lower.get(name_at..name_end).unwrap_or_default();
        if name == b"style" {
            edits.push((name_at, true));
        }
        at = attributes_of_tag(lower, name_end, edits);
        let is_text_element = TEXT_ELEMENTS.iter().any(|t| t.as_bytes() == name)
            && !(name == b"title" && matches!(reading, Reading::Foreign));
        if !closing && is_text_element {
            let mut end_tag = b"</".to_vec();
            end_tag.extend_from_slice(name);
            at = find(at, &end_tag).unwrap_or(lower.len());
        }
    }
}

/// Follows the tokenizer through a tag's attributes from `at`; returns the offset after `>`.
fn attributes_of_tag(lower: &[u8], mut at: usize, edits: &mut Vec<(usize, bool)>) -> usize {
    enum State {
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        Quoted(u8),
        AfterQuoted,
        Unquoted,
    }
    let mut state = State::BeforeName;
    while let Some(&byte) = lower.get(at) {
        state = match state {
            State::BeforeName | State::AfterName if is_space(byte) || byte == b'/' => {
                State::BeforeName
            }
            State::AfterName if byte == b'=' => State::BeforeValue,
            State::BeforeName | State::AfterName | State::Name | State::Unquoted
                if byte == b'>' =>
            {
                return at + 1
            }
            State::BeforeName | State::AfterName => {
                let name = lower.get(at..).unwrap_or_default();
                let is_handler = name.starts_with(b"on");
                let is_style = name.starts_with(b"style")
                    && name
                        .get(5)
                        .is_none_or(|&b| is_space(b) || matches!(b, b'=' | b'/' | b'>'));
                if is_handler || is_style {
                    edits.push((at, false));
                }
                State::Name
            }
            State::Name if is_space(byte) => State::AfterName,
            State::Name if byte == b'/' => State::BeforeName,
            State::Name if byte == b'=' => State::BeforeValue,
            State::Name => State::Name,
            State::BeforeValue if is_space(byte) => State::BeforeValue,
            State::BeforeValue if byte == b'"' || byte == b'\'' => State::Quoted(byte),
            State::BeforeValue if byte == b'>' => return at + 1,
            State::BeforeValue => State::Unquoted,
            State::Quoted(quote) if byte == quote => State::AfterQuoted,
            State::Quoted(quote) => State::Quoted(quote),
            State::AfterQuoted if is_space(byte) || byte == b'/' => State::BeforeName,
            State::AfterQuoted if byte == b'>' => return at + 1,
            State::AfterQuoted => {
                // Anything else right after a quoted value starts the next name: read it again.
                state = State::BeforeName;
                continue;
            }
            State::Unquoted if is_space(byte) => State::BeforeName,
            State::Unquoted => State::Unquoted,
        };
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defuse(html: &str) -> String {
        defuse_inline_code(html).into_owned()
    }

    #[test]
    fn handlers_and_styles_inside_tags_are_renamed() {
        assert_eq!(
            defuse(
                r#"<p style="color:red" data-x='style=1' onclick="x()">style="kept" onclick in text</p><img/STYLE=x ONERROR=y>"#
            ),
            r#"<p data-lede-style="color:red" data-x='style=1' data-lede-onclick="x()">style="kept" onclick in text</p><img/data-lede-STYLE=x data-lede-ONERROR=y>"#
        );
        assert_eq!(
            defuse("<p stylex=1 data-style=2 data-on=3>"),
            "<p stylex=1 data-style=2 data-on=3>"
        );
        assert_eq!(
            defuse(r#"<a href="x"onclick=y>"#),
            r#"<a href="x"data-lede-onclick=y>"#
        );
    }

    #[test]
    fn style_elements_become_templates() {
        assert_eq!(
            defuse("<style>p{}</style><STYLE media=x>q{}</STYLE >"),
            "<template>p{}</template><template media=x>q{}</template >"
        );
        assert_eq!(defuse("<styles>"), "<styles>");
    }

    #[test]
    fn comments_text_and_characters_are_left_alone() {
        assert_eq!(defuse("<!-- <p style=1> -->"), "<!-- <p style=1> -->");
        assert_eq!(defuse("é<p style=1>ü"), "é<p data-lede-style=1>ü");
        assert_eq!(
            defuse("日本<b onmouseover='x'>語</b>"),
            "日本<b data-lede-onmouseover='x'>語</b>"
        );
        assert_eq!(defuse("unclosed <p style"), "unclosed <p data-lede-style");
        assert!(matches!(
            defuse_inline_code("plain <b>bold</b> on top"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn quotes_open_values_only_after_an_equals_sign() {
        // The tokenizer reads `' onerror=…'` here as attributes, not as a quoted value.
        assert_eq!(
            defuse("<img src=x id/=' onerror=alert(1)//'>"),
            "<img src=x id/=' data-lede-onerror=alert(1)//'>"
        );
    }

    #[test]
    fn markup_is_read_both_the_html_and_the_svg_way() {
        // In SVG, CDATA hides the `"` and the <img> is real; in HTML, <title> hides the `"`.
        let cdata = r#"<svg><![CDATA[><image xlink:href="]]><img src=x onerror=alert(2)//"></svg>"#;
        assert!(defuse(cdata).contains("data-lede-onerror"));
        let title =
            r#"<svg></p><title><a id="</title><img src=x onerror=alert()>"></textarea></svg>"#;
        assert!(defuse(title).contains("data-lede-onerror"));
    }
}
