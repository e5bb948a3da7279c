//! The whole page: header with the language switch, the calculator sections, footer.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::causes_section::CausesSection;
use super::compare::Compare;
use super::cost_section::CostSection;
use super::deferred::Deferred;
use super::exercise_section::ExerciseSection;
use super::glossary_section::GlossarySection;
use super::language_switch::LanguageSwitch;
use super::presets_panel::PresetsPanel;
use super::print_report::PrintReport;
use super::retention_section::RetentionSection;
use super::saved_scenarios::SavedScenarios;
use super::share_bar::ShareBar;
use super::value_sections::{BucketSection, ValueSection};
use super::winback_section::WinbackSection;
use super::{ScenarioContext, SectionsContext};
use crate::i18n::fill;
use crate::state::view::{Section, ViewProblem};
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
    {
        let view = scenario.view.clone();
        use_effect_with(view, |view| {
            web::apply_view(view.theme(), view.accent().as_deref())
        });
    }
    use_effect_with((), |_| {
        let reporter = web::report_height_to_parent();
        let printing = web::copy_charts_for_print();
        move || drop((reporter, printing))
    });
    let sections = use_memo((*scenario).clone(), |s| SectionsContext::new(s.clone()));
    let t = scenario.lang.texts();
    let view = &scenario.view;
    let shown = view.sections();
    let has = |s: Section| shown.contains(&s);
    let problems = view.problems().into_iter().map(|p| {
        let (template, key, value) = match p {
            ViewProblem::Embed(v) => (t.view_problems[0], "embed", v),
            ViewProblem::Sections(v) => (t.view_problems[1], "sections", v),
            ViewProblem::Theme(v) => (t.view_problems[2], "theme", v),
            ViewProblem::Accent(v) => (t.view_problems[3], "accent", v),
            ViewProblem::Preset(v) => (t.view_problems[4], "preset", v),
            ViewProblem::Answers(v) => (t.exercise.bad_answers, "answers", v),
        };
        html! {
            <p class="view-problem" data-error-for={key}>{ fill(template, &[("value", &value)]) }</p>
        }
    });
    let embedded = view.embedded();
    let exercise_first = has(Section::Exercises) && scenario.exercise.chosen();
    html! {
        <ContextProvider<ScenarioContext> context={scenario.clone()}>
        <ContextProvider<SectionsContext> context={(*sections).clone()}>
            <div class={classes!("app", embedded.then_some("embedded"), view.answers_hidden().then_some("answers-hidden"))}>
                <header class="app-header">
                    if embedded {
                        <h1 class="visually-hidden">{ t.app_title }</h1>
                    } else {
                        <div class="app-title">
                            <h1>{ t.app_title }</h1>
                            <p class="tagline">{ t.app_tagline }</p>
                        </div>
                    }
                    <div class="header-tools">
                        <LanguageSwitch />
                        <ShareBar />
                        <PresetsPanel />
                        <SavedScenarios />
                    </div>
                </header>
                <div role="alert">{ for problems }</div>
                <main>
                    // A link to an exercise opens on it; otherwise it closes the page.
                    if exercise_first {
                        <ExerciseSection />
                    }
                    if has(Section::Retention) {
                        <RetentionSection />
                    }
                    <Deferred>
                        if has(Section::Cost) {
                            <CostSection />
                        }
                        if has(Section::Causes) {
                            <CausesSection />
                        }
                        if has(Section::Winback) {
                            <WinbackSection />
                        }
                        if has(Section::Bucket) {
                            <BucketSection />
                        }
                        if has(Section::Value) {
                            <ValueSection />
                        }
                        if has(Section::Exercises) && !exercise_first {
                            <ExerciseSection />
                        }
                        if view.sections.is_none() {
                            <Compare />
                        }
                        <GlossarySection lang={scenario.lang} />
                        <PrintReport />
                    </Deferred>
                </main>
                if !embedded {
                    <footer class="app-footer">{ t.footer_note }</footer>
                }
            </div>
        </ContextProvider<SectionsContext>>
        </ContextProvider<ScenarioContext>>
    }
}
