//! Properties of random edit sequences: whatever a person does, the plan
//! stays sound, survives a JSON round trip, and undo/redo are exact.
//!
//! Random "seeds" are turned into concrete edits against the plan as it is
//! at that moment: ids are picked from the items that exist (by index,
//! modulo the list's length), sometimes from another kind of item, and
//! sometimes made up, so refused edits are exercised too.
// Native only: the browser run is tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use plan_composer::composer::{Action, Composer};
use plan_composer::export::json::{export, import};
use plan_composer::i18n::Lang;
use plan_composer::plan::review::changes_between;
use plan_composer::plan::target::{ChoiceSlot, ChoiceTarget, DateSlot, NumberSlot, TextSlot};
use plan_composer::plan::validate::check;
use plan_composer::plan::*;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRng, TestRunner};
use std::collections::HashSet;

#[path = "support/edit_seeds.rs"]
mod edit_seeds;
use edit_seeds::*;

/// Kinds that add an item, drawn more often so links have things to join.
const ADD_KINDS: [usize; 16] = [5, 5, 7, 9, 11, 14, 18, 24, 28, 30, 32, 34, 35, 38, 39, 45];

/// The field edits (SetText, SetDate, SetNumber, SetChoice) come first.
const FIELD_KINDS: usize = 4;

/// Kinds that join items or remove one, drawn more often too.
const LINK_AND_REMOVE_KINDS: [usize; 15] =
    [6, 10, 12, 15, 17, 19, 20, 23, 25, 27, 29, 2, 43, 46, 47];

/// Text: plain words, a sample of what people type
/// (`SAMPLE_TEXT`: other scripts, emoji, markup), or any characters.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Z0-9 ]{0,12}",
        3 => prop::sample::select(&SAMPLE_TEXT[..]).prop_map(String::from),
        2 => ".{0,10}",
    ]
}

fn pick() -> impl Strategy<Value = Pick> {
    prop_oneof![
        8 => any::<usize>().prop_map(Pick::Nth),
        1 => any::<usize>().prop_map(Pick::AnyId),
        1 => Just(Pick::Missing),
    ]
}

/// Mostly real dates; some made-up days come out as `None`.
fn date() -> impl Strategy<Value = Option<PlanDate>> {
    prop_oneof![
        1 => Just(None),
        4 => (1899u16..=3000, 0u8..=13, 0u8..=32).prop_map(|(y, m, d)| PlanDate::new(y, m, d)),
    ]
}

/// Mostly in range for rulers (0-10) and risk ratings (0-4); sometimes not.
fn number() -> impl Strategy<Value = Option<u8>> {
    prop_oneof![
        1 => Just(None),
        4 => (0u8..=12).prop_map(Some),
        1 => any::<u8>().prop_map(Some),
    ]
}

fn seed() -> impl Strategy<Value = Seed> {
    let kind = prop_oneof![
        3 => 0..EDIT_KINDS,
        1 => prop::sample::select(&ADD_KINDS[..]),
        1 => prop::sample::select(&LINK_AND_REMOVE_KINDS[..]),
        // The four field edits write about 80 slots between them.
        3 => 0..FIELD_KINDS,
    ];
    (
        kind,
        pick(),
        pick(),
        any::<usize>(),
        number(),
        text(),
        prop::collection::vec(text(), 0..3),
        date(),
        any::<bool>(),
    )
        .prop_map(
            |(kind, a, b, n, number, text, more_text, date, flag)| Seed {
                kind,
                a,
                b,
                n,
                number,
                text,
                more_text,
                date,
                flag,
            },
        )
}

/// A plan with two of most things, linked together, so that short
/// sequences reach removals that must unlink.
fn furnished_plan() -> Plan {
    let mut plan = Plan::new("furnished", PlanDate::new(2026, 1, 5));
    for round in 0..2 {
        for (i, kind) in ADD_KINDS.into_iter().enumerate() {
            // Finishing a review needs one in progress (and leaves the plan
            // in use, where nothing more could be added).
            if kind == 34 {
                continue;
            }
            let seed = Seed {
                kind,
                a: Pick::Nth(round),
                b: Pick::Nth(round),
                // The two text items land in the strengths and assessment triggers.
                n: if i == 0 { 0 } else { 2 },
                number: Some(3),
                text: format!("item {kind}.{round}"),
                more_text: vec!["changed".into()],
                date: PlanDate::new(2026, 2, 1),
                flag: true,
            };
            let edit = edit_for(&plan, &seed);
            apply(&mut plan, &edit).expect("adds always succeed");
        }
    }
    // One item in every list, so edits of each list's items can succeed.
    for list in TEXT_LISTS.iter().copied() {
        let text = format!("{list:?} item");
        apply(&mut plan, &Edit::AddTextItem { list, text }).expect("adds always succeed");
    }
    let id = |ids: Vec<&String>, n: usize| ids[n].clone();
    let goals = |p: &Plan, n| id(p.goals.iter().map(|g| &g.id).collect(), n);
    let needs = |p: &Plan, n| id(p.needs.iter().map(|x| &x.id).collect(), n);
    let components = |p: &Plan, n| id(p.components.iter().map(|c| &c.id).collect(), n);
    let contributors = |p: &Plan, n| id(p.contributors.iter().map(|c| &c.id).collect(), n);
    let objectives = |p: &Plan, n| {
        id(
            p.goals
                .iter()
                .flat_map(|g| &g.objectives)
                .map(|o| &o.id)
                .collect(),
            n,
        )
    };
    let substances = |p: &Plan, n| id(p.assessment.substances.iter().map(|s| &s.id).collect(), n);
    let triggers = |p: &Plan, n| id(p.assessment.triggers.iter().map(|t| &t.id).collect(), n);
    let strengths = |p: &Plan, n| id(p.person.strengths.iter().map(|s| &s.id).collect(), n);
    let mut links = vec![Edit::SetRiskViewEnabled(true)];
    for (n, other) in [(0, 1), (1, 0)] {
        links.extend([
            Edit::LinkGoalNeed {
                goal: goals(&plan, n),
                need: needs(&plan, n),
            },
            Edit::LinkGoalNeed {
                goal: goals(&plan, n),
                need: needs(&plan, other),
            },
            Edit::LinkIntervention {
                objective: objectives(&plan, n),
                component: components(&plan, n),
            },
            Edit::LinkIntervention {
                objective: objectives(&plan, n),
                component: components(&plan, other),
            },
            Edit::LinkFinding {
                need: needs(&plan, n),
                finding: Finding::Substance(substances(&plan, n)),
            },
            Edit::LinkFinding {
                need: needs(&plan, n),
                finding: Finding::Trigger(triggers(&plan, other)),
            },
            Edit::SetGoalExpressedBy {
                id: goals(&plan, n),
                contributor: Some(contributors(&plan, n)),
            },
            Edit::LinkGoalStrength {
                goal: goals(&plan, n),
                strength: strengths(&plan, n),
            },
        ]);
    }
    for edit in links {
        apply(&mut plan, &edit).expect("links between existing items succeed");
    }
    assert!(check(&plan).is_empty());
    plan
}

/// The furnished plan in `status`, as if it had been put there.
fn furnished_in(status: PlanStatus) -> Plan {
    let mut plan = furnished_plan();
    plan.status = status;
    plan
}

fn start() -> impl Strategy<Value = Plan> {
    prop_oneof![
        2 => Just(Plan::new("empty", PlanDate::new(2026, 1, 5))),
        2 => Just(furnished_plan()),
        1 => Just(furnished_in(PlanStatus::Active)),
        1 => Just(furnished_in(PlanStatus::UnderReview)),
    ]
}

/// The plan without what a signed record may still take: signatures (and
/// the ids they use up), the copy note and the status.
fn record_part(plan: &Plan) -> Plan {
    let mut rest = plan.clone();
    rest.consent = Consent::default();
    rest.status = PlanStatus::Draft;
    rest.next_id = 0;
    rest
}

fn seeds(max: usize) -> impl Strategy<Value = Vec<Seed>> {
    prop::collection::vec(seed(), 0..=max)
}

/// Applies seeds one by one, ignoring refused edits.
fn run(mut plan: Plan, seeds: &[Seed]) -> Plan {
    for seed in seeds {
        let edit = edit_for(&plan, seed);
        let _ = apply(&mut plan, &edit);
    }
    plan
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 128,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn every_edit_sequence_keeps_the_plan_sound(plan in start(), seeds in seeds(40)) {
        let mut plan = plan;
        let mut given_out: HashSet<String> = plan.all_ids().map(str::to_owned).collect();
        for seed in &seeds {
            let edit = edit_for(&plan, seed);
            let before = plan.clone();
            match apply(&mut plan, &edit) {
                Ok(applied) => {
                    if let Some(id) = applied.created {
                        prop_assert!(given_out.insert(id.clone()), "{} was given out twice", id);
                    }
                    for notice in &applied.notices {
                        for lang in Lang::ALL.iter().copied() {
                            prop_assert!(!lang.notice(notice).is_empty());
                        }
                    }
                }
                Err(error) => {
                    prop_assert_eq!(&plan, &before, "refused {:?} changed the plan", edit);
                    for lang in Lang::ALL.iter().copied() {
                        prop_assert!(!lang.edit_error(&error).is_empty());
                    }
                }
            }
            let problems = check(&plan);
            prop_assert!(problems.is_empty(), "after {:?}: {:?}", edit, problems);
        }
    }

    /// The first module's rule (before the rest of the widget is here)
    /// applies step 1's edits exactly as `apply` does, and refuses every
    /// other edit with `NotReady`, leaving the plan as it was.
    #[test]
    fn the_first_steps_rule_agrees_with_apply_or_waits(plan in start(), seeds in seeds(40)) {
        let mut plan = plan;
        for seed in &seeds {
            let edit = edit_for(&plan, seed);
            let before = plan.clone();
            let mut early = plan.clone();
            let first = apply_first_step(&mut early, &edit);
            let full = apply(&mut plan, &edit);
            if first == Err(EditError::NotReady) {
                prop_assert!(full != Err(EditError::NotReady), "{:?}", edit);
                prop_assert_eq!(&early, &before, "refusing {:?} changed the plan", edit);
            } else {
                prop_assert_eq!(&first, &full, "{:?}", edit);
                prop_assert_eq!(&early, &plan, "{:?}", edit);
            }
        }
    }

    #[test]
    fn every_edit_that_changes_the_plan_shows_in_the_review(plan in start(), seeds in seeds(40)) {
        let mut plan = plan;
        for seed in &seeds {
            let edit = edit_for(&plan, seed);
            let before = plan.clone();
            let _ = apply(&mut plan, &edit);
            let changes = changes_between(&before, &plan);
            let status = ChoiceTarget::from(ChoiceSlot::Status);
            // Progress noted is the review's own record, like its status.
            let bookkeeping = matches!(
                &edit,
                Edit::SetStatus(_) | Edit::FinishReview { .. } | Edit::SetProgress { .. }
            )
                || matches!(&edit, Edit::SetChoice { at, .. } if *at == status);
            if plan == before || bookkeeping {
                // Bookkeeping shows nothing, but for the goals a plan put in
                // use makes active.
                let put_in_use = plan.status == PlanStatus::Active && before.status != PlanStatus::Active;
                let shown: Vec<_> = changes
                    .iter()
                    .filter(|c| {
                        !(put_in_use
                            && matches!(c, plan_composer::plan::review::Change::Changed { kind: plan_composer::plan::edit::ItemKind::Goal, fields, .. }
                                if fields == &[plan_composer::plan::review::Field::Choice(ChoiceSlot::GoalLifecycle)]))
                    })
                    .collect();
                prop_assert!(shown.is_empty(), "{:?}: {:?}", edit, shown);
            } else {
                prop_assert!(!changes.is_empty(), "{:?} changed the plan unseen", edit);
                for change in &changes {
                    for lang in Lang::ALL.iter().copied() {
                        prop_assert!(!lang.change(change).is_empty());
                    }
                }
            }
        }
    }

    #[test]
    fn a_plan_in_use_changes_only_through_a_review(plan in start(), seeds in seeds(40)) {
        let mut plan = plan;
        for seed in &seeds {
            let edit = edit_for(&plan, seed);
            let before = plan.clone();
            let result = apply(&mut plan, &edit);
            if !before.is_locked() {
                continue;
            }
            prop_assert_eq!(record_part(&plan), record_part(&before), "{:?}", edit);
            prop_assert_ne!(plan.status, PlanStatus::Draft, "{:?}", edit);
            // Nothing signed goes away, and a new signature signs this revision.
            let kept = before.consent.signatures.len();
            prop_assert_eq!(&plan.consent.signatures[..kept], &before.consent.signatures[..]);
            for added in &plan.consent.signatures[kept..] {
                prop_assert_eq!(added.revision, plan.revision);
            }
            if result.is_err() {
                prop_assert_eq!(&plan, &before);
            }
        }
    }

    #[test]
    fn export_then_import_gives_back_the_same_plan(plan in start(), seeds in seeds(40)) {
        let plan = run(plan, &seeds);
        let text = export(&plan);
        let raw = serde_json::to_string_pretty(&plan).unwrap_or_default();
        // A text of only control characters is saved as nothing (see
        // `nothing_to_save`), so it hides from `raw` too: look in the plan.
        let stray = plan_composer::export::clean::is_stray_control;
        let controls = format!("{plan:?}").contains("\\u{") || raw.chars().any(stray);
        if raw == text && !controls {
            // No stray control characters: the very same plan comes back.
            prop_assert_eq!(import(&text), Ok(plan));
        } else if raw == text {
            // Only texts of nothing but control characters: saved as none,
            // and the plan read back saves as the same text.
            let back = import(&text);
            prop_assert!(back.is_ok(), "{:?}", back);
            if let Ok(back) = back {
                prop_assert_eq!(export(&back), text);
            }
        } else {
            // They are left out of the file, and only they: the plan read
            // back saves as the same text, which has none.
            prop_assert!(raw.contains("\\u00") || raw.contains("\\b") || raw.contains("\\f"));
            let back = import(&text);
            prop_assert!(back.is_ok(), "{:?}", back);
            if let Ok(back) = back {
                prop_assert_eq!(export(&back), text);
            }
        }
    }

    #[test]
    fn undo_restores_the_plan_before_an_edit_and_redo_the_plan_after(
        plan in start(),
        seeds in seeds(40),
        last in seed(),
    ) {
        let before = run(plan, &seeds);
        let edit = edit_for(&before, &last);
        let mut expected = before.clone();
        let direct = apply(&mut expected, &edit);

        let mut history = History::new(before.clone());
        let through_history = history.apply(&edit);
        prop_assert_eq!(&through_history, &direct);
        prop_assert_eq!(history.plan(), &expected);

        if expected == before {
            prop_assert!(!history.can_undo(), "{:?} changed nothing but made a step", edit);
        } else {
            prop_assert!(history.undo());
            prop_assert_eq!(history.plan(), &before);
            prop_assert!(history.redo());
            prop_assert_eq!(history.plan(), &expected);
        }
    }

    #[test]
    fn undo_and_redo_walk_back_and_forth_through_the_same_plans(
        plan in start(),
        seeds in seeds(40),
    ) {
        let mut composer = Composer::new(plan.clone(), Lang::En);
        // The plans undo has left, newest last: what redo must bring back.
        let mut undone: Vec<Plan> = Vec::new();
        for (i, seed) in seeds.iter().enumerate() {
            let before = composer.plan().clone();
            match seed.n % 10 {
                0 => {
                    // A signed plan in use does not undo (only a review changes it).
                    let could = composer.can_undo();
                    composer.act(Action::Undo);
                    if could {
                        undone.push(before);
                    } else {
                        prop_assert_eq!(composer.plan(), &before);
                    }
                }
                1 => {
                    composer.act(Action::Redo);
                    match undone.pop() {
                        Some(redone) => prop_assert_eq!(composer.plan(), &redone),
                        None => prop_assert_eq!(composer.plan(), &before),
                    }
                }
                2 => composer.act(Action::EndTyping),
                _ => {
                    composer.act(Action::Edit(edit_for(&before, seed)));
                    if *composer.plan() != before {
                        undone.clear();
                    }
                }
            }
            prop_assert_eq!(composer.history.can_redo(), !undone.is_empty());
            let problems = check(composer.plan());
            prop_assert!(problems.is_empty(), "after step {}: {:?}", i, problems);
        }
        while composer.can_undo() {
            composer.act(Action::Undo);
        }
        if !composer.plan().is_locked() {
            prop_assert_eq!(composer.plan(), &plan, "undoing every step returns to the start");
        }
    }

    #[test]
    fn a_damaged_plan_file_is_refused_with_reasons_or_read_soundly(
        plan in start(),
        seeds in seeds(20),
        cut in any::<prop::sample::Index>(),
        splice in prop::sample::select(&["", "\"", "}", "[", "5", "null", "\"2026-13-01\"", "{\"x\":1}", ","][..]),
    ) {
        let text = export(&run(plan, &seeds));
        let at = cut.index(text.len() + 1);
        let at = (0..=at).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
        let damaged = format!("{}{}{}", &text[..at], splice, &text[at..]);
        match import(&damaged) {
            Ok(plan) => prop_assert!(check(&plan).is_empty()),
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for error in &errors {
                    for lang in Lang::ALL.iter().copied() {
                        prop_assert!(lang.import_error(error).len() > error.path.len());
                    }
                }
            }
        }
    }
}

/// The slot a field edit wrote, by name.
fn slot_of(edit: &Edit) -> Option<String> {
    match edit {
        Edit::SetText { at, .. } => Some(format!("{:?}", at.slot)),
        Edit::SetDate { at, .. } => Some(format!("{:?}", at.slot)),
        Edit::SetNumber { at, .. } => Some(format!("{:?}", at.slot)),
        Edit::SetChoice { at, .. } => Some(format!("{:?}", at.slot)),
        _ => None,
    }
}

/// The generator must actually reach every kind of edit, succeeding, or
/// the properties above would prove less than they claim.
#[test]
fn the_seed_generator_reaches_every_kind_of_edit() {
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::deterministic_rng(proptest::test_runner::RngAlgorithm::ChaCha),
    );
    let strategy = (start(), seeds(40));
    let mut succeeded = HashSet::new();
    let mut refused = HashSet::new();
    let mut slots_written = HashSet::new();
    for _ in 0..500 {
        let (mut plan, seeds) = strategy
            .new_tree(&mut runner)
            .expect("the strategy generates")
            .current();
        for seed in &seeds {
            let edit = edit_for(&plan, seed);
            let kind = seed.kind % EDIT_KINDS;
            match apply(&mut plan, &edit) {
                Ok(_) => {
                    slots_written.insert(slot_of(&edit));
                    succeeded.insert(kind)
                }
                Err(_) => refused.insert(kind),
            };
        }
    }
    // ...and every field of every target, through the four field edits.
    let every_slot: Vec<String> = (TextSlot::all().iter().map(|s| format!("{s:?}")))
        .chain(DateSlot::all().iter().map(|s| format!("{s:?}")))
        .chain(NumberSlot::all().iter().map(|s| format!("{s:?}")))
        .chain(ChoiceSlot::all().iter().map(|s| format!("{s:?}")))
        .collect();
    let unwritten: Vec<&String> = every_slot
        .iter()
        .filter(|s| !slots_written.contains(&Some((*s).clone())))
        .collect();
    assert!(unwritten.is_empty(), "slots never written: {unwritten:?}");
    let never: Vec<usize> = (0..EDIT_KINDS).filter(|k| !succeeded.contains(k)).collect();
    assert!(
        never.is_empty(),
        "edit kinds that never succeeded: {never:?}"
    );
    assert!(refused.len() > 20, "refused edits are exercised too");
}

/// Damages a JSON value at its `n`th place in document order (the value
/// itself first): puts `with` there, or, given none, leaves out the first
/// field of the object there. Says whether it found the place.
fn damage_at(
    value: &mut serde_json::Value,
    n: &mut usize,
    with: &Option<serde_json::Value>,
) -> bool {
    use serde_json::Value;
    if *n == 0 {
        match (with, &mut *value) {
            (Some(with), _) => *value = with.clone(),
            (None, Value::Object(fields)) => {
                let first = fields.keys().next().cloned();
                if let Some(first) = first {
                    fields.remove(&first);
                }
            }
            (None, _) => {}
        }
        return true;
    }
    *n -= 1;
    match value {
        Value::Array(items) => items.iter_mut().any(|item| damage_at(item, n, with)),
        Value::Object(fields) => fields.values_mut().any(|field| damage_at(field, n, with)),
        _ => false,
    }
}

proptest! {
    #![proptest_config(config())]

    // The widget reads plans with its own reader (plan::read); serde's
    // derived reader is kept natively to prove the two read alike.
    #[test]
    fn the_widgets_reader_reads_a_damaged_plan_as_serde_does(
        plan in start(),
        seeds in seeds(20),
        place in 0usize..400,
        with in prop::sample::select(vec![
            None,
            Some(serde_json::json!(5)),
            Some(serde_json::json!(-1)),
            Some(serde_json::json!(300)),
            Some(serde_json::json!(1.5)),
            Some(serde_json::json!("x")),
            Some(serde_json::json!("2026-13-01")),
            Some(serde_json::json!(true)),
            Some(serde_json::Value::Null),
            Some(serde_json::json!({})),
            Some(serde_json::json!({"x": 1})),
            Some(serde_json::json!([])),
        ]),
    ) {
        use plan_composer::plan::read::read;
        let mut value = serde_json::to_value(run(plan, &seeds)).unwrap_or_default();
        let mut n = place;
        damage_at(&mut value, &mut n, &with);
        let ours = read::<Plan>(&value);
        let serde = serde_json::from_value::<Plan>(value);
        match (&ours, &serde) {
            // serde_json reads a struct from a list, field by field; a
            // plan's file never holds one so.
            (Err(e), Ok(_)) if e.message.starts_with("invalid type: sequence, expected struct") => {}
            _ => prop_assert_eq!(ours.ok(), serde.ok()),
        }
    }
}
