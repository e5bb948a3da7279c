//! The CSV export: what the page shows, as rows a spreadsheet opens correctly.

/// One row: what it is (`input` or `result`), its contract name, its value (for a
/// result, the unformatted number of `data-value`; for an input, the text as typed),
/// and, for a result whose value is a choice, that choice (`data-key`).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub kind: &'static str,
    pub name: String,
    pub value: String,
    pub key: String,
}

/// A field as CSV wants it: quoted when it holds a comma, quote or line break; and text
/// a spreadsheet would run as a formula (`=`, `+`, `-`, `@` at the start, as a user could
/// type into a cause's name) prefixed with `'`. Numbers are left as they are.
fn field(text: &str) -> String {
    let is_number = crate::model::input::parse_decimal(text).is_some_and(f64::is_finite);
    let mut out = String::with_capacity(text.len() + 2);
    if !is_number && text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        out.push('\'');
    }
    out.push_str(text);
    if out.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", out.replace('"', "\"\""))
    } else {
        out
    }
}

/// The CSV text: a byte-order mark (so Excel reads the UTF-8 Chinese correctly), a header
/// line, one line per row, CRLF line ends.
pub fn csv(rows: &[Row]) -> String {
    let mut out = String::from("\u{FEFF}kind,name,value,key\r\n");
    for r in rows {
        let line = [
            field(r.kind),
            field(&r.name),
            field(&r.value),
            field(&r.key),
        ]
        .join(",");
        out.push_str(&line);
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(kind: &'static str, name: &str, value: &str) -> Row {
        Row {
            kind,
            name: name.into(),
            value: value.into(),
            key: String::new(),
        }
    }

    #[test]
    fn quoting_bom_and_formulas() {
        let text = csv(&[
            row("input", "start_customers", "1000"),
            row("result", "churn_burn", "-33600"),
            row("input", "cause_name.c1", "=HYPERLINK(\"x\")"),
            row("input", "cause_name.c2", "价格, \"服务\"\n第二行"),
        ]);
        assert!(text.starts_with('\u{FEFF}'));
        let lines: Vec<&str> = text.trim_start_matches('\u{FEFF}').split("\r\n").collect();
        assert_eq!(lines[0], "kind,name,value,key");
        assert_eq!(lines[1], "input,start_customers,1000,");
        assert_eq!(
            lines[2], "result,churn_burn,-33600,",
            "a negative number stays a number"
        );
        assert_eq!(lines[3], "input,cause_name.c1,\"'=HYPERLINK(\"\"x\"\")\",");
        assert!(text.contains("\"价格, \"\"服务\"\"\n第二行\""));
    }
}
