use super::context::use_ui;
use crate::export::fhir::{fhir_json_for, BundleKind, FhirOptions};
use crate::export::json;
use crate::export::print::{printable_html_for, Paper, PrintOptions};
use crate::export::text::plain_text;
use crate::plan::Plan;
use crate::web::files::{copy_text, download_text};
use std::rc::Rc;
use web_sys::{HtmlIFrameElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

type FhirDeps = (
    Rc<Plan>,
    crate::i18n::Lang,
    Option<crate::plan::PlanDate>,
    Option<crate::web::store::Store>,
    Rc<crate::export::identity::Identity>,
    super::context::CatalogRef,
);

/// Downloads the plan as a FHIR Bundle of one kind: a file (collection) or
/// requests for a record system's server (transaction).
fn fhir_download(bundle: BundleKind) -> impl Fn(MouseEvent, &FhirDeps) {
    move |_, (plan, lang, today, store, identity, catalog)| {
        let now = crate::embed::now();
        let options = FhirOptions {
            lang: *lang,
            today: *today,
            now: now.as_deref(),
            bundle,
            catalog: Some(catalog),
        };
        let text = fhir_json_for(plan, &options, identity);
        let name = match bundle {
            BundleKind::Collection => format!("{}.fhir.json", plan.id),
            BundleKind::Transaction => format!("{}.transaction.fhir.json", plan.id),
        };
        download_text(&name, "application/fhir+json", &text);
        if let Some(store) = store {
            store.export("fhir", &text);
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ExportPanelProps {
    pub plan: Rc<Plan>,
}

/// Every way to take the plan away, with no server: a preview of the
/// printable plan (the same document that is printed or saved), print,
/// and downloads of the printable plan, the JSON and FHIR, and the text
/// copied for a record system's note.
#[function_component(ExportPanel)]
pub fn export_panel(props: &ExportPanelProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let large_print = use_state(|| false);
    let a4 = use_state(|| false);
    let copied = use_state(|| None::<bool>);
    let frame = use_node_ref();
    let plan = props.plan.clone();

    let options = PrintOptions {
        clinic_name: ui.clinic_name.to_string(),
        large_print: *large_print,
        lang: ui.lang,
        paper: if *a4 { Paper::A4 } else { Paper::Letter },
        today: ui.today,
        summary_only: false,
    };
    let html = {
        let key = (plan.clone(), options.clone(), ui.identity.clone());
        use_memo(key, |(plan, options, identity)| {
            printable_html_for(plan, options, identity)
        })
    };
    // The person's page on its own, in a frame of its own to print from.
    let summary = {
        let options = PrintOptions {
            summary_only: true,
            ..options.clone()
        };
        let key = (plan.clone(), options, ui.identity.clone());
        use_memo(key, |(plan, options, identity)| {
            printable_html_for(plan, options, identity)
        })
    };
    let summary_frame = use_node_ref();
    let on_large = use_callback(large_print.setter(), |e: Event, set| {
        set.set(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let on_paper = use_callback(a4.setter(), |e: Event, set| {
        set.set(e.target_unchecked_into::<HtmlSelectElement>().value() == "a4")
    });
    let on_print = use_callback(
        (frame.clone(), html.clone(), ui.store.clone()),
        |_: MouseEvent, (frame, html, store)| {
            if let Some(store) = store {
                store.export("html", html);
            }
            if let Some(window) = frame
                .cast::<HtmlIFrameElement>()
                .and_then(|f| f.content_window())
            {
                let _ = window.print();
            }
        },
    );
    let on_print_summary = use_callback(summary_frame.clone(), |_: MouseEvent, frame| {
        if let Some(window) = frame
            .cast::<HtmlIFrameElement>()
            .and_then(|f| f.content_window())
        {
            let _ = window.print();
        }
    });
    let on_html = use_callback(
        (plan.clone(), html.clone(), ui.store.clone()),
        |_: MouseEvent, (plan, html, store)| {
            download_text(&format!("{}.plan.html", plan.id), "text/html", html);
            if let Some(store) = store {
                store.export("html", html);
            }
        },
    );
    let on_json = use_callback(
        (plan.clone(), ui.store.clone()),
        |_: MouseEvent, (plan, store)| {
            let text = json::export(plan);
            download_text(&format!("{}.plan.json", plan.id), "application/json", &text);
            if let Some(store) = store {
                store.export("json", &text);
            }
        },
    );
    let fhir_deps = (
        plan.clone(),
        ui.lang,
        ui.today,
        ui.store.clone(),
        ui.identity.clone(),
        ui.catalog.clone(),
    );
    let on_fhir = use_callback(fhir_deps.clone(), fhir_download(BundleKind::Collection));
    let on_fhir_transaction = use_callback(fhir_deps, fhir_download(BundleKind::Transaction));
    let on_copy = use_callback(
        (plan.clone(), ui.lang, ui.store.clone(), copied.setter()),
        |_: MouseEvent, (plan, lang, store, copied)| {
            let text = plain_text(plan, *lang);
            if let Some(store) = store {
                store.export("text", &text);
            }
            let copied = copied.clone();
            yew::platform::spawn_local(async move {
                copied.set(Some(copy_text(&text).await));
            });
        },
    );
    let id = |part: &str| ui.dom_id("export", part);
    html! {
        <section class="pc-export" aria-labelledby={id("heading")}>
            <h4 id={id("heading")}>{w.take_the_plan}</h4>
            <div class="pc-row pc-export-options">
                <div class="pc-check">
                    <input id={id("large")} type="checkbox" checked={*large_print} onchange={on_large} />
                    <label for={id("large")}>{w.large_print}</label>
                </div>
                <div class="pc-field pc-field-choice">
                    <label for={id("paper")}>{w.paper_size}</label>
                    <select id={id("paper")} class="pc-select" onchange={on_paper}>
                        <option value="letter" selected={!*a4}>{w.paper_letter}</option>
                        <option value="a4" selected={*a4}>{w.paper_a4}</option>
                    </select>
                </div>
            </div>
            <div class="pc-export-buttons">
                <button type="button" class="pc-button pc-button-primary" onclick={on_print}>{w.print_plan}</button>
                <button type="button" class="pc-button" onclick={on_print_summary}>{w.print_my_plan_page}</button>
                <button type="button" class="pc-button" onclick={on_html}>{w.download_printable}</button>
                <button type="button" class="pc-button" onclick={on_json}>{w.download_json}</button>
                <button type="button" class="pc-button" onclick={on_fhir}>{w.download_fhir}</button>
                <button type="button" class="pc-button" onclick={on_fhir_transaction}>{w.download_fhir_transaction}</button>
                // The clipboard outlives a kiosk's wipe: not offered there.
                if !ui.kiosk {
                    <button type="button" class="pc-button" onclick={on_copy}>{w.copy_text}</button>
                }
            </div>
            <p class="pc-status" role="status" aria-live="polite">
                { match *copied {
                    Some(true) => w.copied,
                    Some(false) => w.copy_failed,
                    None => "",
                } }
            </p>
            <iframe ref={frame} ~className={if *large_print { "pc-preview pc-preview-large" } else { "pc-preview" }}
                title={w.print_preview} sandbox="allow-same-origin allow-modals"
                srcdoc={(*html).clone()} />
            // Out of sight and out of the tab order: the button above prints it.
            <iframe ref={summary_frame} class="pc-print-frame" aria-hidden="true" tabindex="-1"
                title={w.my_plan_page_frame} sandbox="allow-same-origin allow-modals"
                srcdoc={(*summary).clone()} />
        </section>
    }
}
