//! Articles for subscribers in each format that can say so: what is free is what the model
//! holds, and a paywall member of the wrong type is a content error with the field's path.

use serde_json::json;

use super::*;

#[test]
fn lede_json_keeps_only_the_free_blocks() {
    let paywalled = article(fixture("publisher/paywalled-article.json"));
    assert!(paywalled.paywalled);
    assert_eq!(paywalled.body.len(), 12, "free_blocks: 12 of 18");
    assert_eq!(
        paragraphs(&paywalled).last().map(String::as_str),
        Some("A survey commissioned by the city council found 61 per cent of residents in favour of the plan, 24 per cent against and the rest undecided.")
    );
    let free = article(fixture("publisher/article.json"));
    assert!(!free.paywalled);
    assert_eq!(free.body.len(), 18);
}

#[test]
fn a_lede_paywall_without_a_count_keeps_what_arrived() {
    let all = article(value(json!({
        "lede": 1, "headline": "x", "body": ["one", "two"], "paywall": {}
    })));
    assert!(all.paywalled);
    assert_eq!(all.body.len(), 2);
    let none_free = article(value(json!({
        "lede": 1, "headline": "x", "body": ["one", "two"], "paywall": {"free_blocks": 0}
    })));
    assert!(none_free.body.is_empty() && none_free.paywalled);
}

#[test]
fn wrong_paywall_types_name_their_path() {
    let error = |document| value(document).unwrap_err().to_string();
    assert_eq!(
        error(json!({"lede": 1, "headline": "x", "paywall": {"free_blocks": "three"}})),
        "has a paywall.free_blocks that is text, where a whole number was expected"
    );
    assert_eq!(
        error(json!({"lede": 1, "headline": "x", "paywall": true})),
        "has a paywall that is true or false, where an object was expected"
    );
    assert_eq!(
        error(json!({"posts": [{"title": "x", "visibility": 1}]})),
        "has a posts[0].visibility that is a number, where text was expected"
    );
    assert_eq!(
        error(
            json!({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x",
            "isAccessibleForFree": 0})
        ),
        "has a isAccessibleForFree that is a number, where true or false was expected"
    );
    assert_eq!(
        error(
            json!({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x",
            "isAccessibleForFree": "no"})
        ),
        "has a isAccessibleForFree of “no”, which is not true or false"
    );
}

#[test]
fn ghost_visibility_other_than_public_is_for_members() {
    let post = article(fixture("publisher/ghost-members-post.json"));
    assert!(post.paywalled);
    assert_eq!(
        paragraphs(&post).len(),
        6,
        "the free part the Content API sent"
    );
    for (visibility, paywalled) in [("public", false), ("members", true), ("tiers", true)] {
        let post = article(value(
            json!({"posts": [{"title": "x", "html": "<p>a</p>", "visibility": visibility}]}),
        ));
        assert_eq!(post.paywalled, paywalled, "{visibility}");
    }
    assert!(!article(fixture("formats/ghost-post.json")).paywalled);
}

#[test]
fn schema_org_not_free_on_the_article_or_a_part() {
    let news = article(fixture("publisher/schema-paywalled.json"));
    assert!(news.paywalled);
    assert_eq!(paragraphs(&news).len(), 4);
    let part_only = article(value(json!({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "x",
        "hasPart": [{"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paid"}]
    })));
    assert!(part_only.paywalled);
    let free = article(value(json!({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "x",
        "isAccessibleForFree": true
    })));
    assert!(!free.paywalled);
    assert!(!article(fixture("formats/schema-newsarticle.json")).paywalled);
}

#[test]
fn wordpress_walls_only_a_password_protected_post() {
    assert!(!article(fixture("wordpress/post-60-embed.json")).paywalled);
    // What the REST API sends for a password-protected post, without the password.
    let protected = article(value(json!({
        "title": {"rendered": "Members only"},
        "content": {"rendered": "", "protected": true},
        "excerpt": {"rendered": "", "protected": true}
    })));
    assert!(protected.paywalled && protected.body.is_empty());
    let open = article(value(json!({
        "title": {"rendered": "x"}, "content": {"rendered": "<p>y</p>", "protected": false}
    })));
    assert!(!open.paywalled);
}

#[test]
fn json_feed_has_no_paywall_member() {
    assert!(feed(fixture("formats/json-feed-1.1.json"))
        .items
        .iter()
        .all(|item| !item.paywalled));
}
