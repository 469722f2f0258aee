//! The `news-extract` command line: a thin wrapper over the library.

use std::io::{Read, Write};

fn main() {
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("news-extract: cannot read stdin: {e}");
        std::process::exit(1);
    }
    let doc = news_extract::Extractor::default().extract(&text);
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{}",
        serde_json::to_string(&doc).expect("serialisable")
    );
}
