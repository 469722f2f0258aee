//! Readers for the gazetteer text formats (see the [module docs](super)).

use std::path::Path;

use crate::document::EntityType;
use crate::error::Error;

use super::entry::{Entry, EntryFlags};

fn err(path: &Path, line: usize, message: impl Into<String>) -> Error {
    Error::Gazetteer {
        path: path.to_path_buf(),
        line,
        message: message.into(),
    }
}

/// The lines of `text` that carry data, with their 1-based numbers: `#` comments and blank
/// lines are skipped, a trailing `\r` is removed.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    lines(text).enumerate().filter_map(|(i, line)| {
        let line = line.strip_suffix('\r').unwrap_or(line);
        keeps_data(line).then_some((i + 1, line))
    })
}

/// True when `line` is neither blank nor a `#` comment.
#[inline]
fn keeps_data(line: &str) -> bool {
    // A line opening with a visible ASCII character other than `#` carries data; only the
    // others need the trim.
    match line.as_bytes().first() {
        Some(&b) if b > b' ' && b < 0x7f => b != b'#',
        _ => {
            let trimmed = line.trim();
            !trimmed.is_empty() && !trimmed.starts_with('#')
        }
    }
}

/// The lines of `text` exactly as [`str::lines`] gives them (a final line without a line
/// break is left as it is), found with `memchr`.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut breaks = memchr::memchr_iter(b'\n', text.as_bytes());
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos >= text.len() {
            return None;
        }
        Some(match breaks.next() {
            Some(k) => {
                let line = &text[pos..k];
                pos = k + 1;
                line.strip_suffix('\r').unwrap_or(line)
            }
            None => {
                let line = &text[pos..];
                pos = text.len();
                line
            }
        })
    })
}

/// `s.trim()`, without the walk when `s` starts and ends with a visible ASCII character.
#[inline]
pub(super) fn trim(s: &str) -> &str {
    let visible = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b < 0x7f);
    if visible(s.as_bytes().first()) && visible(s.as_bytes().last()) {
        s
    } else {
        s.trim()
    }
}

/// The text of `line` before its first tab and the rest after it (`None` without a tab).
fn split_tab(line: &str) -> (&str, Option<&str>) {
    match line.bytes().position(|b| b == b'\t') {
        Some(k) => (&line[..k], Some(&line[k + 1..])),
        None => (line, None),
    }
}

/// Parses the 5-column entity format `TYPE<TAB>canonical<TAB>aliases<TAB>id<TAB>flags`
/// and appends the entries to `out`. Trailing empty columns may be left out. On an error
/// `out` is left as it was.
pub(crate) fn parse_entities_into(
    text: &str,
    path: &Path,
    out: &mut Vec<Entry>,
) -> Result<(), Error> {
    let before = out.len();
    let result = push_entities(text, path, out);
    if result.is_err() {
        out.truncate(before);
    }
    result
}

/// Parses the entity format (see [`parse_entities_into`]) into a new vector.
#[cfg(test)]
pub(crate) fn parse_entities(text: &str, path: &Path) -> Result<Vec<Entry>, Error> {
    let mut out = Vec::new();
    parse_entities_into(text, path, &mut out)?;
    Ok(out)
}

/// The loop of [`parse_entities_into`]: on an error, `out` holds the entries before it.
fn push_entities(text: &str, path: &Path, out: &mut Vec<Entry>) -> Result<(), Error> {
    for (n, line) in data_lines(text) {
        // The columns, without collecting them: at most five are used.
        let mut cols_buf = [""; 5];
        let mut count = 0;
        for col in split_ascii(line, b'\t') {
            if let Some(slot) = cols_buf.get_mut(count) {
                *slot = col;
            }
            count += 1;
        }
        let cols = &cols_buf[..count.min(5)];
        if cols.len() < 2 {
            return Err(err(
                path,
                n,
                "expected TYPE<TAB>canonical<TAB>aliases<TAB>id<TAB>flags",
            ));
        }
        if count > 5 {
            return Err(err(path, n, format!("{count} columns, at most 5 allowed")));
        }
        let kind = match trim(cols[0]) {
            "COMPANY" => EntityType::Company,
            "PERSON" => EntityType::Person,
            "MODEL" => EntityType::Model,
            "ORG" => EntityType::Org,
            other => {
                return Err(err(
                    path,
                    n,
                    format!("unknown type `{other}` (COMPANY, PERSON, MODEL or ORG)"),
                ));
            }
        };
        let canonical = trim(cols[1]);
        if canonical.is_empty() {
            return Err(err(path, n, "empty canonical name"));
        }
        let mut aliases: Vec<String> = Vec::new();
        if let Some(&column) = cols.get(2) {
            for alias in split_ascii(column, b'|') {
                let alias = trim(alias);
                if !alias.is_empty() && alias != canonical && !aliases.iter().any(|a| a == alias) {
                    aliases.push(alias.to_string());
                }
            }
        }
        let id = cols
            .get(3)
            .map(|s| trim(s))
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        let flags = match cols.get(4) {
            Some(flags) => EntryFlags::parse(flags).map_err(|m| err(path, n, m))?,
            None => EntryFlags::default(),
        };
        out.push(Entry {
            kind,
            canonical: canonical.to_string(),
            aliases,
            id,
            flags,
        });
    }
    Ok(())
}

/// `s.split(sep as char)` for an ASCII separator, found byte by byte (the pieces are short).
pub(super) fn split_ascii(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == sep) {
            Some(k) => {
                rest = Some(&r[k + 1..]);
                Some(&r[..k])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// A name from the first-name or surname lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct NameInfo {
    /// The name is also a common word or otherwise needs more evidence ("Will", "May").
    pub ambiguous: bool,
}

/// Parses `Name<TAB>gender<TAB>flags` (first names) or `Name<TAB>flags` (surnames): only the
/// name (as written; the caller folds its case) and the `ambiguous` flag are used; gender is
/// metadata.
pub(crate) fn parse_names<'t>(
    text: &'t str,
    path: &Path,
    flag_column: usize,
) -> Result<Vec<(&'t str, NameInfo)>, Error> {
    // Lines are short (about ten bytes): a little more room than one entry per eight bytes.
    let mut out = Vec::with_capacity(text.len() / 8 + 1);
    for (n, line, tab) in short_data_lines(text) {
        let name = trim(&line[..tab]);
        if name.is_empty() || name.bytes().any(|b| b == b' ') {
            return Err(err(path, n, format!("bad name `{name}`")));
        }
        // Column `flag_column` (0 is the name), empty when the line is shorter; too short
        // to hold "ambiguous" when what follows the name is.
        let rest = line.len().saturating_sub(tab + 1);
        let ambiguous = rest >= "ambiguous".len() && {
            let flags = split_ascii(&line[tab + 1..], b'\t')
                .nth(flag_column.wrapping_sub(1))
                .unwrap_or("");
            flags.len() >= "ambiguous".len() && flags.split(',').any(|f| trim(f) == "ambiguous")
        };
        out.push((name, NameInfo { ambiguous }));
    }
    Ok(out)
}

/// [`data_lines`] for files of short lines, found byte by byte, each with the position of
/// its first tab (the line's length when it has none).
fn short_data_lines(text: &str) -> impl Iterator<Item = (usize, &str, usize)> {
    let bytes = text.as_bytes();
    let mut pos = 0;
    let mut n = 0;
    std::iter::from_fn(move || {
        while pos < bytes.len() {
            n += 1;
            let start = pos;
            let mut i = pos;
            while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\t' {
                i += 1;
            }
            let tab = i;
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            pos = i + 1;
            // The carriage returns `lines` and then `data_lines` strip.
            let mut end = i;
            if i < bytes.len() && end > start && bytes[end - 1] == b'\r' {
                end -= 1;
            }
            if end > start && bytes[end - 1] == b'\r' {
                end -= 1;
            }
            let line = &text[start..end];
            if keeps_data(line) {
                return Some((n, line, tab.min(end) - start));
            }
        }
        None
    })
}

/// Parses a one-word-per-line list (first column only, as written).
pub(crate) fn parse_words(text: &str) -> impl Iterator<Item = &str> + '_ {
    data_lines(text).filter_map(|(_, line)| {
        let w = trim(split_tab(line).0);
        (!w.is_empty()).then_some(w)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Result<Vec<Entry>, Error> {
        parse_entities(text, Path::new("test.tsv"))
    }

    #[test]
    fn full_line() {
        let e = p("# comment\n\nCOMPANY\tMeta\tMeta Platforms|Facebook Inc.\tMETA\tambiguous,exchange=NASDAQ\n")
            .unwrap();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].canonical, "Meta");
        assert_eq!(e[0].aliases, ["Meta Platforms", "Facebook Inc."]);
        assert_eq!(e[0].id.as_deref(), Some("META"));
        assert!(e[0].flags.ambiguous);
        assert_eq!(e[0].flags.exchange.as_deref(), Some("NASDAQ"));
    }

    #[test]
    fn short_lines_and_crlf() {
        let e = p("MODEL\tBard\r\nPERSON\tSundar Pichai\t\t\torg=Google,role=CEO\r\n").unwrap();
        assert_eq!(e[0].kind, EntityType::Model);
        assert!(e[0].aliases.is_empty());
        assert_eq!(e[1].flags.org.as_deref(), Some("Google"));
        assert_eq!(e[1].flags.role.as_deref(), Some("CEO"));
    }

    #[test]
    fn errors_name_line_and_problem() {
        let e = p("COMPANY\tAcme\n\nPLACE\tParis\n").unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("test.tsv:3"), "{msg}");
        assert!(msg.contains("PLACE"), "{msg}");
        assert!(
            p("COMPANY\t \n")
                .unwrap_err()
                .to_string()
                .contains("empty canonical")
        );
        assert!(p("COMPANY\n").is_err());
        assert!(
            p("COMPANY\tA\t\t\tfancy\n")
                .unwrap_err()
                .to_string()
                .contains("fancy")
        );
        assert!(p("COMPANY\tA\t\t\tmaker=\n").is_err());
        assert!(p("COMPANY\tA\tb\tc\td\te\n").is_err());
    }

    #[test]
    fn data_lines_and_tabs() {
        let text = "# c\n\n  \t\nA\tb\r\n #x\n x\ty\n\u{e9}t\u{e9}\n#\nlast";
        let lines: Vec<_> = data_lines(text).collect();
        assert_eq!(
            lines,
            [(4, "A\tb"), (6, " x\ty"), (7, "\u{e9}t\u{e9}"), (9, "last")]
        );
        assert_eq!(split_tab("a\tb\tc"), ("a", Some("b\tc")));
        assert_eq!(split_tab("abc"), ("abc", None));
        let v = parse_names("Ann\tF\nBo\nCy\tM\tambiguous, x\n", Path::new("f"), 2).unwrap();
        let flags: Vec<_> = v.iter().map(|(n, i)| (*n, i.ambiguous)).collect();
        assert_eq!(flags, [("Ann", false), ("Bo", false), ("Cy", true)]);
        assert!(parse_names("A B\tx\n", Path::new("f"), 1).is_err());
    }

    #[test]
    fn lines_and_trim_match_std() {
        for t in [
            "",
            "\n",
            "a",
            "a\n",
            "a\r\n",
            "a\r",
            "a\r\r\n",
            "\r\n\r\n",
            "a\nb",
            "a\n\nb\r\nc\r",
            "\u{e9}\n\u{2003}x\u{2003}\n",
        ] {
            assert_eq!(
                lines(t).collect::<Vec<_>>(),
                t.lines().collect::<Vec<_>>(),
                "{t:?}"
            );
        }
        for t in [
            "",
            " ",
            "a",
            " a ",
            "a b",
            "\ta\t",
            "\u{2003}a",
            "a\u{a0}",
            "é",
            "#",
        ] {
            assert_eq!(trim(t), t.trim(), "{t:?}");
        }
    }

    #[test]
    fn short_data_lines_match_data_lines() {
        for t in [
            "",
            "\n",
            "a",
            "a\tb\n",
            "a\r\n",
            "a\r",
            "a\r\r\n",
            "a\r\r",
            "\r\n\r\n",
            "# c\n\n  \t\nA\tb\r\n #x\n x\ty\n\u{e9}t\u{e9}\n#\nlast",
            "a\t\r\nb\t\t\r",
            "\ta\n\u{2003}x\u{2003}\n",
        ] {
            let fast: Vec<_> = short_data_lines(t).collect();
            let slow: Vec<_> = data_lines(t)
                .map(|(n, l)| (n, l, l.find('\t').unwrap_or(l.len())))
                .collect();
            assert_eq!(fast, slow, "{t:?}");
        }
    }

    #[test]
    fn split_ascii_matches_split() {
        for t in ["", "|", "a", "a|b", "|a|", "a||b|", "é|ü|", "x\t\ty\t"] {
            for sep in [b'|', b'\t', b','] {
                assert_eq!(
                    split_ascii(t, sep).collect::<Vec<_>>(),
                    t.split(sep as char).collect::<Vec<_>>(),
                    "{t:?}"
                );
            }
        }
    }

    #[test]
    fn names() {
        let v = parse_names("# x\nWill\tM\tambiguous\nSundar\tM\t\n", Path::new("f"), 2).unwrap();
        assert_eq!(v[0], ("Will", NameInfo { ambiguous: true }));
        assert!(!v[1].1.ambiguous);
        let s = parse_names("Smith\t\nYoung\tambiguous\n", Path::new("s"), 1).unwrap();
        assert!(s[1].1.ambiguous);
    }
}
