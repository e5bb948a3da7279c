//! The scenario the user is editing, the actions that change it, and its codecs.
//!
//! The scenario holds exactly what the user typed (strings), so a bad value stays on
//! screen to be corrected; [`evaluate`] turns it into the model's input and report.

pub mod causes;
mod evaluation;
pub mod exercise;
pub mod export;
pub mod guides;
pub mod presets;
mod scenario;
pub mod storage;
pub mod url;
pub mod value;
pub mod view;
pub mod winback;

pub use evaluation::{
    evaluate, evaluate_sections, with_improved_churn, CostEvaluation, Evaluation,
    SectionsEvaluation,
};
pub use scenario::{Action, PeriodChoice, Scenario};
