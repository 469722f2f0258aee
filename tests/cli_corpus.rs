//! The BBC corpus through stdin: exactly one output line per input line, in order.
//! Skips when the corpus is absent (it is not part of the repository).

mod cli_support;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use cli_support::{bin_path, corpus};

#[test]
fn bbc_corpus_through_stdin_gives_one_line_per_input_line_in_order() {
    let Some(path) = corpus() else {
        eprintln!("skipped: BBC corpus not found (set NEWS_EXTRACT_CORPUS)");
        return;
    };
    let input_ids: Vec<String> = BufReader::new(std::fs::File::open(&path).unwrap())
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(&l.unwrap()).unwrap();
            v["id"].as_str().unwrap().to_string()
        })
        .collect();
    // `cat dump.jsonl | news-extract extract > out.jsonl`
    let out = Command::new(bin_path())
        .args(["extract", "--quiet"])
        .stdin(Stdio::from(std::fs::File::open(&path).unwrap()))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let output: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // The contract: one line per input line, in order, whatever happened to each record.
    assert_eq!(output.len(), input_ids.len());
    for (v, id) in output.iter().zip(&input_ids) {
        assert_eq!(v["id"].as_str(), Some(id.as_str()));
    }
    // And on this corpus no record may fail (an "internal error" is a panic in a stage).
    let failed: Vec<String> = output
        .iter()
        .filter(|v| v.get("error").is_some())
        .map(|v| format!("{}: {}", v["id"], v["error"]))
        .collect();
    assert!(
        failed.is_empty(),
        "{} failed records:\n{}",
        failed.len(),
        failed.join("\n")
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for v in &output {
        assert!(
            !v["sentences"].as_array().unwrap().is_empty(),
            "{}",
            v["id"]
        );
    }
}
