//! Scale check, run by hand (not in CI): a generated dump of 100,000 articles through the
//! release binary with one and two threads, reporting peak memory (`/usr/bin/time -v`) and
//! records per second. Asserts the output has one line per record and peak memory stays
//! under 200 MB; the speed-up is reported, not asserted (timing belongs in benchmarks).
//!
//! ```sh
//! cargo test --release --test cli_scale -- --ignored --nocapture
//! ```
//!
//! Set `NEWS_EXTRACT_DUMP=/path/dump.jsonl` to keep the generated dump (it is made only when
//! that file does not exist yet) and re-measure by hand with the commands printed.

mod cli_support;

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

use cli_support::{bin_path, jsonl_line};

const RECORDS: usize = 100_000;

#[test]
#[ignore = "generates a ~200 MB dump; run with --release -- --ignored --nocapture"]
fn hundred_thousand_articles_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let dump = std::env::var_os("NEWS_EXTRACT_DUMP")
        .map(PathBuf::from)
        .unwrap_or_else(|| dir.path().join("dump-100k.jsonl"));
    if !dump.exists() {
        let mut w = BufWriter::new(std::fs::File::create(&dump).unwrap());
        for i in 0..RECORDS {
            writeln!(w, "{}", jsonl_line(i)).unwrap();
        }
        w.flush().unwrap();
    }
    let size = std::fs::metadata(&dump).unwrap().len();
    println!(
        "dump: {} ({:.1} MB, {RECORDS} records)",
        dump.display(),
        size as f64 / 1e6
    );
    let has_time = std::path::Path::new("/usr/bin/time").exists();
    let mut rates = Vec::new();
    for threads in ["1", "2"] {
        let bin = bin_path();
        let mut cmd = if has_time {
            let mut c = Command::new("/usr/bin/time");
            c.arg("-v").arg(&bin);
            c
        } else {
            Command::new(&bin)
        };
        cmd.args(["extract", "--quiet", "--threads", threads])
            .arg(&dump);
        println!(
            "command: /usr/bin/time -v {} extract --quiet --threads {threads} {} > /dev/null",
            bin.display(),
            dump.display()
        );
        let start = Instant::now();
        let out = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let secs = start.elapsed().as_secs_f64();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let lines = out.stdout.iter().filter(|&&b| b == b'\n').count();
        assert_eq!(lines, RECORDS);
        let rate = RECORDS as f64 / secs;
        rates.push(rate);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let peak_kb: Option<u64> = stderr
            .lines()
            .find_map(|l| {
                l.trim()
                    .strip_prefix("Maximum resident set size (kbytes): ")
            })
            .and_then(|v| v.trim().parse().ok());
        let cpu = stderr
            .lines()
            .find_map(|l| l.trim().strip_prefix("Percent of CPU this job got: "))
            .unwrap_or("?");
        println!(
            "--threads {threads}: {secs:.2} s, {rate:.0} records/s, {:.1} MB/s, peak RSS {}, \
             CPU {cpu} (other load on the machine lowers it)",
            size as f64 / 1e6 / secs,
            peak_kb.map_or("unknown".into(), |kb| format!(
                "{:.1} MB",
                kb as f64 / 1024.0
            ))
        );
        if let Some(kb) = peak_kb {
            assert!(kb < 200 * 1024, "peak memory {kb} kB");
        }
    }
    println!(
        "speed-up --threads 2 / --threads 1: {:.2}x",
        rates[1] / rates[0]
    );
}
