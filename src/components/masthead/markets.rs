//! The market strip: symbol, last price, change and percent change, marked ▲/▼ as well as
//! coloured. It refreshes on an interval, pauses while the tab is hidden, and when a refresh
//! fails, keeps the last prices with a "stale" marker.

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::model::{Message, Quote, Quotes, Trend};

use super::super::date_text::DateText;
use super::super::words::{use_words, Words};
use crate::web::{format_number, load_quotes, Abort};

#[derive(Properties, PartialEq)]
pub struct MarketStripProps {
    pub quotes: AttrValue,
    pub refresh_seconds: u32,
}

#[derive(Clone, PartialEq, Default)]
struct Strip {
    quotes: Option<Rc<Quotes>>,
    /// The last refresh failed: the prices shown are older than they should be.
    stale: bool,
}

#[component]
pub fn MarketStrip(props: &MarketStripProps) -> Html {
    let words = use_words();
    let strip = use_state(Strip::default);
    {
        let strip = strip.clone();
        use_effect_with(
            (props.quotes.clone(), props.refresh_seconds),
            move |(src, seconds)| {
                // One guard for every refresh while the strip lives: going away cancels the
                // request in flight and keeps its answer from being shown.
                let abort = Abort::new();
                let refresh = {
                    let (src, strip, ticket) = (src.clone(), strip.clone(), abort.ticket());
                    Rc::new(move || {
                        if page_hidden() {
                            return;
                        }
                        let (src, strip) = (src.clone(), strip.clone());
                        ticket.spawn(
                            move |signal| async move { load_quotes(&src, signal.as_ref()).await },
                            move |result| match result {
                                Ok(quotes) => strip.set(Strip {
                                    quotes: Some(Rc::new(quotes)),
                                    stale: false,
                                }),
                                Err(_) => strip.set(Strip {
                                    quotes: strip.quotes.clone(),
                                    stale: true,
                                }),
                            },
                        );
                    })
                };
                refresh();
                let interval = {
                    let refresh = refresh.clone();
                    Interval::new(seconds.saturating_mul(1000), move || refresh())
                };
                // Back on a hidden tab, the prices are brought up to date at once.
                let visibility =
                    web_sys::window()
                        .and_then(|window| window.document())
                        .map(|document| {
                            EventListener::new(&document, "visibilitychange", move |_| refresh())
                        });
                move || {
                    drop(abort);
                    drop(interval);
                    drop(visibility);
                }
            },
        );
    }
    // The strip's place is kept from the start (in server HTML too), so that the prices coming
    // do not push the article down.
    html! {
        // One line, scrolled sideways when it is wider than the screen (from the keyboard too).
        <div class="market-strip" part="markets" tabindex="0">
            if let Some(quotes) = &strip.quotes {
                <ul aria-label={words.say(Message::Markets)}>{ for quotes.items.iter().map(|item| quote(item, &words)) }</ul>
                <p class="as-of">
                    if strip.stale {
                        <span class="stale">{ words.say(Message::MarketsStale) }</span>{ " · " }
                    }
                    if let Some(as_of) = &quotes.as_of {
                        { words.say(Message::MarketsAsOf) }{ " " }<DateText stamp={as_of.clone()} />
                    }
                </p>
            }
        </div>
    }
}

fn quote(quote: &Quote, words: &Words) -> Html {
    let (class, arrow, word) = match quote.trend() {
        Trend::Up => ("up", "▲", Message::MarketsUp),
        Trend::Down => ("down", "▼", Message::MarketsDown),
        Trend::Flat => ("flat", "■", Message::MarketsUnchanged),
    };
    html! {
        <li class="market-item">
            <abbr class="symbol" title={quote.name.clone()}>{ &quote.symbol }</abbr>
            <span class="price">{ format_number(quote.price, 2, false) }</span>
            <span class={classes!("change", class)}>
                <span aria-hidden="true">{ arrow }</span>
                <span class="visually-hidden">{ words.say(word) }</span>
                { format_number(quote.change, 2, true) }
                { " (" }{ format_number(quote.change_percent, 2, true) }{ "%)" }
            </span>
        </li>
    }
}

fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .is_some_and(|document| document.hidden())
}
