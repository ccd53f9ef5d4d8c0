//! One mounted reader: a shadow root on the host element with the Yew app inside, hydrated
//! from the HTML a server put there, or rendered afresh.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::timers::future::TimeoutFuture;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue, Callback};

use super::takeover::{self, Found, ServerHtml, ROOT_CLASS};
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
    /// attribute change does not read everything again. Over a server's HTML, known once its
    /// data has been read.
    first: Rc<RefCell<(Rendering, Given)>>,
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
        Found::Hydratable(server) => {
            let _ = host.set_attribute("data-hydration", "hydrated");
            // `lede.js` hides a rendering it takes to be for another address; this one is not.
            let _ = server.root.remove_attribute("hidden");
            let app = Rc::new(RefCell::new(Mounted::Pending { changed: false }));
            let first = Rc::new(RefCell::new((Rendering::Hydrating, own.given.clone())));
            hydrate_soon(HydrateSoon {
                app: Rc::downgrade(&app),
                first: first.clone(),
                server,
                own,
                host: host.clone(),
                bundle_url: bundle_url.clone(),
                sheet,
            });
            return Ok(Widget {
                host,
                bundle_url,
                first,
                app,
            });
        }
        Found::Unusable { why, props } => {
            rendered_again(&host, &why);
            // The server's data, when it is what the element asks for: no request needed.
            let props = props.map_or_else(
                || with_initial_content(own),
                |props| {
                    let props = *props;
                    AppProps {
                        given: Given {
                            body_html: None,
                            ..props.given
                        },
                        ..props
                    }
                },
            );
            let app = render_afresh(&shadow, props.clone(), sheet.as_ref())?;
            (props, running(app))
        }
        Found::Nothing => {
            let own = with_initial_content(own);
            let app = render_afresh(&shadow, own.clone(), sheet.as_ref())?;
            (own, running(app))
        }
    };
    Ok(Widget {
        host,
        bundle_url,
        first: Rc::new(RefCell::new((props.rendering, props.given))),
        app,
    })
}

/// Says in the console, and on the element, why a server's HTML was rendered again.
fn rendered_again(host: &HtmlElement, why: &takeover::Mismatch) {
    if !matches!(why, takeover::Mismatch::Missing) {
        web_sys::console::warn_1(
            &format!("lede: the server's HTML is rendered again because {why}.").into(),
        );
        let _ = host.set_attribute("data-hydration", "rendered");
    }
}

fn running(app: AppHandle<App>) -> Rc<RefCell<Mounted>> {
    Rc::new(RefCell::new(Mounted::Running(app)))
}

/// What hydrating a server's rendering needs, once the tasks come.
struct HydrateSoon {
    app: Weak<RefCell<Mounted>>,
    first: Rc<RefCell<(Rendering, Given)>>,
    server: ServerHtml,
    /// The element's own props, which the server's data must match.
    own: AppProps,
    host: HtmlElement,
    bundle_url: String,
    sheet: Option<CssStyleSheet>,
}

/// Reads the server's data in a task after this one, and hydrates in the task after that.
/// Finding the server's rendering, reading its data and hydrating are each work of their own:
/// for a 2,000-paragraph article any two of them held the main thread over 50 ms in one task,
/// and a reader's input waits for a whole task. A reader removed meanwhile is not hydrated at
/// all; data that cannot be used is rendered afresh instead.
fn hydrate_soon(soon: HydrateSoon) {
    wasm_bindgen_futures::spawn_local(async move {
        TimeoutFuture::new(0).await;
        let Some(slot) = soon.app.upgrade() else {
            return;
        };
        let props = match soon.server.read(&soon.own) {
            Ok(props) => AppProps {
                rendering: Rendering::Hydrating,
                ..props
            },
            Err(why) => {
                rendered_again(&soon.host, &why);
                let props = with_initial_content(soon.own.clone());
                let started = (props.rendering, props.given.clone());
                let shadow = soon.host.shadow_root();
                let app = shadow
                    .and_then(|shadow| render_afresh(&shadow, props, soon.sheet.as_ref()).ok());
                if let Some(app) = app {
                    run(&slot, app, started, &soon);
                }
                return;
            }
        };
        drop(slot);
        TimeoutFuture::new(0).await;
        let Some(slot) = soon.app.upgrade() else {
            return;
        };
        let selected = soon
            .host
            .shadow_root()
            .and_then(|shadow| selection::keep(&shadow));
        let started = (props.rendering, props.given.clone());
        let root = soon.server.root.clone();
        let app = yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
        run(&slot, app, started, &soon);
        // Yew renders in a task of its own, queued first: this one runs once it is done.
        wasm_bindgen_futures::spawn_local(async move { selection::restore(selected) });
    });
}

/// The app runs from now on, started as `started` says (which later props keep), with any
/// attribute that changed while it was pending.
fn run(
    slot: &RefCell<Mounted>,
    mut app: AppHandle<App>,
    (rendering, given): (Rendering, Given),
    soon: &HydrateSoon,
) {
    if matches!(*slot.borrow(), Mounted::Pending { changed: true }) {
        app.update(changed_props(
            rendering,
            given.clone(),
            &soon.host,
            &soon.bundle_url,
        ));
    }
    *soon.first.borrow_mut() = (rendering, given);
    *slot.borrow_mut() = Mounted::Running(app);
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
        let (rendering, given) = self.first.borrow().clone();
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
        // What the first render shows comes with the server's data, or from
        // [`with_initial_content`].
        content: None,
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

/// `props` with the content a render without a server's starts with: the built-in article,
/// or content `lede.js` prefetched that has all arrived.
fn with_initial_content(mut props: AppProps) -> AppProps {
    props.given.content = match &props.src {
        None => Some(Shared(default_content())),
        Some(src) => arrived_content(src, props.page_language.as_deref()).map(Shared::from),
    };
    props
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
