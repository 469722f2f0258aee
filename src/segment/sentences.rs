//! The sentence splitter: one forward pass over the bytes, stopping only at `.`, `!`, `?`,
//! newlines and the lead bytes of `…`, U+2029 and the CJK stops; each stop is decided from a
//! few words around it.
//!
//! Rules, in order:
//!
//! - A blank line (or U+2029) always ends a sentence; a single newline ends one as described in
//!   [`layout`](super::layout).
//! - `。！？` end a sentence wherever they stand (with any closing marks after them).
//! - `.`, `!`, `?`, `…` and runs of them ("?!", "!!", "...") end a sentence only when white
//!   space or the end of the text follows, after any closing quotes and brackets, which stay
//!   with the sentence. So "OpenAI.com", "3.5%", "v2.0" and "U.S.-based" never break.
//! - `?`, `!`: break unless the next word starts in lower case (`"Are you done?" she asked.`)
//!   or, after a closing quote, the next words are a capitalised speaker and a verb of saying
//!   (`"Why?" Smith asked.`).
//! - An ellipsis: break before a capitalised word; an ellipsis standing between spaces
//!   (an omission, "we will ... keep") only before a usual sentence opener.
//! - `.`: looks at the word before it.
//!   - Titles ("Mr.", "Gen.") and "e.g.", "i.e.", "vs.", "approx." never break.
//!   - "No.", "pp.", "Vol." do not break before a number.
//!   - Company designators, "Jr.", "U.S.", "a.m./p.m.", months and initials ("W.", "H.R.")
//!     break only before a usual sentence opener: "joined Acme Corp. The deal" breaks,
//!     "Acme Corp. said" and "George W. Bush" do not.
//!   - "etc." breaks before any capitalised word.
//!   - A number of up to three digits at the start of a line ("1. ") is a list label.
//!   - Any other word breaks unless the next word starts in lower case ("iPhone" and "eBay"
//!     count as capitalised), or a closing quote is followed by a speaker and a verb of saying
//!     that closes the tag (`"It's over." Smith said.`).

use super::chars::{
    char_at, char_before, is_closer, is_inline_space, is_opener, is_quote, is_space, skip_space,
};
use super::layout::{Paragraph, newline_ends_sentence};
use super::lexicon::{Abbrev, abbreviation, is_speech_verb, is_starter};
use crate::document::Span;

/// Bytes at which the scanner stops to look.
static STOP: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'\n' as usize] = true;
    t[0xE2] = true; // … U+2026, U+2029
    t[0xE3] = true; // 。 U+3002
    t[0xEF] = true; // ！ U+FF01, ？ U+FF1F, ｡ U+FF61
    t
};

/// Lazy iterator over the sentence spans of a text, from [`split_sentences`](super::split_sentences)
/// or [`Segmenter::sentences`](super::Segmenter::sentences).
///
/// Spans exclude leading and trailing white space and are never empty.
///
/// ```
/// use news_extract::split_sentences;
/// let text = "Shares rose 3.5%. Analysts were surprised.";
/// let mut it = split_sentences(text);
/// assert_eq!(it.next().map(|s| s.slice(text)), Some("Shares rose 3.5%."));
/// assert_eq!(it.next().map(|s| s.slice(text)), Some("Analysts were surprised."));
/// assert_eq!(it.next(), None);
/// ```
#[derive(Clone, Debug)]
pub struct Sentences<'t> {
    text: &'t str,
    /// Where scanning resumes.
    pos: usize,
    /// Start of the current sentence (before trimming).
    start: usize,
    paragraph: Option<Paragraph>,
}

/// Where a sentence ends and the next one may start.
struct Boundary {
    end: usize,
    next: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stop {
    Period,
    Exclaim,
    Ellipsis,
}

impl<'t> Sentences<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        Sentences {
            text,
            pos: 0,
            start: 0,
            paragraph: None,
        }
    }

    fn next_boundary(&mut self) -> Option<Boundary> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = self.pos;
        while i < bytes.len() {
            let b = bytes[i];
            if !STOP[b as usize] {
                i += 1;
                continue;
            }
            match b {
                b'\n' => {
                    let j = skip_inline_space(text, i + 1);
                    if j < bytes.len() && (bytes[j] == b'\n' || text[j..].starts_with('\u{2029}')) {
                        return Some(self.stop_at(i, skip_space(text, j)));
                    }
                    if newline_ends_sentence(text, i, &mut self.paragraph) {
                        return Some(self.stop_at(i, i + 1));
                    }
                    i += 1;
                }
                b'.' | b'!' | b'?' => match self.at_terminator(i) {
                    Ok(boundary) => {
                        self.pos = boundary.next;
                        return Some(boundary);
                    }
                    Err(resume) => i = resume,
                },
                _ => match char_at(text, i) {
                    Some('…') => match self.at_terminator(i) {
                        Ok(boundary) => {
                            self.pos = boundary.next;
                            return Some(boundary);
                        }
                        Err(resume) => i = resume,
                    },
                    Some('\u{2029}') => return Some(self.stop_at(i, skip_space(text, i))),
                    Some(c @ ('。' | '！' | '？' | '｡')) => {
                        let mut end = i + c.len_utf8();
                        while let Some(c) = char_at(text, end).filter(|&c| {
                            matches!(c, '。' | '！' | '？' | '｡' | '!' | '?' | '.' | '…')
                        }) {
                            end += c.len_utf8();
                        }
                        let end = skip_closers(text, end).0;
                        return Some(self.stop_at(end, end));
                    }
                    _ => i += 1,
                },
            }
        }
        self.pos = bytes.len();
        None
    }

    fn stop_at(&mut self, end: usize, next: usize) -> Boundary {
        self.pos = next;
        Boundary { end, next }
    }

    /// Decides the run of `.`, `!`, `?`, `…` starting at `i`: a boundary, or the byte at which
    /// to resume scanning.
    fn at_terminator(&self, i: usize) -> Result<Boundary, usize> {
        let text = self.text;
        let mut run_end = i;
        let (mut dots, mut marks, mut ellipsis) = (0, 0, false);
        while let Some(c) = char_at(text, run_end) {
            match c {
                '.' => dots += 1,
                '!' | '?' => marks += 1,
                '…' => ellipsis = true,
                _ => break,
            }
            run_end += c.len_utf8();
        }
        let stop = if marks > 0 {
            Stop::Exclaim
        } else if ellipsis || dots > 1 {
            Stop::Ellipsis
        } else {
            Stop::Period
        };
        let (after, quoted) = skip_closers(text, run_end);
        match char_at(text, after) {
            None => {
                return Ok(Boundary {
                    end: after,
                    next: after,
                });
            }
            Some(c) if !is_space(c) => return Err(run_end),
            Some(_) => {}
        }
        let k = skip_space(text, after);
        if k >= text.len() {
            return Ok(Boundary {
                end: after,
                next: after,
            });
        }
        let next = NextWord::read(text, k);
        let breaks = match stop {
            Stop::Exclaim => !(next.lower || quoted && speech_tag(text, k, false)),
            Stop::Ellipsis => {
                let spaced = char_before(text, i).is_some_and(is_space);
                if spaced { next.starter } else { next.capital }
            }
            Stop::Period => self.period_breaks(i, &next, quoted, k),
        };
        if breaks {
            Ok(Boundary {
                end: after,
                next: after,
            })
        } else {
            Err(run_end)
        }
    }

    /// A single `.` at `i` followed by white space: does it end the sentence?
    fn period_breaks(&self, i: usize, next: &NextWord, quoted: bool, k: usize) -> bool {
        let text = self.text;
        let word_start = word_start_before(text, i);
        let word = text[word_start..i].trim_start_matches(is_opener);
        let regular = || !(next.lower || quoted && speech_tag(text, k, true));
        if word.is_empty() {
            return regular();
        }
        match abbreviation(word, next.caps) {
            Some(Abbrev::Title | Abbrev::Never) => false,
            Some(Abbrev::Number) if next.digit => false,
            // A closing quote after the period marks the end: `Cell Block H." Labour had`.
            Some(Abbrev::Ending | Abbrev::Initial) if !quoted => next.starter,
            Some(Abbrev::Loose) => next.capital,
            _ if is_list_label(text, word_start, word) => false,
            _ => regular(),
        }
    }
}

impl Iterator for Sentences<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        loop {
            let (end, next) = match self.next_boundary() {
                Some(b) => (b.end, b.next),
                None if self.start < self.text.len() => (self.text.len(), self.text.len()),
                None => return None,
            };
            let (s, e) = super::chars::trim(self.text, self.start, end.max(self.start));
            self.start = next.max(self.start);
            if s < e {
                return Some(Span::new(s, e));
            }
        }
    }
}

impl std::iter::FusedIterator for Sentences<'_> {}

/// What the splitter needs to know about the word after a candidate boundary.
struct NextWord {
    /// Starts with a lower-case letter and is not camel case ("iPhone").
    lower: bool,
    /// Starts with a capital letter (or is camel case).
    capital: bool,
    /// Starts with a digit or `#`.
    digit: bool,
    /// A usual sentence opener ("The", "He", "However").
    starter: bool,
    /// Two or more letters, none in lower case ("THE", "U.S.").
    caps: bool,
}

impl NextWord {
    fn read(text: &str, k: usize) -> NextWord {
        let rest = &text[k..];
        let word = rest.trim_start_matches(is_opener);
        let word = &word[..word.find(is_space).unwrap_or(word.len())];
        let mut chars = word.chars();
        let first = chars.next().unwrap_or(' ');
        let camel = first.is_lowercase() && chars.next().is_some_and(char::is_uppercase);
        let core = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let core = core
            .strip_suffix("’s")
            .or_else(|| core.strip_suffix("'s"))
            .unwrap_or(core);
        NextWord {
            lower: first.is_lowercase() && !camel,
            capital: first.is_uppercase() || camel,
            digit: first.is_ascii_digit() || first == '#',
            starter: is_starter(core),
            caps: core.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
                && !core.chars().any(char::is_lowercase),
        }
    }
}

/// Byte after the closing quotes and brackets starting at `i`, and whether any was a quote.
fn skip_closers(text: &str, mut i: usize) -> (usize, bool) {
    let mut quoted = false;
    while let Some(c) = char_at(text, i).filter(|&c| is_closer(c)) {
        quoted |= is_quote(c);
        i += c.len_utf8();
    }
    (i, quoted)
}

fn skip_inline_space(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(text, i).filter(|&c| is_inline_space(c)) {
        i += c.len_utf8();
    }
    i
}

/// Start of the non-space run that ends at `i`, looking back at most 64 bytes.
fn word_start_before(text: &str, i: usize) -> usize {
    let mut lo = i.saturating_sub(64);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    match text[lo..i].rfind(is_space) {
        Some(p) => lo + p + text[lo + p..].chars().next().map_or(1, char::len_utf8),
        None => lo,
    }
}

/// "1." to "999." alone at the start of a line: a list label, not a sentence end.
fn is_list_label(text: &str, word_start: usize, word: &str) -> bool {
    if word.len() > 3 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let before = text[..word_start].trim_end_matches(|c: char| c != '\n' && is_space(c));
    before.is_empty() || before.ends_with('\n')
}

/// True when the words at `k` are a speech tag: up to three capitalised words (a speaker, maybe
/// with a title, not a usual sentence opener such as "That" or "He") then a verb of saying.
/// With `closing`, the verb must end the tag (`.` or `,` right after it), as in
/// `"It's over." Smith said.`; without, it must not start a clause (`Blair said he would`).
fn speech_tag(text: &str, k: usize, closing: bool) -> bool {
    let mut end = text.len().min(k + 120);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let rest = &text[k..end];
    let mut words = rest.split(is_space).filter(|w| !w.is_empty());
    for n in 0..4 {
        let Some(word) = words.next() else {
            return false;
        };
        let core = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if lower_ascii(core, is_speech_verb) {
            let tail = &word[core.len()..];
            if tail.starts_with([',', '.']) {
                return true;
            }
            return !closing
                && tail.is_empty()
                && !words
                    .next()
                    .is_some_and(|w| lower_ascii(w, is_clause_start));
        }
        let capital = core.chars().next().is_some_and(char::is_uppercase);
        let opener = n == 0 && is_starter(core) && abbreviation(core, false) != Some(Abbrev::Title);
        if n == 3 || !capital || opener {
            return false;
        }
    }
    false
}

/// Applies `f` to `word` in lower case (ASCII words of up to 16 bytes; false otherwise).
fn lower_ascii(word: &str, f: fn(&str) -> bool) -> bool {
    let mut buf = [0u8; 16];
    if word.len() > buf.len() || !word.is_ascii() {
        return false;
    }
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(f)
}

/// Words that open a reported clause after a verb of saying: `Blair said he would`.
fn is_clause_start(word: &str) -> bool {
    matches!(
        word,
        "he" | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "you"
            | "that"
            | "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "this"
            | "there"
            | "there's"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        Sentences::new(text).map(|s| s.slice(text)).collect()
    }

    #[test]
    fn basics() {
        assert_eq!(split(""), Vec::<&str>::new());
        assert_eq!(split(" \n\t "), Vec::<&str>::new());
        assert_eq!(split("One. Two."), ["One.", "Two."]);
        assert_eq!(split("No final stop"), ["No final stop"]);
    }

    #[test]
    fn word_before() {
        let t = "at Acme Corp. The";
        let dot = t.find(". ").unwrap();
        assert_eq!(&t[word_start_before(t, dot)..dot], "Corp");
        let t = "(e.g. x";
        assert_eq!(&t[word_start_before(t, 4)..4], "(e.g");
    }

    #[test]
    fn tags() {
        assert!(speech_tag("Smith asked.", 0, false));
        assert!(speech_tag("Mr Smith said, before", 0, true));
        assert!(!speech_tag("Smith said the firm would", 0, true));
        assert!(!speech_tag("The report said it", 0, false));
        assert!(!speech_tag("That said, she is working", 0, true));
        assert!(!speech_tag("He said: \"We need", 0, false));
        assert!(!speech_tag("Mr Blair said he would", 0, false));
        assert!(speech_tag("Holmes asked in the New Year.", 0, false));
    }
}
