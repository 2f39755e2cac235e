#![cfg(not(target_arch = "wasm32"))]
//! The SMART coach: each letter's met and unmet cases in English and
//! Spanish, template flagging, determinism, wording in every language, and
//! the JSON shape of a report.

use plan_composer::i18n::Lang;
use plan_composer::plan::smart::{
    coach, coach_goal, SmartLetter, SmartReason, SmartReport, SmartStatus, SmartSuggestion,
    TemplateText,
};
use plan_composer::plan::{Achievement, Goal, GoalLifecycle, Need, Plan, PlanDate};

fn date(text: &str) -> PlanDate {
    PlanDate::parse(text).unwrap()
}

fn today() -> Option<PlanDate> {
    Some(date("2026-03-01"))
}

fn plan() -> Plan {
    let mut plan = Plan::new("p1", Some(date("2026-01-10")));
    for (id, statement) in [
        ("n1", "I drink when I feel alone"),
        ("n2", "Necesito apoyo para no consumir"),
    ] {
        plan.needs.push(Need {
            id: id.into(),
            statement: statement.into(),
            problem: String::new(),
            findings: Vec::new(),
        });
    }
    plan
}

/// A goal with only a statement: nothing structured filled in.
fn bare(statement: &str) -> Goal {
    Goal::new("g1", statement)
}

/// A goal with every structured field filled in well.
fn full(statement: &str) -> Goal {
    let mut goal = Goal::new("g1", statement);
    goal.measure = "sign-in sheet".into();
    goal.target = "2 a week".into();
    goal.due = Some(date("2026-06-30"));
    goal.addresses = vec!["n1".into()];
    goal.confidence = Some(8);
    goal
}

fn report(goal: &Goal) -> SmartReport {
    coach(&plan(), goal, today(), &[])
}

/// The report as five letters: m = met, w = needs work, x = missing.
fn code(report: &SmartReport) -> String {
    report
        .letters()
        .iter()
        .map(|(_, r)| match r.status {
            SmartStatus::Met => 'm',
            SmartStatus::NeedsWork => 'w',
            SmartStatus::Missing => 'x',
        })
        .collect()
}

fn s(goal: &Goal) -> (SmartStatus, SmartReason) {
    let r = report(goal).specific;
    (r.status, r.reason)
}

fn m(goal: &Goal) -> (SmartStatus, SmartReason) {
    let r = report(goal).measurable;
    (r.status, r.reason)
}

fn t(goal: &Goal) -> (SmartStatus, SmartReason) {
    let r = report(goal).time_bound;
    (r.status, r.reason)
}

use SmartStatus::{Met, Missing, NeedsWork};

// ---------------------------------------------------------------------------
// Whole goals from the person's words, nothing else filled in.

#[test]
fn free_text_goals_in_english_and_spanish() {
    // statement, expected S M A R T (bare goal: no fields, so R is missing
    // and A depends on whether S and M are met).
    let cases = [
        // English
        ("Go to 2 support meetings each week", "mmwxw"),
        ("Call my sponsor three times a week", "mmwxw"),
        ("Take my medication every day", "mmwxw"),
        ("Stay sober for 90 days", "mmwxm"),
        ("Walk 30 minutes on Mondays and Thursdays", "mmwxw"),
        ("Finish the intake paperwork by June 30", "mmwxm"),
        ("Get better", "wxxxx"),
        ("Try to drink less", "wxxxx"),
        ("Improve my health", "wxxxx"),
        ("Be a better dad", "wxxxx"),
        ("Do more stuff for my recovery", "wxxxx"),
        ("Stay away from things that trigger me", "wxxxx"),
        ("Sobriety", "wxxxx"),
        ("Quit drinking", "mxxxx"),
        ("No more drinking", "mxxxx"),
        ("Eat more vegetables at dinner", "mxxxx"),
        ("Find a job before next month", "mxxxm"),
        ("Find a counselor within a week", "mxxxm"),
        ("Sleep 7 hours a night", "mmwxw"),
        ("Apply to 3 jobs by the end of the month", "mmwxm"),
        ("Move into sober housing in 2026", "mmwxm"),
        ("Go to the clinic on 4/15", "mmwxm"),
        ("Stay sober today", "mxxxm"),
        // Spanish, with and without accents
        ("Ir a 2 reuniones de apoyo cada semana", "mmwxw"),
        ("Llamar a mi madrina dos veces por semana", "mmwxw"),
        ("Tomar mi medicamento todos los días", "mmwxw"),
        ("Tomar mi medicamento todos los dias", "mmwxw"),
        ("Tomar mi medicamento a diario", "mmwxw"),
        ("Caminar 20 minutos los lunes", "mmwxw"),
        ("Terminar el programa para junio", "mxxxm"),
        ("Conseguir trabajo antes del 1 de mayo", "mmwxm"),
        ("Mantenerme sin consumir durante 30 días", "mmwxm"),
        ("Buscar un consejero en un mes", "mxxxm"),
        ("Mejorar", "wxxxx"),
        ("Intentar beber menos", "wxxxx"),
        ("INTENTAR BEBER MENOS", "wxxxx"),
        ("Quiero estar mejor", "wxxxx"),
        ("Hacer más cosas", "wxxxx"),
        ("Hacer algo de ejercicio tres veces a la semana", "mmwxw"),
        ("Comer más fruta en el desayuno", "mxxxx"),
        ("Dejar de beber", "mxxxx"),
        ("No beber nunca más", "mxxxx"),
        ("Salir a caminar por la mañana", "mxxxx"),
        ("Dormir 7 horas al día", "mmwxw"),
        ("Ver a mi hija esta semana", "mxxxm"),
        ("Hacer una cita antes de beber", "mxxxx"),
    ];
    assert!(cases.len() >= 40);
    let mut wrong = Vec::new();
    for (statement, expected) in cases {
        let got = code(&report(&bare(statement)));
        if got != expected {
            wrong.push(format!("{statement:?}: expected {expected}, got {got}"));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn a_well_formed_goal_meets_every_letter() {
    for statement in [
        "Go to 2 support meetings each week",
        "Ir a 2 reuniones de apoyo cada semana",
    ] {
        let r = report(&full(statement));
        assert!(r.all_met(), "{statement}: {r:?}");
        assert_eq!(r.first_unmet(), None);
        assert_eq!(r.met_count(), 5);
        for (_, letter) in r.letters() {
            assert_eq!(letter.suggestion, SmartSuggestion::KeepAsIs);
        }
    }
}

// ---------------------------------------------------------------------------
// Specific

#[test]
fn specific_empty_statement_is_missing() {
    for text in ["", "   ", "?!"] {
        assert_eq!(s(&bare(text)), (Missing, SmartReason::StatementEmpty));
    }
    assert_eq!(
        report(&bare("")).specific.suggestion,
        SmartSuggestion::WriteGoal
    );
}

#[test]
fn specific_vague_wording_is_flagged_but_not_with_an_object() {
    assert_eq!(
        s(&bare("Get better")),
        (NeedsWork, SmartReason::VagueWording)
    );
    assert_eq!(
        s(&bare("Work on my anger")),
        (NeedsWork, SmartReason::VagueWording)
    );
    assert_eq!(
        s(&bare("Echarle ganas")),
        (NeedsWork, SmartReason::VagueWording)
    );
    assert_eq!(
        s(&bare("Try to go to meetings on Sundays")),
        (Met, SmartReason::ClearAction)
    );
    assert_eq!(
        s(&bare("Improve my sleep by going to bed at 11 pm")),
        (Met, SmartReason::ClearAction)
    );
    assert_eq!(
        s(&bare("Stuff")).1,
        SmartReason::VagueThings,
        "a vague noun is named as such"
    );
}

// ---------------------------------------------------------------------------
// Templates

#[test]
fn a_goal_still_in_its_template_words_is_flagged() {
    let templates = [
        TemplateText {
            id: "t-meetings",
            text: "Go to {n} support meetings each week",
        },
        TemplateText {
            id: "t-sponsor",
            text: "Call my sponsor when I have cravings",
        },
    ];
    let plan = plan();
    let check = |statement: &str, template: Option<&str>| {
        let mut goal = full(statement);
        goal.template_id = template.map(str::to_owned);
        coach(&plan, &goal, today(), &templates).specific
    };

    // Placeholder left unfilled, with or without the template list.
    let r = check("Go to {n} support meetings each week", Some("t-meetings"));
    assert_eq!(
        (r.status, r.reason, r.suggestion),
        (
            NeedsWork,
            SmartReason::StillTemplate,
            SmartSuggestion::FillInTemplate
        )
    );
    let mut goal = bare("Ir a [número] reuniones");
    goal.template_id = Some("t-x".into());
    assert_eq!(s(&goal), (NeedsWork, SmartReason::StillTemplate));
    assert_eq!(
        s(&bare("Call ___ every day")),
        (NeedsWork, SmartReason::StillTemplate)
    );

    // Identical boilerplate, ignoring case and punctuation.
    let r = check("call my sponsor when I have cravings.", Some("t-sponsor"));
    assert_eq!(r.reason, SmartReason::StillTemplate);
    // Copied without a template id is still boilerplate.
    let r = check("Call my sponsor when I have cravings", None);
    assert_eq!(r.reason, SmartReason::StillTemplate);

    // Filled in or reworded: fine.
    let r = check("Go to 3 support meetings each week", Some("t-meetings"));
    assert_eq!(r.status, Met);
    let r = check(
        "Call Maria, my sponsor, when I have cravings",
        Some("t-sponsor"),
    );
    assert_eq!(r.status, Met);
    // The goal's own template decides when it names one.
    let r = check("Call my sponsor when I have cravings", Some("t-meetings"));
    assert_eq!(r.status, Met);
}

// ---------------------------------------------------------------------------
// Measurable

#[test]
fn measurable_reads_the_fields_first() {
    let mut goal = bare("Stay sober");
    assert_eq!(m(&goal), (Missing, SmartReason::NoNumber));
    assert_eq!(
        report(&goal).measurable.suggestion,
        SmartSuggestion::AddMeasure
    );

    goal.measure = "days sober on my calendar".into();
    assert_eq!(m(&goal), (NeedsWork, SmartReason::MeasureNoTarget));
    assert_eq!(
        report(&goal).measurable.suggestion,
        SmartSuggestion::AddTarget
    );

    goal.target = "more days".into();
    assert_eq!(m(&goal), (NeedsWork, SmartReason::TargetNoNumber));

    goal.target = "30 days in a row".into();
    assert_eq!(m(&goal), (Met, SmartReason::MeasureAndTarget));

    goal.measure.clear();
    assert_eq!(m(&goal), (Met, SmartReason::TargetSet));

    goal.target = "terminado".into();
    assert_eq!(m(&goal), (Met, SmartReason::TargetSet));
}

#[test]
fn measurable_more_or_less_needs_a_number() {
    assert_eq!(
        m(&bare("Eat more vegetables at dinner")),
        (Missing, SmartReason::MoreOrLessNoNumber)
    );
    assert_eq!(
        m(&bare("Fumar menos cigarros")),
        (Missing, SmartReason::MoreOrLessNoNumber)
    );
    assert_eq!(
        m(&bare("Smoke less than 5 cigarettes a day")),
        (Met, SmartReason::NumberInText)
    );
    assert_eq!(
        m(&bare("Check in with my counselor weekly")),
        (Met, SmartReason::HowOftenInText)
    );
}

// ---------------------------------------------------------------------------
// Achievable

#[test]
fn achievable_follows_the_persons_confidence() {
    let mut goal = full("Go to 2 support meetings each week");
    for (confidence, status, reason, suggestion) in [
        (
            10,
            Met,
            SmartReason::ConfidenceHigh,
            SmartSuggestion::KeepAsIs,
        ),
        (
            7,
            Met,
            SmartReason::ConfidenceHigh,
            SmartSuggestion::KeepAsIs,
        ),
        (
            6,
            NeedsWork,
            SmartReason::ConfidenceMiddle,
            SmartSuggestion::AskWhatWouldHelp,
        ),
        (
            4,
            NeedsWork,
            SmartReason::ConfidenceMiddle,
            SmartSuggestion::AskWhatWouldHelp,
        ),
        (
            3,
            NeedsWork,
            SmartReason::ConfidenceLow,
            SmartSuggestion::MakeSmaller,
        ),
        (
            0,
            NeedsWork,
            SmartReason::ConfidenceLow,
            SmartSuggestion::MakeSmaller,
        ),
    ] {
        goal.confidence = Some(confidence);
        let r = report(&goal).achievable;
        assert_eq!(
            (r.status, r.reason, r.suggestion),
            (status, reason, suggestion),
            "confidence {confidence}"
        );
    }

    // Not rated: a clear, countable goal only needs the question asked.
    goal.confidence = None;
    let r = report(&goal).achievable;
    assert_eq!(
        (r.status, r.reason, r.suggestion),
        (
            NeedsWork,
            SmartReason::NotRatedYet,
            SmartSuggestion::AskConfidence
        )
    );
    let r = report(&bare("Get better")).achievable;
    assert_eq!((r.status, r.reason), (Missing, SmartReason::NoConfidence));
}

// ---------------------------------------------------------------------------
// Relevant

#[test]
fn relevant_needs_a_linked_need_in_the_plan() {
    let plan = plan();
    let mut goal = full("Ir a 2 reuniones cada semana");
    let relevant = |goal: &Goal, plan: &Plan| {
        let r = coach(plan, goal, today(), &[]).relevant;
        (r.status, r.reason, r.suggestion)
    };
    assert_eq!(
        relevant(&goal, &plan),
        (Met, SmartReason::LinkedToNeed, SmartSuggestion::KeepAsIs)
    );
    goal.addresses = vec!["gone".into(), "n2".into()];
    assert_eq!(relevant(&goal, &plan).1, SmartReason::LinkedToNeed);
    goal.addresses = vec!["gone".into()];
    assert_eq!(
        relevant(&goal, &plan),
        (
            NeedsWork,
            SmartReason::LinkBroken,
            SmartSuggestion::LinkToNeed
        )
    );
    goal.addresses.clear();
    assert_eq!(
        relevant(&goal, &plan),
        (Missing, SmartReason::NotLinked, SmartSuggestion::LinkToNeed)
    );
    let empty = Plan::new("p2", None);
    assert_eq!(
        relevant(&goal, &empty),
        (
            Missing,
            SmartReason::NoNeedsYet,
            SmartSuggestion::AddNeedFirst
        )
    );
}

// ---------------------------------------------------------------------------
// Time-bound

#[test]
fn time_bound_due_dates_and_past_due() {
    let mut goal = full("Go to 2 support meetings each week");
    assert_eq!(t(&goal), (Met, SmartReason::DueDateSet));

    goal.due = Some(date("2026-03-01"));
    assert_eq!(
        t(&goal),
        (Met, SmartReason::DueDateSet),
        "due today is not past"
    );

    goal.due = Some(date("2026-02-28"));
    assert_eq!(t(&goal), (NeedsWork, SmartReason::PastDue));
    assert_eq!(
        report(&goal).time_bound.suggestion,
        SmartSuggestion::ChooseNewDate
    );

    // Without today, nothing can be past due.
    let r = coach(&plan(), &goal, None, &[]).time_bound;
    assert_eq!(r.reason, SmartReason::DueDateSet);

    // A reached or closed goal is not nagged about its date.
    goal.achievement = Achievement::Achieved;
    assert_eq!(t(&goal), (Met, SmartReason::DueDateSet));
    goal.achievement = Achievement::InProgress;
    goal.lifecycle = GoalLifecycle::Completed;
    assert_eq!(t(&goal), (Met, SmartReason::DueDateSet));
}

#[test]
fn time_bound_from_the_words() {
    let r = report(&bare("Find a sponsor by June")).time_bound;
    assert_eq!(
        (r.status, r.reason, r.suggestion),
        (
            Met,
            SmartReason::DeadlineInText,
            SmartSuggestion::SetDueDateField
        )
    );
    assert_eq!(
        t(&bare("Encontrar un padrino para junio")),
        (Met, SmartReason::DeadlineInText)
    );
    assert_eq!(
        t(&bare("Go to meetings every week")),
        (NeedsWork, SmartReason::OnlyHowOften)
    );
    assert_eq!(
        t(&bare("Ir a reuniones cada semana")),
        (NeedsWork, SmartReason::OnlyHowOften)
    );
    let r = report(&bare("Find a sponsor")).time_bound;
    assert_eq!(
        (r.status, r.reason, r.suggestion),
        (
            Missing,
            SmartReason::NoTimeFrame,
            SmartSuggestion::AddDueDate
        )
    );
    // "by myself" and "antes de beber" are not deadlines; "May" needs a date.
    assert_eq!(t(&bare("Cook dinner by myself")).0, Missing);
    assert_eq!(t(&bare("Respirar antes de beber")).0, Missing);
    assert_eq!(t(&bare("I may call my sister")).0, Missing);
    assert_eq!(t(&bare("Call my sister on May 3")).0, Met);
}

// ---------------------------------------------------------------------------
// Report helpers, determinism, wording, JSON

#[test]
fn first_unmet_follows_smart_order() {
    let mut goal = full("Go to 2 support meetings each week");
    goal.addresses.clear();
    goal.due = None;
    let r = report(&goal);
    let (letter, first) = r.first_unmet().unwrap();
    assert_eq!(letter, SmartLetter::R);
    assert_eq!(first.reason, SmartReason::NotLinked);

    let r = report(&bare("Get better"));
    assert_eq!(r.first_unmet().unwrap().0, SmartLetter::S);
    assert_eq!(r.met_count(), 0);
}

#[test]
fn coaching_is_deterministic() {
    let plan = plan();
    let mut goal = full("Intentar ir a más reuniones para junio");
    goal.addresses = vec!["n2".into()];
    goal.confidence = Some(5);
    let first = coach(&plan, &goal, today(), &[]);
    for _ in 0..100 {
        assert_eq!(coach(&plan, &goal, today(), &[]), first);
    }
    let json = serde_json::to_string(&first).unwrap();
    assert_eq!(serde_json::to_string(&first).unwrap(), json);

    let mut plan = plan;
    plan.goals.push(goal.into());
    assert_eq!(coach_goal(&plan, "g1", today(), &[]), Some(first));
    assert_eq!(coach_goal(&plan, "nope", today(), &[]), None);
}

#[test]
fn accents_and_case_do_not_change_the_result() {
    for (a, b) in [
        (
            "Tomar mi medicamento todos los días",
            "TOMAR MI MEDICAMENTO TODOS LOS DIAS",
        ),
        ("Comer más fruta", "comer mas fruta"),
        (
            "Terminar el programa para Junio",
            "terminar el programa para junio",
        ),
        // Decomposed accents (e + combining acute).
        ("Caminar cada mañana", "Caminar cada man\u{0303}ana"),
    ] {
        assert_eq!(report(&bare(a)), report(&bare(b)), "{a} / {b}");
    }
}

#[test]
fn every_reason_and_suggestion_has_words_in_every_language() {
    for lang in Lang::ALL.iter().copied() {
        for reason in SmartReason::ALL.iter().copied() {
            let text = lang.smart_reason(reason);
            assert!(text.trim().len() > 10, "{lang:?} {reason:?}");
            assert!(text.ends_with('.'), "{lang:?} {reason:?}: {text}");
        }
        for suggestion in SmartSuggestion::ALL.iter().copied() {
            let text = lang.smart_suggestion(suggestion);
            assert!(text.trim().len() > 10, "{lang:?} {suggestion:?}");
            assert!(
                text.ends_with('.') || text.ends_with('?'),
                "{lang:?} {suggestion:?}: {text}"
            );
        }
        for letter in SmartLetter::ALL.iter().copied() {
            assert!(!lang.smart_letter(letter).is_empty());
        }
        for status in [Met, NeedsWork, Missing] {
            assert!(!lang.smart_status(status).is_empty());
        }
    }
    // The two languages really differ.
    assert_ne!(
        Lang::En.smart_reason(SmartReason::NoNumber),
        Lang::Es.smart_reason(SmartReason::NoNumber)
    );
}

#[test]
fn reason_and_suggestion_lists_have_no_repeats() {
    // ALL lists each variant once (the unit test in smart.rs checks that
    // it lists every variant).
    let mut reasons: Vec<String> = SmartReason::ALL
        .iter()
        .map(|r| serde_json::to_string(r).unwrap())
        .collect();
    reasons.sort();
    reasons.dedup();
    assert_eq!(reasons.len(), SmartReason::ALL.len());
    let mut suggestions: Vec<String> = SmartSuggestion::ALL
        .iter()
        .map(|r| serde_json::to_string(r).unwrap())
        .collect();
    suggestions.sort();
    suggestions.dedup();
    assert_eq!(suggestions.len(), SmartSuggestion::ALL.len());
}

#[test]
fn report_serializes_with_letter_keys_and_status_words() {
    let mut goal = full("Try to drink less");
    goal.measure.clear();
    goal.target.clear();
    goal.addresses = vec!["gone".into()];
    goal.confidence = None;
    goal.due = None;
    let value = serde_json::to_value(report(&goal)).unwrap();
    let object = value.as_object().unwrap();
    let keys: Vec<&str> = object.keys().map(String::as_str).collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, ["A", "M", "R", "S", "T"]);
    assert_eq!(value["S"]["status"], "needs_work");
    assert_eq!(value["S"]["reason"], "vague_wording");
    // A drinking goal gets a drinking example.
    assert_eq!(value["S"]["suggestion"], "say_what_to_do_drinking");
    assert_eq!(value["M"]["status"], "missing");
    assert_eq!(value["A"]["status"], "missing");
    assert_eq!(value["R"]["status"], "needs_work");
    assert_eq!(value["T"]["status"], "missing");

    let value = serde_json::to_value(report(&full("Go to 2 meetings each week"))).unwrap();
    for key in ["S", "M", "A", "R", "T"] {
        assert_eq!(value[key]["status"], "met", "{key}");
        assert_eq!(value[key]["suggestion"], "keep_as_is", "{key}");
    }
    for (status, word) in [
        (Met, "\"met\""),
        (NeedsWork, "\"needs_work\""),
        (Missing, "\"missing\""),
    ] {
        assert_eq!(serde_json::to_string(&status).unwrap(), word);
    }
}

proptest::proptest! {
    #[test]
    fn any_text_is_coached_without_panic_and_the_same_way_twice(
        statement in "\\PC{0,120}",
        target in "[a-z0-9 /{}]{0,20}",
        confidence in proptest::option::of(0u8..=12),
    ) {
        let mut goal = bare(&statement);
        goal.target = target;
        goal.confidence = confidence;
        let templates = [TemplateText { id: "t", text: "Go to {n} meetings" }];
        let a = coach(&plan(), &goal, today(), &templates);
        let b = coach(&plan(), &goal, today(), &templates);
        proptest::prop_assert_eq!(a, b);
    }
}

// ---------------------------------------------------------------------------
// Issue 12: vague aims, feelings, plausibility, examples that fit the goal.

#[test]
fn broad_aims_and_feelings_are_not_specific() {
    let with_need = |statement: &str| {
        let mut goal = bare(statement);
        goal.addresses = vec!["n1".into()];
        goal
    };
    let r = report(&bare("Sort out my money")).specific;
    assert_eq!(
        (r.status, r.reason, r.suggestion),
        (
            NeedsWork,
            SmartReason::BroadAim,
            SmartSuggestion::SayWhatToDoMoney
        )
    );
    // The deadline says when, not what.
    assert_eq!(
        s(&bare("Be a better parent by the summer")),
        (NeedsWork, SmartReason::VagueWording)
    );
    assert_eq!(
        s(&bare("Use a little less")),
        (NeedsWork, SmartReason::VagueWording)
    );
    // The linked need ("I drink when I feel alone") picks the example.
    assert_eq!(
        report(&with_need("Use a little less")).specific.suggestion,
        SmartSuggestion::SayWhatToDoDrinking
    );
    let r = report(&bare("Never be anxious again")).specific;
    assert_eq!(
        (r.status, r.reason, r.suggestion),
        (
            NeedsWork,
            SmartReason::OnlyAFeeling,
            SmartSuggestion::SayWhatToDoFeelings
        )
    );
    // An action with the feeling is specific.
    assert_eq!(
        s(&bare("Call my sister when I feel anxious")),
        (Met, SmartReason::ClearAction)
    );
}

#[test]
fn achievable_flags_what_cannot_be_done_before_confidence() {
    let a = |statement: &str| {
        let r = report(&full(statement)).achievable;
        (r.status, r.reason, r.suggestion)
    };
    assert_eq!(
        a("Never feel sad again"),
        (
            NeedsWork,
            SmartReason::InnerExperience,
            SmartSuggestion::AimForActions
        )
    );
    assert_eq!(
        a("Go to 30 meetings a week"),
        (
            NeedsWork,
            SmartReason::TooManyAWeek,
            SmartSuggestion::ChooseKeepableNumber
        )
    );
    assert_eq!(a("Ir a 3 reuniones al día").1, SmartReason::TooManyAWeek);
    // 90 in 90 days is 7 a week.
    assert_eq!(
        a("Go to 90 meetings in 90 days").1,
        SmartReason::ConfidenceHigh
    );
    let mut goal = full("Go to meetings");
    goal.target = "30 a week".into();
    assert_eq!(report(&goal).achievable.reason, SmartReason::TooManyAWeek);
    assert_eq!(
        a("Stop my methadone next week on my own"),
        (
            NeedsWork,
            SmartReason::StopMedicineAlone,
            SmartSuggestion::PlanWithPrescriber
        )
    );
    assert_eq!(
        a("Dejar la buprenorfina de golpe").1,
        SmartReason::StopMedicineAlone
    );
    assert_eq!(
        a("Taper off methadone with my prescriber by December").1,
        SmartReason::ConfidenceHigh
    );
    // Stopping a substance is not stopping a medicine.
    assert_eq!(a("Stop using fentanyl").1, SmartReason::ConfidenceHigh);
}

#[test]
fn the_measure_example_fits_the_goal() {
    let m_sg = |statement: &str| report(&bare(statement)).measurable.suggestion;
    assert_eq!(
        m_sg("Stop using fentanyl"),
        SmartSuggestion::AddMeasureUsing
    );
    assert_eq!(m_sg("Dejar el fentanilo"), SmartSuggestion::AddMeasureUsing);
    assert_eq!(m_sg("Quit drinking"), SmartSuggestion::AddMeasureDrinking);
    assert_eq!(m_sg("Stop vaping"), SmartSuggestion::AddMeasureSmoking);
    // Vaping cannabis is about cannabis.
    assert_eq!(
        m_sg("Stop vaping cannabis"),
        SmartSuggestion::AddMeasureUsing
    );
    assert_eq!(m_sg("Find a job"), SmartSuggestion::AddMeasure);
    // From the linked need when the goal's words name nothing.
    let mut goal = bare("Stay sober");
    goal.addresses = vec!["n2".into()];
    assert_eq!(
        report(&goal).measurable.suggestion,
        SmartSuggestion::AddMeasureUsing
    );
    // No example names drinking unless the goal is about it.
    for lang in Lang::ALL.iter().copied() {
        let generic = lang
            .smart_suggestion(SmartSuggestion::AddMeasure)
            .to_lowercase();
        assert!(!generic.contains("drink") && !generic.contains("beber"));
    }
}
