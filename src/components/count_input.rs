//! A controlled text input for a count of customers.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CountInputProps {
    /// The contract name (`data-field`).
    pub name: &'static str,
    pub label: AttrValue,
    /// The symbol used in formulas (S, N, E, L).
    pub symbol: &'static str,
    /// The unit shown after the box ("customers").
    pub unit: AttrValue,
    /// The text as typed.
    pub value: AttrValue,
    /// Messages to show beside the field (parse error or cross-field problems).
    pub messages: Vec<String>,
    /// Called with the new text on every keystroke.
    pub on_change: Callback<String>,
}

/// A labelled count field with its unit and inline messages. A text box rather than
/// `type="number"`, which would discard what it cannot parse (full-width digits, "1,5")
/// instead of letting us explain it.
#[function_component]
pub fn CountInput(props: &CountInputProps) -> Html {
    let id = format!("field-{}", props.name);
    let error_id = format!("error-{}", props.name);
    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_change.emit(input.value());
        })
    };
    let invalid = !props.messages.is_empty();
    html! {
        <div class="field">
            <label for={id.clone()}>
                { props.label.clone() }
                <span class="symbol">{ format!(" ({})", props.symbol) }</span>
            </label>
            <div class="input-with-unit">
                <input
                    id={id}
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    data-field={props.name}
                    value={props.value.clone()}
                    aria-invalid={invalid.to_string()}
                    aria-describedby={invalid.then(|| error_id.clone())}
                    {oninput}
                />
                <span class="unit">{ props.unit.clone() }</span>
            </div>
            <div aria-live="polite">
                if invalid {
                    <div class="field-error" id={error_id} data-error-for={props.name}>
                        { for props.messages.iter().map(|m| html! { <p>{ m }</p> }) }
                    </div>
                }
            </div>
        </div>
    }
}
