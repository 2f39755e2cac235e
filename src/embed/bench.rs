//! Figures for scripts/bench: read-only, and cheap enough to ship.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Bytes of linear memory the widget's WebAssembly module holds now.
#[wasm_bindgen(js_name = wasmMemoryBytes)]
pub fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|memory| {
            memory
                .buffer()
                .dyn_into::<js_sys::ArrayBuffer>()
                .map(|buffer| buffer.byte_length() as f64)
                .unwrap_or(0.0)
        })
        .unwrap_or(0.0)
}
