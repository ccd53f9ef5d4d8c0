//! One mounted reader: a shadow root on the host element with a Yew app inside.

use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue, Callback};

use super::{events, panic, styles};
use crate::components::{Reader, ReaderProps};

/// A reader mounted on a `<lede-reader>`. Dropping it (the element's `free()`) destroys the app,
/// which cancels its requests and timers, and empties the shadow root.
#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    app: Option<AppHandle<Reader>>,
}

/// Mounts a reader on `host`, reading its attributes. Called by the element when connected.
#[wasm_bindgen]
pub fn mount(host: HtmlElement) -> Result<Widget, JsValue> {
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
    let app = yew::Renderer::<Reader>::with_root_and_props(root, props(&host)).render();
    Ok(Widget {
        host,
        app: Some(app),
    })
}

#[wasm_bindgen]
impl Widget {
    /// Called by the element when an observed attribute changes.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&mut self) {
        let props = props(&self.host);
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

/// The reader's props, from the host's attributes.
fn props(host: &HtmlElement) -> ReaderProps {
    let status_host = host.clone();
    ReaderProps {
        src: setting(host, "src").map(AttrValue::from),
        on_status: Callback::from(move |status| events::announce(&status_host, &status)),
    }
}

/// A setting of the reader: on the standalone page (the element has the `standalone`
/// attribute) the page's own query string comes first, so `index.html?src=…` works; an
/// embedded reader never looks at its host page's address.
fn setting(host: &HtmlElement, name: &str) -> Option<String> {
    let from_page = || {
        let search = web_sys::window()?.location().search().ok()?;
        web_sys::UrlSearchParams::new_with_str(&search)
            .ok()?
            .get(name)
    };
    host.has_attribute("standalone")
        .then(from_page)
        .flatten()
        .or_else(|| host.get_attribute(name))
        .filter(|value| !value.trim().is_empty())
}
