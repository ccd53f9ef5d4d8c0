//! Definition lists keep their terms and what they mean.

use serde_json::json;

use super::body;

#[test]
fn terms_and_details_in_order_also_in_groups() {
    let html = "<dl><dt>HTML</dt><dd>The markup.</dd><div><dt>CSS</dt><dt>Styles</dt><dd><p>The look.</p><ul><li>colour</li></ul></dd></div></dl>";
    assert_eq!(
        body(html),
        json!([{
            "type": "definitions",
            "items": [
                {"term": "HTML"},
                {"details": ["The markup."]},
                {"term": "CSS"},
                {"term": "Styles"},
                {"details": ["The look.", {"type": "list", "ordered": false, "items": ["colour"]}]}
            ]
        }])
    );
}
