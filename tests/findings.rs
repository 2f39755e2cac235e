//! Which findings a need can come from, and the words of a row's finding.
#![cfg(not(target_arch = "wasm32"))]

use plan_composer::plan::target::{NumberSlot, NumberTarget, TextSlot, TextTarget};

use plan_composer::plan::edit::AssessmentField;
use plan_composer::plan::findings::{available_findings, row_words};
use plan_composer::plan::{apply, Edit, Finding, Plan};

fn applied(plan: &mut Plan, edit: Edit) -> String {
    apply(plan, &edit)
        .ok()
        .and_then(|a| a.created)
        .unwrap_or_default()
}

#[test]
fn findings_follow_the_assessment_in_order_and_keep_what_needs_point_at() {
    let mut plan = Plan::new("p", None);
    assert!(
        available_findings(&plan).is_empty(),
        "an empty assessment offers nothing"
    );

    let substance = applied(
        &mut plan,
        Edit::AddSubstance {
            substance: "Alcohol".into(),
        },
    );
    let mental = AssessmentField::ALL
        .iter()
        .copied()
        .find(|f| f.finding() == Finding::MentalHealth)
        .unwrap_or(AssessmentField::ALL[0]);
    let _ = apply(
        &mut plan,
        &TextTarget::from(TextSlot::Assessment(mental)).edit("Low mood".into()),
    );
    // An area with only spaces in it is not a finding.
    let blank = AssessmentField::ALL
        .iter()
        .copied()
        .find(|f| *f != mental)
        .unwrap_or(mental);
    let _ = apply(
        &mut plan,
        &TextTarget::from(TextSlot::Assessment(blank)).edit("   ".into()),
    );
    let _ = apply(
        &mut plan,
        &NumberTarget::from(NumberSlot::ReadinessRuler).edit(Some(6)),
    );
    let trigger = applied(
        &mut plan,
        Edit::AddTextItem {
            list: plan_composer::plan::edit::TextList::AssessmentTriggers,
            text: "Payday".into(),
        },
    );
    // A need still pointing at a row that was removed keeps its finding on offer.
    let need = applied(
        &mut plan,
        Edit::AddNeed {
            statement: "Stay safe".into(),
        },
    );
    let gone = Finding::Substance("s-removed".into());
    if let Some(n) = plan.needs.iter_mut().find(|n| n.id == need) {
        n.findings.push(gone.clone());
    }

    let want = vec![
        Finding::Substance(substance.clone()),
        mental.finding(),
        Finding::Readiness,
        Finding::Trigger(trigger.clone()),
        gone.clone(),
    ];
    assert_eq!(available_findings(&plan), want);

    assert_eq!(
        row_words(&plan, &Finding::Substance(substance)),
        Some("Alcohol")
    );
    assert_eq!(row_words(&plan, &Finding::Trigger(trigger)), Some("Payday"));
    assert_eq!(row_words(&plan, &gone), None, "a row no longer there");
    assert_eq!(
        row_words(&plan, &Finding::MentalHealth),
        None,
        "an area has no row words"
    );
}
