//! A renewed term is no move: "became chairman of the Federal Reserve for a fifth term",
//! "was named to a second term as president", "appointed for a further three years". The
//! person already holds the post (GUIDELINES: re-election to the same post is not an event).

use super::context::Context;

/// Words that make a term a renewal: "a second term", "another term", "a further term".
const RENEWING: &[&str] = &[
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "another",
    "further",
    "consecutive",
    "successive",
    "renewed",
];

/// Periods a renewal is counted in.
/// ("a second spell at the club" is a return, which is a move.)
const PERIODS: &[&str] = &["term", "terms", "mandate", "years"];

/// True when the words after the JOIN trigger at token `t` (to the end of its clause, at
/// most a dozen tokens, before `hi`) say the post is held again: "for a fifth term", "to a
/// second three-year term", "for a further five years".
pub(crate) fn renews_post(ctx: &Context<'_>, t: usize, hi: usize) -> bool {
    let end = hi.min(t + 14);
    let mut renewing = false;
    for k in t + 1..end {
        let w = ctx.word(k);
        if matches!(w, "." | ";" | "\"" | "\u{201c}" | "\u{201d}") {
            return false;
        }
        if RENEWING.iter().any(|r| w.eq_ignore_ascii_case(r)) {
            renewing = true;
            continue;
        }
        // Past a renewing word only (seldom): the rest is about the phrase after one.
        if !renewing {
            continue;
        }
        if PERIODS.iter().any(|p| w.eq_ignore_ascii_case(p)) {
            return true;
        }
        // "a second three-year term", "another five years": numbers and hyphenated lengths
        // may sit between; any other word ends the phrase.
        let between = (ctx.lower(k) && w.contains('-'))
            || w.parse::<u32>().is_ok()
            || matches!(
                w,
                "two" | "three" | "four" | "five" | "six" | "seven" | "ten" | "record"
            );
        if !between {
            renewing = false;
        }
    }
    false
}
