use super::action_button::ActionButton;
use super::component_editor::ComponentEditor;
use super::context::use_ui;
use super::edit_button::EditButton;
use super::step_props::StepProps;
use crate::composer::{Action, Step};
use crate::plan::gaps::FixAt;
use crate::plan::target::CATEGORIES;
use crate::plan::Plan;
use yew::prelude::*;

/// "Goal 2: Go to two meetings a week", for each goal a component serves.
fn served_goals(plan: &Plan, component: &str, lang: crate::i18n::Lang) -> Vec<String> {
    plan.goals
        .iter()
        .enumerate()
        .filter(|(_, g)| plan.goals_served_by(component).any(|s| s.id == g.id))
        .map(|(i, g)| lang.named(&lang.goal_number(i + 1), &g.statement))
        .collect()
}

/// Step 5: services and supports, chosen from the catalog by category, each
/// with a plain reason why it helps.
#[function_component(ComponentsStep)]
pub fn components_step(props: &StepProps) -> Html {
    let ui = use_ui();
    let lang = ui.lang;
    let w = lang.words();
    let plan = &props.plan;
    let catalog = &ui.catalog;
    let people: Vec<AttrValue> = plan.people().into_iter().map(AttrValue::from).collect();
    html! {
        <>
            <p class="pc-hint">{w.components_intro}</p>
            { for CATEGORIES.iter().map(|category| {
                let info = catalog.category(*category);
                let heading = ui.dom_id("category", &(*category as usize).to_string());
                let chosen: Vec<_> = plan.components.iter().filter(|c| c.category == *category).collect();
                html! {
                    <section key={*category as usize} class="pc-category" aria-labelledby={heading.clone()}>
                        <h4 id={heading}>{info.map(|i| i.name.get(lang)).unwrap_or(w.category(*category))}</h4>
                        if let Some(info) = info {
                            <p class="pc-hint">{info.intro.get(lang)}</p>
                        }
                        <ul class="pc-catalog">
                            { for catalog.entries_in(*category).map(|entry| {
                                let in_plan = plan.components.iter().find(|c| c.catalog_id == entry.id);
                                let name = entry.name.get(lang);
                                html! {
                                    <li key={entry.id.clone()} class="pc-entry" data-catalog-id={entry.id.clone()}>
                                        <details>
                                            <summary>
                                                <span class="pc-entry-name">{name}</span>
                                                if in_plan.is_some() {
                                                    <span class="pc-badge">{w.in_the_plan}</span>
                                                }
                                            </summary>
                                            <p>{entry.explanation.get(lang)}</p>
                                        </details>
                                        // Never twice: an entry in the plan takes you to it.
                                        if let Some(there) = in_plan {
                                            <ActionButton action={Action::Show(FixAt::new(Step::Components, &there.id, "details"))}
                                                label={w.show_in_plan}
                                                aria_label={format!("{}: {name}", w.show_in_plan)}
                                                on_action={props.on_action.clone()} />
                                        } else {
                                            <EditButton edit={entry.add_edit(lang)} label={w.add_to_plan}
                                                aria_label={format!("{}: {name}", w.add_to_plan)}
                                                on_edit={props.on_edit.clone()} />
                                        }
                                    </li>
                                }
                            }) }
                        </ul>
                        { for chosen.iter().map(|c| {
                            let entry = catalog.entry(&c.catalog_id);
                            html! {
                                <ComponentEditor key={c.id.clone()} component={(*c).clone()}
                                    details_label={entry.and_then(|e| e.details_label.as_ref()).map(|l| AttrValue::from(l.get(lang).to_owned()))}
                                    fixed_setting={entry.and_then(|e| e.fixed_setting.as_ref()).map(|s| AttrValue::from(s.get(lang).to_owned()))}
                                    setting_options={entry.map(|e| e.setting_options.iter().map(|o| AttrValue::from(o.get(lang).to_owned())).collect::<Vec<_>>()).unwrap_or_default()}
                                    serves={served_goals(plan, &c.id, lang)} people={people.clone()}
                                    on_edit={props.on_edit.clone()} on_action={props.on_action.clone()} />
                            }
                        }) }
                    </section>
                }
            }) }
        </>
    }
}
