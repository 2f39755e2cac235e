//! plan-composer: compose an Individualized Treatment Plan in the browser.
//!
//! `plan`, `export`, `i18n`, `idle` and `composer` are pure Rust and tested natively;
//! `web` (state store, storage, files), `ui` and `embed` are the thin web layer,
//! built only for wasm32.

pub mod composer;
pub mod export;
pub mod i18n;
pub mod idle;
pub mod lang;
pub mod plan;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;

/// The widget's allocator: Talc, in place of Rust's default for wasm
/// (dlmalloc), for a smaller first module (docs/ARCHITECTURE.md, "Build").
/// Its wasm cell is for one thread, as the widget runs.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
