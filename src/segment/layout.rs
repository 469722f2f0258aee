//! Line breaks: when a single newline ends a sentence.
//!
//! A blank line always ends a sentence (the splitter handles that itself). A single newline
//! ends one only when the line before it was ended on purpose:
//!
//! - the next line starts a list item ("- ", "* ", "• ", "1. ", "2) ");
//! - or the line before has no final punctuation, does not end in a joining mark (`,` `;` `:`
//!   a dash, an opening bracket) or a joining word ("the", "of", "and"), the next line does not start in lower case, and either
//!   - the line before is itself a list item,
//!   - the first word of the next line would have fitted on the line before at the width of the
//!     paragraph's longest line (so the break was not made by wrapping: headings, bylines,
//!     datelines, a title line followed by body text),
//!   - or every line of the paragraph is short (under 40 characters), as in a byline block.
//!
//! Lines whose final punctuation is `.`, `!`, `?` are left to the punctuation rules.

use memchr::{memchr, memrchr};

use super::chars::{char_len, is_bullet, is_closer, is_opener, is_space};

/// Lines shorter than this, in a paragraph of such lines, are sentences of their own.
const SHORT_PARAGRAPH: usize = 40;

/// Lower-case words a heading does not end with but a wrapped line often does.
const JOINING_WORDS: [&str; 22] = [
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
    "but", "that", "which", "who", "as", "is", "was", "said",
];

/// The paragraph (run of non-blank lines) last measured: `lo..hi` and its widest line.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Paragraph {
    lo: usize,
    hi: usize,
    width: usize,
}

/// True when the single newline at byte `nl` ends a sentence. `cache` keeps the measure of
/// the current paragraph so that each paragraph is measured once.
pub(crate) fn newline_ends_sentence(text: &str, nl: usize, cache: &mut Option<Paragraph>) -> bool {
    let bytes = text.as_bytes();
    let line_start = memrchr(b'\n', &bytes[..nl]).map_or(0, |p| p + 1);
    let line = text[line_start..nl].trim_matches(is_space);
    let Some(last) = line.chars().next_back() else {
        return false;
    };
    if ends_with_terminator(line) {
        return false;
    }
    let next_end = memchr(b'\n', &bytes[nl + 1..]).map_or(text.len(), |p| nl + 1 + p);
    let next = text[nl + 1..next_end].trim_matches(is_space);
    if next.is_empty() {
        return false;
    }
    if starts_list_item(next) {
        return true;
    }
    if matches!(last, ',' | ';' | ':' | '-' | '–' | '—' | '/' | '&' | '+') || is_opener(last) {
        return false;
    }
    let last_word = line.rsplit(is_space).next().unwrap_or("");
    if JOINING_WORDS.contains(&last_word) {
        return false;
    }
    let first = next.trim_start_matches(is_opener);
    let mut chars = first.chars();
    if let Some(c) = chars.next() {
        let camel = chars.next().is_some_and(char::is_uppercase);
        if c.is_lowercase() && !camel {
            return false;
        }
    }
    if starts_list_item(line) {
        return true;
    }
    let width = paragraph_width(text, nl, cache);
    let first_word = next.split(is_space).next().unwrap_or("");
    char_len(line) + 1 + char_len(first_word) <= width || width < SHORT_PARAGRAPH
}

/// True when `line` ends in `.`, `!`, `?`, an ellipsis or a CJK stop, possibly followed by
/// closing quotes or brackets.
fn ends_with_terminator(line: &str) -> bool {
    let core = line.trim_end_matches(is_closer);
    core.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// "- item", "* item", "• item", "1. item", "12) item".
pub(crate) fn starts_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some(c) if is_bullet(c) => chars.next().is_some_and(is_space),
        Some(c) if c.is_ascii_digit() => {
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            let rest = &line.as_bytes()[digits..];
            digits <= 3
                && rest.len() >= 2
                && matches!(rest[0], b'.' | b')')
                && rest[1].is_ascii_whitespace()
        }
        _ => false,
    }
}

/// Width in characters of the longest line of the paragraph around byte `nl`.
fn paragraph_width(text: &str, nl: usize, cache: &mut Option<Paragraph>) -> usize {
    if let Some(p) = cache {
        if p.lo <= nl && nl < p.hi {
            return p.width;
        }
    }
    let bytes = text.as_bytes();
    let blank = |s: &str| s.trim_matches(is_space).is_empty();
    let mut width = 0;
    // Backwards over the lines ending at or before `nl`.
    let mut end = nl;
    let lo = loop {
        let start = memrchr(b'\n', &bytes[..end]).map_or(0, |p| p + 1);
        let line = &text[start..end];
        if blank(line) {
            break end;
        }
        width = width.max(char_len(line.trim_matches(is_space)));
        if start == 0 {
            break 0;
        }
        end = start - 1;
    };
    // Forwards over the lines after `nl`.
    let mut start = nl + 1;
    let hi = loop {
        let end = memchr(b'\n', &bytes[start..]).map_or(text.len(), |p| start + p);
        let line = &text[start..end];
        if blank(line) {
            break start;
        }
        width = width.max(char_len(line.trim_matches(is_space)));
        if end == text.len() {
            break text.len();
        }
        start = end + 1;
    };
    *cache = Some(Paragraph { lo, hi, width });
    width
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ends(text: &str) -> bool {
        let nl = text.find('\n').unwrap();
        newline_ends_sentence(text, nl, &mut None)
    }

    #[test]
    fn list_items() {
        assert!(starts_list_item("- Meta"));
        assert!(starts_list_item("12) Meta"));
        assert!(starts_list_item("3. Meta"));
        assert!(!starts_list_item("3.5% rise"));
        assert!(!starts_list_item("-5 degrees"));
        assert!(!starts_list_item("2024 was"));
    }

    #[test]
    fn heading_before_body() {
        assert!(ends(
            "Google’s ‘employee drain’\nThe Information reported earlier this year that a researcher resigned."
        ));
        assert!(!ends(
            "The Information reported earlier this year that a top researcher\nresigned after he warned executives about the training data."
        ));
        assert!(!ends(
            "The Information reported earlier this year that top researcher Jacob\nDevlin resigned after warning executives about the data used."
        ));
        assert!(!ends("The chief executive said:\nThe company will grow."));
    }
}
