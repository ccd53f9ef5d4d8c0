//! Inline runs as HTML: text, styles, links (out of the widget or to a place in the article),
//! pictures in the text, formulas and the targets of in-page links.

use yew::prelude::*;

use crate::model::{Arg, Image, Inline, LinkTarget, Message};

use super::math::formula;
use super::picture::{picture, Fetch};
use super::words::Words;

/// Content ids carry this prefix, so that no content can take one of lede's own ids
/// (`lede-menu`, `lede-search`…) or another part of the page's.
pub const CONTENT_ID_PREFIX: &str = "content-";

/// The id an element of the content gets for `id`.
pub fn content_id(id: &str) -> String {
    format!("{CONTENT_ID_PREFIX}{id}")
}

pub fn inlines(runs: &[Inline], words: &Words) -> Html {
    runs_html(runs, false, words)
}

/// `in_link`: inside a link already, where another link cannot be (the parser would end the
/// first one there), so inner links give their content only.
fn runs_html(runs: &[Inline], in_link: bool, words: &Words) -> Html {
    runs.iter().map(|run| inline(run, in_link, words)).collect()
}

fn inline(run: &Inline, in_link: bool, words: &Words) -> Html {
    match run {
        Inline::Text(text) => html! { { text } },
        Inline::Styled { style, content } => {
            html! { <@{style.tag()}>{ runs_html(content, in_link, words) }</@> }
        }
        Inline::Link { content, .. } if in_link => runs_html(content, true, words),
        Inline::Link { target, content } => {
            let label = wordless(content).then(|| link_label(target, None, words));
            to(target, runs_html(content, true, words), label)
        }
        Inline::Abbreviation { title, content } => {
            html! { <abbr title={title.clone()}>{ runs_html(content, in_link, words) }</abbr> }
        }
        Inline::Time { datetime, content } => {
            html! { <time datetime={datetime.clone()}>{ runs_html(content, in_link, words) }</time> }
        }
        Inline::Language {
            tag,
            direction,
            content,
        } => {
            let content = runs_html(content, in_link, words);
            match direction {
                // Isolated, so that the words' own script sets their direction.
                None => html! { <bdi lang={tag.clone()}>{ content }</bdi> },
                Some(direction) => {
                    html! { <span lang={tag.clone()} dir={direction.as_html()}>{ content }</span> }
                }
            }
        }
        // The parentheses show the reading beside its text where ruby is not drawn (a reader
        // mode, a feed reader); the browser hides them.
        Inline::Ruby { base, reading } => html! {
            <ruby>{ runs_html(base, in_link, words) }<rp>{ "(" }</rp><rt>{ reading }</rt><rp>{ ")" }</rp></ruby>
        },
        Inline::Image(image) => inline_picture(image, in_link, words),
        Inline::Math(math) => formula(math),
        Inline::Target(id) => html! { <span class="target" id={content_id(id)}></span> },
        Inline::LineBreak => html! { <br /> },
    }
}

/// A picture in the run of text: as tall as it is, never wider than the column.
fn inline_picture(image: &Image, in_link: bool, words: &Words) -> Html {
    let img = picture(image, Some("inline-picture"), Fetch::Lazily);
    match &image.link {
        Some(target) if !in_link => {
            let label = image
                .alt
                .is_empty()
                .then(|| link_label(target, None, words));
            to(target, img, label)
        }
        _ => img,
    }
}

/// Whether a link's content gives it no name: no words, and only pictures without a
/// description.
fn wordless(content: &[Inline]) -> bool {
    let mut described = false;
    Inline::each_image(content, &mut |image| described |= !image.alt.is_empty());
    !described && Inline::plain_text(content).trim().is_empty()
}

/// A name for a link whose content gives none (a picture without a description): the words
/// that go with it, else where it goes.
pub fn link_label(target: &LinkTarget, text: Option<&[Inline]>, words: &Words) -> String {
    let text = text
        .map(Inline::plain_text)
        .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|text| !text.is_empty());
    if let Some(text) = text {
        return text.chars().take(160).collect();
    }
    match target {
        LinkTarget::Web(url) => {
            let host = url
                .split("://")
                .nth(1)
                .and_then(|rest| rest.split(['/', '?', '#']).next())
                .filter(|host| !host.is_empty());
            match host {
                Some(host) => words.with(Message::LinkTo, &[("host", Arg::Text(host))]),
                None => words.say(Message::Link),
            }
        }
        LinkTarget::InPage(_) => words.say(Message::LinkInPage),
    }
}

/// A link to where `target` goes, named by `label` when its content has no name of its own.
pub fn to(target: &LinkTarget, content: Html, label: Option<String>) -> Html {
    match target {
        LinkTarget::Web(url) => labelled_link(url, content, label),
        // Followed by the article's `Footnotes`, inside the shadow root where the browser
        // would not look.
        LinkTarget::InPage(id) => html! {
            <a href={format!("#{}", content_id(id))} class="in-page" aria-label={label}>{ content }</a>
        },
    }
}

/// A link out of the widget: web links open in a new tab, so the host page stays where it is.
pub fn link(href: &str, content: Html) -> Html {
    labelled_link(href, content, None)
}

fn labelled_link(href: &str, content: Html, label: Option<String>) -> Html {
    if href.starts_with("http:") || href.starts_with("https:") {
        html! {
            <a href={href.to_owned()} target="_blank" rel="noopener noreferrer" aria-label={label}>{ content }</a>
        }
    } else {
        html! { <a href={href.to_owned()} aria-label={label}>{ content }</a> }
    }
}
