//! The pure parts of the host's mount options (src/embed/mod.rs is
//! wasm-only and reads a JS object through serde-wasm-bindgen, which no
//! native target can run): the language tag, the clinic's crisis lines that
//! a new plan starts with, and `catalogJson` read by `parse_catalog` (fuzzed
//! on its own, from a real corpus, by the `catalog` target).
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use plan_composer::i18n::Lang;
use plan_composer::plan::catalog::parse_catalog;
use plan_composer::plan::edit::Edit;
use plan_composer::plan::validate::check;
use plan_composer::plan::{apply, Plan, PlanDate};

#[derive(Debug, Arbitrary)]
struct Options<'a> {
    lang: Option<&'a str>,
    crisis_lines: Option<Vec<(String, String)>>,
    catalog_json: Option<&'a str>,
}

fuzz_target!(|options: Options<'_>| {
    let lang = options.lang.map(Lang::from_tag).unwrap_or_default();
    assert!(Lang::ALL.contains(&lang));
    // As `new_plan` in src/embed/mod.rs: each line added to an empty plan.
    let mut plan = Plan::new("plan-x", PlanDate::new(2026, 1, 5));
    for (name, number) in options.crisis_lines.unwrap_or_default() {
        let _ = apply(&mut plan, &Edit::AddCrisisLine { name, number });
    }
    assert!(check(&plan).is_empty(), "{:?}", check(&plan));
    plan_composer_fuzz::assert_round_trip(&plan);
    if let Some(text) = options.catalog_json {
        if let Err(errors) = parse_catalog(text) {
            assert!(errors.iter().all(|e| !e.to_string().is_empty()));
        }
    }
});
