//! Reading analytics: the article seen, how far its text has been read, its end reached, the
//! wall met, and how long the reader was engaged. Measured in effects, once per article view,
//! and told to whoever hosts the widget, which fires them as `lede:*` events.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::{Interval, Timeout};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver, VisibilityState};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::model::{Article, BodySlots};

use super::publishing::Publishing;
use super::Shared;

/// The reading milestones `Progress` reports, in percent of the text.
pub const MILESTONES: [u8; 4] = [25, 50, 75, 100];
/// How long the article must stay in view to count as seen, in milliseconds.
const VIEW_HELD_MS: u32 = 1000;
/// How recently the reader must have done something to count as engaged, in milliseconds.
const ACTIVE_WITHIN_MS: f64 = 5000.0;

/// One thing that happened to an article view.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadingEvent {
    /// The article filled half of the window, or all of it was in view, for a second.
    View,
    /// This percent of the text has come into view.
    Progress(u8),
    /// The end of the text has come into view, after this many engaged seconds.
    Complete { seconds: u32 },
    /// The view ends (the page hidden, or another view replacing it): its engaged seconds.
    Engaged { seconds: u32 },
    /// The wall after an article's free part has come into view.
    Paywall,
    /// The article opened these ad slots (`ad-1`, `ad-2`, …) for the host to fill.
    Slots(Vec<String>),
}

/// Where reading events go: the context the app gives its articles.
pub type ReadingEvents = Callback<ReadingEvent>;

/// Follows the reading of one article view (`article`, read at `root`, its `<article>`) from
/// effects. A hook of the article's, not a component: it renders nothing, and a component of
/// its own cost the wasm Yew's machinery for one.
#[hook]
pub fn use_reading_analytics(root: &NodeRef, article: &Shared<Article>) {
    let events = use_context::<ReadingEvents>().unwrap_or_default();
    let publishing = use_context::<Publishing>().unwrap_or_default();
    // The latest receiver, read when something is told: a new one (the element's attributes
    // changed) is no new view.
    let receiver = use_mut_ref(ReadingEvents::default);
    *receiver.borrow_mut() = events;
    {
        let receiver = receiver.clone();
        use_effect_with((article.clone(), publishing.ads), move |(article, ads)| {
            // Without ad positions there are no ad slots, and a long body need not be walked.
            let Some(ads) = ads else {
                return;
            };
            let ad_names = BodySlots::of(&article.body, Some(ads)).ad_names();
            if !ad_names.is_empty() {
                // After the effects of this render, so after `lede:ready`.
                spawn_local(async move {
                    let events = receiver.borrow().clone();
                    events.emit(ReadingEvent::Slots(ad_names));
                });
            }
        });
    }
    let root = root.clone();
    use_effect_with(article.clone(), move |_| {
        let watch = Watch::start(root, receiver);
        move || watch.end()
    });
}

/// What one view has told so far, and the reader's engagement.
struct Tracker {
    events: Rc<RefCell<ReadingEvents>>,
    viewed: bool,
    view_timer: Option<Timeout>,
    milestones_passed: usize,
    wall_seen: bool,
    engaged_seconds: u32,
    last_active: f64,
    engaged_told: bool,
}

type TrackerRef = Rc<RefCell<Tracker>>;

/// The listeners, observer and timer of one view; ending it tells its engaged time.
struct Watch {
    tracker: TrackerRef,
    _listeners: Vec<EventListener>,
    _ticker: Interval,
    observer: Option<ResizeObserver>,
    _resized: Closure<dyn FnMut()>,
}

impl Watch {
    fn start(root: NodeRef, events: Rc<RefCell<ReadingEvents>>) -> Self {
        let tracker = Rc::new(RefCell::new(Tracker {
            events,
            viewed: false,
            view_timer: None,
            milestones_passed: 0,
            wall_seen: false,
            engaged_seconds: 0,
            // Opening the article is the reader doing something.
            last_active: js_sys::Date::now(),
            engaged_told: false,
        }));
        let check = {
            let (tracker, root) = (tracker.clone(), root.clone());
            Rc::new(move || check(&tracker, &root))
        };
        let mut listeners = Vec::new();
        if let Some(window) = web_sys::window() {
            for name in ["scroll", "resize"] {
                let check = check.clone();
                listeners.push(EventListener::new(&window, name, move |_| check()));
            }
            for name in [
                "scroll",
                "pointermove",
                "pointerdown",
                "keydown",
                "wheel",
                "touchstart",
            ] {
                let tracker = tracker.clone();
                listeners.push(EventListener::new(&window, name, move |_| {
                    tracker.borrow_mut().last_active = js_sys::Date::now();
                }));
            }
            let hidden = tracker.clone();
            listeners.push(EventListener::new(&window, "pagehide", move |_| {
                tell_engaged(&hidden)
            }));
            if let Some(document) = window.document() {
                let (tracker, check) = (tracker.clone(), check.clone());
                listeners.push(EventListener::new(
                    &document,
                    "visibilitychange",
                    move |_| {
                        tracker.borrow_mut().last_active = js_sys::Date::now();
                        check();
                    },
                ));
            }
        }
        let ticker = {
            let tracker = tracker.clone();
            Interval::new(1000, move || {
                let mut tracker = tracker.borrow_mut();
                if page_visible() && js_sys::Date::now() - tracker.last_active <= ACTIVE_WITHIN_MS {
                    tracker.engaged_seconds += 1;
                }
            })
        };
        // Measured again whenever the article's size changes (its first layout, later parts
        // of the body, pictures), as the reading-progress bar is.
        let resized = Closure::<dyn FnMut()>::new(move || check());
        let observer = ResizeObserver::new(resized.as_ref().unchecked_ref()).ok();
        if let (Some(observer), Some(article)) = (&observer, root.cast::<Element>()) {
            observer.observe(&article);
        }
        Self {
            tracker,
            _listeners: listeners,
            _ticker: ticker,
            observer,
            _resized: resized,
        }
    }

    fn end(self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
        tell_engaged(&self.tracker);
    }
}

fn page_visible() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .is_some_and(|document| document.visibility_state() == VisibilityState::Visible)
}

fn tell_engaged(tracker: &TrackerRef) {
    let told = {
        let mut tracker = tracker.borrow_mut();
        if tracker.engaged_told {
            None
        } else {
            tracker.engaged_told = true;
            Some((tracker.events.borrow().clone(), tracker.engaged_seconds))
        }
    };
    if let Some((events, seconds)) = told {
        events.emit(ReadingEvent::Engaged { seconds });
    }
}

/// Measures the article against the window and tells what the reader has newly reached.
fn check(tracker: &TrackerRef, root: &NodeRef) {
    let Some(article) = root.cast::<Element>() else {
        return;
    };
    let viewport = web_sys::window()
        .and_then(|window| window.inner_height().ok())
        .and_then(|height| height.as_f64())
        .unwrap_or(0.0);
    let visible = page_visible();
    let rect = article.get_bounding_client_rect();
    let mut told = Vec::new();
    let events = {
        let mut state = tracker.borrow_mut();
        if !state.viewed {
            if visible && in_view(rect.top(), rect.height(), viewport) {
                if state.view_timer.is_none() {
                    let (tracker, root) = (tracker.clone(), root.clone());
                    state.view_timer = Some(Timeout::new(VIEW_HELD_MS, move || {
                        view_held(&tracker, &root)
                    }));
                }
            } else {
                state.view_timer = None;
            }
        }
        if visible && !state.wall_seen {
            if let Ok(Some(wall)) = article.query_selector(".paywall") {
                let wall = wall.get_bounding_client_rect();
                if wall.height() > 0.0 && wall.top() < viewport && wall.bottom() > 0.0 {
                    state.wall_seen = true;
                    told.push(ReadingEvent::Paywall);
                }
            }
        }
        if state.viewed && visible && state.milestones_passed < MILESTONES.len() {
            if let Ok(Some(body)) = article.query_selector(".article-body") {
                let body = body.get_bounding_client_rect();
                let percent = text_read(body.top(), body.height(), viewport);
                let passed = milestones_reached(percent);
                for &milestone in MILESTONES
                    .get(state.milestones_passed..passed)
                    .unwrap_or_default()
                {
                    told.push(ReadingEvent::Progress(milestone));
                }
                if passed == MILESTONES.len() && state.milestones_passed < passed {
                    told.push(ReadingEvent::Complete {
                        seconds: state.engaged_seconds,
                    });
                }
                state.milestones_passed = state.milestones_passed.max(passed);
            }
        }
        let events = state.events.borrow().clone();
        events
    };
    // Told once the tracker is free again: a host's listener may do anything, even scroll.
    for event in told {
        events.emit(event);
    }
}

/// The second in view is up: seen if it still is.
fn view_held(tracker: &TrackerRef, root: &NodeRef) {
    let still = root.cast::<Element>().is_some_and(|article| {
        let viewport = web_sys::window()
            .and_then(|window| window.inner_height().ok())
            .and_then(|height| height.as_f64())
            .unwrap_or(0.0);
        let rect = article.get_bounding_client_rect();
        page_visible() && in_view(rect.top(), rect.height(), viewport)
    });
    let events = {
        let mut state = tracker.borrow_mut();
        state.view_timer = None;
        if !still || state.viewed {
            return;
        }
        state.viewed = true;
        let events = state.events.borrow().clone();
        events
    };
    events.emit(ReadingEvent::View);
    // What has been read while it was being seen counts from now.
    check(tracker, root);
}

/// Whether an element `top` px from the window's top and `height` tall fills at least half of
/// a `viewport` px window, or is wholly in it.
fn in_view(top: f64, height: f64, viewport: f64) -> bool {
    if height <= 0.0 || viewport <= 0.0 {
        return false;
    }
    let bottom = top + height;
    let shown = bottom.min(viewport) - top.max(0.0);
    shown >= viewport / 2.0 || (top >= 0.0 && bottom <= viewport)
}

/// How much of a text `top` px from the window's top and `height` tall has come into a
/// `viewport` px window, in whole percent: what is above the window's bottom edge.
fn text_read(top: f64, height: f64, viewport: f64) -> u8 {
    if height <= 0.0 {
        return 0;
    }
    let fraction = ((viewport - top) / height).clamp(0.0, 1.0);
    // At the end exactly when its last line is in view, whatever the rounding.
    if top + height <= viewport + 1.0 {
        100
    } else {
        (fraction * 100.0).floor().min(99.0) as u8
    }
}

/// How many of the milestones `percent` has reached.
fn milestones_reached(percent: u8) -> usize {
    MILESTONES
        .iter()
        .take_while(|&&milestone| percent >= milestone)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_view_means_half_the_window_or_all_of_the_article() {
        // A 3,000 px article in a 700 px window.
        assert!(in_view(0.0, 3000.0, 700.0));
        assert!(in_view(350.0, 3000.0, 700.0));
        assert!(!in_view(351.0, 3000.0, 700.0));
        assert!(!in_view(-2700.0, 3000.0, 700.0));
        // A 200 px one wholly in view; cut off at the top, not.
        assert!(in_view(400.0, 200.0, 700.0));
        assert!(!in_view(-10.0, 200.0, 700.0));
        assert!(!in_view(0.0, 0.0, 700.0));
    }

    #[test]
    fn the_text_read_is_what_has_come_into_the_window() {
        // 4,000 px of text from 500 px down a 1,000 px window: an eighth in view.
        assert_eq!(text_read(500.0, 4000.0, 1000.0), 12);
        assert_eq!(text_read(-1000.0, 4000.0, 1000.0), 50);
        assert_eq!(text_read(-2999.5, 4000.0, 1000.0), 100);
        assert_eq!(text_read(-2990.0, 4000.0, 1000.0), 99);
        assert_eq!(text_read(1200.0, 4000.0, 1000.0), 0);
        assert_eq!(text_read(0.0, 0.0, 1000.0), 0);
    }

    #[test]
    fn milestones_are_reached_in_order() {
        assert_eq!(milestones_reached(0), 0);
        assert_eq!(milestones_reached(24), 0);
        assert_eq!(milestones_reached(25), 1);
        assert_eq!(milestones_reached(74), 2);
        assert_eq!(milestones_reached(99), 3);
        assert_eq!(milestones_reached(100), 4);
    }
}
