//! Error-analysis lines (`--errors`): each miss with its sentence.

use super::*;

/// Collects error-analysis lines for one document.
pub(super) struct Errors<'a> {
    pub(super) id: &'a str,
    pub(super) text: Option<&'a str>,
    pub(super) out: &'a mut Vec<String>,
}

impl Errors<'_> {
    /// Adds a line; the sentence is the one around `at` (a character offset) or around the
    /// first occurrence of `needle` in the text.
    pub(super) fn push(&mut self, kind: &str, what: &str, at: Option<usize>, needle: &str) {
        let sentence = self
            .text
            .map(|t| sentence_around(t, at, needle))
            .unwrap_or_default();
        self.out
            .push(format!("{}\t{kind}\t{what}\t{sentence}", self.id));
    }
}

/// The sentence (up to a full stop or line break, at most 300 bytes) around a character
/// offset, or around the first occurrence of `needle`; empty when neither is found.
pub(super) fn sentence_around(text: &str, at: Option<usize>, needle: &str) -> String {
    let byte = match at {
        Some(c) => text.char_indices().nth(c).map(|(b, _)| b),
        None if !needle.is_empty() => text.find(needle),
        None => None,
    };
    let Some(b) = byte else {
        return String::new();
    };
    let stop = |c: char| c == '\n' || c == '.' || c == '?' || c == '!';
    let lo = text[..b].rfind(stop).map_or(0, |i| i + 1);
    let hi = text[b..]
        .find(['\n', '.', '?', '!'])
        .map_or(text.len(), |i| b + i + 1);
    let mut lo = lo.max(b.saturating_sub(300));
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = hi.min(b + 300).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    ws(&text[lo..hi])
}
