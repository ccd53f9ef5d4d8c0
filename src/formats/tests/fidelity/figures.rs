//! A figure keeps every word it holds, not only its `<figcaption>`: a credit in a paragraph of
//! its own, a "Photo" label.

use serde_json::json;

use super::body;

#[test]
fn words_in_a_figure_outside_its_caption_join_the_caption() {
    let html = r#"<figure><div><p><img src="/trump.jpg" alt="Supporters" width="640" height="480"></p><p>JIM WATSON/AFP/Getty Images</p></div></figure>"#;
    assert_eq!(
        body(html),
        json!([{
            "type": "figure",
            "src": "https://news.example/trump.jpg",
            "width": 640,
            "height": 480,
            "alt": "Supporters",
            "caption": "JIM WATSON/AFP/Getty Images"
        }])
    );
}

#[test]
fn a_figure_of_several_pictures_keeps_them_all() {
    let html = r#"<figure><img src="/1.jpg" alt="one"><img src="/2.jpg" alt="two"><figcaption>Both</figcaption></figure>"#;
    assert_eq!(
        body(html),
        json!([
            {"type": "figure", "src": "https://news.example/1.jpg", "alt": "one"},
            {"type": "figure", "src": "https://news.example/2.jpg", "alt": "two"},
            "Both"
        ])
    );
}
