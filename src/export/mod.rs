//! Outputs of a plan: pure Rust, no yew or web imports.

pub mod coach;
pub mod json;
