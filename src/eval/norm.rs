//! Name normalisation as the reference scorer does it: tokens, legal suffixes, honorifics.

use once_cell::sync::Lazy;
use regex::Regex;

pub(super) const ORG_SUFFIXES: &[&str] = &[
    "inc",
    "incorporated",
    "corp",
    "corpo",
    "corporation",
    "co",
    "cos",
    "company",
    "companies",
    "ltd",
    "limited",
    "plc",
    "llc",
    "lp",
    "sa",
    "ag",
    "nv",
    "bv",
    "gmbh",
    "and",
];
pub(super) const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "sen",
    "senator",
    "rep",
    "president",
    "prof",
    "professor",
    "gov",
    "governor",
];
pub(super) const NAME_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

pub(super) static POSSESSIVE: Lazy<Regex> = Lazy::new(|| Regex::new(r"'s\b").expect("valid regex"));
pub(super) static WORD: Lazy<Regex> = Lazy::new(|| Regex::new(r"[a-z0-9]+").expect("valid regex"));

/// Lower-cased word tokens of `s` as the reference scorer sees them: `&` is "and", a
/// possessive `'s` is dropped, and only ASCII letters and digits form words.
///
/// ```
/// assert_eq!(news_extract::eval::tokens("AT&T's Chief"), ["at", "and", "t", "chief"]);
/// ```
pub fn tokens(s: &str) -> Vec<String> {
    let lower = s.to_lowercase().replace('&', " and ");
    let stripped = POSSESSIVE.replace_all(&lower, "");
    WORD.find_iter(&stripped)
        .map(|m| m.as_str().to_string())
        .collect()
}

pub(super) fn norm_org(s: &str) -> String {
    let mut t = tokens(s);
    if t.first().is_some_and(|w| w == "the") {
        t.remove(0);
    }
    while t.len() > 1 && ORG_SUFFIXES.contains(&t[t.len() - 1].as_str()) {
        t.pop();
    }
    t.join(" ")
}

pub(super) fn norm_person(s: &str) -> String {
    let t = tokens(s);
    let skip = t
        .iter()
        .take_while(|w| HONORIFICS.contains(&w.as_str()))
        .count();
    t[skip..]
        .iter()
        .filter(|w| w.len() > 1 && !NAME_SUFFIXES.contains(&w.as_str()))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A name normalised for comparison, by entity type (`PERSON`, `MODEL`, else an org).
///
/// ```
/// use news_extract::eval::norm;
/// assert_eq!(norm("PERSON", "Mr John F. Smith Jr"), "john smith");
/// assert_eq!(norm("COMPANY", "The Walt Disney Co."), "walt disney");
/// ```
pub fn norm(etype: &str, s: &str) -> String {
    match etype {
        "PERSON" => norm_person(s),
        "MODEL" => tokens(s).join(" "),
        _ => norm_org(s),
    }
}

pub(super) fn ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
