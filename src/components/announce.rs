//! What the reader tells its host, in order: that it is ready once the interface's words are in
//! (see [`InterfaceWords`](super::catalogue::InterfaceWords)), and the reading events of what it
//! shows only after that.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::analytics::{ReadingEvent, ReadingEvents};
use super::reader::ReaderStatus;

/// A ready that waits for the words, and what the reader told meanwhile.
#[derive(Default)]
struct Held {
    ready: Option<ReaderStatus>,
    /// A render has been made since the ready came, so its `settled` speaks of the ready's
    /// words. A child's effect tells its ready after this component's render and before its
    /// effect, whose `settled` is then that of the words before.
    seen: bool,
    events: Vec<ReadingEvent>,
}

/// Tells the host the reader's status and reading events, holding a ready (and what follows it)
/// while the interface's words may still change.
#[derive(Clone)]
pub struct Announcer {
    held: Rc<RefCell<Held>>,
    settled: Rc<RefCell<bool>>,
    wake: UseForceUpdateHandle,
    on_status: Callback<ReaderStatus>,
}

impl Announcer {
    /// Tells the host `status`. A ready waits while the words are not settled, or when it brings
    /// a language that may choose other words (`words_may_change`).
    pub fn status(&self, status: ReaderStatus, words_may_change: bool) {
        // A new status ends whatever was held: the host never heard that view was ready.
        *self.held.borrow_mut() = Held::default();
        let ready = matches!(status, ReaderStatus::Ready { .. });
        if ready && (words_may_change || !*self.settled.borrow()) {
            self.held.borrow_mut().ready = Some(status);
            self.wake.force_update();
        } else {
            self.on_status.emit(status);
        }
    }
}

/// The announcer for a render whose words are `settled` or not, and the reading events its
/// components tell, which wait behind a held ready.
#[hook]
pub fn use_announcer(
    settled: bool,
    on_status: &Callback<ReaderStatus>,
    on_reading: &ReadingEvents,
) -> (Announcer, ReadingEvents) {
    let held = use_mut_ref(Held::default);
    {
        let mut held = held.borrow_mut();
        held.seen = held.ready.is_some();
    }
    let settled_now = use_mut_ref(|| settled);
    *settled_now.borrow_mut() = settled;
    let wake = use_force_update();
    {
        let (held, on_status, on_reading) = (held.clone(), on_status.clone(), on_reading.clone());
        use_effect(move || {
            if settled && held.borrow().seen {
                let Held { ready, events, .. } = std::mem::take(&mut *held.borrow_mut());
                if let Some(ready) = ready {
                    on_status.emit(ready);
                    events.into_iter().for_each(|event| on_reading.emit(event));
                }
            }
        });
    }
    let reading = {
        let held = held.clone();
        use_memo(on_reading.clone(), move |on_reading| {
            let on_reading = on_reading.clone();
            Callback::from(move |event| {
                let mut held = held.borrow_mut();
                match held.ready {
                    Some(_) => held.events.push(event),
                    None => {
                        drop(held);
                        on_reading.emit(event);
                    }
                }
            })
        })
    };
    let announcer = Announcer {
        held,
        settled: settled_now,
        wake,
        on_status: on_status.clone(),
    };
    (announcer, (*reading).clone())
}
