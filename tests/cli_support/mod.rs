//! Helpers shared by the command-line tests: the binary, generated articles, output parsing.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use serde_json::Value;

/// The built `news-extract` binary as an `assert_cmd` command.
pub fn cli() -> assert_cmd::Command {
    assert_cmd::cargo::cargo_bin_cmd!("news-extract")
}

/// Path of the built binary, for `std::process::Command`.
pub fn bin_path() -> PathBuf {
    assert_cmd::cargo::cargo_bin!("news-extract").to_path_buf()
}

const PEOPLE: &[&str] = &[
    "Dr. Priya Raman",
    "Marcus Oyelaran",
    "Hélène Dufresne",
    "Tomasz Wójcik",
    "Aiko Tanabe",
    "Rafael Ortega Jr.",
    "Sen. Margaret Ellison",
    "J. R. Calloway",
];
const COMPANIES: &[&str] = &[
    "Northwind AI",
    "Halberd Systems Inc.",
    "Brightwater Capital",
    "Corvid Labs",
    "Meridian Bank",
    "Ostrava Motors Ltd.",
];
const ROLES: &[&str] = &[
    "chief scientist",
    "chief executive",
    "head of research",
    "CFO",
];
const CITIES: &[&str] = &["SAN FRANCISCO", "LONDON", "NEW YORK", "TOKYO", "BERLIN"];

/// A deterministic news-style article (about 1-3 KB) built from sentence templates; `i` picks
/// the names, the length and the order, so articles differ from one another.
pub fn article(i: usize) -> (String, String) {
    let mut state = (i as u64)
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n
    };
    let person = PEOPLE[next(PEOPLE.len())];
    let other = PEOPLE[next(PEOPLE.len())];
    let from = COMPANIES[next(COMPANIES.len())];
    let to = COMPANIES[next(COMPANIES.len())];
    let role = ROLES[next(ROLES.len())];
    let city = CITIES[next(CITIES.len())];
    let title = format!("{person} quits {from} for {to} (story {i})");
    let mut paragraphs = vec![format!(
        "{city} (Newswire) - {from}'s {role}, {person}, has resigned to join {to}, the company \
         said on Tuesday. Shares fell 3.5% to $41.20 in early trading."
    )];
    let extra = [
        format!(
            "“We are grateful for everything {person} built here,” {other} said in a statement."
        ),
        "The move follows the departure of several engineers who worked on the firm's \
         Aurora 2.1 models, according to two people familiar with the matter."
            .to_string(),
        format!("{other} did not resign, despite reports to the contrary on Monday."),
        format!(
            "Analysts at {to} said the hire was expected. \"It is a clear signal,\" one wrote. \
             The U.S. regulator declined to comment."
        ),
        format!("{person} joined {from} in 2019 from a rival lab in Zürich… and led a team of 40."),
        "Revenue rose to £1.13bn (€1.3bn) in the three months to December, up from £0.9bn."
            .to_string(),
    ];
    for _ in 0..2 + next(6) {
        let mut p = String::new();
        for _ in 0..1 + next(3) {
            if !p.is_empty() {
                p.push(' ');
            }
            p.push_str(&extra[next(extra.len())]);
        }
        paragraphs.push(p);
    }
    (title, paragraphs.join("\n\n"))
}

/// One JSONL line `{"id","category","title","text"}` for article `i`.
pub fn jsonl_line(i: usize) -> String {
    let (title, text) = article(i);
    serde_json::json!({"id": format!("a{i}"), "category": "business", "title": title, "text": text})
        .to_string()
}

/// `n` articles as a JSONL document (each line ends in `\n`).
pub fn jsonl(n: usize) -> String {
    (0..n).map(|i| jsonl_line(i) + "\n").collect()
}

/// Parses stdout as JSON lines; fails the test on a line that is not JSON.
pub fn lines(stdout: &[u8]) -> Vec<Value> {
    let text = std::str::from_utf8(stdout).expect("output is UTF-8");
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "output ends with a newline"
    );
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// Writes `bytes` gzip-compressed to `path`.
pub fn write_gz(path: &Path, bytes: &[u8]) {
    use std::io::Write;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    std::fs::write(path, enc.finish().unwrap()).unwrap();
}

/// Writes `bytes` zstd-compressed to `path`.
pub fn write_zst(path: &Path, bytes: &[u8]) {
    std::fs::write(path, zstd::encode_all(bytes, 3).unwrap()).unwrap();
}

/// The BBC corpus, when it is there (`NEWS_EXTRACT_CORPUS` or `../shared/corpus/...`).
pub fn corpus() -> Option<PathBuf> {
    let path = std::env::var_os("NEWS_EXTRACT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bbc-news-2004-2005.jsonl")
        });
    path.is_file().then_some(path)
}
