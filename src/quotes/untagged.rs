//! A hand-written matcher for the untagged-speaker pattern of `speaker::untagged_speaker_before`:
//!
//! ```text
//! (?:^|[.!?]\s+|\n)((?:[A-Z][a-z'-]+ ){1,2}[A-Z][a-z'-]+)(?:, [^,.\n"“”]{1,80},)? (?:has |had |also )?([a-z]+)\b
//! ```
//!
//! It finds the same matches as `Regex::captures_iter` (leftmost-first, non-overlapping, the
//! regex's preference order), without compiling the regex or warming its lazy DFA. Every part
//! of the pattern is decided by ASCII tests except `\s` (Unicode white space, as
//! [`char::is_whitespace`]) and the `\b` after the verb: when the character there is not ASCII,
//! the matcher gives up ([`Undecided`]) and the caller runs the regex.

/// The matcher met a case it does not decide (a non-ASCII character after the verb).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Undecided;

/// One match: the name (group 1) and the verb (group 2), as byte ranges of the haystack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SubjectMatch {
    pub name: (usize, usize),
    pub verb: (usize, usize),
}

/// The group-1 span of the last match whose verb `keep` accepts, as
/// `captures_iter(hay).filter(|c| keep(c[2])).last()` gives it.
pub(crate) fn last_match(
    hay: &str,
    keep: impl Fn(&str) -> bool,
) -> Result<Option<(usize, usize)>, Undecided> {
    let mut last = None;
    let mut from = 0;
    while let Some(m) = next_match(hay, from)? {
        if keep(&hay[m.verb.0..m.verb.1]) {
            last = Some(m.name);
        }
        from = m.verb.1;
    }
    Ok(last)
}

/// The leftmost match starting at or after `from`.
fn next_match(hay: &str, from: usize) -> Result<Option<SubjectMatch>, Undecided> {
    let b = hay.as_bytes();
    for p in from..b.len().max(1) {
        // The alternatives of the opening group, in the pattern's order.
        if p == 0 {
            if let Some(m) = at_name(hay, 0)? {
                return Ok(Some(m));
            }
        }
        match b.get(p) {
            Some(b'.' | b'!' | b'?') => {
                let q = skip_space(hay, p + 1);
                if q > p + 1 {
                    if let Some(m) = at_name(hay, q)? {
                        return Ok(Some(m));
                    }
                }
            }
            Some(b'\n') => {
                if let Some(m) = at_name(hay, p + 1)? {
                    return Ok(Some(m));
                }
            }
            _ => {}
        }
    }
    Ok(None)
}

/// Past the white space (`\s*`, greedy) at `i`.
fn skip_space(hay: &str, mut i: usize) -> usize {
    for c in hay[i..].chars() {
        if !c.is_whitespace() {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// `[A-Z][a-z'-]+` at `i`: its end. The run is maximal, as no shorter one can be followed by
/// what the pattern puts after it (a space or a comma).
fn cap_word(b: &[u8], i: usize) -> Option<usize> {
    if !b.get(i)?.is_ascii_uppercase() {
        return None;
    }
    let mut j = i + 1;
    while b
        .get(j)
        .is_some_and(|c| c.is_ascii_lowercase() || matches!(c, b'\'' | b'-'))
    {
        j += 1;
    }
    (j > i + 1).then_some(j)
}

/// The rest of the pattern from the name at `q`: three words preferred over two.
fn at_name(hay: &str, q: usize) -> Result<Option<SubjectMatch>, Undecided> {
    let b = hay.as_bytes();
    let Some(w1) = cap_word(b, q) else {
        return Ok(None);
    };
    if b.get(w1) != Some(&b' ') {
        return Ok(None);
    }
    let Some(w2) = cap_word(b, w1 + 1) else {
        return Ok(None);
    };
    if b.get(w2) == Some(&b' ') {
        if let Some(w3) = cap_word(b, w2 + 1) {
            if let Some(verb) = after_name(hay, w3)? {
                return Ok(Some(SubjectMatch {
                    name: (q, w3),
                    verb,
                }));
            }
        }
    }
    Ok(after_name(hay, w2)?.map(|verb| SubjectMatch {
        name: (q, w2),
        verb,
    }))
}

/// `(?:, [^,.\n"“”]{1,80},)? (?:has |had |also )?([a-z]+)\b` at `k`: the verb's span. The
/// parenthesis is preferred; its class excludes the comma that ends it, so its run is the
/// longest one.
fn after_name(hay: &str, k: usize) -> Result<Option<(usize, usize)>, Undecided> {
    if hay[k..].starts_with(", ") {
        let mut n = 0;
        let mut end = None;
        for (at, c) in hay[k + 2..].char_indices() {
            if matches!(c, ',' | '.' | '\n' | '"' | '\u{201c}' | '\u{201d}') {
                if c == ',' {
                    end = Some(k + 2 + at + 1);
                }
                break;
            }
            n += 1;
            if n > 80 {
                break;
            }
        }
        if let Some(e) = end.filter(|_| (1..=80).contains(&n)) {
            if let Some(v) = verb_at(hay, e)? {
                return Ok(Some(v));
            }
        }
    }
    verb_at(hay, k)
}

/// ` (?:has |had |also )?([a-z]+)\b` at `k`, the auxiliary preferred.
fn verb_at(hay: &str, k: usize) -> Result<Option<(usize, usize)>, Undecided> {
    if hay.as_bytes().get(k) != Some(&b' ') {
        return Ok(None);
    }
    let m = k + 1;
    for aux in ["has ", "had ", "also "] {
        if hay[m..].starts_with(aux) {
            if let Some(v) = lower_word(hay, m + aux.len())? {
                return Ok(Some(v));
            }
        }
    }
    lower_word(hay, m)
}

/// `([a-z]+)\b` at `i`: the longest run of `a-z` (a shorter one is followed by a letter, no
/// word boundary), then a word boundary: the end, or a character that is no word character.
fn lower_word(hay: &str, i: usize) -> Result<Option<(usize, usize)>, Undecided> {
    let b = hay.as_bytes();
    let mut j = i;
    while b.get(j).is_some_and(u8::is_ascii_lowercase) {
        j += 1;
    }
    if j == i {
        return Ok(None);
    }
    match b.get(j) {
        None => Ok(Some((i, j))),
        Some(&c) if c.is_ascii() => {
            let word = c.is_ascii_alphanumeric() || c == b'_';
            Ok((!word).then_some((i, j)))
        }
        Some(_) => Err(Undecided),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    const PATTERN: &str = r"(?:^|[.!?]\s+|\n)((?:[A-Z][a-z'-]+ ){1,2}[A-Z][a-z'-]+)(?:, [^,.\n\x22\u201c\u201d]{1,80},)? (?:has |had |also )?([a-z]+)\b";

    fn all_matches(hay: &str) -> Result<Vec<SubjectMatch>, Undecided> {
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(m) = next_match(hay, from)? {
            out.push(m);
            from = m.verb.1;
        }
        Ok(out)
    }

    #[test]
    fn matches_as_the_regex_does() {
        let re = Regex::new(PATTERN).unwrap();
        let hays = [
            "",
            "Philip Shaw, an economist at Investec, said he",
            "It rose. Philip Shaw said so. John Paul Smith has said it.\nAnn Lee also told",
            "Mary Ann Lee Jones said",
            "So.  Jo Hale, who! is? here, added that. Bob Ray had had",
            "x. Jo Hale said_ more. Jo Hale saidX. Jo Hale said5 Jo Hale, a, said",
            "Jo Hale, an overly long parenthesis that goes on and on and on and on and on for more than eighty characters, said",
            "Jo Hale, “quoted”, said. Jo O'Neil-Smith also said\n\nJo Hale has",
            ".\u{a0}Jo Hale said. Jo Hale, é, said Jo Hale said",
            "Jo Hale Lee Sam said. Jo Hale  said. Jo hale said. J Hale said. Jo Hale,  said",
            "Jo Hale has said. Jo Hale has Said. Jo Hale also. Jo Hale also also",
        ];
        for hay in hays {
            let want: Vec<SubjectMatch> = re
                .captures_iter(hay)
                .map(|c| {
                    let (g1, g2) = (c.get(1).unwrap(), c.get(2).unwrap());
                    SubjectMatch {
                        name: (g1.start(), g1.end()),
                        verb: (g2.start(), g2.end()),
                    }
                })
                .collect();
            assert_eq!(all_matches(hay), Ok(want), "{hay:?}");
        }
        assert_eq!(all_matches("Jo Hale saidé"), Err(Undecided));
    }
}
