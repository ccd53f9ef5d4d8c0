//! Table cells hold blocks: pictures, lists, paragraphs and nested tables are no longer lost,
//! header scopes and captions stay, and a table that only lays something out is shown as it.

use serde_json::json;

use super::body;

#[test]
fn cells_hold_pictures_lists_paragraphs_and_nested_tables() {
    let html = r#"<table>
        <tr><th scope="col">Flag</th><th scope="col">Notes</th></tr>
        <tr><td><img src="/fr.png" alt="France" width="120" height="80"></td>
            <td><p>First.</p><ul><li>one</li><li>two</li></ul>
                <table><tr><th>In</th></tr><tr><td>nested</td></tr></table></td></tr>
    </table>"#;
    assert_eq!(
        body(html),
        json!([{
            "type": "table",
            "head": [[
                {"text": "Flag", "header": true, "scope": "col"},
                {"text": "Notes", "header": true, "scope": "col"}
            ]],
            "body": [[
                {"blocks": [{"type": "figure", "src": "https://news.example/fr.png", "width": 120, "height": 80, "alt": "France"}]},
                {"blocks": [
                    "First.",
                    {"type": "list", "ordered": false, "items": ["one", "two"]},
                    {"type": "table", "head": [[{"text": "In", "header": true}]], "body": [["nested"]]}
                ]}
            ]]
        }])
    );
}

#[test]
fn a_caption_and_row_headers_are_kept() {
    assert_eq!(
        body(
            r#"<table><caption>Rates <em>2025</em></caption><tr><th scope="row">ECB</th><td>2%</td></tr></table>"#
        ),
        json!([{
            "type": "table",
            "caption": ["Rates ", {"type": "emphasis", "text": "2025"}],
            "body": [[{"text": "ECB", "header": true, "scope": "row"}, "2%"]]
        }])
    );
}

#[test]
fn a_one_cell_table_is_its_content() {
    assert_eq!(
        body("<table><tr><td><p>A whole article, laid out in a table.</p><ul><li>point</li></ul></td></tr></table>"),
        json!([
            "A whole article, laid out in a table.",
            {"type": "list", "ordered": false, "items": ["point"]}
        ])
    );
}

#[test]
fn a_column_of_a_picture_and_its_caption_is_a_figure() {
    let html = r#"<table><tbody>
        <tr><td><a href="https://img.example/big.png"><img src="https://img.example/small.png" width="640" height="512"></a></td></tr>
        <tr><td>Block diagram (from the datasheet)</td></tr>
    </tbody></table>"#;
    assert_eq!(
        body(html),
        json!([{
            "type": "figure",
            "src": "https://img.example/small.png",
            "width": 640,
            "height": 512,
            "caption": "Block diagram (from the datasheet)",
            "link": "https://img.example/big.png"
        }])
    );
}

#[test]
fn a_grid_without_headers_stays_a_table() {
    let html = "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>";
    assert_eq!(
        body(html),
        json!([{"type": "table", "body": [["a", "b"], ["c", "d"]]}])
    );
}

#[test]
fn tables_nested_too_deep_are_shown_as_their_content() {
    let html = format!(
        "{}deep{}",
        "<table><tr><td>x</td><td>".repeat(8),
        "</td></tr></table>".repeat(8)
    );
    let body = body(&html);
    let mut depth = 0;
    let mut table = &body[0];
    while table["type"] == "table" {
        depth += 1;
        table = &table["body"][0][1]["blocks"][0];
        if table.is_null() {
            break;
        }
    }
    assert_eq!(depth, crate::model::MAX_TABLE_NESTING, "{body:#}");
    assert!(body.to_string().contains("deep"), "the words are kept");
}
