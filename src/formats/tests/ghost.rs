//! The Ghost Content API adapter: one post in full, lists that skip unreadable posts, authors.

use serde_json::json;

use super::*;

#[test]
fn one_post_is_an_article_with_everything() {
    let post = article(fixture("formats/ghost-post.json"));
    assert_eq!(post.headline, "Welcome to the newsroom");
    assert_eq!(post.section.as_deref(), Some("News"));
    let names: Vec<_> = post.bylines.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(names, ["Ghost Writer", "Second Author"]);
    assert_eq!(post.standfirst, None, "the excerpt repeats the opening");
    let hero = post.hero.unwrap();
    assert_eq!(hero.alt, "Our office");
    assert_eq!(
        Inline::plain_text(&hero.caption),
        "Photo by Some One on Unsplash"
    );
    assert!(matches!(post.body[1], Block::Figure(_)));
    assert_eq!(post.url.as_deref(), Some("https://ghost.example/welcome/"));
}

#[test]
fn several_posts_are_a_list_and_unreadable_ones_are_skipped() {
    let list = feed(fixture("formats/ghost-posts.json"));
    let titles: Vec<_> = list.items.iter().map(|a| a.headline.as_str()).collect();
    assert_eq!(titles, ["First", "Second"]);
    assert_eq!(list.items[0].standfirst.as_deref(), Some("The first post."));
    assert_eq!(list.items[0].section.as_deref(), Some("Updates"));
}

#[test]
fn primary_author_stands_in_for_authors() {
    let post = article(value(
        json!({"posts": [{"title": "T", "primary_author": {"name": "Only"}}]}),
    ));
    assert_eq!(post.bylines[0].name, "Only");
    assert_eq!(
        value(json!({"posts": []})).unwrap_err(),
        ContentError::NoItems
    );
    assert_eq!(
        value(json!({"posts": [{"title": ["T"]}]}))
            .unwrap_err()
            .to_string(),
        "has a posts[0].title that is a list, where text was expected"
    );
}
