//! Checks that hold for every plan: unique ids, links that point at
//! something, numbers in range. Import reports every failure with its path.

use super::document::*;
use super::edit::{ONSET_MAX, RISK_MAX, RULER_MAX};
use std::collections::HashSet;

/// One thing wrong with a plan, at a JSON path such as `goals[2].addresses[0]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// Two items share an id.
    DuplicateId {
        id: String,
    },
    /// An id is empty.
    EmptyId,
    /// A link names an item that is not in the plan.
    MissingLink {
        target: LinkTarget,
        id: String,
    },
    OutOfRange {
        value: u32,
        max: u32,
    },
}

/// What kind of item a link points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkTarget {
    Need,
    Component,
    Contributor,
    Substance,
    Trigger,
    Strength,
}

struct Checker {
    problems: Vec<Problem>,
    seen: HashSet<String>,
}

impl Checker {
    fn id(&mut self, path: String, id: &str) {
        if id.is_empty() {
            self.problems.push(Problem {
                path,
                kind: ProblemKind::EmptyId,
            });
        } else if !self.seen.insert(id.to_owned()) {
            self.problems.push(Problem {
                path,
                kind: ProblemKind::DuplicateId { id: id.to_owned() },
            });
        }
    }

    fn link(&mut self, path: String, target: LinkTarget, id: &str, exists: bool) {
        if !exists {
            self.problems.push(Problem {
                path,
                kind: ProblemKind::MissingLink {
                    target,
                    id: id.to_owned(),
                },
            });
        }
    }

    fn range(&mut self, path: String, value: Option<u8>, max: u8) {
        if let Some(v) = value.filter(|v| *v > max) {
            self.problems.push(Problem {
                path,
                kind: ProblemKind::OutOfRange {
                    value: u32::from(v),
                    max: u32::from(max),
                },
            });
        }
    }

    fn items(&mut self, base: &str, items: &[TextItem]) {
        for (i, item) in items.iter().enumerate() {
            self.id(format!("{base}[{i}].id"), &item.id);
        }
    }
}

/// Every problem in the plan, in document order. Empty means the plan is sound.
pub fn check(plan: &Plan) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
        seen: HashSet::new(),
    };
    c.items("person.strengths", &plan.person.strengths);
    c.items("person.preferences", &plan.person.preferences);
    for (i, m) in plan.care_team.iter().enumerate() {
        c.id(format!("care_team[{i}].id"), &m.id);
    }
    for (i, p) in plan.contributors.iter().enumerate() {
        c.id(format!("contributors[{i}].id"), &p.id);
    }

    let a = &plan.assessment;
    for (i, s) in a.substances.iter().enumerate() {
        c.id(format!("assessment.substances[{i}].id"), &s.id);
        c.range(
            format!("assessment.substances[{i}].age_of_onset"),
            s.age_of_onset,
            ONSET_MAX,
        );
    }
    c.range(
        "assessment.readiness.ruler".into(),
        a.readiness.ruler,
        RULER_MAX,
    );
    c.items("assessment.triggers", &a.triggers);
    if let Some(view) = &a.risk_view {
        let ratings = [
            ("intoxication_withdrawal", view.intoxication_withdrawal),
            ("physical_health", view.physical_health),
            ("emotions_thinking", view.emotions_thinking),
            ("readiness", view.readiness),
            ("continued_use", view.continued_use),
            ("recovery_environment", view.recovery_environment),
        ];
        for (name, rating) in ratings {
            c.range(format!("assessment.risk_view.{name}"), rating, RISK_MAX);
        }
    }

    for (i, need) in plan.needs.iter().enumerate() {
        c.id(format!("needs[{i}].id"), &need.id);
        for (j, finding) in need.findings.iter().enumerate() {
            let path = format!("needs[{i}].findings[{j}].id");
            match finding {
                Finding::Substance(id) => {
                    let exists = a.substances.iter().any(|s| &s.id == id);
                    c.link(path, LinkTarget::Substance, id, exists);
                }
                Finding::Trigger(id) => {
                    let exists = a.triggers.iter().any(|t| &t.id == id);
                    c.link(path, LinkTarget::Trigger, id, exists);
                }
                _ => {}
            }
        }
    }

    for (i, goal) in plan.goals.iter().enumerate() {
        c.id(format!("goals[{i}].id"), &goal.id);
        for (j, need) in goal.addresses.iter().enumerate() {
            let exists = plan.need(need).is_some();
            c.link(
                format!("goals[{i}].addresses[{j}]"),
                LinkTarget::Need,
                need,
                exists,
            );
        }
        c.range(format!("goals[{i}].confidence"), goal.confidence, RULER_MAX);
        if let Some(who) = &goal.expressed_by {
            let exists = plan.contributors.iter().any(|p| &p.id == who);
            c.link(
                format!("goals[{i}].expressed_by"),
                LinkTarget::Contributor,
                who,
                exists,
            );
        }
        for (j, strength) in goal.strengths.iter().enumerate() {
            let exists = plan.person.strengths.iter().any(|s| &s.id == strength);
            c.link(
                format!("goals[{i}].strengths[{j}]"),
                LinkTarget::Strength,
                strength,
                exists,
            );
        }
        c.items(&format!("goals[{i}].barriers"), &goal.barriers);
        for (j, objective) in goal.objectives.iter().enumerate() {
            c.id(format!("goals[{i}].objectives[{j}].id"), &objective.id);
            for (k, component) in objective.interventions.iter().enumerate() {
                let exists = plan.component(component).is_some();
                c.link(
                    format!("goals[{i}].objectives[{j}].interventions[{k}]"),
                    LinkTarget::Component,
                    component,
                    exists,
                );
            }
        }
    }

    for (i, component) in plan.components.iter().enumerate() {
        c.id(format!("components[{i}].id"), &component.id);
    }
    let r = &plan.relapse_prevention;
    c.items("relapse_prevention.external_triggers", &r.external_triggers);
    c.items("relapse_prevention.internal_triggers", &r.internal_triggers);
    c.items("relapse_prevention.warning_signs", &r.warning_signs);
    c.items("relapse_prevention.coping_strategies", &r.coping_strategies);
    for (i, contact) in r.contacts.iter().enumerate() {
        c.id(format!("relapse_prevention.contacts[{i}].id"), &contact.id);
    }
    for (i, line) in r.crisis_lines.iter().enumerate() {
        c.id(format!("relapse_prevention.crisis_lines[{i}].id"), &line.id);
    }
    for (i, entry) in plan.review.history.iter().enumerate() {
        c.id(format!("review.history[{i}].id"), &entry.id);
    }
    for (i, sig) in plan.consent.signatures.iter().enumerate() {
        c.id(format!("consent.signatures[{i}].id"), &sig.id);
        // Nobody can have signed a revision that does not exist yet.
        if sig.revision > plan.revision {
            c.problems.push(Problem {
                path: format!("consent.signatures[{i}].revision"),
                kind: ProblemKind::OutOfRange {
                    value: sig.revision,
                    max: plan.revision,
                },
            });
        }
    }
    c.problems
}
