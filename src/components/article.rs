//! The article view: section label, headline, standfirst, byline and date, hero figure, body.

use yew::prelude::*;

use crate::model::{Article, Byline, Feed, Message};
use crate::web::{mark_after_paint, HEADLINE_MARK};

use super::analytics::use_reading_analytics;
use super::article_body::ArticleBody;
use super::body::link;
use super::date_text::DateText;
use super::figure::figure;
use super::language::{content_lang, ui_words};
use super::newsletter::{subscribe_button, NewsletterOpener};
use super::paywall::paywall;
use super::players::use_players;
use super::progress::ReadingProgress;
use super::publishing::Publishing;
use super::related::RelatedArticles;
use super::tools::{article_minutes, ArticleTools};
use super::words::{use_words, Words};
use super::zoom::Zoom;
use super::Shared;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    pub article: Shared<Article>,
    /// Moves focus to the headline once shown: after Retry, or when opened from a list.
    #[prop_or_default]
    pub take_focus: bool,
    /// Shows a "back to the list" button, for an article opened from a list.
    #[prop_or_default]
    pub on_back: Option<Callback<()>>,
    /// The body as a server rendered it (see [`Given`](super::given::Given)).
    #[prop_or_default]
    pub body_html: Option<AttrValue>,
    /// The list the article was opened from, for its related articles.
    #[prop_or_default]
    pub feed: Option<Shared<Feed>>,
}

#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let article = &props.article;
    let words = use_words();
    let headline = use_node_ref();
    let root = use_node_ref();
    let minutes = *use_memo(props.article.clone(), |article| article_minutes(article));
    {
        let headline = headline.clone();
        use_effect_with(props.take_focus, move |&take_focus| {
            if take_focus {
                if let Some(element) = headline.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    use_effect_with(props.article.clone(), |_| mark_after_paint(HEADLINE_MARK));
    use_players(&root, article);
    use_reading_analytics(&root, article);
    let newsletter = use_context::<Option<NewsletterOpener>>().flatten();
    let publishing = use_context::<Publishing>().unwrap_or_default();
    let lang = content_lang(article.language.as_deref());
    let language = article.language.clone().map(AttrValue::from);
    let back = props.on_back.as_ref().map(|on_back| {
        let onclick = on_back.reform(|_: MouseEvent| ());
        html! {
            <div class="back-bar">
                <button type="button" class="button back scripted" part="button back-button" {onclick}>{ words.say(Message::BackToList) }</button>
            </div>
        }
    });
    html! {
        <>
        { for back }
        if minutes.1 > 0 {
            <ReadingProgress root={root.clone()} minutes={minutes.1} />
        }
        <article class="article" part="article" ref={root.clone()} {lang} dir={article.direction.map(|d| d.as_html())}>
            <header class="article-header">
                if let Some(section) = &article.section {
                    <p class="section" part="section">{ section }</p>
                }
                <h1 class="headline" part="headline" tabindex="-1" ref={headline} elementtiming="headline">
                    { &article.headline }
                </h1>
                if let Some(standfirst) = &article.standfirst {
                    <p class="standfirst" part="standfirst">{ standfirst }</p>
                }
                { bylines(&article.bylines, &words) }
                if article.published.is_some() || article.updated.is_some() {
                    <p class="dateline" part="dateline">
                        if let Some(published) = &article.published {
                            <DateText stamp={published.clone()} language={language.clone()} />
                        }
                        if let Some(updated) = article.updated.as_ref().filter(|u| Some(*u) != article.published.as_ref()) {
                            <span class="updated">
                                { ui_words(&words, words.say(Message::Updated)) }{ " " }
                                <DateText stamp={updated.clone()} language={language.clone()} />
                            </span>
                        }
                    </p>
                }
                <ArticleTools article={props.article.clone()} root={root.clone()} {minutes} />
            </header>
            if let Some(hero) = &article.hero {
                { figure(hero, true, &words) }
            }
            // The host page's own elements (`slot="…"`) show in these places.
            <slot name="before-body"></slot>
            <ArticleBody article={props.article.clone()} server_html={props.body_html.clone()} ads={publishing.ads}
                players={publishing.players.clone()} />
            if article.paywalled {
                { paywall(&publishing.paywall, &words) }
            }
            <slot name="end"></slot>
            <RelatedArticles article={props.article.clone()} feed={props.feed.clone()} />
            if let Some(opener) = newsletter {
                // Not a named landmark: two readers on one page would have two alike.
                <aside class="newsletter-cta" lang={words.language()} dir={words.direction()}>
                    <p>{ words.say(Message::NewsletterInvitation) }</p>
                    { subscribe_button("button", opener, &words) }
                </aside>
            }
        </article>
        <super::footnotes::Footnotes root={root.clone()} article={props.article.clone()} />
        <Zoom root={root.clone()} article={props.article.clone()} />
        </>
    }
}

/// "By Ana Lima, Joe Bloggs and Jo Smith", names linked where the source gives a page.
fn bylines(bylines: &[Byline], words: &Words) -> Html {
    if bylines.is_empty() {
        return Html::default();
    }
    let last = bylines.len() - 1;
    let (and, comma) = (words.say(Message::NamesAnd), words.say(Message::NamesComma));
    let names = bylines.iter().enumerate().map(|(index, byline)| {
        let separator = match index {
            0 => "",
            i if i == last => and.as_str(),
            _ => comma.as_str(),
        };
        let name = match &byline.url {
            Some(url) => link(url, html! { { &byline.name } }),
            None => html! { { &byline.name } },
        };
        html! { <>{ separator }<span class="author">{ name }</span></> }
    });
    html! { <p class="byline" part="byline">{ ui_words(words, words.say(Message::By)) }{ " " }{ for names }</p> }
}
