//! The Menu: the WAI-ARIA disclosure navigation pattern (a button with `aria-expanded` that
//! shows a list of links), built on the browser's popover, which already closes on Escape and on
//! a click outside, returns focus to the button, and shows above everything: a full-height drawer
//! on a phone, a dropdown under the button on a wider screen.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::{Section, Site};
use crate::web::view_address;

use super::super::app::View;
use super::super::painted::use_painted;
use super::super::Shared;

#[derive(Properties, PartialEq)]
pub struct MenuProps {
    pub site: Shared<Site>,
    pub current: Option<AttrValue>,
    pub standalone: bool,
    pub on_navigate: Callback<View>,
}

#[function_component]
pub fn Menu(props: &MenuProps) -> Html {
    let open = use_state(|| false);
    let panel = use_node_ref();
    let button = use_node_ref();
    // `aria-expanded` follows the popover, however it opened or closed; and when it closes with
    // focus inside (Escape, Close, a chosen link), focus goes back to the Menu button.
    {
        let (open, panel, button) = (open.clone(), panel.clone(), button.clone());
        use_effect_with((), move |()| {
            let element = panel.cast::<web_sys::HtmlElement>();
            let before = element.clone().map(|element| {
                let target = element.clone();
                EventListener::new(&element, "beforetoggle", move |event| {
                    let closing = new_state(event).as_deref() == Some("closed");
                    if closing && target.matches(":focus-within").unwrap_or(false) {
                        if let Some(button) = button.cast::<web_sys::HtmlElement>() {
                            let _ = button.focus();
                        }
                    }
                })
            });
            let after = element.map(|element| {
                EventListener::new(&element, "toggle", move |event| {
                    open.set(new_state(event).as_deref() == Some("open"));
                })
            });
            move || drop((before, after))
        });
    }
    let section_link = |section: &Section| {
        let view = View {
            src: Some(AttrValue::from(section.feed.clone())),
            item: None,
        };
        let current = props.current.as_deref() == Some(section.feed.as_str());
        let href = if props.standalone {
            view_address(Some(&section.feed), None)
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
                hide_popover(&panel);
                on_navigate.emit(view.clone());
            })
        };
        html! {
            <li><a {href} {onclick} aria-current={current.then_some("page")}>{ &section.title }</a></li>
        }
    };
    let site = &props.site;
    // The menu is closed until asked for: its links are built after the first paint.
    let painted = use_painted();
    html! {
        <>
            <button type="button" class="masthead-button menu-button" popovertarget="lede-menu" ref={button}
                aria-controls="lede-menu" aria-expanded={(*open).to_string()}>
                <span aria-hidden="true" class="icon">{ "☰" }</span><span class="label">{ "Menu" }</span>
            </button>
            <nav id="lede-menu" class="menu" popover="auto" aria-label="Sections" ref={panel.clone()} part="menu">
                <div class="menu-head">
                    <p class="menu-title">{ &site.name }</p>
                    <button type="button" class="menu-close" popovertarget="lede-menu" popovertargetaction="hide"
                        aria-label="Close menu">{ "×" }</button>
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

/// `newState` of a (before)toggle event: "open" or "closed".
fn new_state(event: &web_sys::Event) -> Option<String> {
    js_sys::Reflect::get(event, &"newState".into())
        .ok()?
        .as_string()
}

fn hide_popover(panel: &NodeRef) {
    if let Some(element) = panel.get() {
        let hide = js_sys::Reflect::get(&element, &"hidePopover".into()).ok();
        if let Some(hide) = hide.as_ref().and_then(|f| f.dyn_ref::<js_sys::Function>()) {
            let _ = hide.call0(&element);
        }
    }
}
