use crate::embed::bridge::Bridge;
use crate::i18n::{Lang, Text};
use crate::plan::PlanDate;
use std::rc::Rc;
use yew::prelude::*;

/// What every component needs to know about where it is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct UiContext {
    pub lang: Lang,
    /// Prefix for element ids, unique to this widget on the page, so that
    /// two widgets on one page never share a label's `for`.
    pub prefix: Rc<str>,
    /// Today on this device, for defaults and to notice past dates.
    pub today: Option<PlanDate>,
    /// The clinic's name, for the printable plan's header.
    pub clinic_name: AttrValue,
    /// The host page's link, to hear of exports; absent in component tests.
    pub bridge: Option<Bridge>,
}

impl UiContext {
    pub fn t(&self, key: Text) -> &'static str {
        self.lang.text(key)
    }

    /// An element id for `part` of the item `id`.
    pub fn dom_id(&self, id: &str, part: &str) -> String {
        format!("{}-{id}-{part}", self.prefix)
    }
}

#[hook]
pub fn use_ui() -> UiContext {
    use_context::<UiContext>().unwrap_or_else(|| UiContext {
        lang: Lang::En,
        prefix: Rc::from("pc"),
        today: None,
        clinic_name: AttrValue::default(),
        bridge: None,
    })
}
