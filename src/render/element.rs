//! The `<lede-reader>` element a server writes: a declarative shadow root holding the widget's
//! stylesheet link, the data it hydrates from, and the rendered reader stamped for the check
//! before hydration; then the article's JSON-LD in the element's light DOM, where crawlers
//! read it.

use serde_json::{json, Value};

use super::json_ld::{describe, script_text};
use super::{shape, Prepared};
use crate::components::{digest, BUILD};
use crate::formats::write_catalogue;

/// The `src` the reader in the browser will have: on a standalone page, what the page's query
/// says, else the content's address.
pub fn element_src(prepared: &Prepared) -> Option<String> {
    query_param(prepared, "src").or_else(|| prepared.options.src.clone())
}

/// The `site` the reader in the browser will have, as for [`element_src`].
pub fn element_site(prepared: &Prepared) -> Option<String> {
    query_param(prepared, "site").or_else(|| prepared.options.site.as_ref().map(|s| s.url.clone()))
}

fn query_param(prepared: &Prepared, name: &str) -> Option<String> {
    if !prepared.options.page {
        return None;
    }
    url::form_urlencoded::parse(
        prepared
            .options
            .page_query
            .trim_start_matches('?')
            .as_bytes(),
    )
    .find(|(key, value)| key == name && !value.trim().is_empty())
    .map(|(_, value)| value.into_owned())
}

/// The element, with `app_html` (the rendered reader) inside.
pub fn element(prepared: &Prepared, app_html: &str) -> String {
    let options = &prepared.options;
    let mut attributes = String::new();
    if options.page {
        attributes.push_str(" standalone");
    }
    if let Some(src) = &options.src {
        attributes.push_str(&format!(" src=\"{}\"", attribute(src)));
    }
    if let Some(site) = &options.site {
        attributes.push_str(&format!(" site=\"{}\"", attribute(&site.url)));
    }
    if !options.newsletter {
        attributes.push_str(" newsletter=\"off\"");
    }
    let data = script_text(&data(prepared));
    let (shape, as_written) = shape::of(app_html);
    // Markup the parser would rebuild otherwise cannot be hydrated: the widget is told to
    // render afresh (a bug in lede's components, which the tests keep from happening).
    let shape = if as_written {
        shape
    } else {
        "reshaped".to_owned()
    };
    let stylesheet = attribute(&beside(&options.bundle, "lede.css"));
    let json_ld = script_text(&describe(&prepared.content, &prepared.site));
    // Read by `lede.js` before the program arrives, to tell whether this is still what the
    // element asks for.
    let data_src = [
        ("src", element_src(prepared)),
        ("site", element_site(prepared)),
    ]
    .into_iter()
    .filter_map(|(name, value)| Some(format!(" data-{name}=\"{}\"", attribute(&value?))))
    .collect::<String>();
    format!(
        "<lede-reader{attributes}><template shadowrootmode=\"open\">\
         <link rel=\"stylesheet\" href=\"{stylesheet}\">\
         <div class=\"lede\" data-lede-build=\"{BUILD}\" data-lede-data=\"{digest}\" data-lede-shape=\"{shape}\">{app_html}</div>\
         <script type=\"application/json\" class=\"lede-data\"{data_src}>{data}</script>\
         </template><script type=\"application/ld+json\">{json_ld}</script></lede-reader>",
        digest = digest(&data),
    )
}

/// What the widget hydrates from: the options the reader was rendered with (the widget checks
/// its own against them), the content as lede JSON, the site configuration and the dates'
/// words.
fn data(prepared: &Prepared) -> Value {
    let options = &prepared.options;
    let dates: Vec<Value> = prepared
        .dates
        .entries()
        .iter()
        .map(|(iso, language, words)| json!([iso, language, words]))
        .collect();
    json!({
        "src": element_src(prepared),
        "site": element_site(prepared),
        "item": options.item,
        "newsletter": options.newsletter,
        "standalone": options.page,
        "base": prepared.base,
        "content": prepared.content_json,
        "site_config": prepared.site_json,
        "site_base": options.site.as_ref().map(|site| site.url.clone()),
        "dates": dates,
        // English is in every widget: only another language's words come with the page.
        "words": (prepared.catalogue.language != "en").then(|| write_catalogue(&prepared.catalogue)),
    })
}

/// `file` in the folder of `bundle` (an address or a path): `lede.css` beside `lede.js`.
pub fn beside(bundle: &str, file: &str) -> String {
    match bundle.rfind('/') {
        Some(at) => format!("{}{file}", &bundle[..=at]),
        None => file.to_owned(),
    }
}

/// A value for a double-quoted attribute.
pub fn attribute(value: &str) -> String {
    text(value).replace('"', "&quot;")
}

/// Text for HTML content.
pub fn text(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
