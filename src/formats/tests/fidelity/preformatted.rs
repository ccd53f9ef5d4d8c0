//! Links survive inside preformatted text, with its spacing.

use serde_json::json;

use super::body;

#[test]
fn links_in_pre_keep_their_addresses_and_the_spacing() {
    let html = r#"<pre>
interface <a href="/spec#node">Node</a> {
  <b>attribute</b> <a href="javascript:alert(1)">bad</a>;
}</pre>"#;
    assert_eq!(
        body(html),
        json!([{
            "type": "preformatted",
            "text": [
                "interface ",
                {"type": "link", "href": "https://news.example/spec#node", "text": "Node"},
                " {\n  ",
                {"type": "strong", "text": "attribute"},
                " bad;\n}"
            ]
        }])
    );
}

#[test]
fn plain_pre_is_still_one_string() {
    assert_eq!(
        body("<pre><code>  a  b\n    c</code></pre>"),
        json!([{"type": "preformatted", "text": "  a  b\n    c"}])
    );
}
