//! A controlled text input for a number: a count of customers, an amount, a rate.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    /// The contract name (`data-field`): `start_customers`, `cause.c3` …
    pub name: AttrValue,
    pub label: AttrValue,
    /// The symbol used in formulas (S, N, E, L), shown after the label.
    #[prop_or_default]
    pub symbol: Option<&'static str>,
    /// The unit shown after the box ("customers", "per month", "%").
    pub unit: AttrValue,
    /// The text as typed.
    pub value: AttrValue,
    /// A sentence under the field: what it holds, its default and source.
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// Messages to show beside the field: parse errors or problems with other fields
    /// (`data-error-for`, the field marked invalid).
    pub messages: Vec<String>,
    /// Hints that do not stop the value being used (`data-hint-for`), e.g. "0.6 in a
    /// percentage field: did you mean 60 %?".
    #[prop_or_default]
    pub hints: Vec<String>,
    /// Called with the new text on every keystroke.
    pub on_change: Callback<String>,
}

/// A labelled number field with its unit and inline messages. A text box rather than
/// `type="number"`, which would discard what it cannot parse (full-width digits, "1,5")
/// instead of letting us explain it.
#[function_component]
pub fn NumberInput(props: &NumberInputProps) -> Html {
    let id = format!("field-{}", props.name);
    let error_id = format!("error-{}", props.name);
    let hint_id = format!("hint-{}", props.name);
    let note_id = format!("note-{}", props.name);
    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_change.emit(input.value());
        })
    };
    let invalid = !props.messages.is_empty();
    let described: Vec<&str> = [
        invalid.then_some(error_id.as_str()),
        (!props.hints.is_empty()).then_some(hint_id.as_str()),
        props.note.as_ref().map(|_| note_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <div class="field">
            <label for={id.clone()}>
                { props.label.clone() }
                if let Some(symbol) = props.symbol {
                    <span class="symbol">{ format!(" ({symbol})") }</span>
                }
            </label>
            <div class="input-with-unit">
                <input
                    id={id}
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    data-field={props.name.clone()}
                    value={props.value.clone()}
                    aria-invalid={invalid.to_string()}
                    aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                    {oninput}
                />
                <span class="unit">{ props.unit.clone() }</span>
            </div>
            <div aria-live="polite">
                if invalid {
                    <div class="field-error" id={error_id.clone()} data-error-for={props.name.clone()}>
                        { for props.messages.iter().map(|m| html! { <p>{ m }</p> }) }
                    </div>
                }
                if !props.hints.is_empty() {
                    <div class="field-hint" id={hint_id.clone()} data-hint-for={props.name.clone()}>
                        { for props.hints.iter().map(|m| html! { <p>{ m }</p> }) }
                    </div>
                }
            </div>
            if let Some(note) = &props.note {
                <p class="field-note" id={note_id}>{ note.clone() }</p>
            }
        </div>
    }
}
