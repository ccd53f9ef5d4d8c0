//! One mounted reader: a shadow root on the host element with the Yew app inside, hydrated
//! from the HTML a server put there, or rendered afresh.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::timers::future::TimeoutFuture;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue, Callback};

use super::takeover::{self, Found, ROOT_CLASS};
use super::{events, panic, selection, styles};
use crate::components::{App, AppProps, Given, NumbersFor, Rendering, Shared};
use crate::web::storage::reading_settings;
use crate::web::{
    arrived_content, default_content, default_site, numbers_for, page_params, page_query,
};

/// A reader mounted on a `<lede-reader>`. Dropping it (the element's `free()`) destroys the app,
/// which cancels its requests, timers and listeners, and empties the shadow root.
#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    bundle_url: String,
    /// How the app first rendered and what it started with: later props keep them, so that an
    /// attribute change does not read everything again.
    first: (Rendering, Given),
    app: Rc<RefCell<Mounted>>,
}

/// The app, once it runs. Hydration waits a task (see [`hydrate_soon`]); an attribute that
/// changes meanwhile is applied as soon as the app runs.
enum Mounted {
    Pending { changed: bool },
    Running(AppHandle<App>),
}

/// Mounts a reader on `host`, reading its attributes; `bundle_url` is the address of `lede.js`,
/// `sheet` the widget's stylesheet for a shadow root without a server's (none if it could not
/// be loaded). Called by the element when it is connected.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    bundle_url: String,
    sheet: Option<CssStyleSheet>,
) -> Result<Widget, JsValue> {
    panic::install();
    // A declarative shadow root from a server is already there; `attachShadow` would empty it.
    let shadow = shadow_root(&host)?;
    panic::register(&host);
    if host.has_attribute("standalone") {
        if let Some(theme) = page_params().theme {
            host.set_attribute("theme", &theme)?;
        }
    }
    let own = props(&host, &bundle_url);
    let (props, app) = match takeover::find(&shadow, &own) {
        Found::Hydratable { root, props } => {
            let _ = host.set_attribute("data-hydration", "hydrated");
            // `lede.js` hides a rendering it takes to be for another address; this one is not.
            let _ = root.remove_attribute("hidden");
            let props = AppProps {
                rendering: Rendering::Hydrating,
                ..props
            };
            let app = Rc::new(RefCell::new(Mounted::Pending { changed: false }));
            let hydrating = HydrateSoon {
                app: Rc::downgrade(&app),
                root,
                props: props.clone(),
                host: host.clone(),
                bundle_url: bundle_url.clone(),
            };
            hydrate_soon(hydrating);
            (props, app)
        }
        Found::Unusable { why, props } => {
            if !matches!(why, takeover::Mismatch::Missing) {
                web_sys::console::warn_1(
                    &format!("lede: the server's HTML is rendered again because {why}.").into(),
                );
                let _ = host.set_attribute("data-hydration", "rendered");
            }
            // The server's data, when it is what the element asks for: no request needed.
            let props = props.map_or(own, |props| AppProps {
                given: Given {
                    body_html: None,
                    ..props.given
                },
                ..props
            });
            let app = render_afresh(&shadow, props.clone(), sheet.as_ref())?;
            (props, running(app))
        }
        Found::Nothing => {
            let app = render_afresh(&shadow, own.clone(), sheet.as_ref())?;
            (own, running(app))
        }
    };
    Ok(Widget {
        host,
        bundle_url,
        first: (props.rendering, props.given),
        app,
    })
}

fn running(app: AppHandle<App>) -> Rc<RefCell<Mounted>> {
    Rc::new(RefCell::new(Mounted::Running(app)))
}

/// What hydrating a server's rendering needs, once the task comes.
struct HydrateSoon {
    app: Weak<RefCell<Mounted>>,
    root: Element,
    props: AppProps,
    host: HtmlElement,
    bundle_url: String,
}

/// Hydrates in a task after this one. Finding the server's rendering and reading its data is
/// work of its own: for a 2,000-paragraph article the two held the main thread over 50 ms in
/// one task, and a reader's input waits for a whole task. A reader removed meanwhile is not
/// hydrated at all.
fn hydrate_soon(soon: HydrateSoon) {
    wasm_bindgen_futures::spawn_local(async move {
        TimeoutFuture::new(0).await;
        let Some(slot) = soon.app.upgrade() else {
            return;
        };
        let selected = soon
            .host
            .shadow_root()
            .and_then(|shadow| selection::keep(&shadow));
        let mut app =
            yew::Renderer::<App>::with_root_and_props(soon.root, soon.props.clone()).hydrate();
        if matches!(*slot.borrow(), Mounted::Pending { changed: true }) {
            let first = soon.props;
            app.update(changed_props(
                first.rendering,
                first.given,
                &soon.host,
                &soon.bundle_url,
            ));
        }
        *slot.borrow_mut() = Mounted::Running(app);
        // Yew renders in a task of its own, queued first: this one runs once it is done.
        wasm_bindgen_futures::spawn_local(async move { selection::restore(selected) });
    });
}

/// Empties the shadow root (but for a server's data, which a reader moved elsewhere in the page
/// renders again from, and the stylesheet it links) and renders the app into a new root.
fn render_afresh(
    shadow: &ShadowRoot,
    props: AppProps,
    sheet: Option<&CssStyleSheet>,
) -> Result<AppHandle<App>, JsValue> {
    clear(shadow);
    styles::adopt(shadow, sheet);
    let document = shadow
        .owner_document()
        .ok_or("lede: the element has no document")?;
    let root = document.create_element("div")?;
    root.set_class_name(ROOT_CLASS);
    shadow.append_child(&root)?;
    Ok(yew::Renderer::<App>::with_root_and_props(root, props).render())
}

/// Removes what the shadow root shows; a server's data block and stylesheet link stay.
fn clear(shadow: &ShadowRoot) {
    let children = shadow.children();
    let nodes: Vec<Element> = (0..children.length())
        .filter_map(|index| children.item(index))
        .collect();
    for node in nodes {
        let kept = node.class_list().contains(takeover::DATA_CLASS)
            || node.matches("link[rel=stylesheet]").unwrap_or(false);
        if !kept {
            node.remove();
        }
    }
}

#[wasm_bindgen]
impl Widget {
    /// Called by the element when an observed attribute changes.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&mut self) {
        let (rendering, given) = self.first.clone();
        let props = changed_props(rendering, given, &self.host, &self.bundle_url);
        match &mut *self.app.borrow_mut() {
            Mounted::Running(app) => app.update(props),
            Mounted::Pending { changed } => *changed = true,
        }
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        let app = std::mem::replace(
            &mut *self.app.borrow_mut(),
            Mounted::Pending { changed: false },
        );
        if let Mounted::Running(app) = app {
            app.destroy();
        }
        panic::unregister(&self.host);
        if let Some(shadow) = self.host.shadow_root() {
            clear(&shadow);
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

/// The app's props after an attribute changed: the host's attributes now, with how the app
/// first rendered and what it started with, so that nothing is read again.
fn changed_props(
    rendering: Rendering,
    given: Given,
    host: &HtmlElement,
    bundle_url: &str,
) -> AppProps {
    AppProps {
        rendering,
        given,
        ..props(host, bundle_url)
    }
}

/// The app's props, from the host's attributes, and what the browser already has for it. On
/// the standalone page (the element has the `standalone` attribute) the page's own query string
/// comes first, so `index.html?src=…` works; an embedded reader never looks at its host page's
/// address.
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
    let (status_host, subscribe_host, reading_host) = (host.clone(), host.clone(), host.clone());
    let src = page.src.or_else(|| attribute("src")).map(AttrValue::from);
    let site = page.site.or_else(|| attribute("site")).map(AttrValue::from);
    let page_language = page_language(host);
    let given = Given {
        // The built-in article, or content `lede.js` prefetched that has all arrived, is shown
        // by the first render.
        content: match &src {
            None => Some(Shared(default_content())),
            Some(src) => arrived_content(src, page_language.as_deref()).map(Shared::from),
        },
        body_html: None,
        built_in_site: Shared::from(default_site(bundle_url)),
        site: None,
        reading: reading_settings(site.as_deref().unwrap_or("built-in")),
        date_words: Default::default(),
        catalogue: None,
        preferred_languages: Shared::from(preferred_languages()),
        catalogues: AttrValue::from(catalogues_folder(bundle_url)),
        numbers: NumbersFor(numbers_for),
    };
    AppProps {
        src,
        item: page.item,
        site,
        standalone,
        page_query: if standalone {
            AttrValue::from(page_query())
        } else {
            AttrValue::default()
        },
        newsletter: attribute("newsletter").is_none_or(|value| value != "off"),
        on_status: Callback::from(move |status| events::announce(&status_host, &status)),
        on_subscribe: Callback::from(move |event| events::subscribe(&subscribe_host, &event)),
        on_reading: Callback::from(move |event| events::reading(&reading_host, &event)),
        page_language,
        rendering: Rendering::Client,
        given,
    }
}

/// The reader's preferred languages, most wanted first (`navigator.languages`).
fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    window
        .navigator()
        .languages()
        .iter()
        .filter_map(|language| language.as_string())
        .collect()
}

/// The folder of catalogues beside `lede.js`.
fn catalogues_folder(bundle_url: &str) -> String {
    web_sys::Url::new_with_base("locales/", bundle_url)
        .map(|url| url.href())
        .unwrap_or_default()
}

/// The nearest `lang` above the element in its page: the language of content that does not
/// give its own.
fn page_language(host: &HtmlElement) -> Option<AttrValue> {
    let element = host.closest("[lang]").ok()??;
    element.get_attribute("lang").map(AttrValue::from)
}
