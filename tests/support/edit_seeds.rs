//! Seeds for random edits, shared by the property tests (tests/properties.rs,
//! which draw seeds with proptest) and the fuzz targets (fuzz/src/edits.rs,
//! which draw them from libFuzzer's bytes): each seed becomes a concrete edit
//! against the plan as it stands, naming items that exist (by index), items
//! of another kind, or ids no item has. One resolver, so both reach every
//! kind of edit the same way.
#![allow(dead_code)]

use plan_composer::plan::edit::{
    AftercareField, AssessmentField, CareTeamField, ComponentField, ContactField, CrisisLineField,
    GoalField, PersonField, RiskArea, SubstanceField, TextList,
};
use plan_composer::plan::*;
use strum::VariantArray;

// ---- the closed lists an edit can choose from (derived: strum) ----

pub const TEXT_LISTS: &[TextList] = TextList::VARIANTS;
pub const PERSON_FIELDS: &[PersonField] = PersonField::VARIANTS;
pub const ASSESSMENT_FIELDS: &[AssessmentField] = AssessmentField::VARIANTS;
pub const SUBSTANCE_FIELDS: &[SubstanceField] = SubstanceField::VARIANTS;
pub const CARE_TEAM_FIELDS: &[CareTeamField] = CareTeamField::VARIANTS;
pub const GOAL_FIELDS: &[GoalField] = GoalField::VARIANTS;
pub const COMPONENT_FIELDS: &[ComponentField] = ComponentField::VARIANTS;
pub const CONTACT_FIELDS: &[ContactField] = ContactField::VARIANTS;
pub const CRISIS_LINE_FIELDS: &[CrisisLineField] = CrisisLineField::VARIANTS;
pub const AFTERCARE_FIELDS: &[AftercareField] = AftercareField::VARIANTS;
pub const STATUSES: &[PlanStatus] = PlanStatus::VARIANTS;
pub const SIGNER_ROLES: &[SignerRole] = SignerRole::VARIANTS;
pub const ROLES: &[ContributorRole] = ContributorRole::VARIANTS;
pub const STAGES: &[StageOfChange] = StageOfChange::VARIANTS;
pub const PRIORITIES: &[Priority] = Priority::VARIANTS;
pub const LIFECYCLES: &[GoalLifecycle] = GoalLifecycle::VARIANTS;
pub const ACHIEVEMENTS: &[Achievement] = Achievement::VARIANTS;
pub const CATEGORIES: &[ComponentCategory] = ComponentCategory::VARIANTS;
pub const CADENCES: &[ReviewCadence] = ReviewCadence::VARIANTS;
pub const AREA_FINDINGS: [Finding; 13] = [
    Finding::WithdrawalRisk,
    Finding::PhysicalHealth,
    Finding::MentalHealth,
    Finding::CoOccurringConditions,
    Finding::Trauma,
    Finding::FamilyBackground,
    Finding::SocialSupport,
    Finding::LivingEnvironment,
    Finding::WorkSchoolStress,
    Finding::SpiritualNeeds,
    Finding::PastTreatment,
    Finding::CurrentMedications,
    Finding::Readiness,
];

pub fn nth<T: Copy>(items: &[T], n: usize) -> T {
    items[n % items.len()]
}

// ---- seeds ----

/// How an edit names an item.
#[derive(Debug, Clone, Copy)]
pub enum Pick {
    /// The n-th item of the right kind (modulo how many there are).
    Nth(usize),
    /// The n-th id in the whole plan, maybe of another kind of item.
    AnyId(usize),
    /// An id no item has.
    Missing,
}

/// Everything one edit might need; `kind` says which edit it becomes.
#[derive(Debug, Clone)]
pub struct Seed {
    pub kind: usize,
    pub a: Pick,
    pub b: Pick,
    pub n: usize,
    pub number: Option<u8>,
    pub text: String,
    pub more_text: Vec<String>,
    pub date: Option<PlanDate>,
    pub flag: bool,
}

/// How many kinds of edit a seed can become: every `Edit` variant.
pub const EDIT_KINDS: usize = 66;

/// Seeds turned into edits one at a time, against the plan as it stands.
struct Resolver<'a> {
    plan: &'a Plan,
}

impl Resolver<'_> {
    fn id<'p>(&self, pick: Pick, ids: impl Iterator<Item = &'p str>) -> String {
        let ids: Vec<&str> = ids.collect();
        match pick {
            Pick::Nth(n) if !ids.is_empty() => ids[n % ids.len()].to_owned(),
            Pick::AnyId(n) => {
                let all: Vec<&str> = self.plan.all_ids().collect();
                if all.is_empty() {
                    "none-yet".into()
                } else {
                    all[n % all.len()].to_owned()
                }
            }
            _ => "no-such-id".into(),
        }
    }

    fn text_item(&self, pick: Pick, list: TextList) -> String {
        self.id(
            pick,
            self.plan.text_list(list).iter().map(|t| t.id.as_str()),
        )
    }
    fn care_team(&self, pick: Pick) -> String {
        self.id(pick, self.plan.care_team.iter().map(|m| m.id.as_str()))
    }
    fn contributor(&self, pick: Pick) -> String {
        self.id(pick, self.plan.contributors.iter().map(|c| c.id.as_str()))
    }
    fn substance(&self, pick: Pick) -> String {
        let rows = &self.plan.assessment.substances;
        self.id(pick, rows.iter().map(|s| s.id.as_str()))
    }
    fn need(&self, pick: Pick) -> String {
        self.id(pick, self.plan.needs.iter().map(|n| n.id.as_str()))
    }
    fn goal(&self, pick: Pick) -> String {
        self.id(pick, self.plan.goals.iter().map(|g| g.id.as_str()))
    }
    fn objective(&self, pick: Pick) -> String {
        let objectives = self.plan.goals.iter().flat_map(|g| &g.objectives);
        self.id(pick, objectives.map(|o| o.id.as_str()))
    }
    fn component(&self, pick: Pick) -> String {
        self.id(pick, self.plan.components.iter().map(|c| c.id.as_str()))
    }
    fn contact(&self, pick: Pick) -> String {
        let contacts = &self.plan.relapse_prevention.contacts;
        self.id(pick, contacts.iter().map(|c| c.id.as_str()))
    }
    fn crisis_line(&self, pick: Pick) -> String {
        let lines = &self.plan.relapse_prevention.crisis_lines;
        self.id(pick, lines.iter().map(|c| c.id.as_str()))
    }
    fn signature(&self, pick: Pick) -> String {
        let signatures = &self.plan.consent.signatures;
        self.id(pick, signatures.iter().map(|s| s.id.as_str()))
    }

    fn finding(&self, seed: &Seed) -> Finding {
        match seed.n % 5 {
            0 => Finding::Substance(self.substance(seed.b)),
            1 => Finding::Trigger(self.text_item(seed.b, TextList::AssessmentTriggers)),
            _ => AREA_FINDINGS[(seed.n / 5) % AREA_FINDINGS.len()].clone(),
        }
    }

    fn edit(&self, seed: &Seed) -> Edit {
        let s = seed;
        let text = || s.text.clone();
        let required_date = || s.date.unwrap_or(PlanDate::new(2026, 1, 31).unwrap());
        let list = nth(TEXT_LISTS, s.n);
        match s.kind % EDIT_KINDS {
            0 => Edit::SetTitle(text()),
            1 => Edit::SetStatus(nth(STATUSES, s.n)),
            2 => Edit::SetPersonText {
                field: nth(PERSON_FIELDS, s.n),
                value: text(),
            },
            3 => Edit::AddTextItem { list, text: text() },
            4 => Edit::SetTextItem {
                list,
                id: self.text_item(s.a, list),
                text: text(),
            },
            5 => Edit::RemoveTextItem {
                list,
                id: self.text_item(s.a, list),
            },
            6 => Edit::AddCareTeamMember {
                name: text(),
                role: s.more_text.concat(),
            },
            7 => Edit::SetCareTeamMember {
                id: self.care_team(s.a),
                field: nth(CARE_TEAM_FIELDS, s.n),
                value: text(),
            },
            8 => Edit::RemoveCareTeamMember {
                id: self.care_team(s.a),
            },
            9 => Edit::AddContributor {
                name: text(),
                role: nth(ROLES, s.n),
            },
            10 => Edit::SetContributorName {
                id: self.contributor(s.a),
                name: text(),
            },
            11 => Edit::SetContributorRole {
                id: self.contributor(s.a),
                role: nth(ROLES, s.n),
            },
            12 => Edit::RemoveContributor {
                id: self.contributor(s.a),
            },
            13 => Edit::SetAssessmentText {
                field: nth(ASSESSMENT_FIELDS, s.n),
                value: text(),
            },
            14 => Edit::AddSubstance { substance: text() },
            15 => Edit::SetSubstanceText {
                id: self.substance(s.a),
                field: nth(SUBSTANCE_FIELDS, s.n),
                value: text(),
            },
            16 => Edit::SetSubstanceOnset {
                id: self.substance(s.a),
                // Ages up to 255, so some are past the highest allowed.
                age: s.number.map(|n| n.wrapping_mul(11)),
            },
            17 => Edit::SetSubstanceLastUse {
                id: self.substance(s.a),
                date: s.date,
            },
            18 => Edit::RemoveSubstance {
                id: self.substance(s.a),
            },
            19 => Edit::SetReadinessStage(s.flag.then(|| nth(STAGES, s.n))),
            20 => Edit::SetReadinessRuler(s.number),
            21 => Edit::SetRiskViewEnabled(s.flag || s.n % 4 != 0),
            22 => Edit::SetRiskRating {
                area: nth(RiskArea::ALL, s.n),
                rating: s.number.map(|n| n % 6),
            },
            23 => Edit::AddNeed { statement: text() },
            24 => Edit::SetNeedStatement {
                id: self.need(s.a),
                statement: text(),
            },
            25 => Edit::LinkFinding {
                need: self.need(s.a),
                finding: self.finding(s),
            },
            26 => Edit::UnlinkFinding {
                need: self.need(s.a),
                finding: self.finding(s),
            },
            27 => Edit::RemoveNeed { id: self.need(s.a) },
            28 => Edit::AddGoal {
                statement: text(),
                template_id: s.flag.then(|| format!("template-{}", s.n % 7)),
            },
            29 => Edit::SetGoalText {
                id: self.goal(s.a),
                field: nth(GOAL_FIELDS, s.n),
                value: text(),
            },
            30 => Edit::SetGoalDue {
                id: self.goal(s.a),
                due: s.date,
            },
            31 => Edit::SetGoalPriority {
                id: self.goal(s.a),
                priority: nth(PRIORITIES, s.n),
            },
            32 => Edit::SetGoalLifecycle {
                id: self.goal(s.a),
                lifecycle: nth(LIFECYCLES, s.n),
            },
            33 => Edit::SetGoalAchievement {
                id: self.goal(s.a),
                achievement: nth(ACHIEVEMENTS, s.n),
            },
            34 => Edit::SetGoalConfidence {
                id: self.goal(s.a),
                confidence: s.number,
            },
            35 => Edit::SetGoalExpressedBy {
                id: self.goal(s.a),
                contributor: s.flag.then(|| self.contributor(s.b)),
            },
            36 => Edit::LinkGoalNeed {
                goal: self.goal(s.a),
                need: self.need(s.b),
            },
            37 => Edit::UnlinkGoalNeed {
                goal: self.goal(s.a),
                need: self.need(s.b),
            },
            38 => Edit::MoveGoal {
                id: self.goal(s.a),
                // Sometimes one past the end.
                to: s.n % (self.plan.goals.len() + 1),
            },
            39 => Edit::RemoveGoal { id: self.goal(s.a) },
            40 => Edit::AddObjective {
                goal: self.goal(s.a),
                statement: text(),
            },
            41 => Edit::SetObjectiveStatement {
                id: self.objective(s.a),
                statement: text(),
            },
            42 => Edit::SetObjectiveDue {
                id: self.objective(s.a),
                due: s.date,
            },
            43 => Edit::LinkIntervention {
                objective: self.objective(s.a),
                component: self.component(s.b),
            },
            44 => Edit::UnlinkIntervention {
                objective: self.objective(s.a),
                component: self.component(s.b),
            },
            45 => Edit::RemoveObjective {
                id: self.objective(s.a),
            },
            46 => Edit::AddComponent {
                catalog_id: format!("catalog-{}", s.n % 13),
                category: nth(CATEGORIES, s.n),
                name: text(),
            },
            47 => Edit::SetComponentText {
                id: self.component(s.a),
                field: nth(COMPONENT_FIELDS, s.n),
                value: text(),
            },
            48 => Edit::SetComponentStart {
                id: self.component(s.a),
                start: s.date,
            },
            49 => Edit::RemoveComponent {
                id: self.component(s.a),
            },
            50 => Edit::AddContact { name: text() },
            51 => Edit::SetContactText {
                id: self.contact(s.a),
                field: nth(CONTACT_FIELDS, s.n),
                value: text(),
            },
            52 => Edit::RemoveContact {
                id: self.contact(s.a),
            },
            53 => Edit::SetLapsePlan(text()),
            54 => Edit::AddCrisisLine {
                name: text(),
                number: format!("{}", s.n % 1000),
            },
            55 => Edit::SetCrisisLineText {
                id: self.crisis_line(s.a),
                field: nth(CRISIS_LINE_FIELDS, s.n),
                value: text(),
            },
            56 => Edit::RemoveCrisisLine {
                id: self.crisis_line(s.a),
            },
            57 => Edit::SetAftercareText {
                field: nth(AFTERCARE_FIELDS, s.n),
                value: text(),
            },
            58 => Edit::SetReviewCadence(nth(CADENCES, s.n)),
            59 => Edit::SetNextReview(s.date),
            60 => Edit::FinishReview {
                date: required_date(),
                reviewed_by: text(),
                changes: s.more_text.clone(),
                reason: s.more_text.join(" / "),
            },
            61 => Edit::AddSignature {
                name: text(),
                role: nth(SIGNER_ROLES, s.n),
                credentials: s.more_text.concat(),
                date: required_date(),
                time: s.more_text.join(":"),
            },
            62 => Edit::RemoveSignature {
                id: self.signature(s.a),
            },
            63 => Edit::SetCopyGiven(s.flag),
            64 => Edit::AddNeedFromFindings {
                statement: text(),
                findings: vec![
                    self.finding(s),
                    AREA_FINDINGS[s.n % AREA_FINDINGS.len()].clone(),
                ],
            },
            _ => Edit::AddCatalogComponent {
                catalog_id: s.more_text.concat(),
                category: nth(CATEGORIES, s.n),
                name: text(),
                details: s.more_text.join(" / "),
                setting: text(),
            },
        }
    }
}

pub fn edit_for(plan: &Plan, seed: &Seed) -> Edit {
    Resolver { plan }.edit(seed)
}

/// Text as people type it: other scripts, emoji, markup, control characters.
pub const SAMPLE_TEXT: [&str; 12] = [
    "",
    "Go to two meetings a week",
    "مرحبا، سأذهب إلى الاجتماع", // Arabic, right to left
    "ללכת לפגישה כל שבוע",      // Hebrew, right to left
    "\u{202E}reversed\u{202C} and \u{200F}marks",
    "🙂 👨‍👩‍👧 ❤️‍🩹 🏳️‍⚧️",
    "Ñandú, crème brûlée, Straße, İstanbul",
    "<script>alert('x')</script> & \"quotes\" \\ backslash",
    "line one\nline two\r\n\ttabbed",
    "\u{0} nul and \u{7f} del",
    "ｆｕｌｌ ｗｉｄｔｈ 全角 漢字 한국어",
    "e\u{301} combining, \u{FEFF} bom",
];
