//! The SMART coach for host pages: a goal as JSON in, the report as JSON
//! out, worded in the chosen language. Pure, so it is tested natively; the
//! JavaScript API in `embed` only forwards to it.

use crate::lang::Lang;
use crate::plan::read::read;
use crate::plan::smart::{coach, TemplateText};
use crate::plan::{Goal, Plan, PlanDate};
use serde_json::{json, Map, Value};

/// Largest goal text accepted, so a host page cannot stall the widget.
const MAX_GOAL_BYTES: usize = 64 * 1024;

/// Why a goal could not be coached, as a sentence for the host's developer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoachInputError(pub String);

/// Reads a goal in the plan format. Only `statement` is required: a host
/// page coaching a draft need not invent an id.
pub fn read_goal(text: &str) -> Result<Goal, CoachInputError> {
    if text.len() > MAX_GOAL_BYTES {
        return Err(CoachInputError(format!(
            "the goal is {} bytes; at most {MAX_GOAL_BYTES} are accepted",
            text.len()
        )));
    }
    let mut value: Value = serde_json::from_str(text)
        .map_err(|e| CoachInputError(format!("the goal is not valid JSON: {e}")))?;
    let Some(object) = value.as_object_mut() else {
        return Err(CoachInputError(
            "the goal must be a JSON object such as {\"statement\": \"...\"}".into(),
        ));
    };
    object
        .entry("id")
        .or_insert_with(|| Value::String("goal".into()));
    // The plan reader's own code for a goal.
    read(&value).map_err(|e| CoachInputError(format!("the goal: {e}")))
}

/// The coach's report on `goal` as JSON: for each of `S`, `M`, `A`, `R`,
/// `T` the status (`met`, `needs_work` or `missing`), the reason and the
/// suggestion in `lang`; and `next`, the first letter not met (or null).
/// `plan` gives the needs a goal may link to.
pub fn report_json(
    plan: &Plan,
    goal: &Goal,
    lang: Lang,
    today: Option<PlanDate>,
    templates: &[TemplateText<'_>],
) -> String {
    let report = coach(plan, goal, today, templates);
    let mut out = Map::new();
    for (letter, r) in report.letters() {
        out.insert(
            letter.key().into(),
            json!({
                "status": r.status.word(),
                "reason": lang.smart_reason(r.reason),
                "suggestion": lang.smart_suggestion(r.suggestion),
            }),
        );
    }
    out.insert(
        "next".into(),
        report
            .first_unmet()
            .map(|(l, _)| Value::from(l.key()))
            .unwrap_or(Value::Null),
    );
    Value::Object(out).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statuses(report: &str) -> Vec<String> {
        let value: Value = serde_json::from_str(report).unwrap_or_default();
        ["S", "M", "A", "R", "T"]
            .iter()
            .map(|k| value[k]["status"].as_str().unwrap_or("absent").to_owned())
            .collect()
    }

    #[test]
    fn a_draft_goal_needs_only_its_statement() {
        let goal = read_goal(r#"{"statement": "get better"}"#);
        assert!(goal.is_ok(), "{goal:?}");
    }

    #[test]
    fn the_report_uses_the_three_status_words_under_the_five_letters() {
        let plan = Plan::new("p", None);
        let vague =
            read_goal(r#"{"statement": "try to get better"}"#).unwrap_or_else(|e| panic!("{e:?}"));
        let report = report_json(&plan, &vague, Lang::En, None, &[]);
        let words = statuses(&report);
        assert!(
            words
                .iter()
                .all(|w| ["met", "needs_work", "missing"].contains(&w.as_str())),
            "{report}"
        );
        assert_ne!(words[0], "met", "a vague goal is not specific: {report}");
        let value: Value = serde_json::from_str(&report).unwrap_or_default();
        assert_eq!(value["next"], "S");
        assert!(!value["S"]["suggestion"].as_str().unwrap_or("").is_empty());

        let sharp = read_goal(
            r#"{"statement": "Go to 2 NA meetings each week", "measure": "meetings attended",
                "target": "2 a week", "due": "2027-03-01", "confidence": 8}"#,
        )
        .unwrap_or_else(|e| panic!("{e:?}"));
        let report = report_json(&plan, &sharp, Lang::Es, PlanDate::new(2026, 11, 23), &[]);
        let words = statuses(&report);
        assert_eq!(&words[..2], ["met", "met"], "{report}");
        assert_eq!(words[4], "met", "{report}");
    }

    #[test]
    fn bad_input_is_refused_with_a_reason() {
        for text in [
            "",
            "[]",
            "\"goal\"",
            r#"{"measure": "x"}"#,
            r#"{"statement": 3}"#,
            r#"{"statement": "x", "colour": "red"}"#,
        ] {
            let error = read_goal(text).expect_err(text);
            assert!(error.0.starts_with("the goal"), "{text}: {error:?}");
        }
        let huge = format!(r#"{{"statement": "{}"}}"#, "a".repeat(MAX_GOAL_BYTES));
        assert!(read_goal(&huge).is_err());
    }
}
