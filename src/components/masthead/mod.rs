//! The site's masthead: Menu, the brand, the current section, Search, and market data.

mod markets;
mod menu;
mod popover;
mod search;
mod settings;

use yew::prelude::*;

use crate::model::{ReadingSettings, Site};

use super::words::use_words;

use super::newsletter::{subscribe_button, NewsletterOpener};
use super::view::View;
use super::Shared;
use markets::MarketStrip;
use menu::Menu;
use search::Search;
use settings::ReadingSettingsPanel;

#[derive(Properties, PartialEq)]
pub struct MastheadProps {
    pub site: Shared<Site>,
    /// The section label beside the brand ("Politics").
    pub section: Option<AttrValue>,
    /// The address being read, to mark the current section.
    pub current: Option<AttrValue>,
    pub standalone: bool,
    /// The standalone page's query string, which its views' addresses keep.
    pub page_query: AttrValue,
    /// Why the site configuration could not be used, when it could not.
    pub notice: Option<AttrValue>,
    pub on_navigate: Callback<View>,
    pub reading: ReadingSettings,
    pub on_reading: Callback<ReadingSettings>,
}

#[component]
pub fn Masthead(props: &MastheadProps) -> Html {
    let newsletter = use_context::<Option<NewsletterOpener>>().flatten();
    let words = use_words();
    let site = &props.site;
    // A configured section names itself; otherwise the label is what the reader reports.
    let section = site
        .sections
        .iter()
        .find(|section| props.current.as_deref() == Some(section.feed.as_str()))
        .map(|section| AttrValue::from(section.title.clone()))
        .or_else(|| props.section.clone());
    let brand = match &site.logo {
        Some(logo) => {
            html! { <img class="brand-logo" src={logo.clone()} alt={site.name.clone()} /> }
        }
        None => html! { { &site.name } },
    };
    html! {
        <header class="masthead" part="header">
            <div class="masthead-bar">
                <Menu site={site.clone()} current={props.current.clone()} standalone={props.standalone} page_query={props.page_query.clone()}
                    on_navigate={props.on_navigate.clone()} />
                <p class="brand">
                    if let Some(url) = &site.url {
                        <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ brand }</a>
                    } else {
                        { brand }
                    }
                </p>
                if let Some(section) = &section {
                    <p class="current-section">{ section }</p>
                }
                if let Some(opener) = newsletter {
                    { subscribe_button("masthead-button subscribe-button", opener, &words) }
                }
                <ReadingSettingsPanel settings={props.reading} on_change={props.on_reading.clone()} />
                if site.search.is_available() {
                    <Search site={site.clone()} on_open={props.on_navigate.clone()} />
                }
            </div>
            if let Some(markets) = &site.markets {
                <MarketStrip quotes={AttrValue::from(markets.quotes.clone())} refresh_seconds={markets.refresh_seconds} />
            }
            // Always there, so that a notice that comes is read out.
            <p class="notice" role="status">{ props.notice.clone() }</p>
        </header>
    }
}
