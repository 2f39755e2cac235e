//! The host API's calls that need the on-demand part, done in it: the
//! first module's `PlanComposer` methods only check that the part is here
//! and hand the call over (`OnDemand`), so none of this code, nor the
//! options it builds, weighs on the first step.

use super::{load_notes, now, open_case, problem_list, today};
use crate::composer::Action;
use crate::export::fhir::{self, BundleKind, FhirOptions};
use crate::export::identity::Identity;
use crate::export::print::{self, Paper, PrintOptions};
use crate::export::{coach, text};
use crate::i18n::Lang;
use crate::plan::catalog::ComponentCatalog;
use crate::plan::Plan;
use crate::web::on_demand::OnDemand;
use crate::web::store::Store;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// `planJson()`.
pub(crate) fn plan_json(part: OnDemand, store: &Store) -> String {
    // The host took the plan: leaving the page no longer loses it.
    store.mark_saved();
    (part.plan_json)(&store.plan())
}

/// `openPlanJson(text)`: read once here, so the host hears of problems at
/// once, and the checked plan handed over rather than read a second time.
pub(crate) fn open_plan_json(part: OnDemand, store: &Store, text: &str) -> Result<(), JsValue> {
    match (part.read_plan)(text) {
        Ok(plan) => {
            store.act(Action::Open(Box::new(plan)));
            Ok(())
        }
        Err(errors) => {
            let lang = store.lang();
            Err(problem_list(
                errors.iter().map(|e| (part.import_error)(lang, e)),
            ))
        }
    }
}

/// `openCase(text)`: the notes follow as soon as they are fetched (once).
pub(crate) fn open_synthetic_case(
    part: OnDemand,
    store: &Store,
    text: &str,
) -> Result<(), JsValue> {
    if store.notes().is_none() {
        let store = store.clone();
        wasm_bindgen_futures::spawn_local(async move { load_notes(&store, part).await });
    }
    open_case(store, part, text).map_err(problem_list)
}

/// The clinic's catalog, or the built-in one while it has none.
fn catalog_of(part: OnDemand, store: &Store) -> Rc<ComponentCatalog> {
    store.catalog().unwrap_or_else(|| (part.built_in_catalog)())
}

/// `fhirJson(bundle)`.
pub(crate) fn fhir_json(
    part: OnDemand,
    store: &Store,
    identity: &Identity,
    bundle: Option<&str>,
) -> Result<String, JsError> {
    let bundle = match bundle {
        None | Some("collection") => BundleKind::Collection,
        Some("transaction") => BundleKind::Transaction,
        Some(other) => {
            return Err(JsError::new(&format!(
                "plan-composer: fhirJson takes \"collection\" or \"transaction\", not \"{}\"",
                other.chars().take(40).collect::<String>()
            )))
        }
    };
    store.mark_saved();
    let catalog = catalog_of(part, store);
    let now = now();
    let options = FhirOptions {
        lang: store.lang(),
        today: today(),
        now: now.as_deref(),
        bundle,
        catalog: Some(&catalog),
    };
    Ok(fhir::fhir_json_for(&store.plan(), &options, identity))
}

/// `printableHtml(largePrint, summaryOnly)`.
pub(crate) fn printable_html(
    _: OnDemand,
    store: &Store,
    identity: &Identity,
    clinic_name: &str,
    large_print: bool,
    summary_only: bool,
) -> String {
    let options = PrintOptions {
        clinic_name: clinic_name.to_owned(),
        large_print,
        lang: store.lang(),
        paper: Paper::Letter,
        today: today(),
        summary_only,
    };
    print::printable_html_for(&store.plan(), &options, identity)
}

/// `plainText()`.
pub(crate) fn plain_text(_: OnDemand, store: &Store) -> String {
    text::plain_text(&store.plan(), store.lang())
}

/// `coachGoal(goalJson)`, with a widget's plan and catalog as context, or
/// (`store` None) the standalone `coachGoal(goalJson, lang)`.
pub(crate) fn coach_goal(
    part: OnDemand,
    store: Option<&Store>,
    goal_json: &str,
    lang: Lang,
) -> Result<String, JsError> {
    let (plan, catalog) = match store {
        Some(store) => (store.plan(), catalog_of(part, store)),
        None => (Rc::new(Plan::new("coach", None)), (part.built_in_catalog)()),
    };
    let goal = coach::read_goal(goal_json).map_err(|e| JsError::new(&e.0))?;
    let templates = catalog.template_texts(lang);
    Ok(coach::report_json(&plan, &goal, lang, today(), &templates))
}
