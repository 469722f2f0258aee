//! Input diagnostics: text files that look like JSON Lines or binary, and files whose every
//! record lacks the text field.

use std::collections::BTreeSet;

/// How much of a text file is looked at.
const HEAD: usize = 8 * 1024;

/// A warning for a text-format record that is probably not an article: a JSON Lines dump read
/// as text, or a binary file.
///
/// ```
/// use news_extract::batch::text_file_warning;
/// assert!(text_file_warning(b"{\"id\":1,\"text\":\"x\"}\n{\"id\":2}\n").unwrap().contains("JSON Lines"));
/// assert!(text_file_warning(b"\x7fELF\x02\x01\x01\0\0\0\0").unwrap().contains("binary"));
/// assert_eq!(text_file_warning("Acme hired Jo Bell. {sic}".as_bytes()), None);
/// ```
pub fn text_file_warning(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(HEAD)];
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    if head[start] == b'{' {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        let first = &bytes[start..end];
        if matches!(
            serde_json::from_slice::<serde_json::Value>(first),
            Ok(serde_json::Value::Object(_))
        ) {
            return Some(
                "this text file looks like JSON Lines (its first line is a JSON object); \
                 read it with --format jsonl or give it a .jsonl name"
                    .into(),
            );
        }
    }
    let nul = head.contains(&0);
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    let invalid = match std::str::from_utf8(head) {
        Ok(_) => 0,
        // Count the bytes after the first error that do not decode (a rough measure).
        Err(_) => String::from_utf8_lossy(head).matches('\u{fffd}').count(),
    };
    if nul || (control + invalid) * 10 > head.len() {
        return Some(
            "this text file looks binary (NUL bytes or mostly undecodable); is it an \
             article?"
                .into(),
        );
    }
    None
}

/// Per-input counts for the missing-field diagnostic.
#[derive(Clone, Debug, Default)]
pub(crate) struct Tally {
    inputs: Vec<InputTally>,
}

#[derive(Clone, Debug)]
struct InputTally {
    source: String,
    records: u64,
    missing_text: u64,
    message: String,
    fields: BTreeSet<String>,
}

impl Tally {
    /// Counts one record of `source`; `missing` holds the error message and the record's fields
    /// when its text field was missing.
    pub fn record(&mut self, source: &str, missing: Option<(&str, &[String])>) {
        let i = match self.inputs.iter().rposition(|t| t.source == source) {
            Some(i) => i,
            None => {
                self.inputs.push(InputTally {
                    source: source.to_string(),
                    records: 0,
                    missing_text: 0,
                    message: String::new(),
                    fields: BTreeSet::new(),
                });
                self.inputs.len() - 1
            }
        };
        let t = &mut self.inputs[i];
        t.records += 1;
        if let Some((message, fields)) = missing {
            t.missing_text += 1;
            if t.message.is_empty() {
                t.message = message.to_string();
            }
            for f in fields {
                if t.fields.len() >= 32 {
                    break;
                }
                t.fields.insert(f.clone());
            }
        }
    }

    /// Adds another tally (of a later part of the input).
    pub fn merge(&mut self, other: Tally) {
        for t in other.inputs {
            match self.inputs.iter_mut().rfind(|x| x.source == t.source) {
                Some(x) => {
                    x.records += t.records;
                    x.missing_text += t.missing_text;
                    if x.message.is_empty() {
                        x.message = t.message;
                    }
                    for f in t.fields {
                        if x.fields.len() < 32 {
                            x.fields.insert(f);
                        }
                    }
                }
                None => self.inputs.push(t),
            }
        }
    }

    /// One message per input whose every record lacked the text field, naming the fields its
    /// records do have.
    pub fn messages(&self) -> Vec<String> {
        self.inputs
            .iter()
            .filter(|t| t.records > 0 && t.missing_text == t.records)
            .map(|t| {
                let fields: Vec<&str> = t.fields.iter().map(String::as_str).collect();
                let what = t.message.strip_prefix("missing ").unwrap_or(&t.message);
                if fields.is_empty() {
                    format!(
                        "{}: every record ({}) lacks the {what}, and the records have no fields",
                        t.source, t.records
                    )
                } else {
                    format!(
                        "{}: every record ({}) lacks the {what}; the records have the fields: {} \
                         (pick one with --text-field)",
                        t.source,
                        t.records,
                        fields.join(", ")
                    )
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_field_message_only_when_every_record_fails() {
        let mut t = Tally::default();
        let f = ["id".to_string(), "body".to_string()];
        t.record("a.jsonl", Some(("missing text field \"text\"", &f)));
        t.record("b.jsonl", Some(("missing text field \"text\"", &f)));
        t.record("b.jsonl", None);
        let mut later = Tally::default();
        later.record(
            "a.jsonl",
            Some(("missing text field \"text\"", &["url".to_string()])),
        );
        t.merge(later);
        assert_eq!(
            t.messages(),
            [
                "a.jsonl: every record (2) lacks the text field \"text\"; the records have the \
              fields: body, id, url (pick one with --text-field)"
            ]
        );
    }

    #[test]
    fn plain_articles_are_not_flagged() {
        for text in [
            "",
            "Plain article.\n\nSecond paragraph.",
            "{not json} but prose",
            "Café owner quits. — “Yes,” he said.",
        ] {
            assert_eq!(text_file_warning(text.as_bytes()), None, "{text}");
        }
        assert!(text_file_warning(&[0xff; 100]).is_some());
    }
}
