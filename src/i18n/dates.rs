//! Dates as the reader's language writes them, for the printout, the text
//! export and the FHIR narrative: "December 7, 2026", "7 de diciembre de
//! 2026". The month names are `printout-months-list` and
//! `printout-months-short-list`, and the order of day, month and year is
//! `date-long` / `date-short`, so a new language translates all of it.
//!
//! Machine-readable places (the plan's JSON, FHIR, `<input type=date>`)
//! keep `PlanDate`'s own ISO form.

use super::{Lang, Words};
use crate::plan::PlanDate;

/// The name of `date`'s month in `names` (January first).
fn month_name(names: &[&'static str; 12], date: PlanDate) -> &'static str {
    usize::from(date.month())
        .checked_sub(1)
        .and_then(|i| names.get(i))
        .copied()
        .unwrap_or_default()
}

impl Words {
    /// "December 7, 2026": the date in full, as a sentence writes it.
    pub fn long_date(&self, date: PlanDate) -> String {
        self.date_long(
            &date.day(),
            &month_name(&self.print.months, date),
            &date.year(),
        )
    }

    /// "Dec 7, 2026": where space is short (table columns, chart axes).
    pub fn short_date(&self, date: PlanDate) -> String {
        self.date_short(
            &date.day(),
            &month_name(&self.print.months_short, date),
            &date.year(),
        )
    }
}

impl Lang {
    /// "December 7, 2026" in English, "7 de diciembre de 2026" in Spanish.
    pub fn long_date(self, date: PlanDate) -> String {
        self.words().long_date(date)
    }

    /// "Dec 7, 2026" in English, "7 dic 2026" in Spanish.
    pub fn short_date(self, date: PlanDate) -> String {
        self.words().short_date(date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PlanDate {
        PlanDate::parse(text).unwrap()
    }

    #[test]
    fn english_writes_month_day_and_year() {
        assert_eq!(Lang::En.long_date(date("2026-12-07")), "December 7, 2026");
        assert_eq!(Lang::En.long_date(date("2027-01-31")), "January 31, 2027");
        assert_eq!(Lang::En.short_date(date("2026-12-07")), "Dec 7, 2026");
        assert_eq!(Lang::En.short_date(date("2024-02-29")), "Feb 29, 2024");
    }

    #[test]
    fn spanish_writes_day_de_month_de_year() {
        assert_eq!(
            Lang::Es.long_date(date("2026-12-07")),
            "7 de diciembre de 2026"
        );
        assert_eq!(Lang::Es.long_date(date("2027-01-01")), "1 de enero de 2027");
        assert_eq!(Lang::Es.short_date(date("2026-12-07")), "7 dic 2026");
        assert_eq!(Lang::Es.short_date(date("2026-09-15")), "15 sept 2026");
    }

    #[test]
    fn every_month_has_its_name_in_every_language() {
        for lang in Lang::ALL.iter().copied() {
            let mut seen = Vec::new();
            for month in 1..=12 {
                let d = PlanDate::new(2026, month, 1).unwrap();
                let long = lang.long_date(d);
                let short = lang.short_date(d);
                assert!(long.contains("2026") && short.contains("2026"));
                assert!(!seen.contains(&long), "{long} twice in {lang:?}");
                assert!(!long.contains('-'), "{long} is not ISO");
                seen.push(long);
            }
        }
    }
}
