//! The composer's state and the actions the view sends it. Pure: the Yew
//! reducer only forwards here, so every rule is tested natively.

use crate::export::json::{self, ImportError};
use crate::i18n::Lang;
use crate::plan::gaps::FixAt;
use crate::plan::review::{changes_between, Change};
#[cfg(test)]
use crate::plan::SignerRole;
use crate::plan::{apply, Edit, EditError, EditRule, History, Notice, Plan, PlanDate, PlanStatus};
use std::rc::Rc;

/// Everything the widget shows, apart from what is only on screen (focus,
/// open panels).
#[derive(Debug, Clone, PartialEq)]
pub struct Composer {
    pub history: History,
    pub lang: Lang,
    /// What the last edit did besides what was asked.
    pub notices: Vec<Notice>,
    /// Why the last edit could not be made.
    pub edit_error: Option<EditError>,
    /// Why the last file could not be opened.
    /// Shared, not copied, with each new state: only the on-demand part
    /// makes or words them.
    pub import_errors: Rc<[ImportError]>,
    /// The step of the guide on screen.
    pub step: Step,
    /// The plan as it was opened for review, to tell what the review
    /// changed. `None` when no review is in progress.
    pub review_baseline: Option<Rc<Plan>>,
    /// The item the view should move focus to: the one the last edit
    /// added.
    pub focus: Option<String>,
    /// Grows each time another plan takes this one's place (opened, or
    /// cleared for the next person), so a shell can tell an edit from a
    /// new plan.
    pub generation: u32,
    /// The field the view should move focus to: the one a gap's button
    /// points at, and how many times one was asked for (so pressing the
    /// same button again moves focus again).
    pub focus_field: Option<FixAt>,
    pub focus_requests: u32,
    /// Set while a synthetic case is open to read and learn from
    /// (educator mode): nothing in it can be changed, only copied.
    pub teaching: Option<Teaching>,
}

/// How a synthetic case is being shown in educator mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Teaching {
    /// Each goal shows how it meets or misses each SMART letter, and why.
    pub smart_view: bool,
}

pub use crate::plan::step::Step;

/// What a person can do in the composer.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Edit(Edit),
    Undo,
    Redo,
    /// Typing in a field ended (it lost focus).
    EndTyping,
    /// Put a plan already read and checked in place of the current one.
    Open(Box<Plan>),
    /// A plan file could not be opened: say why, keep the plan.
    OpenFailed(Vec<ImportError>),
    SetLang(Lang),
    DismissMessages,
    /// Open a step of the guide.
    GoTo(Step),
    /// Open the step where a gap is fixed and move focus to its field.
    Show(FixAt),
    /// Clear everything for the next person (a kiosk left idle, or the
    /// person said they are finished): the new plan replaces the old one
    /// with no way to undo back to it, in the kiosk's own language.
    ClearForNextPerson {
        plan: Box<Plan>,
        lang: Lang,
    },
    /// Start reviewing a plan that is in use.
    StartReview,
    /// End the review in progress: record who reviewed, why, and what
    /// changed since the plan was opened, and bump its revision.
    FinishReview {
        date: PlanDate,
        reviewed_by: String,
        reason: String,
        /// Works out what changed between the plan as opened for review
        /// and now (`review::changes_between`). The review panel, in the
        /// on-demand part, brings it, so the first step's module carries
        /// no diff; the composer still applies it to its own two plans.
        changes: ReviewDiff,
    },
    /// Open a synthetic case to read, step by step (educator mode).
    OpenCase(Box<Plan>),
    /// Show or hide each goal's SMART letters with their reasons.
    ShowSmartView(bool),
    /// Start a normal plan, to change freely, from the case on screen:
    /// a draft with the given id, with none of the case's signatures or
    /// reviews.
    MakeEditableCopy {
        id: String,
    },
}

/// The rule that works out what a review changed, from the plan as opened
/// and the plan now (`review::changes_between`).
#[derive(Clone, Copy)]
pub struct ReviewDiff(pub fn(&Plan, &Plan) -> Vec<Change>);

/// One rule, wherever its copy lives: two requests to finish a review are
/// the same request.
impl PartialEq for ReviewDiff {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for ReviewDiff {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReviewDiff")
    }
}

/// Reads a plan file's text into the action that opens it, or says why it
/// cannot be opened. Outside the composer, so the module of the first step
/// needs no plan reader (the widget calls it from its on-demand part).
pub fn open_file(text: &str) -> Action {
    opened(json::import(text))
}

/// A plan file as read (by any reader) into the action that opens it, or
/// says why it cannot be opened.
pub fn opened(read: Result<Plan, Vec<ImportError>>) -> Action {
    match read {
        Ok(plan) => Action::Open(Box::new(plan)),
        Err(errors) => Action::OpenFailed(errors),
    }
}

impl Composer {
    pub fn new(plan: Plan, lang: Lang) -> Self {
        Self {
            history: History::new(plan),
            lang,
            notices: Vec::new(),
            edit_error: None,
            import_errors: Rc::default(),
            step: Step::default(),
            focus: None,
            focus_field: None,
            focus_requests: 0,
            review_baseline: None,
            generation: 0,
            teaching: None,
        }
    }

    /// A plan restored from a draft exactly as it was left, including a
    /// review in progress and the plan as it was when the review began.
    pub fn resumed(plan: Plan, review_baseline: Option<Plan>, lang: Lang) -> Self {
        let mut composer = Self::new(plan, lang);
        if composer.plan().status == PlanStatus::UnderReview {
            composer.review_baseline = Some(Rc::new(
                review_baseline.unwrap_or_else(|| composer.plan().clone()),
            ));
        }
        composer
    }

    pub fn plan(&self) -> &Plan {
        self.history.plan()
    }

    pub fn act(&mut self, action: Action) {
        self.act_with(action, apply);
    }

    /// [`Composer::act`] with the given rule for edits: the widget's first
    /// module passes `apply_first_step` until the rest of it is here.
    pub fn act_with(&mut self, action: Action, rule: EditRule) {
        // A case open to learn from cannot change.
        let changes_plan = matches!(
            action,
            Action::Edit(_)
                | Action::Undo
                | Action::Redo
                | Action::StartReview
                | Action::FinishReview { .. }
        );
        if changes_plan && self.teaching.is_some() {
            self.clear_messages();
            self.edit_error = Some(EditError::ExampleReadOnly);
            return;
        }
        match action {
            Action::Edit(edit) => {
                self.clear_messages();
                self.edit(&edit, rule);
            }
            Action::Undo => {
                self.clear_messages();
                // Undo must not take a signed record back to a plan that
                // can be changed without a review.
                if self.plan().is_locked() {
                    self.edit_error = Some(EditError::Locked);
                } else {
                    let before = self.history.shared_plan();
                    self.history.undo();
                    self.follow_review(before);
                }
            }
            Action::Redo => {
                self.clear_messages();
                let before = self.history.shared_plan();
                self.history.redo();
                self.follow_review(before);
            }
            Action::EndTyping => self.history.seal(),
            Action::OpenFailed(errors) => {
                self.clear_messages();
                self.import_errors = errors.into();
            }
            Action::Open(plan) => {
                self.clear_messages();
                self.open(*plan);
                self.teaching = None;
            }
            Action::OpenCase(plan) => {
                self.clear_messages();
                self.open(*plan);
                // Opened as it was, not "under review": it is only read.
                self.review_baseline = None;
                self.teaching = Some(Teaching::default());
            }
            Action::ShowSmartView(shown) => {
                if let Some(teaching) = self.teaching.as_mut() {
                    teaching.smart_view = shown;
                }
            }
            Action::MakeEditableCopy { id } => {
                if self.teaching.is_some() {
                    self.clear_messages();
                    let mut copy = self.plan().clone();
                    copy.id = id;
                    copy.status = PlanStatus::Draft;
                    copy.revision = 1;
                    copy.consent.signatures.clear();
                    copy.review.history.clear();
                    let step = self.step;
                    self.open(copy);
                    self.step = step;
                    self.teaching = None;
                }
            }
            Action::ClearForNextPerson { plan, lang } => {
                let generation = self.generation.wrapping_add(1);
                *self = Composer::new(*plan, lang);
                self.generation = generation;
            }
            Action::StartReview => {
                self.clear_messages();
                self.start_review(rule);
            }
            Action::FinishReview {
                date,
                reviewed_by,
                reason,
                changes,
            } => {
                self.clear_messages();
                let changes = match &self.review_baseline {
                    Some(before) => (changes.0)(before, self.plan()),
                    None => Vec::new(),
                };
                let edit = Edit::FinishReview {
                    date,
                    reviewed_by,
                    changes,
                    reason,
                };
                match self.history.apply_with(&edit, rule) {
                    Ok(_) => self.review_baseline = None,
                    Err(error) => self.edit_error = Some(error),
                }
            }
            Action::SetLang(lang) => self.lang = lang,
            Action::DismissMessages => self.clear_messages(),
            Action::GoTo(step) => {
                self.history.seal();
                self.step = step;
            }
            Action::Show(fix) => {
                self.history.seal();
                self.step = fix.step;
                self.focus_field = Some(fix);
                self.focus_requests = self.focus_requests.wrapping_add(1);
            }
        }
    }

    /// What the review in progress changed, for the review history.
    pub fn review_changes(&self) -> Vec<Change> {
        match &self.review_baseline {
            Some(before) => changes_between(before, self.plan()),
            None => Vec::new(),
        }
    }

    /// Puts an opened plan in place, exactly as it was saved. A plan saved
    /// under review goes on being reviewed from where it is now.
    fn open(&mut self, plan: Plan) {
        self.review_baseline =
            (plan.status == PlanStatus::UnderReview).then(|| Rc::new(plan.clone()));
        self.history.replace(plan);
        self.step = Step::default();
        self.generation = self.generation.wrapping_add(1);
    }

    /// Whether undo is offered: not on a signed plan in use, which only a
    /// review changes.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo() && !self.plan().is_locked()
    }

    /// Makes one edit. An edit that takes a plan in use to "under review"
    /// starts a review, however it was sent (the button, the status field
    /// or the host page).
    fn edit(&mut self, edit: &Edit, rule: EditRule) {
        let before = self.history.shared_plan();
        match self.history.apply_with(edit, rule) {
            Ok(applied) => {
                self.notices = applied.notices;
                self.focus = applied.created;
                self.follow_review(before);
            }
            Err(error) => self.edit_error = Some(error),
        }
    }

    /// Keeps the review baseline in step with the plan's status after it
    /// changed from `before`: a plan that leaves review has none, and one
    /// that enters it from use keeps the plan as it was.
    fn follow_review(&mut self, before: Rc<Plan>) {
        if self.plan().status != PlanStatus::UnderReview {
            self.review_baseline = None;
        } else if self.review_baseline.is_none() && before.is_locked() {
            self.review_baseline = Some(before);
        }
    }

    /// Starts reviewing the plan: it moves to "under review", and the plan
    /// as it is now is kept to tell what the review changes.
    /// A draft is not in use yet, and a plan under review is already
    /// being reviewed: for them this does nothing.
    fn start_review(&mut self, rule: EditRule) {
        if self.plan().is_locked() {
            self.edit(&Edit::SetStatus(PlanStatus::UnderReview), rule);
        }
    }

    fn clear_messages(&mut self) {
        self.focus = None;
        self.focus_field = None;
        self.notices.clear();
        self.edit_error = None;
        self.import_errors = Rc::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::target::{DateSlot, DateTarget, TextSlot, TextTarget};

    #[test]
    fn opening_a_checked_plan_replaces_the_current_one_as_one_undo_step() {
        let mut composer = Composer::new(Plan::new("first", None), Lang::En);
        composer.act(Action::Edit(
            TextTarget::from(TextSlot::Title).edit("Kept".into()),
        ));
        let mut opened = Plan::new("second", None);
        opened.title = "Opened".into();
        composer.act(Action::Open(Box::new(opened.clone())));
        assert_eq!(composer.plan(), &opened);
        composer.act(Action::Undo);
        assert_eq!(composer.plan().title, "Kept");
        assert_eq!(composer.plan().id, "first");
    }

    fn active_plan() -> Plan {
        let mut plan = Plan::new("reviewed", PlanDate::new(2026, 6, 1));
        let _ = crate::plan::apply(
            &mut plan,
            &Edit::AddGoal {
                statement: "Walk every day".into(),
                template_id: None,
            },
        );
        plan.status = PlanStatus::Active;
        plan
    }

    #[test]
    fn a_review_records_what_changed_since_it_started() {
        let mut composer = Composer::new(Plan::new("first", None), Lang::En);
        composer.act(Action::Open(Box::new(active_plan())));
        assert_eq!(
            composer.plan(),
            &active_plan(),
            "a plan opens exactly as saved"
        );
        assert!(composer.review_baseline.is_none());
        composer.act(Action::StartReview);
        assert_eq!(composer.plan().status, PlanStatus::UnderReview);
        assert!(composer.review_baseline.is_some());
        assert!(composer.review_changes().is_empty(), "nothing changed yet");

        let goal = composer.plan().goals[0].id.clone();
        composer.act(Action::Edit(
            DateTarget::of(DateSlot::GoalDue, goal).edit(PlanDate::new(2026, 12, 1)),
        ));
        composer.act(Action::Edit(Edit::AddGoal {
            statement: "Call my sister on Sundays".into(),
            template_id: None,
        }));
        let recorded = composer.review_changes();
        let changes: Vec<String> = recorded.iter().map(|c| Lang::En.change(c)).collect();
        assert_eq!(changes.len(), 2, "{changes:?}");
        assert!(
            changes
                .iter()
                .any(|c| c.contains("Walk every day") && c.contains("due date")),
            "{changes:?}"
        );
        assert!(
            changes
                .iter()
                .any(|c| c.contains("Call my sister on Sundays")),
            "{changes:?}"
        );

        composer.act(Action::FinishReview {
            date: PlanDate::new(2026, 11, 23).unwrap_or_else(|| unreachable!()),
            reviewed_by: "Dr. Rivera".into(),
            reason: "Monthly review".into(),
            changes: ReviewDiff(changes_between),
        });
        let plan = composer.plan();
        assert_eq!(plan.status, PlanStatus::Active);
        assert_eq!(plan.revision, 2);
        let entry = &plan.review.history[0];
        assert_eq!(entry.reviewed_by, "Dr. Rivera");
        assert_eq!(entry.reason, "Monthly review");
        assert_eq!(entry.changes, recorded);
        assert!(composer.review_baseline.is_none());
    }

    fn sign(composer: &mut Composer, name: &str, role: SignerRole) {
        composer.act(Action::Edit(Edit::AddSignature {
            name: name.into(),
            role,
            credentials: String::new(),
            date: PlanDate::new(2026, 6, 1).unwrap_or_else(|| unreachable!()),
            time: "09:15".into(),
        }));
    }

    #[test]
    fn a_signed_plan_in_use_is_read_only_until_a_review_starts() {
        let mut composer = Composer::new(Plan::new("first", None), Lang::En);
        composer.act(Action::Open(Box::new(active_plan())));
        sign(&mut composer, "J.R.", SignerRole::Person);
        assert_eq!(
            composer.edit_error, None,
            "signing a plan in use is allowed"
        );
        let signed = composer.plan().clone();

        composer.act(Action::Edit(
            TextTarget::from(TextSlot::Title).edit("Changed quietly".into()),
        ));
        assert_eq!(composer.edit_error, Some(EditError::Locked));
        assert_eq!(composer.plan(), &signed);
        // Undo cannot take it back to a plan that changes without a review.
        assert!(!composer.can_undo());
        composer.act(Action::Undo);
        assert_eq!(composer.edit_error, Some(EditError::Locked));
        assert_eq!(composer.plan(), &signed);

        composer.act(Action::StartReview);
        assert_eq!(composer.edit_error, None);
        composer.act(Action::Edit(
            TextTarget::from(TextSlot::Title).edit("Changed in a review".into()),
        ));
        assert_eq!(composer.edit_error, None);
        assert_eq!(composer.review_changes().len(), 1);
        // Nobody signs a revision still being changed, and the review ends
        // only by being finished.
        sign(&mut composer, "Dana Ortiz", SignerRole::Clinician);
        assert_eq!(composer.edit_error, Some(EditError::ReviewInProgress));
        composer.act(Action::Edit(Edit::SetStatus(PlanStatus::Active)));
        assert_eq!(composer.edit_error, Some(EditError::ReviewInProgress));

        composer.act(Action::FinishReview {
            date: PlanDate::new(2026, 7, 1).unwrap_or_else(|| unreachable!()),
            reviewed_by: "Dana Ortiz".into(),
            reason: "Monthly review".into(),
            changes: ReviewDiff(changes_between),
        });
        let plan = composer.plan();
        assert_eq!((plan.status, plan.revision), (PlanStatus::Active, 2));
        assert_eq!(plan.consent.signatures[0].revision, 1, "signed the old one");
        assert_eq!(plan.current_signatures().count(), 0);
        assert!(plan.is_locked(), "in use again");
        sign(&mut composer, "J.R.", SignerRole::Person);
        assert_eq!(composer.plan().consent.signatures[1].revision, 2);
    }

    #[test]
    fn a_review_started_by_the_status_field_or_the_host_is_a_review_too() {
        let mut composer = Composer::new(Plan::new("first", None), Lang::En);
        composer.act(Action::Open(Box::new(active_plan())));
        composer.act(Action::Edit(Edit::SetStatus(PlanStatus::UnderReview)));
        assert!(composer.review_baseline.is_some());
        // Undoing the start ends it again, and redo starts it again.
        composer.act(Action::Undo);
        assert_eq!(composer.plan().status, PlanStatus::Active);
        assert!(composer.review_baseline.is_none());
        composer.act(Action::Redo);
        assert_eq!(composer.plan().status, PlanStatus::UnderReview);
        assert_eq!(composer.review_baseline.as_deref(), Some(&active_plan()));
    }

    #[test]
    fn a_gap_button_opens_its_step_and_names_the_field_to_focus() {
        let mut composer = Composer::new(Plan::new("p", None), Lang::En);
        let gap = crate::plan::gaps::Gap::NoReviewDate;
        composer.act(Action::Show(gap.fix_at(composer.plan())));
        assert_eq!(composer.step, Step::Aftercare);
        let field = composer.focus_field.clone().map(|f| (f.item, f.part));
        assert_eq!(field, Some(("review".to_owned(), "next".to_owned())));
        composer.act(Action::Edit(
            TextTarget::from(TextSlot::Title).edit("t".into()),
        ));
        assert_eq!(composer.focus_field, None);
    }

    #[test]
    fn a_plan_saved_under_review_goes_on_being_reviewed() {
        let mut composer = Composer::new(Plan::new("first", None), Lang::En);
        let mut saved = active_plan();
        saved.status = PlanStatus::UnderReview;
        composer.act(Action::Open(Box::new(saved.clone())));
        assert_eq!(composer.plan(), &saved);
        assert!(composer.review_baseline.is_some());
        composer.act(Action::Edit(
            TextTarget::from(TextSlot::Title).edit("Reviewed".into()),
        ));
        assert_eq!(composer.review_changes().len(), 1);
    }

    #[test]
    fn clearing_for_the_next_person_leaves_nothing_to_undo_back_to() {
        let mut composer = Composer::new(Plan::new("first", None), Lang::Es);
        composer.act(Action::Edit(
            TextTarget::from(TextSlot::Title).edit("Private".into()),
        ));
        composer.act(Action::GoTo(Step::Goals));
        composer.act(Action::SetLang(Lang::En));
        composer.act(Action::ClearForNextPerson {
            plan: Box::new(Plan::new("next", None)),
            lang: Lang::Es,
        });
        assert_eq!(composer.plan().id, "next");
        assert_eq!(composer.lang, Lang::Es, "the kiosk's own language again");
        assert_eq!(composer.step, Step::Person);
        assert!(!composer.history.can_undo());
        composer.act(Action::Undo);
        assert_eq!(composer.plan().title, "");
    }

    #[test]
    fn another_plan_taking_this_ones_place_is_a_new_generation_an_edit_is_not() {
        let mut composer = Composer::new(Plan::new("first", None), Lang::En);
        let start = composer.generation;
        composer.act(Action::Edit(
            TextTarget::from(TextSlot::Title).edit("Typed".into()),
        ));
        composer.act(Action::Undo);
        assert_eq!(
            composer.generation, start,
            "edits and undo keep the plan's place"
        );
        composer.act(Action::Open(Box::new(Plan::new("second", None))));
        assert_eq!(composer.generation, start + 1);
        composer.act(open_file("not a plan"));
        assert_eq!(
            composer.generation,
            start + 1,
            "a refused file changes nothing"
        );
        composer.act(Action::ClearForNextPerson {
            plan: Box::new(Plan::new("third", None)),
            lang: Lang::En,
        });
        assert_eq!(composer.generation, start + 2);
    }

    #[test]
    fn a_draft_resumes_its_review_with_the_plan_as_it_was_when_the_review_began() {
        let before = active_plan();
        let mut during = before.clone();
        during.status = PlanStatus::UnderReview;
        during.title = "Changed in the review".into();
        let composer = Composer::resumed(during.clone(), Some(before.clone()), Lang::Es);
        assert_eq!(composer.plan(), &during);
        assert_eq!(composer.lang, Lang::Es);
        assert_eq!(composer.review_baseline.as_deref(), Some(&before));
        assert_eq!(
            composer.review_changes().len(),
            1,
            "the title changed since the review began"
        );

        // Without the plan as it was, the review goes on from where it is.
        let composer = Composer::resumed(during.clone(), None, Lang::En);
        assert_eq!(composer.review_baseline.as_deref(), Some(&during));
        // A plan not under review ignores a stray baseline.
        let composer = Composer::resumed(before.clone(), Some(during), Lang::En);
        assert!(composer.review_baseline.is_none());
    }

    #[test]
    fn moving_between_steps_keeps_everything_entered() {
        let mut composer = Composer::new(Plan::new("p", None), Lang::En);
        composer.act(Action::Edit(
            TextTarget::from(TextSlot::Title).edit("Mine".into()),
        ));
        composer.act(Action::GoTo(Step::Finish));
        assert_eq!(composer.step, Step::Finish);
        composer.act(Action::GoTo(Step::Person));
        assert_eq!(composer.plan().title, "Mine");
        // Leaving a step ends the typing in progress: the next keystroke is a new undo step.
        composer.act(Action::Edit(
            TextTarget::from(TextSlot::Title).edit("Mine too".into()),
        ));
        composer.act(Action::Undo);
        assert_eq!(composer.plan().title, "Mine");
    }

    #[test]
    fn steps_run_in_order_and_every_key_names_one_step() {
        assert_eq!(Step::Person.previous(), None);
        assert_eq!(Step::Person.next(), Some(Step::Assessment));
        assert_eq!(Step::Finish.next(), None);
        assert_eq!(Step::Finish.previous(), Some(Step::Aftercare));
        for step in Step::ALL.iter().copied() {
            assert_eq!(Step::from_key(step.key()), Some(step));
            assert_eq!(Step::ALL[step.index()], step);
        }
        assert_eq!(Step::from_key("nowhere"), None);
    }

    #[test]
    fn an_added_item_is_remembered_for_focus_until_the_next_action() {
        let mut composer = Composer::new(Plan::new("p", None), Lang::En);
        composer.act(Action::Edit(Edit::AddNeed {
            statement: String::new(),
        }));
        let id = composer.focus.clone();
        assert!(id.is_some());
        assert_eq!(composer.plan().needs[0].id, id.unwrap_or_default());
        composer.act(Action::Edit(
            TextTarget::from(TextSlot::Title).edit("t".into()),
        ));
        assert_eq!(composer.focus, None);
    }
}
