//! A small lexer for the short windows around a quotation (the attribution clause).
//!
//! The quote stage reads at most a few hundred bytes around each quotation, so it lexes those
//! windows itself: words (letters and digits, with inner apostrophes, hyphens and dots), a
//! possessive ending split off, and every other visible character as one punctuation item.

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
    pub fn is(&self, c: char) -> bool {
        self.punct == Some(c)
    }

    /// True for a word (not punctuation).
    pub fn is_word(&self) -> bool {
        self.punct.is_none()
    }

    /// The word's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when the word starts with an upper-case letter.
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

/// Lexes `text[from..to]` into `out` (cleared first): at most `max_items` items, stopping
/// after the first sentence end when `one_sentence` is set. `from`/`to` must be char
/// boundaries.
pub(crate) fn lex(
    text: &str,
    from: usize,
    to: usize,
    one_sentence: bool,
    max_items: usize,
    out: &mut Vec<Word>,
) {
    out.clear();
    if from > to || to > text.len() || !text.is_char_boundary(from) || !text.is_char_boundary(to) {
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
            } else if is_inner_joiner(d) && i + m < to && char_at(text, i + m).0.is_alphanumeric() {
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

/// Index of the first word after the last sentence end in `words` (0 when none).
pub(crate) fn after_last_sentence_end(text: &str, words: &[Word]) -> usize {
    for k in (0..words.len()).rev() {
        if is_sentence_end(text, words, k) {
            return k + 1;
        }
    }
    0
}

/// Index of the first sentence end in `words` (`words.len()` when none).
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
}
