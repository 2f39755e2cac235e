use super::check_field::CheckField;
use super::choice_field::ChoiceField;
use super::context::use_ui;
use super::edit_button::EditButton;
use super::export_panel::ExportPanel;
use super::gap_list::GapList;
use super::json_panel::JsonPanel;
use super::signature_form::SignatureForm;
use super::step_props::StepProps;
use crate::i18n::Text;
use crate::plan::target::{ChoiceSlot, ChoiceTarget, SIGNER_ROLES, STATUSES};
use crate::plan::{Edit, EditError, PlanStatus, Signature};
use yew::prelude::*;

/// Step 8: what is still missing, the whole plan, signatures, and the ways
/// to take the plan away.
#[function_component(FinishStep)]
pub fn finish_step(props: &StepProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let plan = &props.plan;
    let on_edit = &props.on_edit;
    let locked = plan.is_locked();
    // Names to sign with, per role: made again only when the plan changes.
    let signers = use_memo(plan.clone(), |plan| {
        SIGNER_ROLES
            .iter()
            .map(|role| (*role, plan.signers_for(*role)))
            .collect::<Vec<_>>()
    });
    let under_review = plan.status == PlanStatus::UnderReview;
    let earlier = plan
        .consent
        .signatures
        .iter()
        .any(|s| s.revision < plan.revision);
    let describe = |s: &Signature| {
        let mut parts = vec![s.name.clone(), w.signer_role(s.role).to_owned()];
        if !s.credentials.trim().is_empty() {
            parts.push(s.credentials.clone());
        }
        parts.push(match s.time.trim() {
            "" => s.date.to_string(),
            time => w.date_time(&s.date, &time),
        });
        parts.push(w.signed_revision(&s.revision));
        parts.join(" — ")
    };
    html! {
        <>
            <GapList plan={plan.clone()} on_action={props.on_action.clone()} />
            <ChoiceField target={ChoiceTarget::from(ChoiceSlot::Status)} selected={Some(plan.status as usize)}
                options={STATUSES.iter().map(|s| w.status(*s)).collect::<Vec<_>>()}
                label={w.plan_status} id={ui.dom_id("plan", "status")} on_edit={on_edit.clone()} />
            <fieldset class="pc-list">
                <legend>{w.signatures}</legend>
                <ul class="pc-rows">
                    { for plan.consent.signatures.iter().map(|s| html! {
                        <li key={s.id.clone()} class="pc-row pc-row-item pc-signature" data-item-id={s.id.clone()}
                            data-revision={s.revision.to_string()}
                            data-earlier={(s.revision < plan.revision).then_some("true")}>
                            <span>{describe(s)}</span>
                            // A signed record keeps its signatures.
                            if !locked {
                                <EditButton edit={Edit::RemoveSignature { id: s.id.clone() }} label={ui.t(Text::Remove)}
                                    aria_label={ui.lang.named(ui.t(Text::Remove), &s.name)} quiet=true
                                    on_edit={on_edit.clone()} />
                            }
                        </li>
                    }) }
                </ul>
                if earlier {
                    <p class="pc-hint">{w.earlier_revision_signatures}</p>
                }
                if under_review {
                    <p class="pc-hint">{ui.lang.edit_error(&EditError::ReviewInProgress)}</p>
                } else {
                    <SignatureForm {signers} on_edit={on_edit.clone()} />
                }
                <CheckField checked={plan.consent.copy_given_to_person} label={w.copy_given}
                    id={ui.dom_id("plan", "copy-given")} on={Edit::SetCopyGiven(true)} off={Edit::SetCopyGiven(false)}
                    on_edit={on_edit.clone()} />
            </fieldset>
            <ExportPanel plan={plan.clone()} />
            <JsonPanel plan={plan.clone()} />
        </>
    }
}
