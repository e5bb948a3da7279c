//! Turning what a user typed (or a URL or saved file carried) into a number.
//!
//! Nothing here guesses: text that is not clearly a number is an error that says why,
//! and a value out of range is an error, never clamped. Full-width characters from
//! Chinese input methods (１２３，４５６．７) are read as their ASCII equivalents.

/// The largest customer count accepted: a trillion. Far above any real customer base,
/// and well inside the range where an `f64` holds whole numbers exactly, so sums and
/// ratios of counts stay exact and finite.
pub const MAX_COUNT: f64 = 1e12;

/// Why typed text could not be used as the number a field asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldError {
    /// Nothing was typed.
    Required,
    /// The text is not a number at all ("abc", "NaN", "1..2").
    NotANumber,
    /// A comma used as a decimal separator ("1,5"); `suggestion` is the same number with
    /// a decimal point, shown to the user rather than silently adopted.
    DecimalComma { suggestion: String },
    /// A value below zero where only zero or more makes sense.
    Negative,
    /// A fraction where a whole number of customers is expected.
    NotWhole,
    /// Larger than the field's maximum (`max`, in the field's own unit); also "1e400",
    /// which an `f64` parser would turn into infinity.
    TooLarge { max: f64 },
    /// A percent sign in a field that takes a count of customers.
    PercentInCountField,
    /// A percent sign in a field that takes an amount of money or a plain number.
    PercentInAmountField,
    /// Smaller than the field's minimum (`min`, in the field's own unit), which is above
    /// zero ("one satisfied customer brings 0.5 deals, one of which closes" is impossible).
    TooSmall { min: f64 },
}

/// Maps full-width and other look-alike characters to ASCII, drops spaces used for
/// digit grouping, and trims. Returns the cleaned text.
pub fn normalize(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\u{FF10}'..='\u{FF19}' => char::from_u32(c as u32 - 0xFF10 + '0' as u32),
            '\u{FF0E}' | '\u{3002}' => Some('.'),
            '\u{FF0C}' => Some(','),
            '\u{FF0D}' | '\u{2212}' | '\u{2013}' => Some('-'),
            '\u{FF0B}' => Some('+'),
            '\u{FF05}' => Some('%'),
            '\u{FF45}' => Some('e'),
            '\u{FF25}' => Some('E'),
            c if c.is_whitespace() => None,
            c => Some(c),
        })
        .collect()
}

/// True when `digits` is a thousands-grouped integer part such as "1,000" or "12,345,678".
fn is_thousands_grouped(int_part: &str) -> bool {
    let digits = int_part.strip_prefix(['+', '-']).unwrap_or(int_part);
    let mut groups = digits.split(',');
    let first_ok = groups
        .next()
        .is_some_and(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()));
    let mut rest = groups.peekable();
    first_ok
        && rest.peek().is_some()
        && rest.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// Parses a plain decimal number: digits, one optional sign, a point, an exponent;
/// thousands separators ("1,000,000") accepted; a decimal comma reported, not guessed.
/// The result is always finite.
pub fn parse_number(text: &str) -> Result<f64, FieldError> {
    let cleaned = normalize(text);
    if cleaned.is_empty() {
        return Err(FieldError::Required);
    }
    let without_commas = if cleaned.contains(',') {
        let int_part = cleaned.split('.').next().unwrap_or("");
        if is_thousands_grouped(int_part) && cleaned.matches('.').count() <= 1 {
            cleaned.replace(',', "")
        } else if cleaned.matches(',').count() == 1 && !cleaned.contains('.') {
            let suggestion = cleaned.replace(',', ".");
            return match parse_decimal(&suggestion) {
                Some(_) => Err(FieldError::DecimalComma { suggestion }),
                None => Err(FieldError::NotANumber),
            };
        } else {
            return Err(FieldError::NotANumber);
        }
    } else {
        cleaned
    };
    match parse_decimal(&without_commas) {
        Some(v) if v.is_finite() => Ok(v),
        Some(v) if v < 0.0 => Err(FieldError::Negative),
        Some(_) => Err(FieldError::TooLarge { max: f64::MAX }),
        None => Err(FieldError::NotANumber),
    }
}

/// Powers of ten an `f64` holds exactly (10^0 … 10^22).
const EXACT_POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Reads a plain decimal number — an optional sign, digits with at most one point, an
/// optional exponent (`1.5e3`) — and nothing else, so the words `str::parse::<f64>` also
/// accepts ("inf", "NaN") are rejected. Out-of-range exponents give infinity or zero, as
/// the standard parser does; callers check `is_finite`.
///
/// Ours rather than `str::parse::<f64>`: the standard parser's correctly-rounded
/// algorithm and its tables cost the widget several KB of wasm. This one is exact (one
/// correctly rounded operation) for up to 15 significant digits and a power of ten up to
/// 10^22 — every number a person types into a calculator — and within a few units in the
/// last place beyond that (tested against the standard parser).
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    // Significant digits (up to 19, which fit a u64) and the power of ten they are off by.
    let mut mantissa: u64 = 0;
    let mut significant = 0;
    let mut exponent: i64 = 0;
    let mut digits = 0;
    let mut seen_point = false;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if mantissa == 0 && b == b'0' {
                    if seen_point {
                        exponent -= 1;
                    }
                } else if significant < 19 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    significant += 1;
                    if seen_point {
                        exponent -= 1;
                    }
                } else if !seen_point {
                    exponent += 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        i += 1;
        let exponent_negative = match bytes.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut written: i64 = 0;
        while let Some(&b) = bytes.get(i).filter(|b| b.is_ascii_digit()) {
            // Saturates far beyond any finite f64 (10^±400 is already ∞ or 0).
            written = (written * 10 + i64::from(b - b'0')).min(100_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        exponent += if exponent_negative { -written } else { written };
    }
    if i != bytes.len() {
        return None;
    }
    let magnitude = scale_by_power_of_ten(mantissa, exponent);
    Some(if negative { -magnitude } else { magnitude })
}

/// `mantissa × 10^exponent` as an `f64`: one exact operation when both fit, repeated
/// exact powers otherwise (∞ above the `f64` range, 0 below it).
fn scale_by_power_of_ten(mantissa: u64, exponent: i64) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    let mut value = mantissa as f64;
    if mantissa < (1 << 53) {
        if let Some(&p) = EXACT_POWERS_OF_TEN.get(exponent.unsigned_abs() as usize) {
            return if exponent < 0 { value / p } else { value * p };
        }
    }
    let mut rest = exponent;
    while rest > 0 && value.is_finite() {
        let step = rest.min(22);
        value *= EXACT_POWERS_OF_TEN[step as usize];
        rest -= step;
    }
    while rest < 0 && value != 0.0 {
        let step = (-rest).min(22);
        value /= EXACT_POWERS_OF_TEN[step as usize];
        rest += step;
    }
    value
}

/// Parses a whole, non-negative number of customers, at most [`MAX_COUNT`].
pub fn parse_count(text: &str) -> Result<f64, FieldError> {
    if normalize(text).ends_with('%') {
        return Err(FieldError::PercentInCountField);
    }
    let value = match parse_number(text) {
        Err(FieldError::TooLarge { .. }) => return Err(FieldError::TooLarge { max: MAX_COUNT }),
        other => other?,
    };
    if value < 0.0 {
        return Err(FieldError::Negative);
    }
    if value > MAX_COUNT {
        return Err(FieldError::TooLarge { max: MAX_COUNT });
    }
    if value.fract() != 0.0 {
        return Err(FieldError::NotWhole);
    }
    // "-0" parses as negative zero; a count is plain zero.
    Ok(value.abs())
}

/// The largest amount of money accepted: a thousand trillion (10^15) in any currency.
/// Products of amounts and counts stay finite; anything larger is surely a typing slip.
pub const MAX_AMOUNT: f64 = 1e15;

/// Parses an amount of money (a spend, a cost per customer): zero or more, decimals
/// allowed, at most [`MAX_AMOUNT`].
pub fn parse_amount(text: &str) -> Result<f64, FieldError> {
    parse_bounded(text, 0.0, MAX_AMOUNT)
}

/// Parses a plain number from `min` (zero or more) to `max`; never clamped.
pub fn parse_bounded(text: &str, min: f64, max: f64) -> Result<f64, FieldError> {
    if normalize(text).ends_with('%') {
        return Err(FieldError::PercentInAmountField);
    }
    let value = match parse_number(text) {
        Err(FieldError::TooLarge { .. }) => return Err(FieldError::TooLarge { max }),
        other => other?,
    };
    if value < 0.0 {
        return Err(FieldError::Negative);
    }
    if value < min {
        return Err(FieldError::TooSmall { min });
    }
    if value > max {
        return Err(FieldError::TooLarge { max });
    }
    Ok(value.abs())
}

/// A hint (not an error) about a rate typed in what looks like the other unit.
#[derive(Debug, Clone, PartialEq)]
pub enum RateHint {
    /// A value between 0 and 1 in a percentage field: "0.12" probably meant 12 %.
    LooksLikeFraction { as_percent: f64 },
    /// A value above 1 in a fraction field: "12" probably meant 0.12.
    LooksLikePercent { as_fraction: f64 },
}

/// How a rate field wants its value typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateUnit {
    /// 12 means 12 % (stored as 0.12).
    Percent,
    /// 0.12 means 12 %.
    Fraction,
}

/// Parses a rate between 0 and 100 % typed in `unit`; returns the rate as a fraction
/// (0.12 for 12 %) and, when the number looks typed in the other unit, a hint to show.
/// A trailing "%" is accepted in a percentage field.
pub fn parse_rate(text: &str, unit: RateUnit) -> Result<(f64, Option<RateHint>), FieldError> {
    let cleaned = normalize(text);
    let number_text = match (unit, cleaned.strip_suffix('%')) {
        (RateUnit::Percent, Some(stripped)) => stripped.to_string(),
        (RateUnit::Fraction, Some(_)) => return Err(FieldError::NotANumber),
        (_, None) => cleaned,
    };
    let value = parse_number(&number_text)?;
    if value < 0.0 {
        return Err(FieldError::Negative);
    }
    let (fraction, max) = match unit {
        RateUnit::Percent => (value / 100.0, 100.0),
        RateUnit::Fraction => (value, 1.0),
    };
    if fraction > 1.0 {
        return Err(FieldError::TooLarge { max });
    }
    let hint = match unit {
        RateUnit::Percent if value > 0.0 && value < 1.0 => Some(RateHint::LooksLikeFraction {
            as_percent: value * 100.0,
        }),
        _ => None,
    };
    Ok((fraction, hint))
}

/// Like [`parse_rate`] for a fraction field, but a value between 1 and 100 is reported
/// as probably a percentage instead of simply too large.
pub fn parse_fraction_rate(text: &str) -> Result<(f64, Option<RateHint>), FieldError> {
    match parse_rate(text, RateUnit::Fraction) {
        Err(FieldError::TooLarge { .. }) => {
            let value = parse_number(text)?;
            if value <= 100.0 {
                Ok((
                    value / 100.0,
                    Some(RateHint::LooksLikePercent {
                        as_fraction: value / 100.0,
                    }),
                ))
            } else {
                Err(FieldError::TooLarge { max: 1.0 })
            }
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_parser_reads_what_people_type() {
        assert_eq!(parse_decimal("0.1"), Some(0.1));
        assert_eq!(parse_decimal("1200.50"), Some(1200.5));
        assert_eq!(parse_decimal(".5"), Some(0.5));
        assert_eq!(parse_decimal("5."), Some(5.0));
        assert_eq!(parse_decimal("-0.000123"), Some(-0.000123));
        assert_eq!(parse_decimal("+7"), Some(7.0));
        assert_eq!(parse_decimal("1.5e3"), Some(1500.0));
        assert_eq!(parse_decimal("2E-2"), Some(0.02));
        assert_eq!(parse_decimal("000120"), Some(120.0));
        assert_eq!(
            parse_decimal("12345678901234567890123"),
            Some(1.2345678901234568e22)
        );
        assert_eq!(parse_decimal("1e400"), Some(f64::INFINITY));
        assert_eq!(parse_decimal("1e-400"), Some(0.0));
        assert_eq!(parse_decimal("1e99999999999999999999"), Some(f64::INFINITY));
        for bad in [
            "", ".", "-", "+", "e5", "1e", "1e+", "1.2.3", "1-2", "--1", "inf", "NaN", "1 2",
            "0x10",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn plain_counts() {
        assert_eq!(parse_count("1000"), Ok(1000.0));
        assert_eq!(parse_count("  150 "), Ok(150.0));
        assert_eq!(parse_count("0"), Ok(0.0));
        assert_eq!(parse_count("-0"), Ok(0.0));
        assert_eq!(parse_count("1e3"), Ok(1000.0));
    }

    #[test]
    fn full_width_digits_from_chinese_input_methods() {
        assert_eq!(parse_count("１２３"), Ok(123.0));
        assert_eq!(parse_count("１，０００"), Ok(1000.0));
        assert_eq!(parse_number("１２．５"), Ok(12.5));
        assert_eq!(parse_count("－５"), Err(FieldError::Negative));
        assert_eq!(parse_count("１２３４５６\u{3000}"), Ok(123456.0));
    }

    #[test]
    fn thousands_separators_and_spaces() {
        assert_eq!(parse_count("1,000"), Ok(1000.0));
        assert_eq!(parse_count("12,345,678"), Ok(12_345_678.0));
        assert_eq!(parse_count("1 000"), Ok(1000.0));
        assert_eq!(parse_number("1,234.5"), Ok(1234.5));
    }

    #[test]
    fn decimal_comma_is_reported_with_a_suggestion() {
        assert_eq!(
            parse_number("1,5"),
            Err(FieldError::DecimalComma {
                suggestion: "1.5".into()
            })
        );
        assert_eq!(
            parse_count("12,75"),
            Err(FieldError::DecimalComma {
                suggestion: "12.75".into()
            })
        );
        assert_eq!(parse_number("1,2,3"), Err(FieldError::NotANumber));
        assert_eq!(parse_number("1,000,00"), Err(FieldError::NotANumber));
    }

    #[test]
    fn words_the_f64_parser_would_accept_are_rejected() {
        for text in [
            "NaN", "nan", "inf", "-inf", "infinity", "Infinity", "e", ".",
        ] {
            assert_eq!(parse_number(text), Err(FieldError::NotANumber), "{text}");
        }
    }

    #[test]
    fn bad_counts() {
        assert_eq!(parse_count(""), Err(FieldError::Required));
        assert_eq!(parse_count("   "), Err(FieldError::Required));
        assert_eq!(parse_count("abc"), Err(FieldError::NotANumber));
        assert_eq!(parse_count("12abc"), Err(FieldError::NotANumber));
        assert_eq!(parse_count("-5"), Err(FieldError::Negative));
        assert_eq!(parse_count("2.5"), Err(FieldError::NotWhole));
        assert_eq!(parse_count("12%"), Err(FieldError::PercentInCountField));
        assert_eq!(
            parse_count("1e308"),
            Err(FieldError::TooLarge { max: MAX_COUNT })
        );
        assert_eq!(
            parse_count("1e400"),
            Err(FieldError::TooLarge { max: MAX_COUNT })
        );
        assert_eq!(parse_count("-1e400"), Err(FieldError::Negative));
        assert_eq!(parse_count("1000000000000"), Ok(MAX_COUNT));
        assert_eq!(
            parse_count("1000000000001"),
            Err(FieldError::TooLarge { max: MAX_COUNT })
        );
    }

    #[test]
    fn amounts_and_bounded_numbers() {
        assert_eq!(parse_amount("45,000"), Ok(45_000.0));
        assert_eq!(parse_amount("１７６００.５"), Ok(17_600.5));
        assert_eq!(parse_amount("0"), Ok(0.0));
        assert_eq!(parse_amount("-0"), Ok(0.0));
        assert_eq!(parse_amount("-1"), Err(FieldError::Negative));
        assert_eq!(parse_amount("12%"), Err(FieldError::PercentInAmountField));
        assert_eq!(parse_amount(""), Err(FieldError::Required));
        assert_eq!(parse_amount("inf"), Err(FieldError::NotANumber));
        assert_eq!(
            parse_amount("1e400"),
            Err(FieldError::TooLarge { max: MAX_AMOUNT })
        );
        assert_eq!(
            parse_amount("2e15"),
            Err(FieldError::TooLarge { max: MAX_AMOUNT })
        );
        assert_eq!(parse_bounded("8", 1.0, 1e6), Ok(8.0));
        assert_eq!(
            parse_bounded("0.5", 1.0, 1e6),
            Err(FieldError::TooSmall { min: 1.0 })
        );
        assert_eq!(
            parse_bounded("2e6", 1.0, 1e6),
            Err(FieldError::TooLarge { max: 1e6 })
        );
    }

    #[test]
    fn rates_with_unit_hints() {
        assert_eq!(parse_rate("12", RateUnit::Percent), Ok((0.12, None)));
        assert_eq!(parse_rate("12%", RateUnit::Percent), Ok((0.12, None)));
        assert_eq!(
            parse_rate("0.12", RateUnit::Percent),
            Ok((
                0.0012,
                Some(RateHint::LooksLikeFraction { as_percent: 12.0 })
            ))
        );
        assert_eq!(parse_rate("0.12", RateUnit::Fraction), Ok((0.12, None)));
        assert_eq!(
            parse_fraction_rate("12"),
            Ok((0.12, Some(RateHint::LooksLikePercent { as_fraction: 0.12 })))
        );
        assert_eq!(
            parse_fraction_rate("250"),
            Err(FieldError::TooLarge { max: 1.0 })
        );
        assert_eq!(
            parse_rate("150", RateUnit::Percent),
            Err(FieldError::TooLarge { max: 100.0 })
        );
        assert_eq!(
            parse_rate("-1", RateUnit::Percent),
            Err(FieldError::Negative)
        );
        assert_eq!(
            parse_rate("12%", RateUnit::Fraction),
            Err(FieldError::NotANumber)
        );
    }
}
