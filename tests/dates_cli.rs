//! Event dates through the library and the command line (`--date-field`).

mod cli_support;

use cli_support::{cli, lines};
use news_extract::dates::CivilDate;
use news_extract::{DatePrecision, Extractor};

const ARTICLE: &str = "Halberd Systems said chief executive Marcus Oyelaran resigned on Monday. \
    Oyelaran joined Halberd Systems in 1998.";

#[test]
fn relative_dates_resolve_only_with_an_article_date() {
    let ex = Extractor::shared();
    let undated = ex.extract(ARTICLE);
    let dated = ex.extract_with_date(ARTICLE, CivilDate::parse("2004-11-30"));
    let leave = |d: &news_extract::Document| {
        d.events
            .iter()
            .find(|e| e.kind == news_extract::EventType::Leave)
            .cloned()
            .expect("a LEAVE event")
    };
    assert_eq!(leave(&undated).date, None);
    let date = leave(&dated).date.expect("a date");
    assert_eq!(
        (date.value.as_str(), date.precision, date.text.as_str()),
        ("2004-11-29", DatePrecision::Day, "on Monday")
    );
    // An absolute year needs no article date.
    for doc in [&undated, &dated] {
        let join = doc
            .events
            .iter()
            .find(|e| e.kind == news_extract::EventType::Join)
            .expect("a JOIN event");
        assert_eq!(join.date.as_ref().map(|d| d.value.as_str()), Some("1998"));
    }
}

#[test]
fn date_field_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.jsonl");
    let record = |id: &str, date: &str| {
        serde_json::json!({"id": id, "published": date, "text": ARTICLE}).to_string()
    };
    std::fs::write(
        &path,
        format!(
            "{}\n{}\n",
            record("a", "Tue, 30 Nov 2004 09:00:00 GMT"),
            record("b", "not a date")
        ),
    )
    .unwrap();
    let out = cli()
        .args(["extract", "-q", "--date-field", "published"])
        .arg(&path)
        .assert()
        .success();
    let recs = lines(&out.get_output().stdout);
    let date_of = |r: &serde_json::Value| r["events"][0]["date"].clone();
    assert_eq!(date_of(&recs[0])["value"], "2004-11-29");
    assert_eq!(date_of(&recs[0])["precision"], "day");
    assert!(date_of(&recs[1]).is_null());
    assert!(
        recs[1]["warning"]
            .as_str()
            .unwrap()
            .contains("date field \"published\"")
    );
    // Without the flag, no relative date.
    let out = cli().args(["extract", "-q"]).arg(&path).assert().success();
    assert!(date_of(&lines(&out.get_output().stdout)[0]).is_null());
}
