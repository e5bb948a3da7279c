//! Guided examples: the texts' worked cases as walk-throughs. Each step fills the
//! calculator (a link query) and shows, beside the text's claim, the live figures that
//! bear it out.

use yew::prelude::*;

use super::compare::figures;
use super::use_section_contexts;
use crate::i18n::{fill, fill_citations};
use crate::state::guides::GUIDES;
use crate::state::Action;
use crate::web;

/// The guides, inside the practice section.
#[function_component]
pub fn GuidedExamples() -> Html {
    // The guide and step on screen.
    let at = use_state(|| None::<(usize, usize)>);
    let Some((scenario, sections)) = use_section_contexts() else {
        return Html::default();
    };
    let lang = scenario.lang;
    let t = &lang.texts().guides;
    let go = |guide: usize, step: usize| {
        let (scenario, at) = (scenario.clone(), at.clone());
        Callback::from(move |_: MouseEvent| {
            let query = GUIDES[guide].steps[step].query;
            let mut next = web::scenario_from_query(query, &scenario);
            // The exercise stays where it is (the guides sit beside it).
            next.exercise = scenario.exercise.clone();
            scenario.dispatch(Action::Replace(Box::new(next)));
            at.set(Some((guide, step)));
        })
    };
    let list = GUIDES.iter().enumerate().map(|(g, guide)| {
        html! {
            <li class="preset-item" data-guide={guide.key}>
                <div class="preset-text"><strong>{ t.items[g][0] }</strong></div>
                <button type="button" class="share-button" data-action="start-guide" onclick={go(g, 0)}>{ t.start }</button>
            </li>
        }
    });
    let current = (*at).map(|(g, s)| {
        let guide = &GUIDES[g];
        let total = guide.steps.len();
        let all = figures(lang, sections.get());
        let shown = guide.steps[s].figures.iter().filter_map(|name| {
            let f = all.iter().find(|f| f.name == *name)?;
            let value = f.value.map(|v| v.to_string()).unwrap_or_default();
            let text = f
                .value
                .map_or_else(|| "—".to_string(), |v| f.format.show(lang, sections.get(), v));
            Some(html! {
                <li data-guide-figure={*name} data-value={value}>{ f.label }{ lang.texts().colon }<strong>{ text }</strong></li>
            })
        });
        html! {
            <div class="guide-step" data-guide-step={s.to_string()} aria-live="polite">
                <h4>{ t.items[g][0] }{ " — " }{ fill(t.step_of, &[("n", &(s + 1).to_string()), ("total", &total.to_string())]) }</h4>
                <p class="guide-claim">{ fill_citations(lang, t.items[g][s + 1]) }</p>
                <ul class="guide-figures">{ for shown }</ul>
                <div class="guide-nav">
                    if s > 0 {
                        <button type="button" class="share-button" data-action="guide-back" onclick={go(g, s - 1)}>{ t.back }</button>
                    }
                    if s + 1 < total {
                        <button type="button" class="share-button" data-action="guide-next" onclick={go(g, s + 1)}>{ t.next }</button>
                    }
                </div>
            </div>
        }
    });
    html! {
        <div class="guides" data-panel="guides">
            <h3>{ t.heading }</h3>
            <p class="note">{ t.intro }</p>
            <ul class="saved-list">{ for list }</ul>
            { for current }
        </div>
    }
}
