use super::check_field::CheckField;
use super::choice_field::ChoiceField;
use super::context::use_ui;
use super::date_field::DateField;
use super::measures_panel::MeasuresPanel;
use super::number_field::NumberField;
use super::row_list::{Row, RowList};
use super::step_props::StepProps;
use super::text_field::TextField;
use super::text_list::TextList;
use crate::plan::edit::{
    AssessmentField, ClinicalField, RiskArea, SubstanceField, TextList as ListKind,
};
use crate::plan::target::{
    ChoiceSlot, ChoiceTarget, DateSlot, DateTarget, NumberSlot, NumberTarget, TextSlot, TextTarget,
    STAGES,
};
use crate::plan::Edit;
use yew::prelude::*;

fn area_key(field: AssessmentField) -> String {
    format!("area-{}", field as usize)
}

/// Step 2: the person's story and situation, in their words and the team's.
#[function_component(AssessmentStep)]
pub fn assessment_step(props: &StepProps) -> Html {
    let ui = use_ui();
    let w = ui.lang.words();
    let (on_edit, on_action) = (&props.on_edit, &props.on_action);
    let a = &props.plan.assessment;
    let stages: Vec<&'static str> = STAGES.iter().map(|s| w.stage(*s)).collect();
    html! {
        <>
            <RowList title={w.substances} add={Edit::AddSubstance { substance: String::new() }} on_edit={on_edit.clone()}>
                { for a.substances.iter().enumerate().map(|(i, s)| {
                    let n = i + 1;
                    let field = |field: SubstanceField, value: &str, label: &'static str, part: &str| html! {
                        <TextField target={TextTarget::of(TextSlot::Substance(field), s.id.clone())}
                            value={value.to_owned()} label={ui.lang.numbered(label, n)}
                            id={ui.dom_id(&s.id, part)} on_edit={on_edit.clone()} on_action={on_action.clone()} />
                    };
                    html! {
                        <Row key={s.id.clone()} id={s.id.clone()} name={ui.lang.numbered(w.substance, n)} class="pc-card"
                            remove={Edit::RemoveSubstance { id: s.id.clone() }} on_edit={on_edit.clone()}>
                            { field(SubstanceField::Substance, &s.substance, w.substance, "substance") }
                            { field(SubstanceField::Pattern, &s.pattern, w.pattern, "pattern") }
                            { field(SubstanceField::Route, &s.route, w.route, "route") }
                            <NumberField target={NumberTarget::of(NumberSlot::SubstanceOnset, s.id.clone())}
                                value={s.age_of_onset} label={ui.lang.numbered(w.age_of_onset, n)}
                                id={ui.dom_id(&s.id, "onset")} unset={w.not_answered}
                                on_edit={on_edit.clone()} />
                            <DateField target={DateTarget::of(DateSlot::SubstanceLastUse, s.id.clone())}
                                value={s.last_use} label={ui.lang.numbered(w.last_use, n)}
                                id={ui.dom_id(&s.id, "last-use")} on_edit={on_edit.clone()} />
                        </Row>
                    }
                }) }
            </RowList>

            <div class="pc-grid">
                { for AssessmentField::ALL.iter().map(|field| html! {
                    <TextField key={area_key(*field)} target={TextTarget::from(TextSlot::Assessment(*field))}
                        value={props.plan.text_of(TextSlot::Assessment(*field)).to_owned()} label={w.assessment_field(*field)}
                        id={ui.dom_id("assessment", &area_key(*field))} multiline=true
                        on_edit={on_edit.clone()} on_action={on_action.clone()} />
                }) }
            </div>

            <fieldset class="pc-list">
                <legend>{w.readiness}</legend>
                <div class="pc-grid">
                    <ChoiceField target={ChoiceTarget::from(ChoiceSlot::Stage)}
                        selected={a.readiness.stage.map(|s| s as usize)} options={stages}
                        label={w.stage_of_change} id={ui.dom_id("assessment", "stage")}
                        unset={AttrValue::from(w.not_answered)} on_edit={on_edit.clone()} />
                    <NumberField target={NumberTarget::from(NumberSlot::ReadinessRuler)} value={a.readiness.ruler}
                        label={w.readiness_ruler} id={ui.dom_id("assessment", "ruler")}
                        unset={w.not_answered} on_edit={on_edit.clone()} />
                </div>
            </fieldset>

            <TextList list={ListKind::AssessmentTriggers} items={a.triggers.clone()}
                on_edit={on_edit.clone()} on_action={on_action.clone()} />

            <fieldset class="pc-list">
                <legend>{w.risk_view}</legend>
                <CheckField checked={a.risk_view.is_some()} label={w.use_risk_view}
                    id={ui.dom_id("assessment", "risk-on")}
                    on={Edit::SetRiskViewEnabled(true)} off={Edit::SetRiskViewEnabled(false)}
                    on_edit={on_edit.clone()} />
                if a.risk_view.is_some() {
                    <p class="pc-hint">{w.risk_view_note}</p>
                    <div class="pc-grid">
                        { for RiskArea::ALL.iter().map(|area| html! {
                            <NumberField key={*area as usize} target={NumberTarget::from(NumberSlot::RiskRating(*area))}
                                value={props.plan.number_of(NumberSlot::RiskRating(*area))} label={w.risk_area(*area)}
                                id={ui.dom_id("risk", &(*area as usize).to_string())}
                                unset={w.not_answered} words={Some(w.risk_scale)}
                                on_edit={on_edit.clone()} />
                        }) }
                    </div>
                }
            </fieldset>

            // The clinician's own record: typed by the clinician, never
            // suggested or computed here.
            <fieldset class="pc-list" data-clinical="">
                <legend>{w.clinical_record}</legend>
                <p class="pc-hint">{w.clinical_record_hint}</p>
                <div class="pc-grid">
                    { for ClinicalField::ALL.iter().map(|field| html! {
                        <TextField key={*field as usize} target={TextTarget::from(TextSlot::Clinical(*field))}
                            value={props.plan.text_of(TextSlot::Clinical(*field)).to_owned()} label={w.clinical_field(*field)}
                            id={ui.dom_id("clinical", &(*field as usize).to_string())} multiline=true
                            on_edit={on_edit.clone()} on_action={on_action.clone()} />
                    }) }
                </div>
            </fieldset>

            <MeasuresPanel plan={props.plan.clone()} on_action={on_action.clone()} />
        </>
    }
}
