//! The renderer against the built-in article, every fixture and hostile content.

use super::*;

#[test]
fn prints_the_built_in_article() {
    let html = render(None, &Options::default()).unwrap();
    std::fs::write("/tmp/scratch/built-in.html", &html).unwrap();
}
