//! The reader: loads the content at `src` (or the built-in article) and shows it, a skeleton
//! while it loads, or what went wrong with a way to retry. A list of articles shows as cards,
//! and a chosen card opens its article with a way back to the list.

use yew::prelude::*;

use crate::model::{Article, Content, Feed};
use crate::web::{default_content, load_content, Abort, LoadError};

use super::article::ArticleView;
use super::error_panel::ErrorPanel;
use super::error_words::error_words;
use super::feed::FeedView;
use super::online::use_returns_online;
use super::skeleton::Skeleton;
use super::words::{use_words, Words};
use super::Shared;
use crate::model::Message;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct ReaderProps {
    /// The content's address; `None` shows the built-in article.
    #[prop_or_default]
    pub src: Option<AttrValue>,
    /// For a list: the article open from it, if any.
    #[prop_or_default]
    pub item: Option<usize>,
    /// Told when the reader opens an article of a list (`Some`) or goes back to it (`None`).
    #[prop_or_default]
    pub on_item: Callback<Option<usize>>,
    /// Told each time the reader starts loading, is ready, or fails.
    #[prop_or_default]
    pub on_status: Callback<ReaderStatus>,
    /// The language of the page around the reader, for content that does not give its own.
    #[prop_or_default]
    pub page_language: Option<AttrValue>,
    /// How many views the reader has chosen (a section, a search result): each new one takes
    /// focus once it is shown.
    #[prop_or_default]
    pub choices: u32,
    /// What reading the content at the first `src` gave, when it was already here.
    #[prop_or_default]
    pub given: Option<Shared<Result<Content, LoadError>>>,
    /// The given article's body as a server rendered it (see [`Given`](super::given::Given)).
    #[prop_or_default]
    pub body_html: Option<AttrValue>,
}

/// What the reader is doing, for whoever hosts it (the element's `data-state` and events).
#[derive(Debug, Clone, PartialEq)]
pub enum ReaderStatus {
    Loading,
    Ready {
        title: String,
        url: Option<String>,
        /// The section of what is shown, for the header's label.
        section: Option<String>,
        /// The language of what is shown, as it says.
        language: Option<String>,
    },
    Failed {
        kind: &'static str,
        message: String,
    },
}

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Article(Shared<Article>),
    Feed(Shared<Feed>),
    Failed(Shared<LoadError>),
}

impl Load {
    fn from_result(result: Result<Content, LoadError>) -> Self {
        match result {
            Ok(Content::Article(article)) => Self::Article(article.into()),
            Ok(Content::Feed(feed)) => Self::Feed(feed.into()),
            Err(error) => Self::Failed(error.into()),
        }
    }

    fn from_given(given: &Result<Content, LoadError>) -> Self {
        Self::from_result(given.clone())
    }

    fn status(&self) -> ReaderStatus {
        match self {
            Self::Loading => ReaderStatus::Loading,
            Self::Article(article) => ReaderStatus::Ready {
                title: article.headline.clone(),
                url: article.url.clone(),
                section: article.section.clone(),
                language: article.language.clone(),
            },
            Self::Feed(feed) => ReaderStatus::Ready {
                title: feed
                    .title
                    .clone()
                    .unwrap_or_else(|| "Latest articles".into()),
                url: feed.url.clone(),
                section: feed.title.clone(),
                language: feed.items.first().and_then(|item| item.language.clone()),
            },
            Self::Failed(error) => ReaderStatus::Failed {
                kind: error.kind(),
                message: error_words(error, &Words::english()),
            },
        }
    }
}

thread_local! {
    /// The built-in article, for a reader that comes back to it.
    static BUILT_IN: Load = Load::from_given(&default_content());
}

#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let words = use_words();
    let attempt = use_state(|| 0u32);
    let load = use_state(|| {
        props
            .given
            .as_deref()
            .map_or(Load::Loading, Load::from_given)
    });
    // The body a server rendered belongs to the article first given, and to no other.
    let first_article = use_memo((), |()| match &*load {
        Load::Article(article) => Some(article.clone()),
        _ => None,
    });
    // What the first render already shows (the built-in article, or content that had all
    // arrived) needs no load when the effect below first runs.
    let shown_first = use_mut_ref(|| *load != Load::Loading);
    // Set when the reader pressed Retry or chose a view, so that focus follows to what comes
    // (once: a reload the reader did not ask for, such as coming back online, leaves it alone).
    let wants_focus = use_mut_ref(|| false);
    {
        let (wants_focus, first) = (wants_focus.clone(), use_mut_ref(|| true));
        use_effect_with(props.choices, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                *wants_focus.borrow_mut() = true;
            }
        });
    }
    let list_scroll = use_mut_ref(|| 0.0);
    // The article last open from the list: its card gets focus back.
    let came_back_from = use_mut_ref(|| None::<usize>);

    // Offline, the reader loads again by itself as soon as the connection is back; Retry stays
    // for the reader who does not want to wait.
    let offline =
        matches!(&*load, Load::Failed(error) if matches!(**error, LoadError::Offline { .. }));
    let returned = use_returns_online(offline);
    {
        let (load, page_language) = (load.clone(), props.page_language.clone());
        use_effect_with((props.src.clone(), *attempt, returned), move |(src, ..)| {
            let abort = Abort::new();
            let shown = std::mem::take(&mut *shown_first.borrow_mut());
            match src.clone() {
                _ if shown => {}
                None => {
                    let built_in = BUILT_IN.with(Load::clone);
                    if *load != built_in {
                        load.set(built_in);
                    }
                }
                Some(src) => {
                    if *load != Load::Loading {
                        load.set(Load::Loading);
                    }
                    // A response for a `src` that has since changed is not shown.
                    abort.ticket().spawn(
                        move |signal| async move {
                            load_content(&src, page_language.as_deref(), signal.as_ref()).await
                        },
                        move |result| load.set(Load::from_result(result)),
                    );
                }
            }
            move || drop(abort)
        });
    }

    {
        let on_status = props.on_status.clone();
        use_effect_with((*load).clone(), move |load| on_status.emit(load.status()));
    }

    let on_retry = {
        let (attempt, wants_focus) = (attempt.clone(), wants_focus.clone());
        Callback::from(move |()| {
            *wants_focus.borrow_mut() = true;
            attempt.set(*attempt + 1);
        })
    };
    // Given to what this render shows, and spent once it is not the placeholder.
    let loading = *load == Load::Loading;
    let take_focus = *wants_focus.borrow() && !loading;
    {
        let wants_focus = wants_focus.clone();
        use_effect_with((*load).clone(), move |load| {
            if *load != Load::Loading {
                *wants_focus.borrow_mut() = false;
            }
        });
    }

    let on_open = {
        let (on_item, list_scroll) = (props.on_item.clone(), list_scroll.clone());
        Callback::from(move |index| {
            *list_scroll.borrow_mut() = page_scroll();
            on_item.emit(Some(index));
        })
    };
    let on_back = props.on_item.reform(|()| None);

    // Opening an article starts at its top; back on the list (by the button or the browser's
    // Back), the page returns to where the reader left it, and focus to the card.
    let item = props.item;
    // An article the page opened with takes no focus (an embedded reader must not move its host
    // page's focus, nor a server-rendered page's reader): one the reader opens from the list does.
    let opened_at_start = use_mut_ref(|| item);
    let take_focus_opened = item != *opened_at_start.borrow();
    {
        let opened_at_start = opened_at_start.clone();
        use_effect_with(item, move |item| {
            if *opened_at_start.borrow() != *item {
                *opened_at_start.borrow_mut() = None;
            }
        });
    }
    let focus_card = {
        let mut came_back_from = came_back_from.borrow_mut();
        let focus = if item.is_none() {
            came_back_from.take()
        } else {
            None
        };
        if item.is_some() {
            *came_back_from = item;
        }
        focus
    };
    let root = use_node_ref();
    {
        let (list_scroll, root, mounted) =
            (list_scroll.clone(), root.clone(), use_mut_ref(|| false));
        use_effect_with(item, move |item| {
            // Nothing moves when the reader first appears: an embedded reader must not scroll
            // its host page.
            if std::mem::replace(&mut *mounted.borrow_mut(), true) {
                match item {
                    Some(_) => scroll_to_top_of(&root),
                    None => scroll_page_to(*list_scroll.borrow()),
                }
            }
        });
    }

    let opened = match (&*load, item) {
        (Load::Feed(feed), Some(index)) => feed.items.get(index).cloned(),
        _ => None,
    };
    let opened = use_memo((opened, item), |(article, _)| {
        article.clone().map(Shared::from)
    });

    let view = match (&*load, &*opened) {
        (Load::Loading, _) => html! { <Skeleton /> },
        (Load::Article(article), _) => {
            let body_html = props
                .body_html
                .clone()
                .filter(|_| (*first_article).as_ref() == Some(article));
            html! { <ArticleView article={article.clone()} {take_focus} {body_html} /> }
        }
        (Load::Feed(feed), Some(article)) => html! {
            <ArticleView article={article.clone()} take_focus={take_focus_opened} on_back={on_back} feed={feed.clone()} />
        },
        (Load::Feed(feed), None) => html! {
            <FeedView feed={feed.clone()} {on_open} focus={focus_card} language={props.page_language.clone()}
                {take_focus} />
        },
        (Load::Failed(error), _) => html! {
            <ErrorPanel message={error_words(error, &words)} {on_retry} {take_focus} />
        },
    };
    html! {
        <>
            // Always there, and outside the busy reader: a live region that arrives with its text
            // already in it, or sits inside `aria-busy`, is often not read out.
            <p class="visually-hidden" role="status">
                if loading { { words.say(Message::Loading) } }
            </p>
            <div class="reader" ref={root} aria-busy={loading.then_some("true")}>{ view }</div>
        </>
    }
}

fn page_scroll() -> f64 {
    web_sys::window()
        .and_then(|window| window.scroll_y().ok())
        .unwrap_or(0.0)
}

/// Brings the reader's top into view when it is above the window's top.
fn scroll_to_top_of(root: &NodeRef) {
    if let Some(element) = root.cast::<web_sys::Element>() {
        let top = element.get_bounding_client_rect().top();
        if top < 0.0 {
            scroll_page_to(page_scroll() + top);
        }
    }
}

fn scroll_page_to(y: f64) {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, y);
    }
}
