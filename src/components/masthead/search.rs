//! Search: the WAI-ARIA combobox pattern with a listbox popup, in a popover opened by the
//! masthead's Search button. As the reader types (debounced), the configured feeds are
//! searched; arrow keys move through the results, Enter opens one, Escape closes the list, then
//! the search. With a site search address configured, the last option searches the whole site;
//! and the popover holds a plain form to that address, which works before lede's program has
//! arrived, and without it.

use futures::future::join_all;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use wasm_bindgen::JsCast;
use web_sys::AbortSignal;

use crate::model::{search, Arg, Article, Content, Hit, Message, Site};
use crate::web::{load_content, Abort, LoadError};

use super::super::date_text::DateText;
use super::super::online::use_returns_online;
use super::super::rendering::use_live;
use super::super::view::View;
use super::super::words::use_words;
use super::super::Shared;
use super::popover::{use_popover_focus, use_popover_open};
use crate::web::hide_popover;

/// How long typing must pause before the search runs.
const DEBOUNCE_MS: u32 = 180;
const MAX_RESULTS: usize = 8;

#[derive(Properties, PartialEq)]
pub struct SearchProps {
    pub site: Shared<Site>,
    pub on_open: Callback<View>,
}

/// The searched feeds: each with its address, as loaded when the search opened.
type Index = Shared<Vec<(String, Vec<Article>)>>;

/// The Search button and its popover.
#[component]
pub fn Search(props: &SearchProps) -> Html {
    let words = use_words();
    let panel = use_node_ref();
    let button = use_node_ref();
    use_popover_focus(panel.clone(), button.clone());
    let open = use_popover_open(panel.clone());
    let live = use_live();
    let form = props.site.search.form();
    // Without the program, Search is the site's own search page, or nothing.
    let needs_program = form.is_none();
    let close = {
        let panel = panel.clone();
        Callback::from(move |()| {
            if let Some(panel) = panel.get() {
                hide_popover(&panel.unchecked_into());
            }
        })
    };
    let on_open = {
        let (on_open, close) = (props.on_open.clone(), close.clone());
        Callback::from(move |view: View| {
            close.emit(());
            on_open.emit(view);
        })
    };
    html! {
        <>
            <button type="button" class={classes!("masthead-button", "search-button", needs_program.then_some("scripted"))}
                ref={button} popovertarget="lede-search" aria-controls="lede-search" aria-expanded={open.to_string()}>
                <span aria-hidden="true" class="icon">{ "⌕" }</span><span class="label">{ words.say(Message::Search) }</span>
            </button>
            <div id="lede-search" class="search" popover="auto" part="search" ref={panel}>
                <SearchBox site={props.site.clone()} {on_open} on_close={close} active={open && live} />
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SearchBoxProps {
    site: Shared<Site>,
    on_open: Callback<View>,
    /// Escape with the list closed: the search closes (and focus goes back to Search).
    on_close: Callback<()>,
    /// Open and driven by the program: the feeds are loaded, and the keys are the combobox's.
    active: bool,
}

#[component]
fn SearchBox(props: &SearchBoxProps) -> Html {
    let words = use_words();
    let typed = use_state(String::new);
    let query = use_state(String::new);
    let active = use_state(|| None::<usize>);
    let expanded = use_state(|| false);
    let index = use_state(|| None::<Index>);
    // How many feeds could not be reached (offline, no answer): "no results" must not pass for
    // "nothing there". A feed that answers wrongly is the site's to fix, not the reader's.
    let unreachable = use_state(|| 0_usize);
    // Feeds that could not be reached are loaded again when the browser is back online.
    let returned = use_returns_online(*unreachable > 0);
    let debounce = use_mut_ref(|| None::<Timeout>);

    // The feeds of the site as it is now, loaded when the search is first opened: a site
    // configuration that loads while the search is open replaces the built-in one's feeds.
    let wanted = use_state(|| false);
    {
        let wanted = wanted.clone();
        use_effect_with(props.active, move |&active| {
            if active && !*wanted {
                wanted.set(true);
            }
        });
    }
    {
        let (index, unreachable) = (index.clone(), unreachable.clone());
        let feeds = props.site.search.feeds.clone();
        use_effect_with((feeds, returned, *wanted), move |(feeds, _, wanted)| {
            let abort = Abort::new();
            if *wanted {
                if index.is_some() {
                    index.set(None);
                }
                let feeds = feeds.clone();
                abort.ticket().spawn(
                    move |signal| index_feeds(feeds, signal),
                    move |(lists, failed)| {
                        unreachable.set(failed);
                        index.set(Some(Shared::from(lists)));
                    },
                );
            }
            move || drop(abort)
        });
    }

    let hits = use_memo(
        (index.as_ref().cloned(), (*query).clone()),
        |(index, query)| match index {
            Some(index) => {
                let lists: Vec<&[Article]> =
                    index.iter().map(|(_, items)| items.as_slice()).collect();
                search(&lists, query, MAX_RESULTS)
            }
            None => Vec::new(),
        },
    );
    let site_search = props
        .site
        .search
        .site_url(query.trim())
        .filter(|_| !query.trim().is_empty());
    let option_count = hits.len() + usize::from(site_search.is_some());

    let choose = {
        let (hits, index, on_open, site_search) = (
            hits.clone(),
            index.clone(),
            props.on_open.clone(),
            site_search.clone(),
        );
        move |option: usize| match hits.get(option) {
            Some(hit) => {
                let src = index
                    .as_ref()
                    .and_then(|index| index.get(hit.list))
                    .map(|(src, _)| src.clone());
                on_open.emit(View {
                    src: src.map(AttrValue::from),
                    item: Some(hit.item),
                });
            }
            None => open_site_search(site_search.as_deref()),
        }
    };

    let oninput = {
        let (typed, query, active, expanded, debounce) = (
            typed.clone(),
            query.clone(),
            active.clone(),
            expanded.clone(),
            debounce.clone(),
        );
        Callback::from(move |event: InputEvent| {
            let value = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            typed.set(value.clone());
            active.set(None);
            expanded.set(!value.trim().is_empty());
            let query = query.clone();
            // Replacing the timeout cancels the one before: only a pause in typing searches.
            *debounce.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || query.set(value)));
        })
    };
    let onkeydown = {
        let (active, expanded, choose) = (active.clone(), expanded.clone(), choose.clone());
        let on_close = props.on_close.clone();
        let site_search_for = props.site.search.clone();
        let driven = props.active;
        Callback::from(move |event: KeyboardEvent| {
            if !driven {
                return;
            }
            let step = |from: Option<usize>, forward: bool| match (from, forward) {
                (None, true) => 0,
                (None, false) => option_count - 1,
                (Some(at), true) => (at + 1) % option_count,
                (Some(at), false) => (at + option_count - 1) % option_count,
            };
            match event.key().as_str() {
                "ArrowDown" | "ArrowUp" if option_count > 0 => {
                    event.prevent_default();
                    expanded.set(true);
                    active.set(Some(step(*active, event.key() == "ArrowDown")));
                }
                "Enter" => {
                    event.prevent_default();
                    // With nothing chosen, Enter searches the whole site, when the site can. The
                    // words are read from the field itself: Enter may come before a re-render.
                    if let Some(option) = *active {
                        choose(option);
                    } else {
                        let words = event
                            .target_unchecked_into::<web_sys::HtmlInputElement>()
                            .value();
                        if !words.trim().is_empty() {
                            open_site_search(site_search_for.site_url(words.trim()).as_deref());
                        }
                    }
                }
                // With the list shown, Escape closes it and keeps the search open; with it
                // closed, the search closes (rather than the field emptying itself, as a search
                // field does), and focus goes back to Search.
                "Escape" => {
                    event.prevent_default();
                    if *expanded {
                        expanded.set(false);
                        active.set(None);
                    } else {
                        on_close.emit(());
                    }
                }
                _ => {}
            }
        })
    };

    let listbox_shown = *expanded && option_count > 0;
    let mut status = match (&*index, query.trim()) {
        (_, "") => String::new(),
        (None, _) => words.say(Message::SearchLoading),
        (Some(_), typed) if hits.is_empty() => {
            words.with(Message::SearchNone, &[("query", Arg::Text(typed))])
        }
        (Some(_), _) => words.with(
            Message::SearchFound,
            &[("count", Arg::Number(hits.len() as u64))],
        ),
    };
    if index.is_some() && !query.trim().is_empty() && *unreachable > 0 {
        status.push(' ');
        status.push_str(&words.with(
            Message::SearchUnreachable,
            &[("count", Arg::Number(*unreachable as u64))],
        ));
    }
    let option_id = |option: usize| format!("lede-search-option-{option}");
    let article_of = |hit: &Hit| {
        index
            .as_ref()
            .and_then(|index| index.get(hit.list))
            .and_then(|(_, articles)| articles.get(hit.item))
            .cloned()
    };

    // The site's own search as a plain form: what Enter does without the program (and what
    // it does with it, when nothing is chosen, through `open_site_search`).
    let form = props.site.search.form();
    let (action, field) = match &form {
        Some(form) => (Some(form.action.clone()), Some(form.field.clone())),
        None => (None, None),
    };
    let hidden = form.map(|form| form.hidden).unwrap_or_default();
    let onsubmit = {
        let driven = props.active;
        Callback::from(move |event: SubmitEvent| {
            if driven {
                event.prevent_default();
            }
        })
    };
    html! {
        <form class="search-form" role="search" method="get" {action} target="_blank" {onsubmit}>
            { for hidden.iter().map(|(name, value)| html! {
                <input type="hidden" name={name.clone()} value={value.clone()} />
            }) }
            <label for="lede-search-input" class="search-label">{ words.say(Message::SearchLabel) }</label>
            <input id="lede-search-input" name={field} type="search" role="combobox" autocomplete="off" autofocus=true
                aria-autocomplete="list" aria-expanded={listbox_shown.to_string()} aria-controls="lede-search-results"
                aria-activedescendant={active.filter(|_| listbox_shown).map(option_id)}
                value={(*typed).clone()} {oninput} {onkeydown} />
            <ul id="lede-search-results" role="listbox" aria-label={words.say(Message::SearchResults)} class="search-results" hidden={!listbox_shown}>
                { for hits.iter().enumerate().map(|(option, hit)| {
                    let article = article_of(hit);
                    let choose = choose.clone();
                    html! {
                        <li id={option_id(option)} role="option" class="search-option"
                            aria-selected={(*active == Some(option)).to_string()}
                            onclick={Callback::from(move |_: MouseEvent| choose(option))}>
                            if let Some(article) = article {
                                <span class="search-headline">{ highlighted(&article.headline, &hit.headline_matches) }</span>
                                <span class="search-meta">
                                    { article.section.clone().unwrap_or_default() }
                                    if let Some(published) = &article.published {
                                        { if article.section.is_some() { " · " } else { "" } }
                                        <DateText stamp={published.clone()} language={article.language.clone().map(AttrValue::from)} relative=true />
                                    }
                                </span>
                            }
                        </li>
                    }
                }) }
                if site_search.is_some() {
                    <li id={option_id(hits.len())} role="option" class="search-option site-search"
                        aria-selected={(*active == Some(hits.len())).to_string()}
                        onclick={let choose = choose.clone(); let last = hits.len(); Callback::from(move |_: MouseEvent| choose(last))}>
                        { words.with(Message::SearchSite, &[("query", Arg::Text(typed.trim()))]) }
                    </li>
                }
            </ul>
            <p class="search-status" role="status">{ status }</p>
        </form>
    }
}

/// The searched feeds' articles, and how many of the feeds could not be reached.
async fn index_feeds(
    feeds: Vec<String>,
    signal: Option<AbortSignal>,
) -> (Vec<(String, Vec<Article>)>, usize) {
    let loads = feeds
        .iter()
        .map(|feed| load_content(feed, None, signal.as_ref()));
    let loaded = join_all(loads).await;
    let failed = loaded
        .iter()
        .filter(|content| {
            matches!(
                content,
                Err(LoadError::Offline { .. } | LoadError::Network { .. })
            )
        })
        .count();
    let lists = loaded
        .into_iter()
        .zip(&feeds)
        .filter_map(|(content, feed)| match content.ok()? {
            Content::Feed(list) => Some((feed.clone(), list.items)),
            Content::Article(article) => Some((feed.clone(), vec![article])),
        })
        .collect();
    (lists, failed)
}

/// The headline with the query's words marked; text only, never markup from the content.
fn highlighted(headline: &str, matches: &[(usize, usize)]) -> Html {
    let chars: Vec<char> = headline.chars().collect();
    let mut parts = Vec::new();
    let mut at = 0;
    let text = |range: std::ops::Range<usize>| {
        chars
            .get(range)
            .unwrap_or_default()
            .iter()
            .collect::<String>()
    };
    for &(start, end) in matches {
        // Matches are in order and within the headline; one that is not is not marked.
        if start < at || end < start || end > chars.len() {
            continue;
        }
        parts.push(html! { { text(at..start) } });
        parts.push(html! { <mark>{ text(start..end) }</mark> });
        at = end;
    }
    parts.push(html! { { text(at..chars.len()) } });
    html! { { for parts } }
}

fn open_site_search(url: Option<&str>) {
    if let (Some(url), Some(window)) = (url, web_sys::window()) {
        let _ = window.open_with_url_and_target_and_features(url, "_blank", "noopener");
    }
}
