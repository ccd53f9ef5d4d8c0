//! How the Subscribe buttons reach the sign-up dialog without re-rendering what lies between:
//! a handle shared through context, into which the dialog registers its `open`.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Callback;

#[derive(Clone, Default)]
pub struct NewsletterOpener(Rc<RefCell<Option<Callback<()>>>>);

impl PartialEq for NewsletterOpener {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl NewsletterOpener {
    pub fn register(&self, open: Option<Callback<()>>) {
        *self.0.borrow_mut() = open;
    }

    pub fn open(&self) {
        // Cloned out first: opening may re-enter (a dialog that registers again).
        let open = self.0.borrow().clone();
        if let Some(open) = open {
            open.emit(());
        }
    }
}
