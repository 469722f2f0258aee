//! The word view of a text that the entity rules work on.
//!
//! The rules need a few facts per word that a general tokenizer does not give: is it
//! capitalised, all caps, sentence-initial, followed by a possessive or a full stop. Inner
//! hyphens, apostrophes and dots stay inside a word ("Jean-Luc", "O'Neil", "GPT-3.5",
//! "Character.AI"), a possessive `'s`/`’s` or plural `s’` does not ("Meta’s" is the word
//! "Meta" with [`POSS`] set).
//!
//! The pipeline builds the words from the segmenter's tokens ([`from_tokens`]): a plain token
//! is a word as it stands, with its case read from the token's [`Shape`](crate::Shape); only
//! tokens the two definitions cut differently (joined, possessive, other scripts) are read
//! again, by the byte rules of [`Scanner::scan_range`].

use crate::document::{Sentence, Token, TokenKind};
use crate::segment::chars::{HIGH_BITS, bytes_in};

/// First character is upper case.
pub(crate) const CAP: u16 = 1;
/// Has at least one letter and no lower-case letter ("IBM", "AI", "U.S").
pub(crate) const UPPER: u16 = 1 << 1;
/// First character is lower case.
pub(crate) const LOWER: u16 = 1 << 2;
/// First character is a digit.
pub(crate) const DIGIT: u16 = 1 << 3;
/// An upper-case letter or a digit after the first character ("xAI", "o1", "McDonald").
pub(crate) const INNER: u16 = 1 << 4;
/// Followed by a possessive ending, excluded from the word.
pub(crate) const POSS: u16 = 1 << 5;
/// First word of its sentence or of its line.
pub(crate) const SENT_START: u16 = 1 << 6;
/// Followed directly by a full stop.
pub(crate) const DOT: u16 = 1 << 7;
/// Inside layout that is not prose: a dateline place name or ticker markup.
pub(crate) const SKIP: u16 = 1 << 8;
/// In an ALL-CAPS headline line.
pub(crate) const HEAD_CAPS: u16 = 1 << 9;
/// In a Title Case headline line.
pub(crate) const HEAD_TITLE: u16 = 1 << 10;
/// Contains a hyphen.
pub(crate) const HYPHEN: u16 = 1 << 11;
/// Contains a joiner (hyphen, dot, apostrophe, `&`): without it the word is one
/// alphanumeric run.
pub(crate) const JOINED: u16 = 1 << 12;

/// One word: its byte span (possessive excluded), the end including the possessive, flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
    /// Index of the sentence that holds the word.
    pub sentence: u32,
    pub flags: u16,
    /// Bytes of the possessive ending after `end` (0 without one; at most 4, "’s").
    pub poss: u8,
}

impl Word {
    /// The end of the word with its possessive ending.
    #[inline]
    pub fn full_end(&self) -> usize {
        self.end + usize::from(self.poss)
    }

    #[inline]
    pub fn has(&self, f: u16) -> bool {
        self.flags & f != 0
    }

    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Capitalised like a name: upper-case first letter followed by a lower-case one
    /// ("Pichai", "McDonald", "O'Neil"), or a single capital ("J" of "J. Smith").
    #[inline]
    pub fn is_name_like(&self) -> bool {
        self.has(CAP) && (!self.has(UPPER) || self.end - self.start == 1)
    }

    /// True when the word is an upper-case initial such as "J" followed by a dot.
    #[inline]
    pub fn is_initial(&self) -> bool {
        self.end - self.start == 1 && self.has(CAP)
    }

    /// True when the word can start a capitalised name or entity in running text.
    #[inline]
    pub fn in_prose(&self) -> bool {
        self.flags & (SKIP | HEAD_CAPS | HEAD_TITLE) == 0
    }
}

const A_ALNUM: u8 = 1;
const A_UPPER: u8 = 2;
/// The same bit as [`LOWER`].
const A_LOWER: u8 = 4;
/// The same bit as [`DIGIT`].
const A_DIGIT: u8 = 8;
/// An ASCII joiner (`-`, `.`, `'`, `&`) or any non-ASCII byte: may continue a word.
const A_MAYBE_JOIN: u8 = 16;
/// A line break.
const A_NEWLINE: u8 = 32;
/// An ASCII letter or digit, or any non-ASCII byte: may start a word.
const A_MAYBE_START: u8 = 64;

// `ascii_head` turns a byte class into CAP, LOWER or DIGIT by these equalities.
const _: () =
    assert!(A_LOWER as u16 == LOWER && A_DIGIT as u16 == DIGIT && (A_UPPER >> 1) as u16 == CAP);

/// Class bits of each byte: letter/digit classes of ASCII bytes, [`A_MAYBE_JOIN`] for
/// ASCII joiners and every non-ASCII byte, [`A_MAYBE_START`] and [`A_NEWLINE`].
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            A_MAYBE_JOIN | A_MAYBE_START
        } else if matches!(c, b'-' | b'.' | b'\'' | b'&') {
            A_MAYBE_JOIN
        } else if c.is_ascii_uppercase() {
            A_ALNUM | A_UPPER | A_MAYBE_START
        } else if c.is_ascii_lowercase() {
            A_ALNUM | A_LOWER | A_MAYBE_START
        } else if c.is_ascii_digit() {
            A_ALNUM | A_DIGIT | A_MAYBE_START
        } else if c == b'\n' {
            A_NEWLINE
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Length of the run of ASCII letters and digits that starts `bytes`, with the
/// [`BYTE_CLASS`] bits (upper, lower, digit) seen in it: the first eight bytes one at a
/// time, the rest of a long run eight at a time.
#[inline]
fn alnum_run(bytes: &[u8]) -> (usize, u8) {
    let mut len = 0;
    let mut acc = 0u8;
    // Most words are short: the first bytes one at a time, through the class table.
    while len < 8 {
        let Some(&b) = bytes.get(len) else {
            return (len, acc);
        };
        let k = BYTE_CLASS[b as usize];
        if k & A_ALNUM == 0 {
            return (len, acc);
        }
        acc |= k;
        len += 1;
    }
    while let Some(chunk) = bytes.get(len..len + 8) {
        let Ok(arr) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let x = u64::from_le_bytes(arr);
        let ascii = !(x & HIGH_BITS);
        let x7 = x & !HIGH_BITS;
        let upper = bytes_in(x7, b'A', b'Z') & ascii;
        let lower = bytes_in(x7, b'a', b'z') & ascii;
        let digit = bytes_in(x7, b'0', b'9') & ascii;
        let stop = !(upper | lower | digit) & HIGH_BITS;
        // The bytes before the first one that ends the run.
        let mask = if stop == 0 {
            u64::MAX
        } else {
            (stop & stop.wrapping_neg()) - 1
        };
        if upper & mask != 0 {
            acc |= A_UPPER;
        }
        if lower & mask != 0 {
            acc |= A_LOWER;
        }
        if digit & mask != 0 {
            acc |= A_DIGIT;
        }
        if stop != 0 {
            return (len + (stop.trailing_zeros() / 8) as usize, acc);
        }
        len += 8;
    }
    while let Some(&b) = bytes.get(len) {
        let k = BYTE_CLASS[b as usize];
        if k & A_ALNUM == 0 {
            break;
        }
        acc |= k;
        len += 1;
    }
    (len, acc)
}

/// The run of ASCII letters and digits that starts a word at byte `start` (an ASCII letter
/// or digit), eight bytes at a time from the start: where it ends, the flags it gives (the
/// first letter's [`CAP`]/[`LOWER`]/[`DIGIT`] and [`INNER`]), and whether it has a lower-case
/// letter and any letter. `None` when a chunk of eight bytes would run past the text.
#[inline]
fn ascii_head(bytes: &[u8], start: usize) -> Option<(usize, u16, bool, bool)> {
    let mut pos = start;
    // Bytes after the first one count for INNER.
    let mut not_first = !0x80u64;
    let (mut inner, mut any_upper, mut any_lower) = (0u64, 0u64, 0u64);
    // The first byte's class as CAP, LOWER or DIGIT (A_LOWER and A_DIGIT are those bits).
    let k = BYTE_CLASS[bytes[start] as usize];
    let first = u16::from(k & (A_LOWER | A_DIGIT) | (k & A_UPPER) >> 1);
    loop {
        let arr: [u8; 8] = bytes.get(pos..pos + 8)?.try_into().ok()?;
        let x = u64::from_le_bytes(arr);
        let ascii = !(x & HIGH_BITS);
        let x7 = x & !HIGH_BITS;
        let upper = bytes_in(x7, b'A', b'Z') & ascii;
        let lower = bytes_in(x7, b'a', b'z') & ascii;
        let digit = bytes_in(x7, b'0', b'9') & ascii;
        let stop = !(upper | lower | digit) & HIGH_BITS;
        // The bytes before the first one that ends the run.
        let mask = if stop == 0 {
            u64::MAX
        } else {
            (stop & stop.wrapping_neg()) - 1
        };
        inner |= (upper | digit) & mask & not_first;
        any_upper |= upper & mask;
        any_lower |= lower & mask;
        if stop != 0 {
            let end = pos + (stop.trailing_zeros() / 8) as usize;
            let flags = first | if inner != 0 { INNER } else { 0 };
            return Some((end, flags, any_lower != 0, any_upper | any_lower != 0));
        }
        not_first = !0;
        pos += 8;
    }
}

/// The character at byte `i` (a char boundary) and its length, ASCII first.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (c, c.len_utf8())
    }
}

#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '‐' | '.' | '\'' | '’' | '&')
}

/// True when the text at byte `i` starts with an alphanumeric character.
fn alnum_at(text: &str, i: usize) -> bool {
    i < text.len() && is_alnum(char_at(text, i).0)
}

/// A word at `start` made of ASCII letters and digits only and followed by a byte that can
/// neither continue it nor start a possessive (no full stop either): its end and flags
/// (without the sentence ones). `None` for every other word, and near the end of the text.
#[inline]
fn plain_word(bytes: &[u8], start: usize) -> Option<(usize, u16)> {
    let (end, flags, has_lower, has_letter) = ascii_head(bytes, start)?;
    // `ascii_head` read the byte that ended the run: it is in the text.
    if BYTE_CLASS[bytes[end] as usize] & (A_MAYBE_JOIN | A_ALNUM) != 0 {
        return None;
    }
    Some((
        end,
        flags | if has_letter && !has_lower { UPPER } else { 0 },
    ))
}

/// The word that starts at byte `start` (an ASCII letter or digit, or the first byte of a
/// non-ASCII character): its end, its end with a possessive, and its flags (without the
/// sentence ones). `None` when the character there is no letter or digit.
fn general_word(text: &str, start: usize) -> Option<(usize, usize, u16)> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = start;
    let b = bytes[i];
    let k = BYTE_CLASS[b as usize];
    let mut flags: u16;
    let mut has_lower;
    let mut has_letter;
    if b < 0x80 {
        flags = if k & A_UPPER != 0 {
            CAP
        } else if k & A_LOWER != 0 {
            LOWER
        } else {
            DIGIT
        };
        has_lower = k & A_LOWER != 0;
        has_letter = k & (A_UPPER | A_LOWER) != 0;
        i += 1;
    } else {
        let (c, len) = char_at(text, i);
        if !is_alnum(c) {
            return None;
        }
        flags = if c.is_uppercase() {
            CAP
        } else if c.is_lowercase() {
            LOWER
        } else {
            DIGIT
        };
        has_lower = c.is_lowercase();
        has_letter = c.is_alphabetic();
        i += len;
    }
    // The rest of the word: alphanumerics, and joiners between two alphanumerics (an
    // apostrophe before a final "s" is a possessive, not a joiner).
    while i < n {
        // ASCII alphanumerics, eight bytes at a time.
        let (len, acc) = alnum_run(&bytes[i..]);
        i += len;
        if acc & (A_UPPER | A_DIGIT) != 0 {
            flags |= INNER;
        }
        has_lower |= acc & A_LOWER != 0;
        has_letter |= acc & (A_UPPER | A_LOWER) != 0;
        if i >= n || BYTE_CLASS[bytes[i] as usize] & A_MAYBE_JOIN == 0 {
            break;
        }
        let (d, dlen) = char_at(text, i);
        if is_alnum(d) {
            if d.is_uppercase() || d.is_numeric() {
                flags |= INNER;
            }
            has_lower |= d.is_lowercase();
            has_letter |= d.is_alphabetic();
            i += dlen;
            continue;
        }
        if !is_joiner(d) || !alnum_at(text, i + dlen) {
            break;
        }
        if is_apostrophe(d) {
            let s_at = i + dlen;
            if matches!(bytes[s_at], b's' | b'S') && !alnum_at(text, s_at + 1) {
                break;
            }
        }
        if d == '-' || d == '‐' {
            flags |= HYPHEN;
        }
        flags |= JOINED;
        i += dlen;
    }
    let end = i;
    let mut full_end = end;
    if end < n && (bytes[end] == b'\'' || bytes[end] == 0xE2) {
        let (a, alen) = char_at(text, end);
        if is_apostrophe(a) {
            let s_at = end + alen;
            if s_at < n && matches!(bytes[s_at], b's' | b'S') && !alnum_at(text, s_at + 1) {
                flags |= POSS;
                full_end = s_at + 1;
            } else if !alnum_at(text, s_at) && matches!(bytes[end - 1], b's' | b'S') {
                flags |= POSS;
                full_end = s_at;
            }
        }
    }
    if has_letter && !has_lower {
        flags |= UPPER;
    }
    if bytes.get(full_end) == Some(&b'.') {
        flags |= DOT;
    }
    Some((end, full_end, flags))
}

/// Splits `text` into [`Word`]s; `sentences` must cover the text in order (as the segmenter
/// gives them) and mark sentence starts. Reads the text byte by byte: the pipeline builds the
/// same words from the segmenter's tokens with [`from_tokens`]; this is the reference it is
/// tested against, and the path for callers without tokens.
#[cfg(test)]
pub(crate) fn scan(text: &str, sentences: &[Sentence]) -> Vec<Word> {
    // About one word per six bytes of prose; a little more room avoids a reallocation.
    let mut words = Vec::with_capacity(text.len() / 4);
    let mut scanner = Scanner::new(sentences);
    scanner.scan_range(text, 0, text.len(), &mut words);
    words
}

/// The [`Word`]s of `text` built from its `tokens` (the segmenter's, covering the whole text):
/// the same words as `scan` (the byte-by-byte reference the tests compare with) gives.
///
/// A token that is a whole word by itself (ASCII letters and digits, by its
/// [`Shape`](crate::Shape), and followed by a byte that cannot continue a word) becomes one
/// word with no look at its text; marks are passed over; every other token (possessives,
/// joined words, numbers with signs, other scripts) is read by the byte rules
/// ([`Scanner::scan_range`]) together with
/// the tokens glued to it, up to the next white space. Line breaks are looked for only in the
/// gaps between tokens, which are white space.
#[cfg(test)]
pub(crate) fn from_tokens(text: &str, sentences: &[Sentence], tokens: &[Token]) -> Vec<Word> {
    let mut words = Vec::new();
    from_tokens_into(text, sentences, tokens, &mut words);
    words
}

/// [`from_tokens`] into `words`, cleared first (a buffer reused from document to document).
#[inline(never)]
pub(crate) fn from_tokens_into(
    text: &str,
    sentences: &[Sentence],
    tokens: &[Token],
    words: &mut Vec<Word>,
) {
    let bytes = text.as_bytes();
    words.clear();
    words.reserve(tokens.len());
    let mut builder = WordBuilder::new(sentences);
    // End of the text read so far: no word is open there.
    let mut done = 0;
    for t in tokens {
        if t.start < done || t.end > bytes.len() {
            // Not the tokens of this text: read the rest byte by byte.
            break;
        }
        // The gap before the token is white space: one plain space, mostly, tested without a
        // search.
        let gap = bytes.get(done..t.start).unwrap_or_default();
        if gap != b" " && gap.contains(&b'\n') {
            builder.line_break(text, words);
        }
        builder.token(text, t, words);
        done = t.end;
    }
    builder.finish(text, words);
    if done < bytes.len() {
        builder.scanner.scan_range(text, done, bytes.len(), words);
    }
}

/// Builds the [`Word`]s of a text from its tokens as they come, one token at a time: the
/// word view of [`from_tokens`], made in the tokenizer's own pass by the pipeline
/// (`crate::lexed`) and over a finished token list by [`from_tokens_into`].
///
/// A token that is a whole word by itself ([`whole_word`]) becomes one word; punctuation and
/// symbols become none; any other token and the tokens glued to it (no space between) are
/// read together by the byte rules once the run has ended.
pub(crate) struct WordBuilder<'s> {
    scanner: Scanner<'s>,
    /// The run of glued tokens not read yet: its first byte and its end (equal when there is
    /// none).
    run: (usize, usize),
}

impl<'s> WordBuilder<'s> {
    /// A builder for a text split into `sentences`.
    pub(crate) fn new(sentences: &'s [Sentence]) -> Self {
        WordBuilder {
            scanner: Scanner::new(sentences),
            run: (0, 0),
        }
    }

    /// Takes the next token `t` of `text`, which starts at or after the end of the last one.
    #[inline(always)]
    pub(crate) fn token(&mut self, text: &str, t: &Token, words: &mut Vec<Word>) {
        if self.joins_run(text, t, words) {
            return;
        }
        if let Some(flags) = whole_word(text.as_bytes(), t) {
            self.scanner.push(words, t.start, t.end, t.end, flags);
        } else if !matches!(t.kind, TokenKind::Punct | TokenKind::Symbol) {
            // A mark character, or a run of `.!?` or `-`, has no letter or digit to start a
            // word; any other token is read with the ones glued to it.
            self.run = (t.start, t.end);
        }
    }

    /// [`WordBuilder::token`] for a token the tokenizer's fast path made: ASCII letters,
    /// digits and `_` followed by a byte that ends the word
    /// ([`ends_ascii_word`](crate::segment::tokens::ends_ascii_word)) or by the end of the
    /// text. Such a token is a whole word when it has no `_`: no byte after it can make
    /// [`whole_word`] say otherwise (checked at compile time next to `WORD_CASE`).
    #[inline(always)]
    pub(crate) fn ascii_word(&mut self, text: &str, t: &Token, words: &mut Vec<Word>) {
        if self.joins_run(text, t, words) {
            return;
        }
        if t.shape.is_ascii_alnum() {
            let flags = WORD_CASE[t.shape.case_index()];
            self.scanner.push(words, t.start, t.end, t.end, flags);
        } else {
            self.run = (t.start, t.end);
        }
    }

    /// True when token `t` is glued to the open run of tokens and joins it; otherwise reads
    /// the open run, if any.
    #[inline(always)]
    fn joins_run(&mut self, text: &str, t: &Token, words: &mut Vec<Word>) -> bool {
        let (from, to) = self.run;
        if from < to {
            if t.start == to {
                self.run.1 = t.end;
                return true;
            }
            self.flush(text, words);
        }
        false
    }

    /// A line break after the last token: the next word starts a sentence.
    #[inline]
    pub(crate) fn line_break(&mut self, text: &str, words: &mut Vec<Word>) {
        self.flush(text, words);
        self.scanner.fresh = true;
    }

    /// Reads the run of glued tokens left open, if any: call after the last token.
    #[inline]
    pub(crate) fn finish(&mut self, text: &str, words: &mut Vec<Word>) {
        self.flush(text, words);
    }

    #[inline]
    fn flush(&mut self, text: &str, words: &mut Vec<Word>) {
        let (from, to) = self.run;
        if from < to {
            self.scanner.scan_range(text, from, to, words);
            self.run = (0, 0);
        }
    }
}

/// The flags of token `t` when it is one [`Word`] all by itself: ASCII letters and digits
/// followed by a byte that neither continues a word nor starts a possessive, or by a full stop
/// that no letter or digit follows. `None` for every other token.
#[inline]
fn whole_word(bytes: &[u8], t: &Token) -> Option<u16> {
    let shape = t.shape;
    if !shape.is_ascii_alnum() {
        return None;
    }
    let mut flags = 0;
    match bytes.get(t.end) {
        None => {}
        Some(&b'.') => {
            // Not followed by a letter or digit, the stop cannot join a word.
            if bytes
                .get(t.end + 1)
                .is_some_and(|&b| BYTE_CLASS[b as usize] & A_MAYBE_START != 0)
            {
                return None;
            }
            flags = DOT;
        }
        Some(&b) if BYTE_CLASS[b as usize] & (A_MAYBE_JOIN | A_ALNUM) != 0 => return None,
        Some(_) => {}
    }
    Some(flags | WORD_CASE[shape.case_index()])
}

// Every byte that ends a word on the tokenizer's fast path is one after which `whole_word`
// takes an ASCII word whole with its case flags alone: no full stop, no joiner, no letter or
// digit (what `WordBuilder::ascii_word` relies on).
const _: () = {
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        assert!(
            !crate::segment::tokens::ends_ascii_word(c)
                || c != b'.' && BYTE_CLASS[b] & (A_MAYBE_JOIN | A_ALNUM) == 0
        );
        b += 1;
    }
};

/// The case flags of a [`Word`] ([`CAP`], [`LOWER`], [`DIGIT`], [`INNER`], [`UPPER`]) for each
/// [`Shape::case_index`](crate::Shape): the first character's letter and digit bits in the
/// low three bits of the index, the rest's in the next three.
static WORD_CASE: [u16; 64] = {
    use crate::segment::shape::{DIGIT as D, LOWER as L, UPPER as U};
    let mut t = [0; 64];
    let mut i = 0;
    while i < 64 {
        let (first, rest) = ((i & 7) as u8, (i >> 3) as u8);
        let mut f = if first & U != 0 {
            CAP
        } else if first & L != 0 {
            LOWER
        } else {
            DIGIT
        };
        if rest & (U | D) != 0 {
            f |= INNER;
        }
        if (first | rest) & (U | L) != 0 && (first | rest) & L == 0 {
            f |= UPPER;
        }
        t[i] = f;
        i += 1;
    }
    t
};

/// Where a word scan is: the sentence it is in and whether the next word starts a sentence
/// or line.
struct Scanner<'s> {
    sentences: &'s [Sentence],
    /// The sentence of the last word.
    sent_idx: usize,
    /// End of sentence `sent_idx`, or `usize::MAX` for the last sentence: a word starting at
    /// or past it belongs to a later sentence.
    next_end: usize,
    /// No word yet in the current sentence or since the last line break: the next word
    /// starts a sentence.
    fresh: bool,
}

impl<'s> Scanner<'s> {
    fn new(sentences: &'s [Sentence]) -> Self {
        let mut s = Scanner {
            sentences,
            sent_idx: 0,
            next_end: 0,
            fresh: true,
        };
        s.next_end = s.sent_end(0);
        s
    }

    fn sent_end(&self, k: usize) -> usize {
        if k + 1 < self.sentences.len() {
            self.sentences[k].end
        } else {
            usize::MAX
        }
    }

    /// Appends the word `start..end` (`full_end` with a possessive) with `flags` and the
    /// sentence facts.
    #[inline]
    fn push(
        &mut self,
        words: &mut Vec<Word>,
        start: usize,
        end: usize,
        full_end: usize,
        mut flags: u16,
    ) {
        while self.next_end <= start {
            self.sent_idx += 1;
            self.next_end = self.sent_end(self.sent_idx);
            self.fresh = true;
        }
        if self.fresh {
            flags |= SENT_START;
            self.fresh = false;
        }
        debug_assert!(
            full_end >= end && full_end - end <= 4,
            "a possessive is 1-4 bytes"
        );
        words.push(Word {
            start,
            end,
            poss: (full_end - end) as u8,
            flags,
            sentence: self.sent_idx as u32,
        });
    }

    /// Appends the words that start in `text[from..to]`; no word may be open at `from`, and
    /// none may go on past `to` (white space or the end of the text is there).
    fn scan_range(&mut self, text: &str, from: usize, to: usize, words: &mut Vec<Word>) {
        let bytes = text.as_bytes();
        let mut i = from;
        while i < to {
            // Spaces and punctuation up to the next byte that may start a word.
            let mut k = BYTE_CLASS[bytes[i] as usize];
            while k & A_MAYBE_START == 0 {
                if k & A_NEWLINE != 0 {
                    self.fresh = true;
                }
                i += 1;
                if i >= to {
                    return;
                }
                k = BYTE_CLASS[bytes[i] as usize];
            }
            let start = i;
            // Most words are plain ASCII ones; the others take the general path.
            let plain = (k & A_ALNUM != 0).then(|| plain_word(bytes, i)).flatten();
            let (end, full_end, flags) = match plain {
                Some((end, flags)) => (end, end, flags),
                None => match general_word(text, i) {
                    Some(w) => w,
                    None => {
                        // Not a letter or digit: skip the character.
                        i += char_at(text, i).1;
                        continue;
                    }
                },
            };
            i = full_end;
            self.push(words, start, end, full_end, flags);
        }
    }
}

/// True when only spaces or tabs (no line break, no punctuation) separate byte `a` from `b`.
#[inline]
pub(crate) fn spaced(text: &str, a: usize, b: usize) -> bool {
    a < b && text[a..b].bytes().all(|c| c == b' ' || c == b'\t')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, u16)> {
        let sents = vec![Sentence {
            start: 0,
            end: text.len(),
        }];
        scan(text, &sents)
            .iter()
            .map(|w| (w.text(text), w.flags))
            .collect()
    }

    #[test]
    fn inner_joiners_and_possessives() {
        let w = words("Meta’s GPT-3.5 and O'Neil's Jean-Luc; analysts’ views, Character.AI.");
        let texts: Vec<_> = w.iter().map(|x| x.0).collect();
        assert_eq!(
            texts,
            [
                "Meta",
                "GPT-3.5",
                "and",
                "O'Neil",
                "Jean-Luc",
                "analysts",
                "views",
                "Character.AI"
            ]
        );
        assert!(w[0].1 & POSS != 0);
        assert!(w[0].1 & SENT_START != 0);
        assert!(w[1].1 & UPPER != 0 && w[1].1 & HYPHEN != 0);
        assert!(w[3].1 & POSS != 0);
        assert!(w[5].1 & POSS != 0);
        assert!(w[7].1 & DOT != 0);
        assert!(w[2].1 & LOWER != 0);
        let joined: Vec<_> = w.iter().map(|x| x.1 & JOINED != 0).collect();
        assert_eq!(
            joined,
            [false, true, false, true, true, false, false, true],
            "{w:?}"
        );
    }

    #[test]
    fn sentence_and_line_starts() {
        let text = "Headline here\nBody one. Body two";
        let sents = vec![
            Sentence { start: 0, end: 23 },
            Sentence { start: 24, end: 32 },
        ];
        let w = scan(text, &sents);
        let starts: Vec<_> = w
            .iter()
            .filter(|w| w.has(SENT_START))
            .map(|w| w.text(text))
            .collect();
        assert_eq!(starts, ["Headline", "Body", "Body"]);
    }

    #[test]
    fn alnum_run_matches_byte_loop() {
        let slow = |b: &[u8]| {
            let mut acc = 0u8;
            let mut len = 0;
            while len < b.len() && BYTE_CLASS[b[len] as usize] & A_ALNUM != 0 {
                acc |= BYTE_CLASS[b[len] as usize];
                len += 1;
            }
            (len, acc & (A_UPPER | A_LOWER | A_DIGIT))
        };
        for t in [
            "",
            "a",
            "Abcdefgh",
            "Abcdefghi jk",
            "xAI-2",
            "abcdefg9",
            "abcdefgh9",
            "ABCDEFGHIJKLMNOP",
            "Zürich",
            "abc\u{e9}defghij",
            "@[`{/:",
            "09azAZ",
            "hello world",
        ] {
            for s in 0..t.len() {
                let b = &t.as_bytes()[s..];
                let (len, acc) = alnum_run(b);
                assert_eq!(
                    (len, acc & (A_UPPER | A_LOWER | A_DIGIT)),
                    slow(b),
                    "{t:?} at {s}"
                );
            }
        }
        // Every byte value in every position of an eight-byte chunk.
        for v in 0..=255u8 {
            for pos in 0..9 {
                let mut b = *b"aZ3bY4cX9dW";
                if pos < b.len() {
                    b[pos] = v;
                }
                assert_eq!(alnum_run(&b).0, slow(&b).0, "byte {v} at {pos}");
                assert_eq!(
                    alnum_run(&b).1 & (A_UPPER | A_LOWER | A_DIGIT),
                    slow(&b).1,
                    "byte {v} at {pos}"
                );
            }
        }
    }

    #[test]
    fn ascii_head_matches_byte_loop() {
        // The run and its facts byte by byte, through the class table.
        let slow = |b: &[u8], start: usize| {
            let k = BYTE_CLASS[b[start] as usize];
            let first = if k & A_UPPER != 0 {
                CAP
            } else if k & A_LOWER != 0 {
                LOWER
            } else {
                DIGIT
            };
            let (len, acc) = alnum_run(&b[start + 1..]);
            let inner = if acc & (A_UPPER | A_DIGIT) != 0 {
                INNER
            } else {
                0
            };
            let all = acc | k;
            (
                start + 1 + len,
                first | inner,
                all & A_LOWER != 0,
                all & (A_UPPER | A_LOWER) != 0,
            )
        };
        let check = |b: &[u8]| {
            for s in 0..b.len() {
                if b[s] >= 0x80 || BYTE_CLASS[b[s] as usize] & A_ALNUM == 0 {
                    continue;
                }
                match ascii_head(b, s) {
                    Some(got) => assert_eq!(got, slow(b, s), "{b:?} at {s}"),
                    // Only when the chunk that holds the end of the run would pass the end.
                    None => assert!(s + (slow(b, s).0 - s) / 8 * 8 + 8 > b.len()),
                }
            }
        };
        for t in [
            "Abcdefgh ijklmnopqrstuvwxyz, 0123456789",
            "xAI-2 GPT4o o1 McDonald IBM U.S. A1b2C3d4E5f6G7h8I9 end",
            "Zürich abc\u{e9}defghij ABCDEFGHIJKLMNOPQRSTUV",
            "a b c d e f g h i j k l m n o p",
            "09azAZ@[`{/: 9Z 9a z9 Z9 aZ",
        ] {
            check(t.as_bytes());
        }
        // Every byte value in every position of the first two chunks.
        for v in 0..=255u8 {
            for pos in 0..17 {
                let mut b = *b"aZ3bY4cX9dWe5fV6gU7hT8";
                b[pos] = v;
                check(&b);
            }
        }
    }

    /// [`from_tokens`] over the segmenter's sentences and tokens gives the words [`scan`]
    /// gives, on `text`.
    fn assert_same_words(text: &str) {
        let seg = crate::Segmenter::new();
        let sents = seg.split(text);
        let tokens = seg.tokenize(text);
        assert_eq!(
            from_tokens(text, &sents, &tokens),
            scan(text, &sents),
            "{text:?}"
        );
    }

    #[test]
    fn words_from_tokens_match_the_byte_scan() {
        for t in [
            "",
            " ",
            "Meta’s GPT-3.5 and O'Neil's Jean-Luc; analysts’ views, Character.AI.",
            "Headline here\nBody one. Body two\n\n  Third line",
            "said.The 5.Smith b&q AT&T jane@acme.com co_founder $1.2bn 3.5% 2,000 2004-05",
            "U.S. Mr. Smith's Corp.'s x.ai v2.0 http://a.com/x?y=1. e.g. No. 10 1.) 2.)",
            "Zürich naïve ÉCOLE 谷歌 e\u{301}cole “Why?!” he said… ok—fine ‘quoted’ text’s",
            "IBM. IBM.\u{201d} IBM.é IBM.1 IBM..A IBM- IBM-A IBM' IBM's IBMs' end.",
            "tail word",
            "tail word.",
            "a",
            "A.",
            "x\u{a0}y\u{200b}z\tw\r\nv",
            "Smith\u{2019} Jones\u{2019}s O\u{2019}Brien Dunn‐Smith Lee‑Ann",
        ] {
            assert_same_words(t);
        }
        // Text made of pieces that meet in every order: joiners, marks, digits, other scripts.
        let pieces = [
            "Meta", "x", "AI", "3", "2004", ".", "-", "'", "’", "s", "&", "@", "_", ",", " ", "\n",
            "é", "Ü", "—", "“", "$", "%", ":", "/", "Mr", "U", "‐", "\u{301}", "...",
        ];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..12 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            assert_same_words(&text);
        }
    }

    proptest::proptest! {
        /// Any text: letters of several scripts and cases, digits, every joiner and mark the
        /// two word definitions treat differently, white space and line breaks.
        #[test]
        fn words_from_tokens_match_the_byte_scan_on_any_text(
            text in "[a-zA-Z0-9 .,;:'’&@_$%#/()\\-‐‑“”\n\tÉéüß谷\u{301}\u{a0}\u{200b}]{0,60}"
        ) {
            assert_same_words(&text);
        }
    }

    /// The same over the BBC corpus, when it is present (`../shared` is not part of the repo).
    #[test]
    fn words_from_tokens_match_the_byte_scan_on_the_corpus() {
        let Ok(corpus) = std::fs::read_to_string("../shared/corpus/bbc-news-2004-2005.jsonl")
        else {
            return;
        };
        for line in corpus.lines().take(400) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            assert_same_words(v["text"].as_str().unwrap_or(""));
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "",
            "’",
            "'s",
            "a'",
            "-",
            "é’s",
            "Ünïcödé’",
            "x.y.",
            "A&",
            "s’",
        ] {
            let _ = words(t);
        }
    }
}
