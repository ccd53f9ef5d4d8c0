//! Footnote references keep their targets: an in-page link goes to the place in the article
//! that holds its id, and a link to an id the article does not hold keeps only its words.

use serde_json::json;

use super::body;

#[test]
fn references_and_notes_link_both_ways() {
    let html = r##"<p>Claim.<sup id="ref-1"><a href="#note-1">[1]</a></sup></p>
        <ol><li id="note-1"><b><a href="#ref-1">^</a></b> The source.</li></ol>"##;
    assert_eq!(
        body(html),
        json!([
            {"type": "paragraph", "text": [
                "Claim.",
                {"type": "superscript", "text": [
                    {"type": "target", "id": "ref-1"},
                    {"type": "link", "href": "#note-1", "text": "[1]"}
                ]}
            ]},
            {"type": "list", "ordered": true, "items": [[
                {"type": "target", "id": "note-1"},
                {"type": "strong", "text": [{"type": "link", "href": "#ref-1", "text": "^"}]},
                " The source."
            ]]}
        ])
    );
}

#[test]
fn a_link_to_an_id_the_article_lacks_keeps_its_words() {
    assert_eq!(
        body(r##"<p><a href="#respond">Post a comment</a> or <a href="#">top</a></p>"##),
        json!(["Post a comment or top"])
    );
}

#[test]
fn targets_on_blocks_stand_at_their_start() {
    let html = r##"<p><a href="#s2">Section 2</a>, <a href="#t">the table</a>, <a href="#f">the figure</a></p>
        <h2 id="s2">Two</h2>
        <table id="t"><tr><th>h</th></tr><tr><td>d</td></tr></table>
        <figure id="f"><img src="/a.jpg" alt="a"></figure>"##;
    let body = body(html);
    assert_eq!(
        body[1]["text"],
        json!([{"type": "target", "id": "s2"}, "Two"])
    );
    assert_eq!(
        body[2]["head"][0][0]["text"],
        json!([{"type": "target", "id": "t"}, "h"])
    );
    assert_eq!(body[3]["caption"], json!([{"type": "target", "id": "f"}]));
    assert_eq!(body[0]["text"][0]["href"], "#s2");
}

#[test]
fn old_style_anchors_and_ids_are_placed_once() {
    let html = r##"<p><a href="#x">go</a></p><p><a name="x"></a>First</p><p id="x">Second</p>"##;
    assert_eq!(
        body(html),
        json!([
            {"type": "paragraph", "text": [{"type": "link", "href": "#x", "text": "go"}]},
            {"type": "paragraph", "text": [{"type": "target", "id": "x"}, "First"]},
            "Second"
        ])
    );
}
