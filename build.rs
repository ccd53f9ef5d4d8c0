//! Minifies the widget's stylesheet for embedding in the wasm (comments and needless whitespace
//! cost bytes on every page that loads lede, and say nothing to the browser), and names the
//! build: a server's HTML is taken over only by a widget built from the same sources.

use std::{
    env, fs,
    path::{Path, PathBuf},
};

fn main() {
    println!("cargo:rerun-if-changed=styles/lede.css");
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=Cargo.lock");
    let css = fs::read_to_string("styles/lede.css").expect("styles/lede.css is readable");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lede.min.css");
    fs::write(out, minify(&css)).expect("OUT_DIR is writable");
    println!("cargo:rustc-env=LEDE_BUILD={}", build_id());
}

/// A hash of every source file (path and content, in a fixed order) and of the lock file: the
/// same on every machine for the same sources, different when any of them changes.
fn build_id() -> String {
    let mut files = Vec::new();
    collect(Path::new("src"), &mut files);
    files.push(PathBuf::from("Cargo.lock"));
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in files {
        let path = file.to_string_lossy().replace('\\', "/");
        let content = fs::read(&file).unwrap_or_default();
        for byte in path.bytes().chain([0]).chain(content).chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!(
        "{}-{hash:016x}",
        env::var("CARGO_PKG_VERSION").unwrap_or_default()
    )
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else {
            files.push(path);
        }
    }
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
