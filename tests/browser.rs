//! Browser tests: the widget mounted in headless Chromium, driven through
//! the DOM as a person's browser would, with Yew's real renderer.
#![cfg(target_arch = "wasm32")]

use plan_composer::composer::Composer;
use plan_composer::i18n::Lang;
use plan_composer::plan::{Plan, PlanDate};
use plan_composer::ui::{App, AppProps};
use plan_composer::web::store::Store;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document")
}

/// A widget mounted for one test, in its own element; dropping it destroys
/// the app and removes the element, so no test sees another's widget.
struct Mounted {
    root: Element,
    /// This mount's element id prefix.
    prefix: String,
    app: Option<yew::AppHandle<App>>,
}

impl std::ops::Deref for Mounted {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.root
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

/// Mounts a fresh widget, with element ids of its own.
fn mount(lang: Lang) -> Mounted {
    static MOUNTS: AtomicU32 = AtomicU32::new(0);
    let prefix = format!("t{}", MOUNTS.fetch_add(1, Ordering::Relaxed));
    let root = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    let props = AppProps {
        store: Store::new(None, Composer::new(Plan::new("plan-test", None), lang)),
        lang,
        prefix: Rc::from(prefix.as_str()),
        today: PlanDate::new(2026, 11, 23),
        clinic_name: "Test clinic".into(),
        identity: Default::default(),
        idle_reset_seconds: None,
        new_plan: None,
    };
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    Mounted {
        root,
        prefix,
        app: Some(app),
    }
}

impl Mounted {
    /// The selector of this mount's element with id `<prefix>-<rest>`.
    fn sel(&self, rest: &str) -> String {
        format!("#{}-{rest}", self.prefix)
    }
}

/// Waits until Yew's scheduler has run every render and effect the last
/// event queued: a real render barrier, not a timed wait.
async fn settle() {
    yew::scheduler::flush().await;
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector)
        .map(|l| l.length())
        .unwrap_or(0)
}

fn fire(target: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).expect("an event");
    target.dispatch_event(&event).expect("dispatched");
}

/// Types `text` into an input or textarea the way the browser reports it.
fn type_into(field: &Element, text: &str) {
    if let Some(input) = field.dyn_ref::<HtmlInputElement>() {
        input.set_value(text);
    } else if let Some(area) = field.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(text);
    }
    fire(field, "input");
}

fn click(element: &Element) {
    element.unchecked_ref::<HtmlElement>().click();
}

/// Opens a step of the guide with its button in the progress bar.
async fn open_step(root: &Element, key: &str) {
    click(&find(root, &format!("[data-step='{key}']")));
    settle().await;
    assert_eq!(
        find(root, ".pc-root").get_attribute("data-step").as_deref(),
        Some(key)
    );
}

/// A goal's render count (kept in debug builds only).
fn renders(goal: &Element) -> u32 {
    goal.get_attribute("data-renders")
        .and_then(|n| n.parse().ok())
        .expect("debug builds count renders")
}

async fn add_goal(root: &Mounted, statement: &str) {
    type_into(&find(root, &root.sel("plan-new-goal")), statement);
    settle().await;
    click(&find(root, ".pc-add button[type=submit]"));
    settle().await;
}

#[wasm_bindgen_test]
async fn every_step_starts_with_labelled_controls() {
    let root = mount(Lang::En);
    settle().await;
    let steps = [
        "person",
        "assessment",
        "needs",
        "goals",
        "components",
        "relapse",
        "aftercare",
        "finish",
    ];
    for key in steps {
        open_step(&root, key).await;
        // Rows appear once something is added: add one of each kind the
        // step offers, so their fields are checked too.
        let adds = root
            .query_selector_all(".pc-step .pc-list > .pc-button, .pc-step > .pc-button")
            .expect("add buttons");
        for i in 0..adds.length() {
            click(&adds.item(i).expect("a button").unchecked_into());
            settle().await;
        }
        let fields = root
            .query_selector_all("input, textarea, select")
            .expect("fields");
        assert!(fields.length() > 0, "step {key} has fields");
        for i in 0..fields.length() {
            let field: Element = fields.item(i).expect("a field").unchecked_into();
            let selector = format!("label[for='{}']", field.id());
            assert_eq!(
                count(&root, &selector),
                1,
                "field {} on step {key} needs exactly one label",
                field.id()
            );
        }
        // Every button says what it does.
        let buttons = root.query_selector_all("button").expect("buttons");
        for i in 0..buttons.length() {
            let button: Element = buttons.item(i).expect("a button").unchecked_into();
            let words = button.text_content().unwrap_or_default();
            assert!(
                !words.trim().is_empty(),
                "a button on step {key} has no words"
            );
        }
    }
}

#[wasm_bindgen_test]
async fn typing_in_one_goal_re_renders_only_that_goal() {
    let root = mount(Lang::En);
    settle().await;
    open_step(&root, "goals").await;
    add_goal(&root, "Walk").await;
    add_goal(&root, "Sleep seven hours a night").await;
    let goals = root.query_selector_all(".pc-goal").expect("goals");
    let first: Element = goals.item(0).expect("goal 1").unchecked_into();
    let second: Element = goals.item(1).expect("goal 2").unchecked_into();
    let (first_before, second_before) = (renders(&first), renders(&second));
    let report_before = find(&first, ".pc-smart").get_attribute("data-report");

    let statement = find(&first, "textarea[data-field='statement']");
    for text in [
        "Walk 30",
        "Walk 30 minutes",
        "Walk 30 minutes every day until 2027-01-31",
    ] {
        type_into(&statement, text);
        settle().await;
    }
    assert!(
        renders(&first) > first_before,
        "the typed-in goal re-rendered"
    );
    assert_eq!(
        renders(&second),
        second_before,
        "the other goal did not re-render"
    );
    let report_after = find(&first, ".pc-smart").get_attribute("data-report");
    assert_ne!(
        report_before, report_after,
        "the SMART letters follow the typing"
    );
    assert!(
        report_after.unwrap_or_default().starts_with("met met"),
        "a number and a time frame make the goal specific and measurable"
    );
}

#[wasm_bindgen_test]
async fn adds_edits_and_removes_goals() {
    let root = mount(Lang::En);
    settle().await;
    open_step(&root, "goals").await;
    add_goal(&root, "Go to two meetings each week").await;
    add_goal(&root, "Walk every morning").await;
    assert_eq!(count(&root, ".pc-goal"), 2);
    assert_eq!(
        find(&root, &root.sel("plan-new-goal"))
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "",
        "the new-goal field empties after adding"
    );

    let first = find(&root, ".pc-goal");
    let id = first.get_attribute("data-goal-id").expect("a goal id");
    let statement = find(&root, &root.sel(&format!("{id}-statement")));
    assert_eq!(
        statement.unchecked_ref::<HtmlTextAreaElement>().value(),
        "Go to two meetings each week"
    );
    type_into(
        &find(&root, &root.sel(&format!("{id}-measure"))),
        "Sign-in sheet",
    );
    settle().await;
    assert_eq!(
        find(&root, &root.sel(&format!("{id}-measure")))
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "Sign-in sheet"
    );

    click(&find(&first, ".pc-actions button"));
    settle().await;
    assert_eq!(count(&root, ".pc-goal"), 1);
    assert_eq!(
        find(&root, ".pc-goal legend").text_content().as_deref(),
        Some("Goal 1")
    );

    // Undo brings the removed goal back, with what was typed in it.
    let undo = find(&root, ".pc-toolbar button");
    click(&undo);
    settle().await;
    assert_eq!(count(&root, ".pc-goal"), 2);
    assert_eq!(
        find(&root, &root.sel(&format!("{id}-measure")))
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "Sign-in sheet"
    );
}

#[wasm_bindgen_test]
async fn an_empty_new_goal_is_not_added() {
    let root = mount(Lang::En);
    settle().await;
    open_step(&root, "goals").await;
    add_goal(&root, "   ").await;
    assert_eq!(count(&root, ".pc-goal"), 0);
}

#[wasm_bindgen_test]
async fn speaks_the_chosen_language() {
    let root = mount(Lang::Es);
    settle().await;
    open_step(&root, "goals").await;
    assert_eq!(
        find(&root, ".pc-add button[type=submit]")
            .text_content()
            .as_deref(),
        Some("Agregar meta")
    );
    assert_eq!(
        find(&root, ".pc-root").get_attribute("lang").as_deref(),
        Some("es")
    );
    add_goal(&root, "Dormir siete horas").await;
    assert_eq!(
        find(&root, ".pc-goal legend").text_content().as_deref(),
        Some("Meta 1")
    );
}

/// Classes that change with the state are set as the `className` property
/// (see `ui::row_list::with_class`): the element must carry them all the
/// same, and follow the state.
#[wasm_bindgen_test]
async fn computed_classes_reach_the_elements() {
    let root = mount(Lang::En);
    settle().await;
    open_step(&root, "person").await;
    let adds = root
        .query_selector_all(".pc-step .pc-list > .pc-button")
        .expect("add buttons");
    assert!(adds.length() > 0, "step 1 has lists to add rows to");
    click(&adds.item(0).expect("a button").unchecked_into());
    settle().await;
    let row = find(&root, "li[data-item-id]");
    assert!(
        row.class_name().starts_with("pc-row pc-row-item"),
        "a row's classes: {}",
        row.class_name()
    );
    let list = row
        .closest("fieldset")
        .expect("closest")
        .expect("a row is in a fieldset");
    assert!(
        list.class_name().starts_with("pc-list"),
        "a list's classes: {}",
        list.class_name()
    );
    let remove = find(&row, "button");
    assert_eq!(remove.class_name(), "pc-button pc-button-quiet");
    assert_eq!(
        adds.item(0)
            .expect("a button")
            .unchecked_into::<Element>()
            .class_name(),
        "pc-button"
    );

    // A SMART letter's class follows the goal as it is written.
    open_step(&root, "goals").await;
    add_goal(&root, "Walk").await;
    let goal = find(&root, ".pc-goal");
    let id = goal.get_attribute("data-goal-id").expect("a goal id");
    let letters = |root: &Element| {
        let list = root.query_selector_all(".pc-letter").expect("letters");
        (0..list.length())
            .map(|i| {
                list.item(i)
                    .expect("a letter")
                    .unchecked_into::<Element>()
                    .class_name()
            })
            .collect::<Vec<_>>()
    };
    let before = letters(&root);
    assert_eq!(before.len(), 5, "five SMART letters: {before:?}");
    for class in &before {
        assert!(
            ["met", "needs_work", "missing"]
                .iter()
                .any(|s| class == &format!("pc-letter pc-letter-{s}")),
            "a letter's classes: {class}"
        );
    }
    type_into(
        &find(&root, &root.sel(&format!("{id}-measure"))),
        "Days walked, from my step counter",
    );
    settle().await;
    let after = letters(&root);
    assert_ne!(before, after, "the letters' classes follow the goal");
}
