//! Property tests: no input makes `extract` panic or produce inconsistent output.
//!
//! Two generators: arbitrary Unicode strings, and news-like text assembled from random
//! fragments (names, titles, quotes, abbreviations, move verbs, layout) so the rules of every
//! stage fire on inputs nobody wrote by hand.

use news_extract::{Document, Extractor, Span};
use proptest::prelude::*;

/// Every invariant of a document extracted from `text`.
fn check_invariants(text: &str, doc: &Document) -> Result<(), TestCaseError> {
    let on_boundary = |o: usize| o <= text.len() && text.is_char_boundary(o);
    let check_span = |what: &str, s: Span| -> Result<(), TestCaseError> {
        prop_assert!(s.start <= s.end, "{what} {s:?} reversed");
        prop_assert!(
            on_boundary(s.start) && on_boundary(s.end),
            "{what} {s:?} off a char boundary"
        );
        Ok(())
    };

    let mut prev_end = 0;
    for s in &doc.sentences {
        check_span("sentence", s.span())?;
        prop_assert!(s.start < s.end, "empty sentence {s:?}");
        prop_assert!(
            s.start >= prev_end,
            "sentences overlap or unsorted at {s:?}"
        );
        prev_end = s.end;
    }
    let mut prev_end = 0;
    for t in &doc.tokens {
        check_span("token", t.span())?;
        prop_assert!(t.start >= prev_end, "tokens overlap at {t:?}");
        prev_end = t.end;
    }
    let mut prev_end = 0;
    for e in &doc.entities {
        check_span("entity", e.span())?;
        prop_assert!(e.start < e.end);
        prop_assert!(e.start >= prev_end, "entities overlap or unsorted at {e:?}");
        prop_assert_eq!(&e.text, &text[e.start..e.end]);
        prop_assert!(!e.canonical.is_empty());
        prev_end = e.end;
    }
    let sentence_spans: Vec<Span> = doc.sentences.iter().map(|s| s.span()).collect();
    for q in &doc.quotes {
        check_span("quote", q.span())?;
        if let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end) {
            check_span("speaker", Span::new(s, e))?;
        }
        prop_assert!(
            doc.sentences
                .iter()
                .any(|s| s.span().overlaps(q.span()) || q.span().is_empty()),
            "quote {q:?} lies in no sentence"
        );
    }
    for ev in &doc.events {
        prop_assert!(
            sentence_spans.contains(&ev.sentence),
            "event sentence {:?} is not a sentence",
            ev.sentence
        );
    }
    for a in &doc.affiliations {
        prop_assert!(
            sentence_spans.contains(&a.sentence),
            "affiliation sentence is not a sentence"
        );
    }

    // Byte and char offsets agree.
    let chars = doc.to_char_offsets(text);
    for (b, c) in doc.sentences.iter().zip(&chars.sentences) {
        prop_assert_eq!(text[..b.start].chars().count(), c.start);
        prop_assert_eq!(text[..b.end].chars().count(), c.end);
    }
    for (b, c) in doc.entities.iter().zip(&chars.entities) {
        prop_assert_eq!(text[..b.start].chars().count(), c.start);
        prop_assert_eq!(text[..b.end].chars().count(), c.end);
    }
    Ok(())
}

fn extractor() -> &'static Extractor {
    static EX: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    EX.get_or_init(|| Extractor::builder().tokens(true).build().expect("builds"))
}

const FRAGMENTS: &[&str] = &[
    "Sundar Pichai",
    "Pichai",
    "Google",
    "Meta Platforms",
    "Meta’s",
    "OpenAI",
    "Llama 2",
    "GPT-4o",
    "Claude 3.5 Sonnet",
    "Mr. ",
    "Dr. Amara Okafor",
    "J. R. R. Tolkien",
    "Acme Corp.",
    "U.S.",
    "5 p.m.",
    "$1.13bn",
    "3.5%",
    " said",
    " told Reuters",
    " according to",
    " resigned",
    " quit",
    " joined",
    " was named chief executive",
    " did not resign",
    " plans to leave",
    " left the company",
    " the report said",
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "(",
    ")",
    ", ",
    ". ",
    "? ",
    "!",
    "...",
    "…",
    " — ",
    "\n",
    "\n\n",
    "\r\n",
    "\u{a0}",
    "\u{feff}",
    "\u{0}",
    "é",
    "\u{301}",
    "שלום",
    "😀",
    "。",
    "SAN FRANCISCO (Reuters) - ",
    "(NASDAQ: META)",
    "Will",
    "May",
    "Apple pie",
    "some employees",
    "he",
    "she",
    "the company",
    "FacebookTwitterLinkedin",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(FRAGMENTS).prop_map(str::to_owned),
            1 => "[A-Z][a-z]{1,9}",
            1 => "[a-z]{1,8} ",
            1 => "[0-9]{1,4}",
        ],
        0..80,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_never_breaks_invariants(text in "\\PC{0,300}") {
        let doc = extractor().extract(&text);
        check_invariants(&text, &doc)?;
    }

    #[test]
    fn arbitrary_chars_with_controls(text in any::<String>()) {
        let doc = extractor().extract(&text);
        check_invariants(&text, &doc)?;
    }

    #[test]
    fn news_like_text_never_breaks_invariants(text in news_like()) {
        let doc = extractor().extract(&text);
        check_invariants(&text, &doc)?;
    }

    #[test]
    fn extraction_is_deterministic(text in news_like()) {
        let a = serde_json::to_string(&extractor().extract(&text)).unwrap();
        let b = serde_json::to_string(&Extractor::default().extract(&text)).unwrap();
        // A second extractor built separately gives the same JSON as the shared one.
        let fresh = Extractor::builder().tokens(true).build().unwrap();
        let c = serde_json::to_string(&fresh.extract(&text)).unwrap();
        // The shared default keeps no tokens; compare everything else.
        let mut a_doc: serde_json::Value = serde_json::from_str(&a).unwrap();
        let b_doc: serde_json::Value = serde_json::from_str(&b).unwrap();
        a_doc.as_object_mut().unwrap().remove("tokens");
        prop_assert_eq!(&a_doc, &b_doc);
        prop_assert_eq!(a, c);
    }

    /// A thread reuses its scratch lists from one document to the next: after a longer and
    /// then a shorter text, a text gives what it gives on a fresh thread with none.
    #[test]
    fn reused_scratch_lists_change_nothing(
        before in news_like(),
        text in news_like(),
    ) {
        let ex = extractor();
        let long = format!("{before} {before}\n\n{before}");
        let _ = ex.extract(&long);
        let _ = ex.extract(&before);
        let warm = serde_json::to_string(&ex.extract(&text)).unwrap();
        let owned = text.clone();
        let fresh = std::thread::spawn(move || {
            serde_json::to_string(&extractor().extract(&owned)).unwrap()
        })
        .join()
        .expect("no panic");
        prop_assert_eq!(warm, fresh);
    }
}

#[test]
fn deterministic_across_threads() {
    let texts: Vec<String> = (0..64)
        .map(|i| {
            format!(
                "Dr. Amara Okafor{i} resigned from Google. “We are done,” she said. \
                 OpenAI CEO Sam Altman was fired.\n\nMeta’s Llama 2 shipped in {i} days."
            )
        })
        .collect();
    let serial: Vec<String> = texts
        .iter()
        .map(|t| serde_json::to_string(&Extractor::shared().extract(t)).unwrap())
        .collect();
    let handles: Vec<_> = (0..4)
        .map(|k| {
            let texts = texts.clone();
            std::thread::spawn(move || {
                texts
                    .iter()
                    .skip(k)
                    .step_by(4)
                    .map(|t| serde_json::to_string(&Extractor::shared().extract(t)).unwrap())
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    for (k, h) in handles.into_iter().enumerate() {
        let got = h.join().expect("no panic");
        let want: Vec<String> = serial.iter().skip(k).step_by(4).cloned().collect();
        assert_eq!(got, want);
    }
}
