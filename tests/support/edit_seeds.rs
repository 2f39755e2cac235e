//! Seeds for random edits, shared by the property tests (tests/properties.rs,
//! which draw seeds with proptest) and the fuzz targets (fuzz/src/edits.rs,
//! which draw them from libFuzzer's bytes): each seed becomes a concrete edit
//! against the plan as it stands, naming items that exist (by index), items
//! of another kind, or ids no item has. One resolver, so both reach every
//! kind of edit the same way.
#![allow(dead_code)]

use plan_composer::plan::edit::{ItemKind, TextList};
use plan_composer::plan::review::{Change, Field};
use plan_composer::plan::target::{
    ChoiceSlot, ChoiceTarget, DateSlot, DateTarget, NumberSlot, NumberTarget, Owner, TextSlot,
    TextTarget,
};
use plan_composer::plan::*;
use strum::VariantArray;

// ---- the closed lists an edit can choose from (derived: strum) ----

pub const TEXT_LISTS: &[TextList] = TextList::VARIANTS;
pub const STATUSES: &[PlanStatus] = PlanStatus::VARIANTS;
pub const SIGNER_ROLES: &[SignerRole] = SignerRole::VARIANTS;
pub const ROLES: &[ContributorRole] = ContributorRole::VARIANTS;
pub const CATEGORIES: &[ComponentCategory] = ComponentCategory::VARIANTS;
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
pub const EDIT_KINDS: usize = <Edit as strum::EnumCount>::COUNT;

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
    fn barrier(&self, pick: Pick) -> String {
        let barriers = self.plan.goals.iter().flat_map(|g| &g.barriers);
        self.id(pick, barriers.map(|b| b.id.as_str()))
    }
    fn strength(&self, pick: Pick) -> String {
        self.text_item(pick, TextList::Strengths)
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

    fn measurement(&self, pick: Pick) -> String {
        self.id(pick, self.plan.measurements.iter().map(|m| m.id.as_str()))
    }

    /// A measurement, sometimes with a score past its maximum.
    fn measurement_of(&self, s: &Seed) -> Measurement {
        let value = s.number.map_or(0, u32::from);
        Measurement {
            id: String::new(),
            instrument: format!("instrument-{}", s.n % 5),
            name: s.text.clone(),
            loinc: s.more_text.concat(),
            date: s.date.unwrap_or(PlanDate::new(2026, 1, 31).unwrap()),
            answers: vec![Answer {
                item: s.text.clone(),
                value: s.number.unwrap_or(0),
            }],
            scores: vec![Score {
                id: "total".into(),
                name: s.text.clone(),
                value,
                max: if s.flag { 255 } else { value.saturating_sub(1) },
                loinc: String::new(),
                better: nth(Direction::VARIANTS, s.n),
                band: s.more_text.join(" "),
            }],
        }
    }

    fn finding(&self, seed: &Seed) -> Finding {
        match seed.n % 5 {
            0 => Finding::Substance(self.substance(seed.b)),
            1 => Finding::Trigger(self.text_item(seed.b, TextList::AssessmentTriggers)),
            _ => AREA_FINDINGS[(seed.n / 5) % AREA_FINDINGS.len()].clone(),
        }
    }

    /// An id for a slot's item: of the slot's kind, as the pick says.
    fn owner_id(&self, owner: Owner, pick: Pick, list: Option<TextList>) -> String {
        match owner {
            Owner::Section(_) => String::new(),
            Owner::Item(kind) => match kind {
                ItemKind::TextItem => self.text_item(pick, list.unwrap_or(TextList::Strengths)),
                ItemKind::CareTeamMember => self.care_team(pick),
                ItemKind::Contributor => self.contributor(pick),
                ItemKind::Substance => self.substance(pick),
                ItemKind::Need => self.need(pick),
                ItemKind::Goal => self.goal(pick),
                ItemKind::Objective => self.objective(pick),
                ItemKind::Component => self.component(pick),
                ItemKind::Contact => self.contact(pick),
                ItemKind::CrisisLine => self.crisis_line(pick),
                ItemKind::Signature => self.signature(pick),
                ItemKind::Finding => self.id(pick, std::iter::empty()),
                ItemKind::Measurement => self.measurement(pick),
                ItemKind::Barrier => self.barrier(pick),
            },
        }
    }

    fn edit(&self, seed: &Seed) -> Edit {
        let s = seed;
        let text = || s.text.clone();
        let required_date = || s.date.unwrap_or(PlanDate::new(2026, 1, 31).unwrap());
        let list = nth(TEXT_LISTS, s.n);
        // The field edits reach every slot of every target (target.rs).
        match s.kind % EDIT_KINDS {
            0 => {
                let slot = nth(&TextSlot::all(), s.n);
                let list = match slot {
                    TextSlot::TextItem(list) => Some(list),
                    _ => None,
                };
                let id = self.owner_id(slot.owner(), s.a, list);
                TextTarget::of(slot, id).edit(text())
            }
            1 => {
                let slot = nth(&DateSlot::all(), s.n);
                DateTarget::of(slot, self.owner_id(slot.owner(), s.a, None)).edit(s.date)
            }
            2 => {
                let slot = nth(&NumberSlot::all(), s.n);
                let at = NumberTarget::of(slot, self.owner_id(slot.owner(), s.a, None));
                // Sometimes one past the highest allowed.
                let past = u16::from(slot.max()) + 2;
                at.edit(s.number.map(|n| (u16::from(n) * 11 % past) as u8))
            }
            3 => {
                let slot = nth(&ChoiceSlot::all(), s.n);
                let at = ChoiceTarget::of(slot, self.owner_id(slot.owner(), s.a, None));
                // Sometimes "not set", sometimes one past the last choice.
                let choice = s.flag.then(|| (s.n / 7) % (slot.len() + 1));
                Edit::SetChoice { at, choice }
            }
            4 => Edit::SetStatus(nth(STATUSES, s.n)),
            5 => Edit::AddTextItem { list, text: text() },
            6 => Edit::RemoveTextItem {
                list,
                id: self.text_item(s.a, list),
            },
            7 => Edit::AddCareTeamMember {
                name: text(),
                role: s.more_text.concat(),
            },
            8 => Edit::RemoveCareTeamMember {
                id: self.care_team(s.a),
            },
            9 => Edit::AddContributor {
                name: text(),
                role: nth(ROLES, s.n),
            },
            10 => Edit::RemoveContributor {
                id: self.contributor(s.a),
            },
            11 => Edit::AddSubstance { substance: text() },
            12 => Edit::RemoveSubstance {
                id: self.substance(s.a),
            },
            13 => Edit::SetRiskViewEnabled(s.flag || s.n % 4 != 0),
            14 => Edit::AddNeed { statement: text() },
            15 => Edit::LinkFinding {
                need: self.need(s.a),
                finding: self.finding(s),
            },
            16 => Edit::UnlinkFinding {
                need: self.need(s.a),
                finding: self.finding(s),
            },
            17 => Edit::RemoveNeed { id: self.need(s.a) },
            18 => Edit::AddGoal {
                statement: text(),
                template_id: s.flag.then(|| format!("template-{}", s.n % 7)),
            },
            19 => Edit::SetGoalExpressedBy {
                id: self.goal(s.a),
                contributor: s.flag.then(|| self.contributor(s.b)),
            },
            20 => Edit::LinkGoalNeed {
                goal: self.goal(s.a),
                need: self.need(s.b),
            },
            21 => Edit::UnlinkGoalNeed {
                goal: self.goal(s.a),
                need: self.need(s.b),
            },
            22 => Edit::MoveGoal {
                id: self.goal(s.a),
                // Sometimes one past the end.
                to: s.n % (self.plan.goals.len() + 1),
            },
            23 => Edit::RemoveGoal { id: self.goal(s.a) },
            24 => Edit::AddObjective {
                goal: self.goal(s.a),
                statement: text(),
            },
            25 => Edit::LinkIntervention {
                objective: self.objective(s.a),
                component: self.component(s.b),
            },
            26 => Edit::UnlinkIntervention {
                objective: self.objective(s.a),
                component: self.component(s.b),
            },
            27 => Edit::RemoveObjective {
                id: self.objective(s.a),
            },
            28 => Edit::AddComponent {
                catalog_id: format!("catalog-{}", s.n % 13),
                category: nth(CATEGORIES, s.n),
                name: text(),
            },
            29 => Edit::RemoveComponent {
                id: self.component(s.a),
            },
            30 => Edit::AddContact { name: text() },
            31 => Edit::RemoveContact {
                id: self.contact(s.a),
            },
            32 => Edit::AddCrisisLine {
                name: text(),
                number: format!("{}", s.n % 1000),
            },
            33 => Edit::RemoveCrisisLine {
                id: self.crisis_line(s.a),
            },
            34 => Edit::FinishReview {
                date: required_date(),
                reviewed_by: text(),
                // Notes (as old files have) and a change of some field.
                changes: s
                    .more_text
                    .iter()
                    .map(|text| Change::Note(text.clone()))
                    .chain([Change::Changed {
                        kind: nth(ItemKind::VARIANTS, s.n),
                        name: text(),
                        fields: vec![Field::Text(nth(&TextSlot::all(), s.n))],
                    }])
                    .collect(),
                reason: s.more_text.join(" / "),
            },
            35 => Edit::AddSignature {
                name: text(),
                role: nth(SIGNER_ROLES, s.n),
                credentials: s.more_text.concat(),
                date: required_date(),
                time: s.more_text.join(":"),
            },
            36 => Edit::RemoveSignature {
                id: self.signature(s.a),
            },
            37 => Edit::SetCopyGiven(s.flag),
            38 => Edit::AddNeedFromFindings {
                statement: text(),
                findings: vec![
                    self.finding(s),
                    AREA_FINDINGS[s.n % AREA_FINDINGS.len()].clone(),
                ],
            },
            39 => Edit::AddMeasurement(self.measurement_of(s)),
            40 => Edit::RemoveMeasurement {
                id: self.measurement(s.a),
            },
            41 => Edit::SetScoreTarget {
                goal: self.goal(s.a),
                target: s.flag.then(|| ScoreTarget {
                    instrument: format!("instrument-{}", s.n % 5),
                    score: text(),
                    name: s.more_text.concat(),
                    comparator: nth(Comparator::VARIANTS, s.n),
                    value: s.number.map_or(0, u32::from),
                }),
            },
            42 => Edit::SetProgress {
                // A goal or an objective.
                item: if s.n % 2 == 0 {
                    self.goal(s.a)
                } else {
                    self.objective(s.a)
                },
                progress: s
                    .flag
                    .then(|| (nth(ProgressStatus::VARIANTS, s.n), s.more_text.concat())),
            },
            43 => Edit::LinkGoalStrength {
                goal: self.goal(s.a),
                strength: self.strength(s.b),
            },
            44 => Edit::UnlinkGoalStrength {
                goal: self.goal(s.a),
                strength: self.strength(s.b),
            },
            45 => Edit::AddBarrier {
                goal: self.goal(s.a),
                text: text(),
            },
            46 => Edit::RemoveBarrier {
                id: self.barrier(s.a),
            },
            // Sometimes an entry already in the plan, which is refused.
            47 => Edit::AddComponentFor {
                objective: self.objective(s.a),
                catalog_id: if s.flag {
                    format!("{}{}", s.more_text.concat(), s.text)
                } else {
                    format!("catalog-{}", s.n % 13)
                },
                category: nth(CATEGORIES, s.n),
                name: text(),
                details: s.more_text.join(" / "),
                setting: text(),
            },
            // Each seed its own entry: the same entry twice is refused.
            _ => Edit::AddCatalogComponent {
                catalog_id: format!("{}{}", s.more_text.concat(), s.text),
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
