//! The whole page: header with the language switch, the calculator sections, footer.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::causes_section::CausesSection;
use super::cost_section::CostSection;
use super::deferred::Deferred;
use super::language_switch::LanguageSwitch;
use super::retention_section::RetentionSection;
use super::value_sections::{BucketSection, ValueSection};
use super::winback_section::WinbackSection;
use super::{ScenarioContext, SectionsContext};
use crate::web;

/// How long typing must pause before the address bar is updated, in milliseconds.
/// Writing it on every keystroke would hit the browser's limit on history updates
/// (Chromium throttles beyond about 200 in 10 s, with a console warning).
const LINK_UPDATE_DELAY_MS: u32 = 250;

/// The application root: owns the scenario and keeps the link and `<html lang>` in step.
#[function_component]
pub fn App() -> Html {
    let scenario = use_reducer(web::initial_scenario);
    // Only when the language changes: setting <html lang> invalidates the style of the
    // whole page (the stylesheet has :lang() rules), too costly on every keystroke.
    use_effect_with(scenario.lang, |lang| web::set_document_language(*lang));
    {
        let current = (*scenario).clone();
        use_effect_with(current, |s| {
            let scenario = s.clone();
            let pending = Timeout::new(LINK_UPDATE_DELAY_MS, move || web::write_link(&scenario));
            // A newer scenario cancels the pending write (dropping a Timeout clears it).
            move || drop(pending)
        });
    }
    let sections = use_memo((*scenario).clone(), |s| SectionsContext::new(s.clone()));
    let t = scenario.lang.texts();
    html! {
        <ContextProvider<ScenarioContext> context={scenario.clone()}>
        <ContextProvider<SectionsContext> context={(*sections).clone()}>
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
                    <Deferred>
                        <CostSection />
                        <CausesSection />
                        <WinbackSection />
                        <BucketSection />
                        <ValueSection />
                    </Deferred>
                </main>
                <footer class="app-footer">{ t.footer_note }</footer>
            </div>
        </ContextProvider<SectionsContext>>
        </ContextProvider<ScenarioContext>>
    }
}
