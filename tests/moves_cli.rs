//! `news-extract moves`: the roll-up over a dump, its formats, error handling and diagnostics.

mod cli_support;

use cli_support::cli;
use predicates::prelude::*;

fn dump(dir: &std::path::Path, lines: &[serde_json::Value]) -> std::path::PathBuf {
    let path = dir.join("dump.jsonl");
    let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(&path, body).unwrap();
    path
}

fn articles() -> Vec<serde_json::Value> {
    use serde_json::json;
    vec![
        json!({"id": "n1", "date": "2004-11-30",
               "text": "Marcus Oyelaran resigned as chief executive of Halberd Systems on Monday. \
                        He joined Corvid Labs as president."}),
        json!({"id": "n2", "text": "Shares in Meridian Bank rose 3% on Friday."}),
        json!({"id": "n3", "text": "Marcus Oyelaran left Halberd Systems, the company said."}),
        json!({"id": "n4", "text": "Aiko Tanabe did not resign from Corvid Labs."}),
        json!({"id": "n5", "text": 17}),
    ]
}

#[test]
fn csv_rows_pair_merge_and_report_bad_records() {
    let dir = tempfile::tempdir().unwrap();
    let path = dump(dir.path(), &articles());
    let counts = dir.path().join("counts.csv");
    let out = cli()
        .args(["moves", "--date-field", "date", "--counts"])
        .arg(&counts)
        .arg(&path)
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "n5: text field \"text\" is a number",
        ))
        .stderr(predicate::str::contains("5 records, 1 error"));
    let csv = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows[0],
        "person,from,to,role,date,date_precision,date_text,articles,evidence"
    );
    assert_eq!(rows.len(), 2, "{csv}");
    assert!(
        rows[1].starts_with(
            "Marcus Oyelaran,Halberd Systems,Corvid Labs,president,2004-11-29,day,on Monday,n1 n3,"
        ),
        "{csv}"
    );
    // The negated move is not listed.
    assert!(!csv.contains("Aiko Tanabe"));
    assert_eq!(
        std::fs::read_to_string(&counts).unwrap(),
        "org,in,out\nCorvid Labs,1,0\nHalberd Systems,0,1\n"
    );
}

#[test]
fn jsonl_and_html_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dump(dir.path(), &articles()[..3]);
    let html = dir.path().join("moves.html");
    let out = cli()
        .args(["moves", "-q", "--format", "jsonl", "--html"])
        .arg(&html)
        .arg(&path)
        .assert()
        .success()
        .stderr("");
    let line: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(line["from"], "Halberd Systems");
    assert_eq!(line["to"], "Corvid Labs");
    assert_eq!(line["articles"], serde_json::json!(["n1", "n3"]));
    assert!(line["date"].is_null()); // no --date-field
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<svg") && page.contains("<table id=\"moves\""));
    assert!(page.contains("Corvid Labs"));
}

#[test]
fn missing_text_field_names_the_fields_records_have() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.jsonl");
    std::fs::write(
        &path,
        "{\"id\":\"a\",\"body\":\"x\",\"url\":\"u\"}\n{\"id\":\"b\",\"body\":\"y\"}\n",
    )
    .unwrap();
    for sub in ["moves", "extract"] {
        cli()
            .args([sub, "-q"])
            .arg(&path)
            .assert()
            .code(3)
            .stderr(predicate::str::contains(
                "every record (2) lacks the text field \"text\"; the records have the fields: \
                 body, id, url (pick one with --text-field)",
            ));
    }
}

#[test]
fn text_file_that_looks_like_jsonl_or_binary_is_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let txt = dir.path().join("dump.txt");
    std::fs::write(&txt, "{\"id\":\"a\",\"text\":\"Jo left.\"}\n").unwrap();
    let out = cli().args(["extract", "-q"]).arg(&txt).assert().success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert!(
        v["warning"]
            .as_str()
            .unwrap()
            .contains("looks like JSON Lines")
    );
    let bin = dir.path().join("blob.bin");
    std::fs::write(&bin, b"\x00\x01\x02binary\x00\xff\xfe").unwrap();
    let out = cli().args(["extract", "-q"]).arg(&bin).assert().success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert!(v["warning"].as_str().unwrap().contains("looks binary"));
}

#[test]
fn unreadable_input_and_output() {
    let dir = tempfile::tempdir().unwrap();
    cli()
        .args(["moves", "-q"])
        .arg(dir.path().join("gone.jsonl"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot open"));
    let path = dump(dir.path(), &articles()[..1]);
    cli()
        .args(["moves", "-q", "-o", "/dev/full"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("No space left on device"));
}

#[test]
fn render_writes_one_page() {
    let dir = tempfile::tempdir().unwrap();
    let path = dump(dir.path(), &articles()[..3]);
    let out = cli()
        .args(["render", "--id", "n3"])
        .arg(&path)
        .assert()
        .success();
    let page = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(page.contains("<h1>n3</h1>"));
    assert!(page.contains("<mark class=\"ent PERSON\""));
    cli()
        .args(["render", "--id", "nope"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no record with id \"nope\""));
}
