//! Minifies the widget's stylesheet for embedding in the wasm (comments and needless whitespace
//! cost bytes on every page that loads lede, and say nothing to the browser), and names the
//! build: a server's HTML is taken over only by a widget built from the same sources. Compiles
//! the English catalogue (`locales/en.ftl`) into the widget, as a table of messages, and links
//! the split build with what its splitter needs.

use std::{
    env, fs,
    path::{Path, PathBuf},
};

#[allow(dead_code)]
#[path = "src/render/fluent.rs"]
mod fluent;

fn main() {
    println!("cargo:rerun-if-changed=styles/lede.css");
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=Cargo.lock");
    println!("cargo:rerun-if-changed=locales");
    let css = fs::read_to_string("styles/lede.css").expect("styles/lede.css is readable");
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out_dir.join("lede.min.css"), minify(&css)).expect("OUT_DIR is writable");
    let english = fs::read_to_string("locales/en.ftl").expect("locales/en.ftl is readable");
    let messages =
        fluent::compile(&english).unwrap_or_else(|error| panic!("locales/en.ftl: {error}"));
    fs::write(out_dir.join("messages.rs"), message_table(&messages)).expect("OUT_DIR is writable");
    println!("cargo:rustc-env=LEDE_BUILD={}", build_id());
    // The split build (scripts/build-wasm) links the program with its relocations, by which the
    // splitter moves code between the main module and the chunks. Only the link: what the
    // program is built from is the same as for any other build.
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if wasm && env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-bin=lede=--emit-relocs");
    }
}

/// A hash of every source file (path and content, in a fixed order) and of the lock file: the
/// same on every machine for the same sources, different when any of them changes.
fn build_id() -> String {
    let mut files = Vec::new();
    collect(Path::new("src"), &mut files);
    collect(Path::new("locales"), &mut files);
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

/// Rust for the English catalogue: a `Message` for each id (so that a component naming a message
/// that does not exist does not compile), the ids, and the English patterns, in the file's order.
fn message_table(messages: &[(String, String)]) -> String {
    let variant = |id: &str| -> String {
        id.split('-')
            .map(|word| {
                let mut chars = word.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_ascii_uppercase().to_string() + chars.as_str()
                })
            })
            .collect()
    };
    let mut out = String::from(
        "/// One of lede's messages (generated from `locales/en.ftl` by `build.rs`).\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\n#[allow(missing_docs)]\npub enum Message {\n",
    );
    for (id, _) in messages {
        out.push_str(&format!("    {},\n", variant(id)));
    }
    out.push_str("}\n\n/// Each message's id, in the order of [`Message`].\n");
    out.push_str(&format!("pub const IDS: [&str; {}] = [\n", messages.len()));
    for (id, _) in messages {
        out.push_str(&format!("    {id:?},\n"));
    }
    out.push_str("];\n\n/// Each message in English, compiled, in the order of [`Message`].\n");
    out.push_str(&format!(
        "pub const ENGLISH: [&str; {}] = [\n",
        messages.len()
    ));
    for (_, pattern) in messages {
        out.push_str(&format!("    {pattern:?},\n"));
    }
    out.push_str("];\n\n/// Every message, in order.\n");
    out.push_str(&format!(
        "pub const ALL: [Message; {}] = [\n",
        messages.len()
    ));
    for (id, _) in messages {
        out.push_str(&format!("    Message::{},\n", variant(id)));
    }
    out.push_str("];\n");
    out
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
