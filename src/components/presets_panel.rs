//! The presets gallery: ready scenarios, each with its one-line story, opened in place
//! of the current one (the language and view stay).

use yew::prelude::*;

use super::ScenarioContext;
use crate::i18n::{fill, fill_citations};
use crate::state::presets::PRESETS;
use crate::state::Action;
use crate::web;

/// The gallery, folded under its heading beside the saved scenarios.
#[function_component]
pub fn PresetsPanel() -> Html {
    let opened = use_state(|| None::<usize>);
    // The list is built only while the panel is open: the page's first render skips it.
    let unfolded = use_state(|| false);
    let Some(scenario) = use_context::<ScenarioContext>() else {
        return Html::default();
    };
    let lang = scenario.lang;
    let t = &lang.texts().presets;
    let ontoggle = {
        let unfolded = unfolded.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            unfolded.set(details.open());
        })
    };
    let items = PRESETS.iter().zip(t.items.iter()).enumerate().filter(|_| *unfolded).map(|(i, (preset, [title, story]))| {
        let open = {
            let (scenario, opened) = (scenario.clone(), opened.clone());
            Callback::from(move |_: MouseEvent| {
                let next = web::scenario_from_query(preset.query, &scenario);
                scenario.dispatch(Action::Replace(Box::new(next)));
                opened.set(Some(i));
            })
        };
        html! {
            <li class="preset-item" data-preset={preset.key}>
                <div class="preset-text">
                    <strong>{ *title }</strong>
                    <p>{ fill_citations(lang, story) }</p>
                </div>
                <button type="button" class="share-button" data-action="open-preset" aria-label={format!("{} {}", t.open, title)} onclick={open}>{ t.open }</button>
            </li>
        }
    });
    html! {
        <details class="saved-scenarios presets-panel" data-panel="presets" {ontoggle}>
            <summary>{ t.heading }</summary>
            <div class="saved-body">
                <p class="note">{ t.intro }</p>
                <ul class="saved-list">{ for items }</ul>
                if let Some(i) = *opened {
                    <p class="note" aria-live="polite" data-status="preset">{ fill(t.opened, &[("name", t.items[i][0])]) }</p>
                }
            </div>
        </details>
    }
}
