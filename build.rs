//! Minifies the widget's stylesheet for embedding in the wasm: comments and needless whitespace
//! cost bytes on every page that loads lede, and say nothing to the browser.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=styles/lede.css");
    let css = fs::read_to_string("styles/lede.css").expect("styles/lede.css is readable");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lede.min.css");
    fs::write(out, minify(&css)).expect("OUT_DIR is writable");
}

/// Drops comments, collapses whitespace, and removes it where CSS never needs it: around `{`,
/// `}`, `;`, `,` and `>`, and after `:`. Spaces elsewhere (descendant combinators, values) stay
/// single spaces; a space before `:` stays too (`.a :is(b)` is not `.a:is(b)`).
fn minify(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    without_comments.push_str(rest);
    let mut out = String::with_capacity(without_comments.len());
    let mut pending_space = false;
    for c in without_comments.chars() {
        if c.is_ascii_whitespace() {
            pending_space = true;
            continue;
        }
        let tight_before = |c: char| matches!(c, '{' | '}' | ';' | ',' | '>');
        let tight_after = |c: char| matches!(c, '{' | '}' | ';' | ',' | '>' | ':');
        if pending_space && !out.is_empty() && !tight_before(c) && !out.ends_with(tight_after) {
            out.push(' ');
        }
        pending_space = false;
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        out.push(c);
    }
    out
}
