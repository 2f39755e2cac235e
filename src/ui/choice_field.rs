use crate::plan::target::ChoiceTarget;
use crate::plan::Edit;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceFieldProps {
    pub target: ChoiceTarget,
    /// Position of the chosen option, if any.
    pub selected: Option<usize>,
    /// The words for each option, in the order of the choice list.
    pub options: Vec<&'static str>,
    pub label: AttrValue,
    pub id: AttrValue,
    /// Words for "not chosen", where a choice may be left open.
    #[prop_or_default]
    pub unset: Option<AttrValue>,
    pub on_edit: Callback<Edit>,
}

/// A labelled list of closed choices (stage of change, priority, role...).
#[function_component(ChoiceField)]
pub fn choice_field(props: &ChoiceFieldProps) -> Html {
    let onchange = use_callback(
        (props.target.clone(), props.on_edit.clone(), props.selected),
        |e: Event, (target, on_edit, selected)| {
            let select = e.target_unchecked_into::<HtmlSelectElement>();
            let index = select.value().parse::<usize>().ok();
            if let Some(edit) = target.edit(index) {
                // Show the plan's choice until the plan says otherwise: a
                // refused edit (a signed plan) then leaves it showing.
                select.set_value(&selected.map(|i| i.to_string()).unwrap_or_default());
                on_edit.emit(edit);
            }
        },
    );
    // The list shows the plan's choice whenever it changes (undo, another
    // widget), even after the person picked from it.
    let select = use_node_ref();
    {
        let select = select.clone();
        use_effect_with(props.selected, move |selected| {
            if let Some(select) = select.cast::<HtmlSelectElement>() {
                select.set_value(&selected.map(|i| i.to_string()).unwrap_or_default());
            }
        });
    }
    html! {
        <div class="pc-field pc-field-choice">
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <select id={props.id.clone()} class="pc-select" ref={select} {onchange}>
                if let Some(unset) = &props.unset {
                    <option key="unset" value="" selected={props.selected.is_none()}>{unset.clone()}</option>
                }
                { for props.options.iter().enumerate().map(|(i, words)| html! {
                    <option key={i} value={i.to_string()} selected={props.selected == Some(i)}>{*words}</option>
                }) }
            </select>
        </div>
    }
}
