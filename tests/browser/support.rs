//! Mounting a reader in the test page and finding what it shows as a reader would: by role
//! and accessible name.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use gloo::timers::future::sleep;
use lede::components::{App, AppProps, Given, ReaderStatus, Shared};
use lede::web::{default_content, default_site};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::{AppHandle, AttrValue, Callback};

/// Waits (up to 3 s) until `ready` holds, and panics naming `what` if it never does: Yew renders
/// on its scheduler and lede writes dates after a frame, neither at a time a test can know.
pub async fn eventually(what: &str, mut ready: impl FnMut() -> bool) {
    for _ in 0..300 {
        if ready() {
            return;
        }
        sleep(Duration::from_millis(10)).await;
    }
    panic!("this never happened: {what}");
}

/// A reader mounted in its own `<div>`, removed again on drop.
pub struct Mounted {
    pub root: Element,
    pub statuses: Rc<RefCell<Vec<ReaderStatus>>>,
    site: Option<AttrValue>,
    app: Option<AppHandle<App>>,
}

pub fn fixture(name: &str) -> String {
    format!("/fixtures/lede/{name}")
}

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The whole widget, as the element mounts it, but in a plain `<div>` of the test page.
fn props(
    src: Option<&str>,
    site: Option<AttrValue>,
    statuses: &Rc<RefCell<Vec<ReaderStatus>>>,
) -> AppProps {
    let statuses = Rc::clone(statuses);
    AppProps {
        src: src.map(|src| AttrValue::from(src.to_owned())),
        site,
        given: Given {
            // As the element gives it: the built-in article is there for the first render.
            content: src.is_none().then(|| Shared(default_content())),
            built_in_site: Shared::from(default_site(
                &(web_sys::window().unwrap().location().origin().unwrap() + "/"),
            )),
            ..Given::default()
        },
        on_status: Callback::from(move |status| statuses.borrow_mut().push(status)),
        // The sign-up is tested end to end; here it must not open over what is tested.
        newsletter: false,
        ..AppProps::default()
    }
}

pub fn mount(src: Option<&str>) -> Mounted {
    mount_with_site(src, None)
}

/// A reader with the site configuration at `site` (its masthead, sections and search).
pub fn mount_with_site(src: Option<&str>, site: Option<&str>) -> Mounted {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let statuses = Rc::default();
    let site = site.map(|site| AttrValue::from(site.to_owned()));
    let app = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        props(src, site.clone(), &statuses),
    )
    .render();
    Mounted {
        root,
        statuses,
        site,
        app: Some(app),
    }
}

impl Mounted {
    pub fn set_src(&mut self, src: Option<&str>) {
        let props = props(src, self.site.clone(), &self.statuses);
        self.app.as_mut().unwrap().update(props);
    }

    pub fn last_status(&self) -> Option<ReaderStatus> {
        self.statuses.borrow().last().cloned()
    }

    /// Waits (up to 10 s) until the reader is ready or has failed, and gives that status.
    pub async fn settled(&self) -> ReaderStatus {
        for _ in 0..1000 {
            match self.last_status() {
                Some(status @ (ReaderStatus::Ready { .. } | ReaderStatus::Failed { .. })) => {
                    // Let Yew finish rendering what the status describes.
                    sleep(Duration::from_millis(0)).await;
                    return status;
                }
                _ => sleep(Duration::from_millis(10)).await,
            }
        }
        panic!("the reader never settled: {:?}", self.statuses.borrow());
    }

    /// Waits until a new status arrives after `count` statuses have been seen.
    pub async fn status_after(&self, count: usize) -> ReaderStatus {
        for _ in 0..1000 {
            if let Some(status) = self.statuses.borrow().get(count) {
                return status.clone();
            }
            sleep(Duration::from_millis(10)).await;
        }
        panic!("no status after {count}: {:?}", self.statuses.borrow());
    }

    /// Waits until something matches `selector`, and gives the first match.
    pub async fn until(&self, selector: &str) -> Element {
        eventually(&format!("something matches {selector}"), || {
            self.root.query_selector(selector).unwrap().is_some()
        })
        .await;
        self.root.query_selector(selector).unwrap().unwrap()
    }

    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|node| node.dyn_into::<Element>().ok())
            .collect()
    }

    /// Elements with `role` (explicit, or implied by their tag) whose accessible name is `name`.
    pub fn by_role(&self, role: &str, name: Option<&str>) -> Vec<Element> {
        let selector = match role {
            "heading" => "h1, h2, h3, h4, h5, h6, [role=heading]",
            "button" => "button, [role=button]",
            "link" => "a[href], [role=link]",
            "article" => "article, [role=article]",
            "figure" => "figure, [role=figure]",
            "img" => "img[alt]:not([alt='']), [role=img]",
            "list" => "ul, ol, [role=list]",
            "listitem" => "li, [role=listitem]",
            "paragraph" => "p, [role=paragraph]",
            "alert" => "[role=alert]",
            "status" => "[role=status]",
            other => panic!("no selector for role {other}"),
        };
        self.all(selector)
            .into_iter()
            .filter(|element| name.is_none_or(|name| accessible_name(element) == name))
            .collect()
    }

    pub fn one(&self, role: &str, name: &str) -> Element {
        let found = self.by_role(role, Some(name));
        assert_eq!(
            found.len(),
            1,
            "expected one {role} named {name:?}, found {}",
            found.len()
        );
        found.into_iter().next().unwrap()
    }

    pub fn click(&self, role: &str, name: &str) {
        self.one(role, name).unchecked_into::<HtmlElement>().click();
    }
}

/// The accessible name, as far as these tests need: `aria-label`, `alt`, or the text.
pub fn accessible_name(element: &Element) -> String {
    element
        .get_attribute("aria-label")
        .or_else(|| {
            (element.tag_name() == "IMG")
                .then(|| element.get_attribute("alt"))
                .flatten()
        })
        .unwrap_or_else(|| text(element))
}

/// Text content with runs of whitespace collapsed, as it reads.
pub fn text(element: &Element) -> String {
    element
        .text_content()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}
