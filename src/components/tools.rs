//! The row under the dateline: how long the article takes to read, Share, and Listen.

use std::time::Duration;

use gloo::timers::future::sleep;
use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::model::{reading_minutes, Article, Block};

use super::language::{UI_DIRECTION, UI_LANGUAGE};
use super::read_aloud::ReadAloud;
use super::Shared;

#[derive(Properties, PartialEq)]
pub struct ToolsProps {
    pub article: Shared<Article>,
    /// The `<article>` element, whose paragraphs Listen reads.
    pub root: NodeRef,
    /// The reading time: the fastest and slowest usual readers, in minutes.
    pub minutes: (u32, u32),
}

/// The article's reading time range, in minutes (Firefox Reader View's speeds by language).
pub fn article_minutes(article: &Article) -> (u32, u32) {
    reading_minutes(body_characters(article), article.language.as_deref())
}

#[function_component]
pub fn ArticleTools(props: &ToolsProps) -> Html {
    let article = &props.article;
    let (fast, slow) = props.minutes;
    let time = if fast == slow {
        format!("{fast} min read")
    } else {
        format!("{fast}–{slow} min read")
    };
    html! {
        <div class="reading-tools" part="tools" lang={UI_LANGUAGE} dir={UI_DIRECTION}>
            <p class="reading-time">{ time }</p>
            if let Some(url) = &article.url {
                <ShareButton url={AttrValue::from(url.clone())} title={AttrValue::from(article.headline.clone())} />
            }
            <ReadAloud root={props.root.clone()} language={article.language.clone().map(AttrValue::from)} />
        </div>
    }
}

/// Characters of the article's text, as the reading speeds count them.
fn body_characters(article: &Article) -> usize {
    let mut characters = article.headline.chars().count();
    Block::each_text(&article.body, &mut |text| {
        characters += text.chars().count()
    });
    characters
}

#[derive(Properties, PartialEq)]
struct ShareProps {
    url: AttrValue,
    title: AttrValue,
}

/// The Web Share API where the browser has it; otherwise the link is copied, and said so.
#[function_component]
fn ShareButton(props: &ShareProps) -> Html {
    let note = use_state(|| None::<&'static str>);
    let onclick = {
        let (note, url, title) = (note.clone(), props.url.clone(), props.title.clone());
        Callback::from(move |_: MouseEvent| {
            let (note, url, title) = (note.clone(), url.clone(), title.clone());
            spawn_local(async move {
                let Some(navigator) = web_sys::window().map(|window| window.navigator()) else {
                    return;
                };
                let can_share = js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false);
                if can_share {
                    let data = web_sys::ShareData::new();
                    data.set_title(&title);
                    data.set_url(&url);
                    // Dismissing the share sheet rejects: nothing to say then.
                    let _ = JsFuture::from(navigator.share_with_data(&data)).await;
                    return;
                }
                let copied = JsFuture::from(navigator.clipboard().write_text(&url))
                    .await
                    .is_ok();
                note.set(Some(if copied {
                    "Link copied"
                } else {
                    "Couldn't copy the link"
                }));
                sleep(Duration::from_secs(4)).await;
                note.set(None);
            });
        })
    };
    html! {
        <>
            <button type="button" class="tool-button scripted" {onclick}>{ "Share" }</button>
            <span class="tool-note" role="status">{ note.unwrap_or_default() }</span>
        </>
    }
}
