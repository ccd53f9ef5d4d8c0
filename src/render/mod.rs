//! The renderer: lede's components rendered to HTML on a server, for pages whose article is
//! there before any script runs, and which the widget then hydrates.
//!
//! [`render`] takes content in any format lede reads and gives the `<lede-reader>` element a
//! publisher pastes into an article template (or, with [`Options::page`], a whole page): a
//! declarative shadow root holding the rendered reader with its stylesheet, the data the widget
//! hydrates from, and the article's schema.org JSON-LD.

pub mod batch;
#[cfg(test)]
mod catalogue_tests;
pub mod catalogues;
pub mod dates;
mod element;
pub mod fetch;
pub mod fluent;
mod json_ld;
mod page;
#[cfg(test)]
mod publisher_tests;
mod shape;
#[cfg(test)]
mod tests;

use std::rc::Rc;

use yew::{AttrValue, LocalServerRenderer};

use crate::components::{
    App, AppProps, BodyParts, BodyPartsProps, DateWords, Given, NumbersFor, Rendering, Shared,
    Words,
};
use crate::formats::{
    self, read_site, ContentError, NativeEnv, DEFAULT_ARTICLE, DEFAULT_ARTICLE_URL, DEFAULT_SITE,
};
use crate::load::LoadError;
use crate::model::{interface_language, Article, Catalogue, Content, Site};

/// The widget's stylesheet, as the widget adopts it; the renderer's pages link it as `lede.css`.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/lede.min.css"));

/// What to render, and for which page.
#[derive(Debug, Clone)]
pub struct Options {
    /// The content's address: the element's `src`, and what its relative links resolve
    /// against (unless [`base_url`](Self::base_url) says otherwise).
    pub src: Option<String>,
    /// What the content's relative links resolve against, when not `src`.
    pub base_url: Option<String>,
    /// A site configuration: its address (the element's `site`) and its text.
    pub site: Option<Source>,
    /// The address of `lede.js`, relative to the page or absolute; `lede.css` and the built-in
    /// site's feeds are next to it.
    pub bundle: String,
    /// A whole standalone page rather than the element alone.
    pub page: bool,
    /// For a standalone page: its query string (`?src=…&site=…`), which its reader reads.
    pub page_query: String,
    /// The newsletter sign-up (`newsletter="off"` when false).
    pub newsletter: bool,
    /// For a list: the article open from it.
    pub item: Option<usize>,
    /// The language of the page the element goes into, for content that does not give its own.
    pub page_language: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            src: None,
            base_url: None,
            site: None,
            bundle: "lede.js".into(),
            page: false,
            page_query: String::new(),
            newsletter: true,
            item: None,
            page_language: None,
        }
    }
}

/// A document to read: where it is from, and its text.
#[derive(Debug, Clone)]
pub struct Source {
    pub url: String,
    pub text: String,
}

/// Renders `content` (a document in any format lede reads, and where it is from, as its
/// messages name it; `None` for the built-in article). Bad content fails with the widget's own
/// error and message; nothing is written for it.
pub fn render(content: Option<&Source>, options: &Options) -> Result<String, LoadError> {
    let prepared = prepare(content, options)?;
    let app_html = futures::executor::block_on(app_html(&prepared));
    Ok(if options.page {
        page::page(&prepared, &app_html)
    } else {
        element::element(&prepared, &app_html)
    })
}

/// Everything a render needs, read and checked before anything is written.
pub(crate) struct Prepared {
    pub options: Options,
    /// The content as read, and as lede JSON for the widget to hydrate from.
    pub content: Content,
    pub content_json: serde_json::Value,
    /// Where the content's links resolve from.
    pub base: Option<String>,
    pub site: Site,
    pub built_in_site: Site,
    pub site_json: Option<serde_json::Value>,
    pub dates: DateWords,
    /// lede's words, in the interface language chosen for this page.
    pub catalogue: Shared<Catalogue>,
}

fn prepare(content: Option<&Source>, options: &Options) -> Result<Prepared, LoadError> {
    let (text, base, what_url) = match content {
        Some(source) => {
            let base = options.base_url.clone().or_else(|| options.src.clone());
            (source.text.as_str(), base, source.url.clone())
        }
        None => (
            DEFAULT_ARTICLE,
            Some(DEFAULT_ARTICLE_URL.to_owned()),
            "(built in)".into(),
        ),
    };
    let failed = |url: &str, source: ContentError| LoadError::Content {
        what: "article",
        url: url.to_owned(),
        source,
    };
    let env = NativeEnv::new(base.as_deref()).in_page(options.page_language.as_deref());
    let read = formats::within_size(text)
        .and_then(|text| formats::read(text, &env))
        .map_err(|source| failed(&what_url, source))?;
    // What the widget will read back is what is rendered: the same model, exactly.
    let content_json = formats::write_lede(&read);
    let content =
        formats::read_value(&content_json, &env).map_err(|source| failed(&what_url, source))?;
    let built_in_site =
        built_in_site(&options.bundle).map_err(|source| failed("(built in)", source))?;
    let (site, site_json) = match &options.site {
        None => (built_in_site.clone(), None),
        Some(config) => {
            let failed = |source| LoadError::Content {
                what: "site configuration",
                url: config.url.clone(),
                source,
            };
            let json = formats::within_size(&config.text)
                .and_then(formats::parse_json)
                .map_err(failed)?;
            let site = read_site(&json, &NativeEnv::new(Some(&config.url))).map_err(failed)?;
            (site, Some(json))
        }
    };
    let mut options = options.clone();
    if options.page && options.item.is_none() {
        // A standalone page's reader reads `item` from the page's address, as `src`.
        options.item =
            url::form_urlencoded::parse(options.page_query.trim_start_matches('?').as_bytes())
                .find(|(key, _)| key == "item")
                .and_then(|(_, value)| value.trim().parse().ok());
    }
    let catalogue = Shared::from(interface_catalogue(&site, &options, &content));
    Ok(Prepared {
        options,
        catalogue,
        dates: date_words(&content),
        content,
        content_json,
        base,
        site,
        built_in_site,
        site_json,
    })
}

/// The built-in site configuration, its addresses beside `bundle` as in the browser, where they
/// resolve against `lede.js`'s own address. A relative `bundle` is relative to a page whose
/// address the server may not know: the addresses are resolved against a stand-in origin and
/// made relative again, so that they stay relative to the same page.
fn built_in_site(bundle: &str) -> Result<Site, ContentError> {
    const STAND_IN: &str = "https://lede.invalid";
    let json = formats::parse_json(DEFAULT_SITE)?;
    let absolute = url::Url::parse(bundle).is_ok();
    let base = if absolute {
        bundle.to_owned()
    } else if bundle.starts_with('/') {
        format!("{STAND_IN}{bundle}")
    } else {
        format!("{STAND_IN}/{bundle}")
    };
    let mut site = read_site(&json, &NativeEnv::new(Some(&base)))?;
    if !absolute {
        let strip = |url: &mut String| {
            if let Some(path) = url.strip_prefix(STAND_IN) {
                let path = if bundle.starts_with('/') {
                    path
                } else {
                    path.trim_start_matches('/')
                };
                *url = path.to_owned();
            }
        };
        site.sections
            .iter_mut()
            .for_each(|section| strip(&mut section.feed));
        site.search.feeds.iter_mut().for_each(strip);
        if let Some(endpoint) = &mut site.newsletter.endpoint {
            strip(endpoint);
        }
        if let Some(logo) = &mut site.logo {
            strip(logo);
        }
    }
    Ok(site)
}

/// The catalogue of the interface language: the site's, else the page's, else the content's
/// (a server does not know the reader's own languages). The browser keeps it: see
/// [`Given::catalogue`].
fn interface_catalogue(site: &Site, options: &Options, content: &Content) -> Catalogue {
    let content_language = match content {
        Content::Article(article) => article.language.as_deref(),
        Content::Feed(feed) => feed.items.first().and_then(|item| item.language.as_deref()),
    };
    let wishes = [
        site.language.as_deref(),
        options.page_language.as_deref(),
        content_language,
    ];
    let language = interface_language(wishes.into_iter().flatten());
    // The catalogues are checked by the tests; should one not compile, English is right.
    catalogues::catalogue(language).unwrap_or_default()
}

/// The words for every date the content shows, in its articles' languages.
fn date_words(content: &Content) -> DateWords {
    let articles: Vec<&Article> = match content {
        Content::Article(article) => vec![article],
        Content::Feed(feed) => feed.items.iter().collect(),
    };
    let mut words = Vec::new();
    for article in articles {
        for stamp in [&article.published, &article.updated].into_iter().flatten() {
            let language = article.language.clone();
            let entry = (stamp.iso().to_owned(), language.clone());
            if !words
                .iter()
                .any(|(iso, lang, _)| (iso, lang) == (&entry.0, &entry.1))
            {
                let text = dates::date_words(stamp, language.as_deref());
                words.push((entry.0, entry.1, text));
            }
        }
    }
    DateWords::new(words)
}

/// The props the widget will have in the browser, as the server renders them.
pub(crate) fn app_props(prepared: &Prepared, body_html: Option<AttrValue>) -> AppProps {
    let options = &prepared.options;
    AppProps {
        src: element::element_src(prepared).map(AttrValue::from),
        item: options.item,
        site: element::element_site(prepared).map(AttrValue::from),
        standalone: options.page,
        page_query: AttrValue::from(options.page_query.clone()),
        newsletter: options.newsletter,
        page_language: options.page_language.clone().map(AttrValue::from),
        rendering: Rendering::Server,
        given: Given {
            content: Some(Shared(Rc::new(Ok(prepared.content.clone())))),
            body_html,
            built_in_site: Shared::from(prepared.built_in_site.clone()),
            site: options
                .site
                .as_ref()
                .map(|_| Shared::from(prepared.site.clone())),
            reading: Default::default(),
            date_words: prepared.dates.clone(),
            catalogue: Some(prepared.catalogue.clone()),
            numbers: NumbersFor(catalogues::numbers_for),
            ..Given::default()
        },
        ..AppProps::default()
    }
}

/// The words the app renders with, for what is rendered apart from it.
fn words(prepared: &Prepared) -> Words {
    Words::new(
        prepared.catalogue.clone(),
        Shared::from(prepared.site.messages.clone()),
        catalogues::numbers_for(&prepared.catalogue.language),
    )
}

/// The reader, rendered as the widget's first render in the browser will find it.
async fn app_html(prepared: &Prepared) -> String {
    let body_html = match &prepared.content {
        Content::Article(article) if prepared.options.item.is_none() => {
            let props = BodyPartsProps {
                article: Shared::from(article.clone()),
                ads: prepared.site.ads,
                players: prepared.site.players.clone(),
                words: words(prepared),
            };
            Some(AttrValue::from(
                LocalServerRenderer::<BodyParts>::with_props(props)
                    .hydratable(false)
                    .render()
                    .await,
            ))
        }
        _ => None,
    };
    LocalServerRenderer::<App>::with_props(app_props(prepared, body_html))
        .hydratable(true)
        .render()
        .await
}
