//! Bad records, exit statuses, and the command line under failure: truncated input, missing
//! files, a closed output pipe, a full disk.

mod cli_support;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use cli_support::{bin_path, cli, jsonl, jsonl_line, lines, write_gz};
use predicates::prelude::*;

#[test]
fn every_bad_record_gets_an_error_line_in_its_place() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\":\"ok1\",\"text\":\"Fine. Really.\"}\n");
    input.extend_from_slice(b"{\"id\":\"broken\",\"text\":\"no closing\n");
    input.extend_from_slice(b"{\"id\":\"notext\",\"body\":\"x\"}\n");
    input.extend_from_slice(b"{\"id\":\"numtext\",\"text\":12}\n");
    input.extend_from_slice(b"{\"id\":\"latin1\",\"text\":\"caf\xe9\"}\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"[\"an\",\"array\"]\n");
    input.extend_from_slice(b"{\"id\":\"ok2\",\"text\":\"Also fine.\"}\n");
    let out = cli().arg("-q").write_stdin(input).assert().code(3);
    let records = lines(&out.get_output().stdout);
    assert_eq!(records.len(), 8, "one line per input line");
    assert_eq!(records[0]["id"], "ok1");
    assert!(records[0].get("error").is_none());
    let expect = [
        (1, "2", 2, "invalid JSON"),
        (2, "notext", 3, "missing text field \"text\""),
        (
            3,
            "numtext",
            4,
            "text field \"text\" is a number, not a string",
        ),
        (4, "latin1", 5, "invalid UTF-8 at byte 26"),
        (5, "6", 6, "empty line"),
        (6, "7", 7, "expected a JSON object, found an array"),
    ];
    for (i, id, line, error) in expect {
        let r = &records[i];
        assert_eq!(r["id"], id, "record {i}");
        assert_eq!(r["line"], line, "record {i}");
        assert!(
            r["error"].as_str().unwrap().starts_with(error),
            "record {i}: {r}"
        );
        assert_eq!(r["file"], "-");
    }
    assert_eq!(records[7]["id"], "ok2");
}

#[test]
fn summary_counts_errors_and_exit_status_is_3() {
    let input = format!("{}\nnot json\n", jsonl_line(0));
    cli()
        .write_stdin(input)
        .assert()
        .code(3)
        .stderr(predicate::str::contains("2 records, 1 error,"));
}

#[test]
fn invalid_utf8_in_a_text_file_is_repaired_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.txt");
    std::fs::write(&path, b"Caf\xe9 owner Ana Ruiz quit. She left on Monday.").unwrap();
    let out = cli()
        .arg("sentences")
        .arg(&path)
        .assert()
        .success()
        .stderr(predicate::str::contains("1 with warnings"));
    let v = &lines(&out.get_output().stdout)[0];
    assert!(v["warning"].as_str().unwrap().contains("invalid UTF-8"));
    assert_eq!(
        v["sentences"][0]["text"],
        "Caf\u{fffd} owner Ana Ruiz quit."
    );
}

#[test]
fn usage_errors_exit_2() {
    cli().arg("--no-such-flag").assert().code(2);
    cli().args(["--threads", "0"]).assert().code(2);
    cli().args(["--format", "xml"]).assert().code(2);
    cli().args(["--offsets", "word"]).assert().code(2);
    cli()
        .args(["sentences", "--gazetteer", "x.tsv"])
        .assert()
        .code(2);
}

#[test]
fn missing_gazetteer_exits_1() {
    cli()
        .args(["--gazetteer", "/no/such/extra.tsv"])
        .write_stdin("")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/no/such/extra.tsv"));
}

#[test]
fn a_file_that_is_gone_gives_an_error_line_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.jsonl");
    let gone = dir.path().join("gone.jsonl");
    let c = dir.path().join("c.jsonl");
    std::fs::write(&a, jsonl(2)).unwrap();
    std::fs::write(&gone, jsonl(2)).unwrap();
    std::fs::write(&c, jsonl_line(7)).unwrap();
    std::fs::remove_file(&gone).unwrap();
    let out = cli()
        .arg(&a)
        .arg(&gone)
        .arg(&c)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "news-extract: {}: cannot open: No such file or directory",
            gone.display()
        )));
    let records = lines(&out.get_output().stdout);
    assert_eq!(records.len(), 4);
    assert_eq!(records[2]["id"], gone.display().to_string());
    assert_eq!(
        records[2]["error"],
        "cannot open: No such file or directory"
    );
    assert_eq!(records[3]["id"], "a7");
}

#[test]
fn a_directory_is_an_unreadable_input() {
    let dir = tempfile::tempdir().unwrap();
    cli()
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is a directory"));
}

#[test]
fn truncated_gzip_keeps_every_record_before_the_cut() {
    let dir = tempfile::tempdir().unwrap();
    let data = jsonl(300);
    let full = dir.path().join("full.jsonl.gz");
    write_gz(&full, data.as_bytes());
    let bytes = std::fs::read(&full).unwrap();
    let cut = dir.path().join("cut.jsonl.gz");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let out = cli()
        .arg(&cut)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("read error"));
    let records = lines(&out.get_output().stdout);
    let (last, good) = records.split_last().unwrap();
    assert!(good.len() > 50, "records before the cut are written");
    for (i, r) in good.iter().enumerate() {
        assert_eq!(r["id"], format!("a{i}"));
        assert!(r.get("error").is_none());
    }
    assert_eq!(last["line"], good.len() + 1);
    assert!(last["error"].as_str().unwrap().starts_with("read error"));
}

#[test]
fn corrupt_zstd_is_an_io_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.jsonl.zst");
    let mut bytes = zstd::encode_all(jsonl(50).as_bytes(), 3).unwrap();
    let n = bytes.len();
    bytes.truncate(n - n / 3);
    std::fs::write(&path, bytes).unwrap();
    cli().arg(&path).assert().code(1);
}

#[test]
fn closed_output_pipe_ends_quietly_with_status_0() {
    let mut child = Command::new(bin_path())
        .args(["--threads", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        // Far more output than a pipe buffer holds; stops when the tool stops reading.
        let data = jsonl(4000);
        let _ = stdin.write_all(data.as_bytes());
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // `| head -1`: the reader has its line and closes the pipe.
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert!(first.starts_with("{\"id\":\"a0\""), "{first}");
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.to_lowercase().contains("pipe"), "{stderr}");
    assert!(
        !stderr.contains("records"),
        "no summary after a closed pipe: {stderr}"
    );
}

#[test]
fn full_disk_is_an_io_error() {
    if !std::path::Path::new("/dev/full").exists() {
        eprintln!("skipped: no /dev/full");
        return;
    }
    cli()
        .args(["--output", "/dev/full"])
        .write_stdin(jsonl(20))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "cannot write to /dev/full: No space left on device",
        ));
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = Command::new(bin_path())
        .stdin(Stdio::piped())
        .stdout(full)
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child
                .stdin
                .take()
                .unwrap()
                .write_all(jsonl(20).as_bytes())?;
            child.wait_with_output()
        })
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write to stdout"));
}

#[test]
fn uncreatable_output_file_is_an_io_error() {
    cli()
        .args(["--output", "/no/such/dir/out.jsonl"])
        .write_stdin(jsonl(1))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "cannot create /no/such/dir/out.jsonl",
        ));
}

#[test]
fn empty_input_is_fine() {
    // Empty stdin and an empty JSONL file have no records; an empty text file is an article.
    cli().write_stdin("").assert().success().stdout("");
    let out = cli()
        .arg("--format=text")
        .write_stdin("")
        .assert()
        .success();
    assert_eq!(
        lines(&out.get_output().stdout)[0]["sentences"],
        serde_json::json!([])
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.jsonl");
    std::fs::write(&path, "").unwrap();
    cli()
        .arg(&path)
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("0 records, 0 errors"));
}
