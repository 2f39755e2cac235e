//! Structure-aware: a plan made by arbitrary edits, exported, damaged at the
//! level of its JSON values, then opened in the composer. Reaches the link,
//! range, date and duplicate checks behind the parser.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan_composer::export::json::export;

fuzz_target!(|data: &[u8]| {
    let mut u = arbitrary::Unstructured::new(data);
    let Ok(plan) = plan_composer_fuzz::edits::plan_from(&mut u, 40) else {
        return;
    };
    let Ok(mut doc) = serde_json::from_str::<serde_json::Value>(&export(&plan)) else {
        panic!("an export is not JSON");
    };
    if plan_composer_fuzz::mutate::damage(&mut u, &mut doc, 6).is_err() {
        return;
    }
    plan_composer_fuzz::open_in_composer(&doc.to_string());
});
