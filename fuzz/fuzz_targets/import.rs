//! Plan files (and drafts from browser storage, the same JSON read by the
//! same `export::json::import`), opened in the composer as the widget does.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The widget reads a file as text the way the browser's File.text() does:
    // UTF-8 with bad bytes replaced.
    let text = String::from_utf8_lossy(data);
    plan_composer_fuzz::open_in_composer(&text);
});
