//! Self-contained HTML views: one article with its entities, quotes and events highlighted
//! (like displaCy does for spaCy), and the moves roll-up as a sortable table with a
//! from → to graph in inline SVG. No network: the CSS and the little JavaScript are inline,
//! and every piece of text is HTML-escaped.
//!
//! Each page's script sets `data-ready="ok"` on `<body>` when it has run, so a browser test
//! can tell that it ran without errors.
//!
//! ```
//! use news_extract::{Extractor, render::article_page};
//! let text = "Acme Corp said chief executive Jo Bell resigned. \"It was time,\" Bell said.";
//! let page = article_page("a1", text, &Extractor::shared().extract(text));
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains(r#"<mark class="ent PERSON""#));
//! assert!(!page.contains("http://") && !page.contains("https://"));
//! ```

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::document::{Document, EntityType};
use crate::moves::{Move, OrgCount};

/// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attribute values.
///
/// ```
/// use news_extract::render::escape;
/// assert_eq!(escape(r#"<a href="x">Tom & Jerry's</a>"#),
///            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
/// ```
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    push_escaped(&mut out, s);
    out
}

fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters other than white space would make the page invalid.
            c if c.is_control() && !matches!(c, '\n' | '\t' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
}

const STYLE: &str = r#"
:root { --company:#7aecec; --person:#aa9cfc; --model:#feca74; --org:#bfe1d9; }
* { box-sizing: border-box; }
body { font: 16px/1.6 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 0; color: #222; background: #fafafa; }
header { background: #223; color: #fff; padding: 12px 24px; }
header h1 { font-size: 18px; margin: 0; font-weight: 600; }
header .legend span { display: inline-block; margin: 6px 8px 0 0; padding: 0 8px; border-radius: 4px; color: #222; font-size: 13px; }
main { display: flex; gap: 24px; padding: 24px; align-items: flex-start; }
article { flex: 3; background: #fff; padding: 20px 28px; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.12); white-space: pre-wrap; line-height: 2.3; }
aside { flex: 2; min-width: 280px; }
aside section { background: #fff; padding: 12px 16px; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.12); margin-bottom: 16px; }
aside h2 { font-size: 15px; margin: 0 0 8px; }
aside ol { margin: 0; padding-left: 20px; font-size: 14px; line-height: 1.5; }
aside li { margin-bottom: 8px; cursor: pointer; }
aside li.on { background: #fff3bf; }
mark.ent { padding: 2px 5px; border-radius: 5px; line-height: 1; color: #222; }
mark.ent .label { font-size: 10px; font-weight: bold; margin-left: 4px; text-transform: uppercase; vertical-align: middle; opacity: .75; }
mark.COMPANY { background: var(--company); } mark.PERSON { background: var(--person); }
mark.MODEL { background: var(--model); } mark.ORG { background: var(--org); }
mark.speaker { outline: 2px solid #c0392b; }
.legend .COMPANY { background: var(--company); } .legend .PERSON { background: var(--person); }
.legend .MODEL { background: var(--model); } .legend .ORG { background: var(--org); }
.quote { background: #f1f3f5; border-bottom: 2px dotted #868e96; }
.evs { border-bottom: 2px solid #f59f00; }
.evs.on { background: #fff3bf; }
.tag { display: inline-block; font-size: 11px; font-weight: bold; padding: 0 5px; border-radius: 3px; color: #fff; }
.LEAVE { background: #c0392b; } .JOIN { background: #2b8a3e; }
.muted { color: #868e96; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 14px; }
th, td { border-bottom: 1px solid #e9ecef; padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f1f3f5; cursor: pointer; user-select: none; white-space: nowrap; }
th.asc::after { content: " \25B2"; } th.desc::after { content: " \25BC"; }
td.evidence { color: #495057; max-width: 520px; }
.wrap { padding: 24px; }
.wrap section { margin-bottom: 28px; }
svg text { font: 12px sans-serif; }
"#;

fn page_start(out: &mut String, title: &str) {
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(out, "<title>{}</title>", escape(title));
    let _ = writeln!(out, "<style>{STYLE}</style>\n</head>");
}

/// The label and title of an entity type.
fn type_name(kind: EntityType) -> &'static str {
    kind.as_str()
}

/// What opens or closes at a byte offset of the article.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Layer {
    /// An event's sentence (index into the page's list of event sentences).
    Sentence(usize),
    /// A quotation (index into `doc.quotes`).
    Quote(usize),
}

/// A page showing `text` with `doc`'s entities marked by type (`<mark class="ent TYPE"
/// title="…">`), quotations shaded with their speaker in the title (the speaker mention
/// outlined), and the events listed beside it; hovering or clicking an event highlights its
/// sentence. Spans that do not fit the text are left out, never a panic.
///
/// ```
/// use news_extract::{Extractor, render::article_page};
/// let text = "Zentrix Labs hired <b>Jo Bell</b> & co.";
/// let page = article_page("x<1>", text, &Extractor::shared().extract(text));
/// assert!(page.contains("&lt;b&gt;") && page.contains("x&lt;1&gt;"));
/// assert!(!page.contains("<b>"));
/// ```
pub fn article_page(id: &str, text: &str, doc: &Document) -> String {
    let fits = |a: usize, b: usize| {
        a <= b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b)
    };
    // Event sentences, deduplicated, in text order of first event.
    let mut sentences: Vec<(usize, usize)> = Vec::new();
    let mut sentence_index: HashMap<(usize, usize), usize> = HashMap::new();
    let mut event_sentence: Vec<Option<usize>> = Vec::new();
    for e in &doc.events {
        let (a, b) = (e.sentence.start, e.sentence.end);
        if !fits(a, b) || a == b {
            event_sentence.push(None);
            continue;
        }
        let k = *sentence_index.entry((a, b)).or_insert_with(|| {
            sentences.push((a, b));
            sentences.len() - 1
        });
        event_sentence.push(Some(k));
    }
    // Boundaries where a layer opens or closes.
    let mut layers: Vec<(usize, usize, Layer)> = sentences
        .iter()
        .enumerate()
        .map(|(k, &(a, b))| (a, b, Layer::Sentence(k)))
        .collect();
    for (i, q) in doc.quotes.iter().enumerate() {
        if fits(q.start, q.end) && q.start < q.end {
            layers.push((q.start, q.end, Layer::Quote(i)));
        }
    }
    // Speaker mention span -> the first quote it speaks.
    let mut speakers: HashMap<(usize, usize), usize> = HashMap::new();
    for (i, q) in doc.quotes.iter().enumerate() {
        if let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end) {
            speakers.entry((s, e)).or_insert(i);
        }
    }
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for &(a, b, _) in &layers {
        cuts.push(a);
        cuts.push(b);
    }
    let mut entities: Vec<&crate::document::Entity> = doc
        .entities
        .iter()
        .filter(|e| fits(e.start, e.end) && e.start < e.end)
        .collect();
    entities.sort_by_key(|e| (e.start, e.end));
    for e in &entities {
        cuts.push(e.start);
        cuts.push(e.end);
    }
    cuts.sort_unstable();
    cuts.dedup();

    let mut out = String::with_capacity(text.len() * 3 + 8192);
    page_start(&mut out, &format!("news-extract: {id}"));
    out.push_str("<body>\n<header>\n");
    let _ = writeln!(out, "<h1>{}</h1>", escape(id));
    out.push_str("<div class=\"legend\">");
    for kind in [
        EntityType::Person,
        EntityType::Company,
        EntityType::Org,
        EntityType::Model,
    ] {
        let n = entities.iter().filter(|e| e.kind == kind).count();
        let _ = write!(
            out,
            "<span class=\"{0}\">{0} {1}</span>",
            type_name(kind),
            n
        );
    }
    let _ = write!(
        out,
        "<span style=\"background:#f1f3f5\">quotes {}</span><span style=\"background:#ffe8a1\">events {}</span>",
        doc.quotes.len(),
        doc.events.len()
    );
    out.push_str("</div>\n</header>\n<main>\n<article id=\"text\">");

    // Walk the pieces between cuts; each piece gets the wrappers of the layers covering it.
    let (mut sentence_layers, mut quote_layers): (Vec<_>, Vec<_>) = layers
        .iter()
        .copied()
        .partition(|l| matches!(l.2, Layer::Sentence(_)));
    sentence_layers.sort_by_key(|l| (l.0, l.1));
    quote_layers.sort_by_key(|l| (l.0, l.1));
    let (mut sentence_cursor, mut quote_cursor) = (0usize, 0usize);
    let mut next_entity = 0;
    let mut open_entity: Option<usize> = None;
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a >= b {
            continue;
        }
        // Entity mark: opens at its start, the piece lies inside it.
        while next_entity < entities.len() && entities[next_entity].end <= a {
            next_entity += 1;
        }
        let ent = (next_entity < entities.len()
            && entities[next_entity].start <= a
            && b <= entities[next_entity].end)
            .then_some(next_entity);
        // Sentences and quotes do not overlap among themselves: one cursor each, so the walk
        // stays linear however many there are.
        let covering = |list: &[(usize, usize, Layer)], cursor: &mut usize| {
            while *cursor < list.len() && list[*cursor].1 <= a {
                *cursor += 1;
            }
            list.get(*cursor)
                .filter(|&&(s, e, _)| s <= a && b <= e)
                .map(|&(_, _, layer)| layer)
        };
        let classes_sent: Option<usize> = match covering(&sentence_layers, &mut sentence_cursor) {
            Some(Layer::Sentence(k)) => Some(k),
            _ => None,
        };
        let quote = match covering(&quote_layers, &mut quote_cursor) {
            Some(Layer::Quote(i)) => Some(i),
            _ => None,
        };
        let mut closers = String::new();
        if let Some(i) = quote {
            let q = &doc.quotes[i];
            let who = q.speaker.as_deref().unwrap_or("no speaker named");
            let _ = write!(
                out,
                "<span class=\"quote\" data-quote=\"{i}\" title=\"quote {} · speaker: {}\">",
                i + 1,
                escape(who)
            );
            closers.insert_str(0, "</span>");
        }
        if let Some(k) = classes_sent {
            let _ = write!(out, "<span class=\"evs evs-{k}\" data-sent=\"{k}\">");
            closers.insert_str(0, "</span>");
        }
        if let Some(ei) = ent {
            let e = entities[ei];
            let speaker = speakers.get(&(e.start, e.end)).copied();
            let mut title = format!(
                "{} · canonical: {} · {}",
                type_name(e.kind),
                e.canonical,
                match e.source {
                    crate::document::EntitySource::Gazetteer => "gazetteer",
                    crate::document::EntitySource::Pattern => "pattern",
                    crate::document::EntitySource::Coreference => "coreference",
                }
            );
            if let Some(qi) = speaker {
                let _ = write!(title, " · speaker of quote {}", qi + 1);
            }
            let _ = write!(
                out,
                "<mark class=\"ent {}{}\" title=\"{}\">",
                type_name(e.kind),
                if speaker.is_some() { " speaker" } else { "" },
                escape(&title)
            );
            push_escaped(&mut out, &text[a..b]);
            if b == e.end {
                let _ = write!(out, "<span class=\"label\">{}</span>", type_name(e.kind));
            }
            out.push_str("</mark>");
            open_entity = Some(ei);
        } else {
            push_escaped(&mut out, &text[a..b]);
        }
        out.push_str(&closers);
    }
    let _ = open_entity;
    out.push_str("</article>\n<aside>\n");

    // Events.
    let _ = writeln!(
        out,
        "<section id=\"events\"><h2>Events ({})</h2><ol>",
        doc.events.len()
    );
    for (e, k) in doc.events.iter().zip(&event_sentence) {
        match k {
            Some(k) => {
                let _ = write!(out, "<li data-sent=\"{k}\">");
            }
            None => out.push_str("<li>"),
        }
        let _ = write!(
            out,
            "<span class=\"tag {0}\">{0}</span> <b>{1}</b>",
            e.kind.as_str(),
            escape(&e.person)
        );
        if e.group {
            out.push_str(" <span class=\"muted\">(group)</span>");
        }
        let _ = write!(
            out,
            " {} <b>{}</b>",
            if e.kind == crate::document::EventType::Leave {
                "left"
            } else {
                "joined"
            },
            escape(e.org.as_deref().unwrap_or("?"))
        );
        if let Some(role) = &e.role {
            let _ = write!(out, " as {}", escape(role));
        }
        let _ = write!(
            out,
            "<br><span class=\"muted\">trigger “{}” · {}",
            escape(&e.trigger),
            e.polarity.as_str()
        );
        if let Some(d) = &e.date {
            let _ = write!(
                out,
                " · date {} ({}, “{}”)",
                escape(&d.value),
                d.precision.as_str(),
                escape(&d.text)
            );
        }
        out.push_str("</span></li>\n");
    }
    if doc.events.is_empty() {
        out.push_str("<li class=\"muted\">none</li>\n");
    }
    out.push_str("</ol></section>\n");

    // Quotes.
    let _ = writeln!(
        out,
        "<section id=\"quotes\"><h2>Quotes ({})</h2><ol>",
        doc.quotes.len()
    );
    for (i, q) in doc.quotes.iter().enumerate() {
        let words: String = q.text.chars().take(160).collect();
        let more = if q.text.chars().count() > 160 {
            "…"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<li data-quote=\"{i}\">“{}{}” <span class=\"muted\">— {}{}</span></li>",
            escape(&words),
            more,
            escape(q.speaker.as_deref().unwrap_or("no speaker named")),
            q.cue
                .as_deref()
                .map(|c| format!(" ({})", escape(c)))
                .unwrap_or_default()
        );
    }
    if doc.quotes.is_empty() {
        out.push_str("<li class=\"muted\">none</li>\n");
    }
    out.push_str("</ol></section>\n</aside>\n</main>\n");
    out.push_str(ARTICLE_SCRIPT);
    out.push_str("</body>\n</html>\n");
    out
}

const ARTICLE_SCRIPT: &str = r#"<script>
(function () {
  function light(k, on) {
    document.querySelectorAll('.evs-' + k).forEach(function (el) { el.classList.toggle('on', on); });
  }
  document.querySelectorAll('#events li[data-sent]').forEach(function (li) {
    var k = li.getAttribute('data-sent');
    li.addEventListener('mouseenter', function () { light(k, true); li.classList.add('on'); });
    li.addEventListener('mouseleave', function () { light(k, false); li.classList.remove('on'); });
    li.addEventListener('click', function () {
      var first = document.querySelector('.evs-' + k);
      if (first) { first.scrollIntoView({block: 'center'}); }
    });
  });
  document.body.setAttribute('data-marks', String(document.querySelectorAll('mark.ent').length));
  document.body.setAttribute('data-ready', 'ok');
})();
</script>
"#;

/// A page for a moves roll-up: a from → to graph (inline SVG) of the moves between the
/// busiest organisations, the moves as a table sortable by any column (click its header),
/// and the per-organisation counts.
///
/// ```
/// use news_extract::moves::{Move, OrgCount};
/// use news_extract::render::moves_page;
/// let m = Move { person: "Jo <Bell>".into(), from: Some("Acme".into()), to: Some("Zentrix".into()),
///     role: None, date: None, articles: vec!["a1".into()], evidence: "Jo left Acme for Zentrix.".into() };
/// let c = [OrgCount { org: "Acme".into(), moves_in: 0, moves_out: 1 },
///          OrgCount { org: "Zentrix".into(), moves_in: 1, moves_out: 0 }];
/// let page = moves_page("Moves", &[m], &c);
/// assert!(page.contains("<svg") && page.contains("Jo &lt;Bell&gt;"));
/// ```
pub fn moves_page(title: &str, rows: &[Move], counts: &[OrgCount]) -> String {
    let mut out = String::with_capacity(4096 + rows.len() * 400);
    page_start(&mut out, title);
    out.push_str("<body>\n<header>\n");
    let complete = rows
        .iter()
        .filter(|r| r.from.is_some() && r.to.is_some())
        .count();
    let _ = writeln!(
        out,
        "<h1>{}</h1><div class=\"legend\"><span style=\"background:#fff\">{} moves · {} from → to · {} organisations</span></div>",
        escape(title),
        rows.len(),
        complete,
        counts.len()
    );
    out.push_str("</header>\n<div class=\"wrap\">\n<section id=\"graph\"><h2>From → to</h2>\n");
    graph(&mut out, rows);
    out.push_str(
        "</section>\n<section><h2>Moves</h2>\n<table id=\"moves\" class=\"sortable\">\n<thead><tr>",
    );
    for h in [
        "person", "from", "to", "role", "date", "articles", "evidence",
    ] {
        let _ = write!(out, "<th>{h}</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        let cell = |s: Option<&str>| escape(s.unwrap_or(""));
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td title=\"{}\">{}</td><td data-sort=\"{}\" title=\"{}\">{}</td><td class=\"evidence\">{}</td></tr>",
            escape(&r.person),
            cell(r.from.as_deref()),
            cell(r.to.as_deref()),
            cell(r.role.as_deref()),
            escape(r.date.as_ref().map_or("", |d| d.text.as_str())),
            escape(r.date.as_ref().map_or("", |d| d.value.as_str())),
            r.articles.len(),
            escape(&r.articles.join(" ")),
            escape(&articles_cell(&r.articles)),
            escape(&r.evidence)
        );
    }
    out.push_str("</tbody></table></section>\n");
    out.push_str("<section><h2>Organisations</h2>\n<table id=\"counts\" class=\"sortable\">\n<thead><tr><th>organisation</th><th>in</th><th>out</th></tr></thead>\n<tbody>\n");
    for c in counts {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&c.org),
            c.moves_in,
            c.moves_out
        );
    }
    out.push_str("</tbody></table></section>\n</div>\n");
    out.push_str(MOVES_SCRIPT);
    out.push_str("</body>\n</html>\n");
    out
}

fn articles_cell(ids: &[String]) -> String {
    match ids {
        [] => String::new(),
        [one] => one.clone(),
        [first, rest @ ..] => format!("{first} +{}", rest.len()),
    }
}

/// Most organisations on each side of the graph.
const GRAPH_NODES: usize = 30;

/// A two-column graph: organisations left (moved from) and right (moved to), one line per
/// organisation pair, as thick as the number of people; an organisation the articles do not
/// name is "(not stated)".
fn graph(out: &mut String, rows: &[Move]) {
    use std::collections::HashMap;
    let mut pairs: HashMap<(&str, &str), Vec<&str>> = HashMap::new();
    const UNSTATED: &str = "(not stated)";
    for r in rows {
        if r.from.is_some() || r.to.is_some() {
            let f = r.from.as_deref().unwrap_or(UNSTATED);
            let t = r.to.as_deref().unwrap_or(UNSTATED);
            pairs.entry((f, t)).or_default().push(&r.person);
        }
    }
    if pairs.is_empty() {
        out.push_str("<p class=\"muted\">No move with an organisation named.</p>\n");
        return;
    }
    let rank = |left_side: bool| {
        let mut totals: HashMap<&str, usize> = HashMap::new();
        for (k, people) in &pairs {
            *totals.entry(if left_side { k.0 } else { k.1 }).or_default() += people.len();
        }
        let mut v: Vec<(&str, usize)> = totals.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v.truncate(GRAPH_NODES);
        v
    };
    let left = rank(true);
    let right = rank(false);
    let row_h = 26;
    let height = 40 + row_h * left.len().max(right.len());
    let (width, lx, rx) = (900, 250, 650);
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"moves from organisation to organisation\">"
    );
    let _ = writeln!(
        out,
        "<text x=\"{lx}\" y=\"16\" text-anchor=\"end\" font-weight=\"bold\">from</text><text x=\"{rx}\" y=\"16\" font-weight=\"bold\">to</text>"
    );
    let y = |i: usize| 36 + row_h * i;
    let mut edges: Vec<(&(&str, &str), &Vec<&str>)> = pairs.iter().collect();
    edges.sort_by(|a, b| a.0.cmp(b.0));
    for (k, people) in edges {
        let (Some(i), Some(j)) = (
            left.iter().position(|n| n.0 == k.0),
            right.iter().position(|n| n.0 == k.1),
        ) else {
            continue;
        };
        let (y1, y2) = (y(i), y(j));
        let mid = (lx + rx) / 2;
        let _ = writeln!(
            out,
            "<path class=\"edge\" d=\"M{} {y1} C{mid} {y1} {mid} {y2} {} {y2}\" fill=\"none\" stroke=\"#4263eb\" stroke-opacity=\"0.55\" stroke-width=\"{}\"><title>{} → {}: {}</title></path>",
            lx + 8,
            rx - 8,
            1 + 2 * people.len().min(6),
            escape(k.0),
            escape(k.1),
            escape(&people.join(", "))
        );
    }
    for (i, (name, n)) in left.iter().enumerate() {
        let _ = writeln!(
            out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"5\" fill=\"#c0392b\"/><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{} ({n})</text>",
            lx + 4,
            y(i),
            lx - 6,
            y(i) + 4,
            escape(name)
        );
    }
    for (j, (name, n)) in right.iter().enumerate() {
        let _ = writeln!(
            out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"5\" fill=\"#2b8a3e\"/><text x=\"{}\" y=\"{}\">{} ({n})</text>",
            rx - 4,
            y(j),
            rx + 6,
            y(j) + 4,
            escape(name)
        );
    }
    out.push_str("</svg>\n");
}

const MOVES_SCRIPT: &str = r#"<script>
(function () {
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.querySelectorAll('th');
    heads.forEach(function (th, col) {
      th.addEventListener('click', function () {
        var asc = !th.classList.contains('asc');
        heads.forEach(function (h) { h.classList.remove('asc', 'desc'); });
        th.classList.add(asc ? 'asc' : 'desc');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        function key(row) {
          var cell = row.cells[col];
          var v = cell.getAttribute('data-sort') || cell.textContent;
          var n = Number(v);
          return v !== '' && !isNaN(n) ? n : v.toLowerCase();
        }
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var c = (typeof x === typeof y) ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === 'number' ? -1 : 1);
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  document.body.setAttribute('data-rows', String(document.querySelectorAll('#moves tbody tr').length));
  document.body.setAttribute('data-ready', 'ok');
})();
</script>
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Entity, EntitySource, Quote};

    #[test]
    fn overlapping_and_bad_spans_never_panic() {
        let text = "Ünïcode “quote” here. Second.";
        let doc = Document {
            entities: vec![
                Entity {
                    text: "x".into(),
                    kind: EntityType::Person,
                    canonical: "X".into(),
                    start: 1, // inside 'Ü'
                    end: 4,
                    source: EntitySource::Pattern,
                },
                Entity {
                    text: "quote".into(),
                    kind: EntityType::Company,
                    canonical: "Q".into(),
                    start: 13,
                    end: 18,
                    source: EntitySource::Pattern,
                },
            ],
            quotes: vec![Quote {
                text: "quote".into(),
                start: 13,
                end: 999,
                speaker: None,
                speaker_start: None,
                speaker_end: None,
                cue: None,
            }],
            ..Document::default()
        };
        assert_eq!(&text[13..18], "quote");
        let page = article_page("t", text, &doc);
        assert!(page.contains("<mark class=\"ent COMPANY\""));
        assert_eq!(page.matches("<mark").count(), 1);
        // The text comes through whole.
        assert!(page.contains("Ünïcode"));
    }

    #[test]
    fn marks_and_quotes_nest_inside_event_sentences() {
        let text = "Acme Corp said chief executive Jo Bell resigned. \"It was time,\" Bell said.";
        let doc = crate::Extractor::shared().extract(text);
        let page = article_page("a", text, &doc);
        assert!(page.contains("class=\"evs evs-0\""));
        assert!(page.contains("class=\"quote\""));
        assert!(page.contains("mark class=\"ent PERSON speaker\""));
        // Balanced tags.
        assert_eq!(
            page.matches("<span").count(),
            page.matches("</span>").count()
        );
        assert_eq!(
            page.matches("<mark").count(),
            page.matches("</mark>").count()
        );
    }
}
