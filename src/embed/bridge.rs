//! The link between a mounted widget and the host page's API object.

use crate::composer::Action;
use crate::i18n::Lang;
use crate::plan::Plan;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::Callback;

/// Name of the DOM event fired on the mount element after every change.
pub const CHANGE_EVENT: &str = "plan-composer-change";

/// Name of the DOM event fired when the person exports the plan; its
/// `detail` is `{ kind, text }` with kind "json", "fhir", "html" or "text".
pub const EXPORT_EVENT: &str = "plan-composer-export";

struct Inner {
    root: Element,
    plan: Rc<Plan>,
    lang: Lang,
    dispatch: Option<Callback<Action>>,
}

/// Shared between the App component and the host's `PlanComposer` handle.
#[derive(Clone)]
pub struct Bridge(Rc<RefCell<Inner>>);

impl std::fmt::Debug for Bridge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Bridge")
    }
}

impl PartialEq for Bridge {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Bridge {
    pub fn new(root: Element, plan: Rc<Plan>, lang: Lang) -> Self {
        Self(Rc::new(RefCell::new(Inner {
            root,
            plan,
            lang,
            dispatch: None,
        })))
    }

    /// Called once by the App when it mounts.
    pub fn connect(&self, dispatch: Callback<Action>) {
        self.0.borrow_mut().dispatch = Some(dispatch);
    }

    /// Records the latest plan and tells the host page it changed.
    pub fn publish(&self, plan: Rc<Plan>, lang: Lang) {
        let root = {
            let mut inner = self.0.borrow_mut();
            inner.plan = plan;
            inner.lang = lang;
            inner.root.clone()
        };
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        if let Ok(event) = CustomEvent::new_with_event_init_dict(CHANGE_EVENT, &init) {
            let _ = root.dispatch_event(&event);
        }
    }

    /// Tells the host page the person exported the plan as `kind`.
    pub fn export(&self, kind: &str, text: &str) {
        let root = self.0.borrow().root.clone();
        let detail = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&detail, &"kind".into(), &kind.into());
        let _ = js_sys::Reflect::set(&detail, &"text".into(), &text.into());
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict(EXPORT_EVENT, &init) {
            let _ = root.dispatch_event(&event);
        }
    }

    pub fn plan(&self) -> Rc<Plan> {
        self.0.borrow().plan.clone()
    }

    pub fn lang(&self) -> Lang {
        self.0.borrow().lang
    }

    /// Sends an action to the widget; false if it is not mounted.
    pub fn send(&self, action: Action) -> bool {
        let dispatch = self.0.borrow().dispatch.clone();
        match dispatch {
            Some(dispatch) => {
                dispatch.emit(action);
                true
            }
            None => false,
        }
    }
}
