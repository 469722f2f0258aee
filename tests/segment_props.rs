//! Properties of the splitter and tokenizer on arbitrary text: no panics, spans on character
//! boundaries, trimmed, ordered; tokens cover every non-space character and never cross a
//! sentence boundary.

use news_extract::{Segmenter, split_sentences};
use proptest::prelude::*;

/// Text built from the characters the rules look at, so the odd paths get exercised.
fn tricky() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Mr"),
        Just("Corp"),
        Just("U.S"),
        Just("e.g"),
        Just("No"),
        Just("W"),
        Just("The"),
        Just("he"),
        Just("said"),
        Just("asked"),
        Just("Meta"),
        Just("it"),
        Just("3"),
        Just("1.5"),
        Just("$"),
        Just("%"),
        Just("."),
        Just("..."),
        Just("…"),
        Just("?"),
        Just("!"),
        Just(","),
        Just("\""),
        Just("'"),
        Just("“"),
        Just("”"),
        Just("‘"),
        Just("’"),
        Just("("),
        Just(")"),
        Just(" "),
        Just(" "),
        Just(" "),
        Just("\n"),
        Just("\n\n"),
        Just("\r\n"),
        Just("\u{a0}"),
        Just("\u{2029}"),
        Just("。"),
        Just("！"),
        Just("」"),
        Just("—"),
        Just("-"),
        Just("é"),
        Just("e\u{301}"),
        Just("谷"),
        Just("🚀"),
        Just("s"),
        Just("@"),
        Just("&"),
        Just("://"),
        Just("http"),
        Just("1. "),
        Just("- "),
        Just("x.ai"),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let seg = Segmenter::new();
    let sentences: Vec<_> = split_sentences(text).collect();
    let mut last = 0;
    for s in &sentences {
        assert!(
            s.start >= last && s.start < s.end && s.end <= text.len(),
            "{s:?}"
        );
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let t = s.slice(text);
        assert_eq!(
            t.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'),
            t
        );
        last = s.end;
    }
    let tokens = seg.tokenize(text);
    let mut covered = vec![false; text.len()];
    let mut last = 0;
    for t in &tokens {
        assert!(
            t.start >= last && t.start < t.end && t.end <= text.len(),
            "{t:?}"
        );
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        assert!(
            sentences.iter().any(|s| s.contains(t.span())),
            "token {:?} outside every sentence of {text:?}",
            t.text(text)
        );
        covered[t.start..t.end].iter_mut().for_each(|c| *c = true);
        last = t.end;
    }
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}');
        assert_eq!(covered[i], !space, "byte {i} ({c:?}) of {text:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn tricky_text(text in tricky()) {
        check(&text);
    }

    #[test]
    fn any_text(text in any::<String>()) {
        check(&text);
    }
}
