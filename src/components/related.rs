//! Up to four cards at an article's end: the articles its content says are related, else the
//! other articles of its section's feed (the list it was opened from, or the site's section of
//! its name), never the article itself. Plain links, so they work without the program.

use yew::prelude::*;

use crate::model::{related_articles, Article, Content, Feed, Message, RelatedLink};
use crate::web::{load_content, Abort};

use super::language::content_lang;
use super::publishing::Publishing;
use super::rendering::use_live;
use super::words::use_words;
use super::Shared;

#[derive(Properties, PartialEq)]
pub struct RelatedProps {
    pub article: Shared<Article>,
    /// The list the article was opened from, if any: its section's feed.
    #[prop_or_default]
    pub feed: Option<Shared<Feed>>,
}

#[component]
pub fn RelatedArticles(props: &RelatedProps) -> Html {
    let publishing = use_context::<Publishing>().unwrap_or_default();
    let words = use_words();
    let live = use_live();
    let loaded = use_state(|| None::<Shared<Feed>>);
    let article = &props.article;
    // The section's feed is loaded only when nothing else gives related articles, and only by
    // the program: a server renders what the content itself says.
    let section_feed = (article.related.is_empty() && props.feed.is_none())
        .then(|| {
            let section = article.section.as_deref()?;
            publishing
                .sections
                .iter()
                .find(|candidate| candidate.title.eq_ignore_ascii_case(section))
                .map(|candidate| AttrValue::from(candidate.feed.clone()))
        })
        .flatten();
    {
        let loaded = loaded.clone();
        use_effect_with((section_feed, live), move |(section_feed, live)| {
            let abort = Abort::new();
            match section_feed.clone().filter(|_| *live) {
                Some(src) => abort.ticket().spawn(
                    move |signal| async move { load_content(&src, None, signal.as_ref()).await },
                    // A feed that cannot be loaded only means no cards: nothing to report.
                    move |result| {
                        if let Ok(Content::Feed(feed)) = result {
                            loaded.set(Some(Shared::from(feed)));
                        }
                    },
                ),
                None if loaded.is_some() => loaded.set(None),
                None => {}
            }
            move || drop(abort)
        });
    }
    let feed = props.feed.clone().or_else(|| (*loaded).clone());
    let links = related_articles(
        article,
        feed.as_ref().map_or(&[][..], |feed| feed.items.as_slice()),
    );
    if links.is_empty() {
        return Html::default();
    }
    html! {
        // Not a named region: two readers on one page would have two alike.
        <section class="related" part="related">
            <h2 class="related-title" lang={words.language()} dir={words.direction()}>{ words.say(Message::ReadNext) }</h2>
            <ul class="related-cards" lang={content_lang(article.language.as_deref())}>
                { for links.iter().map(card) }
            </ul>
        </section>
    }
}

fn card(link: &RelatedLink) -> Html {
    let words = link.headline.clone().unwrap_or_else(|| link.url.clone());
    html! {
        <li class="related-card" part="card">
            <a class="related-link" href={link.url.clone()}>
                if let Some(image) = &link.image {
                    // Decorative: the headline names the card.
                    <img class="related-image" src={image.src.clone()} alt="" loading="lazy" decoding="async"
                        width={image.width.map(|w| w.to_string())} height={image.height.map(|h| h.to_string())} />
                }
                <span class="related-headline">{ words }</span>
            </a>
        </li>
    }
}
