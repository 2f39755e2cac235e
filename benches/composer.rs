//! Native benchmarks of the pure domain: the SMART coach, a keystroke
//! through the undo history, JSON import and export. `cargo bench` runs them; scripts/bench runs them with quick
//! settings. Plans are generated here, synthetic, like the browser bench's.

/// divan is a native-only dev-dependency: on wasm32 there is nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    divan::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use divan::{black_box, Bencher};
    use plan_composer::export::fhir::{fhir_json, FhirOptions};
    use plan_composer::export::json;
    use plan_composer::export::print::{printable_html, PrintOptions};
    use plan_composer::export::text::plain_text;
    use plan_composer::i18n::Lang;
    use plan_composer::plan::edit::GoalField;
    use plan_composer::plan::smart::coach;
    use plan_composer::plan::target::{TextSlot, TextTarget};
    use plan_composer::plan::{History, Plan, PlanDate};

    const STATEMENTS: [&str; 6] = [
        "Go to two support meetings each week",
        "Sleep at least seven hours a night",
        "I want to feel better",
        "Call my sponsor every evening before dinner",
        "Walk for 30 minutes on Monday, Wednesday and Friday",
        "Take my medicine as prescribed every morning",
    ];

    /// A plan file with `goals` goals, as the widget would save it.
    fn plan_text(goals: usize) -> String {
        let list: Vec<String> = (1..=goals)
            .map(|i| {
                let statement = STATEMENTS[i % STATEMENTS.len()];
                let (measure, target, due) = if i % 3 == 0 {
                    ("", "", String::from("null"))
                } else {
                    (
                        "Meetings signed in",
                        "2 a week",
                        format!("\"2027-{:02}-{:02}\"", 1 + i % 12, 1 + i % 28),
                    )
                };
                format!(
                    r#"{{"id":"g{i}","statement":"{statement} ({i})","measure":"{measure}","target":"{target}","due":{due}}}"#
                )
            })
            .collect();
        format!(
            r#"{{"schema_version":1,"id":"plan-bench","title":"Synthetic plan","next_id":{},"goals":[{}]}}"#,
            goals + 1,
            list.join(",")
        )
    }

    fn plan(goals: usize) -> Plan {
        match json::import(&plan_text(goals)) {
            Ok(plan) => plan,
            Err(errors) => panic!("the generated plan does not import: {errors:?}"),
        }
    }

    const TODAY: Option<PlanDate> = None;

    /// One goal's report: what a keystroke in a goal costs.
    #[divan::bench]
    fn smart_coach_one_goal(bencher: Bencher) {
        let plan = plan(50);
        let goal = &plan.goals[4];
        bencher.bench_local(|| coach(black_box(&plan), black_box(goal), TODAY, &[]));
    }

    /// Every goal of a plan (a full re-render of the goal list).
    #[divan::bench(args = [50, 200])]
    fn smart_coach_all_goals(bencher: Bencher, goals: usize) {
        let plan = plan(goals);
        bencher.bench_local(|| {
            for goal in &plan.goals {
                black_box(coach(black_box(&plan), goal, TODAY, &[]));
            }
        });
    }

    /// One keystroke in one goal's statement, through the undo history: what
    /// the widget does to its state on every letter typed (the view aside).
    /// The edits alternate between two texts, so each one changes the plan.
    #[divan::bench(args = [10, 50, 200, 1000])]
    fn history_apply_keystroke(bencher: Bencher, goals: usize) {
        let mut history = History::new(plan(goals));
        let id = format!("g{}", goals / 2);
        let edits = ["Walk every day", "Walk every day."].map(|value| {
            TextTarget::of(TextSlot::Goal(GoalField::Statement), id.clone()).edit(value.to_owned())
        });
        let mut next = 0;
        bencher.bench_local(|| {
            next ^= 1;
            history.apply(black_box(&edits[next])).is_ok()
        });
    }

    #[divan::bench(args = [50, 200])]
    fn json_import(bencher: Bencher, goals: usize) {
        let text = plan_text(goals);
        bencher.bench_local(|| json::import(black_box(&text)).is_ok());
    }

    #[divan::bench(args = [50, 200])]
    fn json_export(bencher: Bencher, goals: usize) {
        let plan = plan(goals);
        bencher.bench_local(|| json::export(black_box(&plan)));
    }

    /// A file with a problem in every goal: import lists them all, re-reading
    /// after each one, so this is its slow path.
    #[divan::bench]
    fn json_import_with_problems(bencher: Bencher) {
        let text = plan_text(50).replace("\"2027-", "\"2027-13-");
        bencher.bench_local(|| json::import(black_box(&text)).is_err());
    }

    #[divan::bench(args = [50, 200])]
    fn fhir_json_export(bencher: Bencher, goals: usize) {
        let plan = plan(goals);
        let options = FhirOptions::default();
        bencher.bench_local(|| fhir_json(black_box(&plan), &options));
    }

    #[divan::bench(args = [50, 200])]
    fn printable_html_export(bencher: Bencher, goals: usize) {
        let plan = plan(goals);
        let options = PrintOptions::default();
        bencher.bench_local(|| printable_html(black_box(&plan), &options));
    }

    #[divan::bench(args = [50, 200])]
    fn plain_text_export(bencher: Bencher, goals: usize) {
        let plan = plan(goals);
        bencher.bench_local(|| plain_text(black_box(&plan), Lang::En));
    }

    /// The four exports one after the other: the issue's target is for this.
    #[divan::bench(args = [200])]
    fn all_four_exports(bencher: Bencher, goals: usize) {
        let plan = plan(goals);
        let fhir = FhirOptions::default();
        let print = PrintOptions::default();
        bencher.bench_local(|| {
            black_box(json::export(&plan));
            black_box(fhir_json(&plan, &fhir));
            black_box(printable_html(&plan, &print));
            black_box(plain_text(&plan, Lang::En));
        });
    }
}
