//! Saving files on this device, with no server: a Blob and a temporary link.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a download named `name`. Returns false if the browser
/// refused (the person can still copy the text from the screen).
pub fn download_text(name: &str, mime: &str, text: &str) -> bool {
    let attempt = || -> Option<()> {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = BlobPropertyBag::new();
        options.set_type(mime);
        let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = Url::create_object_url_with_blob(&blob).ok()?;
        let document = web_sys::window()?.document()?;
        let link: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        // The click has started the download; the URL is no longer needed.
        let _ = Url::revoke_object_url(&url);
        Some(())
    };
    attempt().is_some()
}
