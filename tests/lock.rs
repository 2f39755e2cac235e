//! A signed plan is a record: once active (or completed) it changes only
//! through a review, and every signature says which revision it signed.
#![cfg(not(target_arch = "wasm32"))]

use plan_composer::plan::target::{DateSlot, DateTarget, TextSlot, TextTarget};

use plan_composer::i18n::Lang;
use plan_composer::plan::{apply, Edit, EditError, Plan, PlanDate, PlanStatus, SignerRole};

fn date(y: u16, m: u8, d: u8) -> PlanDate {
    PlanDate::new(y, m, d).expect("a real date")
}

fn signature(name: &str, role: SignerRole) -> Edit {
    Edit::AddSignature {
        name: name.into(),
        role,
        credentials: "LCSW".into(),
        date: date(2026, 2, 1),
        time: " 09:30 ".into(),
    }
}

/// A draft with a goal, made active.
fn active_plan() -> Plan {
    let mut plan = Plan::new("p", PlanDate::new(2026, 1, 5));
    apply(
        &mut plan,
        &Edit::AddGoal {
            statement: "Walk every day".into(),
            template_id: None,
        },
    )
    .expect("a draft takes a goal");
    apply(&mut plan, &Edit::SetStatus(PlanStatus::Active)).expect("a draft goes active");
    plan
}

#[test]
fn a_plan_in_use_refuses_every_change_to_its_content_and_stays_as_it_was() {
    for status in [PlanStatus::Active, PlanStatus::Completed] {
        let mut plan = active_plan();
        plan.status = status;
        let goal = plan.goals[0].id.clone();
        let refused = [
            TextTarget::from(TextSlot::Title).edit("Quietly changed".into()),
            DateTarget::of(DateSlot::GoalDue, goal.clone()).edit(PlanDate::new(2026, 9, 1)),
            Edit::RemoveGoal { id: goal },
            Edit::AddNeed {
                statement: "New need".into(),
            },
            DateTarget::from(DateSlot::NextReview).edit(PlanDate::new(2026, 9, 1)),
            Edit::SetStatus(PlanStatus::Draft),
            Edit::FinishReview {
                date: date(2026, 2, 1),
                reviewed_by: "Dr. Lee".into(),
                changes: Vec::new(),
                reason: String::new(),
            },
        ];
        for edit in refused {
            let before = plan.clone();
            assert_eq!(apply(&mut plan, &edit), Err(EditError::Locked), "{edit:?}");
            assert_eq!(plan, before, "{edit:?}");
        }
    }
}

#[test]
fn a_plan_in_use_still_takes_signatures_the_copy_note_and_active_or_completed() {
    let mut plan = active_plan();
    let signed = apply(&mut plan, &signature("Dana Ortiz", SignerRole::Clinician));
    assert!(signed.is_ok());
    assert_eq!(
        apply(&mut plan, &Edit::SetCopyGiven(true)).map(|_| ()),
        Ok(())
    );
    assert_eq!(
        apply(&mut plan, &Edit::SetStatus(PlanStatus::Completed)).map(|_| ()),
        Ok(())
    );
    assert_eq!(
        apply(&mut plan, &Edit::SetStatus(PlanStatus::Active)).map(|_| ()),
        Ok(())
    );
    // Removing a signature from the record is a change too.
    let id = plan.consent.signatures[0].id.clone();
    assert_eq!(
        apply(&mut plan, &Edit::RemoveSignature { id }),
        Err(EditError::Locked)
    );
}

#[test]
fn a_signature_is_stamped_with_the_plans_revision_and_its_time() {
    let mut plan = active_plan();
    plan.revision = 4;
    apply(&mut plan, &signature("J.R.", SignerRole::Person)).expect("signs");
    let s = &plan.consent.signatures[0];
    assert_eq!(s.revision, 4);
    assert_eq!(s.time, "09:30");
    assert_eq!(
        (s.role, s.credentials.as_str()),
        (SignerRole::Person, "LCSW")
    );
    assert_eq!(plan.current_signatures().count(), 1);
}

#[test]
fn a_review_unlocks_and_finishing_it_starts_a_new_revision_to_sign() {
    let mut plan = active_plan();
    apply(&mut plan, &signature("J.R.", SignerRole::Person)).expect("signs");
    apply(&mut plan, &Edit::SetStatus(PlanStatus::UnderReview)).expect("review starts");
    assert!(!plan.is_locked());
    apply(
        &mut plan,
        &TextTarget::from(TextSlot::Title).edit("Reviewed".into()),
    )
    .expect("a review changes the plan");
    // Under review: no signing and no leaving it but by finishing it.
    for edit in [
        signature("J.R.", SignerRole::Person),
        Edit::SetStatus(PlanStatus::Active),
        Edit::SetStatus(PlanStatus::Draft),
    ] {
        let before = plan.clone();
        assert_eq!(apply(&mut plan, &edit), Err(EditError::ReviewInProgress));
        assert_eq!(plan, before);
    }
    apply(
        &mut plan,
        &Edit::FinishReview {
            date: date(2026, 3, 1),
            reviewed_by: "Dr. Lee".into(),
            changes: vec![plan_composer::plan::review::Change::Note(
                "Changed the title".into(),
            )],
            reason: "Monthly review".into(),
        },
    )
    .expect("the review finishes");
    assert_eq!((plan.status, plan.revision), (PlanStatus::Active, 2));
    assert_eq!(plan.consent.signatures[0].revision, 1);
    assert_eq!(plan.current_signatures().count(), 0);
    apply(&mut plan, &signature("J.R.", SignerRole::Person)).expect("signs again");
    assert_eq!(plan.consent.signatures[1].revision, 2);
}

#[test]
fn a_draft_has_no_review_to_finish() {
    let mut plan = Plan::new("p", None);
    let edit = Edit::FinishReview {
        date: date(2026, 3, 1),
        reviewed_by: "Dr. Lee".into(),
        changes: Vec::new(),
        reason: String::new(),
    };
    assert_eq!(apply(&mut plan, &edit), Err(EditError::NoReviewInProgress));
    assert_eq!(plan.review.history.len(), 0);
}

#[test]
fn the_lock_is_explained_in_every_language() {
    assert_eq!(
        Lang::En.edit_error(&EditError::Locked),
        "This plan is signed and in use. Start a review to change it."
    );
    for lang in Lang::ALL.iter().copied() {
        for error in [
            EditError::Locked,
            EditError::ReviewInProgress,
            EditError::NoReviewInProgress,
        ] {
            assert!(!lang.edit_error(&error).is_empty());
        }
    }
}

#[test]
fn a_file_cannot_claim_a_signature_of_a_revision_to_come() {
    let mut plan = active_plan();
    apply(&mut plan, &signature("J.R.", SignerRole::Person)).expect("signs");
    plan.consent.signatures[0].revision = 2;
    let text = plan_composer::export::json::export(&plan);
    let errors = plan_composer::export::json::import(&text).expect_err("refused");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "consent.signatures[0].revision");
}

#[test]
fn the_text_export_says_which_revision_each_signature_signed() {
    let mut plan = active_plan();
    apply(&mut plan, &signature("J.R.", SignerRole::Person)).expect("signs");
    apply(&mut plan, &Edit::SetStatus(PlanStatus::UnderReview)).expect("review");
    apply(
        &mut plan,
        &Edit::FinishReview {
            date: date(2026, 3, 1),
            reviewed_by: "Dr. Lee".into(),
            changes: Vec::new(),
            reason: String::new(),
        },
    )
    .expect("finished");
    let text = plan_composer::export::text::plain_text(&plan, Lang::En);
    let signatures = &text[text.find("## Signatures").expect("a signatures section")..];
    assert!(signatures.contains("I took part in making this plan and I agree with it."));
    assert!(signatures.contains("J.R."), "{signatures}");
    assert!(signatures.contains("Person in recovery"), "{signatures}");
    assert!(signatures.contains("Feb 1, 2026 09:30"), "{signatures}");
    assert!(signatures.contains("Signed revision 1"), "{signatures}");
    assert!(signatures.contains(Lang::En.print_words().earlier_revision));
}

/// An active plan never lists a goal as proposed: putting the plan in use
/// (or finishing a review) makes the goals it still proposes active, says
/// so, and leaves every other goal's status as it was.
#[test]
fn putting_a_plan_in_use_makes_its_proposed_goals_active() {
    use plan_composer::plan::{GoalLifecycle, Notice};
    let mut plan = Plan::new("p", PlanDate::new(2026, 1, 5));
    for statement in [
        "Walk every day",
        "Call my sister on Sundays",
        "Finish the GED",
    ] {
        let goal = Edit::AddGoal {
            statement: statement.into(),
            template_id: None,
        };
        apply(&mut plan, &goal).expect("a draft takes a goal");
    }
    std::rc::Rc::make_mut(&mut plan.goals[2]).lifecycle = GoalLifecycle::OnHold;
    let applied = apply(&mut plan, &Edit::SetStatus(PlanStatus::Active)).expect("goes active");
    let lifecycles: Vec<_> = plan.goals.iter().map(|g| g.lifecycle).collect();
    assert_eq!(
        lifecycles,
        [
            GoalLifecycle::Active,
            GoalLifecycle::Active,
            GoalLifecycle::OnHold
        ]
    );
    assert_eq!(applied.notices, [Notice::ProposedGoalsActive { count: 2 }]);
    for lang in Lang::ALL.iter().copied() {
        assert!(lang.notice(&applied.notices[0]).contains('2'), "{lang:?}");
    }
    // Active again (nothing to make active): no notice.
    let again = apply(&mut plan, &Edit::SetStatus(PlanStatus::Active)).expect("stays active");
    assert!(again.notices.is_empty());

    // A goal added during a review is active once the review is finished.
    apply(&mut plan, &Edit::SetStatus(PlanStatus::UnderReview)).expect("under review");
    let added = Edit::AddGoal {
        statement: "Join a walking group".into(),
        template_id: None,
    };
    apply(&mut plan, &added).expect("a review takes a goal");
    assert_eq!(plan.goals[3].lifecycle, GoalLifecycle::Proposed);
    let finished = Edit::FinishReview {
        date: date(2026, 3, 1),
        reviewed_by: "Dr. Rivera".into(),
        changes: Vec::new(),
        reason: "Monthly review".into(),
    };
    let applied = apply(&mut plan, &finished).expect("the review finishes");
    assert_eq!(plan.goals[3].lifecycle, GoalLifecycle::Active);
    assert_eq!(applied.notices, [Notice::ProposedGoalsActive { count: 1 }]);
    assert!(applied.created.is_some(), "the review's entry");
}
