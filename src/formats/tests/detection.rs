//! Which format a document is, and what is said of one that is none.

use super::super::{parse_json, read};
use super::*;

#[test]
fn unknown_shapes_are_described() {
    let err = |text| read(text, &TestEnv).unwrap_err();
    assert_eq!(
        err(r#"{"foo": 1, "bar": 2}"#),
        ContentError::UnknownFormat("a JSON object with keys: foo, bar".into())
    );
    assert_eq!(
        err("[]"),
        ContentError::UnknownFormat("an empty JSON list".into())
    );
    assert_eq!(
        err("42"),
        ContentError::UnknownFormat("a number on its own".into())
    );
    assert!(err(r#"{"foo": 1}"#)
        .to_string()
        .starts_with("is not in a format lede reads (lede JSON, WordPress REST API"));
}

#[test]
fn syntax_errors_and_depth_are_told_apart() {
    assert_eq!(read(" \n", &TestEnv), Err(ContentError::Empty));
    assert!(matches!(
        read("{\"a\":", &TestEnv),
        Err(ContentError::NotJson(_))
    ));
    // An error page or a login wall, served where the article should be.
    assert_eq!(
        read("\u{feff}\n <!doctype html><h1>Not found</h1>", &TestEnv)
            .unwrap_err()
            .to_string(),
        "is a web page, not the JSON lede reads"
    );
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    assert_eq!(read(&deep, &TestEnv), Err(ContentError::TooDeep));
}

#[test]
fn a_byte_order_mark_is_skipped() {
    assert_eq!(parse_json("\u{feff}{}"), Ok(serde_json::json!({})));
}

#[test]
fn limits_are_enforced_with_clear_messages() {
    let huge = format!(
        "{{\"lede\":1,\"headline\":\"x\",\"body\":[\"{}\"]}}",
        "a".repeat(super::super::MAX_BYTES)
    );
    assert_eq!(
        read(&huge, &TestEnv).unwrap_err().to_string(),
        "is 5.0 MB, more than the 5.0 MB lede reads"
    );
    // Sizes past 4 GB (a declared Content-Length) are counted in 64 bits, also in wasm.
    assert_eq!(
        super::super::ContentError::too_large(5_000_000_000).to_string(),
        "is 4768.4 MB, more than the 5.0 MB lede reads"
    );
    assert_eq!(
        super::super::ContentError::too_large(u64::MAX).to_string(),
        "is 17592118935808.0 MB, more than the 5.0 MB lede reads"
    );
    let blocks = serde_json::json!({"lede": 1, "headline": "x", "body": vec!["p"; super::super::MAX_BLOCKS + 1]});
    assert_eq!(
        read(&blocks.to_string(), &TestEnv).unwrap_err().to_string(),
        "has 10001 blocks in its body, more than the 10000 lede shows"
    );
    let deep = "[".repeat(200) + &"]".repeat(200);
    assert_eq!(
        read(&deep, &TestEnv).unwrap_err().to_string(),
        "is nested more than 128 levels deep, more than lede reads"
    );
}

/// The widget's first load reads lede's own format alone ([`read_own`]); every other format is
/// the other adapters' ([`read_foreign`], a chunk of the program of its own), and the two read
/// a document as [`read_value`] does.
#[test]
fn lede_s_own_format_and_the_others_are_read_apart() {
    use super::super::{read_foreign, read_own};
    let document = |path: &str| {
        let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")));
        parse_json(&text.unwrap()).unwrap()
    };
    for own in [
        "content/default-article.json",
        "fixtures/lede/full-article.json",
    ] {
        let value = document(own);
        assert_eq!(
            read_own(&value, &TestEnv),
            Some(read_value(&value, &TestEnv)),
            "{own}"
        );
    }
    for other in [
        "fixtures/wordpress/post-60-embed.json",
        "fixtures/formats/json-feed-1.1.json",
        "fixtures/formats/ghost-post.json",
        "fixtures/formats/schema-newsarticle.json",
    ] {
        let value = document(other);
        assert_eq!(read_own(&value, &TestEnv), None, "{other}");
        let read = read_foreign(&value, &TestEnv);
        assert!(read.is_ok(), "{other}: {read:?}");
        assert_eq!(read, read_value(&value, &TestEnv), "{other}");
    }
}
