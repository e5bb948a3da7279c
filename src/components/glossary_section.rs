//! The glossary: every term in the three languages side by side, with its definition in
//! the page's language and the text it comes from. Figures link to its rows.

use yew::prelude::*;

use crate::i18n::glossary::TERMS;
use crate::i18n::{cite, Lang};

#[derive(Properties, PartialEq)]
pub struct GlossaryProps {
    /// The page's language (definitions and headings). The table depends on nothing
    /// else, so it is not rebuilt on every keystroke.
    pub lang: Lang,
}

/// The glossary, folded at the foot of the page; a figure's "?" link opens it.
#[function_component]
pub fn GlossarySection(props: &GlossaryProps) -> Html {
    let lang = props.lang;
    let t = &lang.texts().glossary;
    let rows = TERMS.iter().map(|term| {
        let source = if term.source == 0 {
            t.standard.to_string()
        } else {
            cite(lang, term.source)
        };
        html! {
            <tr id={format!("term-{}", term.key)} data-term={term.key}>
                { for Lang::ALL.iter().map(|l| html! {
                    <td lang={l.code()}>{ term.name(*l) }</td>
                }) }
                <td>{ term.definition(lang) }</td>
                <td>{ source }</td>
            </tr>
        }
    });
    html! {
        <details class="section glossary" id="glossary" data-panel="glossary">
            <summary><h2>{ t.heading }</h2></summary>
            <p class="note">{ t.intro }</p>
            <div class="table-scroll glossary-scroll" tabindex="0" role="region" aria-label={t.heading}>
                <table class="glossary-table">
                    <thead>
                        <tr>
                            { for Lang::ALL.iter().map(|l| html! { <th scope="col" lang={l.code()}>{ l.native_name() }</th> }) }
                            <th scope="col">{ t.columns[0] }</th>
                            <th scope="col">{ t.columns[1] }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </details>
    }
}
