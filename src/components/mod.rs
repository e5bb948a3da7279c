//! The Yew components. They render what the model returns; they compute nothing.

mod app;
mod chart_canvas;
mod choice_field;
mod cost_chart;
pub mod cost_formulas;
mod cost_section;
mod deferred;
pub mod formulas;
mod language_switch;
mod number_input;
mod projection_chart;
mod result_figure;
mod retention_section;
mod tornado_chart;
pub mod value_formulas;
mod value_sections;
mod waterfall_chart;

pub use app::App;

use yew::UseReducerHandle;

use crate::state::Scenario;

/// The shared scenario, provided by [`App`] to every section.
pub type ScenarioContext = UseReducerHandle<Scenario>;
