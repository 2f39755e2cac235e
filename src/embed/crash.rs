//! If the widget ever panics, the person keeps their plan: the panic hook
//! replaces the widget's area with a plain panel that offers the last plan
//! as a JSON download and a restart, never a blank area. It is built with
//! the DOM alone (no Yew, no callbacks into the stopped module).
//!
//! The release build has `panic=immediate-abort` (docs/ARCHITECTURE.md,
//! "Build"): a panic there is a trap, and no hook runs. The trap reaches the
//! page as an uncaught `WebAssembly.RuntimeError` (an error event, or an
//! unhandled rejection from a future); a listener on the window knows ours
//! by the widget's own files in its stack, and shows the same panel.

use crate::i18n::{Lang, Text};
use crate::web::on_demand;
use crate::web::store::Store;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, Document, Element, Url};

thread_local! {
    static MOUNTED: RefCell<Vec<Store>> = const { RefCell::new(Vec::new()) };
    static PANICKED: Cell<bool> = const { Cell::new(false) };
}

/// Name of the DOM event fired on the mount element after a crash.
pub const CRASH_EVENT: &str = "plan-composer-error";

/// Installs the hook (once) and remembers this widget's state for it.
pub fn watch(store: &Store) {
    MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        if mounted.is_empty() {
            // Through Yew, which otherwise puts its own hook in place when
            // it renders.
            yew::set_custom_panic_hook(Box::new(|_| on_crash()));
            listen_for_traps();
        }
        mounted.push(store.clone());
    });
}

/// Forgets a widget the host destroyed.
pub fn forget(store: &Store) {
    MOUNTED.with(|mounted| mounted.borrow_mut().retain(|b| b != store));
}

/// Listens (once, for the page's life) for a trap of the widget's modules.
fn listen_for_traps() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = Closure::<dyn Fn(JsValue)>::new(|event: JsValue| {
        // ErrorEvent.error, or PromiseRejectionEvent.reason.
        let thrown = ["error", "reason"]
            .iter()
            .filter_map(|key| js_sys::Reflect::get(&event, &JsValue::from_str(key)).ok())
            .find(|v| !v.is_undefined());
        if thrown.is_some_and(|t| is_our_trap(&t)) {
            on_crash();
        }
    });
    for kind in ["error", "unhandledrejection"] {
        let _ = window.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
    }
    // Kept for the page's life: a widget mounted later is watched too.
    listener.forget();
}

/// A trap of this widget's code: a WebAssembly.RuntimeError whose stack
/// runs through the widget's own pkg/ files, or through a module named as
/// scripts/pack-wasm.mjs names ours (compiled from an unpacked stream, a
/// module has no address: Chromium calls it `wasm://wasm/<name>-<hash>`).
/// Another module on the page is none of ours.
fn is_our_trap(thrown: &JsValue) -> bool {
    if !thrown.is_instance_of::<js_sys::WebAssembly::RuntimeError>() {
        return false;
    }
    let stack = js_sys::Reflect::get(thrown, &JsValue::from_str("stack"))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    stack.contains(&super::own_file_url("")) || stack.contains("wasm://wasm/plan-composer.")
}

fn on_crash() {
    // Anything the panel does that panics again must not loop.
    if PANICKED.with(|p| p.replace(true)) {
        return;
    }
    // The panic's own message is left out: formatting every panic message
    // in the module would cost about 9 KB gzip for a line only developers read.
    web_sys::console::error_1(&"plan-composer stopped: a panic (a bug in the widget)".into());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let bridges = MOUNTED.with(|m| m.try_borrow().map(|m| m.clone()).unwrap_or_default());
    for store in bridges {
        if let Some((plan, lang, Some(root), kiosk)) = store.try_plan() {
            // A kiosk offers no download: the next stranger must not find
            // the last person's plan. Nor can a panel before the on-demand
            // part (the plan's writer) is here; it says nothing is kept.
            let text = on_demand::loaded()
                .filter(|_| !kiosk)
                .map(|part| (part.plan_json)(&plan));
            let _ = show_panel(&document, &root, lang, text.as_deref());
        }
    }
}

fn show_panel(
    document: &Document,
    root: &Element,
    lang: Lang,
    plan_json: Option<&str>,
) -> Option<()> {
    let panel = element(document, "section", "pc-root pc-crash")?;
    panel.set_attribute("role", "alert").ok()?;
    panel.set_attribute("lang", lang.tag()).ok()?;
    let heading = element(document, "h2", "pc-title")?;
    heading.set_text_content(Some(lang.text(Text::CrashHeading)));
    panel.append_child(&heading).ok()?;
    let body = element(document, "p", "")?;
    body.set_text_content(Some(lang.text(if plan_json.is_some() {
        Text::CrashBody
    } else {
        Text::CrashBodyKiosk
    })));
    panel.append_child(&body).ok()?;
    let actions = element(document, "p", "pc-crash-actions")?;
    if let Some(text) = plan_json {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = BlobPropertyBag::new();
        options.set_type("application/json");
        let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = Url::create_object_url_with_blob(&blob).ok()?;
        let download = element(document, "a", "pc-button pc-button-primary")?;
        download.set_attribute("href", &url).ok()?;
        download
            .set_attribute("download", "treatment-plan.json")
            .ok()?;
        download.set_text_content(Some(lang.text(Text::CrashDownload)));
        actions.append_child(&download).ok()?;
    }
    // A link to this page (without a #fragment, which would not reload
    // it): a restart needs no code from the stopped module.
    let location = web_sys::window()?.location();
    let href = format!("{}{}", location.pathname().ok()?, location.search().ok()?);
    let restart = element(document, "a", "pc-button")?;
    restart.set_attribute("href", &href).ok()?;
    restart.set_text_content(Some(lang.text(Text::CrashRestart)));
    actions.append_child(&restart).ok()?;
    panel.append_child(&actions).ok()?;
    root.set_text_content(None);
    root.append_child(&panel).ok()?;
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let event = web_sys::CustomEvent::new_with_event_init_dict(CRASH_EVENT, &init).ok()?;
    let _ = root.dispatch_event(&event);
    Some(())
}

fn element(document: &Document, tag: &str, class: &str) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    element.dyn_into::<Element>().ok()
}
