#![cfg(not(target_arch = "wasm32"))]
//! The SMART coach against goals labelled by hand (tests/smart_labelled.json,
//! with the labelling rules at its top). Prints agreement per letter and per
//! language, and one line per disagreement (`cargo test --test smart_labelled
//! -- --nocapture`); fails if any letter's agreement falls below its floor.

use plan_composer::i18n::Lang;
use plan_composer::plan::catalog::default_catalog;
use plan_composer::plan::smart::{coach, goal_area, GoalArea, SmartLetter, SmartReport};
use plan_composer::plan::{Goal, Need, Plan, PlanDate};
use serde_json::Value;

/// The lowest agreement (met / not met, coach vs label) each letter may have,
/// in S M A R T order: a little under what was measured, so a change that
/// makes the coach worse on this set fails.
const FLOOR: [f64; 5] = [0.93, 0.97, 0.95, 0.97, 0.95];

/// The same for the area the suggestions' examples speak to.
const AREA_FLOOR: f64 = 0.95;

struct Labelled {
    lang: Lang,
    goal: Goal,
    need: Option<String>,
    /// S M A R T: met or not.
    label: [bool; 5],
    /// What the suggestions' examples should speak to.
    area: Option<GoalArea>,
    /// Written after the coach was sharpened, never used to tune it.
    held_out: bool,
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
            let area = match v["area"].as_str() {
                Some("none") => None,
                Some(name) => Some(
                    *GoalArea::ALL
                        .iter()
                        .find(|a| format!("{a:?}").eq_ignore_ascii_case(name))
                        .unwrap_or_else(|| panic!("goal {i}: area {name:?}")),
                ),
                None => panic!("goal {i}: no area"),
            };
            Labelled {
                lang,
                goal,
                need,
                label,
                area,
                held_out: v["set"].as_str() == Some("held-out"),
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

/// (agree, total) per letter.
type Tally = [(usize, usize); 5];

fn add(tally: &mut Tally, k: usize, agree: bool) {
    tally[k].1 += 1;
    if agree {
        tally[k].0 += 1;
    }
}

fn line(name: &str, tally: &Tally) -> String {
    let cells: Vec<String> = SmartLetter::ALL
        .iter()
        .zip(tally)
        .map(|(l, (a, n))| format!("{} {a}/{n} {:.1}%", l.key(), 100.0 * share(*a, *n)))
        .collect();
    format!("  {name:<9} {}", cells.join("  "))
}

#[test]
fn the_coach_agrees_with_the_labelled_goals() {
    let set = load();
    assert!(set.len() >= 100, "{} labelled goals", set.len());
    let mut all: Tally = [(0, 0); 5];
    let mut en: Tally = [(0, 0); 5];
    let mut es: Tally = [(0, 0); 5];
    let mut tuned: Tally = [(0, 0); 5];
    let mut held: Tally = [(0, 0); 5];
    let (mut area_agree, mut area_total) = (0, 0);
    let mut lines = Vec::new();
    for item in &set {
        let report = report_of(item);
        for (k, (letter, got)) in report.letters().into_iter().enumerate() {
            let want = item.label[k];
            let agree = got.is_met() == want;
            add(&mut all, k, agree);
            add(
                if item.lang == Lang::Es {
                    &mut es
                } else {
                    &mut en
                },
                k,
                agree,
            );
            add(if item.held_out { &mut held } else { &mut tuned }, k, agree);
            if !agree {
                lines.push(format!(
                    "  {} [{}{}] {:?}: label {}, coach {} ({:?})",
                    letter.key(),
                    item.lang.tag(),
                    if item.held_out { ", held-out" } else { "" },
                    item.goal.statement,
                    if want { "met" } else { "not met" },
                    got.status.word(),
                    got.reason,
                ));
            }
        }
        let area = goal_area(&plan_for(item), &item.goal);
        area_total += 1;
        if area == item.area {
            area_agree += 1;
        } else {
            lines.push(format!(
                "  area [{}{}] {:?}: label {:?}, coach {:?}",
                item.lang.tag(),
                if item.held_out { ", held-out" } else { "" },
                item.goal.statement,
                item.area,
                area,
            ));
        }
    }
    let count = |held_out: bool| set.iter().filter(|i| i.held_out == held_out).count();
    println!(
        "SMART coach vs {} labelled goals ({} read while tuning, {} held out), met / not met:",
        set.len(),
        count(false),
        count(true)
    );
    println!("{}", line("all", &all));
    println!("{}", line("en", &en));
    println!("{}", line("es", &es));
    println!("{}", line("tuning", &tuned));
    println!("{}", line("held-out", &held));
    println!(
        "  area of the examples: {area_agree}/{area_total} {:.1}%",
        100.0 * share(area_agree, area_total)
    );
    println!("Disagreements ({}):", lines.len());
    for line in &lines {
        println!("{line}");
    }
    let mut failing: Vec<String> = SmartLetter::ALL
        .iter()
        .zip(all.iter().zip(FLOOR))
        .filter(|(_, ((a, n), floor))| share(*a, *n) < *floor)
        .map(|(l, ((a, n), floor))| format!("{}: {a}/{n} < {floor}", l.key()))
        .collect();
    if share(area_agree, area_total) < AREA_FLOOR {
        failing.push(format!("area: {area_agree}/{area_total} < {AREA_FLOOR}"));
    }
    assert!(failing.is_empty(), "agreement fell: {failing:?}");
}
