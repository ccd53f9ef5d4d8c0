//! What the widget starts with, so that its first render needs nothing from the network or
//! from storage: content that is already here, the site configurations, the reading settings,
//! and what a server wrote. The embedding layer gathers it in the browser, the renderer on a
//! server.

use yew::AttrValue;

use super::date_words::DateWords;
use super::words::NumbersFor;
use super::Shared;
use crate::load::LoadError;
use crate::model::{Catalogue, Content, ReadingSettings, Site};

#[derive(Debug, Clone, PartialEq)]
pub struct Given {
    /// What reading the content at `src` (or the built-in article) gave, when it is already
    /// here: the widget then shows it in its first render.
    pub content: Option<Shared<Result<Content, LoadError>>>,
    /// The article body as a server rendered it (on the server), or `""`, to take over the
    /// body the server sent as it is (in the browser over a server's HTML).
    pub body_html: Option<AttrValue>,
    /// The built-in site configuration, its addresses resolved against the bundle's.
    pub built_in_site: Shared<Site>,
    /// The site configuration at `site`, when it is already here.
    pub site: Option<Shared<Site>>,
    pub reading: ReadingSettings,
    pub date_words: DateWords,
    /// The words a server chose and wrote: the browser's first render over its HTML must say
    /// the same, so they stay for the widget's life, whatever the browser would prefer.
    pub catalogue: Option<Shared<Catalogue>>,
    /// The reader's preferred languages (`navigator.languages`): none on a server.
    pub preferred_languages: Shared<Vec<String>>,
    /// The address of the folder of catalogues beside `lede.js` (`…/locales/`).
    pub catalogues: AttrValue,
    /// How numbers are written and counted in a language, by whoever renders.
    pub numbers: NumbersFor,
}

impl Default for Given {
    fn default() -> Self {
        Self {
            content: None,
            body_html: None,
            built_in_site: Shared::from(Site::named("EconoTimes")),
            site: None,
            reading: ReadingSettings::default(),
            date_words: DateWords::default(),
            catalogue: None,
            preferred_languages: Shared::from(Vec::new()),
            catalogues: AttrValue::default(),
            numbers: NumbersFor::default(),
        }
    }
}

impl Given {
    /// The section of the given content, for the masthead's label.
    pub fn section(&self) -> Option<AttrValue> {
        let content = self.content.as_deref()?.as_ref().ok()?;
        let section = match content {
            Content::Article(article) => article.section.clone(),
            Content::Feed(feed) => feed.title.clone(),
        };
        section.map(AttrValue::from)
    }

    /// The language of the given content, as it says.
    pub fn language(&self) -> Option<AttrValue> {
        let content = self.content.as_deref()?.as_ref().ok()?;
        let language = match content {
            Content::Article(article) => article.language.clone(),
            Content::Feed(feed) => feed.items.first().and_then(|item| item.language.clone()),
        };
        language.map(AttrValue::from)
    }
}
