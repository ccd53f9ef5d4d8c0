//! A whole standalone page around the rendered element: what `index.html` is, with the
//! article in it, its title and description, and the link-preview tags that crawlers read.

use super::element::{attribute, beside, element, text};
use super::Prepared;
use crate::model::{shortened, Block, Content};

pub fn page(prepared: &Prepared, app_html: &str) -> String {
    let options = &prepared.options;
    let bundle = attribute(&options.bundle);
    let settings = attribute(&beside(&options.bundle, "lede-settings.js"));
    let loaders = attribute(&beside(&options.bundle, "__wasm_split.js"));
    let page_css = attribute(&beside(&options.bundle, "page.css"));
    let (title, description, image, url) = match &prepared.content {
        Content::Article(article) => (
            article.headline.clone(),
            article
                .standfirst
                .clone()
                .or_else(|| Block::opening_text(&article.body).map(|text| shortened(&text, 200))),
            article.hero.as_ref().map(|hero| hero.src.clone()),
            article.url.clone(),
        ),
        Content::Feed(feed) => (
            feed.title
                .clone()
                .unwrap_or_else(|| "Latest articles".into()),
            None,
            None,
            feed.url.clone(),
        ),
    };
    let mut head = vec![
        "<meta charset=\"utf-8\">".to_owned(),
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">".to_owned(),
        format!(
            "<title>{} — {}</title>",
            text(&title),
            text(&prepared.site.name)
        ),
    ];
    if let Some(description) = &description {
        head.push(format!(
            "<meta name=\"description\" content=\"{}\">",
            attribute(description)
        ));
    }
    if let Some(url) = &url {
        head.push(format!(
            "<link rel=\"canonical\" href=\"{}\">",
            attribute(url)
        ));
    }
    let og = |property: &str, value: &str| {
        format!(
            "<meta property=\"og:{property}\" content=\"{}\">",
            attribute(value)
        )
    };
    head.push(og("type", "article"));
    head.push(og("title", &title));
    head.push(og("site_name", &prepared.site.name));
    if let Some(description) = &description {
        head.push(og("description", description));
    }
    if let Some(url) = &url {
        head.push(og("url", url));
    }
    if let Some(image) = &image {
        head.push(og("image", image));
        head.push("<meta name=\"twitter:card\" content=\"summary_large_image\">".to_owned());
    }
    head.extend([
        "<link rel=\"icon\" href=\"data:,\">".to_owned(),
        format!("<link rel=\"stylesheet\" href=\"{page_css}\">"),
        // Nothing holds the first paint but the page's own stylesheet, and nothing competes with
        // it: the program is asked for by `lede.js`, which runs once the page is parsed (a
        // preloaded wasm, or a render-blocking `lede.js`, painted the headline up to ×1.5 later
        // than static HTML in the bench).
        format!("<link rel=\"modulepreload\" href=\"{bundle}\">"),
        // The chunks' loaders, which `lede.js` imports (Chromium fetches a preloaded module's
        // own imports only once it runs).
        format!("<link rel=\"modulepreload\" href=\"{loaders}\">"),
        format!("<script type=\"module\" src=\"{bundle}\"></script>"),
        // The reader's own Reading settings, which a server cannot know, applied to the reader
        // as the parser makes it, so that no other theme flashes: a small classic script,
        // before the reader, that holds nothing after it (src/embed/lede-settings-head.js).
        format!("<script src=\"{settings}\"></script>"),
    ]);
    // The page is in the interface's language; the article marks its own.
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n{}\n</head>\n<body>\n<main>{}</main>\n</body>\n</html>\n",
        head.join("\n"),
        element(prepared, app_html)
    )
}
