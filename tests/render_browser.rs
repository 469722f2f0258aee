//! The HTML pages in a real browser: when `chromium` is on the PATH, each page is rendered
//! headless, screenshotted, and its DOM checked (marks present; the page's script ran to the end
//! and set `data-ready="ok"`, so it threw no error). Installs nothing; without chromium the
//! tests say so on stderr and pass. Set `NEWS_EXTRACT_SCREENSHOTS=DIR` to keep the PNGs.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use news_extract::Extractor;
use news_extract::moves::Moves;
use news_extract::render::{article_page, moves_page};

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("chromium"))
        .find(|p| p.is_file())
}

/// Runs chromium headless on `page` with `extra` flags; its stdout, or a panic after 90 s.
fn run_chromium(bin: &Path, page: &Path, extra: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            panic!("chromium did not finish in 90 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Screenshot and DOM of an HTML page; `None` (with a note on stderr) without chromium.
fn browse(name: &str, html: &str) -> Option<(Vec<u8>, String)> {
    let Some(bin) = chromium() else {
        eprintln!("render_browser: chromium is not on the PATH; browser test {name} skipped");
        return None;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join(format!("{name}.html"));
    std::fs::write(&page, html).unwrap();
    let png = dir.path().join(format!("{name}.png"));
    run_chromium(
        &bin,
        &page,
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1200,900".into(),
        ],
    );
    let shot = std::fs::read(&png).expect("chromium wrote the screenshot");
    if let Some(keep) = std::env::var_os("NEWS_EXTRACT_SCREENSHOTS") {
        let _ = std::fs::create_dir_all(&keep);
        let _ = std::fs::write(Path::new(&keep).join(format!("{name}.png")), &shot);
    }
    let dom = run_chromium(&bin, &page, &["--dump-dom".into()]);
    Some((shot, dom))
}

fn check_png(shot: &[u8]) {
    assert!(shot.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    // 1200 x 900 in the IHDR chunk.
    assert_eq!(&shot[16..24], &[0, 0, 4, 176, 0, 0, 3, 132]);
    // A blank page compresses to a few KB; marks, text and colours take far more.
    assert!(
        shot.len() > 20_000,
        "screenshot looks empty ({} bytes)",
        shot.len()
    );
}

fn body_tag(dom: &str) -> &str {
    let start = dom.find("<body").expect("a body element");
    &dom[start..start + dom[start..].find('>').unwrap()]
}

#[test]
fn seed_article_page_in_chromium() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seed/meta-llama-engineers-quit.txt"
    );
    let text = std::fs::read_to_string(path).unwrap_or_else(|_| {
        std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/sample-article.txt"
        ))
        .unwrap()
    });
    let doc = Extractor::shared().extract(&text);
    let html = article_page("seed <article>", &text, &doc);
    let Some((shot, dom)) = browse("article", &html) else {
        return;
    };
    check_png(&shot);
    let body = body_tag(&dom);
    assert!(
        body.contains("data-ready=\"ok\""),
        "script did not finish: {body}"
    );
    let marks = dom.matches("<mark class=\"ent ").count();
    assert_eq!(marks, doc.entities.len());
    assert!(body.contains(&format!("data-marks=\"{marks}\"")), "{body}");
    for kind in ["PERSON", "COMPANY"] {
        assert!(dom.contains(&format!("<mark class=\"ent {kind}")), "{kind}");
    }
    assert!(dom.contains("class=\"quote\""));
    assert!(dom.contains("class=\"evs evs-0\""));
    // Escaped, not markup.
    assert!(dom.contains("seed &lt;article&gt;"));
}

#[test]
fn moves_page_in_chromium() {
    let ex = Extractor::shared();
    let mut moves = Moves::new();
    let texts = [
        "Marcus Oyelaran resigned as chief executive of Halberd Systems. He joined Corvid Labs \
         as president.",
        "Aiko Tanabe left Meridian Bank to join Corvid Labs.",
        "Corvid Labs hired Tomasz Wójcik <script>alert(1)</script> as CFO.",
    ];
    for (i, t) in texts.iter().enumerate() {
        moves.add(&format!("a{i}"), t, &ex.extract(t));
    }
    let rows = moves.rows();
    assert!(rows.len() >= 2);
    let html = moves_page("Moves & more", &rows, &moves.counts());
    let Some((shot, dom)) = browse("moves", &html) else {
        return;
    };
    check_png(&shot);
    let body = body_tag(&dom);
    assert!(
        body.contains("data-ready=\"ok\""),
        "script did not finish: {body}"
    );
    assert!(
        body.contains(&format!("data-rows=\"{}\"", rows.len())),
        "{body}"
    );
    assert!(dom.contains("<svg") && dom.contains("class=\"edge\""));
    assert!(!dom.contains("<script>alert"));
}
