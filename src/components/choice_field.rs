//! A labelled drop-down list.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// One choice: the value sent on change, and its label.
#[derive(Clone, PartialEq)]
pub struct Choice {
    pub value: &'static str,
    pub label: AttrValue,
}

/// The choices for `items`, each valued by its contract `key` and labelled by the label
/// at the same position.
pub fn keyed_choices<T: Copy>(
    items: &[T],
    key: fn(T) -> &'static str,
    labels: &[&'static str],
) -> Vec<Choice> {
    items
        .iter()
        .zip(labels)
        .map(|(x, label)| Choice {
            value: key(*x),
            label: (*label).into(),
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct ChoiceFieldProps {
    /// The contract name (`data-field`), also the element id.
    pub name: &'static str,
    pub label: AttrValue,
    pub choices: Vec<Choice>,
    /// The selected value; when it matches no choice, `placeholder` is shown selected.
    pub selected: AttrValue,
    pub placeholder: AttrValue,
    /// An error to show beside the list.
    #[prop_or_default]
    pub error: Option<String>,
    /// Called with the chosen value.
    pub on_change: Callback<String>,
}

/// A `<select>` with its label and inline error.
#[function_component]
pub fn ChoiceField(props: &ChoiceFieldProps) -> Html {
    let id = format!("field-{}", props.name);
    let error_id = format!("error-{}", props.name);
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_change.emit(select.value());
        })
    };
    let matched = props
        .choices
        .iter()
        .any(|c| c.value == props.selected.as_str());
    html! {
        <div class="field">
            <label for={id.clone()}>{ props.label.clone() }</label>
            <select
                id={id}
                data-field={props.name}
                aria-invalid={props.error.is_some().to_string()}
                aria-describedby={props.error.as_ref().map(|_| error_id.clone())}
                {onchange}
            >
                if !matched {
                    <option value="" selected=true disabled=true>{ props.placeholder.clone() }</option>
                }
                { for props.choices.iter().map(|c| html! {
                    <option value={c.value} selected={c.value == props.selected.as_str()}>
                        { c.label.clone() }
                    </option>
                }) }
            </select>
            <div aria-live="polite">
                if let Some(error) = &props.error {
                    <p class="field-error" id={error_id} data-error-for={props.name}>{ error }</p>
                }
            </div>
        </div>
    }
}
