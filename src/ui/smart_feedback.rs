use super::context::use_ui;
use crate::plan::smart::{SmartReport, SmartStatus};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SmartFeedbackProps {
    pub report: SmartReport,
    /// Element id of the live region.
    pub id: AttrValue,
}

/// The five SMART letters of one goal as it is typed, and the one next
/// step that would help most, announced politely to screen readers.
#[function_component(SmartFeedback)]
pub fn smart_feedback(props: &SmartFeedbackProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let lang = ui.lang;
    let report = &props.report;
    let statuses: Vec<&str> = report
        .letters()
        .iter()
        .map(|(_, r)| r.status.word())
        .collect();
    html! {
        <div class="pc-smart" data-report={statuses.join(" ")}>
            <ul class="pc-smart-letters" aria-label={w.smart_check}>
                { for report.letters().into_iter().map(|(letter, r)| {
                    let status = r.status.word();
                    html! {
                        <li key={letter.key()} ~className={format!("pc-letter pc-letter-{status}")}
                            title={lang.smart_reason(r.reason)}>
                            <span class="pc-letter-char" aria-hidden="true">{letter.key()}</span>
                            <span class="pc-letter-word">{lang.smart_letter(letter)}</span>
                            <span class="pc-visually-hidden">{format!(": {}. {}", lang.smart_status(r.status), lang.smart_reason(r.reason))}</span>
                            <span class="pc-letter-status" aria-hidden="true">{smart_mark(r.status)}</span>
                        </li>
                    }
                }) }
            </ul>
            // Educator mode's SMART view: every letter and why, in words.
            if ui.teaching.as_ref().is_some_and(|t| t.smart_view) {
                <dl class="pc-smart-why">
                    { for report.letters().into_iter().map(|(letter, r)| html! {
                        <div key={letter.key()} data-letter={letter.key()} data-status={r.status.word()}>
                            <dt>{format!("{} {}: {}", smart_mark(r.status), lang.smart_letter(letter), lang.smart_status(r.status))}</dt>
                            <dd>{lang.smart_reason(r.reason)}</dd>
                        </div>
                    }) }
                </dl>
            }
            <p id={props.id.clone()} class="pc-smart-next" aria-live="polite">
                { match report.first_unmet() {
                    Some((letter, r)) => html! {
                        <>
                            <strong>{format!("{}: ", lang.smart_letter(letter))}</strong>
                            {lang.smart_suggestion(r.suggestion)}
                        </>
                    },
                    None => html! { {w.smart_all_met} },
                } }
            </p>
        </div>
    }
}

/// A mark that does not rely on colour alone.
fn smart_mark(status: SmartStatus) -> &'static str {
    match status {
        SmartStatus::Met => "✓",
        SmartStatus::NeedsWork => "~",
        SmartStatus::Missing => "○",
    }
}
