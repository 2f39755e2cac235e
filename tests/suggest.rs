//! Need suggestions: each rule fires on what the assessment holds, in the
//! person's language, and is left out once a need links its findings.
#![cfg(not(target_arch = "wasm32"))]

use plan_composer::plan::target::{TextSlot, TextTarget};

use plan_composer::i18n::Lang;
use plan_composer::plan::catalog::{default_catalog, parse_catalog, DEFAULT_CATALOG_JSON};
use plan_composer::plan::edit::AssessmentField;
use plan_composer::plan::suggest::{suggest_needs, NeedSuggestion};
use plan_composer::plan::{
    apply, Edit, Finding, Need, Plan, PlanDate, StageOfChange, SubstanceUse, TextItem,
};

fn empty_plan() -> Plan {
    Plan::new("plan-1", PlanDate::new(2026, 1, 5))
}

fn suggest(plan: &Plan, lang: Lang) -> Vec<NeedSuggestion> {
    suggest_needs(plan, default_catalog(), lang)
}

fn rules(suggestions: &[NeedSuggestion]) -> Vec<&str> {
    suggestions.iter().map(|s| s.rule.as_str()).collect()
}

fn substance(id: &str, name: &str) -> SubstanceUse {
    SubstanceUse {
        id: id.into(),
        substance: name.into(),
        pattern: String::new(),
        route: String::new(),
        age_of_onset: None,
        last_use: None,
    }
}

fn trigger(id: &str, text: &str) -> TextItem {
    TextItem {
        id: id.into(),
        text: text.into(),
    }
}

fn need(id: &str, findings: Vec<Finding>) -> Need {
    Need {
        id: id.into(),
        statement: "A need of my own".into(),
        problem: String::new(),
        findings,
    }
}

/// Sets one free-text area of the assessment.
fn set_text(plan: &mut Plan, field: AssessmentField, value: &str) {
    apply(
        plan,
        &TextTarget::from(TextSlot::Assessment(field)).edit(value.into()),
    )
    .expect("setting assessment text always works");
}

/// Each free-text area, the finding it makes, the rule it fires, and that
/// rule's words in English and Spanish.
const TEXT_RULES: &[(AssessmentField, &str, &str, &str)] = &[
    (
        AssessmentField::WithdrawalRisk,
        "safe_withdrawal",
        "Get through withdrawal safely",
        "Pasar la abstinencia de forma segura",
    ),
    (
        AssessmentField::PhysicalHealth,
        "physical_health",
        "Take care of my physical health",
        "Cuidar mi salud física",
    ),
    (
        AssessmentField::MentalHealth,
        "mental_health",
        "Get support for my mental health",
        "Recibir apoyo para mi salud mental",
    ),
    (
        AssessmentField::CoOccurringConditions,
        "mental_health",
        "Get support for my mental health",
        "Recibir apoyo para mi salud mental",
    ),
    (
        AssessmentField::Trauma,
        "trauma",
        "Heal from hard things that happened to me, at my own pace",
        "Sanar de cosas duras que me pasaron, a mi propio ritmo",
    ),
    (
        AssessmentField::FamilyBackground,
        "family",
        "Build healthier relationships with my family",
        "Tener relaciones más sanas con mi familia",
    ),
    (
        AssessmentField::SocialSupport,
        "social_support",
        "Have people around me who support my recovery",
        "Tener a mi alrededor personas que apoyen mi recuperación",
    ),
    (
        AssessmentField::LivingEnvironment,
        "safe_housing",
        "Live in a safe place that supports my recovery",
        "Vivir en un lugar seguro que apoye mi recuperación",
    ),
    (
        AssessmentField::WorkSchoolStress,
        "work_school",
        "Handle stress at work or school in healthy ways",
        "Manejar el estrés del trabajo o los estudios de forma sana",
    ),
    (
        AssessmentField::SpiritualNeeds,
        "spiritual",
        "Make room for my spiritual life in my recovery",
        "Dar lugar a mi vida espiritual en mi recuperación",
    ),
    (
        AssessmentField::PastTreatment,
        "past_treatment",
        "Build on what helped me in past treatment",
        "Aprovechar lo que me ayudó en tratamientos anteriores",
    ),
    (
        AssessmentField::CurrentMedications,
        "medications",
        "Make sure my whole care team knows the medicines I take",
        "Asegurarme de que todo mi equipo sepa qué medicamentos tomo",
    ),
];

fn finding_of(field: AssessmentField) -> Finding {
    match field {
        AssessmentField::WithdrawalRisk => Finding::WithdrawalRisk,
        AssessmentField::PhysicalHealth => Finding::PhysicalHealth,
        AssessmentField::MentalHealth => Finding::MentalHealth,
        AssessmentField::CoOccurringConditions => Finding::CoOccurringConditions,
        AssessmentField::Trauma => Finding::Trauma,
        AssessmentField::FamilyBackground => Finding::FamilyBackground,
        AssessmentField::SocialSupport => Finding::SocialSupport,
        AssessmentField::LivingEnvironment => Finding::LivingEnvironment,
        AssessmentField::WorkSchoolStress => Finding::WorkSchoolStress,
        AssessmentField::SpiritualNeeds => Finding::SpiritualNeeds,
        AssessmentField::PastTreatment => Finding::PastTreatment,
        AssessmentField::CurrentMedications => Finding::CurrentMedications,
    }
}

#[test]
fn an_empty_assessment_suggests_nothing() {
    for lang in Lang::ALL.iter().copied() {
        assert!(suggest(&empty_plan(), lang).is_empty());
    }
    // Blank text is not a finding.
    let mut plan = empty_plan();
    set_text(&mut plan, AssessmentField::Trauma, "   ");
    plan.assessment.triggers.push(trigger("t1", " "));
    plan.assessment.substances.push(substance("s1", ""));
    assert!(suggest(&plan, Lang::En).is_empty());
}

#[test]
fn each_text_area_fires_its_rule_in_both_languages_and_is_left_out_when_linked() {
    for (field, rule, en, es) in TEXT_RULES {
        let mut plan = empty_plan();
        set_text(&mut plan, *field, "Something the person said");
        let finding = finding_of(*field);
        for (lang, words) in [(Lang::En, en), (Lang::Es, es)] {
            let suggestions = suggest(&plan, lang);
            assert_eq!(
                suggestions,
                [NeedSuggestion {
                    rule: (*rule).into(),
                    key: (*rule).into(),
                    statement: (*words).into(),
                    findings: vec![finding.clone()],
                }],
                "{field:?} ({lang:?})"
            );
        }
        // A need that links the finding covers it.
        plan.needs.push(need("n1", vec![finding.clone()]));
        assert!(suggest(&plan, Lang::En).is_empty(), "{field:?}");
        // A need with other findings does not.
        plan.needs[0].findings = vec![Finding::Readiness];
        assert_eq!(rules(&suggest(&plan, Lang::En)), [*rule], "{field:?}");
    }
}

#[test]
fn each_substance_row_suggests_its_own_need_with_its_name() {
    let mut plan = empty_plan();
    plan.assessment.substances = vec![
        substance("s1", "alcohol"),
        substance("s2", "  "),
        substance("s3", " fentanyl "),
    ];
    let en = suggest(&plan, Lang::En);
    assert_eq!(
        en,
        [
            NeedSuggestion {
                rule: "substance_use".into(),
                key: "substance_use:s1".into(),
                statement: "Stop or cut down my use of alcohol".into(),
                findings: vec![Finding::Substance("s1".into())],
            },
            NeedSuggestion {
                rule: "substance_use".into(),
                key: "substance_use:s3".into(),
                statement: "Stop or cut down my use of fentanyl".into(),
                findings: vec![Finding::Substance("s3".into())],
            },
        ]
    );
    let es: Vec<String> = suggest(&plan, Lang::Es)
        .into_iter()
        .map(|s| s.statement)
        .collect();
    assert_eq!(
        es,
        [
            "Dejar o reducir mi consumo de alcohol",
            "Dejar o reducir mi consumo de fentanyl"
        ]
    );
    // Linking one row leaves the other.
    plan.needs
        .push(need("n1", vec![Finding::Substance("s1".into())]));
    let keys: Vec<String> = suggest(&plan, Lang::En)
        .into_iter()
        .map(|s| s.key)
        .collect();
    assert_eq!(keys, ["substance_use:s3"]);
    plan.needs[0].findings.push(Finding::Substance("s3".into()));
    assert!(suggest(&plan, Lang::En).is_empty());
}

#[test]
fn a_chosen_stage_of_change_suggests_keeping_reasons_strong() {
    let mut plan = empty_plan();
    plan.assessment.readiness.ruler = Some(7);
    assert!(
        suggest(&plan, Lang::En).is_empty(),
        "the ruler alone is not the stage"
    );
    plan.assessment.readiness.stage = Some(StageOfChange::Contemplation);
    let suggestions = suggest(&plan, Lang::En);
    assert_eq!(rules(&suggestions), ["motivation"]);
    assert_eq!(suggestions[0].findings, [Finding::Readiness]);
    assert_eq!(
        suggest(&plan, Lang::Es)[0].statement,
        "Tener claras y firmes mis razones para cambiar"
    );
    plan.needs.push(need("n1", vec![Finding::Readiness]));
    assert!(suggest(&plan, Lang::En).is_empty());
}

#[test]
fn triggers_suggest_one_coping_need_with_the_triggers_not_yet_linked() {
    let mut plan = empty_plan();
    plan.assessment.triggers = vec![
        trigger("t1", "Payday"),
        trigger("t2", ""),
        trigger("t3", "Arguments at home"),
    ];
    let suggestions = suggest(&plan, Lang::En);
    assert_eq!(
        suggestions,
        [NeedSuggestion {
            rule: "coping".into(),
            key: "coping".into(),
            statement: "Have healthy ways to cope with my triggers".into(),
            findings: vec![Finding::Trigger("t1".into()), Finding::Trigger("t3".into())],
        }]
    );
    assert_eq!(
        suggest(&plan, Lang::Es)[0].statement,
        "Tener formas sanas de afrontar mis detonantes"
    );
    plan.needs
        .push(need("n1", vec![Finding::Trigger("t1".into())]));
    assert_eq!(
        suggest(&plan, Lang::En)[0].findings,
        [Finding::Trigger("t3".into())]
    );
    plan.needs[0].findings.push(Finding::Trigger("t3".into()));
    assert!(suggest(&plan, Lang::En).is_empty());
}

#[test]
fn mental_health_and_co_occurring_conditions_make_one_suggestion() {
    let mut plan = empty_plan();
    set_text(
        &mut plan,
        AssessmentField::CoOccurringConditions,
        "Depression",
    );
    set_text(
        &mut plan,
        AssessmentField::MentalHealth,
        "Low mood most days",
    );
    let suggestions = suggest(&plan, Lang::En);
    assert_eq!(rules(&suggestions), ["mental_health"]);
    assert_eq!(
        suggestions[0].findings,
        [Finding::MentalHealth, Finding::CoOccurringConditions]
    );
    // One of the two linked: only the other is left to link.
    plan.needs.push(need("n1", vec![Finding::MentalHealth]));
    assert_eq!(
        suggest(&plan, Lang::En)[0].findings,
        [Finding::CoOccurringConditions]
    );
    plan.needs
        .push(need("n2", vec![Finding::CoOccurringConditions]));
    assert!(suggest(&plan, Lang::En).is_empty());
}

/// A plan with something in every area of the assessment.
fn full_assessment() -> Plan {
    let mut plan = empty_plan();
    for (field, ..) in TEXT_RULES {
        set_text(&mut plan, *field, "Noted");
    }
    plan.assessment.substances = vec![substance("s1", "alcohol"), substance("s2", "cannabis")];
    plan.assessment.triggers = vec![trigger("t1", "Payday")];
    plan.assessment.readiness.stage = Some(StageOfChange::Preparation);
    plan
}

#[test]
fn suggestions_come_in_catalog_rule_order_with_unique_keys() {
    let plan = full_assessment();
    let suggestions = suggest(&plan, Lang::En);
    assert_eq!(
        rules(&suggestions),
        [
            "substance_use",
            "substance_use",
            "safe_withdrawal",
            "physical_health",
            "mental_health",
            "trauma",
            "family",
            "social_support",
            "safe_housing",
            "work_school",
            "spiritual",
            "past_treatment",
            "medications",
            "motivation",
            "coping",
        ]
    );
    let mut keys: Vec<&str> = suggestions.iter().map(|s| s.key.as_str()).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), suggestions.len());
    // Same plan, same answer.
    assert_eq!(suggestions, suggest(&plan, Lang::En));
    // Same rules in Spanish, other words.
    let es = suggest(&plan, Lang::Es);
    assert_eq!(rules(&es), rules(&suggestions));
    assert!(es
        .iter()
        .zip(&suggestions)
        .all(|(a, b)| a.statement != b.statement));
}

#[test]
fn suggesting_changes_nothing_and_accepting_uses_the_ordinary_edits() {
    let mut plan = full_assessment();
    let before = plan.clone();
    let suggestions = suggest(&plan, Lang::En);
    assert_eq!(plan, before, "suggesting never adds anything");
    // The person accepts each one: add the need, then link its findings.
    for s in &suggestions {
        let id = apply(
            &mut plan,
            &Edit::AddNeed {
                statement: s.statement.clone(),
            },
        )
        .expect("add need")
        .created
        .expect("a new need id");
        for finding in &s.findings {
            apply(
                &mut plan,
                &Edit::LinkFinding {
                    need: id.clone(),
                    finding: finding.clone(),
                },
            )
            .unwrap_or_else(|e| panic!("link {finding:?}: {e:?}"));
        }
    }
    assert_eq!(plan.needs.len(), suggestions.len());
    assert!(suggest(&plan, Lang::En).is_empty());
    assert!(plan_composer::plan::validate::check(&plan).is_empty());
}

#[test]
fn a_catalog_without_rules_suggests_nothing() {
    let mut value: serde_json::Value =
        serde_json::from_str(DEFAULT_CATALOG_JSON).expect("shipped catalog");
    value.as_object_mut().expect("object").remove("need_rules");
    let catalog = parse_catalog(&value.to_string()).expect("reads");
    assert!(suggest_needs(&full_assessment(), &catalog, Lang::En).is_empty());
}

#[test]
fn rules_follow_the_catalog_order() {
    // Reversing the rules in the data reverses the suggestions.
    let mut value: serde_json::Value =
        serde_json::from_str(DEFAULT_CATALOG_JSON).expect("shipped catalog");
    value["need_rules"].as_array_mut().expect("list").reverse();
    let catalog = parse_catalog(&value.to_string()).expect("reads");
    let suggestions = suggest_needs(&full_assessment(), &catalog, Lang::En);
    assert_eq!(suggestions.first().map(|s| s.rule.as_str()), Some("coping"));
    assert_eq!(
        suggestions.last().map(|s| s.key.as_str()),
        Some("substance_use:s2")
    );
}

#[test]
fn assessment_triggers_are_offered_in_relapse_prevention_until_listed() {
    use plan_composer::plan::suggest::triggers_to_offer;
    let mut plan = empty_plan();
    plan.assessment.triggers = vec![
        trigger("t1", "Payday"),
        trigger("t2", "Feeling lonely"),
        trigger("t3", "  payday "),
        trigger("t4", "   "),
    ];
    let offered = |p: &Plan| -> Vec<String> {
        triggers_to_offer(p)
            .into_iter()
            .map(|t| t.id.clone())
            .collect()
    };
    assert_eq!(offered(&plan), ["t1", "t2"], "each once, blanks left out");
    plan.relapse_prevention.external_triggers = vec![trigger("t5", "PAYDAY")];
    assert_eq!(offered(&plan), ["t2"], "listed as an outside trigger");
    plan.relapse_prevention.internal_triggers = vec![trigger("t6", "feeling lonely")];
    assert!(offered(&plan).is_empty(), "and as an inside one");
}
