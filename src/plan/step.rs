//! The steps of the guide. A plan rule, not only a view one: each gap in a
//! plan names the step where it is fixed (gaps.rs).

/// The steps of the guide, in order. Every step can be opened at any time:
/// the plan is kept whole, so going back or jumping ahead loses nothing.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, strum::VariantArray, strum::EnumCount,
)]
pub enum Step {
    #[default]
    Person,
    Assessment,
    Needs,
    Goals,
    Components,
    Relapse,
    Aftercare,
    Finish,
}

impl Step {
    pub const ALL: &'static [Step] = <Step as strum::VariantArray>::VARIANTS;

    /// Position in the guide, from 0.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn previous(self) -> Option<Step> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Step::ALL.get(i).copied())
    }

    /// A stable name for the step, used in element ids and by the host page.
    pub fn key(self) -> &'static str {
        match self {
            Step::Person => "person",
            Step::Assessment => "assessment",
            Step::Needs => "needs",
            Step::Goals => "goals",
            Step::Components => "components",
            Step::Relapse => "relapse",
            Step::Aftercare => "aftercare",
            Step::Finish => "finish",
        }
    }

    pub fn from_key(key: &str) -> Option<Step> {
        Step::ALL.iter().copied().find(|s| s.key() == key)
    }
}
