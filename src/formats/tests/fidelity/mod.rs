//! What Firefox Reader View shows that lede once lost, a kind of loss a file: each test reads
//! HTML as an article body and checks the body lede JSON says (the model as a reader of the
//! format sees it), so the same tests ran against the allow-list before these kinds existed.

mod definitions;
mod figures;
mod footnotes;
mod linked_pictures;
mod lists;
mod math;
mod phrasing;
mod preformatted;
mod tables;

use serde_json::Value;

use crate::formats::testing::TestEnv;
use crate::formats::{html_article, write_lede};
use crate::model::Content;

/// The body of `html` read as an article, as lede JSON.
fn body(html: &str) -> Value {
    let article = html_article("Test", html, &TestEnv);
    write_lede(&Content::Article(article))["body"].clone()
}
