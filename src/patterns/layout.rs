//! Newswire layout that is not prose: ALL-CAPS and Title Case headlines, datelines, tickers.
//!
//! Capitalisation is no evidence in a headline, so words there are flagged and the rules
//! leave them to the names the body establishes. Dateline place names ("NEW YORK, March 3 -",
//! "SAN FRANCISCO (Reuters) -") and ticker markup ("(NASDAQ: META)", "<IBM>", "(AAPL.O)",
//! "$AAPL") are flagged [`SKIP`]; a ticker right after a name is evidence that the name is a
//! company.

use once_cell::sync::Lazy;
use regex::Regex;

use super::words::{HEAD_CAPS, HEAD_TITLE, SKIP, Word};

static TICKER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?x)
        \(\s*(?:NYSE(?:\s+American)?|NASDAQ|Nasdaq|AMEX|LSE|LON|TSX|TSXV|ASX|HKEX|HKG|TYO|TSE|
            BSE|NSE|SIX|FRA|ETR|XETRA|Euronext|EPA|OTC|OTCQX|OTCQB|KRX|SGX|BIT|BME|STO|CVE)
            \s*:\s*[A-Z0-9][A-Z0-9.\-]{0,9}
            (?:\s*[;,]\s*[A-Za-z ]{2,15}\s*:\s*[A-Z0-9][A-Z0-9.\-]{0,9})*\s*\)
        | <\s*[A-Z][A-Z0-9]{0,6}(?:\.[A-Z]{1,3})?\s*>
        | \([A-Z][A-Z0-9]{0,6}\.[A-Z]{1,3}\)
        | \$[A-Z]{1,5}\b",
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
    if !text
        .as_bytes()
        .iter()
        .any(|&b| b == b'(' || b == b'<' || b == b'$')
    {
        return Vec::new();
    }
    TICKER
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// Flags headline, dateline and ticker words; returns the ticker spans.
pub(crate) fn mark(text: &str, words: &mut [Word]) -> Vec<(usize, usize)> {
    let tickers = tickers(text);
    if !tickers.is_empty() {
        let mut t = 0;
        for w in words.iter_mut() {
            while t < tickers.len() && tickers[t].1 <= w.start {
                t += 1;
            }
            if t < tickers.len() && tickers[t].0 <= w.start && w.end <= tickers[t].1 {
                w.flags |= SKIP;
            }
        }
    }
    // Lines: a word index range per line.
    let mut i = 0;
    while i < words.len() {
        let line_start = text[..words[i].start].rfind('\n').map_or(0, |p| p + 1);
        let line_end = text[words[i].start..]
            .find('\n')
            .map_or(text.len(), |p| words[i].start + p);
        let mut j = i;
        while j < words.len() && words[j].start < line_end {
            j += 1;
        }
        mark_line(text, &mut words[i..j], line_start, line_end);
        i = j;
    }
    tickers
}

fn mark_line(text: &str, words: &mut [Word], line_start: usize, line_end: usize) {
    let line = &text[line_start..line_end];
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let has_lower = line.chars().any(char::is_lowercase);
    if !has_lower && letters >= 6 && words.len() >= 2 {
        for w in words.iter_mut() {
            w.flags |= HEAD_CAPS;
        }
        return;
    }
    if let Some(m) = DATELINE.find(line) {
        // Only the upper-case place words; an agency name in brackets stays prose.
        for w in words.iter_mut() {
            if w.end <= line_start + m.end() && w.has(super::words::UPPER) {
                w.flags |= SKIP;
            }
        }
    }
    if is_title_case(text, words, line) {
        for w in words.iter_mut() {
            w.flags |= HEAD_TITLE;
        }
    }
}

/// A line reads as a Title Case headline: no full stop at the end, at least three content
/// words and all of them capitalised.
fn is_title_case(text: &str, words: &[Word], line: &str) -> bool {
    let trimmed = line.trim_end();
    if trimmed.ends_with(['.', ',', ';', '"', '”']) || words.len() < 3 || words.len() > 25 {
        return false;
    }
    let mut content = 0;
    for w in words {
        let t = w.text(text);
        if FUNCTION_WORDS.contains(&t.to_ascii_lowercase().as_str()) {
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
