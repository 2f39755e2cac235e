//! Outputs of a plan: pure Rust, no yew or web imports.

pub mod json;
pub mod fhir;
