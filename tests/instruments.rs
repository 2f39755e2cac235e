//! The standard instruments: the shipped file reads and passes its checks,
//! every scoring rule gives the published results at every band's edges,
//! the safety item works, each check can fail, and the widget's hand reader
//! reads every file as serde's reader does.
#![cfg(not(target_arch = "wasm32"))]

use plan_composer::i18n::Lang;
use plan_composer::plan::instrument::{
    check, default_instruments, measure, needs_safety_note, parse_instruments, score, Instrument,
    InstrumentSet, DEFAULT_INSTRUMENTS_JSON,
};
use plan_composer::plan::instrument_read::read_set;
use plan_composer::plan::{Answer, Direction, PlanDate};
use proptest::prelude::*;
use serde_json::{json, Value};

fn instrument(id: &str) -> &'static Instrument {
    default_instruments()
        .get(id)
        .unwrap_or_else(|| panic!("{id} is shipped"))
}

/// Answers in item order.
fn answers(ins: &Instrument, values: &[u8]) -> Vec<Answer> {
    ins.items
        .iter()
        .zip(values)
        .map(|(i, v)| Answer {
            item: i.id.clone(),
            value: *v,
        })
        .collect()
}

/// Answers whose sum is `total` (each item as high as it goes, in order).
fn summing_to(ins: &Instrument, mut total: u32) -> Vec<Answer> {
    let mut values = Vec::new();
    for item in &ins.items {
        let top = ins
            .scale(&item.scale)
            .and_then(|s| s.options.iter().map(|o| o.value).max())
            .unwrap_or(0);
        let v = total.min(u32::from(top)) as u8;
        total -= u32::from(v);
        values.push(v);
    }
    assert_eq!(total, 0, "the total is reachable");
    answers(ins, &values)
}

fn total_and_band(ins: &Instrument, a: &[Answer], lang: Lang) -> (u32, String) {
    let s = score(ins, a, lang).expect("scored");
    (s[0].value, s[0].band.clone())
}

#[test]
fn the_shipped_instruments_read_and_pass_every_check() {
    let set = parse_instruments(DEFAULT_INSTRUMENTS_JSON).expect("the shipped file reads");
    assert!(check(&set).is_empty(), "{:?}", check(&set));
    let ids: Vec<&str> = set.instruments.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["phq-9", "gad-7", "audit-c", "readiness-ruler", "bam"]);
    for ins in &set.instruments {
        assert!(
            !ins.source.trim().is_empty() && !ins.terms.trim().is_empty(),
            "{} cites its source and terms",
            ins.id
        );
    }
}

#[test]
fn phq9_scores_the_sum_and_the_published_severity_bands_at_each_edge() {
    let phq = instrument("phq-9");
    assert_eq!(phq.items.len(), 9);
    for (total, band) in [
        (0, "Minimal depression"),
        (4, "Minimal depression"),
        (5, "Mild depression"),
        (9, "Mild depression"),
        (10, "Moderate depression"),
        (14, "Moderate depression"),
        (15, "Moderately severe depression"),
        (19, "Moderately severe depression"),
        (20, "Severe depression"),
        (27, "Severe depression"),
    ] {
        let a = summing_to(phq, total);
        assert_eq!(total_and_band(phq, &a, Lang::En), (total, band.to_owned()));
    }
    // A worked example: 1+2+1+2+0+1+1+0+0 = 8, mild.
    let a = answers(phq, &[1, 2, 1, 2, 0, 1, 1, 0, 0]);
    let s = score(phq, &a, Lang::Es).expect("scored");
    assert_eq!(
        (s[0].value, s[0].max, s[0].band.as_str()),
        (8, 27, "Depresión leve")
    );
    assert_eq!(s[0].loinc, "44261-6");
    assert_eq!(s[0].better, Direction::Lower);
}

#[test]
fn gad7_and_auditc_bands_at_each_edge() {
    let gad = instrument("gad-7");
    for (total, band) in [
        (0, "Minimal anxiety"),
        (4, "Minimal anxiety"),
        (5, "Mild anxiety"),
        (9, "Mild anxiety"),
        (10, "Moderate anxiety"),
        (14, "Moderate anxiety"),
        (15, "Severe anxiety"),
        (21, "Severe anxiety"),
    ] {
        assert_eq!(
            total_and_band(gad, &summing_to(gad, total), Lang::En),
            (total, band.to_owned())
        );
    }
    let audit = instrument("audit-c");
    let bands: Vec<String> = [0, 2, 3, 4, 12]
        .iter()
        .map(|t| total_and_band(audit, &summing_to(audit, *t), Lang::En).1)
        .collect();
    assert!(bands[0].starts_with("Below") && bands[1].starts_with("Below"));
    assert!(bands[2].starts_with("At the cut-off for women"));
    assert!(bands[3].starts_with("At or above") && bands[4].starts_with("At or above"));
    assert_eq!(
        score(audit, &summing_to(audit, 12), Lang::En).expect("scored")[0].max,
        12
    );
}

#[test]
fn the_readiness_ruler_has_two_scores_and_no_bands() {
    let ruler = instrument("readiness-ruler");
    let s = score(ruler, &answers(ruler, &[8, 5]), Lang::En).expect("scored");
    let got: Vec<(&str, u32, u32, &str)> = s
        .iter()
        .map(|s| (s.id.as_str(), s.value, s.max, s.band.as_str()))
        .collect();
    assert_eq!(got, [("importance", 8, 10, ""), ("confidence", 5, 10, "")]);
    assert!(s.iter().all(|s| s.better == Direction::Higher));
}

#[test]
fn the_brief_addiction_monitor_scores_use_risk_and_protection_as_published() {
    let bam = instrument("bam");
    // Use = 4+5+6, Risk = 1+2+3+8+11+15, Protective = 9+10+12+13+14+16,
    // each item 0-4 (income: no 0, yes 4); items 7A-7G and 17 unscored.
    let value = |id: &str, v: u8| Answer {
        item: id.to_owned(),
        value: v,
    };
    let mut a: Vec<Answer> = bam.items.iter().map(|i| value(&i.id, 0)).collect();
    let set = |a: &mut Vec<Answer>, id: &str, v: u8| {
        if let Some(x) = a.iter_mut().find(|x| x.item == id) {
            x.value = v;
        }
    };
    for (id, v) in [
        ("4", 2),
        ("5", 1),
        ("6", 3),
        ("1", 1),
        ("8", 4),
        ("15", 2),
        ("9", 3),
        ("14", 4),
        ("16", 1),
    ] {
        set(&mut a, id, v);
    }
    let s = score(bam, &a, Lang::En).expect("scored");
    let got: Vec<(&str, u32, u32)> = s.iter().map(|s| (s.id.as_str(), s.value, s.max)).collect();
    assert_eq!(
        got,
        [("use", 6, 12), ("risk", 7, 24), ("protective", 8, 24)]
    );
    let better: Vec<Direction> = s.iter().map(|s| s.better).collect();
    assert_eq!(
        better,
        [Direction::Lower, Direction::Lower, Direction::Higher]
    );
    // Income is yes or no: 2 is not an answer to it.
    set(&mut a, "14", 2);
    assert!(score(bam, &a, Lang::En).is_err());
}

#[test]
fn phq9_item_9_above_zero_asks_for_the_crisis_lines_and_nothing_else_does() {
    let phq = instrument("phq-9");
    assert!(!needs_safety_note(
        phq,
        &answers(phq, &[3, 3, 3, 3, 3, 3, 3, 3, 0])
    ));
    assert!(needs_safety_note(
        phq,
        &answers(phq, &[0, 0, 0, 0, 0, 0, 0, 0, 1])
    ));
    let gad = instrument("gad-7");
    assert!(!needs_safety_note(gad, &summing_to(gad, 21)));
}

#[test]
fn an_unanswered_item_or_an_answer_off_the_scale_is_not_scored() {
    let phq = instrument("phq-9");
    let eight = answers(phq, &[1; 8]);
    let e = score(phq, &eight, Lang::En).expect_err("one unanswered");
    assert!(e.contains("question 9") && e.contains("PHQ-9"), "{e}");
    let off = answers(phq, &[1, 1, 1, 1, 4, 1, 1, 1, 1]);
    let e = score(phq, &off, Lang::En).expect_err("off the scale");
    assert!(e.contains("4") && e.contains("question 5"), "{e}");
    let date = PlanDate::new(2026, 3, 1).expect("a date");
    let m = measure(phq, date, answers(phq, &[1; 9]), Lang::En).expect("measured");
    assert_eq!(
        (m.instrument.as_str(), m.name.as_str(), m.scores[0].value),
        ("phq-9", "PHQ-9", 9)
    );
}

fn shipped() -> Value {
    serde_json::from_str(DEFAULT_INSTRUMENTS_JSON).expect("JSON")
}

fn problems_of(v: Value) -> Vec<String> {
    match parse_instruments(&v.to_string()) {
        Ok(set) => check(&set),
        Err(problems) => problems,
    }
}

/// A change that breaks a copy of the shipped file.
type Break = Box<dyn Fn(&mut Value)>;

#[test]
fn each_check_can_fail_and_names_the_place() {
    let cases: Vec<(&str, Break)> = vec![
        (
            "instruments[0].items[0].text: the text in \"es\" is empty",
            Box::new(|v| v["instruments"][0]["items"][0]["text"]["es"] = json!(" ")),
        ),
        (
            "instruments[1].id: \"phq-9\" is written twice",
            Box::new(|v| v["instruments"][1]["id"] = json!("phq-9")),
        ),
        (
            "instruments[0].items[1].id: \"1\" is written twice",
            Box::new(|v| v["instruments"][0]["items"][1]["id"] = json!("1")),
        ),
        (
            "instruments[0].items[2].scale: \"nope\" is not a scale of \"phq-9\"",
            Box::new(|v| v["instruments"][0]["items"][2]["scale"] = json!("nope")),
        ),
        (
            "instruments[0].scores[0].items[0]: \"99\" is not an item",
            Box::new(|v| v["instruments"][0]["scores"][0]["items"][0] = json!("99")),
        ),
        (
            "instruments[0].scores[0].items[1]: \"1\" is counted twice",
            Box::new(|v| v["instruments"][0]["scores"][0]["items"][1] = json!("1")),
        ),
        (
            "instruments[0].scores[0].bands[1].from: 4 leaves a gap or overlaps",
            Box::new(|v| v["instruments"][0]["scores"][0]["bands"][1]["from"] = json!(4)),
        ),
        (
            "instruments[0].scores[0].bands[1]: it starts after it ends",
            Box::new(|v| v["instruments"][0]["scores"][0]["bands"][1]["to"] = json!(2)),
        ),
        (
            "instruments[0].scores[0].bands: they end at 30",
            Box::new(|v| v["instruments"][0]["scores"][0]["bands"][4]["to"] = json!(30)),
        ),
        (
            "instruments[0].items[8].safety_above: no answer is above it",
            Box::new(|v| v["instruments"][0]["items"][8]["safety_above"] = json!(3)),
        ),
        (
            "instruments[0].scales[0].options[1].value: 0 is written twice",
            Box::new(|v| v["instruments"][0]["scales"][0]["options"][1]["value"] = json!(0)),
        ),
        (
            "instruments[2].scores: an instrument needs at least one score",
            Box::new(|v| v["instruments"][2]["scores"] = json!([])),
        ),
        (
            "instruments[0].scales[0]: unknown field \"colour\"",
            Box::new(|v| v["instruments"][0]["scales"][0]["colour"] = json!("red")),
        ),
        (
            "instruments[3].scores[0].better: expected \"lower\" or \"higher\"",
            Box::new(|v| v["instruments"][3]["scores"][0]["better"] = json!("up")),
        ),
    ];
    for (want, break_it) in cases {
        let mut v = shipped();
        break_it(&mut v);
        let problems = problems_of(v);
        assert!(
            problems.iter().any(|p| p.contains(want)),
            "want {want:?}, got {problems:?}"
        );
    }
}

/// The widget's hand reader and serde's derived reader agree: same set, or
/// both refuse.
fn readers_agree(v: &Value) {
    let by_hand = read_set(v);
    let by_serde: Result<InstrumentSet, _> = serde_json::from_value(v.clone());
    match (by_hand, by_serde) {
        (Ok(a), Ok(b)) => assert_eq!(a, b),
        (Err(_), Err(_)) => {}
        (a, b) => panic!("the readers disagree on {v}: by hand {a:?}, serde {b:?}"),
    }
}

#[test]
fn the_hand_reader_reads_the_shipped_file_and_refuses_what_serde_refuses() {
    readers_agree(&shipped());
    let mut breaks: Vec<Value> = Vec::new();
    for (path, value) in [
        ("/instruments/0/items/0/loinc", Value::Null),
        ("/instruments/0/items/0/text", json!({"en": "x"})),
        ("/instruments/0/scales/0/options/0/value", json!(256)),
        ("/instruments/0/scales/0/options/0/value", json!(-1)),
        ("/instruments/0/scores/0/bands/0/from", json!("0")),
        ("/instruments/0/id", json!(7)),
        ("/instruments", json!({})),
    ] {
        let mut v = shipped();
        if let Some(slot) = v.pointer_mut(path) {
            *slot = value;
        }
        breaks.push(v);
    }
    let mut v = shipped();
    v["instruments"][0]
        .as_object_mut()
        .expect("object")
        .remove("source");
    breaks.push(v);
    let mut v = shipped();
    v["instruments"][0]["items"][0]
        .as_object_mut()
        .expect("object")
        .remove("loinc");
    breaks.push(v);
    for v in &breaks {
        readers_agree(v);
    }
}

fn any_text() -> impl Strategy<Value = String> {
    "[a-zé\\- ]{0,8}"
}

proptest! {
    /// Written by serde, read back by hand: the same instruments.
    #[test]
    fn written_instruments_read_back_by_hand_the_same(
        ids in prop::collection::vec(any_text(), 1..4),
        values in prop::collection::vec(0u8..=255, 1..5),
        safety in prop::option::of(0u8..=255),
        bands in prop::collection::vec((0u32..50, 0u32..50), 0..3),
        loinc in any_text(),
        higher in any::<bool>(),
    ) {
        let mut ins = instrument("phq-9").clone();
        ins.id = ids[0].clone();
        ins.loinc = loinc.clone();
        ins.scales[0].options.truncate(1);
        for (k, v) in values.iter().enumerate() {
            let mut o = ins.scales[0].options[0].clone();
            o.value = *v;
            o.label.en = format!("{k}");
            ins.scales[0].options.push(o);
        }
        ins.items[8].safety_above = safety;
        ins.items[0].loinc.clear();
        ins.scores[0].better = if higher { Direction::Higher } else { Direction::Lower };
        let label = ins.scores[0].bands[0].label.clone();
        ins.scores[0].bands = bands
            .iter()
            .map(|(from, to)| plan_composer::plan::instrument::Band { from: *from, to: *to, label: label.clone() })
            .collect();
        let set = InstrumentSet { schema: None, instruments: vec![ins] };
        let written = serde_json::to_value(&set).expect("written");
        prop_assert_eq!(read_set(&written), Ok(set));
    }
}
