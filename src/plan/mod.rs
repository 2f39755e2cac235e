//! The plan domain: pure Rust, no yew or web imports.

pub mod catalog;
pub mod date;
pub mod document;
pub mod edit;
pub mod educator;
pub mod findings;
pub mod gaps;
pub mod history;
mod ids;
pub mod instrument;
pub mod instrument_read;
pub mod json_path;
pub mod migrate;
mod people;
pub mod read;
pub mod review;
pub mod smart;
pub mod step;
pub mod suggest;
pub mod synthetic;
pub mod target;
pub mod template;
pub mod validate;

pub use date::PlanDate;
pub use document::*;
pub use edit::{apply, apply_first_step, Applied, Edit, EditError, EditRule, Notice};
pub use history::History;
