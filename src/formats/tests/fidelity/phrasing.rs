//! Phrasing elements Reader View shows as themselves: `abbr` with its title, `q`, `cite`,
//! `time`, `kbd`, `var`, `samp`, `del`, `ins`; and the spaces at the edges of inline elements,
//! which are between words.

use serde_json::json;

use super::body;

#[test]
fn each_phrasing_element_has_its_kind() {
    let html = r#"<p><abbr title="HyperText Markup Language">HTML</abbr> <q>quoted</q> <cite>Title</cite> <time datetime="2025-03-20">today</time> <kbd>Ctrl</kbd> <var>n</var> <samp>ok</samp> <del>old</del> <ins>new</ins></p>"#;
    assert_eq!(
        body(html),
        json!([{
            "type": "paragraph",
            "text": [
                {"type": "abbreviation", "text": "HTML", "title": "HyperText Markup Language"}, " ",
                {"type": "quotation", "text": "quoted"}, " ",
                {"type": "citation", "text": "Title"}, " ",
                {"type": "time", "text": "today", "datetime": "2025-03-20"}, " ",
                {"type": "keyboard", "text": "Ctrl"}, " ",
                {"type": "variable", "text": "n"}, " ",
                {"type": "sample", "text": "ok"}, " ",
                {"type": "deleted", "text": "old"}, " ",
                {"type": "inserted", "text": "new"}
            ]
        }])
    );
}

#[test]
fn spaces_at_the_edges_of_inline_elements_stay_between_words() {
    assert_eq!(
        body(
            r#"<p>As <a href="/m">Mashable </a>reports, <i><span>write to </span></i><a href="/e"><i>me</i></a></p>"#
        ),
        json!([{
            "type": "paragraph",
            "text": [
                "As ",
                {"type": "link", "href": "https://news.example/m", "text": "Mashable "},
                "reports, ",
                {"type": "emphasis", "text": "write to "},
                {"type": "link", "href": "https://news.example/e", "text": [{"type": "emphasis", "text": "me"}]}
            ]
        }])
    );
}
