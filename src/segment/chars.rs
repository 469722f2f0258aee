//! Character classes shared by the splitter and the tokenizer.

/// The character starting at byte `i` (`None` at the end or off a char boundary).
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The character ending at byte `i`.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// One in every byte of a `u64`, and 0x80 in every byte: for testing eight bytes at once.
pub(crate) const LOW_BITS: u64 = 0x0101_0101_0101_0101;
pub(crate) const HIGH_BITS: u64 = LOW_BITS * 0x80;

/// 0x80 in each byte of `x7` (eight bytes, each below 0x80) that lies in `lo..=hi`, 0
/// elsewhere.
#[inline(always)]
pub(crate) fn bytes_in(x7: u64, lo: u8, hi: u8) -> u64 {
    let ge_lo = x7 + LOW_BITS * u64::from(0x80 - lo);
    let gt_hi = x7 + LOW_BITS * u64::from(0x7f - hi);
    ge_lo & !gt_hi & HIGH_BITS
}

/// End of the run of ASCII letters and digits at `i`, at most `to` (`to` within `bytes`):
/// eight bytes at a time while they fit, so that the end of a word costs no branch per byte.
#[inline]
pub(crate) fn ascii_alnum_end(bytes: &[u8], mut i: usize, to: usize) -> usize {
    while i + 8 <= to {
        let Some(chunk) = bytes
            .get(i..i + 8)
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
        else {
            break;
        };
        let x = u64::from_le_bytes(chunk);
        let x7 = x & !HIGH_BITS;
        let alnum =
            (bytes_in(x7, b'A', b'Z') | bytes_in(x7, b'a', b'z') | bytes_in(x7, b'0', b'9')) & !x;
        let stop = !alnum & HIGH_BITS;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < to && bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        i += 1;
    }
    i
}

/// White space, including no-break spaces, the BOM and zero-width spaces.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

/// White space that does not end a line.
#[inline]
pub(crate) fn is_inline_space(c: char) -> bool {
    is_space(c) && !matches!(c, '\n' | '\u{2029}' | '\u{85}')
}

/// Marks that may follow a sentence's final punctuation and still belong to it.
#[inline]
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '»'
            | '›'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '）'
            | '》'
            | '〉'
            | '】'
    )
}

/// Quotation marks among the closers.
#[inline]
pub(crate) fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | '“' | '‘' | '«' | '‹'
    )
}

/// Marks that may open a sentence before its first word.
#[inline]
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '„'
            | '«'
            | '‹'
            | '('
            | '['
            | '{'
            | '「'
            | '『'
            | '（'
            | '《'
            | '〈'
            | '【'
            | '¿'
            | '¡'
    )
}

/// Punctuation that is not an ASCII character: quotation marks, dashes, the ellipsis, CJK marks.
#[inline]
pub(crate) fn is_unicode_punct(c: char) -> bool {
    is_opener(c)
        || is_closer(c)
        || matches!(
            c,
            '…' | '–'
                | '—'
                | '‒'
                | '―'
                | '‐'
                | '‑'
                | '·'
                | '•'
                | '‹'
                | '‚'
                | '。'
                | '、'
                | '，'
                | '：'
                | '；'
                | '！'
                | '？'
                | '．'
                | '〜'
                | '・'
        )
}

/// Currency signs that may open a number ("$1.2", "£600m").
#[inline]
pub(crate) fn is_currency(c: char) -> bool {
    matches!(c, '$' | '£' | '€' | '¥' | '₹' | '₩' | '₽' | '₺' | '₿' | '¢')
}

/// Line-start list markers: "-", "*", "•", "–", "—", "·", "▪", "►".
#[inline]
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(c, '-' | '*' | '•' | '–' | '—' | '·' | '▪' | '►' | '◦' | '‣')
}

/// Number of characters in `s` (counts UTF-8 lead bytes).
#[inline]
pub(crate) fn char_len(s: &str) -> usize {
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

/// Byte index of the first non-space character at or after `i` (or `text.len()`).
pub(crate) fn skip_space(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if !b.is_ascii_whitespace() && b != 0x0B {
                return i;
            }
            i += 1;
        } else {
            match char_at(text, i) {
                Some(c) if is_space(c) => i += c.len_utf8(),
                _ => return i,
            }
        }
    }
    i
}

/// `span` without leading and trailing white space.
pub(crate) fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let left = s.trim_start_matches(is_space);
    let start = end - left.len();
    let right = left.trim_end_matches(is_space);
    (start, start + right.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chunked run end agrees with a byte loop for every byte value in every position,
    /// from every start and up to every bound.
    #[test]
    fn ascii_alnum_end_matches_byte_loop() {
        let slow = |b: &[u8], i: usize, to: usize| {
            let mut k = i;
            while k < to && b[k].is_ascii_alphanumeric() {
                k += 1;
            }
            k
        };
        for v in 0..=255u8 {
            for pos in 0..20 {
                let mut b = *b"aZ3bY4cX9dWe5fV6gU7hT8";
                b[pos] = v;
                for i in [0, 1, 3, 8, 9] {
                    for to in i..=b.len() {
                        assert_eq!(
                            ascii_alnum_end(&b, i, to),
                            slow(&b, i, to),
                            "{v} {pos} {i} {to}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn trims_unicode_space() {
        let t = "\u{a0} Hi \u{feff}\n";
        let (s, e) = trim(t, 0, t.len());
        assert_eq!(&t[s..e], "Hi");
        assert_eq!(char_len("Meta’s"), 6);
        assert_eq!(skip_space(t, 0), t.find('H').unwrap());
    }
}
