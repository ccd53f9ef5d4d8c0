//! A list of articles as cards: picture, headline, summary and how long ago it was published.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::{Article, Feed, Message};

use super::date_text::DateText;
use super::language::content_lang;
use super::words::use_words;
use super::Shared;

#[derive(Properties, PartialEq)]
pub struct FeedViewProps {
    pub feed: Shared<Feed>,
    /// Told the index of the card the reader chose.
    pub on_open: Callback<usize>,
    /// The card to focus once shown: the one the reader came back from.
    #[prop_or_default]
    pub focus: Option<usize>,
    /// The language of the feed's own title: the page's.
    #[prop_or_default]
    pub language: Option<AttrValue>,
    /// Focuses the list's title once shown (unless a card is to have it): the reader chose the
    /// list, or pressed Retry and the button is gone.
    #[prop_or_default]
    pub take_focus: bool,
}

#[component]
pub fn FeedView(props: &FeedViewProps) -> Html {
    let words = use_words();
    let list = use_node_ref();
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        let take_focus = props.take_focus && props.focus.is_none();
        use_effect_with(take_focus, move |&take_focus| {
            if take_focus {
                if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = heading.focus();
                }
            }
        });
    }
    {
        let list = list.clone();
        use_effect_with(props.focus, move |focus| {
            let link = focus.and_then(|index| {
                let list = list.cast::<web_sys::Element>()?;
                let selector = format!("li:nth-child({}) .card-link", index + 1);
                list.query_selector(&selector)
                    .ok()??
                    .dyn_into::<web_sys::HtmlElement>()
                    .ok()
            });
            if let Some(link) = link {
                // The reader restores the list's scroll position itself: focusing must not move it.
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = link.focus_with_options(&options);
            }
        });
    }
    // The feed's own title is content; the stand-in is lede's.
    let (title, title_lang) = match &props.feed.title {
        Some(title) => (title.clone(), Some(content_lang(props.language.as_deref()))),
        None => (words.say(Message::LatestArticles), None),
    };
    html! {
        // Not a named region: two readers on one page may show lists of the same title.
        <section class="feed" part="feed">
            <h1 class="feed-title" lang={title_lang} tabindex="-1" ref={heading}>{ title }</h1>
            if props.feed.items.is_empty() {
                // A new section: nothing has been published in it yet.
                <p class="feed-empty">{ words.say(Message::FeedEmpty) }</p>
            } else {
                <ul class="cards" ref={list}>
                    { for props.feed.items.iter().enumerate().map(|(index, article)| card(article, index, &props.on_open)) }
                </ul>
            }
        </section>
    }
}

fn card(article: &Article, index: usize, on_open: &Callback<usize>) -> Html {
    let onclick = on_open.reform(move |event: MouseEvent| {
        // The card opens here; a middle or modified click still opens the source's own page.
        event.prevent_default();
        index
    });
    let href = article.url.clone().unwrap_or_else(|| "#".into());
    html! {
        // Each card in its article's language and direction: a feed may mix them.
        <li class="card" part="card" lang={content_lang(article.language.as_deref())} dir={article.direction.map(|d| d.as_html())}>
            if let Some(image) = &article.hero {
                // Decorative here: the headline next to it names the card.
                <img class="card-image" src={image.src.clone()} alt="" loading="lazy" decoding="async"
                    width={image.width.map(|w| w.to_string())} height={image.height.map(|h| h.to_string())} />
            }
            <div class="card-text">
                if let Some(section) = &article.section {
                    <p class="section">{ section }</p>
                }
                <h2 class="card-headline">
                    <a class="card-link" {href} {onclick}>{ &article.headline }</a>
                </h2>
                if let Some(summary) = &article.standfirst {
                    <p class="card-summary">{ summary }</p>
                }
                if let Some(published) = &article.published {
                    <p class="card-meta">
                        <DateText stamp={published.clone()} language={article.language.clone().map(AttrValue::from)} relative=true />
                    </p>
                }
            </div>
        </li>
    }
}
