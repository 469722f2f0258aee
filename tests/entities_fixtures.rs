//! Fixture articles with hand-checked entities (`fixtures/entities/NAME.txt` + `NAME.json`):
//! every mention is compared as (type, text, canonical), and precision and recall per type
//! over the whole set must reach 0.95 and 0.90.

use std::collections::BTreeMap;
use std::path::PathBuf;

use news_extract::{EntityType, Extractor};
use serde::Deserialize;

#[derive(Deserialize)]
struct Expected {
    entities: Vec<Mention>,
}

#[derive(Deserialize, Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
struct Mention {
    #[serde(rename = "type")]
    kind: String,
    text: String,
    canonical: String,
}

#[derive(Default, Debug)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

fn fixtures() -> Vec<(String, String, Expected)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/entities");
    let mut out = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    for txt in names {
        let name = txt.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&txt).unwrap();
        let json = std::fs::read_to_string(txt.with_extension("json")).unwrap();
        let expected: Expected =
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        out.push((name, text, expected));
    }
    out
}

#[test]
fn fixture_precision_and_recall_per_type() {
    let ex = Extractor::shared();
    let sets = fixtures();
    assert!(sets.len() >= 15, "only {} fixtures", sets.len());
    let mut counts: BTreeMap<String, Counts> = BTreeMap::new();
    for kind in [EntityType::Company, EntityType::Person, EntityType::Model] {
        counts.entry(kind.as_str().to_string()).or_default();
    }
    let mut report = String::new();
    for (name, text, expected) in &sets {
        let doc = ex.extract(text);
        for w in doc.entities.windows(2) {
            assert!(
                w[0].end <= w[1].start,
                "{name}: overlap {:?} {:?}",
                w[0],
                w[1]
            );
        }
        let mut got: Vec<Mention> = doc
            .entities
            .iter()
            .map(|e| {
                assert_eq!(&text[e.start..e.end], e.text, "{name}");
                Mention {
                    kind: e.kind.as_str().to_string(),
                    text: e.text.clone(),
                    canonical: e.canonical.clone(),
                }
            })
            .collect();
        let mut want = expected.entities.clone();
        got.sort();
        want.sort();
        // Multiset intersection of (type, text, canonical).
        let (mut i, mut j) = (0, 0);
        while i < got.len() || j < want.len() {
            let ord = match (got.get(i), want.get(j)) {
                (Some(g), Some(w)) => g.cmp(w),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, _) => std::cmp::Ordering::Greater,
            };
            match ord {
                std::cmp::Ordering::Equal => {
                    counts.entry(got[i].kind.clone()).or_default().tp += 1;
                    i += 1;
                    j += 1;
                }
                std::cmp::Ordering::Less => {
                    let g = &got[i];
                    counts.entry(g.kind.clone()).or_default().fp += 1;
                    report += &format!(
                        "{name}: extra   {} {:?} -> {:?}\n",
                        g.kind, g.text, g.canonical
                    );
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    let w = &want[j];
                    counts.entry(w.kind.clone()).or_default().fn_ += 1;
                    report += &format!(
                        "{name}: missing {} {:?} -> {:?}\n",
                        w.kind, w.text, w.canonical
                    );
                    j += 1;
                }
            }
        }
    }
    eprintln!("{report}");
    let mut failures = Vec::new();
    for (kind, c) in &counts {
        let p = c.tp as f64 / (c.tp + c.fp).max(1) as f64;
        let r = c.tp as f64 / (c.tp + c.fn_).max(1) as f64;
        eprintln!(
            "{kind:8} tp {:3} fp {:3} fn {:3}  precision {p:.3}  recall {r:.3}",
            c.tp, c.fp, c.fn_
        );
        if p < 0.95 || r < 0.90 {
            failures.push(format!("{kind}: precision {p:.3}, recall {r:.3}"));
        }
    }
    assert!(failures.is_empty(), "{failures:?}");
}
