//! The `news-extract` command line: flag parsing and wiring; the work is in
//! [`news_extract::batch`].

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use news_extract::batch::{self, Fields, Format, Offsets, Options, Source, Task};
use news_extract::{Extractor, Segmenter};

const EXAMPLES: &str = "\
Examples:
  news-extract extract article.txt                 one article per text file
  news-extract extract dump.jsonl.gz -o out.jsonl  JSON Lines, gzip or zstd, to a file
  zcat dump.jsonl.gz | news-extract > out.jsonl    stdin to stdout ('extract' is the default)
  news-extract --text-field body --id-field url --keep-fields dump.jsonl
                                                   other field names; pass the rest under \"meta\"
  news-extract --offsets char dump.jsonl           character offsets (Python string indices)
  news-extract --threads 4 --quiet dump.jsonl      4 worker threads, nothing on stderr
  news-extract --gazetteer extra.tsv dump.jsonl    add dictionary entries (--no-builtin: only those)
  news-extract sentences article.txt               sentences only, with their text

Output: one JSON line per input record, in input order. A record that cannot be processed
(invalid JSON or UTF-8, missing or non-string text field, empty line) gives
{\"id\":..,\"line\":N,\"error\":\"..\",\"file\":..} in its place. With a title field the text is
title + \"\\n\\n\" + text, and all offsets refer to that combined text.

Exit status: 0 all records fine; 3 some records failed; 2 usage error; 1 an input could not
be read or the output could not be written. A closed output pipe (| head) ends the run
quietly with status 0.";

#[derive(Parser, Debug)]
#[command(
    name = "news-extract",
    version,
    about = "Extract companies, people, AI models, quotes and personnel moves from news articles",
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    extract: ExtractArgs,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Entities, quotes and events per article (the default subcommand)
    #[command(after_help = EXAMPLES)]
    Extract(ExtractArgs),
    /// Sentences only: {"id":..,"sentences":[{"text":..,"start":..,"end":..}]}
    #[command(after_help = EXAMPLES)]
    Sentences(CommonArgs),
    /// Score predictions (JSONL in the output contract) against a gold JSONL file
    Evaluate(EvaluateArgs),
}

#[derive(Args, Debug)]
struct EvaluateArgs {
    /// Gold annotations (JSONL, the dev set's format)
    #[arg(long, value_name = "GOLD")]
    gold: PathBuf,
    /// Predictions: `news-extract extract --offsets char` output
    #[arg(value_name = "DOCS")]
    docs: PathBuf,
    /// Article texts (JSONL with id and text) for the event sentence check
    #[arg(long, value_name = "TEXTS")]
    texts: Option<PathBuf>,
    /// Also write the metrics as JSON here
    #[arg(long, value_name = "OUT")]
    json: Option<PathBuf>,
    /// Also list each miss, false positive and wrong speaker with its sentence (after the
    /// table; give --texts for the sentences)
    #[arg(long)]
    errors: bool,
}

#[derive(Args, Debug)]
struct ExtractArgs {
    #[command(flatten)]
    common: CommonArgs,
    /// Add dictionary entries from a TSV file (repeatable)
    #[arg(long = "gazetteer", value_name = "FILE")]
    gazetteers: Vec<PathBuf>,
    /// Use only the --gazetteer files, not the built-in dictionaries
    #[arg(long)]
    no_builtin: bool,
}

#[derive(Args, Debug)]
struct CommonArgs {
    /// Input files: text (one article each) or JSONL, optionally .gz or .zst; '-' or none: stdin
    #[arg(value_name = "FILES")]
    files: Vec<PathBuf>,
    /// Input format [default: by extension: .jsonl/.ndjson/.json are JSONL, others text;
    /// stdin: JSONL if it starts with '{']
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// JSONL field holding the article text
    #[arg(long, default_value = "text", value_name = "NAME")]
    text_field: String,
    /// JSONL field holding the title, prepended to the text as its own paragraph ('' for none)
    #[arg(long, default_value = "title", value_name = "NAME")]
    title_field: String,
    /// JSONL field holding the id [else the line number; text files: the path]
    #[arg(long, default_value = "id", value_name = "NAME")]
    id_field: String,
    /// Pass the other JSONL fields through under "meta"
    #[arg(long)]
    keep_fields: bool,
    /// JSONL field holding the publication date (2004-11-29, RFC 2822 or a Unix timestamp);
    /// relative event dates ("on Monday", "last year") are resolved against it
    #[arg(long, value_name = "NAME")]
    date_field: Option<String>,
    /// Write to FILE instead of stdout
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Offsets as UTF-8 bytes or as Unicode characters
    #[arg(long, value_enum, default_value_t = OffsetsArg::Byte)]
    offsets: OffsetsArg,
    /// Worker threads [default: all cores]
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<NonZeroUsize>,
    /// No progress and no summary on stderr (errors are still reported)
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FormatArg {
    Text,
    Jsonl,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum OffsetsArg {
    Byte,
    Char,
}

fn main() -> ExitCode {
    // A bug in a stage turns one record into an error record (see `batch`); say where, once,
    // without a backtrace per record.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("news-extract: internal error (a bug, please report it): {info}");
    }));
    let cli = Cli::parse();
    let (common, task) = match cli.command {
        Some(Command::Sentences(common)) => (common, Task::Sentences(Segmenter::new())),
        Some(Command::Extract(args)) => extract_task(args),
        Some(Command::Evaluate(args)) => return evaluate(&args),
        None => {
            // `news-extract -q sentences x.txt` parses as `extract` of a file named
            // "sentences": almost surely options put before the subcommand.
            let misplaced = cli.extract.common.files.first().filter(|first| {
                ["extract", "sentences"]
                    .iter()
                    .any(|c| first.as_os_str() == *c)
                    && !first.exists()
            });
            if let Some(first) = misplaced {
                eprintln!(
                    "news-extract: no file {0:?}; options go after the subcommand: \
                     news-extract {0} [OPTIONS] [FILES]...",
                    first.display().to_string()
                );
                return ExitCode::from(2);
            }
            extract_task(cli.extract)
        }
    };
    ExitCode::from(run(common, task) as u8)
}

fn evaluate(args: &EvaluateArgs) -> ExitCode {
    use news_extract::eval::{Gold, Scorer, read_jsonl};
    let run = || -> Result<(), String> {
        let gold = Gold::read(&args.gold)?;
        let preds = read_jsonl(&args.docs)?;
        let texts = match &args.texts {
            Some(path) => Some(
                read_jsonl(path)?
                    .into_iter()
                    .filter_map(|v| {
                        let id = v.get("id")?.as_str()?.to_string();
                        Some((id, v.get("text")?.as_str()?.to_string()))
                    })
                    .collect(),
            ),
            None => None,
        };
        let report = Scorer::new(&gold).score_values(&preds, texts.as_ref());
        print!("{}", report.table());
        if args.errors {
            println!("\nERRORS (id, kind, what, sentence)");
            for line in &report.errors {
                println!("{line}");
            }
        }
        if !report.missing.is_empty() {
            let shown: Vec<&str> = report.missing.iter().take(10).map(String::as_str).collect();
            eprintln!(
                "warning: {} gold docs have no prediction: {}",
                report.missing.len(),
                shown.join(" ")
            );
        }
        if let Some(out) = &args.json {
            let text =
                serde_json::to_string_pretty(&report.to_json()).map_err(|e| e.to_string())?;
            std::fs::write(out, text).map_err(|e| format!("{}: {e}", out.display()))?;
        }
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("news-extract: {e}");
            ExitCode::from(1)
        }
    }
}

fn extract_task(args: ExtractArgs) -> (CommonArgs, Task) {
    let mut builder = Extractor::builder().builtin(!args.no_builtin);
    for path in &args.gazetteers {
        builder = builder.gazetteer_file(path);
    }
    match builder.build() {
        Ok(extractor) => (args.common, Task::Extract(extractor)),
        Err(e) => {
            eprintln!("news-extract: {e}");
            std::process::exit(match e {
                news_extract::Error::Io { .. } => 1,
                _ => 2,
            });
        }
    }
}

fn run(args: CommonArgs, task: Task) -> i32 {
    let mut sources: Vec<Source> = args
        .files
        .iter()
        .map(|p| {
            if p.as_os_str() == "-" {
                Source::Stdin
            } else {
                Source::File(p.clone())
            }
        })
        .collect();
    if sources.is_empty() {
        sources.push(Source::Stdin);
    }
    let quiet = args.quiet;
    if !quiet && sources.contains(&Source::Stdin) && io::stdin().is_terminal() {
        eprintln!("news-extract: reading an article from the terminal; end it with Ctrl-D");
    }
    let options = Options {
        format: args.format.map(|f| match f {
            FormatArg::Text => Format::Text,
            FormatArg::Jsonl => Format::Jsonl,
        }),
        fields: Fields {
            text: args.text_field,
            title: args.title_field,
            id: args.id_field,
            keep: args.keep_fields,
            date: args.date_field,
        },
        offsets: match args.offsets {
            OffsetsArg::Byte => Offsets::Byte,
            OffsetsArg::Char => Offsets::Char,
        },
        threads: args
            .threads
            .map_or_else(|| Options::default().threads, NonZeroUsize::get),
        progress: !quiet && io::stderr().is_terminal(),
    };
    let (sink, target): (Box<dyn Write>, String) = match &args.output {
        Some(path) => match File::create(path) {
            Ok(f) => (Box::new(f), path.display().to_string()),
            Err(e) => {
                eprintln!(
                    "news-extract: cannot create {}: {}",
                    path.display(),
                    plain(&e)
                );
                return 1;
            }
        },
        None => (Box::new(io::stdout().lock()), "stdout".to_string()),
    };
    let mut out = BufWriter::with_capacity(256 * 1024, sink);
    let summary = batch::run(&sources, task, &options, &mut out);
    if summary.broken_pipe() {
        return 0;
    }
    if let Some(e) = &summary.output_error {
        eprintln!("news-extract: cannot write to {target}: {}", plain(e));
        // The records before the failure are written; the rest of the run is abandoned.
        std::mem::forget(out);
        return 1;
    }
    if !quiet {
        eprintln!("news-extract: {}", summary.line());
    }
    summary.exit_code()
}

/// An I/O error message without Rust's `(os error N)` suffix.
fn plain(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
