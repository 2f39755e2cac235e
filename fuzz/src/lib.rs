//! Shared checks for the fuzz targets (fuzz_targets/): what every reader
//! must do with any input — accept it as sound or refuse it with a message,
//! never panic, never hang, never change the plan on screen.

pub mod edits;
pub mod mutate;

use plan_composer::composer::{open_file, Composer};
use plan_composer::export::json::{export, import};
use plan_composer::i18n::Lang;
use plan_composer::plan::validate::check;
use plan_composer::plan::Plan;

/// The plan on screen before a file is opened: one with a bit of everything,
/// so "unchanged" means something.
/// Read once per thread (a plan shares its goals through `Rc`, so it is not
/// `Sync`); each call gives a copy that shares those goals.
pub fn plan_on_screen() -> Plan {
    thread_local! {
        static PLAN: Plan = import(include_str!("../../samples/alcohol-outpatient.en.json"))
            .expect("the sample opens");
    }
    PLAN.with(Plan::clone)
}

/// Opens `text` in a composer the way the widget does (`composer::open_file`, the
/// file picker, drop and paste; drafts in browser storage are the same plan
/// JSON read by the same `import`). A refused file must leave the plan, its
/// undo history and the generation as they were, with a message for each
/// problem in every language; an accepted one must be sound and survive its
/// own export.
pub fn open_in_composer(text: &str) {
    let mut composer = Composer::new(plan_on_screen(), Lang::En);
    let before = composer.clone();
    composer.act(open_file(text));
    if composer.import_errors.is_empty() {
        let plan = composer.plan().clone();
        assert!(
            check(&plan).is_empty(),
            "an accepted plan is unsound: {:?}",
            check(&plan)
        );
        assert_ne!(
            composer.generation, before.generation,
            "an opened plan is a new plan"
        );
        assert_round_trip(&plan);
    } else {
        assert_eq!(
            composer.history, before.history,
            "a refused file changed the plan"
        );
        assert_eq!(composer.generation, before.generation);
        for error in composer.import_errors.iter() {
            for lang in Lang::ALL.iter().copied() {
                assert!(
                    !lang.import_error(error).trim().is_empty(),
                    "no message for {error:?}"
                );
            }
        }
    }
}

/// `import(export(plan)) == plan`, for a plan without stray control
/// characters. The export leaves those out (and only those: see
/// src/export/clean.rs; an optional text of nothing else is left out
/// whole), so a plan with them comes back as one that saves as the very
/// same text. Whether a plan has them is read from its `Debug` text, which
/// escapes them (and some other unprintable characters, for which only the
/// weaker check is made).
pub fn assert_round_trip(plan: &Plan) {
    let text = export(plan);
    let back = match import(&text) {
        Ok(back) => back,
        Err(errors) => panic!("an exported plan was refused: {errors:?}\n{text}"),
    };
    let debug = format!("{plan:?}");
    if !debug.contains("\\u{") && !debug.contains("\\0") {
        assert_eq!(&back, plan, "the plan changed on its way through JSON");
    }
    assert_eq!(export(&back), text, "the plan read back saves as other text");
}
