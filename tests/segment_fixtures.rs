//! Fixture articles in `fixtures/segment/` split into the sentences listed beside them.

use std::path::PathBuf;

use news_extract::split_sentences;

#[test]
fn fixture_articles_split_as_expected() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/segment");
    let mut checked = 0;
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let expected_path = path.with_extension("sentences.json");
        let expected: Vec<String> =
            serde_json::from_str(&std::fs::read_to_string(&expected_path).unwrap()).unwrap();
        let got: Vec<&str> = split_sentences(&text).map(|s| s.slice(&text)).collect();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        for (i, (g, e)) in got.iter().zip(&expected).enumerate() {
            if g != e {
                failures.push(format!(
                    "{name} sentence {i}:\n  expected {e:?}\n  got      {g:?}"
                ));
                break;
            }
        }
        if got.len() != expected.len() {
            failures.push(format!(
                "{name}: {} sentences, expected {}",
                got.len(),
                expected.len()
            ));
        }
        checked += 1;
    }
    assert!(checked >= 4, "only {checked} fixtures in {}", dir.display());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
