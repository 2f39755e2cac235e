//! The on-demand part of the widget: everything the first step does not
//! need (the other steps' views, reading plan files and catalogs, the
//! exports, the SMART coach). In the release build (feature "split")
//! wasm-split moves it into a module of its own, which the widget fetches
//! from its own files in idle time right after the first render; in every
//! other build it is linked in and ready at once. See docs/ARCHITECTURE.md
//! ("Two modules").
//!
//! The first module reaches the part only through the plain functions of
//! [`OnDemand`], so none of their code is reachable from it.

use crate::composer::{Action, Step, Teaching};
use crate::embed::{host_calls, Unsettled};
use crate::export::identity::Identity;
use crate::export::json::{self, ImportError};
use crate::i18n::Lang;
use crate::plan::catalog::{default_catalog, parse_catalog, ComponentCatalog};
use crate::plan::educator::{parse_notes, EducatorNotes};
use crate::plan::instrument::{parse_instruments, InstrumentSet};
use crate::plan::synthetic::keep_current;
use crate::plan::{Edit, EditRule, Notice, Plan};
use crate::web::store::Store;
use std::rc::Rc;
use wasm_bindgen::{JsError, JsValue};
use yew::prelude::*;

/// What the on-demand part offers the first module.
#[derive(Clone, Copy)]
pub struct OnDemand {
    /// The view of a step after the first.
    pub step_view: fn(Step, Rc<Plan>, Callback<Edit>, Callback<Action>) -> Html,
    /// The review in progress (the plan as opened, the plan now): what
    /// changed, who, why.
    pub review_panel: fn(Rc<Plan>, Rc<Plan>, Callback<Action>) -> Html,
    /// Reads a plan file the person chose or dropped, then sends the action
    /// that opens it (or says why not).
    pub open_file: fn(web_sys::File, Callback<Action>),
    pub read_plan: fn(&str) -> Result<Plan, Vec<ImportError>>,
    /// A plan file's problem in words: only the part reads plan files, so
    /// their problems' words are the part's (`Lang::words`).
    pub import_error: fn(Lang, &ImportError) -> String,
    /// What an edit did besides what was asked, in words (see `Lang::notice`).
    pub notice: fn(Lang, &Notice) -> String,
    /// Applies any edit (the first module applies only step 1's before).
    pub apply_edit: EditRule,
    /// The plan in the widget's JSON format (drafts, the crash panel's
    /// download): no step needs it before the part is here.
    pub plan_json: fn(&Plan) -> String,
    /// The host API's calls that need the part, done in it.
    pub(crate) host: HostCalls,
    /// The catalog built into the widget (catalog/components.json).
    pub built_in_catalog: fn() -> Rc<ComponentCatalog>,
    /// Educator mode's panel above a step of a synthetic case.
    pub teaching_panel: fn(Step, Teaching, Callback<Action>) -> Html,
    /// A signed plan in use: the way to start a review (such a plan is
    /// only ever opened by the part).
    pub start_review: fn(Callback<Action>) -> Html,
    /// Kiosks: the idle guard (seconds of quiet, time is up, the warning
    /// shows or goes). It watches from the part's arrival, a moment after
    /// the first render.
    pub idle_guard: fn(u32, Callback<()>, Callback<bool>) -> Html,
    /// A training program's notes file, or its problems.
    pub read_notes: fn(&str) -> Result<EducatorNotes, Vec<String>>,
    /// An instruments file (the widget's own or a clinic's), or its problems.
    pub read_instruments: fn(&str) -> Result<InstrumentSet, Vec<String>>,
    /// A clinic's catalog file, or its problems.
    pub read_catalog: fn(&str) -> Result<ComponentCatalog, Vec<String>>,
    /// Finishes loading a widget once the part is here: its draft, the
    /// host's files, the steps that waited (`ready` settles with it).
    pub(crate) settle: fn(OnDemand, Unsettled) -> Settling,
}

/// The host API's calls that need the part (embed/host_calls.rs): each
/// `PlanComposer` method of the same name checks that the part is here and
/// hands the call over with the part, the widget's store and its arguments.
#[derive(Clone, Copy)]
pub(crate) struct HostCalls {
    pub plan_json: fn(OnDemand, &Store) -> String,
    pub open_plan_json: fn(OnDemand, &Store, &str) -> Result<(), JsValue>,
    pub open_case: fn(OnDemand, &Store, &str) -> Result<(), JsValue>,
    pub fhir_json: fn(OnDemand, &Store, &Identity, Option<&str>) -> Result<String, JsError>,
    /// The store, the host's identity and clinic name, large print, the
    /// person's page only.
    pub printable_html: fn(OnDemand, &Store, &Identity, &str, bool, bool) -> String,
    pub plain_text: fn(OnDemand, &Store) -> String,
    /// With a widget's plan and catalog, or (no store) the standalone call.
    pub coach_goal: fn(OnDemand, Option<&Store>, &str, Lang) -> Result<String, JsError>,
}

/// The part finishing a widget's loading: `ready`'s value or its error.
pub(crate) type Settling =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<JsValue, JsValue>>>>;

fn settle(part: OnDemand, unsettled: Unsettled) -> Settling {
    Box::pin(crate::embed::settle(part, unsettled))
}

fn step_view(
    step: Step,
    plan: Rc<Plan>,
    on_edit: Callback<Edit>,
    on_action: Callback<Action>,
) -> Html {
    use crate::ui::{
        aftercare_step::AftercareStep, assessment_step::AssessmentStep,
        components_step::ComponentsStep, finish_step::FinishStep, goals_step::GoalsStep,
        needs_step::NeedsStep, person_step::PersonStep, relapse_step::RelapseStep,
    };
    match step {
        Step::Person => html! { <PersonStep {plan} {on_edit} {on_action} /> },
        Step::Assessment => html! { <AssessmentStep {plan} {on_edit} {on_action} /> },
        Step::Needs => html! { <NeedsStep {plan} {on_edit} {on_action} /> },
        Step::Goals => html! { <GoalsStep {plan} {on_edit} {on_action} /> },
        Step::Components => html! { <ComponentsStep {plan} {on_edit} {on_action} /> },
        Step::Relapse => html! { <RelapseStep {plan} {on_edit} {on_action} /> },
        Step::Aftercare => html! { <AftercareStep {plan} {on_edit} {on_action} /> },
        Step::Finish => html! { <FinishStep {plan} {on_edit} {on_action} /> },
    }
}

fn review_panel(baseline: Rc<Plan>, plan: Rc<Plan>, on_action: Callback<Action>) -> Html {
    use crate::ui::review_panel::ReviewPanel;
    html! { <ReviewPanel {baseline} {plan} {on_action} /> }
}

fn start_review(on_action: Callback<Action>) -> Html {
    use crate::ui::start_review::StartReview;
    html! { <StartReview {on_action} /> }
}

fn idle_guard(limit_seconds: u32, on_expired: Callback<()>, on_warning: Callback<bool>) -> Html {
    use crate::ui::idle_guard::IdleGuard;
    html! { <IdleGuard {limit_seconds} {on_expired} {on_warning} /> }
}

fn teaching_panel(step: Step, teaching: Teaching, on_action: Callback<Action>) -> Html {
    use crate::ui::teaching_panel::TeachingPanel;
    html! { <TeachingPanel {step} {teaching} {on_action} /> }
}

/// A plan file read and checked; a synthetic example comes with its dates
/// as near to today as they were to the day they were written for.
fn read_plan(text: &str) -> Result<Plan, Vec<ImportError>> {
    let mut plan = json::import(text)?;
    if let Some(today) = crate::embed::today() {
        keep_current(&mut plan, today);
    }
    Ok(plan)
}

fn open_file(file: web_sys::File, on_action: Callback<Action>) {
    yew::platform::spawn_local(async move {
        if let Some(text) = crate::web::files::read_text(&file).await {
            on_action.emit(crate::composer::opened(read_plan(&text)));
        }
    });
}

/// Opens a plan file the person chose or dropped, once the part is here.
pub fn open_chosen_file(file: web_sys::File, on_action: Callback<Action>) {
    yew::platform::spawn_local(async move { (load().await.open_file)(file, on_action) });
}

/// A clinic's catalog file, or each of its problems as a line for the
/// host's developer.
fn read_catalog(text: &str) -> Result<ComponentCatalog, Vec<String>> {
    parse_catalog(text).map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

fn built_in_catalog() -> Rc<ComponentCatalog> {
    thread_local! {
        static BUILT_IN: Rc<ComponentCatalog> = Rc::new(default_catalog().clone());
    }
    BUILT_IN.with(Rc::clone)
}

fn part() -> OnDemand {
    OnDemand {
        step_view,
        review_panel,
        open_file,
        read_plan,
        plan_json: json::export,
        import_error: Lang::import_error,
        notice: Lang::notice,
        apply_edit: crate::plan::apply,
        host: HostCalls {
            plan_json: host_calls::plan_json,
            open_plan_json: host_calls::open_plan_json,
            open_case: host_calls::open_synthetic_case,
            fhir_json: host_calls::fhir_json,
            printable_html: host_calls::printable_html,
            plain_text: host_calls::plain_text,
            coach_goal: host_calls::coach_goal,
        },
        built_in_catalog,
        teaching_panel,
        start_review,
        idle_guard,
        read_notes: parse_notes,
        read_instruments: parse_instruments,
        read_catalog,
        settle,
    }
}

#[cfg(feature = "split")]
mod split {
    use super::OnDemand;
    use std::cell::Cell;

    // The split point: wasm-split moves this function and all it alone
    // reaches into the part's module.
    #[wasm_split_helpers::wasm_split(on_demand)]
    fn fetch_part() -> OnDemand {
        super::part()
    }

    thread_local! {
        static LOADED: Cell<Option<OnDemand>> = const { Cell::new(None) };
    }

    pub fn loaded() -> Option<OnDemand> {
        LOADED.with(Cell::get)
    }

    pub async fn load() -> OnDemand {
        if let Some(part) = loaded() {
            return part;
        }
        let part = fetch_part().await;
        LOADED.with(|l| l.set(Some(part)));
        part
    }
}

/// The part, if it is here; always in a build without "split".
#[cfg(feature = "split")]
pub use split::loaded;

/// The part, fetching it first if need be (once; later calls share it).
#[cfg(feature = "split")]
pub use split::load;

#[cfg(not(feature = "split"))]
pub fn loaded() -> Option<OnDemand> {
    Some(part())
}

#[cfg(not(feature = "split"))]
pub async fn load() -> OnDemand {
    part()
}
