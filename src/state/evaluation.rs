//! From what the user typed to what the interface shows.

use crate::model::input::{parse_count, FieldError};
use crate::model::retention::{analyse, CountField, RetentionInput, RetentionReport};

use super::Scenario;

/// The parse result of each count field in use, and the model's report.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// Parse errors by field (only fields the mode uses are parsed).
    pub field_errors: Vec<(CountField, FieldError)>,
    /// The computed figures.
    pub report: RetentionReport,
}

impl Evaluation {
    /// The parse error of `field`, if any.
    pub fn field_error(&self, field: CountField) -> Option<&FieldError> {
        self.field_errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| e)
    }
}

/// Parses the scenario's fields and runs the model. Pure: no browser needed.
pub fn evaluate(scenario: &Scenario) -> Evaluation {
    let mut field_errors = Vec::new();
    let mut value = |field: CountField| -> Option<f64> {
        if !scenario.known.inputs().contains(&field) {
            return None;
        }
        match parse_count(scenario.count_text(field)) {
            Ok(v) => Some(v),
            Err(e) => {
                field_errors.push((field, e));
                None
            }
        }
    };
    let input = RetentionInput {
        known: scenario.known,
        period: scenario.period.period(),
        start: value(CountField::Start),
        new: value(CountField::New),
        end: value(CountField::End),
        lost: value(CountField::Lost),
    };
    Evaluation {
        field_errors,
        report: analyse(&input),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::retention::{Metric, NotComputable};

    fn scenario(counts: [&str; 4]) -> Scenario {
        Scenario {
            counts: counts.map(String::from),
            ..Scenario::default()
        }
    }

    #[test]
    fn typed_text_reaches_the_model() {
        let e = evaluate(&scenario(["1,000", "１５０", "1030", ""]));
        assert!(e.field_errors.is_empty());
        assert_eq!(e.report.get(Metric::Lost), Ok(120.0));
    }

    #[test]
    fn a_bad_field_is_named_and_blocks_what_needs_it() {
        let e = evaluate(&scenario(["1000", "abc", "1030", ""]));
        assert_eq!(
            e.field_error(CountField::New),
            Some(&FieldError::NotANumber)
        );
        assert_eq!(
            e.report.get(Metric::ChurnRate),
            Err(NotComputable::NeedsValid(CountField::New))
        );
        // The lost field is not used in this mode: not parsed, no error.
        assert_eq!(e.field_error(CountField::Lost), None);
    }
}
