//! The language switcher: three buttons, each labelled in its own language.

use yew::prelude::*;

use super::ScenarioContext;
use crate::i18n::Lang;
use crate::state::Action;

/// Switches the interface between English, 简体中文 and 繁體中文.
#[function_component]
pub fn LanguageSwitch() -> Html {
    let Some(scenario) = use_context::<ScenarioContext>() else {
        return Html::default();
    };
    let current = scenario.lang;
    let buttons = Lang::ALL.into_iter().map(|lang| {
        let onclick = {
            let scenario = scenario.clone();
            Callback::from(move |_: MouseEvent| scenario.dispatch(Action::SetLanguage(lang)))
        };
        html! {
            <button
                type="button"
                class="lang-button"
                lang={lang.code()}
                value={lang.code()}
                aria-pressed={(lang == current).to_string()}
                {onclick}
            >
                { lang.native_name() }
            </button>
        }
    });
    html! {
        <div class="lang-switch" role="group" aria-label={current.texts().language} data-field="lang">
            { for buttons }
        </div>
    }
}
