//! A link around a picture keeps its link: a linked figure, a linked picture in the text, a
//! gallery of linked thumbnails.

use serde_json::json;

use super::body;

#[test]
fn a_linked_picture_is_a_linked_figure() {
    let html = r#"<p><a href="/big.jpg"><img src="/thumb.jpg" alt="Falls" width="300" height="200"></a></p>"#;
    assert_eq!(
        body(html),
        json!([{
            "type": "figure",
            "src": "https://news.example/thumb.jpg",
            "width": 300,
            "height": 200,
            "alt": "Falls",
            "link": "https://news.example/big.jpg"
        }])
    );
}

#[test]
fn a_figure_keeps_its_link_and_every_word_around_its_picture() {
    let html = r#"<figure><span>Photo</span><a href="/story.html"><img src="/p.jpg" alt=""></a><figcaption>Credit Jo</figcaption></figure>"#;
    assert_eq!(
        body(html),
        json!([{
            "type": "figure",
            "src": "https://news.example/p.jpg",
            "caption": ["Photo", {"type": "break"}, "Credit Jo"],
            "link": "https://news.example/story.html"
        }])
    );
}

#[test]
fn a_linked_icon_is_a_linked_picture_in_the_text() {
    let html = r#"<p>Follow us <a href="https://social.example/us"><img src="/icon.png" alt="Social" width="16" height="16"></a> today</p>"#;
    assert_eq!(
        body(html),
        json!([{
            "type": "paragraph",
            "text": [
                "Follow us ",
                {"type": "link", "href": "https://social.example/us", "text": [
                    {"type": "image", "src": "https://news.example/icon.png", "width": 16, "height": 16, "alt": "Social"}
                ]},
                " today"
            ]
        }])
    );
}

#[test]
fn a_link_to_a_forbidden_address_keeps_the_picture_without_the_link() {
    let html = r#"<a href="javascript:alert(1)"><img src="/a.jpg" alt="a"></a>"#;
    assert_eq!(
        body(html),
        json!([{"type": "figure", "src": "https://news.example/a.jpg", "alt": "a"}])
    );
}

#[test]
fn trackers_are_left_out() {
    assert_eq!(
        body(r#"<p>Text<img src="https://t.example/p.gif" width="1" height="1"></p>"#),
        json!(["Text"])
    );
}

#[test]
fn a_link_around_a_list_links_each_item() {
    assert_eq!(
        body(
            r#"<a href="/all"><ul><li>one</li><li><img src="/p.jpg" alt="p" width="300"></li></ul></a>"#
        ),
        json!([{"type": "list", "ordered": false, "items": [
            [{"type": "link", "href": "https://news.example/all", "text": "one"}],
            {"blocks": [{"type": "figure", "src": "https://news.example/p.jpg", "width": 300, "alt": "p", "link": "https://news.example/all"}]}
        ]}])
    );
}
