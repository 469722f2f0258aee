//! The extractor on the BBC dev set (`../shared/dev`, outside the repository): headline figures
//! must not fall below `tests/dev_floors.json`, and the Rust scorer must agree with the
//! reference `score.py`. Both parts skip, with a message, when the files or python3 are absent.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use news_extract::Extractor;
use news_extract::eval::{Gold, Report, Scorer, read_jsonl};
use serde_json::Value;

fn dev_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/dev")
}

fn skip(why: &str) {
    let _ = std::io::stderr().write_all(format!("eval_dev: SKIPPED: {why}\n").as_bytes());
}

/// Extracts every dev article in process; predictions as JSON with character offsets.
fn predictions(dir: &Path) -> Vec<Value> {
    let extractor = Extractor::default();
    read_jsonl(&dir.join("bbc-dev.docs.jsonl"))
        .expect("dev docs readable")
        .iter()
        .map(|rec| {
            let text = rec["text"].as_str().expect("text field");
            let mut doc = extractor.extract(text).to_char_offsets(text);
            doc.id = rec["id"].as_str().map(str::to_string);
            serde_json::to_value(&doc).expect("document serialises")
        })
        .collect()
}

fn texts(dir: &Path) -> HashMap<String, String> {
    read_jsonl(&dir.join("bbc-dev.docs.jsonl"))
        .expect("dev docs readable")
        .into_iter()
        .filter_map(|v| Some((v["id"].as_str()?.into(), v["text"].as_str()?.into())))
        .collect()
}

fn headline(report: &Report) -> Vec<(&'static str, f64)> {
    vec![
        ("person_f1", report.entity("PERSON").f()),
        ("company_f1", report.entity("COMPANY").f()),
        ("org_any_f1", report.entity("ORG_ANY").f()),
        ("quote_recall", report.quotes.recall()),
        ("quote_precision", report.quotes.precision()),
        ("speaker_accuracy", report.quotes.speaker_accuracy()),
        ("event_f1", report.events.f1()),
        ("event_polarity", report.event_polarity_accuracy()),
    ]
}

#[test]
fn dev_figures_stay_above_floors() {
    let dir = dev_dir();
    if !dir.join("bbc-dev.gold.jsonl").exists() {
        skip(&format!("no dev set at {}", dir.display()));
        return;
    }
    let gold = Gold::read(dir.join("bbc-dev.gold.jsonl")).expect("gold readable");
    let report = Scorer::new(&gold).score_values(&predictions(&dir), Some(&texts(&dir)));
    let _ = std::io::stderr().write_all(report.table().as_bytes());
    let floors: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dev_floors.json"),
        )
        .expect("floors file"),
    )
    .expect("floors JSON");
    let mut failures = Vec::new();
    for (name, value) in headline(&report) {
        let floor = floors[name]
            .as_f64()
            .unwrap_or_else(|| panic!("no floor for {name}"));
        if value < floor {
            failures.push(format!("{name} = {value:.4} is below its floor {floor:.4}"));
        }
    }
    assert!(
        failures.is_empty(),
        "dev figures dropped:\n{}",
        failures.join("\n")
    );
}

#[test]
fn rust_scorer_agrees_with_score_py() {
    let dir = dev_dir();
    let score_py = dir.join("score.py");
    if !score_py.exists() {
        skip(&format!("no score.py at {}", dir.display()));
        return;
    }
    if Command::new("python3").arg("--version").output().is_err() {
        skip("python3 not found");
        return;
    }
    let preds = predictions(&dir);
    let tmp = tempfile::tempdir().expect("temp dir");
    let pred_path = tmp.path().join("pred.jsonl");
    let json_path = tmp.path().join("metrics.json");
    let mut lines = String::new();
    for p in &preds {
        lines.push_str(&serde_json::to_string(p).expect("serialise"));
        lines.push('\n');
    }
    std::fs::write(&pred_path, lines).expect("write predictions");
    let status = Command::new("python3")
        .arg(&score_py)
        .arg(dir.join("bbc-dev.gold.jsonl"))
        .arg(&pred_path)
        .arg("--texts")
        .arg(dir.join("bbc-dev.docs.jsonl"))
        .arg("--json")
        .arg(&json_path)
        .output()
        .expect("run score.py");
    assert!(status.status.success(), "score.py failed: {status:?}");
    let py: Value =
        serde_json::from_str(&std::fs::read_to_string(&json_path).expect("metrics")).expect("json");
    let gold = Gold::read(dir.join("bbc-dev.gold.jsonl")).expect("gold readable");
    let rs = Scorer::new(&gold)
        .score_values(&preds, Some(&texts(&dir)))
        .to_json();
    let mut checked = 0;
    let mut diffs = Vec::new();
    let mut compare = |label: String, a: &Value, b: &Value| {
        for k in ["precision", "recall", "f1", "speaker_accuracy"] {
            if let Some(x) = a.get(k).and_then(Value::as_f64) {
                let y = b.get(k).and_then(Value::as_f64).unwrap_or(f64::NAN);
                checked += 1;
                if (x - y).abs() > 0.005 || y.is_nan() {
                    diffs.push(format!("{label}.{k}: score.py {x} vs Rust {y}"));
                }
            }
        }
    };
    for t in ["PERSON", "COMPANY", "ORG_OTHER", "MODEL", "ORG_ANY"] {
        compare(
            format!("entities.{t}"),
            &py["entities"][t],
            &rs["entities"][t],
        );
    }
    for k in [
        "entities_all",
        "entities_all_org_lenient",
        "quotes",
        "events",
    ] {
        compare(k.to_string(), &py[k], &rs[k]);
    }
    assert!(checked >= 28, "too few figures compared: {checked}");
    assert!(diffs.is_empty(), "scorers disagree:\n{}", diffs.join("\n"));
    // Python's defaultdict may hold zero counters the Rust side never creates.
    let nonzero = |v: &Value| -> Vec<(String, u64)> {
        let mut c: Vec<(String, u64)> = v
            .as_object()
            .into_iter()
            .flatten()
            .filter_map(|(k, n)| n.as_u64().filter(|&n| n > 0).map(|n| (k.clone(), n)))
            .collect();
        c.sort();
        c
    };
    assert_eq!(
        nonzero(&py["counts"]),
        nonzero(&rs["counts"]),
        "raw counters differ"
    );
}
