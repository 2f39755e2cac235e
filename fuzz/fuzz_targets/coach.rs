//! Goal JSON for the SMART coach (`coachGoal` and the widget's `coachGoal`
//! method): `export::coach::read_goal`, then the report.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan_composer::export::coach::{read_goal, report_json};
use plan_composer::i18n::Lang;
use plan_composer::plan::catalog::default_catalog;
use plan_composer::plan::{Plan, PlanDate};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return; // the JS API takes a string
    };
    let goal = match read_goal(text) {
        Ok(goal) => goal,
        Err(e) => {
            assert!(!e.0.trim().is_empty());
            return;
        }
    };
    let plans = [
        Plan::new("coach", None),
        plan_composer_fuzz::plan_on_screen(),
    ];
    for plan in &plans {
        for lang in Lang::ALL.iter().copied() {
            let templates = default_catalog().template_texts(lang);
            for today in [None, PlanDate::new(2026, 3, 1)] {
                let report = report_json(plan, &goal, lang, today, &templates);
                let value: serde_json::Value =
                    serde_json::from_str(&report).expect("the report is JSON");
                for letter in ["S", "M", "A", "R", "T"] {
                    assert!(value[letter]["status"].is_string(), "{report}");
                }
            }
        }
    }
});
