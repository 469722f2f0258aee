//! The tokenizer: one forward pass, ASCII handled byte by byte, words that contain other
//! letters measured with Unicode word boundaries (UAX #29, `unicode-segmentation`).
//!
//! Rules (see the [module docs](super) for examples):
//!
//! - White space (including no-break and zero-width spaces) separates tokens and is dropped.
//! - **Word**: starts with a letter. A word goes on across `-`/`‐`/`‑`, `.`, `'`/`’`, `@` and
//!   `_` when a letter or digit follows, and across `&` between capitals, so "co-founder",
//!   "GPT-4o", "Jean-Luc", "O'Neil", "don't", "U.S", "OpenAI.com", "v2.0", "jane@acme.com",
//!   "AT&T" are single words. `http://` and `https://` URLs run to the next space, less
//!   trailing punctuation.
//! - A final `.` joins the word when the word is a known abbreviation ("Corp.", "Mr.", "e.g."),
//!   an initial ("W.") or dotted capitals ("U.S.", "H.R."); "No." and friends only before a
//!   number. Otherwise the period is its own token.
//! - **Possessives** stay inside the word and set [`Token::possessive`]: "Meta’s", "Meta's",
//!   and a bare apostrophe after a final `s` ("analysts'") unless a single quotation is open.
//!   Contractions of pronouns and adverbs ("it’s", "here’s", "that's") are not possessive.
//! - **Number**: starts with a digit, or a currency sign followed by a digit ("$1.2", "£600m").
//!   Goes on across `.`, `:`, `/` between digits and `,` before exactly three digits; letters
//!   glued to the end ("1.13bn", "40.5x", "4o", "1990s") and a `%` ("3.5%") join it. A hyphen
//!   followed by a letter or digit joins too; when a letter follows, the token is a word
//!   ("40-year-old"), otherwise a number ("2004-05").
//! - **Punct**: runs of `.`, `!`, `?` ("...", "?!") and of `-` ("--") are one token; other
//!   punctuation (quotes, brackets, dashes, `…`, CJK marks) is one token per character.
//! - **Symbol**: anything else (`%`, `&`, `#`, `+`, emoji, a lone currency sign).

use unicode_segmentation::UnicodeSegmentation;

use super::chars::{
    HIGH_BITS, bytes_in, char_at, char_before, is_currency, is_opener, is_space, is_unicode_punct,
};
use super::lexicon::{Abbrev, abbreviation};
use super::shape::{self, Shape};
use crate::document::{Token, TokenKind};

/// Appends the tokens of `text[start..end]` to `out`, with offsets into `text`.
///
/// One dispatch per token on the class of its first byte ([`BYTE_CLASS`]); ASCII word cores
/// are measured eight bytes at a time ([`ascii_run_end`]).
pub(crate) fn tokenize_into(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    tokenize_with(text, start, end, out);
}

/// Where [`tokenize_with`] puts what it reads: every token in order, and every line break
/// between two tokens. The pipeline's sink builds the later stages' views of the tokens in
/// the same pass (`crate::lexed`), while the tokens and their bytes are in registers.
pub(crate) trait Sink {
    /// The next token.
    fn token(&mut self, token: Token);

    /// A line break (`\n`) after the last token (or the start) and before the next token.
    fn line_break(&mut self);

    /// The next token, made by the fast path: an ASCII word of letters, digits and `_`
    /// followed by a byte for which [`ends_ascii_word`] holds, or by the end of the text.
    #[inline(always)]
    fn ascii_word(&mut self, token: Token) {
        self.token(token);
    }
}

/// True for the ASCII bytes that end a word with no more to read: no letter, digit or `_`
/// and none of the bytes that may join two parts of a word (`-` `.` `'` `&` `@` `:`).
pub(crate) const fn ends_ascii_word(b: u8) -> bool {
    FLAGS[b as usize] & (F_ENDS_WORD | F_WORD) == F_ENDS_WORD
}

impl Sink for Vec<Token> {
    #[inline(always)]
    fn token(&mut self, token: Token) {
        self.push(token);
    }

    #[inline(always)]
    fn line_break(&mut self) {}
}

/// [`tokenize_into`], handing the tokens and line breaks to `out`.
#[inline]
pub(crate) fn tokenize_with<S: Sink>(text: &str, start: usize, end: usize, out: &mut S) {
    let mut t = Tokenizer {
        text: &text[..end],
        single_open: false,
    };
    let bytes = t.text.as_bytes();
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        // A separate table for the most common first byte keeps its test out of the switch.
        let token = if FLAGS[b as usize] & F_STARTS_WORD != 0 {
            // Fast path: an ASCII word followed by an ASCII byte that cannot join it (or by
            // the end of the text, reported as a space).
            let (end, next, rest) = ascii_run(bytes, i + 1);
            if FLAGS[next as usize] & F_ENDS_WORD != 0 {
                out.ascii_word(Token {
                    start: i,
                    end,
                    kind: TokenKind::Word,
                    possessive: false,
                    shape: Shape::from_bits(FLAGS[b as usize], rest),
                });
                i = end + usize::from(next == b' ');
                continue;
            }
            t.word_after_run(i, end)
        } else {
            match BYTE_CLASS[b as usize] {
                SPACE => {
                    i += 1;
                    continue;
                }
                NEWLINE => {
                    t.single_open = false;
                    out.line_break();
                    i += 1;
                    continue;
                }
                DIGIT => t.number(i, i),
                DOLLAR if bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => t.number(i, i + 1),
                HIGH => {
                    let Some(c) = char_at(t.text, i) else {
                        i += 1;
                        continue;
                    };
                    let len = c.len_utf8();
                    if is_space(c) {
                        i += len;
                        continue;
                    }
                    if c.is_alphabetic() {
                        let end = t.core(i);
                        t.word(i, end)
                    } else if c.is_numeric() {
                        t.number(i, i)
                    } else if is_currency(c) && bytes.get(i + len).is_some_and(u8::is_ascii_digit) {
                        t.number(i, i + len)
                    } else {
                        t.unicode_mark(i, c)
                    }
                }
                _ => t.ascii_mark(i, b),
            }
        };
        i = token.end;
        out.token(with_shape(t.text, token));
        // Most tokens are followed by one plain space.
        if bytes.get(i) == Some(&b' ') {
            i += 1;
        }
    }
}

/// Classes of first bytes for [`tokenize_into`].
const SPACE: u8 = 0;
const NEWLINE: u8 = 1;
/// ASCII letters and `_`.
const LETTER: u8 = 2;
const DIGIT: u8 = 3;
const DOLLAR: u8 = 4;
/// Any other ASCII byte.
const MARK: u8 = 5;
/// Bytes of multi-byte characters.
const HIGH: u8 = 6;

/// The class of every byte.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [HIGH; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let class = if c == b'\n' {
            NEWLINE
        } else if c.is_ascii_whitespace() || c == 0x0B {
            SPACE
        } else if c.is_ascii_alphabetic() || c == b'_' {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c == b'$' {
            DOLLAR
        } else {
            MARK
        };
        t[b] = class;
        b += 1;
    }
    t
};

/// ASCII letters and `_`: the bytes of class [`LETTER`].
static STARTS_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = BYTE_CLASS[b] == LETTER;
        b += 1;
    }
    t
};

/// Flags of [`FLAGS`] besides the [`shape::CHAR_BITS`] of ASCII bytes: a [`WORD_BYTE`], a
/// [`STARTS_WORD`] byte, an [`ENDS_WORD`] byte.
const F_WORD: u8 = 1 << 5;
const F_STARTS_WORD: u8 = 1 << 6;
const F_ENDS_WORD: u8 = 1 << 7;
const _: () = assert!(shape::CHAR_BITS & (F_WORD | F_STARTS_WORD | F_ENDS_WORD) == 0);

/// The three byte sets of the word fast path and the bytes' [`Shape`] bits in one table, so
/// that the hot loop keeps one table address in a register instead of several, and the
/// shape of a word is its first byte's flags and the others' or-ed together.
static FLAGS: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if WORD_BYTE[b] { F_WORD } else { 0 }
            | if STARTS_WORD[b] { F_STARTS_WORD } else { 0 }
            | if ENDS_WORD[b] { F_ENDS_WORD } else { 0 }
            | if b < 128 {
                shape::byte_bits(b as u8)
            } else {
                0
            };
        b += 1;
    }
    t
};

/// `token` with its [`Shape`]: words and numbers measured from their text, marks without one.
#[inline]
fn with_shape(text: &str, mut token: Token) -> Token {
    if matches!(token.kind, TokenKind::Word | TokenKind::Number) {
        token.shape = Shape::of(&text[token.start..token.end]);
    }
    token
}

/// ASCII bytes that are no [`CONNECTOR_BYTE`]: after a word core, they end the word.
static ENDS_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = !CONNECTOR_BYTE[b];
        b += 1;
    }
    t
};

/// End of the run of ASCII letters, digits and `_` at `j`, the byte there (a space at the
/// end of the text), and the [`Shape`] bits of the run's bytes or-ed together. While eight
/// bytes remain they are classed at once with SWAR arithmetic: the run's end is the first
/// byte outside the classes, found with no branch per byte (a branch per byte mispredicts at
/// the end of nearly every word).
#[inline(always)]
fn ascii_run(bytes: &[u8], mut j: usize) -> (usize, u8, u8) {
    let mut seen = 0;
    while let Some(chunk) = bytes.get(j..j + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let x = u64::from_le_bytes(chunk);
        let ascii = !x & HIGH_BITS;
        let x7 = x & !HIGH_BITS;
        let upper = bytes_in(x7, b'A', b'Z') & ascii;
        let lower = bytes_in(x7, b'a', b'z') & ascii;
        let digit = bytes_in(x7, b'0', b'9') & ascii;
        let under = bytes_in(x7, b'_', b'_') & ascii;
        let stop = !(upper | lower | digit | under) & HIGH_BITS;
        // The bytes before the first one that ends the run.
        let before = (stop & stop.wrapping_neg()).wrapping_sub(1);
        seen |= (u8::from(upper & before != 0) * shape::UPPER)
            | (u8::from(lower & before != 0) * shape::LOWER)
            | (u8::from(digit & before != 0) * shape::DIGIT)
            | (u8::from(under & before != 0) * shape::OTHER);
        if stop != 0 {
            let end = j + (stop.trailing_zeros() / 8) as usize;
            return (end, bytes[end], seen);
        }
        j += 8;
    }
    while let Some(&b) = bytes.get(j) {
        let f = FLAGS[b as usize];
        if f & F_WORD == 0 {
            return (j, b, seen);
        }
        seen |= f & shape::CHAR_BITS;
        j += 1;
    }
    (j, b' ', seen)
}

/// End of the run of ASCII letters, digits and `_` at `j`.
#[inline(always)]
fn ascii_run_end(bytes: &[u8], j: usize) -> usize {
    ascii_run(bytes, j).0
}

/// ASCII bytes that continue a word core: letters, digits, `_`.
static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    t
};

/// ASCII bytes that may join two parts of a word: `-` `.` `_` `@` `&` `'` `:`.
static CONNECTOR_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'-' as usize] = true;
    t[b'.' as usize] = true;
    t[b'_' as usize] = true;
    t[b'@' as usize] = true;
    t[b'&' as usize] = true;
    t[b'\'' as usize] = true;
    t[b':' as usize] = true;
    t
};

struct Tokenizer<'t> {
    text: &'t str,
    /// A single quotation mark (‘ or ') was opened and not yet closed.
    single_open: bool,
}

fn token(start: usize, end: usize, kind: TokenKind) -> Token {
    Token {
        start,
        end,
        kind,
        possessive: false,
        shape: Shape::default(),
    }
}

/// Letters, digits, `_`, combining marks and joiners.
#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || c == '_'
        || matches!(
            c,
            '\u{300}'..='\u{36F}' | '\u{200C}' | '\u{200D}' | '\u{FE0F}'
        )
}

#[inline]
fn is_alnum_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => char_at(text, i).is_some_and(char::is_alphanumeric),
        None => false,
    }
}

impl Tokenizer<'_> {
    /// End of the run of letters and digits at `i`: ASCII byte by byte; from the first letter
    /// that is not ASCII on, the UAX #29 word that starts there, cut before any inner
    /// punctuation (UAX #29 keeps "Café’s" and "U.S" whole; the connector rules re-join them).
    #[inline]
    fn core(&self, i: usize) -> usize {
        let bytes = self.text.as_bytes();
        let j = ascii_run_end(bytes, i);
        if j >= bytes.len() || bytes[j] < 0x80 {
            return j;
        }
        self.unicode_core(j)
    }

    /// The rest of a core from the non-ASCII byte at `j`.
    #[inline(never)]
    fn unicode_core(&self, j: usize) -> usize {
        match char_at(self.text, j) {
            Some(c) if is_word_char(c) => {
                let seg = self.text[j..].split_word_bounds().next().unwrap_or("");
                let cut = seg.find(|c: char| !is_word_char(c)).unwrap_or(seg.len());
                j + cut.max(c.len_utf8())
            }
            _ => j,
        }
    }

    /// The word at `start` whose ASCII run ends at `j`, before a byte that may continue or
    /// join it: the same as [`Tokenizer::word`] after [`Tokenizer::core`].
    #[inline(never)]
    fn word_after_run(&mut self, start: usize, j: usize) -> Token {
        let bytes = self.text.as_bytes();
        let end = if bytes[j] < 0x80 {
            j
        } else {
            self.unicode_core(j)
        };
        match bytes.get(end) {
            Some(&next) if ENDS_WORD[next as usize] => token(start, end, TokenKind::Word),
            None => token(start, end, TokenKind::Word),
            _ => self.word(start, end),
        }
    }

    /// The word at `start`, whose core ends at `core_end` (from [`Tokenizer::core`]).
    fn word(&mut self, start: usize, core_end: usize) -> Token {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut end = core_end;
        let mut possessive = false;
        while let Some(&b) = bytes.get(end) {
            if b < 0x80 && !CONNECTOR_BYTE[b as usize] {
                break;
            }
            let c = if b < 0x80 {
                b as char
            } else {
                char_at(text, end).unwrap_or(' ')
            };
            let after = end + c.len_utf8();
            match c {
                // (Without a letter or digit after it the period ends the word anyway.)
                '.' if is_alnum_at(text, after)
                    && super::sentences::glued_sentence_end(text, end) =>
                {
                    break;
                }
                '-' | '‐' | '‑' | '.' | '_' if is_alnum_at(text, after) => {
                    end = self.core(after);
                }
                '@' if is_alnum_at(text, after) => end = self.core(after),
                '&' if bytes.get(after).is_some_and(u8::is_ascii_uppercase)
                    && bytes[end - 1].is_ascii_uppercase() =>
                {
                    end = self.core(after);
                }
                '\'' | '’' if is_alnum_at(text, after) => {
                    let s_end = after + 1;
                    if matches!(bytes[after], b's' | b'S') && !is_alnum_at(text, s_end) {
                        possessive = !is_contraction(&text[start..end]);
                        end = s_end;
                        break;
                    }
                    end = self.core(after);
                }
                '\'' | '’'
                    if !self.single_open
                        && matches!(bytes[end - 1], b's' | b'S')
                        && !is_alnum_at(text, after) =>
                {
                    possessive = true;
                    end = after;
                    break;
                }
                ':' if text[after..].starts_with("//")
                    && matches!(&text[start..end], "http" | "https" | "HTTP" | "HTTPS") =>
                {
                    end = url_end(text, after + 2);
                    return token(start, end, TokenKind::Word);
                }
                _ => break,
            }
        }
        if !possessive && bytes.get(end) == Some(&b'.') && self.keeps_period(start, end) {
            end += 1;
            // "Acme Corp.'s", "the U.S.’s"
            for suffix in ["'s", "’s"] {
                if text[end..].starts_with(suffix) && !is_alnum_at(text, end + suffix.len()) {
                    end += suffix.len();
                    possessive = true;
                    break;
                }
            }
        }
        Token {
            start,
            end,
            kind: TokenKind::Word,
            possessive,
            shape: Shape::default(),
        }
    }

    /// Whether the `.` right after `text[start..end]` belongs to the word.
    fn keeps_period(&self, start: usize, end: usize) -> bool {
        match abbreviation(&self.text[start..end], false) {
            Some(Abbrev::Number) => {
                let rest = self.text[end + 1..].trim_start_matches(is_space);
                rest.starts_with(|c: char| c.is_ascii_digit() || c == '#')
            }
            Some(_) => !is_alnum_at(self.text, end + 1),
            None => false,
        }
    }

    /// A number starting at `start` whose digits start at `digits`.
    fn number(&mut self, start: usize, digits: usize) -> Token {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut end = self.core(digits);
        let mut kind = TokenKind::Number;
        while let Some(&b) = bytes.get(end) {
            let next_digit = bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
            match b {
                b'.' | b':' | b'/' if next_digit => end = self.core(end + 1),
                b',' if next_digit && three_digits(bytes, end + 1) => end = self.core(end + 1),
                b'%' => {
                    end += 1;
                    break;
                }
                b'-' if is_alnum_at(text, end + 1) => {
                    if !bytes[end + 1].is_ascii_digit() {
                        kind = TokenKind::Word;
                    }
                    end = self.core(end + 1);
                }
                _ => break,
            }
        }
        token(start, end, kind)
    }

    fn ascii_mark(&mut self, i: usize, b: u8) -> Token {
        let bytes = self.text.as_bytes();
        match b {
            b'.' | b'!' | b'?' => {
                let mut end = i + 1;
                while end < bytes.len() && matches!(bytes[end], b'.' | b'!' | b'?') {
                    end += 1;
                }
                token(i, end, TokenKind::Punct)
            }
            b'-' => {
                let mut end = i + 1;
                while end < bytes.len() && bytes[end] == b'-' {
                    end += 1;
                }
                token(i, end, TokenKind::Punct)
            }
            b'\'' => {
                let opening = char_before(self.text, i).is_none_or(|c| is_space(c) || is_opener(c))
                    && is_alnum_at(self.text, i + 1);
                self.single_open = opening;
                token(i, i + 1, TokenKind::Punct)
            }
            b'"' | b'(' | b')' | b'[' | b']' | b'{' | b'}' | b',' | b';' | b':' | b'/' => {
                token(i, i + 1, TokenKind::Punct)
            }
            _ => token(i, i + 1, TokenKind::Symbol),
        }
    }

    fn unicode_mark(&mut self, i: usize, c: char) -> Token {
        let end = i + c.len_utf8();
        match c {
            '‘' => self.single_open = true,
            '’' => self.single_open = false,
            _ => {}
        }
        let kind = if is_unicode_punct(c) {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        token(i, end, kind)
    }
}

fn three_digits(bytes: &[u8], i: usize) -> bool {
    bytes.len() >= i + 3
        && bytes[i..i + 3].iter().all(u8::is_ascii_digit)
        && !bytes.get(i + 3).is_some_and(u8::is_ascii_digit)
}

/// End of a URL whose body starts at `i`: printable ASCII other than quotes and angle
/// brackets, and letters or digits beyond ASCII, less trailing punctuation.
fn url_end(text: &str, i: usize) -> usize {
    let rest = &text[i..];
    let stop = rest
        .find(|c: char| {
            if c.is_ascii() {
                !c.is_ascii_graphic() || matches!(c, '"' | '<' | '>')
            } else {
                !c.is_alphanumeric()
            }
        })
        .unwrap_or(rest.len());
    let body = &rest[..stop];
    let body = body.trim_end_matches(|c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '"' | '\'' | '”' | '’' | '»'
        )
    });
    i + body.len()
}

/// Pronouns and adverbs whose `’s` is "is" or "has", not a possessive.
fn is_contraction(stem: &str) -> bool {
    const WORDS: [&str; 18] = [
        "it",
        "that",
        "here",
        "there",
        "he",
        "she",
        "what",
        "who",
        "where",
        "when",
        "why",
        "how",
        "let",
        "everyone",
        "everybody",
        "nobody",
        "someone",
        "somebody",
    ];
    stem.len() <= 9 && WORDS.iter().any(|w| w.eq_ignore_ascii_case(stem))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The unrolled run agrees with a plain byte loop at every start, near and far from the end,
    /// and reports the byte it stopped at (a space at the end).
    #[test]
    fn ascii_run_matches_byte_loop() {
        let texts = [
            "",
            "a",
            "abcdefgh",
            "abcdefghi jk",
            "Café_2024-x",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz0123456789",
            "x\u{7f}y@z[a`b{c/d:e",
            "über größe naïve 谷歌 🚀ok",
            "word\nword\tword\u{a0}word",
        ];
        for text in texts {
            let bytes = text.as_bytes();
            for start in 0..=bytes.len() {
                let slow = start
                    + bytes[start..]
                        .iter()
                        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_')
                        .count();
                let next = bytes.get(slow).copied().unwrap_or(b' ');
                let seen = bytes[start..slow]
                    .iter()
                    .fold(0, |a, &b| a | FLAGS[b as usize] & shape::CHAR_BITS);
                assert_eq!(
                    ascii_run(bytes, start),
                    (slow, next, seen),
                    "{text:?} at {start}"
                );
            }
        }
    }

    /// The chunked run agrees with a byte loop for every byte value in every position of the
    /// first two chunks, from every start.
    #[test]
    fn ascii_run_matches_byte_loop_for_every_byte() {
        let slow = |bytes: &[u8], start: usize| {
            let end = start
                + bytes[start..]
                    .iter()
                    .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_')
                    .count();
            let seen = bytes[start..end]
                .iter()
                .fold(0, |a, &b| a | FLAGS[b as usize] & shape::CHAR_BITS);
            (end, bytes.get(end).copied().unwrap_or(b' '), seen)
        };
        for v in 0..=255u8 {
            for pos in 0..18 {
                let mut b = *b"aZ3bY4cX9dW_e5fV6gU7hT8";
                b[pos] = v;
                for start in [0, 1, 5, 9] {
                    assert_eq!(ascii_run(&b, start), slow(&b, start), "byte {v} at {pos}");
                }
            }
        }
    }

    /// The shapes the fast path gathers while measuring a word equal [`Shape::of`] the token,
    /// on every kind of token; marks have none.
    #[test]
    fn shapes_match_the_text() {
        let text = "OpenAI's xAI hired IBM_staff and co-founder Jean-Luc, O'Neil; U.S. GPT4o \
                    o1 $1.2bn 3.5% 1990s 40-year-old Zürich ÉCOLE naïve 谷歌 x_y A_B _ab \
                    http://a.com/x?y=1 — “Why?!” he said... ok. Abcdefghijklmnop ABCDEFGHIJKLMNOPQ \
                    abcdefghijkl9 Q3 3Q Mr. Smith's analysts' 2,000 AT&T b&q end";
        let mut out = Vec::new();
        tokenize_into(text, 0, text.len(), &mut out);
        assert!(out.len() > 40);
        for t in &out {
            let want = match t.kind {
                TokenKind::Word | TokenKind::Number => Shape::of(t.text(text)),
                _ => Shape::default(),
            };
            assert_eq!(t.shape, want, "{:?}", t.text(text));
        }
        let shape = |w: &str| out.iter().find(|t| t.text(text) == w).unwrap().shape;
        assert!(shape("IBM_staff").is_capitalised() && !shape("IBM_staff").is_ascii_alnum());
        assert!(shape("GPT4o").is_ascii_alnum() && shape("GPT4o").has_inner_digit());
        assert!(shape("hired").is_lower() && shape("hired").is_ascii_alnum());
    }

    #[test]
    fn byte_classes() {
        for b in 0..=255u8 {
            let class = BYTE_CLASS[b as usize];
            assert_eq!(
                STARTS_WORD[b as usize],
                b.is_ascii_alphabetic() || b == b'_'
            );
            assert_eq!(class == HIGH, b >= 0x80);
            assert_eq!(
                ENDS_WORD[b as usize],
                b < 0x80 && !CONNECTOR_BYTE[b as usize]
            );
            let flags = FLAGS[b as usize];
            assert_eq!(flags & F_WORD != 0, WORD_BYTE[b as usize]);
            assert_eq!(flags & F_STARTS_WORD != 0, STARTS_WORD[b as usize]);
            assert_eq!(flags & F_ENDS_WORD != 0, ENDS_WORD[b as usize]);
        }
    }
}
