//! The render command as a publisher runs it: `lede-render` on files, addresses and standard
//! input, its exit codes and its messages.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn lede_render(args: &[&str], input: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede-render"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = input {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn a_file_becomes_the_element_a_publisher_pastes() {
    let output = lede_render(
        &[
            "--base-url",
            "https://demo.worona.org/wp-json/wp/v2/posts/60",
            "fixtures/wordpress/post-60-embed.json",
        ],
        None,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let html = stdout(&output);
    assert!(html.starts_with(
        "<lede-reader src=\"https://demo.worona.org/wp-json/wp/v2/posts/60\"><template shadowrootmode=\"open\">"
    ));
    assert!(html.contains("The Beauties of Gullfoss"));
    assert!(html.contains("<script type=\"application/ld+json\">"));
    assert!(html.ends_with("</lede-reader>"));
}

#[test]
fn standard_input_and_a_whole_page() {
    let output = lede_render(
        &["--page", "--newsletter", "off", "-"],
        Some(r#"{"lede": 1, "headline": "From standard input", "body": ["Text."]}"#),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let html = stdout(&output);
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("<title>From standard input — EconoTimes</title>"));
    assert!(html.contains("<lede-reader standalone newsletter=\"off\">"));
    assert!(!html.contains("<dialog"), "no sign-up when it is off");
}

#[test]
fn bad_content_prints_the_widget_s_message_and_fails() {
    let output = lede_render(&["fixtures/lede/no-headline.json"], None);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "lede-render: The article at fixtures/lede/no-headline.json has no headline.\n"
    );
    assert!(
        stdout(&output).is_empty(),
        "nothing is written for bad content"
    );
    let output = lede_render(&["fixtures/lede/not-json.json"], None);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).ends_with("is a web page, not the JSON lede reads.\n"),
        "{}",
        stderr(&output)
    );
    let output = lede_render(&["no/such/file.json"], None);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).starts_with("lede-render: no/such/file.json could not be read"));
}

#[test]
fn local_and_private_addresses_are_refused_unless_allowed() {
    for address in [
        "http://127.0.0.1:9/post.json",
        "http://localhost:9/post.json",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:9/",
        "http://10.1.2.3/post.json",
    ] {
        let output = lede_render(&[address], None);
        assert_eq!(output.status.code(), Some(1), "{address}");
        assert!(
            stderr(&output).contains("is on a private or local network"),
            "{address}: {}",
            stderr(&output)
        );
    }
    let output = lede_render(&["javascript:alert(1)"], None);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("is not a web address lede can load"));
    // Allowed, a closed local port is a network failure, named as the widget names it.
    let output = lede_render(&["--allow-private", "http://127.0.0.1:9/post.json"], None);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("did not answer"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn wrong_usage_says_how_and_exits_2() {
    for args in [&["--newsletter", "maybe", "-"][..], &["--what"], &[]] {
        let output = lede_render(args, None);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stderr(&output).contains("usage: lede-render"), "{args:?}");
    }
}

#[test]
fn a_batch_renders_a_folder_and_reports_its_throughput() {
    let out = std::env::temp_dir().join(format!("lede-render-batch-{}", std::process::id()));
    let output = lede_render(
        &[
            "--batch",
            out.to_str().unwrap(),
            "fixtures/formats",
            "fixtures/wordpress/post-60-embed.json",
        ],
        None,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let documents = std::fs::read_dir(root().join("fixtures/formats"))
        .unwrap()
        .filter(|entry| {
            entry
                .as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|e| e == "json")
        })
        .count()
        + 1;
    let rendered = std::fs::read_dir(&out).unwrap().count();
    assert_eq!(rendered, documents);
    assert!(
        stderr(&output).contains(&format!("{documents} of {documents} rendered")),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("a second"));
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn the_stylesheet_is_the_widget_s() {
    let output = lede_render(&["--stylesheet"], None);
    assert!(output.status.success());
    let css = stdout(&output);
    assert!(css.starts_with(":host{"), "{}", &css[..40]);
    assert!(!css.contains("/*"), "minified");
}

#[test]
fn the_catalogues_are_written_for_the_widget_to_fetch() {
    let folder = std::env::temp_dir().join(format!("lede-catalogues-{}", std::process::id()));
    let output = lede_render(&["--catalogues", folder.to_str().unwrap()], None);
    assert!(output.status.success(), "{}", stderr(&output));
    let mut written: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "ar.json",
            "de.json",
            "es.json",
            "fr.json",
            "it.json",
            "ja.json",
            "nl.json",
            "pl.json",
            "pt.json",
            "ru.json",
            "zh-Hans.json"
        ],
        "every language but English, which is in the wasm"
    );
    let arabic = std::fs::read_to_string(folder.join("ar.json")).unwrap();
    assert!(arabic.contains(r#""direction":"rtl""#), "{arabic}");
    assert!(arabic.contains(r#""menu":"القائمة""#), "{arabic}");
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn the_page_s_language_is_the_interface_s() {
    let output = lede_render(
        &[
            "--lang",
            "de-AT",
            "--base-url",
            "https://demo.worona.org/wp-json/wp/v2/posts/60",
            "fixtures/wordpress/post-60-embed.json",
        ],
        None,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let html = stdout(&output);
    assert!(html.contains("lang=\"de\" dir=\"ltr\""), "{html}");
    assert!(html.contains("Min. Lesezeit"));
}
