//! The component catalog: what a plan can be made of, why each part helps,
//! goal templates to start from, and the rules that suggest needs.
//!
//! The default catalog is data (`catalog/components.json`), embedded at
//! build time, so a clinic can change it without touching view code.
//! `parse_catalog` checks a catalog and lists every problem with its path.

use super::document::{choice_type, ComponentCategory};
use super::edit::{AssessmentField, Edit};
use super::json_path::path_text;
use super::read::{format_structs, read_choice, read_text};
use super::smart::TemplateText;
use super::template::{self, Blank, TemplateError};
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;
use std::sync::OnceLock;

/// The default catalog, as shipped.
// catalog/components.json without its indentation (build.rs).
pub const DEFAULT_CATALOG_JSON: &str =
    include_str!(concat!(env!("OUT_DIR"), "/components.min.json"));

/// Every category, in the order the plan shows them.
pub const ALL_CATEGORIES: &[ComponentCategory] =
    <ComponentCategory as strum::VariantArray>::VARIANTS;

/// Derives shared by the catalog's types, and their reader (`format_structs!`).
macro_rules! catalog_type {
    ($($types:tt)*) => {
        format_structs! { (Debug, Clone, PartialEq) $($types)* }
    };
}

// `Localized`: one text in every language the widget speaks, a field per
// locales/<tag>.ftl, and `Localized::get` (build.rs).
include!(concat!(env!("OUT_DIR"), "/localized.rs"));

catalog_type! {
    /// The whole catalog.
    #[derive(Default)]
    pub struct ComponentCatalog {
        /// Lets an editor find `schemas/catalog.schema.json`; not used here.
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String>,
        pub categories: Vec<CategoryInfo>,
        pub entries: Vec<CatalogEntry>,
        #[serde(default)]
        pub templates: Vec<GoalTemplate>,
        #[serde(default)]
        pub need_rules: Vec<NeedRule>,
    }

    /// How a category is named and introduced in the components step.
    pub struct CategoryInfo {
        pub category: ComponentCategory,
        pub name: Localized,
        pub intro: Localized,
    }

    /// One component a plan can include.
    pub struct CatalogEntry {
        /// Stable id, stored in a plan's `components[].catalog_id`.
        pub id: String,
        pub category: ComponentCategory,
        pub name: Localized,
        /// One plain-language paragraph: why it helps.
        pub explanation: Localized,
        /// What the details field asks for, e.g. "Who prescribes it".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub details_label: Option<Localized>,
        /// What the details field starts with, e.g. "As prescribed".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub default_details: Option<Localized>,
        /// A setting that cannot be chosen, e.g. methadone only through an
        /// opioid treatment program.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub fixed_setting: Option<Localized>,
        /// Settings to choose from, e.g. where withdrawal care happens.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub setting_options: Vec<Localized>,
        /// Standard codes for the service or medicine (SNOMED CT, RxNorm),
        /// where one is well established; exports give them beside the words.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub codes: Vec<Coding>,
    }

    /// A code from a code system, e.g. RxNorm 1819 for buprenorphine.
    pub struct Coding {
        /// The code system's URI, e.g. "http://snomed.info/sct".
        pub system: String,
        pub code: String,
        /// The code system's own name for the code (English).
        pub display: String,
    }

    /// Words to start a goal from. Blanks such as `{n}`, `{date}` or
    /// `{fecha}` are fields the person fills in; each must be a blank the
    /// widget knows (README, "Goal templates").
    pub struct GoalTemplate {
        /// Stable id, stored in a plan's `goals[].template_id`.
        pub id: String,
        /// The id of the catalog entry this template belongs to.
        pub component: String,
        pub text: Localized,
    }

    /// When the assessment holds these findings, suggest this need.
    pub struct NeedRule {
        pub id: String,
        /// The assessment areas that trigger the rule. `substance` must
        /// stand alone: it suggests one need per substance row.
        pub when: Vec<FindingArea>,
        /// The need in the person's words; `{substance}` is the row's substance.
        pub statement: Localized,
    }
}

choice_type! {
    /// The assessment areas a need rule can look at (the areas of
    /// `document::Finding`, without ids).
    pub enum FindingArea {
        /// Each substance row.
        Substance,
        WithdrawalRisk,
        PhysicalHealth,
        MentalHealth,
        CoOccurringConditions,
        Trauma,
        FamilyBackground,
        SocialSupport,
        LivingEnvironment,
        WorkSchoolStress,
        SpiritualNeeds,
        PastTreatment,
        CurrentMedications,
        /// The stage of change, once chosen.
        Readiness,
        /// Every trigger.
        Trigger,
    }
}

impl From<AssessmentField> for FindingArea {
    fn from(field: AssessmentField) -> Self {
        match field {
            AssessmentField::WithdrawalRisk => FindingArea::WithdrawalRisk,
            AssessmentField::PhysicalHealth => FindingArea::PhysicalHealth,
            AssessmentField::MentalHealth => FindingArea::MentalHealth,
            AssessmentField::CoOccurringConditions => FindingArea::CoOccurringConditions,
            AssessmentField::Trauma => FindingArea::Trauma,
            AssessmentField::FamilyBackground => FindingArea::FamilyBackground,
            AssessmentField::SocialSupport => FindingArea::SocialSupport,
            AssessmentField::LivingEnvironment => FindingArea::LivingEnvironment,
            AssessmentField::WorkSchoolStress => FindingArea::WorkSchoolStress,
            AssessmentField::SpiritualNeeds => FindingArea::SpiritualNeeds,
            AssessmentField::PastTreatment => FindingArea::PastTreatment,
            AssessmentField::CurrentMedications => FindingArea::CurrentMedications,
        }
    }
}

/// The placeholder a need rule's statement may hold.
pub const SUBSTANCE_PLACEHOLDER: &str = "{substance}";

impl Localized {
    /// English and Spanish texts (tests); a language added later is empty.
    #[allow(clippy::needless_update)]
    pub fn new(en: impl Into<String>, es: impl Into<String>) -> Self {
        Self {
            en: en.into(),
            es: es.into(),
            ..Self::default()
        }
    }
}

impl CatalogEntry {
    /// The edit that adds this entry with the catalog's defaults (e.g.
    /// "As prescribed", or the only setting a medicine is given in).
    pub fn add_edit(&self, lang: Lang) -> Edit {
        let (details, setting) = self.defaults(lang);
        Edit::AddCatalogComponent {
            catalog_id: self.id.clone(),
            category: self.category,
            name: self.name.get(lang).to_owned(),
            details,
            setting,
        }
    }

    /// The same, named as a service of `objective` in the same step.
    pub fn add_edit_for(&self, lang: Lang, objective: &str) -> Edit {
        let (details, setting) = self.defaults(lang);
        Edit::AddComponentFor {
            objective: objective.to_owned(),
            catalog_id: self.id.clone(),
            category: self.category,
            name: self.name.get(lang).to_owned(),
            details,
            setting,
        }
    }

    fn defaults(&self, lang: Lang) -> (String, String) {
        let text = |t: &Option<Localized>| {
            t.as_ref()
                .map(|t| t.get(lang).to_owned())
                .unwrap_or_default()
        };
        (text(&self.default_details), text(&self.fixed_setting))
    }
}

impl ComponentCatalog {
    pub fn entry(&self, id: &str) -> Option<&CatalogEntry> {
        self.entries.iter().find(|e| e.id == id)
    }

    pub fn category(&self, category: ComponentCategory) -> Option<&CategoryInfo> {
        self.categories.iter().find(|c| c.category == category)
    }

    /// The entries of one category, in catalog order.
    pub fn entries_in(&self, category: ComponentCategory) -> impl Iterator<Item = &CatalogEntry> {
        self.entries.iter().filter(move |e| e.category == category)
    }

    pub fn template(&self, id: &str) -> Option<&GoalTemplate> {
        self.templates.iter().find(|t| t.id == id)
    }

    /// The goal templates of one catalog entry, in catalog order.
    pub fn templates_for<'a>(
        &'a self,
        entry_id: &'a str,
    ) -> impl Iterator<Item = &'a GoalTemplate> + 'a {
        self.templates
            .iter()
            .filter(move |t| t.component == entry_id)
    }

    /// Every template's text in `lang`, for the SMART coach to notice a goal
    /// still in its template's words. A goal started from a template holds
    /// exactly `template.text.get(lang)` and `template_id = template.id`.
    pub fn template_texts(&self, lang: Lang) -> Vec<TemplateText<'_>> {
        self.templates
            .iter()
            .map(|t| TemplateText {
                id: &t.id,
                text: t.text.get(lang),
            })
            .collect()
    }
}

/// The default catalog, read once. The embedded file is checked by a native
/// test; should it ever fail to read, the catalog is empty rather than a crash.
pub fn default_catalog() -> &'static ComponentCatalog {
    static CATALOG: OnceLock<ComponentCatalog> = OnceLock::new();
    CATALOG.get_or_init(|| parse_catalog(DEFAULT_CATALOG_JSON).unwrap_or_default())
}

/// One problem in a catalog file, at a JSON path such as `entries[3].name.es`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    pub path: String,
    pub kind: CatalogErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogErrorKind {
    /// Not JSON, or JSON of the wrong shape (the reader's own words).
    Format { message: String },
    /// An id is empty.
    EmptyId,
    /// Two entries (or two templates, or two rules) share an id.
    DuplicateId { id: String },
    /// A template names a catalog entry that does not exist.
    UnknownEntry { id: String },
    /// A text is blank in one language.
    EmptyText { lang: Lang },
    /// A category of the plan format has no name and intro.
    MissingCategory { category: ComponentCategory },
    /// A category is described twice.
    DuplicateCategory { category: ComponentCategory },
    /// A category has no entries to choose from.
    EmptyCategory { category: ComponentCategory },
    /// An entry has both a fixed setting and settings to choose from.
    SettingConflict,
    /// A code's system is not an absolute URI, or its code or display is blank.
    BadCoding,
    /// A need rule names no assessment area.
    RuleWithoutFindings,
    /// A need rule mixes `substance` with other areas.
    SubstanceNotAlone,
    /// A statement uses `{substance}` in a rule that is not about substances.
    SubstancePlaceholderUnused,
    /// A template's blank is malformed or names no blank the widget knows.
    BadBlank { problem: TemplateError },
}

/// Every blank name a template may use: "{n}, {times}, {veces}, ...".
fn known_blanks() -> String {
    <Blank as strum::VariantArray>::VARIANTS
        .iter()
        .flat_map(|b| b.names())
        .map(|name| format!("{{{name}}}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn category_word(category: ComponentCategory) -> String {
    serde_json::to_value(category)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

impl fmt::Display for CatalogErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Format { message } => write!(f, "{message}"),
            Self::EmptyId => write!(f, "the id is empty; give it a short unique id such as \"cbt\""),
            Self::DuplicateId { id } => {
                write!(f, "the id \"{id}\" is used more than once; give each one its own id")
            }
            Self::UnknownEntry { id } => write!(
                f,
                "no catalog entry has the id \"{id}\"; use the id of an entry in \"entries\""
            ),
            Self::EmptyText { lang } => {
                write!(f, "the text in \"{}\" is empty; write it in that language", lang.tag())
            }
            Self::MissingCategory { category } => write!(
                f,
                "the category \"{}\" is not described; add it with a name and an intro",
                category_word(*category)
            ),
            Self::DuplicateCategory { category } => write!(
                f,
                "the category \"{}\" is described more than once; keep one",
                category_word(*category)
            ),
            Self::EmptyCategory { category } => write!(
                f,
                "the category \"{}\" has no entries; add at least one",
                category_word(*category)
            ),
            Self::SettingConflict => write!(
                f,
                "the entry has both \"fixed_setting\" and \"setting_options\"; keep only one"
            ),
            Self::BadCoding => write!(
                f,
                "the code needs a \"system\" that is a URI such as http://snomed.info/sct, a \"code\" and a \"display\""
            ),
            Self::RuleWithoutFindings => write!(
                f,
                "the rule names no assessment area; list at least one in \"when\""
            ),
            Self::SubstanceNotAlone => write!(
                f,
                "\"substance\" suggests one need per substance row, so it must be the only area in \"when\""
            ),
            Self::SubstancePlaceholderUnused => write!(
                f,
                "\"{SUBSTANCE_PLACEHOLDER}\" is only filled in when \"when\" is [\"substance\"]; remove it or change \"when\""
            ),
            Self::BadBlank { problem } => match problem {
                TemplateError::Unclosed { name } => write!(
                    f,
                    "the blank \"{{{name}\" is not closed; end it with \"}}\""
                ),
                TemplateError::Empty => write!(
                    f,
                    "a blank \"{{}}\" has no name; write which blank it is, such as \"{{date}}\""
                ),
                TemplateError::StrayClose => write!(
                    f,
                    "a \"}}\" has no \"{{\" before it; remove it or open the blank"
                ),
                TemplateError::Unknown { name } => write!(
                    f,
                    "the blank \"{{{name}}}\" is not one the widget knows; use one of {}",
                    known_blanks()
                ),
            },
        }
    }
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.path, self.kind)
        }
    }
}

impl std::error::Error for CatalogError {}

/// Reads and checks a catalog. Every problem found is returned, each with
/// its path, so a clinic editing the file can fix them all in one go.
pub fn parse_catalog(text: &str) -> Result<ComponentCatalog, Vec<CatalogError>> {
    // serde_json also refuses trailing text after the catalog.
    let catalog: ComponentCatalog = read_text(text).map_err(|e| {
        vec![CatalogError {
            path: path_text(&e.path),
            kind: CatalogErrorKind::Format { message: e.message },
        }]
    })?;
    let errors = check(&catalog);
    if errors.is_empty() {
        Ok(catalog)
    } else {
        Err(errors)
    }
}

struct Checker {
    errors: Vec<CatalogError>,
}

impl Checker {
    fn push(&mut self, path: String, kind: CatalogErrorKind) {
        self.errors.push(CatalogError { path, kind });
    }

    fn text(&mut self, path: &str, text: &Localized) {
        for lang in Lang::ALL.iter().copied() {
            if text.get(lang).trim().is_empty() {
                self.push(
                    format!("{path}.{}", lang.tag()),
                    CatalogErrorKind::EmptyText { lang },
                );
            }
        }
    }

    fn ids<'a>(&mut self, base: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{base}[{i}].id");
            if id.trim().is_empty() {
                self.push(path, CatalogErrorKind::EmptyId);
            } else if !seen.insert(id) {
                self.push(path, CatalogErrorKind::DuplicateId { id: id.to_owned() });
            }
        }
    }
}

/// Whether `text` can name a code system or an identifier's issuer in
/// FHIR: an absolute URI (a URL or a URN), with no spaces.
pub fn is_absolute_uri(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("urn:"))
        && text.len() > 6
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn check(catalog: &ComponentCatalog) -> Vec<CatalogError> {
    let mut c = Checker { errors: Vec::new() };

    let mut described = HashSet::new();
    for (i, info) in catalog.categories.iter().enumerate() {
        if !described.insert(info.category) {
            c.push(
                format!("categories[{i}].category"),
                CatalogErrorKind::DuplicateCategory {
                    category: info.category,
                },
            );
        }
        c.text(&format!("categories[{i}].name"), &info.name);
        c.text(&format!("categories[{i}].intro"), &info.intro);
    }
    for category in ALL_CATEGORIES.iter().copied() {
        if !described.contains(&category) {
            c.push(
                "categories".into(),
                CatalogErrorKind::MissingCategory { category },
            );
        }
        if catalog.entries_in(category).next().is_none() {
            c.push(
                "entries".into(),
                CatalogErrorKind::EmptyCategory { category },
            );
        }
    }

    c.ids("entries", catalog.entries.iter().map(|e| e.id.as_str()));
    for (i, entry) in catalog.entries.iter().enumerate() {
        let base = format!("entries[{i}]");
        c.text(&format!("{base}.name"), &entry.name);
        c.text(&format!("{base}.explanation"), &entry.explanation);
        let optional = [
            ("details_label", &entry.details_label),
            ("default_details", &entry.default_details),
            ("fixed_setting", &entry.fixed_setting),
        ];
        for (field, text) in optional {
            if let Some(text) = text {
                c.text(&format!("{base}.{field}"), text);
            }
        }
        for (j, option) in entry.setting_options.iter().enumerate() {
            c.text(&format!("{base}.setting_options[{j}]"), option);
        }
        for (j, coding) in entry.codes.iter().enumerate() {
            let blank = |t: &str| t.trim().is_empty() || t.trim() != t;
            if !is_absolute_uri(&coding.system) || blank(&coding.code) || blank(&coding.display) {
                c.push(format!("{base}.codes[{j}]"), CatalogErrorKind::BadCoding);
            }
        }
        if entry.fixed_setting.is_some() && !entry.setting_options.is_empty() {
            c.push(base, CatalogErrorKind::SettingConflict);
        }
    }

    c.ids("templates", catalog.templates.iter().map(|t| t.id.as_str()));
    for (i, template) in catalog.templates.iter().enumerate() {
        if catalog.entry(&template.component).is_none() {
            c.push(
                format!("templates[{i}].component"),
                CatalogErrorKind::UnknownEntry {
                    id: template.component.clone(),
                },
            );
        }
        c.text(&format!("templates[{i}].text"), &template.text);
        for lang in Lang::ALL.iter().copied() {
            if let Err(problem) = template::parse(template.text.get(lang)) {
                c.push(
                    format!("templates[{i}].text.{}", lang.tag()),
                    CatalogErrorKind::BadBlank { problem },
                );
            }
        }
    }

    c.ids(
        "need_rules",
        catalog.need_rules.iter().map(|r| r.id.as_str()),
    );
    for (i, rule) in catalog.need_rules.iter().enumerate() {
        let base = format!("need_rules[{i}]");
        let per_substance = rule.when.contains(&FindingArea::Substance);
        if rule.when.is_empty() {
            c.push(
                format!("{base}.when"),
                CatalogErrorKind::RuleWithoutFindings,
            );
        } else if per_substance && rule.when.len() > 1 {
            c.push(format!("{base}.when"), CatalogErrorKind::SubstanceNotAlone);
        }
        c.text(&format!("{base}.statement"), &rule.statement);
        // An empty `when` is already reported; the placeholder is moot then.
        if !per_substance && !rule.when.is_empty() {
            for lang in Lang::ALL.iter().copied() {
                if rule.statement.get(lang).contains(SUBSTANCE_PLACEHOLDER) {
                    c.push(
                        format!("{base}.statement.{}", lang.tag()),
                        CatalogErrorKind::SubstancePlaceholderUnused,
                    );
                }
            }
        }
    }
    c.errors
}
