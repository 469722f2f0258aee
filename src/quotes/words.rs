//! A small lexer for the short windows around a quotation (the attribution clause).
//!
//! The quote stage reads at most a few hundred bytes around each quotation, so it lexes those
//! windows itself: words (letters and digits, with inner apostrophes, hyphens and dots), a
//! possessive ending split off, and every other visible character as one punctuation item.

use crate::segment::chars::ascii_alnum_end;

/// One item of a window: a word or a punctuation character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    /// First byte.
    pub start: usize,
    /// One past the last byte, possessive ending excluded.
    pub end: usize,
    /// The punctuation character, `None` for a word.
    pub punct: Option<char>,
    /// The word ended in `'s`/`’s` (or a bare `s'`), which `end` leaves out.
    pub possessive: bool,
}

impl Word {
    /// True when this is the punctuation character `c`.
    #[inline]
    pub fn is(&self, c: char) -> bool {
        self.punct == Some(c)
    }

    /// True for a word (not punctuation).
    #[inline]
    pub fn is_word(&self) -> bool {
        self.punct.is_none()
    }

    /// The word's text.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when the word starts with an upper-case letter.
    #[inline]
    pub fn capitalised(&self, text: &str) -> bool {
        self.is_word()
            && self
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }
}

/// Sentence-final punctuation.
pub(crate) fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?')
}

/// Abbreviations whose dot does not end a sentence.
fn is_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "St"
            | "Jr"
            | "Sr"
            | "Inc"
            | "Corp"
            | "Ltd"
            | "Co"
            | "Gen"
            | "Gov"
            | "Sen"
            | "Rep"
            | "Lt"
            | "Col"
            | "Sgt"
            | "Capt"
            | "Rev"
            | "No"
            | "vs"
            | "etc"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    ) || (word.contains('.')
        && word
            .split('.')
            .all(|p| p.len() <= 2 && p.chars().all(char::is_alphabetic)))
        || (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()))
}

fn is_inner_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&')
}

/// The character at byte `i` (a char boundary) and its length, with an ASCII fast path.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (c, c.len_utf8())
    }
}

/// Classes of bytes for [`lex`]: an ASCII byte that `char::is_whitespace` accepts, an ASCII
/// letter or digit, any other ASCII byte (a punctuation item), and the bytes of multi-byte
/// characters (decoded and tested with the Unicode rules).
const SPACE: u8 = 0;
const ALNUM: u8 = 1;
const PUNCT: u8 = 2;
const HIGH: u8 = 3;

/// The [`lex`] class of every byte.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [HIGH; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c == b' ' || (c >= 0x09 && c <= 0x0D) {
            SPACE
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else {
            PUNCT
        };
        b += 1;
    }
    t
};

/// True when the character at byte `i` (a char boundary) is a letter or digit.
#[inline]
fn alnum_at(text: &str, i: usize) -> bool {
    match BYTE_CLASS[text.as_bytes()[i] as usize] {
        ALNUM => true,
        HIGH => char_at(text, i).0.is_alphanumeric(),
        _ => false,
    }
}

/// Lexes `text[from..to]` into `out` (cleared first): at most `max_items` items, stopping
/// after the first sentence end when `one_sentence` is set. `from`/`to` must be char
/// boundaries.
///
/// Returns the index of the first item after the last sentence end in `out` (0 when none):
/// [`after_last_sentence_end`] of `out`, found while lexing (only a `.`, `!` or `?` item is
/// tested). With `one_sentence`, a non-zero answer `k` means the lexer stopped at the sentence
/// end `out[k - 1]`, the only one in `out`.
///
/// ASCII bytes are classed with one table lookup ([`BYTE_CLASS`]); other characters are
/// decoded and tested as `char`s. The items are those of the plain character loop
/// (`lex_chars` in the tests, which check the two agree).
pub(crate) fn lex(
    text: &str,
    from: usize,
    to: usize,
    one_sentence: bool,
    max_items: usize,
    out: &mut Vec<Word>,
) -> usize {
    out.clear();
    if !window_ok(text, from, to) {
        return 0;
    }
    let bytes = text.as_bytes();
    let mut i = from;
    let mut cut = 0;
    while i < to && out.len() < max_items {
        let b = bytes[i];
        let start = i;
        match BYTE_CLASS[b as usize] {
            SPACE => {
                i += 1;
                continue;
            }
            ALNUM => i += 1,
            PUNCT => {
                i += 1;
                if push_punct(text, out, start, i, b as char) {
                    cut = out.len();
                    if one_sentence {
                        return cut;
                    }
                }
                // The space after a comma or full stop, as after a word.
                if i < to && bytes[i] == b' ' {
                    i += 1;
                }
                continue;
            }
            _ => {
                let (c, n) = char_at(text, i);
                i += n;
                if c.is_whitespace() {
                    continue;
                }
                if !c.is_alphanumeric() {
                    if push_punct(text, out, start, i, c) {
                        cut = out.len();
                        if one_sentence {
                            return cut;
                        }
                    }
                    continue;
                }
            }
        }
        // A word: letters and digits, across an inner joiner followed by one. Only a word
        // that crossed an apostrophe can end in a possessive.
        let mut apostrophe = false;
        while i < to {
            let b = bytes[i];
            match BYTE_CLASS[b as usize] {
                ALNUM => i = ascii_alnum_end(bytes, i + 1, to),
                PUNCT => {
                    if matches!(b, b'\'' | b'-' | b'.' | b'&')
                        && i + 1 < to
                        && alnum_at(text, i + 1)
                    {
                        apostrophe |= b == b'\'';
                        i += 1;
                    } else {
                        break;
                    }
                }
                SPACE => break,
                _ => {
                    let (d, m) = char_at(text, i);
                    if d.is_alphanumeric() {
                        i += m;
                    } else if is_inner_joiner(d) && i + m < to && alnum_at(text, i + m) {
                        apostrophe |= d == '’';
                        i += m;
                    } else {
                        break;
                    }
                }
            }
        }
        out.push(word(text, start, i, apostrophe));
        // The space after a word, the usual case, without another turn of the loop (white
        // space makes no item).
        if i < to && bytes[i] == b' ' {
            i += 1;
        }
    }
    cut
}

/// True when `from..to` is a window of `text` on character boundaries.
fn window_ok(text: &str, from: usize, to: usize) -> bool {
    from <= to && to <= text.len() && text.is_char_boundary(from) && text.is_char_boundary(to)
}

/// `s.split_whitespace().take(max).count()`: the words of ASCII text are counted from its
/// bytes ([`BYTE_CLASS`] has white space as `char::is_whitespace` does); other text, from the
/// first byte outside ASCII, is split as `str` does.
pub(crate) fn count_words(s: &str, max: usize) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for &b in s.as_bytes() {
        match BYTE_CLASS[b as usize] {
            SPACE => in_word = false,
            HIGH => return s.split_whitespace().take(max).count(),
            _ => {
                if !in_word {
                    if n == max {
                        return n;
                    }
                    n += 1;
                    in_word = true;
                }
            }
        }
    }
    n
}

/// Pushes the punctuation item `c` at `start..end`; true when it ends a sentence
/// ([`is_sentence_end`]).
#[inline]
fn push_punct(text: &str, out: &mut Vec<Word>, start: usize, end: usize, c: char) -> bool {
    out.push(Word {
        start,
        end,
        punct: Some(c),
        possessive: false,
    });
    is_terminator(c) && is_sentence_end(text, out, out.len() - 1)
}

/// The word `text[start..end]`, a possessive ending split off (only possible when the word
/// holds an apostrophe).
#[inline]
fn word(text: &str, start: usize, end: usize, apostrophe: bool) -> Word {
    let mut w = Word {
        start,
        end,
        punct: None,
        possessive: false,
    };
    if apostrophe {
        let word = &text[start..end];
        for suffix in ["'s", "’s"] {
            if word.len() > suffix.len() && word.ends_with(suffix) {
                w.end -= suffix.len();
                w.possessive = true;
            }
        }
    }
    w
}

/// Where the sentence holding byte `pos` starts, looking back no further than `lo`: the byte
/// after the last `.`, `!` or `?` that is followed by white space and does not end an
/// abbreviation ("Mr.").
pub(crate) fn sentence_start(text: &str, lo: usize, pos: usize) -> usize {
    let b = text.as_bytes();
    let mut i = pos;
    while i > lo {
        // The last `.`, `!` or `?` before `i`.
        match memchr::memrchr3(b'.', b'!', b'?', &b[lo..i]) {
            Some(k) => i = lo + k,
            None => return lo,
        }
        if b.get(i + 1).is_some_and(u8::is_ascii_whitespace) {
            if b[i] == b'.' {
                let w0 = text[lo..i]
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| !c.is_alphanumeric() && c != '.')
                    .map_or(lo, |(k, c)| lo + k + c.len_utf8());
                if w0 < i && is_abbreviation(&text[w0..i]) {
                    continue;
                }
            }
            return i + 1;
        }
    }
    lo
}

/// Index of the first word after the last sentence end in `words` (0 when none): what
/// [`lex`] returns, found from the items.
#[cfg(test)]
pub(crate) fn after_last_sentence_end(text: &str, words: &[Word]) -> usize {
    for k in (0..words.len()).rev() {
        if is_sentence_end(text, words, k) {
            return k + 1;
        }
    }
    0
}

/// Index of the first sentence end in `words` (`words.len()` when none).
#[cfg(test)]
pub(crate) fn first_sentence_end(text: &str, words: &[Word]) -> usize {
    (0..words.len())
        .find(|&k| is_sentence_end(text, words, k))
        .unwrap_or(words.len())
}

fn is_sentence_end(text: &str, words: &[Word], k: usize) -> bool {
    let Some(c) = words[k].punct else {
        return false;
    };
    if !is_terminator(c) {
        return false;
    }
    if c == '.' && k > 0 && words[k - 1].is_word() && words[k - 1].end == words[k].start {
        return !is_abbreviation(words[k - 1].text(text));
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain character loop that [`lex`] must agree with (the lexer before its byte
    /// table): every character decoded and tested with the `char` methods.
    fn lex_chars(
        text: &str,
        from: usize,
        to: usize,
        one_sentence: bool,
        max_items: usize,
        out: &mut Vec<Word>,
    ) {
        out.clear();
        if !window_ok(text, from, to) {
            return;
        }
        let mut i = from;
        while i < to && out.len() < max_items {
            let (c, n) = char_at(text, i);
            if c.is_whitespace() {
                i += n;
                continue;
            }
            let start = i;
            i += n;
            if !c.is_alphanumeric() {
                out.push(Word {
                    start,
                    end: i,
                    punct: Some(c),
                    possessive: false,
                });
                if one_sentence && is_terminator(c) && is_sentence_end(text, out, out.len() - 1) {
                    return;
                }
                continue;
            }
            let mut end = i;
            while i < to {
                // ASCII letters and digits, the bulk of a word, without decoding.
                if text.as_bytes()[i].is_ascii_alphanumeric() {
                    i += 1;
                    end = i;
                    continue;
                }
                let (d, m) = char_at(text, i);
                if d.is_alphanumeric() {
                    i += m;
                    end = i;
                } else if is_inner_joiner(d)
                    && i + m < to
                    && char_at(text, i + m).0.is_alphanumeric()
                {
                    i += m;
                } else {
                    break;
                }
            }
            let word = &text[start..end];
            let mut w = Word {
                start,
                end,
                punct: None,
                possessive: false,
            };
            for suffix in ["'s", "’s"] {
                if word.len() > suffix.len() && word.ends_with(suffix) {
                    w.end -= suffix.len();
                    w.possessive = true;
                }
            }
            out.push(w);
        }
    }

    #[test]
    fn lexes_words_possessives_and_punctuation() {
        let t = "Meta’s U.S. chief, Mr. O'Brien, said: don't.";
        let mut w = Vec::new();
        lex(t, 0, t.len(), false, usize::MAX, &mut w);
        let texts: Vec<&str> = w.iter().map(|x| x.text(t)).collect();
        assert_eq!(
            texts,
            [
                "Meta", "U.S", ".", "chief", ",", "Mr", ".", "O'Brien", ",", "said", ":", "don't",
                "."
            ]
        );
        assert!(w[0].possessive);
        assert_eq!(after_last_sentence_end(t, &w[..12]), 0);
        assert_eq!(first_sentence_end(t, &w), 12);
        assert_eq!(sentence_start(t, 0, t.len()), 0);
        let t = "It cost £2.1bn. Then";
        assert_eq!(&t[sentence_start(t, 0, t.len())..], " Then");
        let t = "He left. Mr. Lee said so. Then";
        assert_eq!(&t[sentence_start(t, 0, t.len())..], " Then");
        assert_eq!(&t[sentence_start(t, 0, 20)..20], " Mr. Lee sai");
        lex(t, 0, t.len(), true, usize::MAX, &mut w);
        assert_eq!(w.last().map(|x| x.start), Some(7));
    }

    /// Every window of `t` (char boundaries), lexed both ways, in both modes and with a few
    /// item limits.
    fn assert_lexers_agree(t: &str) {
        let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
        let (mut fast, mut slow) = (Vec::new(), Vec::new());
        for &from in &bounds {
            for &to in bounds.iter().filter(|&&to| to >= from) {
                for one_sentence in [false, true] {
                    for max_items in [0, 1, 3, usize::MAX] {
                        let cut = lex(t, from, to, one_sentence, max_items, &mut fast);
                        lex_chars(t, from, to, one_sentence, max_items, &mut slow);
                        assert_eq!(fast, slow, "{t:?} {from}..{to} {one_sentence} {max_items}");
                        assert_eq!(cut, after_last_sentence_end(t, &fast), "{t:?} {from}..{to}");
                        if one_sentence {
                            // The sentence end the lexer stopped at is the first one.
                            let first = first_sentence_end(t, &fast);
                            assert_eq!(cut.checked_sub(1).unwrap_or(fast.len()), first);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn byte_table_lexer_agrees_with_the_character_loop() {
        for t in [
            "Meta’s U.S. chief, Mr. O'Brien, said: don't.",
            "the workers' union's plan - R&D, AT&T & co. rock ’n’ roll ’90s",
            "Café Zoë naïve; São Paulo—Łódź… «Oui» „ja“ 東京 said.",
            "tab\there\x0bvt\x0cff\r\n nbsp\u{a0}zero\u{200b}width e\u{301}x",
            "It's 3.5% of $1.2bn; ’s 's s' a.b. x-'y ’’ -- ... !? 1,000",
            "’Tis Jo’s co-founder’s e-mail: jo@acme.com_x. Dr. No. 7. End",
            "",
            "'s",
            "a’s",
        ] {
            assert_lexers_agree(t);
        }
    }

    proptest::proptest! {
        #[test]
        fn byte_table_lexer_agrees_on_any_text(
            t in "[a-zA-Z09 '’.&\\-,:!?\"“”\t\n\u{b}\u{a0}\u{200b}\u{301}éÉ東s]{0,14}"
        ) {
            assert_lexers_agree(&t);
        }
    }
}
