use super::choice_field::ChoiceField;
use super::context::use_ui;
use super::date_field::DateField;
use super::step_props::StepProps;
use super::text_field::TextField;
use crate::plan::edit::AftercareField;
use crate::plan::target::{
    ChoiceSlot, ChoiceTarget, DateSlot, DateTarget, TextSlot, TextTarget, CADENCES,
};
use yew::prelude::*;

/// Step 7: long-term supports, and when the plan is looked at again.
#[function_component(AftercareStep)]
pub fn aftercare_step(props: &StepProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let plan = &props.plan;
    let (on_edit, on_action) = (&props.on_edit, &props.on_action);
    html! {
        <>
            <fieldset class="pc-list">
                <legend>{w.aftercare}</legend>
                <div class="pc-grid">
                    { for AftercareField::ALL.iter().map(|field| html! {
                        <TextField key={*field as usize} target={TextTarget::from(TextSlot::Aftercare(*field))}
                            value={plan.text_of(TextSlot::Aftercare(*field)).to_owned()} label={w.aftercare_field(*field)}
                            id={ui.dom_id("aftercare", &(*field as usize).to_string())} multiline=true
                            on_edit={on_edit.clone()} on_action={on_action.clone()} />
                    }) }
                </div>
            </fieldset>
            <fieldset class="pc-list">
                <legend>{w.review_schedule}</legend>
                <div class="pc-row">
                    <ChoiceField target={ChoiceTarget::from(ChoiceSlot::ReviewCadence)} selected={Some(plan.review.cadence as usize)}
                        options={CADENCES.iter().map(|c| w.cadence(*c)).collect::<Vec<_>>()}
                        label={w.cadence} id={ui.dom_id("review", "cadence")} on_edit={on_edit.clone()} />
                    <DateField target={DateTarget::from(DateSlot::NextReview)} value={plan.review.next_review}
                        label={w.next_review} id={ui.dom_id("review", "next")} on_edit={on_edit.clone()} />
                </div>
                if !plan.review.history.is_empty() {
                    <h4>{w.review_history}</h4>
                    <ul class="pc-history">
                        { for plan.review.history.iter().map(|entry| html! {
                            <li key={entry.id.clone()}>
                                <strong>{format!("{} — {}", entry.date, entry.reviewed_by)}</strong>
                                if !entry.reason.is_empty() {
                                    <p>{ui.lang.named(w.review_reason, &entry.reason)}</p>
                                }
                                <ul>{ for entry.changes.iter().enumerate().map(|(i, c)| html! { <li key={i}>{ui.lang.change(c)}</li> }) }</ul>
                            </li>
                        }) }
                    </ul>
                }
            </fieldset>
        </>
    }
}
