//! The Yew components. They render what the model returns; they compute nothing.

mod app;
mod choice_field;
mod count_input;
pub mod formulas;
mod language_switch;
mod result_figure;
mod retention_section;
mod waterfall_chart;

pub use app::App;

use yew::UseReducerHandle;

use crate::state::Scenario;

/// The shared scenario, provided by [`App`] to every section.
pub type ScenarioContext = UseReducerHandle<Scenario>;
