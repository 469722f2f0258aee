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

/// mimalloc for the command line: the pipeline makes ~190 short-lived allocations per article,
/// and glibc's malloc/free cost ~120 M of the 1,681 M instructions on the BBC corpus; mimalloc
/// cuts the whole run to 1,592 M with the output unchanged. Built with its `no_thp` feature:
/// mimalloc otherwise asks for transparent huge pages, and the kernel's clearing of each 2 MB
/// page on first touch cost 0.03-0.18 s of system time on a 30 MB input (user + system time
/// 1.02 s -> 0.96 s, mean of six alternating runs; peak memory 69 MB -> 30 MB). The library
/// leaves the choice of allocator to the program that embeds it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
  news-extract --date-field published dump.jsonl   resolve \"on Monday\" against a date field
  news-extract moves dump.jsonl > moves.csv        who moved where, over the whole dump
  news-extract render article.txt -o view.html     one article as an HTML page

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
    /// Who moved where: every asserted move across the input, one row per move
    #[command(after_help = MOVES_HELP)]
    Moves(MovesArgs),
    /// One article as a self-contained HTML page: entities, quotes and events highlighted
    Render(RenderArgs),
}

const MOVES_HELP: &str = "\
Rows: person, from, to, role, date, date_precision, date_text, articles, evidence.
A LEAVE and a JOIN of the same person in one article are one row (from -> to); rows of the
same person from and to the same organisations (canonical names, any case) are merged across
articles, and a partial row (left X) is folded into the complete one (left X for Y). Only
asserted moves of named people are listed.

Examples:
  news-extract moves dump.jsonl > moves.csv
  news-extract moves --format jsonl --date-field published dump.jsonl.gz -o moves.jsonl
  news-extract moves dump.jsonl --counts counts.csv --html moves.html

Bad records are reported on stderr and skipped; the exit status is that of `extract`
(3 when some records failed, 1 when an input or output failed).";

#[derive(Args, Debug)]
struct MovesArgs {
    /// Input files: JSONL or text (one article each), optionally .gz or .zst; '-' or none: stdin
    #[arg(value_name = "FILES")]
    files: Vec<PathBuf>,
    /// Output format of the rows (and of --counts)
    #[arg(long, value_enum, default_value_t = TableFormat::Csv)]
    format: TableFormat,
    /// Input format [default: by extension; stdin: JSONL if it starts with '{']
    #[arg(long, value_enum, value_name = "FORMAT")]
    input_format: Option<FormatArg>,
    /// Write the rows to FILE instead of stdout
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Also write moves in and out per organisation (org,in,out) to FILE
    #[arg(long, value_name = "FILE")]
    counts: Option<PathBuf>,
    /// Also write the roll-up as an HTML page (sortable table, from -> to graph) to FILE
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
    #[command(flatten)]
    fields: FieldArgs,
    /// Add dictionary entries from a TSV file (repeatable)
    #[arg(long = "gazetteer", value_name = "FILE")]
    gazetteers: Vec<PathBuf>,
    /// Use only the --gazetteer files, not the built-in dictionaries
    #[arg(long)]
    no_builtin: bool,
    /// Worker threads [default: all cores]
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<NonZeroUsize>,
    /// No summary on stderr (errors are still reported)
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Args, Debug)]
struct RenderArgs {
    /// The article: a text file, or a JSONL file (the first record, or --id); '-': stdin
    #[arg(value_name = "ARTICLE")]
    article: PathBuf,
    /// Write the page to FILE [default: stdout]
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// In a JSONL file, the record with this id
    #[arg(long, value_name = "ID")]
    id: Option<String>,
    /// Input format [default: by extension; stdin: JSONL if it starts with '{']
    #[arg(long, value_enum, value_name = "FORMAT")]
    input_format: Option<FormatArg>,
    #[command(flatten)]
    fields: FieldArgs,
    /// Add dictionary entries from a TSV file (repeatable)
    #[arg(long = "gazetteer", value_name = "FILE")]
    gazetteers: Vec<PathBuf>,
    /// Use only the --gazetteer files, not the built-in dictionaries
    #[arg(long)]
    no_builtin: bool,
}

/// JSONL field names shared by `moves` and `render`.
#[derive(Args, Debug)]
struct FieldArgs {
    /// JSONL field holding the article text
    #[arg(long, default_value = "text", value_name = "NAME")]
    text_field: String,
    /// JSONL field holding the title, prepended to the text as its own paragraph ('' for none)
    #[arg(long, default_value = "title", value_name = "NAME")]
    title_field: String,
    /// JSONL field holding the id [else the line number; text files: the path]
    #[arg(long, default_value = "id", value_name = "NAME")]
    id_field: String,
    /// JSONL field holding the publication date, for relative event dates ("on Monday")
    #[arg(long, value_name = "NAME")]
    date_field: Option<String>,
}

impl FieldArgs {
    fn fields(&self) -> Fields {
        Fields {
            text: self.text_field.clone(),
            title: self.title_field.clone(),
            id: self.id_field.clone(),
            keep: false,
            date: self.date_field.clone(),
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum TableFormat {
    Csv,
    Jsonl,
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
        Some(Command::Moves(args)) => return ExitCode::from(moves(args) as u8),
        Some(Command::Render(args)) => return ExitCode::from(render(args) as u8),
        None => {
            // `news-extract -q sentences x.txt` parses as `extract` of a file named
            // "sentences": almost surely options put before the subcommand.
            let misplaced = cli.extract.common.files.first().filter(|first| {
                ["extract", "sentences", "moves", "render", "evaluate"]
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
    let extractor = build_extractor(&args.gazetteers, args.no_builtin);
    (args.common, Task::Extract(extractor))
}

fn sources_of(files: &[PathBuf]) -> Vec<Source> {
    let mut sources: Vec<Source> = files
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
    sources
}

fn input_format(f: Option<FormatArg>) -> Option<Format> {
    f.map(|f| match f {
        FormatArg::Text => Format::Text,
        FormatArg::Jsonl => Format::Jsonl,
    })
}

/// Writes `bytes` to `path` (or stdout); an error message on failure.
fn write_out(path: Option<&PathBuf>, bytes: &[u8]) -> Result<(), String> {
    match path {
        Some(p) => std::fs::write(p, bytes)
            .map_err(|e| format!("cannot write to {}: {}", p.display(), plain(&e))),
        None => {
            let mut out = io::stdout().lock();
            match out.write_all(bytes).and_then(|()| out.flush()) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(format!("cannot write to stdout: {}", plain(&e))),
            }
        }
    }
}

fn moves(args: MovesArgs) -> i32 {
    use news_extract::moves::{self, Moves};
    let extractor = build_extractor(&args.gazetteers, args.no_builtin);
    let sources = sources_of(&args.files);
    let options = Options {
        format: input_format(args.input_format),
        fields: args.fields.fields(),
        offsets: Offsets::Byte,
        threads: args
            .threads
            .map_or_else(|| Options::default().threads, NonZeroUsize::get),
        progress: false,
    };
    let mut docs = batch::documents(&sources, &extractor, &options);
    let mut rollup = Moves::new();
    let mut shown = 0usize;
    for result in docs.by_ref() {
        match result {
            Ok((article, doc)) => rollup.add(&article.id, &article.text, &doc),
            Err(e) => {
                shown += 1;
                if shown <= 20 {
                    eprintln!("news-extract: {e}");
                } else if shown == 21 {
                    eprintln!("news-extract: (further record errors not shown)");
                }
            }
        }
    }
    for message in docs.diagnostics() {
        eprintln!("news-extract: {message}");
    }
    let rows = rollup.rows();
    let counts = rollup.counts();
    let mut body = Vec::new();
    let mut counts_body = Vec::new();
    let written = match args.format {
        TableFormat::Csv => moves::write_csv(&rows, &mut body)
            .and_then(|()| moves::write_counts_csv(&counts, &mut counts_body)),
        TableFormat::Jsonl => moves::write_jsonl(&rows, &mut body)
            .and_then(|()| moves::write_jsonl(&counts, &mut counts_body)),
    };
    if let Err(e) = written {
        eprintln!("news-extract: {e}");
        return 1;
    }
    let mut outputs = vec![(args.output.as_ref(), body)];
    if let Some(p) = &args.counts {
        outputs.push((Some(p), counts_body));
    }
    if let Some(p) = &args.html {
        let title = format!(
            "Moves: {}",
            sources
                .iter()
                .map(Source::label)
                .collect::<Vec<_>>()
                .join(", ")
        );
        outputs.push((
            Some(p),
            news_extract::render::moves_page(&title, &rows, &counts).into_bytes(),
        ));
    }
    for (path, bytes) in outputs {
        if let Err(e) = write_out(path, &bytes) {
            eprintln!("news-extract: {e}");
            return 1;
        }
    }
    let summary = docs.summary();
    if !args.quiet {
        eprintln!(
            "news-extract: {} moves ({} organisations) from {}",
            rows.len(),
            counts.len(),
            summary.line()
        );
    }
    summary.exit_code()
}

fn render(args: RenderArgs) -> i32 {
    let extractor = build_extractor(&args.gazetteers, args.no_builtin);
    let sources = sources_of(std::slice::from_ref(&args.article));
    let options = Options {
        format: input_format(args.input_format),
        fields: args.fields.fields(),
        offsets: Offsets::Byte,
        threads: 1,
        progress: false,
    };
    let mut errors = Vec::new();
    let mut found = None;
    let mut docs = batch::documents(&sources, &extractor, &options);
    for result in docs.by_ref() {
        match result {
            Ok((article, doc)) if args.id.as_ref().is_none_or(|id| *id == article.id) => {
                found = Some((article, doc));
                break;
            }
            Ok(_) => {}
            Err(e) => errors.push(e),
        }
    }
    let Some((article, doc)) = found else {
        for e in &errors {
            eprintln!("news-extract: {e}");
        }
        match &args.id {
            Some(id) => eprintln!("news-extract: no record with id {id:?}"),
            None => eprintln!("news-extract: no article to render"),
        }
        let summary = docs.summary();
        return if summary.read_failures > 0 || summary.errors == 0 {
            1
        } else {
            3
        };
    };
    let page = news_extract::render::article_page(&article.id, &article.text, &doc);
    match write_out(args.output.as_ref(), page.as_bytes()) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("news-extract: {e}");
            1
        }
    }
}

fn build_extractor(gazetteers: &[PathBuf], no_builtin: bool) -> Extractor {
    let mut builder = Extractor::builder().builtin(!no_builtin);
    for path in gazetteers {
        builder = builder.gazetteer_file(path);
    }
    match builder.build() {
        Ok(extractor) => extractor,
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
    let sources = sources_of(&args.files);
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
