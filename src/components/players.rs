//! Video players with the reader's consent: a link card of an allowed provider offers "Play
//! video (loads from YouTube)", and only that click (or the reader's remembered choice for the
//! site) makes the program create the player: a sandboxed `<iframe>` on the provider's
//! privacy-enhanced host, built node by node, never from HTML. One listener on the article, as
//! for enlarging pictures, since the body may be a server's HTML taken over as it is.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::model::{Arg, Message, Player, Provider};
use crate::web::storage;

use super::publishing::Publishing;
use super::words::{use_words, Words};
use super::Shared;

/// The player's title: "YouTube video: <the card's title>".
fn frame_title(words: &Words, provider: Provider, title: &str) -> String {
    words.with(
        Message::VideoFrameTitle,
        &[
            ("provider", Arg::Text(provider.name())),
            ("title", Arg::Text(title)),
        ],
    )
}

/// What the player may do: run the provider's script on its own origin, go full screen, and
/// open the provider's page in a new tab. Nothing else (no forms, no top navigation).
const SANDBOX: &str = "allow-scripts allow-same-origin allow-presentation allow-popups";
const ALLOW: &str = "autoplay; encrypted-media; fullscreen; picture-in-picture";

/// Offers and makes the players of the cards in the article at `root`; `article` is the one
/// shown, for a new view to look at its cards again. A hook of the article's, not a component:
/// it renders nothing, and a component of its own cost the wasm Yew's machinery for one.
#[hook]
pub fn use_players(root: &NodeRef, article: &Shared<crate::model::Article>) {
    let publishing = use_context::<Publishing>().unwrap_or_default();
    let words = use_words();
    let root = root.clone();
    use_effect_with(
        (
            article.clone(),
            publishing.players.clone(),
            publishing.site_name.clone(),
            words,
        ),
        move |(_, allowed, site, words)| {
            let remembered: Vec<Provider> = storage::remembered_players(site)
                .into_iter()
                .filter(|provider| allowed.contains(provider))
                .collect();
            let article = root.cast::<Element>();
            if let Some(article) = &article {
                for provider in &remembered {
                    play_all(article, *provider, words);
                }
            }
            let (allowed, site, words) = (allowed.clone(), site.clone(), words.clone());
            let listener = article.map(|element| {
                EventListener::new(&element, "click", move |event| {
                    let Some(button) = event
                        .target()
                        .and_then(|target| target.dyn_into::<Element>().ok())
                        .and_then(|target| target.closest(".play-video").ok().flatten())
                    else {
                        return;
                    };
                    let Some(card) = button.closest(".embed-card").ok().flatten() else {
                        return;
                    };
                    let Some(player) = card_player(&card) else {
                        return;
                    };
                    if !allowed.contains(&player.provider) {
                        return;
                    }
                    let remember = card
                        .query_selector(".remember-player")
                        .ok()
                        .flatten()
                        .is_some_and(|checkbox| checkbox.matches(":checked").unwrap_or(false));
                    if remember {
                        storage::remember_player(&site, player.provider);
                    }
                    if let Some(frame) = play(&card, &player, true, &words) {
                        if let Some(frame) = frame.dyn_ref::<web_sys::HtmlElement>() {
                            let _ = frame.focus();
                        }
                    }
                })
            });
            move || drop(listener)
        },
    );
}

/// The video a card links to, read again from its link (not from anything else the markup
/// says), so that only the provider's own video address ever becomes a player.
fn card_player(card: &Element) -> Option<Player> {
    let link = card.query_selector("a[href]").ok()??;
    Player::of(&link.get_attribute("href")?)
}

/// Every card of `provider` in the article becomes its player, without starting it.
fn play_all(article: &Element, provider: Provider, words: &Words) {
    let selector = format!(".embed-card[data-provider=\"{}\"]", provider.key());
    let Ok(cards) = article.query_selector_all(&selector) else {
        return;
    };
    for index in 0..cards.length() {
        let card = cards
            .item(index)
            .and_then(|node| node.dyn_into::<Element>().ok());
        if let Some((card, player)) =
            card.and_then(|card| Some((card.clone(), card_player(&card)?)))
        {
            if player.provider == provider {
                play(&card, &player, false, words);
            }
        }
    }
}

/// Puts the player in place of the card's offer; the link to the video's page stays.
fn play(card: &Element, player: &Player, start: bool, words: &Words) -> Option<Element> {
    let offer = card.query_selector(".player-offer").ok()??;
    let document = card.owner_document()?;
    let frame = document.create_element("iframe").ok()?;
    let mut src = player.embed_url();
    if !start {
        src = src.replace("autoplay=1", "autoplay=0");
    }
    let title = card
        .query_selector(".embed-title")
        .ok()
        .flatten()
        .and_then(|title| title.text_content())
        .unwrap_or_default();
    for (name, value) in [
        ("class", "player"),
        ("src", src.as_str()),
        (
            "title",
            frame_title(words, player.provider, &title).as_str(),
        ),
        ("sandbox", SANDBOX),
        ("allow", ALLOW),
        ("allowfullscreen", ""),
        ("referrerpolicy", "no-referrer"),
    ] {
        frame.set_attribute(name, value).ok()?;
    }
    offer.replace_with_with_node_1(&frame).ok()?;
    Some(frame)
}
