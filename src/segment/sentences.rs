//! The sentence splitter: one forward pass over the bytes, stopping (found with memchr) only
//! at `.`, `!`, `?`, newlines and the lead bytes of `…`, U+2029 and the CJK stops; each stop
//! is decided from a few words around it.
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
//! - An ellipsis, also spaced (". . ." or ". . . ." after a word): break only before a usual
//!   sentence opener ("It was over... The next day");
//!   before other capitalised words it usually marks an omission inside a quotation
//!   ("destinations such as... Maldives and Sri Lanka").
//! - `.`: looks at the word before it.
//!   - Titles ("Mr.", "Gen.") and "e.g.", "i.e.", "vs.", "approx." never break.
//!   - "No.", "pp.", "Vol." do not break before a number.
//!   - Company designators, "Jr.", "U.S.", "a.m./p.m.", months and initials ("W.", "H.R.")
//!     break only before a usual sentence opener: "joined Acme Corp. The deal" breaks,
//!     "Acme Corp. said" and "George W. Bush" do not. A sentence that so far is only a time
//!     phrase ("At 5 a.m.", "Shortly after 6 p.m.") goes on: "At 5 a.m. Mr. Smith went".
//!   - "etc." breaks before any capitalised word.
//!   - A number of up to three digits at the start of a line ("1. ") is a list label; so is
//!     an inline one ("parts: 1. Growth 2. Costs", "a. Growth b. Costs", "1.) Growth").
//!   - Any other word breaks unless the next word starts in lower case ("iPhone" and "eBay"
//!     count as capitalised), or a closing quote is followed by a speaker and a verb of saying
//!     that closes the tag (`"It's over." Smith said.`).

use memchr::{memchr, memchr3};

use super::chars::{
    char_at, is_closer, is_inline_space, is_opener, is_quote, is_space, skip_space,
};
use super::layout::{Paragraph, introduces_list, newline_ends_sentence, previous_line};
use super::lexicon::{Abbrev, abbreviation, is_speech_verb, is_starter};
use crate::document::Span;

/// Finds the bytes at which the scanner stops to look: `.` `\n` `?` `!`, and the lead bytes
/// 0xE2 (`…`, U+2029), 0xE3 (`。`) and 0xEF (`！` `？` `｡`). Three memchr searches, each
/// remembering its next hit, so every byte is searched once per search.
#[derive(Clone, Debug, Default)]
struct StopFinder {
    /// Next hit of each search at or after the last query; `None` before the first query,
    /// `usize::MAX` when there is none.
    next: [Option<usize>; 3],
}

impl StopFinder {
    fn find(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        let rest = bytes.get(from..)?;
        let mut best = usize::MAX;
        for (k, hit) in self.next.iter_mut().enumerate() {
            let stale = match *hit {
                None => true,
                Some(p) => p < from,
            };
            if stale {
                let found = match k {
                    0 => memchr3(b'.', b'\n', b'?', rest),
                    1 => memchr3(b'!', 0xE2, 0xE3, rest),
                    _ => memchr(0xEF, rest),
                };
                *hit = Some(found.map_or(usize::MAX, |p| from + p));
            }
            best = best.min(hit.unwrap_or(usize::MAX));
        }
        (best != usize::MAX).then_some(best)
    }
}

/// Lazy iterator over the sentence spans of a text, from
/// [`split_sentences`](super::split_sentences) or
/// [`Segmenter::sentences`](super::Segmenter::sentences).
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
    stops: StopFinder,
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
            stops: StopFinder::default(),
        }
    }

    fn next_boundary(&mut self) -> Option<Boundary> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = self.pos;
        while let Some(stop) = self.stops.find(bytes, i) {
            i = stop;
            match bytes[i] {
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
                    Ok(end) => return Some(self.stop_at(end, end)),
                    Err(resume) => i = resume,
                },
                _ => match char_at(text, i) {
                    Some('…') => match self.at_terminator(i) {
                        Ok(end) => return Some(self.stop_at(end, end)),
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

    /// Decides the run of `.`, `!`, `?`, `…` starting at `i`: `Ok(end of the sentence)` (after
    /// any closing marks), or `Err(byte at which to resume scanning)`.
    fn at_terminator(&self, i: usize) -> Result<usize, usize> {
        match self.plain_period(i) {
            Some(decided) => decided,
            None => self.decide_run(i),
        }
    }

    /// [`Sentences::at_terminator`] by the general rules.
    fn decide_run(&self, i: usize) -> Result<usize, usize> {
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
        if marks == 0 {
            let (end, spaced) = spaced_dots(text, run_end);
            if dots + spaced >= 3 && spaced > 0 {
                dots += spaced;
                run_end = end;
            }
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
            None => return Ok(after),
            Some(c) if is_space(c) => {}
            Some(_) if stop == Stop::Period && after == run_end && glued_sentence_end(text, i) => {
                return Ok(after);
            }
            Some(_) => return Err(run_end),
        }
        let k = skip_space(text, after);
        if k >= text.len() {
            return Ok(after);
        }
        let next = NextWord::read(text, k);
        let breaks = match stop {
            Stop::Exclaim => !(next.lower || quoted && speech_tag(text, k, false)),
            Stop::Ellipsis => next.starter(),
            Stop::Period => self.period_breaks(i, &next, quoted, k),
        };
        if breaks { Ok(after) } else { Err(run_end) }
    }

    /// The common case decided without the general machinery: a single `.` at `i` after a
    /// plain word, then ASCII white space, any ASCII opening marks and an ASCII letter or
    /// digit. A plain word is a run of at least two ASCII letters and digits after white space
    /// (or at the start of the text) that has a lower-case letter and is no abbreviation, or
    /// has four digits or more and nothing else. The period ends the sentence unless the next
    /// word starts in lower case: the general rules give the same answer, as no label, closing
    /// quote, list or ALL CAPS word is involved. `None` for anything else.
    #[inline]
    fn plain_period(&self, i: usize) -> Option<Result<usize, usize>> {
        let bytes = self.text.as_bytes();
        let (Some(&b'.'), Some(&space)) = (bytes.get(i), bytes.get(i + 1)) else {
            return None;
        };
        if !is_ascii_space(space) {
            return None;
        }
        let mut k = i + 2;
        while bytes.get(k).is_some_and(|&b| is_ascii_space(b)) {
            k += 1;
        }
        while matches!(bytes.get(k), Some(b'"' | b'\'' | b'(' | b'[' | b'{')) {
            k += 1;
        }
        let &first = bytes.get(k)?;
        let lower = if first.is_ascii_lowercase() {
            // "iPhone" counts as capitalised.
            match bytes.get(k + 1) {
                Some(&second) if second >= 0x80 => return None,
                second => !second.is_some_and(u8::is_ascii_uppercase),
            }
        } else if first.is_ascii_alphanumeric() {
            false
        } else {
            return None;
        };
        let head = &bytes[..i];
        let len = head
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let start = i - len;
        if len < 2 || start > 0 && !is_ascii_space(bytes[start - 1]) {
            return None;
        }
        let word = &head[start..];
        let plain = if word.iter().any(u8::is_ascii_lowercase) {
            abbreviation(&self.text[start..i], false).is_none()
        } else {
            len >= 4 && word.iter().all(u8::is_ascii_digit)
        };
        if !plain {
            return None;
        }
        Some(if lower { Err(i + 1) } else { Ok(i + 1) })
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
            Some(Abbrev::Ending)
                if !quoted && is_clock_suffix(word) && self.time_phrase(word_start) =>
            {
                false
            }
            // "W. A. Kistner": an initial before another initial goes on ("A." is no "A").
            Some(Abbrev::Initial) if !quoted => next.starter() && !next.initial,
            Some(Abbrev::Ending) if !quoted => next.starter(),
            Some(Abbrev::Loose) => next.capital,
            _ if is_list_label(text, word_start, word) => false,
            _ if self.inline_label(word_start, word, i) => false,
            _ => regular(),
        }
    }

    /// True when `word` (before the `.` at `dot`) is a label of an inline enumeration: "1.)",
    /// "b.)"; "1" or "a" right after a colon ("three parts: 1. Growth"), or the label after one found in the 200 bytes
    /// before it in this sentence ("1. Growth 2. Costs", "a. Growth b. Costs").
    fn inline_label(&self, word_start: usize, word: &str, dot: usize) -> bool {
        let text = self.text;
        let Some(value) = label_value(word) else {
            return false;
        };
        if text.as_bytes().get(dot + 1) == Some(&b')') && word.len() == dot - word_start {
            return true;
        }
        if value == 1 || value == 101 {
            return text[..word_start].trim_end_matches(is_space).ends_with(':');
        }
        let mut lo = word_start.saturating_sub(200).max(self.start);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        text.get(lo..word_start).is_some_and(|window| {
            window.split(is_space).any(|w| {
                let w = w.trim_start_matches(is_opener);
                let w = w.strip_suffix(')').unwrap_or(w);
                w.strip_suffix('.')
                    .and_then(label_value)
                    .is_some_and(|label| label + 1 == value)
            })
        })
    }

    /// True when the sentence so far, up to `word_start`, is a short time phrase opened by a
    /// preposition ("At 5", "Shortly after 6"): "At 5 a.m. Mr. Smith went" goes on.
    fn time_phrase(&self, word_start: usize) -> bool {
        let Some(head) = self.text.get(self.start..word_start) else {
            return false;
        };
        let mut words = head.split(is_space).filter(|w| !w.is_empty());
        let Some(first) = words.next() else {
            return false;
        };
        let first = first.trim_start_matches(is_opener);
        let (mut count, mut digit) = (1, false);
        for w in words {
            count += 1;
            digit |= w.starts_with(|c: char| c.is_ascii_digit());
            if count > 6 {
                return false;
            }
        }
        digit && lower_ascii(first, is_time_preposition)
    }
}

/// The position of an enumeration label: "1" to "99" give 1 to 99, "a" to "z" give 101 to
/// 126; `None` for any other word.
fn label_value(word: &str) -> Option<u32> {
    match word.as_bytes() {
        [c @ b'a'..=b'z'] => Some(u32::from(c - b'a') + 101),
        [a] if a.is_ascii_digit() => Some(u32::from(a - b'0')).filter(|&n| n > 0),
        [a, b] if a.is_ascii_digit() && b.is_ascii_digit() && *a != b'0' => {
            Some(u32::from(a - b'0') * 10 + u32::from(b - b'0'))
        }
        _ => None,
    }
}

/// "a.m." and "p.m." (any case) as the word before a `.`.
fn is_clock_suffix(word: &str) -> bool {
    word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m")
}

/// Words that open a time phrase at the start of a sentence: "At 5 a.m.", "Until 9 p.m.".
fn is_time_preposition(word: &str) -> bool {
    matches!(
        word,
        "at" | "by"
            | "until"
            | "till"
            | "before"
            | "after"
            | "from"
            | "since"
            | "around"
            | "about"
            | "shortly"
            | "just"
            | "on"
            | "early"
            | "late"
            | "soon"
    )
}

/// Counts the `.` that follow `i` each after one inline space (" . . ." of a spaced
/// ellipsis) and returns the byte after the last one and their number. A dot counts only when
/// white space, a closing mark or the end of the text follows it.
fn spaced_dots(text: &str, mut i: usize) -> (usize, usize) {
    let mut n = 0;
    while let Some(c) = char_at(text, i).filter(|&c| c == ' ' || c == '\u{a0}') {
        let dot = i + c.len_utf8();
        if text.as_bytes().get(dot) != Some(&b'.') {
            break;
        }
        let after = char_at(text, dot + 1);
        if after.is_some_and(|c| !is_space(c) && !is_closer(c)) {
            break;
        }
        n += 1;
        i = dot + 1;
    }
    (i, n)
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
struct NextWord<'t> {
    /// Starts with a lower-case letter and is not camel case ("iPhone").
    lower: bool,
    /// Starts with a capital letter (or is camel case).
    capital: bool,
    /// Starts with a digit or `#`.
    digit: bool,
    /// The word without trailing punctuation or possessive ending.
    core: &'t str,
    /// Two or more letters, none in lower case ("THE", "U.S.").
    caps: bool,
    /// A single capital letter and a period: another initial ("W. A. Kistner").
    initial: bool,
}

impl<'t> NextWord<'t> {
    fn read(text: &'t str, k: usize) -> NextWord<'t> {
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
            core,
            caps: core.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
                && !core.chars().any(char::is_lowercase),
            initial: word.len() == 2
                && word.as_bytes()[0].is_ascii_uppercase()
                && word.as_bytes()[1] == b'.',
        }
    }

    /// A usual sentence opener ("The", "He", "However").
    fn starter(&self) -> bool {
        is_starter(self.core)
    }
}

/// True when the `.` at `dot` ends a sentence although no space follows: a word of at least
/// three letters, in lower case or capitalised, then a capitalised word of at least three
/// letters (or a two-letter sentence opener such as "He") that is not followed by another
/// `.` ("tsunami.Steve will", "website.He said"): a space lost in scraped text. Domains and
/// file names ("OpenAI.com", "x.ai", "Halo.Bungie.Org", "report.pdf") do not match. The
/// tokenizer splits there too.
pub(crate) fn glued_sentence_end(text: &str, dot: usize) -> bool {
    let bytes = text.as_bytes();
    let left_len = bytes[..dot]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let left = &bytes[dot - left_len..dot];
    if left_len < 3
        || !left[1..].iter().all(u8::is_ascii_lowercase)
        || dot > left_len && !is_word_edge(bytes[dot - left_len - 1])
    {
        return false;
    }
    let right = &bytes[dot + 1..];
    let right_len = right.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let long_enough =
        right_len >= 3 || right_len == 2 && std::str::from_utf8(&right[..2]).is_ok_and(is_starter);
    long_enough
        && right[0].is_ascii_uppercase()
        && right[1..right_len].iter().all(u8::is_ascii_lowercase)
        && right
            .get(right_len)
            .is_none_or(|&b| b != b'.' && is_word_edge(b))
}

/// A byte that may stand before or after a glued word: not a letter, digit or joining mark.
fn is_word_edge(b: u8) -> bool {
    !b.is_ascii_alphanumeric() && !matches!(b, b'.' | b'@' | b'/' | b':' | b'_' | b'-' | b'\'')
}

/// ASCII white space as [`is_space`] sees it.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
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

/// "1." to "999." at the start of a line that may start a list item: a list label, not a
/// sentence end. In hard-wrapped text "come in at\n57. Of the 20" is a sentence end.
fn is_list_label(text: &str, word_start: usize, word: &str) -> bool {
    if word.len() > 3 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let before = text[..word_start].trim_end_matches(|c: char| c != '\n' && is_space(c));
    (before.is_empty() || before.ends_with('\n'))
        && introduces_list(previous_line(text, before.len()))
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
    fn glued() {
        let at = |t: &str| glued_sentence_end(t, t.find('.').unwrap());
        assert!(at("the tsunami.Steve will"));
        assert!(at("Division.Those who"));
        assert!(at("website.He"));
        assert!(!at("OpenAI.com"));
        assert!(!at("x.ai"));
        assert!(!at("Halo.Bungie.Org"));
        assert!(!at("report.pdf"));
        assert!(!at("www.Bbc.Com"));
        assert!(!at("jane.Doe@acme.com"));
        assert!(!at("U.S"));
        assert!(!at("AI.Com"));
    }

    /// The fast path for a plain period agrees with the general rules wherever it decides.
    #[test]
    fn plain_period_matches_general_rules() {
        let texts = [
            "He left. The firm said. it rose. Shares fell. iPhone sales. eBay rose. a. Bush",
            "Acme Corp. The deal. Mr. Smith. etc. Then approx. Ten. vs. Him. Jan. The U.S. Army",
            "in Jan. He said. é. Café. Éclair. naïve. x. Aé. word. aÉ the end. An ox. Ox. Be. b",
            "(left. The) \"quoted. Then\" al. The pp. 12 No. 3 said.  Two spaces. Tab.\tThe",
            "THE END. NOW. Ms. Jones. ms. jones. Approx. Ten. APPROX. TEN. at. At. by. by",
            "in 2004. The 1990s. It 12. Then 123. a 1234. b 1234.\n\nC said.\n\n\"We left. (The",
            "parts: 1. Growth 2. Costs a. b. x1. X1. iPhone. eBay. McDonald. The said. 'quoted",
            "said. \"iPhone said. 3 said. “Quote said. ‘Q said. \u{a0}X said.\u{a0}Y said.\x0bZ",
            "end.\r\nNext cost 5000.\tThen said. [Note said. {x said. (aÉ said. \"É said.  ",
        ];
        let mut decided = 0;
        for text in texts {
            let s = Sentences::new(text);
            for (i, _) in text.match_indices('.') {
                if let Some(fast) = s.plain_period(i) {
                    assert_eq!(fast, s.decide_run(i), "{text:?} at {i}");
                    decided += 1;
                }
            }
        }
        assert!(decided > 20, "{decided}");
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
