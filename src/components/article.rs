//! The article view: section label, headline, standfirst, byline and date, hero figure, body.

use yew::prelude::*;

use crate::model::{Article, Byline};
use crate::web::format_date;

use super::body::{blocks, link};
use super::figure::figure;
use super::Shared;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    pub article: Shared<Article>,
    /// Moves focus to the headline once shown, after the reader asked to retry.
    #[prop_or_default]
    pub take_focus: bool,
}

#[function_component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let article = &props.article;
    let headline = use_node_ref();
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
    let language = article.language.as_deref();
    html! {
        <article class="article" lang={article.language.clone()} dir={article.direction.map(|d| d.as_html())}>
            <header class="article-header">
                if let Some(section) = &article.section {
                    <p class="section">{ section }</p>
                }
                <h1 class="headline" tabindex="-1" ref={headline} elementtiming="headline">
                    { &article.headline }
                </h1>
                if let Some(standfirst) = &article.standfirst {
                    <p class="standfirst">{ standfirst }</p>
                }
                { bylines(&article.bylines) }
                if article.published.is_some() || article.updated.is_some() {
                    <p class="dateline">
                        if let Some(published) = &article.published {
                            <time datetime={published.iso().to_owned()}>{ format_date(published, language) }</time>
                        }
                        if let Some(updated) = article.updated.as_ref().filter(|u| Some(*u) != article.published.as_ref()) {
                            <span class="updated">
                                { "Updated " }
                                <time datetime={updated.iso().to_owned()}>{ format_date(updated, language) }</time>
                            </span>
                        }
                    </p>
                }
            </header>
            if let Some(hero) = &article.hero {
                { figure(hero, true) }
            }
            <div class="article-body">{ blocks(&article.body) }</div>
        </article>
    }
}

/// "By Ana Lima, Joe Bloggs and Jo Smith", names linked where the source gives a page.
fn bylines(bylines: &[Byline]) -> Html {
    if bylines.is_empty() {
        return Html::default();
    }
    let last = bylines.len() - 1;
    let names = bylines.iter().enumerate().map(|(index, byline)| {
        let separator = match index {
            0 => "",
            i if i == last => " and ",
            _ => ", ",
        };
        let name = match &byline.url {
            Some(url) => link(url, html! { { &byline.name } }),
            None => html! { { &byline.name } },
        };
        html! { <>{ separator }<span class="author">{ name }</span></> }
    });
    html! { <p class="byline">{ "By " }{ for names }</p> }
}
