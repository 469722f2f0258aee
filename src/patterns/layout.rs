//! Newswire layout that is not prose: ALL-CAPS and Title Case headlines, datelines, tickers.
//!
//! Capitalisation is no evidence in a headline, so words there are flagged and the rules
//! leave them to the names the body establishes. Dateline place names ("NEW YORK, March 3 -",
//! "SAN FRANCISCO (Reuters) -") and ticker markup ("(NASDAQ: META)", "`<IBM>`", "(AAPL.O)",
//! "$AAPL") are flagged [`SKIP`]; a ticker right after a name is evidence that the name is a
//! company.

use once_cell::sync::Lazy;
use regex::Regex;

use super::words::{HEAD_CAPS, HEAD_TITLE, SKIP, Word};

static TICKER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?x)^(?:
        \(\s*(?:NYSE(?:\s+American)?|NASDAQ|Nasdaq|AMEX|LSE|LON|TSX|TSXV|ASX|HKEX|HKG|TYO|TSE|
            BSE|NSE|SIX|FRA|ETR|XETRA|Euronext|EPA|OTC|OTCQX|OTCQB|KRX|SGX|BIT|BME|STO|CVE)
            \s*:\s*[A-Z0-9][A-Z0-9.\-]{0,9}
            (?:\s*[;,]\s*[A-Za-z ]{2,15}\s*:\s*[A-Z0-9][A-Z0-9.\-]{0,9})*\s*\)
        | <\s*[A-Z][A-Z0-9]{0,6}(?:\.[A-Z]{1,3})?\s*>
        | \([A-Z][A-Z0-9]{0,6}\.[A-Z]{1,3}\)
        | \$[A-Z]{1,5}\b)",
    )
    .expect("ticker regex")
});

static DATELINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^[ \t]*[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+){0,4}(?:,[ \t]*[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*)?)?(?:,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:-{1,2}|–|—)[ \t]",
    )
    .expect("dateline regex")
});

const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
    "the", "to", "vs", "with", "is", "are", "be", "its", "it", "up", "out", "over", "off",
];

/// Spans of ticker markup, in text order.
pub(crate) fn tickers(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    // Ticker markup opens with "(", "<" or "$" and an upper-case letter soon after: only
    // there is the regex tried, on a short window.
    for at in memchr::memchr3_iter(b'(', b'<', b'$', bytes) {
        if at < from {
            continue;
        }
        let next = bytes[at + 1..]
            .iter()
            .take(3)
            .find(|b| !b.is_ascii_whitespace());
        if !next.is_some_and(u8::is_ascii_uppercase) {
            continue;
        }
        let mut end = (at + 80).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        if let Some(m) = TICKER.find(&text[at..end]) {
            out.push((at, at + m.end()));
            from = at + m.end();
        }
    }
    out
}

/// Flags headline, dateline and ticker words; returns the ticker spans.
pub(crate) fn mark(text: &str, words: &mut [Word]) -> Vec<(usize, usize)> {
    let tickers = tickers(text);
    // The words inside each ticker span, found by binary search (spans are in order and do
    // not overlap).
    for &(a, b) in &tickers {
        let from = words.partition_point(|w| w.start < a);
        for w in words[from..].iter_mut().take_while(|w| w.start < b) {
            if w.end <= b {
                w.flags |= SKIP;
            }
        }
    }
    // Lines: a word index range per line.
    let bytes = text.as_bytes();
    let mut prev_end = 0;
    let mut i = 0;
    while i < words.len() {
        let at = words[i].start;
        let line_start =
            memchr::memrchr(b'\n', &bytes[prev_end..at]).map_or(prev_end, |p| prev_end + p + 1);
        let line_end = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |p| at + p);
        // Words after the first one that start before the line ends (binary search: lines
        // run long).
        let j = i + 1 + words[i + 1..].partition_point(|w| w.start < line_end);
        mark_line(text, &mut words[i..j], line_start, line_end);
        prev_end = line_end;
        i = j;
    }
    tickers
}

fn mark_line(text: &str, words: &mut [Word], line_start: usize, line_end: usize) {
    // ALL CAPS: no word has a lower-case letter (read from the word flags, no text scan).
    let no_lower = words.iter().all(|w| {
        w.has(super::words::UPPER) || w.has(super::words::DIGIT) && !w.has(super::words::INNER)
    });
    if no_lower && words.len() >= 2 {
        let letters: usize = words
            .iter()
            .filter(|w| w.has(super::words::UPPER))
            .map(|w| w.end - w.start)
            .sum();
        if letters >= 6 {
            for w in words.iter_mut() {
                w.flags |= HEAD_CAPS;
            }
            return;
        }
    }
    let first_upper = words[0].has(super::words::UPPER) && words[0].end - words[0].start >= 2;
    if first_upper {
        let line = &text[line_start..line_end];
        if let Some(m) = DATELINE.find(line) {
            // Only the upper-case place words; an agency name in brackets stays prose.
            for w in words.iter_mut() {
                if w.end <= line_start + m.end() && w.has(super::words::UPPER) {
                    w.flags |= SKIP;
                }
            }
        }
    }
    if is_title_case(text, words, &text[line_start..line_end]) {
        for w in words.iter_mut() {
            w.flags |= HEAD_TITLE;
        }
    }
}

/// A line reads as a Title Case headline: no full stop at the end, at least three content
/// words and all of them capitalised.
fn is_title_case(text: &str, words: &[Word], line: &str) -> bool {
    if words.len() < 3 || words.len() > 25 {
        return false;
    }
    if line.trim_end().ends_with(['.', ',', ';', '"', '”']) {
        return false;
    }
    let mut content = 0;
    for w in words {
        let t = w.text(text);
        if FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(t)) {
            continue;
        }
        if w.has(super::words::DIGIT) {
            continue;
        }
        if !w.has(super::words::CAP) {
            return false;
        }
        content += 1;
    }
    content >= 3
}

#[cfg(test)]
mod tests {
    use super::super::words::{self, scan};
    use super::*;
    use crate::document::Sentence;

    fn flagged(text: &str, flag: u16) -> Vec<&str> {
        let mut w = scan(
            text,
            &[Sentence {
                start: 0,
                end: text.len(),
            }],
        );
        mark(text, &mut w);
        w.iter()
            .filter(|w| w.has(flag))
            .map(|w| w.text(text))
            .collect()
    }

    #[test]
    fn tickers_are_skipped() {
        let t = "Meta Platforms (NASDAQ: META) and IBM <IBM.N> and Apple (AAPL.O) and $TSLA rose.";
        assert_eq!(
            flagged(t, SKIP),
            ["NASDAQ", "META", "IBM.N", "AAPL.O", "TSLA"]
        );
        assert_eq!(tickers(t).len(), 4);
        assert!(tickers("No markup (here) <b>").is_empty());
    }

    #[test]
    fn datelines() {
        let t = "NEW YORK, March 3 - Acme Corp said.\nSAN FRANCISCO (Reuters) - Zentrix rose.";
        assert_eq!(flagged(t, SKIP), ["NEW", "YORK", "SAN", "FRANCISCO"]);
        assert!(flagged("IBM said on Monday - a rise.", SKIP).is_empty());
    }

    #[test]
    fn headlines() {
        let t =
            "META'S LLAMA ENGINEERS QUIT\nGoogle Chief Says Bard Will Improve\nMeta said it quit.";
        assert_eq!(
            flagged(t, words::HEAD_CAPS),
            ["META", "LLAMA", "ENGINEERS", "QUIT"]
        );
        assert_eq!(
            flagged(t, words::HEAD_TITLE),
            ["Google", "Chief", "Says", "Bard", "Will", "Improve"]
        );
        assert!(flagged("Google’s ‘employee drain’", words::HEAD_TITLE).is_empty());
    }
}
