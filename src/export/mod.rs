//! Outputs of a plan: pure Rust, no yew or web imports.

pub mod chart;
pub mod clean;
pub mod coach;
pub mod fhir;
pub mod identity;
pub mod json;
mod outline;
pub mod print;
pub mod text;
