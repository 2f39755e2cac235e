//! Any plan the edits can make survives export then import unchanged (but
//! for stray control characters, which the export leaves out), and opens in
//! the composer as itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan_composer::composer::{open_file, Composer};
use plan_composer::export::json::export;
use plan_composer::i18n::Lang;

fuzz_target!(|data: &[u8]| {
    let mut u = arbitrary::Unstructured::new(data);
    let Ok(plan) = plan_composer_fuzz::edits::plan_from(&mut u, 80) else {
        return;
    };
    plan_composer_fuzz::assert_round_trip(&plan);
    let mut composer = Composer::new(plan_composer_fuzz::plan_on_screen(), Lang::Es);
    composer.act(open_file(&export(&plan)));
    assert!(
        composer.import_errors.is_empty(),
        "{:?}",
        composer.import_errors
    );
    // The plan as the file holds it (stray control characters left out).
    assert_eq!(export(composer.plan()), export(&plan));
});
