//! The row under the dateline: how long the article takes to read, Share, and Listen.

use std::time::Duration;

use gloo::timers::future::sleep;
use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::model::{reading_minutes, Arg, Article, Block, Message};

use super::read_aloud::ReadAloud;
use super::words::use_words;
use super::Shared;

#[derive(Properties, PartialEq)]
pub struct ToolsProps {
    pub article: Shared<Article>,
    /// The `<article>` element, whose paragraphs Listen reads.
    pub root: NodeRef,
    /// The reading time: the fastest and slowest usual readers, in minutes.
    pub minutes: (u32, u32),
}

/// The article's reading time range, in minutes (Firefox Reader View's speeds by language);
/// none for an article without text (a wall with nothing free before it, a picture alone).
pub fn article_minutes(article: &Article) -> (u32, u32) {
    match body_characters(article) {
        None => (0, 0),
        Some(characters) => reading_minutes(characters, article.language.as_deref()),
    }
}

#[component]
pub fn ArticleTools(props: &ToolsProps) -> Html {
    let article = &props.article;
    let words = use_words();
    let (fast, slow) = props.minutes;
    let time = if fast == slow {
        words.with(
            Message::ReadingTimeExact,
            &[("minutes", Arg::Number(u64::from(fast)))],
        )
    } else {
        words.with(
            Message::ReadingTime,
            &[
                ("fast", Arg::Number(u64::from(fast))),
                ("slow", Arg::Number(u64::from(slow))),
            ],
        )
    };
    // Without text there is nothing to time or read aloud.
    let has_text = slow > 0;
    html! {
        <div class="reading-tools" part="tools" lang={words.language()} dir={words.direction()}>
            if has_text {
                <p class="reading-time">{ time }</p>
            }
            if let Some(url) = &article.url {
                <ShareButton url={AttrValue::from(url.clone())} title={AttrValue::from(article.headline.clone())} />
            }
            if has_text {
                <ReadAloud root={props.root.clone()} language={article.language.clone().map(AttrValue::from)} />
            }
        </div>
    }
}

/// Characters of the article's text, as the reading speeds count them; none when its body has
/// no text.
fn body_characters(article: &Article) -> Option<usize> {
    let mut characters = article.headline.chars().count();
    let mut has_text = false;
    Block::each_text(&article.body, &mut |text| {
        characters += text.chars().count();
        has_text |= !text.trim().is_empty();
    });
    has_text.then_some(characters)
}

#[derive(Properties, PartialEq)]
struct ShareProps {
    url: AttrValue,
    title: AttrValue,
}

/// The Web Share API where the browser has it; otherwise the link is copied, and said so.
#[component]
fn ShareButton(props: &ShareProps) -> Html {
    let words = use_words();
    let note = use_state(|| None::<Message>);
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
                    Message::LinkCopied
                } else {
                    Message::LinkNotCopied
                }));
                sleep(Duration::from_secs(4)).await;
                note.set(None);
            });
        })
    };
    html! {
        <>
            <button type="button" class="tool-button scripted" {onclick}>{ words.say(Message::Share) }</button>
            <span class="tool-note" role="status">{ note.map(|note| words.say(note)).unwrap_or_default() }</span>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Image, Inline};

    #[test]
    fn an_article_without_text_has_no_reading_time() {
        let article = |body| Article {
            headline: "Members only".into(),
            body,
            ..Article::default()
        };
        assert_eq!(article_minutes(&article(Vec::new())), (0, 0));
        let picture = Block::Figure(Box::new(Image {
            src: "https://news.example/a.jpg".into(),
            ..Image::default()
        }));
        assert_eq!(article_minutes(&article(vec![picture])), (0, 0));
        let text = Block::Paragraph(vec![Inline::text("One paragraph of text.")]);
        assert_eq!(article_minutes(&article(vec![text])), (1, 1));
    }
}
