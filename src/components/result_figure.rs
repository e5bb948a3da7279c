//! One computed figure: label, value with unit, the reason when it is not computable,
//! and its formula step by step.

use super::ScenarioContext;
use crate::i18n::{fill, glossary};
use crate::web;
use yew::prelude::*;

/// How prominently a figure is shown.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub enum Emphasis {
    /// Large, in the headline row.
    Headline,
    #[default]
    Normal,
}

#[derive(Properties, PartialEq)]
pub struct ResultFigureProps {
    /// The contract name (`data-result`); `None` for a figure repeated elsewhere under
    /// its contract name.
    pub name: Option<AttrValue>,
    pub label: AttrValue,
    /// The value in base units (0.12 for 12 %), or `None` when not computable.
    pub value: Option<f64>,
    /// The value as displayed ("12.0%"); ignored when `value` is `None`.
    pub display: AttrValue,
    /// The unit or period after the value ("per month").
    #[prop_or_default]
    pub unit: AttrValue,
    /// Why it is not computable, in words.
    #[prop_or_default]
    pub reason: Option<String>,
    /// "Not computable" in the current language, with its colon ("Not computable: ").
    pub not_computable: AttrValue,
    /// The formula, line by line, with the user's numbers.
    pub formula: Vec<String>,
    /// "Show the formula" in the current language.
    pub formula_label: AttrValue,
    #[prop_or_default]
    pub emphasis: Emphasis,
    /// A sentence under the figure (what it is used for).
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// A stable name for a figure whose value is a choice (`data-key`), e.g. the
    /// sensitivity's top driver.
    #[prop_or_default]
    pub data_key: Option<AttrValue>,
}

/// A figure and its formula. The formula's steps are rendered only while the panel is
/// open: a dozen closed panels would otherwise be rebuilt on every keystroke.
#[function_component]
pub fn ResultFigure(props: &ResultFigureProps) -> Html {
    let formula_open = use_state(|| false);
    let ontoggle = {
        let formula_open = formula_open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            formula_open.set(details.open());
        })
    };
    let class = match props.emphasis {
        Emphasis::Headline => "figure figure-headline",
        Emphasis::Normal => "figure",
    };
    let data_value = props.value.map(|v| v.to_string()).unwrap_or_default();
    // "?" to the glossary's row for the figure's term.
    let lang = use_context::<ScenarioContext>().map(|s| s.lang);
    // Looked up once per figure and language, not on every keystroke.
    let term = use_memo((props.name.clone(), lang), |(name, lang)| {
        let term = glossary::find(glossary::term_for_result(name.as_deref()?)?)?;
        let lang = (*lang)?;
        let label = fill(
            lang.texts().glossary.link_label,
            &[("term", term.name(lang))],
        );
        Some((
            term.key,
            format!("#term-{}", term.key),
            AttrValue::from(label),
        ))
    });
    let term_link = (*term).clone().map(|(key, href, label)| {
        html! {
            <a class="term-link" {href} data-term-link={key} aria-label={label.clone()} title={label}
                onclick={Callback::from(|_: MouseEvent| web::open_glossary())}>{ "?" }</a>
        }
    });
    let shown = if props.value.is_some() {
        props.display.to_string()
    } else {
        "—".to_string()
    };
    html! {
        <div class={class}>
            <div class="figure-label">{ props.label.clone() }{ for term_link }</div>
            <div class="figure-value">
                <span class="number" data-result={props.name.clone()} data-value={data_value} data-key={props.data_key.clone()}>
                    { breakable_at_separators(&shown) }
                </span>
                if props.value.is_some() && !props.unit.is_empty() {
                    <span class="unit">{ props.unit.clone() }</span>
                }
            </div>
            if let Some(reason) = props.reason.as_ref().filter(|_| props.value.is_none()) {
                <p class="figure-reason" data-reason-for={props.name.clone()}>
                    <strong>{ props.not_computable.clone() }</strong>{ reason }
                </p>
            }
            if let Some(note) = &props.note {
                <p class="note">{ note.clone() }</p>
            }
            if !props.formula.is_empty() {
                <details class="formula" data-formula-for={props.name.clone()} {ontoggle}>
                    <summary>{ props.formula_label.clone() }</summary>
                    if *formula_open {
                        <ol>
                            { for props.formula.iter().map(|line| html! { <li>{ line }</li> }) }
                        </ol>
                    }
                </details>
            }
        </div>
    }
}

/// A number that may wrap only after a thousands separator ("1,000,<wbr>000"), so a very
/// large figure fits a narrow card and a "%" never lands on a line of its own.
fn breakable_at_separators(text: &str) -> Html {
    let mut parts = text.split(',').peekable();
    let mut nodes = Vec::new();
    while let Some(part) = parts.next() {
        nodes.push(html! { { part.to_string() } });
        if parts.peek().is_some() {
            nodes.push(html! { <>{ "," }<wbr /></> });
        }
    }
    nodes.into_iter().collect::<Html>()
}
