//! One mounted reader: a shadow root on the host element with the Yew app inside.

use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue, Callback};

use super::{events, panic, styles};
use crate::components::{App, AppProps};
use crate::web::page_params;

/// A reader mounted on a `<lede-reader>`. Dropping it (the element's `free()`) destroys the app,
/// which cancels its requests, timers and listeners, and empties the shadow root.
#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    bundle_url: String,
    app: Option<AppHandle<App>>,
}

/// Mounts a reader on `host`, reading its attributes; `bundle_url` is the address of `lede.js`.
/// Called by the element when it is connected.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, bundle_url: String) -> Result<Widget, JsValue> {
    panic::install();
    let shadow = shadow_root(&host)?;
    styles::adopt(&shadow);
    shadow.set_text_content(None);
    let document = host
        .owner_document()
        .ok_or("lede: the element has no document")?;
    let root = document.create_element("div")?;
    root.set_class_name("lede");
    shadow.append_child(&root)?;
    panic::register(&host);
    if host.has_attribute("standalone") {
        if let Some(theme) = page_params().theme {
            host.set_attribute("theme", &theme)?;
        }
    }
    let app = yew::Renderer::<App>::with_root_and_props(root, props(&host, &bundle_url)).render();
    Ok(Widget {
        host,
        bundle_url,
        app: Some(app),
    })
}

#[wasm_bindgen]
impl Widget {
    /// Called by the element when an observed attribute changes.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&mut self) {
        let props = props(&self.host, &self.bundle_url);
        if let Some(app) = &mut self.app {
            app.update(props);
        }
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        panic::unregister(&self.host);
        if let Some(shadow) = self.host.shadow_root() {
            shadow.set_text_content(None);
        }
        let _ = self.host.remove_attribute("data-state");
    }
}

fn shadow_root(host: &HtmlElement) -> Result<ShadowRoot, JsValue> {
    match host.shadow_root() {
        Some(shadow) => Ok(shadow),
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)),
    }
}

/// The app's props, from the host's attributes. On the standalone page (the element has the
/// `standalone` attribute) the page's own query string comes first, so `index.html?src=…`
/// works; an embedded reader never looks at its host page's address.
fn props(host: &HtmlElement, bundle_url: &str) -> AppProps {
    let standalone = host.has_attribute("standalone");
    let page = if standalone {
        page_params()
    } else {
        Default::default()
    };
    let attribute = |name: &str| {
        host.get_attribute(name)
            .filter(|value| !value.trim().is_empty())
    };
    let (status_host, subscribe_host) = (host.clone(), host.clone());
    AppProps {
        src: page.src.or_else(|| attribute("src")).map(AttrValue::from),
        item: page.item,
        site: page.site.or_else(|| attribute("site")).map(AttrValue::from),
        standalone,
        bundle_url: AttrValue::from(bundle_url.to_owned()),
        newsletter: attribute("newsletter").is_none_or(|value| value != "off"),
        on_status: Callback::from(move |status| events::announce(&status_host, &status)),
        on_subscribe: Callback::from(move |event| events::subscribe(&subscribe_host, &event)),
        page_language: page_language(host),
    }
}

/// The nearest `lang` above the element in its page: the language of content that does not
/// give its own.
fn page_language(host: &HtmlElement) -> Option<AttrValue> {
    let element = host.closest("[lang]").ok()??;
    element.get_attribute("lang").map(AttrValue::from)
}
