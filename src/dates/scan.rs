//! Hand-written twins of the ASCII date and tense patterns of the parent module.
//!
//! On a text whose non-ASCII characters are all plain symbols (`plain_symbol`), the
//! patterns compiled with `(?-u)` match exactly what the Unicode ones match; these
//! functions find exactly what those ASCII patterns find (leftmost-first, the same groups),
//! without compiling a regex: the compile of the date pattern alone cost more than all the
//! searches of a run. Each step below follows the pattern's structure and tries the
//! alternatives in the pattern's order, backtracking where the pattern would; the tests
//! check them against the ASCII regexes.

/// `\w` of an ASCII pattern: `[0-9A-Za-z_]`.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `\s` of an ASCII pattern: `[\t\n\x0B\x0C\r ]`.
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// `\b` at `i`: one side a word byte, the other not (or the text's edge).
fn boundary(t: &[u8], i: usize) -> bool {
    let before = i > 0 && is_word(t[i - 1]);
    let after = i < t.len() && is_word(t[i]);
    before != after
}

/// End of `lit` at `i`, compared as written (byte by byte: these are a few bytes long).
fn lit(t: &[u8], i: usize, lit: &str) -> Option<usize> {
    let end = i + lit.len();
    let found = t
        .get(i..end)?
        .iter()
        .zip(lit.as_bytes())
        .all(|(a, b)| a == b);
    found.then_some(end)
}

/// End of `lit` at `i`, ASCII case-insensitive (`(?i)` of an ASCII pattern).
fn lit_ci(t: &[u8], i: usize, lit: &str) -> Option<usize> {
    let end = i + lit.len();
    t.get(i..end)?
        .eq_ignore_ascii_case(lit.as_bytes())
        .then_some(end)
}

/// End of the longest `\s+` at `i`. Wherever the patterns have `\s+` before a letter or
/// digit, giving back white space cannot help, so the longest run is the only one to try.
fn spaces(t: &[u8], i: usize) -> Option<usize> {
    let end = i + t.get(i..)?.iter().take_while(|&&b| is_space(b)).count();
    (end > i).then_some(end)
}

/// A sequence of words, each case-insensitive, separated by `\s+` ("as of", "at the end of").
fn words_ci(t: &[u8], i: usize, words: &[&str]) -> Option<usize> {
    let mut at = i;
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            at = spaces(t, at)?;
        }
        at = lit_ci(t, at, w)?;
    }
    Some(at)
}

/// `MONTHS`, in the order of the pattern's alternation (`Jan\.?` tries `Jan.` first).
const MONTH_FORMS: [&str; 36] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Jan",
    "Feb.",
    "Feb",
    "Mar.",
    "Mar",
    "Apr.",
    "Apr",
    "Jun.",
    "Jun",
    "Jul.",
    "Jul",
    "Aug.",
    "Aug",
    "Sept.",
    "Sept",
    "Sep.",
    "Sep",
    "Oct.",
    "Oct",
    "Nov.",
    "Nov",
    "Dec.",
    "Dec",
];

/// `WEEKDAYS`.
const WEEKDAY_FORMS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A byte range of the text.
pub(super) type Span = (usize, usize);

/// The groups of one match of the date pattern.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct DateCaps {
    /// The whole match.
    pub whole: Span,
    /// `prep`.
    pub prep: Option<Span>,
    /// `d1` or `d2`.
    pub day: Option<Span>,
    /// `m1` or `m2`.
    pub month: Option<Span>,
    /// `y1` or `y2`.
    pub year: Option<Span>,
    /// `m3`.
    pub m3: Option<Span>,
    /// `y3`.
    pub y3: Option<Span>,
    /// `y4`.
    pub y4: Option<Span>,
    /// `wd`.
    pub wd: Option<Span>,
    /// `rel`.
    pub rel: Option<Span>,
}

/// `(?:1[89]|20)\d\d` at `i`.
fn year(t: &[u8], i: usize) -> Option<usize> {
    let y = t.get(i..i + 4)?;
    let century = matches!((y[0], y[1]), (b'1', b'8' | b'9') | (b'2', b'0'));
    (century && y[2].is_ascii_digit() && y[3].is_ascii_digit()).then_some(i + 4)
}

/// `,?\s+(YEAR)\b` at `i` (the comma tried first): the year's span.
fn comma_year(t: &[u8], i: usize) -> Option<Span> {
    let after_comma = (t.get(i) == Some(&b',')).then_some(i + 1);
    after_comma.into_iter().chain([i]).find_map(|j| {
        let y = spaces(t, j)?;
        let e = year(t, y)?;
        boundary(t, e).then_some((y, e))
    })
}

/// Ends of `\d{1,2}(?:st|nd|rd|th)?` at `i`, in the order the pattern tries them.
fn day_ends(t: &[u8], i: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    [2, 1].into_iter().flat_map(move |n| {
        let digits = t
            .get(i..i + n)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit));
        let suffix = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| lit(t, i + n, s))
            .filter(|_| digits);
        suffix
            .into_iter()
            .chain(digits.then_some(i + n))
            .map(move |e| (i + n, e))
    })
}

/// Ends of the month names at `i`, in the pattern's order.
fn month_ends(t: &[u8], i: usize) -> impl Iterator<Item = usize> + '_ {
    let initial = matches!(
        t.get(i),
        Some(b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D')
    );
    let forms = if initial { &MONTH_FORMS[..] } else { &[] };
    forms
        .iter()
        .filter(move |m| m.as_bytes()[0] == t[i])
        .filter_map(move |m| lit(t, i, m))
}

/// `d1`: `(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(MONTHS)(?:,?\s+(YEAR))?\b`.
fn day_month(t: &[u8], i: usize) -> Option<(usize, DateCaps)> {
    for (digits, d) in day_ends(t, i) {
        let Some(c) = spaces(t, d) else {
            continue;
        };
        let of = lit(t, c, "of").and_then(|o| spaces(t, o));
        for m in of.into_iter().chain([c]) {
            for me in month_ends(t, m) {
                let caps = DateCaps {
                    day: Some((i, digits)),
                    month: Some((m, me)),
                    ..DateCaps::default()
                };
                if let Some(y) = comma_year(t, me) {
                    return Some((
                        y.1,
                        DateCaps {
                            year: Some(y),
                            ..caps
                        },
                    ));
                }
                if boundary(t, me) {
                    return Some((me, caps));
                }
            }
        }
    }
    None
}

/// `d2`: `(MONTHS)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(YEAR)\b)?`.
fn month_day(t: &[u8], i: usize) -> Option<(usize, DateCaps)> {
    for me in month_ends(t, i) {
        let Some(ds) = spaces(t, me) else {
            continue;
        };
        for (digits, d) in day_ends(t, ds) {
            if !boundary(t, d) {
                continue;
            }
            let caps = DateCaps {
                day: Some((ds, digits)),
                month: Some((i, me)),
                ..DateCaps::default()
            };
            return Some(match comma_year(t, d) {
                Some(y) => (
                    y.1,
                    DateCaps {
                        year: Some(y),
                        ..caps
                    },
                ),
                None => (d, caps),
            });
        }
    }
    None
}

/// `m3`: `(MONTHS)(?:,?\s+(YEAR))?\b`.
fn month_year(t: &[u8], i: usize) -> Option<(usize, DateCaps)> {
    for me in month_ends(t, i) {
        let caps = DateCaps {
            m3: Some((i, me)),
            ..DateCaps::default()
        };
        if let Some(y) = comma_year(t, me) {
            return Some((
                y.1,
                DateCaps {
                    y3: Some(y),
                    ..caps
                },
            ));
        }
        if boundary(t, me) {
            return Some((me, caps));
        }
    }
    None
}

/// `y4`: `(YEAR)\b`.
fn bare_year(t: &[u8], i: usize) -> Option<(usize, DateCaps)> {
    let e = year(t, i).filter(|&e| boundary(t, e))?;
    let caps = DateCaps {
        y4: Some((i, e)),
        ..DateCaps::default()
    };
    Some((e, caps))
}

/// `wd`: `((?i:last\s+|next\s+|this\s+|this\s+past\s+|this\s+coming\s+)?(?:WEEKDAYS))\b`.
fn weekday(t: &[u8], i: usize) -> Option<(usize, DateCaps)> {
    const LEADS: [&[&str]; 5] = [
        &["last"],
        &["next"],
        &["this"],
        &["this", "past"],
        &["this", "coming"],
    ];
    if !matches!(
        t.get(i)?,
        b'l' | b'L' | b'n' | b'N' | b't' | b'T' | b'M' | b'W' | b'F' | b'S'
    ) {
        return None;
    }
    let initial = t[i] | 0x20;
    let leads = LEADS
        .iter()
        .filter(|w| w[0].as_bytes()[0] == initial)
        .filter_map(|w| spaces(t, words_ci(t, i, w)?))
        .chain([i]);
    for at in leads {
        let e = WEEKDAY_FORMS
            .iter()
            .find_map(|d| lit(t, at, d))
            .filter(|&e| boundary(t, e));
        if let Some(e) = e {
            let caps = DateCaps {
                wd: Some((i, e)),
                ..DateCaps::default()
            };
            return Some((e, caps));
        }
    }
    None
}

/// `rel`: `((?i:yesterday|today|(?:earlier|later)\s+this\s+(?:month|year)|
/// (?:last|this|next)\s+(?:month|year)|a\s+year\s+ago))\b`.
fn relative(t: &[u8], i: usize) -> Option<(usize, DateCaps)> {
    const FORMS: [&[&str]; 13] = [
        &["yesterday"],
        &["today"],
        &["earlier", "this", "month"],
        &["earlier", "this", "year"],
        &["later", "this", "month"],
        &["later", "this", "year"],
        &["last", "month"],
        &["last", "year"],
        &["this", "month"],
        &["this", "year"],
        &["next", "month"],
        &["next", "year"],
        &["a", "year", "ago"],
    ];
    if !matches!(t.get(i)? | 0x20, b'y' | b't' | b'e' | b'l' | b'n' | b'a') {
        return None;
    }
    let initial = t[i] | 0x20;
    let e = FORMS
        .iter()
        .filter(|w| w[0].as_bytes()[0] == initial)
        .filter_map(|w| words_ci(t, i, w))
        .find(|&e| boundary(t, e))?;
    let caps = DateCaps {
        rel: Some((i, e)),
        ..DateCaps::default()
    };
    Some((e, caps))
}

/// The pattern after the preposition: its alternatives in order, the first that matches.
/// A digit starts only the first and the fourth, a letter only the others.
fn core(t: &[u8], i: usize) -> Option<(usize, DateCaps)> {
    if t.get(i)?.is_ascii_digit() {
        return day_month(t, i).or_else(|| bare_year(t, i));
    }
    month_day(t, i)
        .or_else(|| month_year(t, i))
        .or_else(|| weekday(t, i))
        .or_else(|| relative(t, i))
}

/// Whether `b` is the first letter of a preposition (either case).
fn may_start_prep(b: u8) -> bool {
    matches!(
        b | 0x20,
        b'o' | b'i' | b'f' | b's' | b'u' | b't' | b'b' | b'd' | b'e' | b'a' | b'm' | b'l'
    )
}

/// Whether `b` may start a match: a digit, or the first letter (either case) of a
/// preposition, a month, a weekday or a relative date.
fn may_start(b: u8) -> bool {
    b.is_ascii_digit() || may_start_prep(b) || matches!(b | 0x20, b'j' | b'n' | b'w' | b'y')
}

/// Where the preposition group at `p` may end before its closing `\s+`, in the order the
/// pattern tries its paths, passed to `k` until it returns `Some`.
fn prep_paths<R>(t: &[u8], p: usize, k: &mut impl FnMut(usize) -> Option<R>) -> Option<R> {
    // The alternatives that start with the letter at `p`, in the pattern's order (two that
    // start with different letters never both match).
    let words: &[&[&str]] = match t[p] | 0x20 {
        b'o' => &[&["on"]],
        b'i' => &[&["in"]],
        b'f' => &[&["from"]],
        b's' => &[&["since"], &["starting"]],
        b'u' => &[&["until"]],
        b't' => &[&["till"]],
        b'b' => &[&["by"], &["beginning"]],
        b'd' => &[&["during"]],
        b'e' => &[&["effective", "from"], &["effective"]],
        b'a' => &[
            &["as", "of"],
            &["at", "the", "start", "of"],
            &["at", "the", "end", "of"],
            &["at", "the", "beginning", "of"],
        ],
        _ => &[],
    };
    for w in words {
        if let Some(r) = words_ci(t, p, w).and_then(&mut *k) {
            return Some(r);
        }
    }
    // `(?:early|late|mid)(?:-|\s+)?(?:in\s+)?`: here white space may be given back to the
    // closing `\s+`, so every length of each run is a path, the longest first.
    let e = ["early", "late", "mid"]
        .iter()
        .find_map(|w| lit_ci(t, p, w))?;
    let gaps = |i: usize| {
        let end = spaces(t, i).unwrap_or(i);
        (i + 1..=end).rev()
    };
    let dash = (t.get(e) == Some(&b'-')).then_some(e + 1);
    for q in dash.into_iter().chain(gaps(e)).chain([e]) {
        let ins = lit_ci(t, q, "in").map(gaps).into_iter().flatten();
        for r in ins.chain([q]) {
            if let Some(found) = k(r) {
                return Some(found);
            }
        }
    }
    None
}

/// The match of the date pattern starting at `p`, if any: with the preposition first, then
/// without.
fn match_at(t: &[u8], p: usize) -> Option<DateCaps> {
    let with_prep = prep_paths(t, p, &mut |r| {
        let q = spaces(t, r)?;
        let (end, caps) = core(t, q)?;
        Some(DateCaps {
            whole: (p, end),
            prep: Some((p, q)),
            ..caps
        })
    });
    with_prep.or_else(|| {
        let (end, caps) = core(t, p)?;
        Some(DateCaps {
            whole: (p, end),
            ..caps
        })
    })
}

/// Every match of the ASCII date pattern in `text`, as its `captures_iter` gives them.
pub(super) fn date_matches(text: &str) -> Vec<DateCaps> {
    let t = text.as_bytes();
    let mut out = Vec::new();
    let mut p = 0;
    while p < t.len() {
        // Every path starts with `\b` and a word byte.
        if may_start(t[p]) && (p == 0 || !is_word(t[p - 1])) {
            if let Some(m) = match_at(t, p) {
                out.push(m);
                p = m.whole.1;
                continue;
            }
        }
        p += 1;
    }
    out
}

/// The start of each word of `t` (`\b` before a word byte).
fn word_starts(t: &[u8]) -> impl Iterator<Item = usize> + '_ {
    (0..t.len()).filter(move |&p| is_word(t[p]) && (p == 0 || !is_word(t[p - 1])))
}

/// `'ll` at `p`: its end.
fn apostrophe_ll(t: &[u8], p: usize) -> Option<usize> {
    (t[p] == b'\'').then(|| lit_ci(t, p + 1, "ll"))?
}

/// Whether the ASCII `FUTURE_PATTERN` matches somewhere in `text`.
pub(super) fn future(text: &str) -> bool {
    const FORMS: [&[&str]; 10] = [
        &["will"],
        &["shall"],
        &["is", "to"],
        &["are", "to"],
        &["is", "due", "to"],
        &["is", "set", "to"],
        &["take", "effect"],
        &["takes", "effect"],
        &["effective"],
        &["later", "this"],
    ];
    let t = text.as_bytes();
    let word = word_starts(t).any(|p| {
        matches!(t[p] | 0x20, b'w' | b's' | b'i' | b'a' | b't' | b'e' | b'l')
            && FORMS
                .iter()
                .filter(|w| w[0].as_bytes()[0] == t[p] | 0x20)
                .any(|w| words_ci(t, p, w).is_some_and(|e| boundary(t, e)))
    });
    word || memchr::memchr_iter(b'\'', t)
        .any(|p| apostrophe_ll(t, p).is_some_and(|e| boundary(t, e)))
}

/// Whether `t[e..]` is `(?:\s+\w+){0,2}\s*$`.
fn at_most_two_words_left(t: &[u8], mut e: usize) -> bool {
    let mut words = 0;
    loop {
        let gap = spaces(t, e);
        if let Some(g) = gap {
            e = g;
        }
        if e == t.len() {
            return true;
        }
        if gap.is_none() || !is_word(t[e]) || words == 2 {
            return false;
        }
        while e < t.len() && is_word(t[e]) {
            e += 1;
        }
        words += 1;
    }
}

/// Whether the ASCII `FUTURE_BEFORE_PATTERN` matches `text`.
pub(super) fn future_before(text: &str) -> bool {
    const FORMS: [&[&str]; 10] = [
        &["will"],
        &["shall"],
        &["is", "due", "to"],
        &["is", "set", "to"],
        &["is", "about", "to"],
        &["is", "to"],
        &["are", "due", "to"],
        &["are", "set", "to"],
        &["are", "about", "to"],
        &["are", "to"],
    ];
    let t = text.as_bytes();
    let word = word_starts(t).any(|p| {
        // Each form opens with its own letter: only those that open with the word's are tried.
        FORMS
            .iter()
            .filter(|w| w[0].as_bytes()[0] == t[p] | 0x20)
            .any(|w| words_ci(t, p, w).is_some_and(|e| at_most_two_words_left(t, e)))
    });
    word || memchr::memchr_iter(b'\'', t)
        .any(|p| apostrophe_ll(t, p).is_some_and(|e| at_most_two_words_left(t, e)))
}

/// Whether the ASCII `PAST_TRIGGER_PATTERN` matches `text`: its first word (all of it, as
/// the closing `\b` demands) ends in "ed" after at least one byte, or is one of the listed
/// forms.
pub(super) fn past_trigger(text: &str) -> bool {
    const FORMS: [&str; 13] = [
        "left", "quit", "became", "took", "made", "won", "went", "stood", "was", "were", "had",
        "got", "came",
    ];
    let t = text.as_bytes();
    let n = t.iter().take_while(|&&b| is_word(b)).count();
    let first = &t[..n];
    (n >= 3 && first[n - 2..].eq_ignore_ascii_case(b"ed"))
        || FORMS
            .iter()
            .any(|f| first.eq_ignore_ascii_case(f.as_bytes()))
}
