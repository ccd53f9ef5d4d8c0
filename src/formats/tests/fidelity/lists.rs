//! List items hold blocks: pictures stay in them, and what a list holds besides its items (a
//! list written straight inside a list) belongs to the item before it.

use serde_json::json;

use super::body;

#[test]
fn pictures_stay_in_list_items() {
    let html = r#"<ul>
        <li><div><p><img src="/shot.png" alt="A shot" width="600" height="300"></p><p>The caption.</p></div></li>
        <li><img src="/flag.png" alt="Flag" width="20" height="14"> France</li>
    </ul>"#;
    assert_eq!(
        body(html),
        json!([{
            "type": "list",
            "ordered": false,
            "items": [
                {"blocks": [
                    {"type": "figure", "src": "https://news.example/shot.png", "width": 600, "height": 300, "alt": "A shot"},
                    "The caption."
                ]},
                [{"type": "image", "src": "https://news.example/flag.png", "width": 20, "height": 14, "alt": "Flag"}, " France"]
            ]
        }])
    );
}

#[test]
fn pictures_stay_in_list_items_inside_table_cells() {
    let html = r#"<table><tr><th>Team</th></tr><tr><td><ol><li><img src="/logo.png" alt="Logo" width="200" height="100"></li></ol></td></tr></table>"#;
    assert_eq!(
        body(html)[0]["body"][0][0],
        json!({"blocks": [{"type": "list", "ordered": true, "items": [{"blocks": [
            {"type": "figure", "src": "https://news.example/logo.png", "width": 200, "height": 100, "alt": "Logo"}
        ]}]}]})
    );
}

#[test]
fn a_list_written_inside_a_list_joins_the_item_before_it() {
    let html = "<ol><li>Find candidates:</li><ol><li>here</li><li>anywhere</li></ol><li>Pick one.</li></ol>";
    assert_eq!(
        body(html),
        json!([{
            "type": "list",
            "ordered": true,
            "items": [
                {"blocks": [
                    "Find candidates:",
                    {"type": "list", "ordered": true, "items": ["here", "anywhere"]}
                ]},
                "Pick one."
            ]
        }])
    );
}

#[test]
fn a_picture_in_a_heading_stays_in_the_heading() {
    let html = r#"<h4><cite>Alan</cite> <span><img src="/avatar.png" alt="" width="60" height="60"></span> wrote:</h4>"#;
    assert_eq!(
        body(html),
        json!([{
            "type": "heading",
            "level": 2,
            "text": [
                {"type": "citation", "text": "Alan"},
                " ",
                {"type": "image", "src": "https://news.example/avatar.png", "width": 60, "height": 60},
                " wrote:"
            ]
        }])
    );
}

#[test]
fn list_items_outside_a_list_are_a_list() {
    assert_eq!(
        body("<div><li>one</li><li>two</li></div><p>after</p>"),
        json!([
            {"type": "list", "ordered": false, "items": ["one", "two"]},
            "after"
        ])
    );
}

#[test]
fn a_gallery_with_words_besides_its_captions_keeps_them_and_its_items() {
    let html = r#"<ul class="gallery">
        <li><div class="thumb"><a href="/File:A.jpg"><img src="/a.jpg" alt="A" width="120" height="90"></a></div><div class="gallerytext"><p>The first</p></div></li>
        <li><div class="thumb"><img src="/b.jpg" alt="B" width="120" height="90"></div><div class="gallerytext"><p>The second</p></div></li>
    </ul>"#;
    assert_eq!(
        body(html),
        json!([{"type": "list", "ordered": false, "items": [
            {"blocks": [
                {"type": "figure", "src": "https://news.example/a.jpg", "width": 120, "height": 90, "alt": "A", "link": "https://news.example/File:A.jpg"},
                "The first"
            ]},
            {"blocks": [
                {"type": "figure", "src": "https://news.example/b.jpg", "width": 120, "height": 90, "alt": "B"},
                "The second"
            ]}
        ]}])
    );
}
