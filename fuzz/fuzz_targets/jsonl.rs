//! Fuzz target: any bytes as a JSON Lines dump through the batch reader and the whole
//! pipeline. Every input line must give exactly one output line, each a JSON object.
#![no_main]

use libfuzzer_sys::fuzz_target;
use news_extract::batch::{self, Format, Options, Source, Task};

fuzz_target!(|data: &[u8]| {
    let path = std::env::temp_dir().join(format!("news-extract-fuzz-{}.jsonl", std::process::id()));
    if std::fs::write(&path, data).is_err() {
        return;
    }
    let options = Options {
        format: Some(Format::Jsonl),
        threads: 1,
        ..Options::default()
    };
    let mut out = Vec::new();
    let task = Task::Extract(news_extract::Extractor::shared().clone());
    let summary = batch::run(&[Source::File(path.clone())], task, &options, &mut out);
    let _ = std::fs::remove_file(&path);
    // Input lines: pieces between '\n', a final piece only when it is not empty; a leading
    // byte-order mark is not content.
    let body = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let mut lines = body.split(|&b| b == b'\n').count();
    if body.is_empty() || body.ends_with(b"\n") {
        lines -= 1;
    }
    let produced: Vec<&[u8]> = out.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    assert_eq!(produced.len() as u64, summary.records, "summary counts what was written");
    // Input that starts with a gzip or zstd magic number is decompressed first (a corrupt
    // stream gives an error record), so its raw lines are not records.
    let compressed = body.starts_with(&[0x1f, 0x8b]) || body.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]);
    if !compressed {
        assert_eq!(produced.len(), lines, "one output line per input line");
    }
    for l in produced {
        let v: serde_json::Value = serde_json::from_slice(l).expect("output line is JSON");
        assert!(v.is_object());
    }
});
