use super::context::{CatalogRef, TeachingView, UiContext};
use super::messages::Messages;
use super::person_step::PersonStep;
use super::step_footer::StepFooter;
use super::step_nav::{step_name, StepNav};
use super::toolbar::Toolbar;
use crate::composer::{Action, Step};
use crate::export::identity::Identity;
use crate::i18n::{Lang, Text};
use crate::plan::{Edit, Plan, PlanDate};
use crate::web::on_demand;
use crate::web::store::Store;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The widget's state: the App shows it and sends every action there.
    pub store: Store,
    /// The language the widget was set up in (a kiosk returns to it).
    pub lang: Lang,
    /// Unique prefix for element ids.
    pub prefix: Rc<str>,
    /// Today on this device.
    #[prop_or_default]
    pub today: Option<PlanDate>,
    /// The clinic's name, for the printable plan.
    #[prop_or_default]
    pub clinic_name: AttrValue,
    /// The host page's identity of the person, clinician and organization.
    #[prop_or_default]
    pub identity: Rc<Identity>,
    /// For kiosks: seconds of quiet before the plan is cleared (after a
    /// warning), and how to make the next person's empty plan.
    #[prop_or_default]
    pub idle_reset_seconds: Option<u32>,
    #[prop_or_default]
    pub new_plan: Option<Callback<(), Plan>>,
}

/// Moves focus to the first control of the item with this id, if shown.
fn focus_item(root: &Element, id: &str) {
    let Ok(items) = root.query_selector_all("[data-item-id],[data-goal-id]") else {
        return;
    };
    for i in 0..items.length() {
        let Some(item) = items.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let matches = item.get_attribute("data-item-id").as_deref() == Some(id)
            || item.get_attribute("data-goal-id").as_deref() == Some(id);
        if matches {
            if let Ok(Some(control)) = item.query_selector("input, textarea, select, button") {
                if let Ok(control) = control.dyn_into::<HtmlElement>() {
                    let _ = control.focus();
                }
            }
            return;
        }
    }
}

/// Moves focus to the field with this element id (a gap's button); if the
/// field cannot be changed now (a signed plan), to the button that starts
/// a review.
fn focus_field(root: &Element, id: &str) {
    // Looked up inside the widget, not in the document: in a shadow root
    // (the `<plan-composer>` element) `document.getElementById` cannot see it.
    let Some(field) = element_with_id(root, id) else {
        return;
    };
    let target = if field.matches(":disabled").unwrap_or(false) {
        root.query_selector("[data-start-review]").ok().flatten()
    } else {
        Some(field)
    };
    if let Some(target) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
        let _ = target.focus();
    }
}

/// The element with this id inside `root`, wherever `root` lives.
fn element_with_id(root: &Element, id: &str) -> Option<Element> {
    let found = root.query_selector_all("[id]").ok()?;
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<Element>().ok())
        .find(|e| e.id() == id)
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // The state lives in the store, where host calls read it at once; this
    // copy only tells Yew when to render. Connected during the first
    // render (a memo, not an effect), so no action can come before the App
    // hears of it.
    let store = props.store.clone();
    let shown = use_state(|| store.composer());
    {
        let set = shown.setter();
        use_memo(store.clone(), move |store| {
            store.connect(Callback::from(move |composer| set.set(composer)))
        });
    }
    let state = store.composer();
    let root = use_node_ref();
    let heading = use_node_ref();

    // A new step: focus its heading, so keyboard and screen reader users
    // start at its top (but never steal focus when the widget first loads).
    {
        let heading = heading.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(state.step, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(h) = heading.cast::<HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    // An added item, or the item a gap points at: focus its first field.
    {
        let root = root.clone();
        use_effect_with(state.focus.clone(), move |focus| {
            if let (Some(id), Some(root)) = (focus, root.cast::<Element>()) {
                focus_item(&root, id);
            }
        });
    }

    let on_action = use_callback(store.clone(), |action: Action, store| store.act(action));
    // A plan file dropped anywhere on the widget is opened like a chosen one.
    let ondragover = use_callback((), |e: DragEvent, _| e.prevent_default());
    let ondrop = use_callback(on_action.clone(), |e: DragEvent, on_action| {
        let file = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            e.prevent_default();
            on_demand::open_chosen_file(file, on_action.clone());
        }
    });
    let on_edit = use_callback(store.clone(), |edit: Edit, store| {
        store.act(Action::Edit(edit))
    });
    // Kiosks: clear everything for the next person, in the kiosk's own
    // language; while the idle warning shows, the plan is hidden.
    let kiosk = props.idle_reset_seconds.is_some();
    let wipe = use_callback(
        (store.clone(), props.new_plan.clone(), props.lang),
        |(): (), (store, new_plan, lang)| {
            if let Some(new_plan) = new_plan {
                store.act(Action::ClearForNextPerson {
                    plan: Box::new(new_plan.emit(())),
                    lang: *lang,
                });
            }
        },
    );
    let finished = use_callback(wipe.clone(), |_: MouseEvent, wipe| wipe.emit(()));
    let warning = use_state(|| false);
    let on_warning = use_callback(warning.setter(), |shown: bool, set| set.set(shown));

    let part = on_demand::loaded();
    let opening_draft = store.opening_draft();
    let ui = UiContext {
        lang: state.lang,
        prefix: props.prefix.clone(),
        today: props.today,
        clinic_name: props.clinic_name.clone(),
        identity: props.identity.clone(),
        store: Some(store.clone()),
        kiosk,
        // The clinic's catalog, or the built-in one; none is needed before
        // the on-demand part (the first step shows no services).
        catalog: store
            .catalog()
            .or_else(|| part.map(|part| (part.built_in_catalog)()))
            .map(CatalogRef::new)
            .unwrap_or_default(),
        instruments: store.instruments(),
        words: crate::i18n::has_words(state.lang),
        // The notes are fetched when educator mode opens: none until then.
        teaching: state.teaching.map(|teaching| TeachingView {
            smart_view: teaching.smart_view,
            notes: store.notes().unwrap_or_default(),
        }),
    };
    // The field a gap's button points at.
    {
        let root = root.clone();
        let id = state
            .focus_field
            .as_ref()
            .map(|f| ui.dom_id(&f.item, &f.part));
        use_effect_with((id, state.focus_requests), move |(id, _)| {
            if let (Some(id), Some(root)) = (id, root.cast::<Element>()) {
                focus_field(&root, id);
            }
        });
    }
    let plan = state.history.shared_plan();
    // Test builds only: a real panic in a render, for the crash panel's test.
    #[cfg(feature = "panic-trigger")]
    if plan.title == "PANIC TEST" {
        panic!("deliberate panic (feature panic-trigger)");
    }
    let step = state.step;
    let heading_id = ui.dom_id("step", step.key());
    // A signed plan in use is read-only until a review starts: every field
    // of the step is disabled (the finish step keeps signing and exports).
    let locked = plan.is_locked();
    // A synthetic case in educator mode is only read: every step but the
    // last (prints and exports) is disabled, and the composer refuses edits.
    let teaching = state.teaching;
    let view = {
        let (plan, on_edit, on_action) = (plan.clone(), on_edit.clone(), on_action.clone());
        match (step, part) {
            _ if opening_draft => {
                html! { <p class="pc-loading" role="status">{ui.t(Text::DraftOpening)}</p> }
            }
            (Step::Person, _) => html! { <PersonStep {plan} {on_edit} {on_action} /> },
            _ if store.catalog_failed() => {
                html! { <p class="pc-loading" role="alert">{ui.t(Text::CatalogUnreadable)}</p> }
            }
            (_, Some(part)) => (part.step_view)(step, plan, on_edit, on_action),
            (_, None) => {
                html! { <p class="pc-loading" role="status">{ui.t(Text::StepLoading)}</p> }
            }
        }
    };
    html! {
        <ContextProvider<UiContext> context={ui.clone()}>
            <section class="pc-root" lang={state.lang.tag()} ref={root}
                aria-label={ui.t(Text::WidgetName)} data-step={step.key()}
                ondragover={(!kiosk).then_some(ondragover)} ondrop={(!kiosk).then_some(ondrop)}>
                <div class="pc-body" inert={*warning}>
                <header class="pc-header">
                    <h2 class="pc-title">
                        { if plan.title.trim().is_empty() { ui.t(Text::Untitled).to_owned() } else { plan.title.clone() } }
                    </h2>
                    if kiosk {
                        <button type="button" class="pc-button pc-button-finished" onclick={finished}>
                            {ui.t(Text::FinishedClearPlan)}
                        </button>
                    }
                </header>
                <Toolbar can_undo={state.can_undo()} can_redo={state.history.can_redo()}
                    on_action={on_action.clone()} />
                <StepNav current={step} on_action={on_action.clone()} />
                <Messages notices={state.notices.clone()} edit_error={state.edit_error.clone()}
                    import_errors={state.import_errors.clone()} on_action={on_action.clone()} />
                <section class="pc-step" aria-labelledby={heading_id.clone()}>
                    <h3 id={heading_id} ref={heading} tabindex="-1" class="pc-step-title">
                        {step_name(&ui, step)}
                    </h3>
                    if let (Some(teaching), Some(part)) = (teaching, part) {
                        {(part.teaching_panel)(step, teaching, on_action.clone())}
                    } else if let (true, Some(part)) = (locked, part) {
                        {(part.start_review)(on_action.clone())}
                    } else if let (Some(baseline), true) = (&state.review_baseline, matches!(step, Step::Aftercare | Step::Finish)) {
                        if let Some(part) = part {
                            {(part.review_panel)(baseline.clone(), plan.clone(), on_action.clone())}
                        }
                    }
                    if (locked || teaching.is_some()) && step != Step::Finish {
                        <fieldset class="pc-locked" disabled=true>{view}</fieldset>
                    } else {
                        {view}
                    }
                </section>
                <StepFooter current={step} on_action={on_action.clone()} />
                </div>
                if let (Some(limit_seconds), Some(part)) = (props.idle_reset_seconds, part) {
                    {(part.idle_guard)(limit_seconds, wipe, on_warning)}
                }
            </section>
        </ContextProvider<UiContext>>
    }
}
