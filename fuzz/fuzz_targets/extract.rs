//! Fuzz target: any bytes, decoded lossily, through the whole pipeline, with the invariants
//! the property tests check.
#![no_main]

use libfuzzer_sys::fuzz_target;
use news_extract::Extractor;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = Extractor::shared().extract(&text);
    let mut prev = 0;
    for s in &doc.sentences {
        assert!(s.start >= prev && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prev = s.end;
    }
    let mut prev = 0;
    for e in &doc.entities {
        assert!(e.start >= prev && e.end <= text.len());
        assert_eq!(e.text, &text[e.start..e.end]);
        prev = e.end;
    }
    for q in &doc.quotes {
        assert!(q.start <= q.end && q.end <= text.len());
        assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
    }
    let _ = doc.to_char_offsets(&text);
    let _ = serde_json::to_string(&doc).map(|_| ());
});
