//! The Yew components. They render what the model returns; they compute nothing.

mod app;
mod causes_section;
mod chart;
mod chart_canvas;
mod choice_field;
mod compare;
pub mod cost_formulas;
mod cost_section;
mod deferred;
mod exercise_section;
pub mod formulas;
mod glossary_section;
mod guided_examples;
mod language_switch;
mod number_input;
mod presets_panel;
mod print_report;
mod result_figure;
mod retention_section;
mod saved_scenarios;
mod share_bar;
pub mod value_formulas;
pub mod value_sections;
pub mod winback_section;

pub use app::App;

use std::cell::OnceCell;
use std::rc::Rc;

use yew::prelude::{hook, use_context};
use yew::UseReducerHandle;

use crate::state::{evaluate_sections, Scenario, SectionsEvaluation};

/// The shared scenario, provided by [`App`] to every section.
pub type ScenarioContext = UseReducerHandle<Scenario>;

/// Every section's evaluation of the current scenario, computed once, on first use, and
/// shared by the sections that need it (the cost, projection and value sections). The
/// retention section evaluates only its own part, so the first figures never wait for it.
#[derive(Clone)]
pub struct SectionsContext(Rc<(Scenario, OnceCell<SectionsEvaluation>)>);

impl SectionsContext {
    /// A context for `scenario`; nothing is computed yet.
    pub fn new(scenario: Scenario) -> Self {
        SectionsContext(Rc::new((scenario, OnceCell::new())))
    }

    /// The evaluation, computed on the first call.
    pub fn get(&self) -> &SectionsEvaluation {
        self.0 .1.get_or_init(|| evaluate_sections(&self.0 .0))
    }
}

impl PartialEq for SectionsContext {
    /// The same context object: a new scenario makes a new one.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The scenario and the shared evaluation, for the sections below the first; `None`
/// outside [`App`].
#[hook]
pub fn use_section_contexts() -> Option<(ScenarioContext, SectionsContext)> {
    let scenario = use_context::<ScenarioContext>();
    let sections = use_context::<SectionsContext>();
    scenario.zip(sections)
}
