//! The command line over every input format, option and subcommand.

mod cli_support;

use cli_support::{article, cli, jsonl, jsonl_line, lines, write_gz, write_zst};
use predicates::prelude::*;
use serde_json::Value;

fn ids(out: &[Value]) -> Vec<String> {
    out.iter()
        .map(|v| v["id"].as_str().expect("string id").to_string())
        .collect()
}

fn sentence_texts(v: &Value, text: &str) -> Vec<String> {
    v["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let (a, b) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
            text[a as usize..b as usize].to_string()
        })
        .collect()
}

#[test]
fn readme_command_on_the_sample_article() {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/sample-article.txt");
    let out = cli().args(["extract", fixture]).assert().success();
    let records = lines(&out.get_output().stdout);
    assert_eq!(records.len(), 1);
    let raw = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        raw.starts_with(&format!("{{\"id\":{:?},", fixture)),
        "{raw}"
    );
    for key in ["sentences", "entities", "quotes", "events"] {
        assert!(records[0][key].is_array(), "{key}");
    }
}

#[test]
fn text_file_is_one_record_with_its_path_as_id() {
    let dir = tempfile::tempdir().unwrap();
    let (_, text) = article(1);
    let path = dir.path().join("story.txt");
    std::fs::write(&path, &text).unwrap();
    let out = cli().arg(&path).assert().success();
    let records = lines(&out.get_output().stdout);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["id"], path.display().to_string());
    let first = &sentence_texts(&records[0], &text)[0];
    assert!(
        first.starts_with(text.split(" - ").next().unwrap()),
        "{first}"
    );
}

#[test]
fn jsonl_gz_and_zst_give_the_same_output() {
    let dir = tempfile::tempdir().unwrap();
    let data = jsonl(40);
    let plain = dir.path().join("d.jsonl");
    let gz = dir.path().join("d.jsonl.gz");
    let zst = dir.path().join("d.ndjson.zst");
    std::fs::write(&plain, &data).unwrap();
    write_gz(&gz, data.as_bytes());
    write_zst(&zst, data.as_bytes());
    let run = |p: &std::path::Path| cli().arg(p).assert().success().get_output().stdout.clone();
    let expected = run(&plain);
    assert_eq!(lines(&expected).len(), 40);
    assert_eq!(run(&gz), expected);
    assert_eq!(run(&zst), expected);
    // A gzipped text article is a text article.
    let txt = dir.path().join("a.txt.gz");
    write_gz(&txt, article(3).1.as_bytes());
    let out = lines(&run(&txt));
    assert_eq!(out.len(), 1);
    assert_eq!(out[0]["id"], txt.display().to_string());
}

#[test]
fn stdin_jsonl_is_sniffed_and_compression_detected() {
    let data = jsonl(12);
    let plain = cli().write_stdin(data.clone()).assert().success();
    let plain = plain.get_output().stdout.clone();
    assert_eq!(
        ids(&lines(&plain)),
        (0..12).map(|i| format!("a{i}")).collect::<Vec<_>>()
    );
    // The same through '-', and gzip-compressed on stdin.
    let dash = cli()
        .args(["extract", "-"])
        .write_stdin(data.clone())
        .assert()
        .success();
    assert_eq!(dash.get_output().stdout, plain);
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut enc, data.as_bytes()).unwrap();
    let gz = cli().write_stdin(enc.finish().unwrap()).assert().success();
    assert_eq!(gz.get_output().stdout, plain);
    let zst = zstd::encode_all(data.as_bytes(), 1).unwrap();
    let zst = cli().arg("-").write_stdin(zst).assert().success();
    assert_eq!(zst.get_output().stdout, plain);
}

#[test]
fn stdin_text_is_one_article() {
    let (_, text) = article(7);
    let out = cli()
        .arg("sentences")
        .write_stdin(text.clone())
        .assert()
        .success();
    let records = lines(&out.get_output().stdout);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["id"], "-");
    assert!(records[0]["sentences"].as_array().unwrap().len() > 1);
}

#[test]
fn format_flag_overrides_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dump.txt");
    std::fs::write(&path, jsonl(3)).unwrap();
    let auto = cli().arg(&path).assert().success();
    assert_eq!(lines(&auto.get_output().stdout).len(), 1);
    let forced = cli()
        .args(["--format", "jsonl"])
        .arg(&path)
        .assert()
        .success();
    assert_eq!(ids(&lines(&forced.get_output().stdout)), ["a0", "a1", "a2"]);
    // And the other way: a .jsonl file read as one text article.
    let j = dir.path().join("x.jsonl");
    std::fs::write(&j, "not json at all. Just text.\n").unwrap();
    let text = cli().args(["--format", "text"]).arg(&j).assert().success();
    assert_eq!(
        lines(&text.get_output().stdout)[0]["id"],
        j.display().to_string()
    );
}

#[test]
fn several_files_and_stdin_in_argument_order() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.jsonl");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, jsonl(3)).unwrap();
    std::fs::write(&b, article(9).1).unwrap();
    let out = cli()
        .arg(&b)
        .arg("-")
        .arg(&a)
        .write_stdin(jsonl_line(99) + "\n")
        .assert()
        .success();
    let records = lines(&out.get_output().stdout);
    let expected = [
        b.display().to_string(),
        "a99".into(),
        "a0".into(),
        "a1".into(),
        "a2".into(),
    ];
    assert_eq!(ids(&records), expected);
}

#[test]
fn order_is_kept_with_two_threads() {
    // Records of very different sizes, so batches finish out of order.
    let mut data = String::new();
    let mut expected = Vec::new();
    for i in 0..3000 {
        let (title, mut text) = article(i);
        if i % 97 == 0 {
            text = text.repeat(20);
        }
        let line = serde_json::json!({"id": format!("r{i}"), "title": title, "text": text});
        data.push_str(&line.to_string());
        data.push('\n');
        expected.push(format!("r{i}"));
    }
    for threads in ["1", "2"] {
        let out = cli()
            .args(["--threads", threads, "--quiet"])
            .write_stdin(data.clone())
            .assert()
            .success();
        assert_eq!(
            ids(&lines(&out.get_output().stdout)),
            expected,
            "threads {threads}"
        );
    }
}

#[test]
fn title_is_prepended_as_its_own_sentence() {
    let line = r#"{"id":"t1","title":"Bank holds rates","text":"The Bank of England held rates. Markets rose."}"#;
    let out = cli().arg("sentences").write_stdin(line).assert().success();
    let v = &lines(&out.get_output().stdout)[0];
    let texts: Vec<&str> = v["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "Bank holds rates",
            "The Bank of England held rates.",
            "Markets rose."
        ]
    );
    // Offsets refer to title + "\n\n" + text.
    assert_eq!(v["sentences"][1]["start"], "Bank holds rates\n\n".len());
    // An empty field name leaves the title out.
    let out = cli()
        .args(["sentences", "--title-field", ""])
        .write_stdin(line)
        .assert()
        .success();
    let v = &lines(&out.get_output().stdout)[0];
    assert_eq!(v["sentences"][0]["start"], 0);
    assert_eq!(v["sentences"][0]["text"], "The Bank of England held rates.");
}

#[test]
fn field_names_and_keep_fields() {
    let line = r#"{"url":"https://x.test/1","headline":"Chip maker hires","body":"Acme hired Jo Bell. She starts in May.","lang":"en","tags":["tech"]}"#;
    let out = cli()
        .args([
            "--text-field",
            "body",
            "--title-field",
            "headline",
            "--id-field",
            "url",
        ])
        .arg("--keep-fields")
        .write_stdin(line)
        .assert()
        .success();
    let raw = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(raw.starts_with(r#"{"id":"https://x.test/1","#), "{raw}");
    let v = &lines(raw.as_bytes())[0];
    assert_eq!(
        v["meta"],
        serde_json::json!({"lang": "en", "tags": ["tech"]})
    );
    assert_eq!(v["sentences"].as_array().unwrap().len(), 3);
    // Without --keep-fields there is no meta; without an id field the id is the line number.
    let out = cli()
        .args(["--text-field", "body"])
        .write_stdin(format!("{line}\n{line}\n"))
        .assert()
        .success();
    let records = lines(&out.get_output().stdout);
    assert!(records[0].get("meta").is_none());
    assert_eq!(ids(&records), ["1", "2"]);
}

#[test]
fn char_offsets_index_characters() {
    let text = "Zoë Müller left Société Générale. “We’re sad,” the bank said. Then Ana joined.";
    let line = serde_json::json!({"id": "u", "text": text}).to_string();
    let bytes = cli()
        .args(["--offsets", "byte"])
        .write_stdin(line.clone())
        .assert()
        .success();
    let chars = cli()
        .args(["--offsets", "char"])
        .write_stdin(line)
        .assert()
        .success();
    let b = &lines(&bytes.get_output().stdout)[0];
    let c = &lines(&chars.get_output().stdout)[0];
    let (bs, cs) = (
        b["sentences"].as_array().unwrap(),
        c["sentences"].as_array().unwrap(),
    );
    assert_eq!(bs.len(), cs.len());
    assert!(bs.len() >= 2);
    let chars: Vec<char> = text.chars().collect();
    for (sb, sc) in bs.iter().zip(cs) {
        let byte_slice =
            &text[sb["start"].as_u64().unwrap() as usize..sb["end"].as_u64().unwrap() as usize];
        let char_slice: String = chars
            [sc["start"].as_u64().unwrap() as usize..sc["end"].as_u64().unwrap() as usize]
            .iter()
            .collect();
        assert_eq!(byte_slice, char_slice);
    }
    assert_ne!(bs.last().unwrap()["start"], cs.last().unwrap()["start"]);
}

#[test]
fn sentences_subcommand_on_text_and_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(
        &path,
        "Mr. Smith joined Acme Corp. in May. He left in June.\n",
    )
    .unwrap();
    let out = cli().arg("sentences").arg(&path).assert().success();
    let v = &lines(&out.get_output().stdout)[0];
    assert_eq!(v["id"], path.display().to_string());
    assert_eq!(
        v["sentences"],
        serde_json::json!([
            {"text": "Mr. Smith joined Acme Corp. in May.", "start": 0, "end": 35},
            {"text": "He left in June.", "start": 36, "end": 52},
        ])
    );
    let keys: Vec<_> = v.as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, ["id", "sentences"]);
    let out = cli()
        .args(["sentences", "--format", "jsonl", "--text-field", "body"])
        .write_stdin("{\"body\":\"One. Two.\"}\n")
        .assert()
        .success();
    assert_eq!(
        lines(&out.get_output().stdout)[0]["sentences"][1]["text"],
        "Two."
    );
}

#[test]
fn output_file_and_summary() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("out.jsonl");
    cli()
        .arg("-o")
        .arg(&out_path)
        .write_stdin(jsonl(5))
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::is_match(r"^news-extract: 5 records, 0 errors, .* MB/s").unwrap());
    assert_eq!(lines(&std::fs::read(&out_path).unwrap()).len(), 5);
    cli()
        .arg("-q")
        .write_stdin(jsonl(2))
        .assert()
        .success()
        .stderr("");
}

#[test]
fn long_lines_bom_and_crlf() {
    // A BOM at the start, CRLF line ends, a 10 MB line (passed through under "meta") and a
    // 1 MB article.
    let pad = "x".repeat(10 << 20);
    let long = "Shares rose. ".repeat((1 << 20) / 13);
    let data = format!(
        "\u{feff}{{\"id\":\"first\",\"text\":\"A.\"}}\r\n{}\r\n{}\r\n{{\"id\":\"last\",\"text\":\"B.\"}}",
        serde_json::json!({"id": "padded", "text": "Short. Two.", "pad": pad}),
        serde_json::json!({"id": "long", "text": long}),
    );
    let out = cli()
        .args(["sentences", "--keep-fields"])
        .write_stdin(data)
        .assert()
        .success();
    let records = lines(&out.get_output().stdout);
    assert_eq!(ids(&records), ["first", "padded", "long", "last"]);
    assert_eq!(
        records[1]["meta"]["pad"].as_str().map(str::len),
        Some(pad.len())
    );
    assert_eq!(
        records[2]["sentences"].as_array().unwrap().len(),
        long.len() / 13
    );
}

#[test]
fn help_shows_examples_and_version_works() {
    cli()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:"))
        .stdout(predicate::str::contains("news-extract sentences"))
        .stdout(predicate::str::contains("Exit status"));
    cli()
        .args(["sentences", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--text-field"));
    cli().arg("--version").assert().success();
}
