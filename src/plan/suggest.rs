//! Need suggestions: what the assessment holds, turned into needs the
//! person may want, in their words. Nothing is ever added here: the view
//! offers a suggestion, and the person accepts it with the ordinary edits
//! (`Edit::AddNeed`, then `Edit::LinkFinding` for each finding).

use super::catalog::{ComponentCatalog, FindingArea, NeedRule, SUBSTANCE_PLACEHOLDER};
use super::document::{Finding, Plan};
use super::edit::AssessmentField;
use super::target::TextSlot;
use crate::lang::Lang;
use std::collections::HashSet;

/// One need the person might add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NeedSuggestion {
    /// The id of the catalog rule that made it.
    pub rule: String,
    /// Unique among the suggestions of one call, stable while the plan
    /// does not change: the rule id, and the substance row id when the
    /// rule is about substances. Good as a list key.
    pub key: String,
    /// The need in the person's words, in the language asked for.
    pub statement: String,
    /// The findings it comes from that no need links yet, in assessment
    /// order: link each of them to the new need.
    pub findings: Vec<Finding>,
}

/// The needs the assessment suggests, in catalog rule order (and substance
/// row order within the substance rule). A suggestion is left out when no
/// finding of its rule has anything entered, or when every such finding is
/// already linked from an existing need.
pub fn suggest_needs(plan: &Plan, catalog: &ComponentCatalog, lang: Lang) -> Vec<NeedSuggestion> {
    let linked: HashSet<&Finding> = plan.needs.iter().flat_map(|n| &n.findings).collect();
    let assessment = &plan.assessment;
    let mut out = Vec::new();
    for rule in &catalog.need_rules {
        if rule.when.contains(&FindingArea::Substance) {
            for row in &assessment.substances {
                let name = row.substance.trim();
                let finding = Finding::Substance(row.id.clone());
                // A row without a substance has nothing to put in the words.
                if name.is_empty() || linked.contains(&finding) {
                    continue;
                }
                out.push(NeedSuggestion {
                    rule: rule.id.clone(),
                    key: format!("{}:{}", rule.id, row.id),
                    statement: rule
                        .statement
                        .get(lang)
                        .replace(SUBSTANCE_PLACEHOLDER, name),
                    findings: vec![finding],
                });
            }
            continue;
        }
        let findings: Vec<Finding> = findings_for(rule, plan)
            .into_iter()
            .filter(|f| !linked.contains(f))
            .collect();
        if !findings.is_empty() {
            out.push(NeedSuggestion {
                rule: rule.id.clone(),
                key: rule.id.clone(),
                statement: rule.statement.get(lang).to_owned(),
                findings,
            });
        }
    }
    out
}

/// The findings present for a rule's areas, in assessment order whatever
/// order the rule lists them in.
fn findings_for(rule: &NeedRule, plan: &Plan) -> Vec<Finding> {
    let a = &plan.assessment;
    let mut out: Vec<Finding> = AssessmentField::ALL
        .iter()
        .copied()
        .filter(|field| rule.when.contains(&FindingArea::from(*field)))
        .filter(|field| !plan.text_of(TextSlot::Assessment(*field)).trim().is_empty())
        .map(AssessmentField::finding)
        .collect();
    if rule.when.contains(&FindingArea::Readiness) && a.readiness.stage.is_some() {
        out.push(Finding::Readiness);
    }
    if rule.when.contains(&FindingArea::Trigger) {
        out.extend(
            a.triggers
                .iter()
                .filter(|t| !t.text.trim().is_empty())
                .map(|t| Finding::Trigger(t.id.clone())),
        );
    }
    out
}

/// The triggers the assessment found that relapse prevention does not list
/// yet (as an outside or an inside trigger), in assessment order: offered
/// there so nobody types them twice. Compared without case or padding.
pub fn triggers_to_offer(plan: &Plan) -> Vec<&super::document::TextItem> {
    let key = |t: &str| t.trim().to_lowercase();
    let rp = &plan.relapse_prevention;
    let listed: HashSet<String> = rp
        .external_triggers
        .iter()
        .chain(&rp.internal_triggers)
        .map(|t| key(&t.text))
        .collect();
    let mut seen = HashSet::new();
    plan.assessment
        .triggers
        .iter()
        .filter(|t| {
            let k = key(&t.text);
            !k.is_empty() && !listed.contains(&k) && seen.insert(k)
        })
        .collect()
}
