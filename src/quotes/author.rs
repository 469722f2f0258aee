//! A hand-written twin of the ASCII author pattern of `speaker` (`AUTHOR_ASCII`):
//!
//! ```text
//! \b(?:(?:[Rr]eport|[Aa]rticle|[Ss]tory|[Ii]nvestigation|[Ii]nterview)s? (?:published )?(?:by|from|in) (?:the )?NAME
//!    | (?:[Rr]eported by|[Aa]ccording to) (?:the )?NAME
//!    | NAME(?:'s|’s)? (?:first |has |had |also |previously )?(?:reported|reports|report)\b)
//! NAME = ((?:The )?[A-Z][A-Za-z0-9&.'’-]*(?: (?:of |the |for |on )?[A-Z][A-Za-z0-9&.'’-]*){0,4})
//! ```
//!
//! It finds the same matches with the same name group (leftmost-first), without building
//! the regex: the build cost more than all the searches of a run. The paths are tried in the
//! pattern's order; where the pattern could backtrack into a name, only the ends of whole
//! words can lead to a match (see [`name_ends`]). The tests check it against the regex.

/// `\w` of `(?-u:\b)`: an ASCII letter, digit or `_`.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `’` in UTF-8.
const RIGHT_QUOTE: &[u8] = "’".as_bytes();

/// End of `lit` at `i`.
fn lit(t: &[u8], i: usize, lit: &str) -> Option<usize> {
    let end = i + lit.len();
    let found = t
        .get(i..end)?
        .iter()
        .zip(lit.as_bytes())
        .all(|(a, b)| a == b);
    found.then_some(end)
}

/// End of `word` at `i`, its first letter in either case (`[Rr]eport`).
fn lit_either_case(t: &[u8], i: usize, word: &str) -> Option<usize> {
    let first = *t.get(i)?;
    let w = word.as_bytes();
    (first == w[0] || first == w[0].to_ascii_uppercase()).then_some(())?;
    lit(t, i + 1, &word[1..])
}

/// End of the first of `options` at `i`.
fn first_of(t: &[u8], i: usize, options: &[&str]) -> Option<usize> {
    options.iter().find_map(|o| lit(t, i, o))
}

/// End of `[A-Z][A-Za-z0-9&.'’-]*` at `i` (the longest run: see [`name_ends`]).
fn name_word(t: &[u8], i: usize) -> Option<usize> {
    if !t.get(i)?.is_ascii_uppercase() {
        return None;
    }
    let mut e = i + 1;
    loop {
        match t.get(e) {
            Some(&b) if b.is_ascii_alphanumeric() || matches!(b, b'&' | b'.' | b'\'' | b'-') => {
                e += 1;
            }
            Some(0xE2) if t[e..].starts_with(RIGHT_QUOTE) => e += RIGHT_QUOTE.len(),
            _ => return Some(e),
        }
    }
}

/// The ends of NAME at `i` that may be followed by more of the pattern, in the order the
/// pattern tries them: with "The " first, then without; most words first. A name word is
/// taken whole: the pattern may give back the end of a word, but what can follow a name
/// (`'s`, `’s`, a space) then needs a space right after, which only a whole word has, and
/// then the whole word was tried first with the same continuation.
fn name_ends(t: &[u8], i: usize) -> impl Iterator<Item = usize> {
    let with_the = lit(t, i, "The ").and_then(|w| name_word(t, w));
    let (a, na) = word_chain(t, with_the);
    let (b, nb) = word_chain(t, name_word(t, i));
    (0..na)
        .rev()
        .map(move |k| a[k])
        .chain((0..nb).rev().map(move |k| b[k]))
}

/// The ends of the name's words from a first word ending at `first`: the first word, then
/// up to four more (`(?: (?:of |the |for |on )?[A-Z][A-Za-z0-9&.'’-]*){0,4}`, each the
/// pattern's first choice).
fn word_chain(t: &[u8], first: Option<usize>) -> ([usize; 5], usize) {
    let mut ends = [0; 5];
    let Some(mut e) = first else {
        return (ends, 0);
    };
    ends[0] = e;
    let mut n = 1;
    while n < 5 {
        let next = lit(t, e, " ").and_then(|s| {
            first_of(t, s, &["of ", "the ", "for ", "on "])
                .and_then(|c| name_word(t, c))
                .or_else(|| name_word(t, s))
        });
        let Some(next) = next else { break };
        e = next;
        ends[n] = e;
        n += 1;
    }
    (ends, n)
}

/// NAME at `i` when nothing follows it in the pattern: its longest end.
fn whole_name(t: &[u8], i: usize) -> Option<usize> {
    name_ends(t, i).next()
}

/// `(?:the )?NAME` at `i`: the name's span.
fn the_name(t: &[u8], i: usize) -> Option<(usize, usize)> {
    let with_the = lit(t, i, "the ").and_then(|q| Some((q, whole_name(t, q)?)));
    with_the.or_else(|| Some((i, whole_name(t, i)?)))
}

/// The first alternative: "a report by X", "an interview published in the X".
fn report_by(t: &[u8], p: usize) -> Option<(usize, (usize, usize))> {
    let noun = ["report", "article", "story", "investigation", "interview"]
        .iter()
        .find_map(|w| lit_either_case(t, p, w))?;
    let plural = lit(t, noun, "s");
    for n in plural.into_iter().chain([noun]) {
        let Some(s) = lit(t, n, " ") else { continue };
        let published = lit(t, s, "published ");
        for q in published.into_iter().chain([s]) {
            let Some(r) = first_of(t, q, &["by ", "from ", "in "]) else {
                continue;
            };
            if let Some(name) = the_name(t, r) {
                return Some((name.1, name));
            }
        }
    }
    None
}

/// The second alternative: "reported by X", "according to the X".
fn according_to(t: &[u8], p: usize) -> Option<(usize, (usize, usize))> {
    let lead =
        lit_either_case(t, p, "reported by ").or_else(|| lit_either_case(t, p, "according to "))?;
    let name = the_name(t, lead)?;
    Some((name.1, name))
}

/// The third alternative: "X reported", "X's first report".
fn reported(t: &[u8], p: usize) -> Option<(usize, (usize, usize))> {
    for e in name_ends(t, p) {
        let possessive = lit(t, e, "'s").or_else(|| lit(t, e, "’s"));
        for s in possessive.into_iter().chain([e]) {
            let Some(a) = lit(t, s, " ") else { continue };
            let adverb = first_of(t, a, &["first ", "has ", "had ", "also ", "previously "]);
            for v in adverb.into_iter().chain([a]) {
                let end = ["reported", "reports", "report"]
                    .iter()
                    .filter_map(|w| lit(t, v, w))
                    .find(|&end| !t.get(end).copied().is_some_and(is_word));
                if let Some(end) = end {
                    return Some((end, (p, e)));
                }
            }
        }
    }
    None
}

/// A match of the author pattern starting at `p`: its end and the name's span.
fn match_at(t: &[u8], p: usize) -> Option<(usize, (usize, usize))> {
    if !t.get(p)?.is_ascii_alphabetic() || (p > 0 && is_word(t[p - 1])) {
        return None;
    }
    report_by(t, p)
        .or_else(|| according_to(t, p))
        .or_else(|| reported(t, p))
}

/// A match found: the whole match and the name group, as byte ranges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct AuthorMatch {
    pub start: usize,
    pub end: usize,
    pub name: (usize, usize),
}

/// The leftmost match in `hay` starting at or after `from`, as the regex's `captures_at`
/// finds it.
pub(super) fn find_at(hay: &str, from: usize) -> Option<AuthorMatch> {
    let t = hay.as_bytes();
    (from..t.len()).find_map(|p| {
        let (end, name) = match_at(t, p)?;
        Some(AuthorMatch {
            start: p,
            end,
            name,
        })
    })
}

/// Every match in `hay`, as the regex's `captures_iter` finds them.
pub(super) fn find_iter(hay: &str) -> impl Iterator<Item = AuthorMatch> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let m = find_at(hay, at)?;
        at = m.end;
        Some(m)
    })
}
