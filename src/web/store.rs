//! The widget's state, shared by the App component and the host page's
//! `PlanComposer` handle. Every action is applied here, synchronously, so
//! when a host call returns, every read of the handle reflects it; the App
//! only re-renders from what this holds.

use super::drafts::Drafts;
use crate::composer::{Action, Composer};
use crate::i18n::Lang;
use crate::plan::catalog::ComponentCatalog;
use crate::plan::educator::EducatorNotes;
use crate::plan::{EditRule, Plan};
use crate::ui::Instruments;
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
    /// Where events go; absent in component tests.
    root: Option<Element>,
    composer: Rc<Composer>,
    /// Tells the App to render a new state.
    render: Option<Callback<Rc<Composer>>>,
    /// The plan as it was last opened, exported or handed to the host: a
    /// different plan on screen has changes that would be lost.
    saved: Rc<Plan>,
    drafts: Option<Drafts>,
    /// A kiosk: nothing is kept once the person walks away.
    kiosk: bool,
    /// The clinic's catalog, once read; the built-in one when absent.
    catalog: Option<Rc<ComponentCatalog>>,
    /// A saved draft is waiting for the on-demand part to read it: nothing
    /// can be changed (or saved over the draft) until it is open.
    opening_draft: bool,
    /// The clinic's catalog could not be read: steps that use it say so.
    catalog_failed: bool,
    /// A training program's own "why this matters" notes, once read.
    notes: Option<Rc<EducatorNotes>>,
    /// The standard instruments, once fetched (or the host's own).
    instruments: Instruments,
    /// The plan changed before the on-demand part (the plan's writer) was
    /// here: the draft is saved and the host told once it arrives.
    change_held: bool,
}

/// Shared between the App component and the host's `PlanComposer` handle.
#[derive(Clone)]
pub struct Store(Rc<RefCell<Inner>>);

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Store")
    }
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Store {
    pub fn new(root: Option<Element>, composer: Composer) -> Self {
        let saved = composer.history.shared_plan();
        Self(Rc::new(RefCell::new(Inner {
            root,
            composer: Rc::new(composer),
            render: None,
            saved,
            drafts: None,
            kiosk: false,
            catalog: None,
            opening_draft: false,
            catalog_failed: false,
            notes: None,
            instruments: Instruments::Loading,
            change_held: false,
        })))
    }

    /// Keeps a draft of every change in the browser's storage.
    pub fn keep_drafts(&self, drafts: Drafts) {
        self.0.borrow_mut().drafts = Some(drafts);
    }

    pub fn set_catalog(&self, catalog: Rc<ComponentCatalog>) {
        self.0.borrow_mut().catalog = Some(catalog);
    }

    pub fn set_catalog_failed(&self) {
        self.0.borrow_mut().catalog_failed = true;
    }

    pub fn catalog_failed(&self) -> bool {
        self.0.borrow().catalog_failed
    }

    pub fn set_instruments(&self, instruments: Instruments) {
        self.0.borrow_mut().instruments = instruments;
    }

    pub fn instruments(&self) -> Instruments {
        self.0.borrow().instruments.clone()
    }

    pub fn set_notes(&self, notes: Rc<EducatorNotes>) {
        self.0.borrow_mut().notes = Some(notes);
    }

    /// The program's notes for educator mode; the built-in ones when absent.
    pub fn notes(&self) -> Option<Rc<EducatorNotes>> {
        self.0.borrow().notes.clone()
    }

    pub fn catalog(&self) -> Option<Rc<ComponentCatalog>> {
        self.0.borrow().catalog.clone()
    }

    /// Holds the plan still until the saved draft is opened.
    pub fn set_opening_draft(&self, opening: bool) {
        self.0.borrow_mut().opening_draft = opening;
    }

    pub fn opening_draft(&self) -> bool {
        self.0.borrow().opening_draft
    }

    /// Puts another state in place (a draft opened once the on-demand part
    /// could read it) as the plan last saved, and shows it.
    pub fn replace(&self, composer: Composer) {
        let composer = Rc::new(composer);
        let render = {
            let mut inner = self.0.borrow_mut();
            inner.saved = composer.history.shared_plan();
            inner.composer = composer.clone();
            inner.render.clone()
        };
        if let Some(render) = render {
            render.emit(composer);
        }
    }

    /// Shows the state again (the on-demand part arrived, so steps that
    /// waited for it can be shown).
    pub fn refresh(&self) {
        let (render, composer) = {
            let inner = self.0.borrow();
            (inner.render.clone(), inner.composer.clone())
        };
        if let Some(render) = render {
            render.emit(composer);
        }
    }

    pub fn set_kiosk(&self, kiosk: bool) {
        self.0.borrow_mut().kiosk = kiosk;
    }

    /// Called by the App on every render with the way to show a new state.
    pub fn connect(&self, render: Callback<Rc<Composer>>) {
        self.0.borrow_mut().render = Some(render);
    }

    /// Applies `action` now; the App renders the result, and the host hears
    /// of a changed plan through the change event.
    pub fn act(&self, action: Action) {
        if self.opening_draft() {
            return;
        }
        let before = self.composer();
        // No borrow is held while the action runs: a host listener or the
        // panic hook can still read the state.
        let mut next = Composer::clone(&before);
        // Step 1's edits are applied at once; the others come with the part.
        let rule = crate::web::on_demand::loaded()
            .map_or(crate::plan::apply_first_step as EditRule, |part| {
                part.apply_edit
            });
        next.act_with(action, rule);
        let next = Rc::new(next);
        let plan = next.history.shared_plan();
        let changed = !Rc::ptr_eq(&before.history.shared_plan(), &plan);
        let (render, root, drafts) = {
            let mut inner = self.0.borrow_mut();
            inner.composer = next.clone();
            if next.generation != before.generation {
                inner.saved = plan.clone();
            }
            (
                inner.render.clone(),
                inner.root.clone(),
                inner.drafts.clone(),
            )
        };
        if let Some(render) = render {
            render.emit(next.clone());
        }
        // Another language's words may still be on their way (the release
        // build fetches each from the widget's files): shown again once here.
        if before.lang != next.lang && !crate::i18n::has_words(next.lang) {
            let (store, lang) = (self.clone(), next.lang);
            yew::platform::spawn_local(async move {
                crate::i18n::load_words(lang).await;
                store.refresh();
            });
        }
        if changed || before.lang != next.lang {
            match crate::web::on_demand::loaded() {
                Some(part) => changed_plan(&next, drafts, root, part.plan_json),
                // The host can read the plan only once `ready` settles.
                None => self.0.borrow_mut().change_held = true,
            }
        }
    }

    /// The on-demand part is here: a change held until now is saved and
    /// told to the host.
    pub fn release_change(&self, write: fn(&Plan) -> String) {
        let (composer, drafts, root) = {
            let mut inner = self.0.borrow_mut();
            if !std::mem::take(&mut inner.change_held) {
                return;
            }
            (
                inner.composer.clone(),
                inner.drafts.clone(),
                inner.root.clone(),
            )
        };
        changed_plan(&composer, drafts, root, write);
    }

    /// Tells the host page the person exported the plan as `kind`.
    pub fn export(&self, kind: &str, text: &str) {
        self.mark_saved();
        let Some(root) = self.0.borrow().root.clone() else {
            return;
        };
        let detail = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&detail, &"kind".into(), &kind.into());
        let _ = js_sys::Reflect::set(&detail, &"text".into(), &text.into());
        dispatch(&root, EXPORT_EVENT, Some(&detail));
    }

    /// The plan on screen has been taken away (exported, or read by the
    /// host): leaving the page loses nothing.
    pub fn mark_saved(&self) {
        let mut inner = self.0.borrow_mut();
        inner.saved = inner.composer.history.shared_plan();
    }

    /// Would leaving the page now lose changes? Never in a kiosk (nothing
    /// may linger there) nor with drafts on (the draft keeps them).
    pub fn has_unsaved_changes(&self) -> bool {
        let inner = self.0.borrow();
        !inner.kiosk
            && inner.drafts.is_none()
            && !Rc::ptr_eq(&inner.saved, &inner.composer.history.shared_plan())
    }

    pub fn composer(&self) -> Rc<Composer> {
        self.0.borrow().composer.clone()
    }

    /// The plan now, or `None` while an action is being applied (only a
    /// panic in the middle of one can ask then).
    pub fn try_plan(&self) -> Option<(Rc<Plan>, Lang, Option<Element>, bool)> {
        let inner = self.0.try_borrow().ok()?;
        Some((
            inner.composer.history.shared_plan(),
            inner.composer.lang,
            inner.root.clone(),
            inner.kiosk,
        ))
    }

    pub fn plan(&self) -> Rc<Plan> {
        self.0.borrow().composer.history.shared_plan()
    }

    pub fn lang(&self) -> Lang {
        self.0.borrow().composer.lang
    }

    pub fn drafts(&self) -> Option<Drafts> {
        self.0.borrow().drafts.clone()
    }
}

/// Saves the draft of a changed plan, then tells the host page.
fn changed_plan(
    composer: &Composer,
    drafts: Option<Drafts>,
    root: Option<Element>,
    write: fn(&Plan) -> String,
) {
    if let Some(drafts) = drafts {
        drafts.save(composer, write);
    }
    if let Some(root) = root {
        dispatch(&root, CHANGE_EVENT, None);
    }
}

/// Fires a bubbling, composed event on the mount element.
fn dispatch(root: &Element, name: &str, detail: Option<&js_sys::Object>) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    if let Some(detail) = detail {
        init.set_detail(detail);
    }
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = root.dispatch_event(&event);
    }
}
