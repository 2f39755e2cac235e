//! A full plan with every section filled in, shared by the export tests.
#![allow(dead_code)]

use plan_composer::plan::edit::{
    AftercareField, AssessmentField, CareTeamField, ComponentField, ContactField, GoalField,
    PersonField, RiskArea, SubstanceField, TextList,
};
use plan_composer::plan::review::Change;
use plan_composer::plan::target::{
    ChoiceSlot, ChoiceTarget, DateSlot, DateTarget, NumberSlot, NumberTarget, TextSlot, TextTarget,
};
use plan_composer::plan::*;
use strum::VariantArray;

/// Every `reference` string anywhere inside a JSON value (FHIR).
pub fn references(value: &serde_json::Value, out: &mut Vec<String>) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                match (key.as_str(), inner) {
                    ("reference", Value::String(r)) => out.push(r.clone()),
                    _ => references(inner, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| references(i, out)),
        _ => {}
    }
}

/// The printout's and the text export's section headings, in order.
pub fn section_headings(w: &plan_composer::i18n::Words) -> [&'static str; 9] {
    [
        w.step_person,
        w.step_assessment,
        w.step_needs,
        w.step_goals,
        w.step_components,
        w.step_relapse,
        w.aftercare,
        w.review_schedule,
        w.signatures,
    ]
}

pub fn date(y: u16, m: u8, d: u8) -> PlanDate {
    PlanDate::new(y, m, d).expect("a real date")
}

/// Applies an edit that must succeed and returns the id it created, if any.
pub fn ok(plan: &mut Plan, edit: Edit) -> String {
    apply(plan, &edit)
        .unwrap_or_else(|e| panic!("{edit:?} failed: {e:?}"))
        .created
        .unwrap_or_default()
}

/// Every section of a plan filled in, with links between items.
pub fn full_plan() -> Plan {
    let mut p = Plan::new("plan-full-1", Some(date(2026, 3, 2)));
    ok(
        &mut p,
        TextTarget::from(TextSlot::Title).edit("Spring plan".into()),
    );
    let person_fields = [
        (PersonField::PreferredName, "Sam R."),
        (PersonField::Pronouns, "they/them"),
        (PersonField::Language, "English"),
        (PersonField::CultureIdentity, "Proud Navajo"),
    ];
    for (field, value) in person_fields {
        ok(
            &mut p,
            TextTarget::from(TextSlot::Person(field)).edit(value.into()),
        );
    }
    let lists = [
        (TextList::Strengths, "Good with my hands"),
        (TextList::Preferences, "Morning sessions"),
        (TextList::AssessmentTriggers, "Payday"),
        (TextList::ExternalTriggers, "Old friends at the bar"),
        (TextList::InternalTriggers, "Feeling lonely"),
        (TextList::WarningSigns, "Skipping meals"),
        (TextList::CopingStrategies, "Call my sponsor"),
    ];
    let mut trigger = String::new();
    for (list, text) in lists {
        let id = ok(
            &mut p,
            Edit::AddTextItem {
                list,
                text: text.into(),
            },
        );
        if list == TextList::AssessmentTriggers {
            trigger = id;
        }
    }
    let member = ok(
        &mut p,
        Edit::AddCareTeamMember {
            name: "Dr. Lee".into(),
            role: "Counselor".into(),
        },
    );
    ok(
        &mut p,
        TextTarget::of(TextSlot::CareTeam(CareTeamField::Contact), member).edit("555-0100".into()),
    );
    let person = ok(
        &mut p,
        Edit::AddContributor {
            name: "Sam R.".into(),
            role: ContributorRole::Person,
        },
    );
    ok(
        &mut p,
        Edit::AddContributor {
            name: "Dr. Lee".into(),
            role: ContributorRole::Clinician,
        },
    );
    ok(
        &mut p,
        Edit::AddContributor {
            name: "Ana".into(),
            role: ContributorRole::Family,
        },
    );

    let substance = ok(
        &mut p,
        Edit::AddSubstance {
            substance: "Alcohol".into(),
        },
    );
    for (field, value) in [
        (SubstanceField::Pattern, "Daily, evenings"),
        (SubstanceField::Route, "Oral"),
    ] {
        ok(
            &mut p,
            TextTarget::of(TextSlot::Substance(field), substance.clone()).edit(value.into()),
        );
    }
    ok(
        &mut p,
        NumberTarget::of(NumberSlot::SubstanceOnset, substance.clone()).edit(Some(17)),
    );
    ok(
        &mut p,
        DateTarget::of(DateSlot::SubstanceLastUse, substance.clone()).edit(Some(date(2026, 2, 27))),
    );
    ok(
        &mut p,
        TextTarget::from(TextSlot::Assessment(AssessmentField::MentalHealth))
            .edit("Low mood in winter".into()),
    );
    ok(
        &mut p,
        TextTarget::from(TextSlot::Assessment(AssessmentField::SocialSupport))
            .edit("Sister nearby".into()),
    );
    ok(
        &mut p,
        Edit::SetChoice {
            at: ChoiceTarget::from(ChoiceSlot::Stage),
            choice: Some(StageOfChange::Preparation as usize),
        },
    );
    ok(
        &mut p,
        NumberTarget::from(NumberSlot::ReadinessRuler).edit(Some(7)),
    );
    ok(&mut p, Edit::SetRiskViewEnabled(true));
    ok(
        &mut p,
        NumberTarget::from(NumberSlot::RiskRating(RiskArea::RecoveryEnvironment)).edit(Some(2)),
    );

    let need = ok(
        &mut p,
        Edit::AddNeed {
            statement: "I drink to fall asleep".into(),
        },
    );
    ok(
        &mut p,
        Edit::LinkFinding {
            need: need.clone(),
            finding: Finding::Substance(substance),
        },
    );
    ok(
        &mut p,
        Edit::LinkFinding {
            need: need.clone(),
            finding: Finding::Trigger(trigger),
        },
    );
    ok(
        &mut p,
        Edit::LinkFinding {
            need: need.clone(),
            finding: Finding::MentalHealth,
        },
    );
    let need2 = ok(
        &mut p,
        Edit::AddNeed {
            statement: "I want my weekends back".into(),
        },
    );

    let goal = ok(
        &mut p,
        Edit::AddGoal {
            statement: "Sleep without drinking".into(),
            template_id: None,
        },
    );
    for (field, value) in [
        (GoalField::Measure, "Nights without a drink"),
        (GoalField::Target, "5 nights a week"),
    ] {
        ok(
            &mut p,
            TextTarget::of(TextSlot::Goal(field), goal.clone()).edit(value.into()),
        );
    }
    ok(
        &mut p,
        DateTarget::of(DateSlot::GoalDue, goal.clone()).edit(Some(date(2026, 6, 1))),
    );
    ok(
        &mut p,
        Edit::SetChoice {
            at: ChoiceTarget::of(ChoiceSlot::GoalPriority, goal.clone()),
            choice: Some(Priority::High as usize),
        },
    );
    ok(
        &mut p,
        Edit::SetChoice {
            at: ChoiceTarget::of(ChoiceSlot::GoalLifecycle, goal.clone()),
            choice: Some(GoalLifecycle::Active as usize),
        },
    );
    ok(
        &mut p,
        Edit::SetGoalExpressedBy {
            id: goal.clone(),
            contributor: Some(person),
        },
    );
    ok(
        &mut p,
        Edit::LinkGoalNeed {
            goal: goal.clone(),
            need: need.clone(),
        },
    );
    let goal2 = ok(
        &mut p,
        Edit::AddGoal {
            statement: "Spend Saturdays with my kids".into(),
            template_id: Some("family-time".into()),
        },
    );
    ok(
        &mut p,
        TextTarget::of(TextSlot::Goal(GoalField::Target), goal2.clone())
            .edit("Every Saturday".into()),
    );
    ok(
        &mut p,
        Edit::LinkGoalNeed {
            goal: goal2.clone(),
            need: need2,
        },
    );

    let therapy = ok(
        &mut p,
        Edit::AddComponent {
            catalog_id: "cbt".into(),
            category: ComponentCategory::Therapy,
            name: "Cognitive behavioral therapy".into(),
        },
    );
    for (field, value) in [
        (ComponentField::Frequency, "Weekly"),
        (ComponentField::Setting, "Outpatient clinic"),
        (ComponentField::Responsible, "Dr. Lee"),
        (ComponentField::Details, "Group on Tuesdays"),
    ] {
        ok(
            &mut p,
            TextTarget::of(TextSlot::Component(field), therapy.clone()).edit(value.into()),
        );
    }
    ok(
        &mut p,
        DateTarget::of(DateSlot::ComponentStart, therapy.clone()).edit(Some(date(2026, 3, 9))),
    );
    let medication = ok(
        &mut p,
        Edit::AddComponent {
            catalog_id: "naltrexone".into(),
            category: ComponentCategory::Medication,
            name: "Naltrexone, as prescribed".into(),
        },
    );
    let objective = ok(
        &mut p,
        Edit::AddObjective {
            goal: goal.clone(),
            statement: "Learn two ways to wind down".into(),
        },
    );
    ok(
        &mut p,
        DateTarget::of(DateSlot::ObjectiveDue, objective.clone()).edit(Some(date(2026, 4, 1))),
    );
    ok(
        &mut p,
        Edit::LinkIntervention {
            objective: objective.clone(),
            component: therapy,
        },
    );
    ok(
        &mut p,
        Edit::LinkIntervention {
            objective,
            component: medication,
        },
    );
    ok(
        &mut p,
        Edit::AddObjective {
            goal: goal2,
            statement: "Plan one outing a month".into(),
        },
    );

    let contact = ok(
        &mut p,
        Edit::AddContact {
            name: "Maria (sponsor)".into(),
        },
    );
    for (field, value) in [
        (ContactField::Relation, "Sponsor"),
        (ContactField::Phone, "555-0199"),
    ] {
        ok(
            &mut p,
            TextTarget::of(TextSlot::Contact(field), contact.clone()).edit(value.into()),
        );
    }
    ok(
        &mut p,
        TextTarget::from(TextSlot::LapsePlan)
            .edit("Call Maria, then go to a meeting the same day".into()),
    );
    ok(
        &mut p,
        Edit::AddCrisisLine {
            name: "988 Suicide & Crisis Lifeline".into(),
            number: "988".into(),
        },
    );
    ok(
        &mut p,
        TextTarget::from(TextSlot::Aftercare(AftercareField::SupportGroups))
            .edit("AA on Thursdays".into()),
    );
    ok(
        &mut p,
        TextTarget::from(TextSlot::Aftercare(AftercareField::Education)).edit("Finish GED".into()),
    );
    ok(
        &mut p,
        Edit::SetChoice {
            at: ChoiceTarget::from(ChoiceSlot::ReviewCadence),
            choice: Some(ReviewCadence::EveryTwoWeeks as usize),
        },
    );
    ok(
        &mut p,
        DateTarget::from(DateSlot::NextReview).edit(Some(date(2026, 3, 16))),
    );
    p.review.history.push(ReviewEntry {
        id: "r-old".into(),
        date: date(2026, 3, 1),
        reviewed_by: "Dr. Lee".into(),
        changes: vec![Change::Note(
            "Added the goal \"Sleep without drinking\"".into(),
        )],
        reason: "First review".into(),
        progress: Vec::new(),
    });
    ok(
        &mut p,
        Edit::AddSignature {
            name: "Sam R.".into(),
            role: SignerRole::Person,
            credentials: String::new(),
            date: date(2026, 3, 2),
            time: "10:30".into(),
        },
    );
    // Made while a draft; in use from here, so only signing and the copy
    // note can still be added.
    ok(&mut p, Edit::SetStatus(PlanStatus::Active));
    ok(&mut p, Edit::SetCopyGiven(true));
    p
}

/// The sample plans in samples/*.json (none until they are written), by
/// file name, read with the widget's own import.
pub fn samples() -> Vec<(String, Plan)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<std::path::PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a sample is readable");
            let plan = plan_composer::export::json::import(&text)
                .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, plan)
        })
        .collect()
}

/// A plan with a hostile string in every text field a person can type.
pub fn hostile_plan(s: &str) -> Plan {
    let mut p = Plan::new(s, Some(date(2026, 1, 5)));
    ok(&mut p, TextTarget::from(TextSlot::Title).edit(s.into()));
    // Every field and list there is (derived), so a new one is covered too.
    for field in PersonField::VARIANTS.iter().copied() {
        ok(
            &mut p,
            TextTarget::from(TextSlot::Person(field)).edit(s.into()),
        );
    }
    for list in TextList::VARIANTS.iter().copied() {
        ok(
            &mut p,
            Edit::AddTextItem {
                list,
                text: s.into(),
            },
        );
    }
    let member = ok(
        &mut p,
        Edit::AddCareTeamMember {
            name: s.into(),
            role: s.into(),
        },
    );
    ok(
        &mut p,
        TextTarget::of(TextSlot::CareTeam(CareTeamField::Contact), member).edit(s.into()),
    );
    let who = ok(
        &mut p,
        Edit::AddContributor {
            name: s.into(),
            role: ContributorRole::Peer,
        },
    );
    let substance = ok(
        &mut p,
        Edit::AddSubstance {
            substance: s.into(),
        },
    );
    for field in [SubstanceField::Pattern, SubstanceField::Route] {
        ok(
            &mut p,
            TextTarget::of(TextSlot::Substance(field), substance.clone()).edit(s.into()),
        );
    }
    ok(
        &mut p,
        TextTarget::from(TextSlot::Assessment(AssessmentField::Trauma)).edit(s.into()),
    );
    let need = ok(
        &mut p,
        Edit::AddNeed {
            statement: s.into(),
        },
    );
    ok(
        &mut p,
        Edit::LinkFinding {
            need: need.clone(),
            finding: Finding::Substance(substance),
        },
    );
    let goal = ok(
        &mut p,
        Edit::AddGoal {
            statement: s.into(),
            template_id: None,
        },
    );
    for field in [GoalField::Measure, GoalField::Target] {
        ok(
            &mut p,
            TextTarget::of(TextSlot::Goal(field), goal.clone()).edit(s.into()),
        );
    }
    ok(
        &mut p,
        Edit::SetGoalExpressedBy {
            id: goal.clone(),
            contributor: Some(who),
        },
    );
    ok(
        &mut p,
        Edit::LinkGoalNeed {
            goal: goal.clone(),
            need,
        },
    );
    if let Some(strength) = p.person.strengths.first().map(|s| s.id.clone()) {
        ok(
            &mut p,
            Edit::LinkGoalStrength {
                goal: goal.clone(),
                strength,
            },
        );
    }
    ok(
        &mut p,
        Edit::AddBarrier {
            goal: goal.clone(),
            text: s.into(),
        },
    );
    let component = ok(
        &mut p,
        Edit::AddComponent {
            catalog_id: s.into(),
            category: ComponentCategory::Therapy,
            name: s.into(),
        },
    );
    for field in [
        ComponentField::Details,
        ComponentField::Frequency,
        ComponentField::Setting,
        ComponentField::Responsible,
    ] {
        ok(
            &mut p,
            TextTarget::of(TextSlot::Component(field), component.clone()).edit(s.into()),
        );
    }
    let objective = ok(
        &mut p,
        Edit::AddObjective {
            goal,
            statement: s.into(),
        },
    );
    for slot in [TextSlot::ObjectiveMeasure, TextSlot::ObjectiveTarget] {
        ok(
            &mut p,
            TextTarget::of(slot, objective.clone()).edit(s.into()),
        );
    }
    ok(
        &mut p,
        Edit::LinkIntervention {
            objective,
            component,
        },
    );
    let contact = ok(&mut p, Edit::AddContact { name: s.into() });
    for field in [ContactField::Relation, ContactField::Phone] {
        ok(
            &mut p,
            TextTarget::of(TextSlot::Contact(field), contact.clone()).edit(s.into()),
        );
    }
    ok(&mut p, TextTarget::from(TextSlot::LapsePlan).edit(s.into()));
    ok(
        &mut p,
        Edit::AddCrisisLine {
            name: s.into(),
            number: s.into(),
        },
    );
    ok(
        &mut p,
        TextTarget::from(TextSlot::Aftercare(AftercareField::FamilySupport)).edit(s.into()),
    );
    p.review.history.push(ReviewEntry {
        id: "r1".into(),
        date: date(2026, 2, 1),
        reviewed_by: s.into(),
        changes: vec![Change::Note(s.into())],
        reason: s.into(),
        progress: Vec::new(),
    });
    ok(
        &mut p,
        Edit::AddSignature {
            name: s.into(),
            role: SignerRole::Clinician,
            credentials: s.into(),
            date: date(2026, 2, 1),
            time: s.into(),
        },
    );
    p
}

/// The full plan with what a surveyor looks for beside each goal: its
/// first objective measured, with a target; the person's strength that
/// helps; and two things that may get in the way.
pub fn record_plan() -> Plan {
    let mut p = full_plan();
    let status = p.status;
    p.status = PlanStatus::Draft;
    let goal = p.goals[0].id.clone();
    let objective = p.goals[0].objectives[0].id.clone();
    for (slot, text) in [
        (TextSlot::ObjectiveMeasure, "Skills shown in a session"),
        (TextSlot::ObjectiveTarget, "2 skills"),
    ] {
        ok(
            &mut p,
            TextTarget::of(slot, objective.clone()).edit(text.into()),
        );
    }
    let strength = p.person.strengths[0].id.clone();
    ok(
        &mut p,
        Edit::LinkGoalStrength {
            goal: goal.clone(),
            strength,
        },
    );
    for text in ["Night shifts", "Friends who drink on Fridays"] {
        ok(
            &mut p,
            Edit::AddBarrier {
                goal: goal.clone(),
                text: text.into(),
            },
        );
    }
    p.status = status;
    p
}

/// A PHQ-9 score as the instrument scores it (values by hand here; the
/// instrument's own scoring is tested in tests/instruments.rs).
pub fn phq9(date: PlanDate, total: u32, band: &str) -> Measurement {
    Measurement {
        id: String::new(),
        instrument: "phq-9".into(),
        name: "PHQ-9".into(),
        loinc: "44249-1".into(),
        date,
        answers: (1..=9)
            .map(|i| Answer {
                item: i.to_string(),
                value: u8::try_from((total / 9 + u32::from(i <= total % 9)).min(3)).unwrap_or(3),
            })
            .collect(),
        scores: vec![Score {
            id: "total".into(),
            name: "Total score".into(),
            value: total,
            max: 27,
            loinc: "44261-6".into(),
            better: Direction::Lower,
            band: band.into(),
        }],
    }
}

/// The full plan measured: PHQ-9 at the start (14) and at a review (8), its
/// first goal aiming for a PHQ-9 total below 10, and the review's progress.
pub fn measured_plan() -> Plan {
    let mut p = full_plan();
    let status = p.status;
    p.status = PlanStatus::Draft;
    ok(
        &mut p,
        Edit::AddMeasurement(phq9(date(2026, 1, 5), 14, "Moderate depression")),
    );
    ok(
        &mut p,
        Edit::AddMeasurement(phq9(date(2026, 2, 2), 8, "Mild depression")),
    );
    let goal = p.goals[0].id.clone();
    let objective = p.goals[0].objectives.first().map(|o| o.id.clone());
    ok(
        &mut p,
        Edit::SetScoreTarget {
            goal: goal.clone(),
            target: Some(ScoreTarget {
                instrument: "phq-9".into(),
                score: "total".into(),
                name: "PHQ-9 Total score".into(),
                comparator: Comparator::Below,
                value: 10,
            }),
        },
    );
    p.status = PlanStatus::UnderReview;
    ok(
        &mut p,
        Edit::SetProgress {
            item: goal,
            progress: Some((
                ProgressStatus::SomeProgress,
                "Sleeping better most nights".into(),
            )),
        },
    );
    if let Some(objective) = objective {
        ok(
            &mut p,
            Edit::SetProgress {
                item: objective,
                progress: Some((ProgressStatus::Met, "Went to every session".into())),
            },
        );
    }
    ok(
        &mut p,
        Edit::FinishReview {
            date: date(2026, 2, 2),
            reviewed_by: "Dr. Lee".into(),
            changes: Vec::new(),
            reason: "Monthly review".into(),
        },
    );
    if status != PlanStatus::Active {
        p.status = status;
    }
    p
}
