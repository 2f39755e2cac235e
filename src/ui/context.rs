use crate::export::identity::Identity;
use crate::i18n::{Lang, Text};
use crate::plan::catalog::ComponentCatalog;
use crate::plan::educator::EducatorNotes;
use crate::plan::instrument::InstrumentSet;
use crate::plan::PlanDate;
use crate::web::store::Store;
use std::ops::Deref;
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
    /// The host page's identity of the person, clinician and organization,
    /// for the exports and the clinician's signature.
    pub identity: Rc<Identity>,
    /// The host page's link, to hear of exports; absent in component tests.
    pub store: Option<Store>,
    /// A kiosk shared by strangers: no file picker, no clipboard, no drop.
    pub kiosk: bool,
    /// The catalog of services, goal templates and need rules in use.
    pub catalog: CatalogRef,
    /// Educator mode, while a synthetic case is open to read.
    pub teaching: Option<TeachingView>,
    /// The standard instruments a person can take.
    pub instruments: Instruments,
    /// The words of `lang` are here (in the release build a language but
    /// the reference one comes as a module of its own): when they arrive
    /// this changes, so every part of the view is drawn again in them.
    pub words: bool,
}

/// The instruments, as far as they have come. Two are equal when they are
/// the same set (a pointer check, as for the catalog).
#[derive(Debug, Clone, Default)]
pub enum Instruments {
    /// Fetched in idle time after the first render; not here yet.
    #[default]
    Loading,
    Ready(Rc<InstrumentSet>),
    /// The file could not be had or read: the plan works without them.
    Failed,
}

impl PartialEq for Instruments {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Instruments::Ready(a), Instruments::Ready(b)) => Rc::ptr_eq(a, b),
            (Instruments::Loading, Instruments::Loading)
            | (Instruments::Failed, Instruments::Failed) => true,
            _ => false,
        }
    }
}

/// What the steps show of educator mode.
#[derive(Debug, Clone, PartialEq)]
pub struct TeachingView {
    /// Each goal shows its SMART letters with their reasons.
    pub smart_view: bool,
    /// The "why this matters" notes.
    pub notes: Rc<EducatorNotes>,
}

/// A shared catalog. Two are equal when they are the same one, so the
/// context is compared by a pointer check, not the whole catalog.
#[derive(Debug, Clone)]
pub struct CatalogRef(Rc<ComponentCatalog>);

impl CatalogRef {
    pub fn new(catalog: Rc<ComponentCatalog>) -> Self {
        Self(catalog)
    }
}

impl Default for CatalogRef {
    /// An empty catalog, until the on-demand part brings the built-in one
    /// (only steps after the first use a catalog).
    fn default() -> Self {
        thread_local! {
            static EMPTY: Rc<ComponentCatalog> = Rc::new(ComponentCatalog::default());
        }
        Self(EMPTY.with(Rc::clone))
    }
}

impl PartialEq for CatalogRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for CatalogRef {
    type Target = ComponentCatalog;
    fn deref(&self) -> &ComponentCatalog {
        &self.0
    }
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
        identity: Rc::default(),
        store: None,
        kiosk: false,
        catalog: CatalogRef::default(),
        teaching: None,
        instruments: Instruments::Loading,
        words: true,
    })
}
