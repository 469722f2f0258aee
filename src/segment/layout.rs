//! Line breaks: when a single newline ends a sentence.
//!
//! A blank line always ends a sentence (the splitter handles that itself). A single newline
//! ends one only when the line before it was ended on purpose:
//!
//! - the next line starts a list item ("- ", "* ", "• ", "1. ", "2) ") and the line before
//!   is an item itself or ends in `:` (a wrapped line may start with "- " mid-sentence);
//! - or the line before has no final punctuation, does not end in a joining mark (`,` `;` `:`
//!   a dash, an opening bracket) or a joining word ("the", "of", "and"), the next line does
//!   not start in lower case, and either
//!   - the first word of the next line would have fitted on the line before at the width of the
//!     paragraph's longest line (so the break was not made by wrapping: headings, bylines,
//!     datelines, a title line followed by body text),
//!   - every line of the paragraph is short (under 40 characters), as in a byline block,
//!   - or the paragraph has two lines and the first is under 50 characters (a heading over a
//!     short paragraph: "Why researchers left\nThey wanted more compute.").
//!
//! Lines whose final punctuation is `.`, `!`, `?` are left to the punctuation rules.

use memchr::{memchr, memrchr};

use super::chars::{char_len, is_bullet, is_closer, is_opener, is_space};

/// Lines shorter than this, in a paragraph of such lines, are sentences of their own.
const SHORT_PARAGRAPH: usize = 40;

/// A line shorter than this over a single other line is a heading over a one-line paragraph:
/// text wrapped that narrow is rare in news.
const SHORT_HEADING: usize = 50;

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
    lines: usize,
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
    if starts_list_item(next) && introduces_list(line) {
        return true;
    }
    if matches!(last, ',' | ';' | ':' | '-' | '–' | '—' | '/' | '&' | '+') || opens(line) {
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
    let para = measure_paragraph(text, nl, cache);
    let first_word = next.split(is_space).next().unwrap_or("");
    let line_len = char_len(line);
    line_len + 1 + char_len(first_word) <= para.width
        || para.width < SHORT_PARAGRAPH
        || para.lines == 2 && line_len < SHORT_HEADING
}

/// True when `line` ends in an opening mark: `“`, `(`, or a straight quote after a space.
fn opens(line: &str) -> bool {
    let mut rev = line.chars().rev();
    match rev.next() {
        Some('"' | '\'') => rev.next().is_none_or(is_space),
        Some(c) => is_opener(c),
        None => false,
    }
}

/// True when `line` ends in `.`, `!`, `?`, an ellipsis or a CJK stop, possibly followed by
/// closing quotes or brackets.
fn ends_with_terminator(line: &str) -> bool {
    let core = line.trim_end_matches(is_closer);
    core.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// True when a list item may follow `line` (trimmed): a blank line, an item, a line ending in
/// `:` or in final punctuation. In hard-wrapped text a line may start with "- " or "57. "
/// in mid-sentence; only after such a line is that a list item.
pub(crate) fn introduces_list(line: &str) -> bool {
    line.is_empty() || line.ends_with(':') || ends_with_terminator(line) || starts_list_item(line)
}

/// The line before the one starting at `line_start`, trimmed (empty at the start of the text).
pub(crate) fn previous_line(text: &str, line_start: usize) -> &str {
    if line_start == 0 {
        return "";
    }
    let end = line_start - 1;
    let start = memrchr(b'\n', &text.as_bytes()[..end]).map_or(0, |p| p + 1);
    text[start..end].trim_matches(is_space)
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

/// The paragraph around byte `nl`: its widest line (in characters) and number of lines.
fn measure_paragraph(text: &str, nl: usize, cache: &mut Option<Paragraph>) -> Paragraph {
    if let Some(p) = *cache {
        if p.lo <= nl && nl < p.hi {
            return p;
        }
    }
    let bytes = text.as_bytes();
    let blank = |s: &str| s.trim_matches(is_space).is_empty();
    let mut width = 0;
    let mut lines = 0;
    // Backwards over the lines ending at or before `nl`.
    let mut end = nl;
    let lo = loop {
        let start = memrchr(b'\n', &bytes[..end]).map_or(0, |p| p + 1);
        let line = &text[start..end];
        if blank(line) {
            break end;
        }
        width = width.max(char_len(line.trim_matches(is_space)));
        lines += 1;
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
        lines += 1;
        if end == text.len() {
            break text.len();
        }
        start = end + 1;
    };
    let para = Paragraph {
        lo,
        hi,
        width,
        lines,
    };
    *cache = Some(para);
    para
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
        assert!(ends("Key points:\n- Meta lost staff"));
        assert!(ends("- Meta lost staff\n- Google gained"));
        assert!(!ends(
            "A three-judge panel rejected the claim filed in 1999 by the administration\n- in a 2-1 decision - and the firm appealed against the ruling on Monday."
        ));
        assert!(ends(
            "Why researchers left Meta for Google this year\nThey wanted compute."
        ));
        assert!(!ends(
            "The company said on Tuesday that it would continue to invest heavily in open\nModels and research."
        ));
        assert!(ends(
            "Arsenal 'may seek full share listing'\nArsenal vice-chairman David Dein has said the club may list."
        ));
        assert!(!ends(
            "He called it \"\nAbsurd\" and left the room after the meeting ended."
        ));
    }
}
