//! The masthead's components: the menu's disclosure state and the search combobox.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit};

use crate::support::{eventually, mount_with_site, text, Mounted};

const TEST_SITE: &str = "/fixtures/sites/test-site.json";

fn mount() -> Mounted {
    mount_with_site(None, Some(TEST_SITE))
}

fn key(target: &HtmlElement, name: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(name);
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn the_menu_button_tells_whether_the_menu_is_open() {
    let reader = mount();
    let button: HtmlElement = reader.until(".menu-button").await.dyn_into().unwrap();
    // The configured site's sections replace the built-in ones.
    reader.until(".menu-list a[href*='ghost-posts']").await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        button.get_attribute("aria-controls").as_deref(),
        Some("lede-menu")
    );
    button.click();
    eventually("the menu opens", || {
        button.get_attribute("aria-expanded").as_deref() == Some("true")
    })
    .await;
    let links: Vec<String> = (0..4)
        .filter_map(|i| reader.root.query_selector_all(".menu a").unwrap().item(i))
        .map(|node| text(node.unchecked_ref()))
        .collect();
    assert_eq!(links, ["Travel", "Newsroom", "Market Data"]);
    button.click();
    eventually("the menu closes", || {
        button.get_attribute("aria-expanded").as_deref() == Some("false")
    })
    .await;
}

#[wasm_bindgen_test]
async fn search_lists_ranked_results_and_the_keyboard_chooses_one() {
    let reader = mount();
    reader.until(".menu-list a[href*='ghost-posts']").await;
    let search: HtmlElement = reader.until(".search-button").await.dyn_into().unwrap();
    search.click();
    let input: HtmlInputElement = reader
        .until("input[role=combobox]")
        .await
        .dyn_into()
        .unwrap();
    input.set_value("canyon");
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    let first = reader.until("[role=option]").await;
    // The option's date is written just after the frame that shows it.
    eventually(
        "the first option shows its headline, section and date",
        || {
            let option = text(&first);
            option.starts_with("Antelope Canyon") && option.contains("Nature · ")
        },
    )
    .await;
    assert_eq!(
        text(
            &reader
                .root
                .query_selector("[role=option] mark")
                .unwrap()
                .unwrap()
        ),
        "Canyon"
    );
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let input_element: &HtmlElement = input.unchecked_ref();
    key(input_element, "ArrowDown");
    eventually("ArrowDown makes the first option active", || {
        input.get_attribute("aria-activedescendant").as_deref() == Some("lede-search-option-0")
    })
    .await;
    assert_eq!(
        first.get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    key(input_element, "Enter");
    reader.until("article h1").await;
    eventually("Enter opens the chosen article", || {
        reader
            .root
            .query_selector("article h1")
            .unwrap()
            .is_some_and(|headline| text(&headline) == "Antelope Canyon")
    })
    .await;
    assert!(
        reader
            .root
            .query_selector("#lede-search:popover-open")
            .unwrap()
            .is_none(),
        "the search closes"
    );
}
