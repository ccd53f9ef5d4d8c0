//! The embedding layer: what a reader whose program has stopped leaves on screen, and tells its host.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use lede::embed::show_failure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{CustomEvent, HtmlElement, ShadowRootInit, ShadowRootMode};

const ENGLISH: &str =
    "The reader stopped because of an internal error. Reload the page to try again.";

/// A host element in the page with an open shadow root holding `frame` (if any) as its HTML.
fn host_with(frame: Option<(&str, &str, &str)>) -> HtmlElement {
    let document = gloo::utils::document();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    if let Some((lang, dir, words)) = frame {
        let element = document.create_element("div").unwrap();
        element.set_class_name("frame");
        element.set_attribute("lang", lang).unwrap();
        element.set_attribute("dir", dir).unwrap();
        element.set_attribute("data-panic-message", words).unwrap();
        element.set_text_content(Some("Menu"));
        shadow.append_child(&element).unwrap();
    }
    gloo::utils::body().append_child(&host).unwrap();
    host
}

/// Shows the failure on `host`; gives the alert's (text, lang, dir) and the event's message.
fn fail(host: &HtmlElement) -> ((String, Option<String>, Option<String>), String) {
    let told = Rc::new(RefCell::new(String::new()));
    let listener = {
        let told = told.clone();
        EventListener::new(host, "lede:error", move |event| {
            let detail = event.unchecked_ref::<CustomEvent>().detail();
            let message = js_sys::Reflect::get(&detail, &"message".into()).unwrap();
            *told.borrow_mut() = message.as_string().unwrap_or_default();
        })
    };
    show_failure(host);
    drop(listener);
    let shadow = host.shadow_root().unwrap();
    assert_eq!(shadow.child_element_count(), 1, "only the alert is left");
    let alert = shadow.query_selector("p[role=alert]").unwrap().unwrap();
    assert_eq!(host.get_attribute("data-state").as_deref(), Some("error"));
    host.remove();
    let shown = (
        alert.text_content().unwrap_or_default(),
        alert.get_attribute("lang"),
        alert.get_attribute("dir"),
    );
    (shown, told.take())
}

#[wasm_bindgen_test]
fn a_stopped_reader_says_so_in_its_interface_language() {
    let arabic = "توقّف القارئ بسبب خطأ داخلي. أعد تحميل الصفحة للمحاولة مجددًا.";
    let (shown, told) = fail(&host_with(Some(("ar", "rtl", arabic))));
    assert_eq!(
        shown,
        (arabic.into(), Some("ar".into()), Some("rtl".into()))
    );
    // The host hears English, as it does of every error.
    assert_eq!(told, ENGLISH);
}

#[wasm_bindgen_test]
fn a_reader_stopped_before_its_first_render_says_so_in_english() {
    for frame in [None, Some(("fr", "ltr", "  "))] {
        let (shown, told) = fail(&host_with(frame));
        // Words that are not the frame's do not take its language.
        assert_eq!(shown, (ENGLISH.into(), None, None));
        assert_eq!(told, ENGLISH);
    }
}
