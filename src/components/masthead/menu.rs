//! The Menu: the WAI-ARIA disclosure navigation pattern (a button with `aria-expanded` that
//! shows a list of links), built on the browser's popover, which already closes on Escape and on
//! a click outside and shows above everything: a full-height drawer on a phone, a dropdown under
//! the button on a wider screen.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::{Message, Section, Site};

use super::super::rendering::use_painted;
use super::super::view::View;
use super::super::words::use_words;
use super::super::Shared;
use super::popover::{use_popover_focus, use_popover_open};
use crate::web::hide_popover;

#[derive(Properties, PartialEq)]
pub struct MenuProps {
    pub site: Shared<Site>,
    pub current: Option<AttrValue>,
    pub standalone: bool,
    /// The standalone page's query string, which its views' addresses keep.
    pub page_query: AttrValue,
    pub on_navigate: Callback<View>,
}

#[component]
pub fn Menu(props: &MenuProps) -> Html {
    let words = use_words();
    let panel = use_node_ref();
    let button = use_node_ref();
    use_popover_focus(panel.clone(), button.clone());
    let open = use_popover_open(panel.clone());
    let section_link = |section: &Section| {
        let view = View {
            src: Some(AttrValue::from(section.feed.clone())),
            item: None,
        };
        let current = props.current.as_deref() == Some(section.feed.as_str());
        let href = if props.standalone {
            view.address(&props.page_query)
        } else {
            section.feed.clone()
        };
        let onclick = {
            let (on_navigate, panel) = (props.on_navigate.clone(), panel.clone());
            Callback::from(move |event: MouseEvent| {
                // A click with a modifier opens the address as the browser would.
                if event.button() != 0
                    || event.ctrl_key()
                    || event.meta_key()
                    || event.shift_key()
                    || event.alt_key()
                {
                    return;
                }
                event.prevent_default();
                if let Some(panel) = panel.get() {
                    hide_popover(&panel.unchecked_into());
                }
                on_navigate.emit(view.clone());
            })
        };
        // An embedded reader's sections are feeds it opens itself: before the program they
        // would be links to raw JSON, so they wait for it.
        let class = (!props.standalone).then_some("scripted");
        html! {
            <li {class}><a {href} {onclick} aria-current={current.then_some("page")}>{ &section.title }</a></li>
        }
    };
    let site = &props.site;
    // The menu is closed until asked for: its links are built after the first paint.
    let painted = use_painted();
    html! {
        <>
            <button type="button" class="masthead-button menu-button" popovertarget="lede-menu" ref={button}
                aria-controls="lede-menu" aria-expanded={open.to_string()}>
                <span aria-hidden="true" class="icon">{ "☰" }</span><span class="label">{ words.say(Message::Menu) }</span>
            </button>
            <nav id="lede-menu" class="menu" popover="auto" aria-label={words.say(Message::MenuSections)} ref={panel.clone()} part="menu">
                <div class="menu-head">
                    <p class="menu-title">{ &site.name }</p>
                    <button type="button" class="menu-close" popovertarget="lede-menu" popovertargetaction="hide"
                        aria-label={words.say(Message::MenuClose)}>{ "×" }</button>
                </div>
                if painted && !site.sections.is_empty() {
                    <ul class="menu-list">{ for site.sections.iter().map(section_link) }</ul>
                }
                if painted && !site.links.is_empty() {
                    <ul class="menu-links">
                        { for site.links.iter().map(|link| html! {
                            <li><a href={link.url.clone()} target="_blank" rel="noopener noreferrer">{ &link.title }</a></li>
                        }) }
                    </ul>
                }
            </nav>
        </>
    }
}
