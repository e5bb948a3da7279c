//! The whole page: header with the language switch, the calculator sections, footer.

use yew::prelude::*;

use super::language_switch::LanguageSwitch;
use super::retention_section::RetentionSection;
use super::ScenarioContext;
use crate::web;

/// The application root: owns the scenario and keeps the link and `<html lang>` in step.
#[function_component]
pub fn App() -> Html {
    let scenario = use_reducer(web::initial_scenario);
    {
        let current = (*scenario).clone();
        use_effect_with(current, |s| {
            web::write_link(s);
            web::set_document_language(s.lang);
        });
    }
    let t = scenario.lang.texts();
    html! {
        <ContextProvider<ScenarioContext> context={scenario.clone()}>
            <div class="app">
                <header class="app-header">
                    <div class="app-title">
                        <h1>{ t.app_title }</h1>
                        <p class="tagline">{ t.app_tagline }</p>
                    </div>
                    <LanguageSwitch />
                </header>
                <main>
                    <RetentionSection />
                </main>
                <footer class="app-footer">{ t.footer_note }</footer>
            </div>
        </ContextProvider<ScenarioContext>>
    }
}
