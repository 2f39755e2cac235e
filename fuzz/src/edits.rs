//! Plans reached by edits, built from the fuzzer's bytes.
//!
//! A hand-written mapping from `arbitrary` bytes to the `Edit`s a person can
//! make, so no type under src/ needs to derive `Arbitrary`. The resolver is
//! the property tests' own file (tests/support/edit_seeds.rs), included by
//! path: each seed becomes a concrete edit against the plan as it stands.

use arbitrary::{Arbitrary, Result, Unstructured};
use plan_composer::plan::*;

#[path = "../../tests/support/edit_seeds.rs"]
mod edit_seeds;
pub use edit_seeds::{edit_for, Pick, Seed};
use edit_seeds::{EDIT_KINDS, SAMPLE_TEXT};

fn pick(u: &mut Unstructured<'_>) -> Result<Pick> {
    Ok(match u.int_in_range(0..=2)? {
        0 => Pick::Nth(u.arbitrary::<usize>()?),
        1 => Pick::AnyId(u.arbitrary::<usize>()?),
        _ => Pick::Missing,
    })
}

/// Text: a sample as people type it (other scripts, emoji, markup), or the
/// fuzzer's own bytes.
fn text(u: &mut Unstructured<'_>) -> Result<String> {
    if u.ratio(1, 3)? {
        Ok((*u.choose(&SAMPLE_TEXT)?).to_owned())
    } else {
        let s: &str = u.arbitrary()?;
        Ok(s.chars().take(40).collect())
    }
}

impl<'a> Arbitrary<'a> for Seed {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let date = if u.ratio(1, 5)? {
            None
        } else {
            PlanDate::new(
                u.int_in_range(1899..=3000)?,
                u.int_in_range(0..=13)?,
                u.int_in_range(0..=32)?,
            )
        };
        let n_more = u.int_in_range(0..=2)?;
        let mut more_text = Vec::with_capacity(n_more);
        for _ in 0..n_more {
            more_text.push(text(u)?);
        }
        Ok(Seed {
            kind: u.int_in_range(0..=EDIT_KINDS - 1)?,
            a: pick(u)?,
            b: pick(u)?,
            n: u.arbitrary::<u16>()? as usize,
            number: u.arbitrary()?,
            text: text(u)?,
            more_text,
            date,
            flag: u.arbitrary()?,
        })
    }
}

/// A plan reached from an empty one by up to `max` edits drawn from `u`;
/// refused edits are skipped, as the composer skips them.
pub fn plan_from(u: &mut Unstructured<'_>, max: usize) -> Result<Plan> {
    let mut plan = Plan::new("fuzz", PlanDate::new(u.int_in_range(1900..=2100)?, 1, 5));
    let count = u.int_in_range(0..=max)?;
    for _ in 0..count {
        if u.is_empty() {
            break;
        }
        let seed: Seed = u.arbitrary()?;
        let edit = edit_for(&plan, &seed);
        let _ = apply(&mut plan, &edit);
    }
    Ok(plan)
}
