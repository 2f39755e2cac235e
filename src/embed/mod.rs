//! Host integration: the JavaScript API a clinic's page uses to mount the
//! widget and exchange plans with it. Nothing here talks to a network.

pub mod bench;
pub mod crash;
pub(crate) mod host_calls;

use crate::composer::{Action, Composer};
use crate::export::identity::{is_identifier_system, Gender, Identifier, Identity};
use crate::i18n::{Lang, Text};
use crate::idle;
use crate::plan::edit::add_crisis_line;
use crate::plan::{Plan, PlanDate};
use crate::ui::Instruments;
use crate::ui::{App, AppProps};
use crate::web::drafts::{DraftStore, Drafts};
use crate::web::on_demand::{self, OnDemand};
use crate::web::store::Store;
use gloo::events::{EventListener, EventListenerOptions};
use serde::Deserialize;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AttrValue, Callback};

/// Options a host page passes to `mount`. A new option needs its name in
/// `OPTION_NAMES` too (serde-wasm-bindgen does not see unknown keys).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct MountOptions {
    /// BCP 47 language tag, e.g. "en" or "es-MX".
    #[serde(default)]
    lang: Option<String>,
    /// The clinic's name, shown at the top of the printable plan.
    #[serde(default)]
    clinic_name: Option<String>,
    /// Crisis lines a new plan starts with; the US 988 line when absent.
    #[serde(default)]
    crisis_lines: Option<Vec<CrisisLineOption>>,
    /// A clinic's own catalog of services, goal templates and need rules,
    /// as the text of a file shaped like catalog/components.json.
    #[serde(default)]
    catalog_json: Option<String>,
    /// Educator mode: the text of a synthetic case file (one with
    /// `synthetic`), opened to read step by step. Drafts are off with it.
    #[serde(default)]
    educator_case: Option<String>,
    /// A training program's own "why this matters" notes, as the text of
    /// a file shaped like catalog/educator.json.
    #[serde(default)]
    educator_notes_json: Option<String>,
    /// A clinic's own standard instruments, as the text of a file shaped
    /// like catalog/instruments.json, in place of the widget's.
    #[serde(default)]
    instruments_json: Option<String>,
    /// For kiosks: seconds without use before the widget warns, then
    /// clears the plan for the next person. Off when absent.
    /// Only noted here: `idle_seconds` reads it as the page gave it, so
    /// that a page's typo gives a clear error.
    #[serde(default)]
    idle_reset_seconds: Option<serde::de::IgnoredAny>,
    /// Keep a draft of every change in the browser's storage: "local"
    /// (this device, until cleared) or "session" (until the tab closes).
    /// Off when absent; never with `idle_reset_seconds`.
    #[serde(default)]
    drafts: Option<String>,
    /// The storage key of the draft, for a page with several widgets.
    #[serde(default)]
    draft_key: Option<String>,
    // `identity` (who the plan is for and who writes it) is read on its own
    // by `read_identity`, strictly.
}

/// An object's own keys, or what is wrong: not an object, or a key that
/// is not one of `allowed` (`at` names the object for the message).
fn object_at(value: &JsValue, allowed: &[&str], at: &str) -> Result<(), String> {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(format!("plan-composer: option {at} must be an object"));
    }
    let keys = js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>());
    for key in keys.iter() {
        let name = key.as_string().unwrap_or_default();
        if !allowed.contains(&name.as_str()) {
            return Err(format!(
                "plan-composer: option {at} has an unknown key \"{name}\" (it takes {})",
                allowed.join(", ")
            ));
        }
    }
    Ok(())
}

/// `value[key]`: absent (undefined or null), or present.
fn member(value: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(value, &key.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// `value[key]` as text ("" when absent), or why it is not text.
fn text_at(value: &JsValue, key: &str, at: &str) -> Result<String, String> {
    match member(value, key) {
        None => Ok(String::new()),
        Some(v) => v
            .as_string()
            .ok_or_else(|| format!("plan-composer: option {at}.{key} must be a string")),
    }
}

/// An identifier as given (`{ system?, value }`), or what is wrong with it.
fn read_identifier(value: &JsValue, at: &str) -> Result<Identifier, String> {
    object_at(value, &["system", "value"], at)?;
    let system = text_at(value, "system", at)?;
    let value = text_at(value, "value", at)?;
    if value.trim().is_empty() {
        return Err(format!("plan-composer: option {at}.value is empty"));
    }
    if !system.is_empty() && !is_identifier_system(&system) {
        return Err(format!(
            "plan-composer: option {at}.system must be an absolute URI such as https://clinic.example/mrn or urn:oid:…, not \"{}\"",
            system.chars().take(40).collect::<String>()
        ));
    }
    Ok(Identifier { system, value })
}

/// The host's identity of the person, clinician and organization (option
/// `identity`), or what is wrong with it: every key is checked by name,
/// at every level.
fn read_identity(options: &JsValue) -> Result<Identity, String> {
    let Some(given) = member(options, "identity") else {
        return Ok(Identity::default());
    };
    let at = "identity";
    object_at(
        &given,
        &[
            "recordNumber",
            "legalName",
            "familyName",
            "givenName",
            "gender",
            "birthDate",
            "clinician",
            "organization",
            "planIdentifierSystem",
        ],
        at,
    )?;
    let birth_date = match text_at(&given, "birthDate", at)?.as_str() {
        "" => None,
        date => Some(PlanDate::parse(date).map_err(|e| {
            format!(
                "plan-composer: option identity.birthDate must be a date written YYYY-MM-DD ({e})"
            )
        })?),
    };
    let record_number = member(&given, "recordNumber")
        .map(|r| read_identifier(&r, "identity.recordNumber"))
        .transpose()?;
    let gender = match text_at(&given, "gender", at)?.as_str() {
        "" => None,
        code => Some(Gender::from_code(code).ok_or_else(|| {
            format!(
                "plan-composer: option identity.gender must be \"male\", \"female\", \"other\" or \"unknown\" (FHIR administrative gender), not \"{}\"",
                code.chars().take(40).collect::<String>()
            )
        })?),
    };
    let plan_identifier_system = text_at(&given, "planIdentifierSystem", at)?;
    if !plan_identifier_system.is_empty() && !is_identifier_system(&plan_identifier_system) {
        return Err(format!(
            "plan-composer: option identity.planIdentifierSystem must be an absolute URI such as https://clinic.example/fhir/plans, not \"{}\"",
            plan_identifier_system.chars().take(40).collect::<String>()
        ));
    }
    let mut identity = Identity {
        record_number,
        legal_name: text_at(&given, "legalName", at)?,
        family_name: text_at(&given, "familyName", at)?,
        given_name: text_at(&given, "givenName", at)?,
        gender,
        birth_date,
        plan_identifier_system,
        ..Identity::default()
    };
    if let Some(clinician) = member(&given, "clinician") {
        let at = "identity.clinician";
        object_at(&clinician, &["name", "credentials", "identifier"], at)?;
        identity.clinician_name = text_at(&clinician, "name", at)?;
        identity.clinician_credentials = text_at(&clinician, "credentials", at)?;
        identity.clinician_identifier = member(&clinician, "identifier")
            .map(|r| read_identifier(&r, "identity.clinician.identifier"))
            .transpose()?;
    }
    if let Some(organization) = member(&given, "organization") {
        let at = "identity.organization";
        object_at(&organization, &["name", "identifier"], at)?;
        identity.organization_name = text_at(&organization, "name", at)?;
        identity.organization_identifier = member(&organization, "identifier")
            .map(|r| read_identifier(&r, "identity.organization.identifier"))
            .transpose()?;
    }
    Ok(identity)
}

/// The names of `MountOptions`' fields as a host writes them.
const OPTION_NAMES: &[&str] = &[
    "lang",
    "clinicName",
    "crisisLines",
    "catalogJson",
    "educatorCase",
    "educatorNotesJson",
    "instrumentsJson",
    "idleResetSeconds",
    "drafts",
    "draftKey",
    "identity",
];

/// The kiosk's quiet time, or why the option cannot be used.
fn idle_seconds(value: &JsValue, lang: Lang) -> Result<Option<u32>, String> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value
        .as_f64()
        .and_then(idle::limit_seconds)
        .map(Some)
        .ok_or_else(|| {
            let given = js_sys::JSON::stringify(value)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_else(|| lang.messages().mount_idle_seconds_that_value.into());
            lang.messages().mount_idle_seconds(
                idle::LIMIT_SECONDS.start(),
                &given,
                idle::LIMIT_SECONDS.end(),
            )
        })
}

/// Where drafts go, or why the options cannot be used together.
fn draft_store(
    options: &MountOptions,
    kiosk: bool,
    lang: Lang,
) -> Result<Option<DraftStore>, String> {
    let store = match options.drafts.as_deref() {
        None => return Ok(None),
        Some("local") => DraftStore::Local,
        Some("session") => DraftStore::Session,
        Some(other) => return Err(lang.messages().mount_drafts_choice(&other)),
    };
    if kiosk {
        return Err(lang.messages().mount_drafts_in_kiosk.into());
    }
    Ok(Some(store))
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct CrisisLineOption {
    name: String,
    number: String,
}

/// A new, empty plan with the clinic's crisis lines in place.
fn new_plan(lang: Lang, crisis_lines: &Option<Vec<CrisisLineOption>>) -> Plan {
    let mut plan = Plan::new(new_plan_id(), today());
    let lines = crisis_lines.clone().unwrap_or_else(|| {
        vec![CrisisLineOption {
            name: lang.text(Text::DefaultCrisisLine).to_owned(),
            number: "988".into(),
        }]
    });
    for line in lines {
        add_crisis_line(&mut plan, &line.name, &line.number);
    }
    plan
}

/// A mounted widget, as the host page holds it.
#[wasm_bindgen]
pub struct PlanComposer {
    /// The rendered widget; empty until the first render, which waits for
    /// the words of the language it opens in.
    app: Rc<std::cell::RefCell<Option<yew::AppHandle<App>>>>,
    /// Cleared by `destroy`, so a first render still waiting never comes.
    mounted: Rc<std::cell::Cell<bool>>,
    root: Element,
    store: Store,
    clinic_name: String,
    /// The host's identity of the person, clinician and organization: in
    /// the printout and FHIR, never in the plan or a draft.
    identity: Rc<Identity>,
    /// Settles once the on-demand part is here (and the clinic's catalog
    /// and any saved draft are read).
    ready: js_sys::Promise,
    /// Asks "leave page?" while changes would be lost.
    _leave_guard: Option<EventListener>,
}

/// Asks the browser's "leave page?" question while the plan on screen has
/// changes not exported since they were made.
fn leave_guard(store: &Store) -> Option<EventListener> {
    let window = web_sys::window()?;
    let store = store.clone();
    Some(EventListener::new_with_options(
        &window,
        "beforeunload",
        EventListenerOptions::enable_prevent_default(),
        move |event| {
            if store.has_unsaved_changes() {
                event.prevent_default();
                if let Some(event) = event.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                    event.set_return_value("");
                }
            }
        },
    ))
}

thread_local! {
    /// The elements a widget is mounted in now: a second mount on one is
    /// refused rather than left to fight the first over the same DOM.
    static ROOTS: std::cell::RefCell<Vec<Element>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The element a host passed to `mount`, or what is wrong with it.
fn mount_root(root: JsValue) -> Result<Element, String> {
    if root.is_undefined() || root.is_null() {
        return Err(
            "plan-composer: mount needs an element to render in, and got none (is the id right, and does the script run after the element is in the page?)"
                .into(),
        );
    }
    let root = root.dyn_into::<Element>().map_err(|_| {
        "plan-composer: mount needs an element to render in (the first argument is not an element)"
            .to_string()
    })?;
    if ROOTS.with(|roots| roots.borrow().iter().any(|r| r == &root)) {
        return Err(
            "plan-composer: a widget is already mounted on this element (call destroy() on it first)"
                .into(),
        );
    }
    Ok(root)
}

/// The options a host passed to `mount`, or what is wrong with them,
/// naming the option (serde alone only says what it expected).
fn read_options(options: &JsValue) -> Result<MountOptions, String> {
    if options.is_undefined() || options.is_null() {
        return Ok(MountOptions::default());
    }
    if !options.is_object() || js_sys::Array::is_array(options) {
        return Err(default_messages().mount_not_an_object.to_owned());
    }
    // serde-wasm-bindgen reads only the fields it knows, so an unknown key
    // (a typo: `clinicname`) would pass unseen: refused here by name.
    let keys = js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>());
    for key in keys.iter() {
        let name = key.as_string().unwrap_or_default();
        if !OPTION_NAMES.contains(&name.as_str()) {
            return Err(default_messages().mount_unknown_option(&name, &OPTION_NAMES.join(", ")));
        }
    }
    if let Some(lines) = member(options, "crisisLines").filter(js_sys::Array::is_array) {
        for (i, line) in js_sys::Array::from(&lines).iter().enumerate() {
            object_at(&line, &["name", "number"], &format!("crisisLines[{i}]"))?;
        }
    }
    serde_wasm_bindgen::from_value(options.clone()).map_err(|whole| {
        // Read each option on its own to name the one that is wrong.
        for key in keys.iter() {
            let one = js_sys::Object::new();
            let value = js_sys::Reflect::get(options, &key).unwrap_or_default();
            let _ = js_sys::Reflect::set(&one, &key, &value);
            if let Err(e) = serde_wasm_bindgen::from_value::<MountOptions>(one.into()) {
                let name = key.as_string().unwrap_or_default();
                return default_messages().mount_option(&e, &name);
            }
        }
        default_messages().mount_options(&whole)
    })
}

/// The words of mount's messages: the options did not parse, so neither did
/// their language.
fn default_messages() -> &'static crate::i18n::Messages {
    Lang::default().messages()
}

/// Mounts the widget inside `root`. `options` may be omitted.
#[wasm_bindgen]
pub fn mount(root: JsValue, options: JsValue) -> Result<PlanComposer, JsError> {
    let root = mount_root(root).map_err(|e| JsError::new(&e))?;
    let raw_options = options.clone();
    let options = read_options(&options).map_err(|e| JsError::new(&e))?;
    let lang = options
        .lang
        .as_deref()
        .map(Lang::from_tag)
        .unwrap_or_default();
    let idle_given = match options.idle_reset_seconds {
        Some(_) => {
            js_sys::Reflect::get(&raw_options, &"idleResetSeconds".into()).unwrap_or_default()
        }
        None => JsValue::UNDEFINED,
    };
    let idle_reset_seconds = idle_seconds(&idle_given, lang).map_err(|e| JsError::new(&e))?;
    let kiosk = idle_reset_seconds.is_some();
    let drafts = match draft_store(&options, kiosk, lang).map_err(|e| JsError::new(&e))? {
        // A case to read is the same for everyone: nothing is kept of it.
        Some(_) if options.educator_case.is_some() => None,
        Some(store) => {
            let key = options
                .draft_key
                .clone()
                .unwrap_or_else(|| "plan-composer-draft".into());
            Some(
                Drafts::open(store, key)
                    .map_err(|e| JsError::new(&lang.messages().mount_drafts(&e)))?,
            )
        }
        None => None,
    };
    let identity = Rc::new(read_identity(&raw_options).map_err(|e| JsError::new(&e))?);
    let clinic_name = options.clinic_name.unwrap_or_default();
    let crisis_lines = options.crisis_lines;
    // A saved draft is read by the on-demand part: until it is here the
    // widget shows that the draft is being opened, and changes nothing.
    let draft_waiting = drafts.as_ref().is_some_and(Drafts::has_draft);
    let composer = Composer::new(new_plan(lang, &crisis_lines), lang);
    let store = Store::new(Some(root.clone()), composer);
    store.set_kiosk(kiosk);
    store.set_opening_draft(draft_waiting);
    if !draft_waiting {
        if let Some(drafts) = drafts.clone() {
            store.keep_drafts(drafts);
        }
    }
    crash::watch(&store);
    let new_plan_lines = crisis_lines.clone();
    let props = AppProps {
        lang,
        prefix: Rc::from(format!("pc{}", (js_sys::Math::random() * 1e9) as u32)),
        today: today(),
        clinic_name: AttrValue::from(clinic_name.clone()),
        identity: identity.clone(),
        idle_reset_seconds,
        new_plan: Some(Callback::from(move |()| new_plan(lang, &new_plan_lines))),
        store: store.clone(),
    };
    ROOTS.with(|roots| roots.borrow_mut().push(root.clone()));
    let app = Rc::new(std::cell::RefCell::new(None));
    let mounted = Rc::new(std::cell::Cell::new(true));
    let render = {
        let (app, root) = (app.clone(), root.clone());
        move || {
            *app.borrow_mut() =
                Some(yew::Renderer::<App>::with_root_and_props(root, props).render())
        }
    };
    if crate::i18n::has_words(lang) {
        render();
    } else {
        // The first render waits for the language's words (in the release
        // build a module of their own), so nothing shows in another language.
        let mounted = mounted.clone();
        wasm_bindgen_futures::spawn_local(async move {
            crate::i18n::load_words(lang).await;
            if mounted.get() {
                render();
            }
        });
    }
    let ready = wasm_bindgen_futures::future_to_promise(finish_loading(Unsettled {
        store: store.clone(),
        draft: drafts.filter(|_| draft_waiting),
        files: HostFiles {
            catalog_json: options.catalog_json,
            educator_case: options.educator_case,
            educator_notes_json: options.educator_notes_json,
            instruments_json: options.instruments_json,
        },
        lang,
        crisis_lines,
    }));
    Ok(PlanComposer {
        app,
        mounted,
        root,
        _leave_guard: leave_guard(&store),
        store,
        clinic_name,
        identity,
        ready,
    })
}

/// The files a host gave as text, which only the on-demand part reads.
struct HostFiles {
    catalog_json: Option<String>,
    educator_case: Option<String>,
    educator_notes_json: Option<String>,
    instruments_json: Option<String>,
}

/// What the part needs to finish loading a widget (see `settle`).
pub(crate) struct Unsettled {
    store: Store,
    draft: Option<Drafts>,
    files: HostFiles,
    lang: Lang,
    crisis_lines: Option<Vec<CrisisLineOption>>,
}

/// After the first render, in the browser's idle time: fetches the
/// on-demand part, which then settles the widget (`settle`).
async fn finish_loading(unsettled: Unsettled) -> Result<JsValue, JsValue> {
    idle_time().await;
    let part = on_demand::load().await;
    // Every language's words, as the part's exports may write in any
    // (a plan's own language, the person's page in theirs).
    for lang in Lang::ALL {
        crate::i18n::load_words(*lang).await;
    }
    (part.settle)(part, unsettled).await
}

/// In the part, once it is here: reads what only it can read (the
/// clinic's catalog, a saved draft) and shows the steps that waited for it.
pub(crate) async fn settle(part: OnDemand, unsettled: Unsettled) -> Result<JsValue, JsValue> {
    let Unsettled {
        store,
        draft,
        files,
        lang,
        crisis_lines,
    } = unsettled;
    let HostFiles {
        catalog_json,
        educator_case,
        educator_notes_json,
        instruments_json,
    } = files;
    if let Some(drafts) = draft {
        store.replace(resume_or_start(part, &drafts, lang, &crisis_lines));
        store.set_opening_draft(false);
        store.keep_drafts(drafts);
    }
    // What the person changed on the first step before now.
    store.release_change(part.plan_json);
    let catalog = match catalog_json {
        Some(text) => (part.read_catalog)(&text).map(Rc::new).map_err(|list| {
            let count = u64::try_from(list.len()).unwrap_or(u64::MAX);
            JsValue::from(js_sys::Error::new(&format!(
                "{}\n{}",
                lang.words().mount_catalog(count),
                list.join("\n")
            )))
        }),
        None => Ok((part.built_in_catalog)()),
    };
    match &catalog {
        Ok(catalog) => store.set_catalog(catalog.clone()),
        // A clinic's catalog that cannot be read is never replaced by the
        // built-in one: the steps after the first say so.
        Err(_) => store.set_catalog_failed(),
    }
    // Each file the host gave is read; the first problem rejects `ready`,
    // after the widget shows what could be read.
    let failed = |heading: &str, problems: Vec<String>| {
        JsValue::from(js_sys::Error::new(&format!(
            "{heading}\n{}",
            problems.join("\n")
        )))
    };
    let mut problem = catalog.err();
    if let Some(text) = educator_notes_json {
        match (part.read_notes)(&text) {
            Ok(notes) => store.set_notes(Rc::new(notes)),
            Err(problems) => {
                problem = problem.or(Some(failed(lang.words().mount_notes, problems)));
            }
        }
    }
    // The instruments: the host's own, or the widget's, fetched now so a
    // kiosk that goes offline later can still take them.
    let instruments = match instruments_json {
        Some(text) => (part.read_instruments)(&text).inspect_err(|problems| {
            problem = problem.take().or(Some(failed(
                lang.words().mount_instruments,
                problems.clone(),
            )));
        }),
        None => fetch_own("instruments.json")
            .await
            .map_err(|e| vec![format!("{e:?}")])
            .and_then(|text| (part.read_instruments)(&text))
            .inspect_err(|problems| {
                web_sys::console::warn_1(&JsValue::from_str(&format!(
                    "plan-composer: the instruments (pkg/instruments.json) could not be read: {}",
                    problems.join("; ")
                )));
            }),
    };
    store.set_instruments(match instruments {
        Ok(set) => Instruments::Ready(Rc::new(set)),
        Err(_) => Instruments::Failed,
    });
    if let Some(text) = educator_case {
        load_notes(&store, part).await;
        if let Err(problems) = open_case(&store, part, &text) {
            problem = problem.or(Some(failed(lang.words().mount_case, problems)));
        }
    }
    store.refresh();
    problem.map_or(Ok(JsValue::UNDEFINED), Err)
}

#[wasm_bindgen(
    inline_js = "export function own_file_url(name) { return new URL(name, import.meta.url.replace(/snippets\\/[^/]*\\/[^/]*$/, '')).href; }"
)]
extern "C" {
    /// One of the widget's own data files in pkg/: never another origin.
    /// This snippet is pkg/snippets/<crate>/inline0.js, or, in a release
    /// build, bundled into the glue (pkg/plan_composer.js).
    pub(crate) fn own_file_url(name: &str) -> String;
}

/// The text of one of the widget's own data files (pkg/NAME), or why not.
async fn fetch_own(name: &str) -> Result<String, JsValue> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&own_file_url(name)))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from_str(&format!("HTTP {}", response.status())));
    }
    JsFuture::from(response.text()?)
        .await?
        .as_string()
        .ok_or_else(|| JsValue::from_str("not text"))
}

/// Educator mode's notes, fetched once from the widget's own files unless
/// the host gave its own. A file that cannot be had leaves the steps
/// without notes, said on the console for the host's developer.
async fn load_notes(store: &Store, part: OnDemand) {
    if store.notes().is_some() {
        return;
    }
    let read = fetch_own("educator.json")
        .await
        .map_err(|e| vec![format!("{e:?}")])
        .and_then(|text| (part.read_notes)(&text));
    match read {
        Ok(notes) => store.set_notes(Rc::new(notes)),
        Err(problems) => web_sys::console::warn_1(&JsValue::from_str(&format!(
            "plan-composer: the educator notes (pkg/educator.json) could not be read: {}",
            problems.join("; ")
        ))),
    }
    store.refresh();
}

/// Problems as the host API throws them: a string[], one message each.
fn problem_list(problems: impl IntoIterator<Item = String>) -> JsValue {
    let list = js_sys::Array::new();
    for problem in problems {
        list.push(&JsValue::from_str(&problem));
    }
    list.into()
}

/// Opens a synthetic case to read (educator mode), or says why it cannot:
/// the file's problems, or that it is no synthetic example.
fn open_case(store: &Store, part: OnDemand, text: &str) -> Result<(), Vec<String>> {
    let lang = store.lang();
    let plan = (part.read_plan)(text).map_err(|errors| {
        errors
            .iter()
            .map(|e| (part.import_error)(lang, e))
            .collect::<Vec<_>>()
    })?;
    if plan.synthetic.is_none() {
        return Err(vec![lang.messages().case_not_synthetic.to_owned()]);
    }
    store.act(Action::OpenCase(Box::new(plan)));
    Ok(())
}

/// Resolves when the browser is idle (or after at most 200 ms), so the
/// first step is painted and usable before the rest is fetched.
async fn idle_time() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        };
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(200);
        if window
            .request_idle_callback_with_options(&resolve, &options)
            .is_err()
        {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The draft left in storage, exactly as it was, or a new plan. A draft
/// this build cannot read is set aside (kept, not overwritten) and the
/// person is told.
fn resume_or_start(
    part: OnDemand,
    drafts: &Drafts,
    lang: Lang,
    crisis_lines: &Option<Vec<CrisisLineOption>>,
) -> Composer {
    let fresh = || Composer::new(new_plan(lang, crisis_lines), lang);
    let Some(saved) = drafts.load(part.read_plan) else {
        return fresh();
    };
    match saved.plan {
        Ok(plan) => Composer::resumed(plan, saved.review_baseline, lang),
        Err(errors) => {
            drafts.set_aside();
            let mut composer = fresh();
            composer.import_errors = errors.into();
            composer
        }
    }
}

#[wasm_bindgen]
impl PlanComposer {
    /// The current plan in the widget's JSON format. Throws before `ready`:
    /// the writer comes with the rest of the widget.
    #[wasm_bindgen(js_name = planJson)]
    pub fn plan_json(&self) -> Result<String, JsError> {
        let part = self.part("planJson")?;
        Ok((part.host.plan_json)(part, &self.store))
    }

    /// Replaces the plan with the one in `text`. On failure the plan is
    /// unchanged and the error is a list of messages, one per problem.
    #[wasm_bindgen(js_name = openPlanJson)]
    pub fn open_plan_json(&self, text: String) -> Result<(), JsValue> {
        let part = self.part("openPlanJson")?;
        (part.host.open_plan_json)(part, &self.store, &text)
    }

    /// Opens a synthetic case to read step by step (educator mode): its
    /// dates as near to today as they were to the day they were written
    /// for. Throws a string[] and keeps the plan if the text is not a
    /// sound plan marked `synthetic`.
    #[wasm_bindgen(js_name = openCase)]
    pub fn open_case(&self, text: String) -> Result<(), JsValue> {
        let part = self.part("openCase")?;
        (part.host.open_case)(part, &self.store, &text)
    }

    /// Settles once the whole widget is here: every other call can be made
    /// from then on. Rejects with the problems of a clinic's catalog that
    /// cannot be read.
    #[wasm_bindgen(getter)]
    pub fn ready(&self) -> js_sys::Promise {
        self.ready.clone()
    }

    /// The plan as a FHIR R4 Bundle, as JSON: "collection" (the default)
    /// to keep as a file, "transaction" to post to a FHIR server's base.
    #[wasm_bindgen(js_name = fhirJson)]
    pub fn fhir_json(&self, bundle: Option<String>) -> Result<String, JsError> {
        let part = self.part("fhirJson")?;
        (part.host.fhir_json)(part, &self.store, &self.identity, bundle.as_deref())
    }

    /// The printable plan: a complete HTML document with print CSS; with
    /// `summary_only`, only the person's one-page summary ("My plan").
    #[wasm_bindgen(js_name = printableHtml)]
    pub fn printable_html(
        &self,
        large_print: Option<bool>,
        summary_only: Option<bool>,
    ) -> Result<String, JsError> {
        let part = self.part("printableHtml")?;
        Ok((part.host.printable_html)(
            part,
            &self.store,
            &self.identity,
            &self.clinic_name,
            large_print.unwrap_or(false),
            summary_only.unwrap_or(false),
        ))
    }

    /// The plan as compact Markdown, for a record system's note.
    #[wasm_bindgen(js_name = plainText)]
    pub fn plain_text(&self) -> Result<String, JsError> {
        let part = self.part("plainText")?;
        Ok((part.host.plain_text)(part, &self.store))
    }

    /// The SMART coach's report on a goal (JSON of the plan format; only
    /// `statement` is required), with this plan's needs as context. Throws
    /// a message when the goal cannot be read.
    #[wasm_bindgen(js_name = coachGoal)]
    pub fn coach_goal(&self, goal_json: &str) -> Result<String, JsError> {
        let part = self.part("coachGoal")?;
        (part.host.coach_goal)(part, Some(&self.store), goal_json, self.store.lang())
    }

    /// Removes the saved draft from the browser's storage (the plan on
    /// screen stays; the next change is saved again). No-op without drafts.
    #[wasm_bindgen(js_name = clearDraft)]
    pub fn clear_draft(&self) {
        if let Some(drafts) = self.store.drafts() {
            drafts.clear();
        }
    }

    /// Removes the widget and everything it showed from the page.
    pub fn destroy(&mut self) {
        self.mounted.set(false);
        if let Some(app) = self.app.borrow_mut().take() {
            app.destroy();
        }
        self._leave_guard = None;
        crash::forget(&self.store);
        ROOTS.with(|roots| roots.borrow_mut().retain(|r| r != &self.root));
    }

    /// Shows the widget in the language of `tag` (e.g. "es-MX"; a language
    /// the widget does not have falls back to English). The plan, its undo
    /// history and the step on screen stay as they are.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&self, tag: &str) {
        let lang = Lang::from_tag(tag);
        if lang != self.store.lang() {
            self.store.act(Action::SetLang(lang));
        }
    }

    /// The language the widget is shown in now, as a tag ("en", "es").
    #[wasm_bindgen(getter)]
    pub fn lang(&self) -> String {
        self.store.lang().tag().to_owned()
    }
}

impl PlanComposer {
    /// The on-demand part, or an error naming the call that came too soon.
    fn part(&self, call: &str) -> Result<OnDemand, JsError> {
        part_for(call, self.store.lang())
    }
}

fn part_for(call: &str, lang: Lang) -> Result<OnDemand, JsError> {
    on_demand::loaded().ok_or_else(|| JsError::new(&lang.messages().mount_not_ready(&call)))
}

/// Fetches the on-demand part (once): resolves when every function of the
/// module can be called, the standalone `coachGoal` among them. `mount`
/// does this by itself; see `PlanComposer.ready`.
#[wasm_bindgen(js_name = whenLoaded)]
pub fn when_loaded() -> js_sys::Promise {
    wasm_bindgen_futures::future_to_promise(async {
        on_demand::load().await;
        Ok(JsValue::UNDEFINED)
    })
}

/// The SMART coach without a mounted widget: a goal as JSON in, the report
/// as JSON out (`{"S": {"status": "met" | "needs_work" | "missing",
/// "reason", "suggestion"}, ..., "next"}`), worded in `lang` (e.g. "es").
/// Needs the on-demand part: `await whenLoaded()` first.
#[wasm_bindgen(js_name = coachGoal)]
pub fn coach_goal(goal_json: &str, lang: Option<String>) -> Result<String, JsError> {
    let lang = lang.as_deref().map(Lang::from_tag).unwrap_or_default();
    let part = part_for("coachGoal", lang)?;
    (part.host.coach_goal)(part, None, goal_json, lang)
}

/// A plan id that is unique enough on one device, from the clock and a
/// random number (no network, no storage).
pub(crate) fn new_plan_id() -> String {
    let now = js_sys::Date::now() as u64;
    let salt = (js_sys::Math::random() * 1_679_616.0) as u64;
    format!("plan-{}-{}", base36(now), base36(salt))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// This instant on this device, as FHIR writes one (UTC, e.g.
/// "2026-03-10T14:05:00.000Z").
pub fn now() -> Option<String> {
    js_sys::Date::new_0().to_iso_string().as_string()
}

/// Today's date on this device.
pub fn today() -> Option<PlanDate> {
    let now = js_sys::Date::new_0();
    PlanDate::new(
        u16::try_from(now.get_full_year()).ok()?,
        u8::try_from(now.get_month() + 1).ok()?,
        u8::try_from(now.get_date()).ok()?,
    )
}
