//! Event dates: the date expression in a move's evidence sentence ("on Monday", "in January
//! 2003", "last year", "effective June 1"), resolved against the article's date when one is
//! known.
//!
//! What the text fixes on its own ("in 1983", "on 29 November 2004", "in January 2003") is
//! resolved always; what needs the article date ("on Monday", "last year", "in November",
//! "earlier this month") only when it is given, else the event's date stays `None`.
//!
//! ```
//! use news_extract::dates::{CivilDate, find_date};
//! use news_extract::DatePrecision;
//!
//! let published = CivilDate::parse("2004-11-30").unwrap(); // a Tuesday
//! let d = find_date("Jo Bell resigned on Monday.", Some(published), None).unwrap();
//! assert_eq!((d.value.as_str(), d.precision, d.text.as_str()),
//!            ("2004-11-29", DatePrecision::Day, "on Monday"));
//! assert!(find_date("Jo Bell resigned on Monday.", None, None).is_none());
//! assert_eq!(find_date("He joined in 1983.", None, None).unwrap().value, "1983");
//! ```

use once_cell::sync::Lazy;
use regex::Regex;

use crate::document::{DatePrecision, Event, EventDate};

mod civil;

pub use civil::CivilDate;

const MONTHS: &str = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?";
const WEEKDAYS: &str = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

/// One pattern for every date expression, scanned left to right once per sentence.
static DATE: Lazy<Regex> = Lazy::new(|| Regex::new(&date_pattern()).expect("date pattern"));

fn date_pattern() -> String {
    format!(
        r"(?x)
        \b(?P<prep>(?i:on|in|from|since|until|till|by|during|effective(?:\s+from)?|as\s+of|
            starting|beginning|at\s+the\s+(?:start|end|beginning)\s+of|(?:early|late|mid)(?:-|\s+)?(?:in\s+)?)\s+)?
        (?:
            (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTHS})(?:,?\s+(?P<y1>(?:1[89]|20)\d\d))?\b
          | (?P<m2>{MONTHS})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>(?:1[89]|20)\d\d)\b)?
          | (?P<m3>{MONTHS})(?:,?\s+(?P<y3>(?:1[89]|20)\d\d))?\b
          | (?P<y4>(?:1[89]|20)\d\d)\b
          | (?P<wd>(?i:last\s+|next\s+|this\s+|this\s+past\s+|this\s+coming\s+)?(?:{WEEKDAYS}))\b
          | (?P<rel>(?i:yesterday|today|(?:earlier|later)\s+this\s+(?:month|year)|
                       (?:last|this|next)\s+(?:month|year)|a\s+year\s+ago))\b
        )"
    )
}

/// Words that make a year-less date refer forwards from the article date ("will join on 1 June").
static FUTURE: Lazy<Regex> = Lazy::new(|| Regex::new(FUTURE_PATTERN).expect("future pattern"));

const FUTURE_PATTERN: &str = r"(?i)\b(?:will|shall|is\s+to|are\s+to|is\s+due\s+to|is\s+set\s+to|takes?\s+effect|effective|later\s+this)\b|'ll\b";

/// The same, in the few words just before a trigger ("will be appointed", "is to step down").
static FUTURE_BEFORE: Lazy<Regex> =
    Lazy::new(|| Regex::new(FUTURE_BEFORE_PATTERN).expect("future before"));

const FUTURE_BEFORE_PATTERN: &str =
    r"(?i)(?:\b(?:will|shall|(?:is|are)\s+(?:due\s+|set\s+|about\s+)?to)|'ll)(?:\s+\w+){0,2}\s*$";

/// A trigger in the past tense ("resigned", "left", "became"): the move has happened.
static PAST_TRIGGER: Lazy<Regex> =
    Lazy::new(|| Regex::new(PAST_TRIGGER_PATTERN).expect("past trigger"));

const PAST_TRIGGER_PATTERN: &str =
    r"(?i)^(?:\w+ed|left|quit|became|took|made|won|went|stood|was|were|had|got|came)\b";

/// ASCII twins of the patterns above (`\b`, `\w`, `\s`, `\d` and case folding over ASCII):
/// on a text whose non-ASCII characters are all [`plain_symbol`]s they match exactly what the
/// Unicode patterns match, and are far cheaper to build and run.
static DATE_ASCII: Lazy<Regex> =
    Lazy::new(|| Regex::new(&format!("(?-u){}", date_pattern())).expect("date pattern"));
static FUTURE_ASCII: Lazy<Regex> =
    Lazy::new(|| Regex::new(&format!("(?-u){FUTURE_PATTERN}")).expect("future pattern"));
static FUTURE_BEFORE_ASCII: Lazy<Regex> =
    Lazy::new(|| Regex::new(&format!("(?-u){FUTURE_BEFORE_PATTERN}")).expect("future before"));
static PAST_TRIGGER_ASCII: Lazy<Regex> =
    Lazy::new(|| Regex::new(&format!("(?-u){PAST_TRIGGER_PATTERN}")).expect("past trigger"));

/// Common non-ASCII characters that are no word, space or digit character and fold to no
/// ASCII letter.
fn plain_symbol(c: char) -> bool {
    matches!(
        c,
        '£' | '€' | '’' | '‘' | '“' | '”' | '–' | '—' | '…' | '•' | '°'
    )
}

/// `ascii` when `hay` holds only ASCII and [`plain_symbol`]s (both give the same matches
/// there), else `unicode`.
fn pick<'r>(hay: &str, unicode: &'r Lazy<Regex>, ascii: &'r Lazy<Regex>) -> &'r Regex {
    if hay.chars().all(|c| c.is_ascii() || plain_symbol(c)) {
        ascii
    } else {
        unicode
    }
}

/// Whether the move in `sentence` lies ahead of the article date, judged from the words before
/// the trigger at `anchor` and the trigger itself, else from the whole sentence.
fn tense_is_future(sentence: &str, anchor: Option<usize>) -> bool {
    if let Some(at) = anchor.filter(|&a| sentence.is_char_boundary(a)) {
        let mut start = at.saturating_sub(40);
        while !sentence.is_char_boundary(start) {
            start += 1;
        }
        let before = &sentence[start..at];
        if pick(before, &FUTURE_BEFORE, &FUTURE_BEFORE_ASCII).is_match(before) {
            return true;
        }
        if pick(&sentence[at..], &PAST_TRIGGER, &PAST_TRIGGER_ASCII).is_match(&sentence[at..]) {
            return false;
        }
    }
    pick(sentence, &FUTURE, &FUTURE_ASCII).is_match(sentence)
}

/// A date expression found in a text: its byte range and what it resolves to.
///
/// ```
/// use news_extract::dates::date_expressions;
/// let m = &date_expressions("He left in 1983.", None)[0];
/// assert_eq!((m.start, m.end), (8, 15));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMatch {
    /// First byte of the expression (its preposition included: "on Monday").
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The resolved date, `None` when it needs an article date that is not known.
    pub date: Option<EventDate>,
}

/// Every date expression in `text`, in text order, resolved against `article` when given.
/// Tense (for "in November", "on Monday") is read from the whole of `text`.
///
/// ```
/// use news_extract::dates::{CivilDate, date_expressions};
/// let found = date_expressions("She joined in 1983 and left last year.", None);
/// assert_eq!(found.len(), 2);
/// assert_eq!(found[0].date.as_ref().unwrap().value, "1983");
/// assert!(found[1].date.is_none()); // "last year" needs the article date
/// let d = CivilDate::parse("2004-06-01").unwrap();
/// let found = date_expressions("She left last year.", Some(d));
/// assert_eq!(found[0].date.as_ref().unwrap().value, "2003");
/// ```
pub fn date_expressions(text: &str, article: Option<CivilDate>) -> Vec<DateMatch> {
    expressions(text, article, || {
        pick(text, &FUTURE, &FUTURE_ASCII).is_match(text)
    })
}

/// Every date expression in `text`. `future` tells whether the text's move lies ahead; it
/// is asked (once) only when an expression needs it, which is seldom: only a date that is
/// resolved against the article date and leaves the year or week open ("in November", "on
/// Monday") does, so most texts never run the tense patterns.
fn expressions(
    text: &str,
    article: Option<CivilDate>,
    future: impl FnOnce() -> bool,
) -> Vec<DateMatch> {
    let mut out = Vec::new();
    let mut future = Some(future);
    let mut tense: Option<bool> = None;
    let mut text_future = || *tense.get_or_insert_with(|| future.take().is_some_and(|f| f()));
    for caps in pick(text, &DATE, &DATE_ASCII).captures_iter(text) {
        let whole = caps.get(0).expect("group 0");
        let prep = caps.name("prep").map(|m| m.as_str().to_ascii_lowercase());
        let has_prep = prep.is_some();
        // "from 1 January", "effective June 1" look forward whatever the verb.
        let forward = prep.as_deref().is_some_and(|p| {
            ["from", "effective", "starting", "beginning"]
                .iter()
                .any(|w| p.starts_with(w))
        });
        let mut future = || forward || text_future();
        let get = |name: &str| caps.name(name).map(|m| m.as_str());
        let resolved: Option<Option<EventDate>> = (|| {
            let text_of = whole
                .as_str()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let make = |value: String, precision| {
                Some(Some(EventDate {
                    value,
                    precision,
                    text: text_of.clone(),
                }))
            };
            if let (Some(d), Some(m)) = (
                get("d1").or(get("d2")),
                get("m1").or(get("m2")).and_then(month_number),
            ) {
                let day: u8 = d.parse().ok()?;
                match get("y1").or(get("y2")).and_then(|y| y.parse::<i32>().ok()) {
                    Some(y) => {
                        let date = CivilDate::new(y, m, day)?;
                        return make(date.to_string(), DatePrecision::Day);
                    }
                    None => {
                        // Check the day exists in some year (29 February in a leap year).
                        CivilDate::new(2000, m, day)?;
                        let Some(a) = article else {
                            return Some(None);
                        };
                        let date = a.nearest_month_day(m, day, future())?;
                        return make(date.to_string(), DatePrecision::Day);
                    }
                }
            }
            if let Some(m) = get("m3") {
                let month = month_number(m)?;
                if let Some(y) = get("y3").and_then(|y| y.parse::<i32>().ok()) {
                    return make(format!("{y:04}-{month:02}"), DatePrecision::Month);
                }
                // A bare month name needs a preposition ("in May", not "May" the verb).
                if !has_prep || m.len() < 3 {
                    return None;
                }
                let Some(a) = article else {
                    return Some(None);
                };
                let y = a.nearest_month_year(month, future());
                return make(format!("{y:04}-{month:02}"), DatePrecision::Month);
            }
            if let Some(y) = get("y4") {
                // A bare year needs a preposition ("in 1983", not "the 2003 accounts").
                if !has_prep {
                    return None;
                }
                return make(y.to_string(), DatePrecision::Year);
            }
            if let Some(w) = get("wd") {
                // Not a date: part of a name ("Sheffield Wednesday") or a possessive that names
                // another event ("before Wednesday's game").
                let rest = &text[whole.end()..];
                if rest.starts_with("'s") || rest.starts_with("’s") {
                    return None;
                }
                let bare = !has_prep && w.len() <= "wednesday".len();
                if bare && capitalised_word_before(text, whole.start()) {
                    return None;
                }
                let lower = w.to_ascii_lowercase();
                let name = lower.rsplit(' ').next().unwrap_or("");
                let weekday = WEEKDAY_NAMES.iter().position(|n| *n == name)? as u8;
                let Some(a) = article else {
                    return Some(None);
                };
                let date = if lower.starts_with("next") || lower.starts_with("this coming") {
                    a.weekday_after(weekday, false)
                } else if lower.starts_with("last") || lower.starts_with("this past") {
                    a.weekday_before(weekday, false)
                } else if future() {
                    a.weekday_after(weekday, true)
                } else {
                    a.weekday_before(weekday, true)
                };
                return make(date.to_string(), DatePrecision::Day);
            }
            if let Some(r) = get("rel") {
                let Some(a) = article else {
                    return Some(None);
                };
                let r = r.to_ascii_lowercase();
                let r = r.split_whitespace().collect::<Vec<_>>().join(" ");
                let (y, m) = (a.year(), a.month());
                return match r.as_str() {
                    "today" => make(a.to_string(), DatePrecision::Day),
                    "yesterday" => make(a.add_days(-1).to_string(), DatePrecision::Day),
                    "this month" | "earlier this month" | "later this month" => {
                        make(format!("{y:04}-{m:02}"), DatePrecision::Month)
                    }
                    "last month" => {
                        let (y, m) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
                        make(format!("{y:04}-{m:02}"), DatePrecision::Month)
                    }
                    "next month" => {
                        let (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                        make(format!("{y:04}-{m:02}"), DatePrecision::Month)
                    }
                    "this year" | "earlier this year" | "later this year" => {
                        make(format!("{y:04}"), DatePrecision::Year)
                    }
                    "last year" | "a year ago" => {
                        make(format!("{:04}", y - 1), DatePrecision::Year)
                    }
                    "next year" => make(format!("{:04}", y + 1), DatePrecision::Year),
                    _ => None,
                };
            }
            None
        })();
        if let Some(date) = resolved {
            out.push(DateMatch {
                start: whole.start(),
                end: whole.end(),
                date,
            });
        }
    }
    out
}

/// True when the word before `at` starts with a capital letter and is not the first word of
/// the text or of a sentence inside it (so it is part of a name).
fn capitalised_word_before(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    if before.len() == text[..at].len() {
        return false; // no space: not a separate word
    }
    let word_start = before
        .rfind(|c: char| c.is_whitespace())
        .map_or(0, |i| i + 1);
    let word = &before[word_start..];
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    if !capital || word.ends_with(['.', '!', '?', ':', ';', ',', '"', '“', '”']) {
        return false;
    }
    // The first word of a sentence is capitalised anyway.
    let earlier = before[..word_start].trim_end();
    !(earlier.is_empty() || earlier.ends_with(['.', '!', '?', '"', '”']))
}

const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn month_number(name: &str) -> Option<u8> {
    let key = name.get(..3)?.to_ascii_lowercase();
    const ABBR: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    ABBR.iter().position(|a| *a == key).map(|i| i as u8 + 1)
}

/// The date of the move in `sentence`: the first date expression after `anchor` (a byte
/// offset into `sentence`, e.g. the trigger: "resigned on Monday"), else the nearest one
/// before it ("On Monday, X resigned"); the first in the sentence when `anchor` is `None`.
/// `None` when the sentence gives no date, or when the date it gives needs an unknown
/// article date (then no earlier date stands in: "Ann Lee, who joined in 1983, quit last
/// month" without an article date is undated, not 1983).
///
/// ```
/// use news_extract::dates::{CivilDate, find_date};
/// let a = CivilDate::parse("2003-02-10").unwrap();
/// let d = find_date("Ann Lee, who joined in 1983, quit last month.", Some(a), Some(29)).unwrap();
/// assert_eq!((d.value.as_str(), d.text.as_str()), ("2003-01", "last month"));
/// assert!(find_date("Ann Lee, who joined in 1983, quit last month.", None, Some(29)).is_none());
/// assert!(find_date("Ann Lee quit.", Some(a), None).is_none());
/// ```
pub fn find_date(
    sentence: &str,
    article: Option<CivilDate>,
    anchor: Option<usize>,
) -> Option<EventDate> {
    let future = || tense_is_future(sentence, anchor);
    let anchor = anchor.unwrap_or(0);
    let mut before = None;
    for m in expressions(sentence, article, future) {
        // A date after the move that needs the unknown article date is still the move's
        // ("will step down in January next year"): never one told before it instead.
        if m.start >= anchor {
            return m.date;
        }
        if let Some(date) = m.date {
            before = Some(date);
        }
    }
    before
}

/// Fills `date` on each event from its evidence sentence in `text`, resolved against `article`.
/// Events whose sentence gives no date (or one that needs a missing article date) get `None`.
///
/// ```
/// use news_extract::{Extractor, dates::{CivilDate, fill_event_dates}};
/// let text = "Acme Corp said chief executive Jo Bell resigned on Friday.";
/// let mut doc = Extractor::default().extract(text);
/// fill_event_dates(text, &mut doc.events, CivilDate::parse("2005-03-09"));
/// let date = doc.events[0].date.as_ref().unwrap();
/// assert_eq!((date.value.as_str(), date.text.as_str()), ("2005-03-04", "on Friday"));
/// ```
pub fn fill_event_dates(text: &str, events: &mut [Event], article: Option<CivilDate>) {
    for event in events {
        let span = event.sentence;
        let Some(sentence) = text.get(span.start..span.end) else {
            event.date = None;
            continue;
        };
        let anchor = if event.trigger.is_empty() {
            None
        } else {
            sentence.find(event.trigger.as_str())
        };
        event.date = find_date(sentence, article, anchor);
    }
}

#[cfg(test)]
mod tests;
