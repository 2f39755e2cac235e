//! The assessment's findings: the places in it a need can come from.

use super::document::{Finding, Plan};
use super::edit::AssessmentField;
use super::target::TextSlot;

impl Finding {
    /// A key for lists of findings: the row's id, or the area's name in
    /// the plan format (ids never look like area names: they end in a number).
    pub fn key(&self) -> String {
        match self {
            Finding::Substance(id) | Finding::Trigger(id) => id.clone(),
            area => serde_json::to_value(area)
                .ok()
                .and_then(|v| v.get("area").and_then(|a| a.as_str()).map(str::to_owned))
                .unwrap_or_default(),
        }
    }
}

/// The findings a need can come from, in assessment order: each substance
/// row, each area with something written, readiness once answered, each
/// trigger; then whatever a need already points at that is not among them.
pub fn available_findings(plan: &Plan) -> Vec<Finding> {
    let a = &plan.assessment;
    let mut found: Vec<Finding> = a
        .substances
        .iter()
        .map(|s| Finding::Substance(s.id.clone()))
        .collect();
    found.extend(
        AssessmentField::ALL
            .iter()
            .copied()
            .filter(|field| !plan.text_of(TextSlot::Assessment(*field)).trim().is_empty())
            .map(AssessmentField::finding),
    );
    if a.readiness.stage.is_some() || a.readiness.ruler.is_some() {
        found.push(Finding::Readiness);
    }
    found.extend(a.triggers.iter().map(|t| Finding::Trigger(t.id.clone())));
    for need in &plan.needs {
        for f in &need.findings {
            if !found.contains(f) {
                found.push(f.clone());
            }
        }
    }
    found
}

/// The row's own words for a finding about one row: the substance, or the
/// trigger. `None` for an area of the assessment, or a row no longer there.
pub fn row_words<'a>(plan: &'a Plan, finding: &Finding) -> Option<&'a str> {
    let a = &plan.assessment;
    match finding {
        Finding::Substance(id) => a
            .substances
            .iter()
            .find(|s| &s.id == id)
            .map(|s| s.substance.as_str()),
        Finding::Trigger(id) => a
            .triggers
            .iter()
            .find(|t| &t.id == id)
            .map(|t| t.text.as_str()),
        _ => None,
    }
}

#[cfg(test)]
mod key_tests {
    use super::*;

    #[test]
    fn findings_have_distinct_keys_from_the_plan_format() {
        assert_eq!(
            Finding::CoOccurringConditions.key(),
            "co_occurring_conditions"
        );
        assert_eq!(Finding::Substance("s4".into()).key(), "s4");
        let areas: Vec<String> = AssessmentField::ALL
            .iter()
            .map(|f| f.finding().key())
            .collect();
        for key in &areas {
            assert!(!key.is_empty());
            assert_eq!(areas.iter().filter(|k| *k == key).count(), 1, "{key}");
        }
        assert_eq!(Finding::Readiness.key(), "readiness");
    }
}
