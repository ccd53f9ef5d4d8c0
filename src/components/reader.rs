//! The reader: loads the content at `src` (or the built-in article) and shows it, a skeleton
//! while it loads, or what went wrong with a way to retry.

use std::cell::Cell;
use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::formats::Content;
use crate::model::Article;
use crate::web::{default_content, load_content, Abort, LoadError};

use super::article::ArticleView;
use super::error_panel::ErrorPanel;
use super::skeleton::Skeleton;
use super::Shared;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct ReaderProps {
    /// The content's address; `None` shows the built-in article.
    #[prop_or_default]
    pub src: Option<AttrValue>,
    /// Told each time the reader starts loading, is ready, or fails.
    #[prop_or_default]
    pub on_status: Callback<ReaderStatus>,
}

/// What the reader is doing, for whoever hosts it (the element's `data-state` and events).
#[derive(Debug, Clone, PartialEq)]
pub enum ReaderStatus {
    Loading,
    Ready { title: String, url: Option<String> },
    Failed { kind: &'static str, message: String },
}

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Ready(Shared<Article>),
    Failed(Shared<LoadError>),
}

impl Load {
    fn from_result(result: Result<Content, LoadError>) -> Self {
        match result {
            Ok(Content::Article(article)) => Self::Ready(article.into()),
            Err(error) => Self::Failed(error.into()),
        }
    }

    fn status(&self) -> ReaderStatus {
        match self {
            Self::Loading => ReaderStatus::Loading,
            Self::Ready(article) => ReaderStatus::Ready {
                title: article.headline.clone(),
                url: article.url.clone(),
            },
            Self::Failed(error) => ReaderStatus::Failed {
                kind: error.kind(),
                message: error.to_string(),
            },
        }
    }
}

thread_local! {
    /// The built-in article, read once per page however many readers show it.
    static BUILT_IN: Load = Load::from_result(default_content());
}

fn initial(src: &Option<AttrValue>) -> Load {
    match src {
        None => BUILT_IN.with(Load::clone),
        Some(_) => Load::Loading,
    }
}

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let attempt = use_state(|| 0u32);
    let load = use_state(|| initial(&props.src));
    // Set when the reader pressed Retry, so that focus follows to what replaces the button.
    let retried = use_state(|| false);

    {
        let load = load.clone();
        use_effect_with((props.src.clone(), *attempt), move |(src, _)| {
            let cancelled = Rc::new(Cell::new(false));
            let abort = Abort::new();
            match src.clone() {
                None => {
                    let built_in = initial(&None);
                    if *load != built_in {
                        load.set(built_in);
                    }
                }
                Some(src) => {
                    if *load != Load::Loading {
                        load.set(Load::Loading);
                    }
                    let cancelled = Rc::clone(&cancelled);
                    let signal = abort.signal();
                    spawn_local(async move {
                        let result = load_content(&src, signal.as_ref()).await;
                        // A response for a `src` that has since changed is not shown.
                        if !cancelled.get() {
                            load.set(Load::from_result(result));
                        }
                    });
                }
            }
            move || {
                cancelled.set(true);
                drop(abort);
            }
        });
    }

    {
        let on_status = props.on_status.clone();
        use_effect_with((*load).clone(), move |load| on_status.emit(load.status()));
    }

    let on_retry = {
        let (attempt, retried) = (attempt.clone(), retried.clone());
        Callback::from(move |()| {
            retried.set(true);
            attempt.set(*attempt + 1);
        })
    };

    let view = match &*load {
        Load::Loading => html! { <Skeleton /> },
        Load::Ready(article) => {
            html! { <ArticleView article={article.clone()} take_focus={*retried} /> }
        }
        Load::Failed(error) => html! {
            <ErrorPanel message={error.to_string()} {on_retry} take_focus={*retried} />
        },
    };
    html! {
        <div class="reader" aria-busy={(*load == Load::Loading).then_some("true")}>{ view }</div>
    }
}
