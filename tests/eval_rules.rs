//! The scorer's matching rules on a small hand-made example, and the `evaluate` subcommand.

use assert_cmd::Command;
use news_extract::eval::{Gold, Scorer};
use serde_json::{Value, json};

const GOLD: &str = r#"{"id": "t1", "entities": [{"type": "COMPANY", "canonical": "Acme Corp", "text": ["Acme Corp", "Acme"]}, {"type": "ORG_OTHER", "canonical": "Transit Authority", "text": ["Transit Authority"]}, {"type": "PERSON", "canonical": "Jane Doe", "text": ["Jane Doe", "Doe"]}, {"type": "PERSON", "canonical": "Bob Roe", "text": ["Bob Roe"], "optional": true}], "quotes": [{"quote_start": "We are pleased", "speaker_canonical": "Jane Doe"}, {"quote_start": "No comment", "speaker_canonical": null}], "events": [{"type": "JOIN", "person_canonical": "Jane Doe", "group": false, "org_canonical": "Acme Corp", "org_alt": [], "role": "chief executive", "polarity": "asserted", "evidence": "Jane Doe joined"}, {"type": "LEAVE", "person_canonical": "staff", "group": true, "org_canonical": "Acme Corp", "org_alt": [], "role": null, "polarity": "asserted", "evidence": "Staff left"}]}"#;

fn ent(t: &str, canonical: &str, text: &str) -> Value {
    json!({"type": t, "canonical": canonical, "text": text, "start": 0, "end": 0})
}

fn prediction() -> Value {
    json!({"id": "t1",
        "entities": [ent("COMPANY", "Acme", "Acme"), ent("COMPANY", "ACME Inc.", "ACME Inc."),
                     ent("ORG", "Transit Authority", "Transit Authority"),
                     ent("PERSON", "Ms Jane Doe", "Jane Doe"), ent("PERSON", "Bob Roe", "Bob Roe"),
                     ent("PERSON", "Will", "Will")],
        "quotes": [{"text": "We are pleased to welcome her,", "speaker": "Jane Doe"},
                   {"text": "No comment at all", "speaker": "Jane Doe"},
                   {"text": "Something else", "speaker": null}],
        "events": [{"type": "JOIN", "person": "Jane Doe", "org": "Acme", "role": "CEO",
                    "polarity": "asserted"},
                   {"type": "LEAVE", "person": "some staff", "org": "Acme Corp",
                    "polarity": "asserted"},
                   {"type": "LEAVE", "person": "Jane Doe", "org": "Other Ltd",
                    "polarity": "asserted"}]})
}

#[test]
fn matching_rules() {
    let gold = Gold::from_jsonl_str(GOLD).unwrap();
    let r = Scorer::new(&gold).score_values(&[prediction()], None);
    let person = r.entity("PERSON");
    // Ms Jane Doe matches; Bob Roe is optional (ignored); Will is a false positive.
    assert_eq!(
        (person.n_gold, person.n_pred, person.tp_pred, person.ignored),
        (1, 2, 1, 1)
    );
    let company = r.entity("COMPANY");
    // "ACME Inc." is a second canonical for Acme Corp: a duplicate false positive.
    assert_eq!(
        (company.n_gold, company.n_pred, company.tp_pred, company.dup),
        (1, 2, 1, 1)
    );
    let other = r.entity("ORG_OTHER");
    // A predicted ORG counts as ORG_OTHER.
    assert_eq!((other.n_gold, other.n_pred, other.tp_pred), (1, 1, 1));
    let any = r.entity("ORG_ANY");
    assert_eq!((any.n_gold, any.n_pred, any.tp_pred, any.dup), (2, 3, 2, 1));
    // Quotes by word prefix; the null-speaker quote is found but its speaker is wrong.
    assert_eq!((r.quotes.gold, r.quotes.pred, r.quotes.found), (2, 3, 2));
    assert_eq!(r.quotes.speaker_ok, 1);
    // The group-only LEAVE is ignored; the LEAVE from "Other Ltd" is a false positive.
    assert_eq!(
        (r.events.gold, r.events.pred, r.events.tp, r.events.ignored),
        (1, 2, 1, 1)
    );
    assert_eq!(r.counts["role_ok"], 1);
}

#[test]
fn lenient_between_company_and_org_other() {
    let gold = Gold::from_jsonl_str(GOLD).unwrap();
    let pred =
        json!({"id": "t1", "entities": [ent("COMPANY", "Transit Authority", "Transit Authority")]});
    let r = Scorer::new(&gold).score_values(&[pred], None);
    let company = r.entity("COMPANY");
    assert_eq!((company.n_pred, company.ignored), (0, 1));
    assert_eq!(r.entity("ORG_ANY").tp_gold, 1);
    assert_eq!(r.missing.len(), 0);
}

#[test]
fn missing_documents_count_as_empty() {
    let gold = Gold::from_jsonl_str(GOLD).unwrap();
    let r = Scorer::new(&gold).score_values(&[], None);
    assert_eq!(r.missing, ["t1"]);
    assert_eq!(r.entity("PERSON").r(), 0.0);
    assert_eq!(r.quotes.gold, 2);
}

#[test]
fn evaluate_subcommand_prints_table_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    let pred = dir.path().join("pred.jsonl");
    let out = dir.path().join("m.json");
    std::fs::write(&gold, format!("{GOLD}\n")).unwrap();
    std::fs::write(&pred, format!("{}\n", prediction())).unwrap();
    let assert = Command::cargo_bin("news-extract")
        .unwrap()
        .args(["evaluate", "--gold"])
        .arg(&gold)
        .arg(&pred)
        .arg("--json")
        .arg(&out)
        .assert()
        .success();
    let stdout = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(stdout.contains("ORG_ANY (COMPANY+ORG_OTHER)"), "{stdout}");
    assert!(stdout.contains("all events"), "{stdout}");
    let m: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(m["events"]["tp"], 1);
    assert_eq!(m["entities"]["PERSON"]["precision"], 0.5);
}

#[test]
fn evaluate_reports_a_missing_file() {
    Command::cargo_bin("news-extract")
        .unwrap()
        .args([
            "evaluate",
            "--gold",
            "/nonexistent/gold.jsonl",
            "/nonexistent/p.jsonl",
        ])
        .assert()
        .code(1);
}

#[test]
fn errors_list_misses_false_positives_and_wrong_speakers_with_their_sentence() {
    let gold = Gold::from_jsonl_str(GOLD).unwrap();
    let text = "Jane Doe joined Acme Corp. Will Smith waved. \"No comment at all,\" Doe said.";
    let texts = [("t1".to_string(), text.to_string())].into_iter().collect();
    let r = Scorer::new(&gold).score_values(&[prediction()], Some(&texts));
    let has = |kind: &str, what: &str| {
        r.errors.iter().any(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            f.len() == 4 && f[0] == "t1" && f[1] == kind && f[2].contains(what)
        })
    };
    assert!(has("PERSON false positive", "Will"), "{:#?}", r.errors);
    assert!(has("COMPANY duplicate", "ACME Inc."), "{:#?}", r.errors);
    assert!(has("quote wrong speaker", "gold null, predicted Jane Doe"));
    assert!(has("quote false positive", "Something else"));
    assert!(has("event false positive", "LEAVE Jane Doe / Other Ltd"));
    // The false-positive person comes with the sentence it stands in.
    assert!(r.errors.iter().any(|l| l.ends_with("\tWill Smith waved.")));
    // Matched items and optional gold give no line.
    assert!(!has("PERSON miss", "Jane Doe") && !has("PERSON miss", "Bob Roe"));
    assert!(!has("event miss", "Jane Doe"));
}
