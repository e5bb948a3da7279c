//! Saved scenarios: the codec of what is kept in the browser's storage.
//!
//! Each saved scenario is its name and its link's query (the URL codec: readable, and
//! old links keep working, so old saved scenarios do too). The stored text is versioned:
//! a header line, then one line per scenario, `name<TAB>query`, the name with `%`, tab
//! and line breaks escaped. A text this codec does not recognise is reported, never
//! silently replaced.

/// The storage key.
pub const STORAGE_KEY: &str = "retention-calculator.scenarios";
/// The first line of the stored text, naming the format and its version.
pub const HEADER: &str = "retention-calculator scenarios v1";
/// The most scenarios kept.
pub const MAX_SAVED: usize = 50;

/// One saved scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub name: String,
    /// The link's query, without `?`.
    pub query: String,
}

/// What reading the stored text found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing stored yet.
    Empty,
    /// The scenarios, and how many lines could not be read.
    Read {
        saved: Vec<Saved>,
        unreadable: usize,
    },
    /// Not this codec's text (another version, another program, damage): kept as it is.
    Foreign,
}

fn escape(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\t' => out.push_str("%09"),
            '\n' => out.push_str("%0A"),
            '\r' => out.push_str("%0D"),
            c => out.push(c),
        }
    }
    out
}

fn unescape(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let code = rest.get(i + 1..i + 3)?;
        out.push(match code {
            "25" => '%',
            "09" => '\t',
            "0A" => '\n',
            "0D" => '\r',
            _ => return None,
        });
        rest = &rest[i + 3..];
    }
    out.push_str(rest);
    Some(out)
}

/// The stored text for `saved`.
pub fn encode(saved: &[Saved]) -> String {
    let mut out = String::from(HEADER);
    for s in saved {
        out.push('\n');
        out.push_str(&escape(&s.name));
        out.push('\t');
        out.push_str(&s.query);
    }
    out
}

/// Reads the stored text (`None`: nothing stored).
pub fn decode(text: Option<&str>) -> Loaded {
    let Some(text) = text else {
        return Loaded::Empty;
    };
    let mut lines = text.split('\n');
    if lines.next().map(|l| l.trim_end_matches('\r')) != Some(HEADER) {
        return if text.trim().is_empty() {
            Loaded::Empty
        } else {
            Loaded::Foreign
        };
    }
    let mut saved = Vec::new();
    let mut unreadable = 0;
    for line in lines {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            continue;
        }
        let parsed = line.split_once('\t').and_then(|(name, query)| {
            let name = unescape(name)?;
            let clean = !query.contains(['\t', '\n', '\r']) && !name.trim().is_empty();
            clean.then(|| Saved {
                name,
                query: query.to_string(),
            })
        });
        match parsed {
            Some(s) if saved.len() < MAX_SAVED => saved.push(s),
            _ => unreadable += 1,
        }
    }
    Loaded::Read { saved, unreadable }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_awkward_names() {
        let saved = vec![
            Saved {
                name: "Bank 100% \t\"demo\"\n第二行".into(),
                query: "lang=zh-Hans&start_customers=1000".into(),
            },
            Saved {
                name: "%09 literally".into(),
                query: String::new(),
            },
        ];
        assert_eq!(
            decode(Some(&encode(&saved))),
            Loaded::Read {
                saved,
                unreadable: 0
            }
        );
    }

    #[test]
    fn foreign_damaged_and_empty_texts() {
        assert_eq!(decode(None), Loaded::Empty);
        assert_eq!(decode(Some("")), Loaded::Empty);
        assert_eq!(decode(Some("{\"scenarios\": []}")), Loaded::Foreign);
        assert_eq!(
            decode(Some("retention-calculator scenarios v2\nx\ty")),
            Loaded::Foreign
        );
        let text = format!("{HEADER}\nGood\tstart_customers=1\nno tab here\nBad %zz\tq\n\tq");
        assert_eq!(
            decode(Some(&text)),
            Loaded::Read {
                saved: vec![Saved {
                    name: "Good".into(),
                    query: "start_customers=1".into()
                }],
                unreadable: 3
            }
        );
    }
}
