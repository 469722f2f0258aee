//! Companies no list holds: capitalised names ending in a designator ("Zentrix Labs Inc.",
//! "Okafor Holdings plc") or with a cue around them ("startup Zentrix", "shares of Zentrix",
//! "Zentrix's chief executive", "Zentrix, a Lagos-based company", "Zentrix (NASDAQ: ZTX)").

use once_cell::sync::Lazy;
use regex::Regex;

use super::lexicon::{
    self, CORPORATE, CUE_BEFORE, DESIGNATOR, INDUSTRY, MONTH, ORG_WORD, PLACE, POSSESSED, ROLE,
    STOP, TITLE,
};
use super::words::{DOT, POSS, UPPER, Word};
use super::{Candidate, Canon, Ctx};
use crate::document::{EntitySource, EntityType};

/// The end of legal designators that follow a company name ending at byte `end`
/// (" Inc.", ", Inc.", " Holdings Ltd"), if any.
pub(crate) fn legal_tail(ctx: &Ctx, end: usize) -> Option<usize> {
    let mut k = ctx.word_from(end);
    let mut pos = end;
    let mut found = None;
    while k < ctx.words.len() {
        let gap = &ctx.text[pos..ctx.words[k].start];
        // "Merrill Lynch and Co Inc": "and Co" joins like "& Co".
        if gap == " "
            && ctx.word(k) == "and"
            && k + 1 < ctx.words.len()
            && ctx.spaced(k)
            && matches!(ctx.word(k + 1), "Co" | "Cos" | "Company")
        {
            let mut e = ctx.words[k + 1].end;
            if ctx.words[k + 1].has(DOT) {
                e += 1;
            }
            found = Some(e);
            pos = e;
            k += 2;
            continue;
        }
        let w = ctx.word(k);
        // " Inc", ", Inc.", " & Co", and an organisation word only before a designator
        // ("Goldman Sachs Group Inc").
        let joined = gap == " "
            || (found.is_none() && gap == ", ")
            || (gap == " & " && matches!(w, "Co" | "Cos"));
        if !joined {
            break;
        }
        if !ctx.is(k, DESIGNATOR) {
            let org_then_legal = ctx.is(k, ORG_WORD)
                && k + 1 < ctx.words.len()
                && ctx.spaced(k)
                && ctx.is(k + 1, DESIGNATOR);
            if !org_then_legal {
                break;
            }
        }
        let mut e = ctx.words[k].end;
        if ctx.words[k].has(DOT) && lexicon::designator_takes_dot(w) {
            e += 1;
        }
        found = Some(e);
        pos = e;
        k += 1;
    }
    found
}

/// `ctx.gap(a, b) == " "` read from the bytes: word `b` starts right after the space that
/// follows word `a` (its possessive included).
#[inline]
fn one_space(ctx: &Ctx, a: usize, b: usize) -> bool {
    let end = ctx.words[a].full_end();
    ctx.words[b].start == end + 1 && ctx.text.as_bytes()[end] == b' '
}

/// A word that may be part of a company name: a capitalised word, an acronym, "3M".
#[inline(always)]
fn company_word(ctx: &Ctx, i: usize) -> bool {
    // The word's flags first, here: most words are lower case and need no look at their
    // text (nor a class look-up).
    company_flags(&ctx.words[i]) && company_word_text(ctx, i)
}

/// The flags part of [`company_word`]: in prose, and name-like, all caps or starting with a
/// digit.
#[inline(always)]
fn company_flags(w: &Word) -> bool {
    w.in_prose() && (w.is_name_like() || w.flags & (UPPER | super::words::DIGIT) != 0)
}

/// The rest of [`company_word`] for a word in prose that is name-like, all caps or starts
/// with a digit: its text and classes.
#[inline(always)]
fn company_word_text(ctx: &Ctx, i: usize) -> bool {
    let w = &ctx.words[i];
    // "3M", "7-Eleven" are names; "2004" is not.
    (w.is_name_like() || w.has(UPPER) || ctx.word(i).chars().any(char::is_alphabetic))
        && !(w.has(super::words::HYPHEN) && super::lower_compound(ctx.word(i)))
        && !ctx.is(i, STOP | MONTH | TITLE | ROLE | DESIGNATOR)
}

/// The start word of the capitalised head that ends at word `last` (at most four words,
/// joined by spaces or "&"), or `None` when word `last` cannot end a name.
fn head_before(ctx: &Ctx, last: usize) -> Option<usize> {
    if !company_word(ctx, last) {
        return None;
    }
    let mut a = last;
    while a > 0 && last - a < 3 {
        let gap = ctx.gap(a - 1, a);
        let joined = gap == " " || gap == " & " || gap == "&";
        if !joined || ctx.words[a - 1].has(POSS) || !company_word(ctx, a - 1) {
            break;
        }
        a -= 1;
    }
    // "Rival Kestrel Dynamics": a sentence-initial common word is not part of the name.
    if a < last
        && ctx.words[a].has(super::words::SENT_START)
        && ctx.is(a, lexicon::COMMON | CUE_BEFORE)
    {
        a += 1;
    }
    Some(a)
}

/// The start of "X and" / "X, Y and" before the head starting at word `a` (one-word
/// partners' names that are known surnames, no dictionary name), or `a`.
fn partners_before(ctx: &Ctx, taken: &[bool], a: usize) -> usize {
    // Partners' names are surnames ("Read", "Haney"), not "Zentrix and Kestrel Holdings".
    let one_word = |i: usize| {
        company_word(ctx, i)
            && !taken[i]
            && !ctx.words[i].has(POSS)
            && !ctx.is(i, PLACE)
            && ctx.is(i, lexicon::SURNAME)
    };
    if !one_word(a) {
        return a;
    }
    if a < 2 || ctx.word(a - 1) != "and" || !ctx.spaced(a - 1) || !ctx.spaced(a - 2) {
        return a;
    }
    if !one_word(a - 2) {
        return a;
    }
    let mut start = a - 2;
    // "Anderson, Benjamin, Read and": a comma list before "and".
    while start >= 2 && start + 8 > a && ctx.gap(start - 1, start) == ", " && one_word(start - 1) {
        start -= 1;
    }
    // The first name must not continue a longer capitalised phrase.
    if start > 0 && ctx.spaced(start - 1) && company_word(ctx, start - 1) {
        return a;
    }
    start
}

/// "Texas Oil and Gas Corp": before a legal designator, the capitalised words before an
/// "and" (at most three, no dictionary name, no person's name) belong to the name.
fn joined_before_legal(ctx: &Ctx, taken: &[bool], a: usize) -> usize {
    if a < 2 || ctx.word(a - 1) != "and" || !ctx.spaced(a - 1) || !ctx.spaced(a - 2) {
        return a;
    }
    let ok = |i: usize| company_word(ctx, i) && !taken[i] && !ctx.words[i].has(POSS);
    if !ok(a - 2) {
        return a;
    }
    let mut start = a - 2;
    while start > 0 && a - 2 - start < 2 && ctx.spaced(start - 1) && ok(start - 1) {
        start -= 1;
    }
    if start > 0 && ctx.spaced(start - 1) && company_word(ctx, start - 1) {
        return a;
    }
    if ctx.words[start].has(super::words::SENT_START) && ctx.common_not_name(start) {
        start += 1;
    }
    if start >= a - 1 || looks_like_person(ctx, start, a - 2) {
        return a;
    }
    // "Shell and Zentrix Corp": a known name before "and" is another firm.
    let known = (start..a - 1).any(|i| {
        ctx.gaz
            .longest_at(ctx.text, ctx.words[i].start)
            .is_some_and(|m| m.end <= ctx.words[a - 2].end)
    });
    if known { a } else { start }
}

/// True when at least one word of `a..=b` is neither a common word nor a function word:
/// "Research Group" is not a company name, "Zentrix Group" is.
fn distinctive(ctx: &Ctx, a: usize, b: usize) -> bool {
    (a..=b).any(|i| !ctx.is(i, lexicon::COMMON | STOP))
}

fn push(ctx: &Ctx, out: &mut Vec<Candidate>, a: usize, b: usize, end: usize, canon_end: usize) {
    let canon = ctx.name_text(a, canon_end);
    out.push(Candidate {
        start: ctx.words[a].start,
        end,
        kind: EntityType::Company,
        canon: Canon::Text(canon),
        source: EntitySource::Pattern,
        ambiguous: false,
        evidence: true,
        entry: None,
        first: a,
        last: b,
    });
}

/// Proposes pattern companies. `taken` marks words already covered by dictionary names.
pub(crate) fn find(ctx: &Ctx, taken: &[bool], out: &mut Vec<Candidate>) {
    designated(ctx, taken, out);
    cued(ctx, taken, out);
}

/// "Zentrix Labs", "Okafor Holdings plc", "Acme, Inc.".
fn designated(ctx: &Ctx, taken: &[bool], out: &mut Vec<Candidate>) {
    let n = ctx.words.len();
    // Names with a weak ending and no company context yet: kept when the same name has
    // context elsewhere in the article.
    let mut pending: Vec<(usize, usize, usize, usize)> = Vec::new();
    let first_out = out.len();
    let mut k = 1;
    // Designators and organisation words are capitalised, except "plc": only the heads
    // (words not plain lower case, and "plc") are visited.
    let mut head = 0;
    loop {
        k = ctx.next_head(k, &mut head);
        if k >= n {
            break;
        }
        let bits = ctx.bits(k);
        if bits & (DESIGNATOR | ORG_WORD | INDUSTRY) == 0 {
            k += 1;
            continue;
        }
        let t = ctx.word(k);
        // "Company" and "Limited" are English words too: they need a distinctive head.
        let weak_legal = matches!(t, "Company" | "Limited");
        let legal = bits & DESIGNATOR != 0 && !weak_legal;
        let org = !legal && (bits & (ORG_WORD | INDUSTRY) != 0 || weak_legal);
        if !(legal || org) || !ctx.words[k].in_prose() {
            k += 1;
            continue;
        }
        let gap = ctx.gap(k - 1, k);
        let comma = gap == ", ";
        // "David Rubin & Partners", "Smith & Co".
        let amp = gap == " & " && bits & ORG_WORD != 0;
        if !(gap == " " || amp || (legal && comma)) || ctx.words[k - 1].has(POSS) {
            k += 1;
            continue;
        }
        let Some(a) = head_before(ctx, k - 1) else {
            k += 1;
            continue;
        };
        // A dictionary name followed by an organisation word stays the dictionary name
        // ("Google AI researcher"); a legal designator already extended it.
        if (a..k).any(|i| taken[i]) {
            k += 1;
            continue;
        }
        // "Hambrecht and Quist Group", "Anderson, Benjamin, Read and Haney Inc.": partners'
        // names joined by "and" (and commas before it) before an organisation word or a
        // legal designator are one firm.
        let a = if bits & (DESIGNATOR | ORG_WORD) != 0 {
            let p = partners_before(ctx, taken, a);
            if p == a && bits & DESIGNATOR != 0 && !weak_legal {
                joined_before_legal(ctx, taken, a)
            } else {
                p
            }
        } else {
            a
        };
        // Two-letter designators also end model codes ("C180 SE", "116i SE").
        let code_before = t.len() == 2 && ctx.word(k - 1).chars().any(|c| c.is_ascii_digit());
        // An industry word ("Kestrel Mining") or a first name before an organisation word
        // ("Marlow Capital") makes a company only with company context.
        let weak = !legal
            && (bits & (ORG_WORD | DESIGNATOR) == 0 || a + 1 == k && ctx.is(a, lexicon::FIRST));
        let head_ok = if legal {
            // A lone sentence-initial common word is not a name ("Research Ltd" is fine
            // mid-sentence, "Shares Inc" at a sentence start is not).
            !(code_before
                || a + 1 == k
                    && ctx.words[a].has(super::words::SENT_START)
                    && !distinctive(ctx, a, a))
        } else if weak {
            // "West Bank", "Asian Games", "Consumer Electronics", "Bank of England".
            distinctive(ctx, a, k - 1)
                && !(a..k).any(|i| ctx.is(i, PLACE | ORG_WORD | INDUSTRY | DESIGNATOR))
                && !(ctx.spaced(k) && ctx.word(k + 1) == "of")
        } else {
            distinctive(ctx, a, k - 1) && !(a + 1 == k && ctx.is(a, lexicon::FIRST))
        };
        if !head_ok {
            k += 1;
            continue;
        }
        // Further designators: "Holdings Ltd", "Group plc".
        let mut b = k;
        let mut canon_end = if legal { k - 1 } else { k };
        while b + 1 < n && one_space(ctx, b, b + 1) {
            let u = ctx.bits(b + 1);
            if u & DESIGNATOR != 0 {
                b += 1;
            } else if u & ORG_WORD != 0 && !ctx.is(b, DESIGNATOR) {
                b += 1;
                canon_end = b;
            } else {
                break;
            }
        }
        // An organisation word inside a longer name is no designator ("Bafta Interactive
        // Awards", "European Airlines Association").
        if !ctx.is(b, DESIGNATOR)
            && ctx.spaced(b)
            && ctx.words[b + 1].is_name_like()
            && !ctx.is(b + 1, STOP)
        {
            k = b + 1;
            continue;
        }
        let mut end = ctx.words[b].end;
        if ctx.words[b].has(DOT) && lexicon::designator_takes_dot(ctx.word(b)) {
            end += 1;
        }
        if weak && !company_context(ctx, a, b) {
            // A later organisation word may still make a name ("Guardian Media Group").
            pending.push((a, b, end, canon_end));
            k += 1;
            continue;
        }
        push(ctx, out, a, b, end, canon_end);
        k = b + 1;
    }
    // "Halvard Bank is ..." after "Halvard Bank said": one mention with context makes the
    // others companies too.
    for (a, b, end, canon_end) in pending {
        let name = ctx.name_text(a, canon_end);
        let known = out[first_out..]
            .iter()
            .any(|c| matches!(&c.canon, Canon::Text(t) if *t == name));
        if known {
            push(ctx, out, a, b, end, canon_end);
        }
    }
}

/// Verbs after a company name that make it the subject of a corporate statement or act.
const SUBJECT_ACTS: &[&str] = &[
    "agreed",
    "announced",
    "appointed",
    "confirmed",
    "cut",
    "elected",
    "fired",
    "hired",
    "laid",
    "named",
    "plans",
    "posted",
    "reported",
    "said",
    "says",
];

/// Auxiliaries after a company name: company context only with a corporate word nearby
/// ("Halvard Bank is considering replacing its chairman").
const SUBJECT_AUX: &[&str] = &[
    "could", "had", "has", "have", "is", "may", "was", "will", "would",
];

/// Verbs of a personnel move right before a company name ("joined Kestrel Mining"), and
/// "rival".
const MOVE_BEFORE: &[&str] = &[
    "join", "joined", "joining", "joins", "quit", "rejoined", "rival",
];

/// Hiring verbs whose "from X" names the employer the hire left ("poached Ann Cole from X").
const HIRED_FROM: &[&str] = &["hired", "hires", "hiring", "lured", "poached", "recruited"];

/// Verbs of a deal or a move whose other party follows "to" or "from" ("sold its unit to
/// Kestrel Mining", "joined Harwell in 1998 from Dunmore Steel").
const DEAL_VERBS: &[&str] = &[
    "acquired", "bought", "buy", "join", "joined", "joining", "joins", "licensed", "sell",
    "selling", "sells", "sold",
];

/// Company context around the name at words `a..=b`: "X's chief executive", "X chief
/// executive Y", "X said", "rival lender X", "joined X", "chairman of X", "shares in X",
/// "X, the Leeds-based lender", a ticker.
fn company_context(ctx: &Ctx, a: usize, b: usize) -> bool {
    let n = ctx.words.len();
    if b + 1 < n && (ctx.spaced(b) || ctx.words[b].has(POSS) && one_space(ctx, b, b + 1)) {
        let k = b + 1;
        let w = ctx.word(k);
        let plain = !ctx.words[b].has(POSS);
        // "X's finance director", "X's chief executive".
        let role_after = (k..(k + 3).min(n))
            .take_while(|&i| ctx.words[i].has(super::words::LOWER))
            .any(|i| ctx.is(i, ROLE));
        if ctx.is(k, POSSESSED)
            || !plain && role_after
            || plain && SUBJECT_ACTS.contains(&w)
            || plain && SUBJECT_AUX.contains(&w) && {
                let (lo, hi) = ctx.window(a, b, 8);
                (lo..hi).any(|i| (i < a || i > b) && ctx.is(i, CORPORATE | POSSESSED | ROLE))
            }
        {
            return true;
        }
    }
    if a > 0 && one_space(ctx, a - 1, a) {
        let p = ctx.word(a - 1);
        if ctx.is(a - 1, CUE_BEFORE) && !ctx.words[a - 1].has(POSS)
            || MOVE_BEFORE.contains(&p.to_ascii_lowercase().as_str())
        {
            return true;
        }
        let linked = matches!(p, "of" | "in" | "at")
            && a > 1
            && one_space(ctx, a - 2, a - 1)
            && (ctx.is(a - 2, POSSESSED | ROLE)
                || matches!(ctx.word(a - 2), "stake" | "worked" | "works"));
        // "joined Harwell in 1998 from Dunmore Steel".
        let moved_from = matches!(p, "from" | "to")
            && (a.saturating_sub(7)..a - 1).any(|i| {
                ctx.words[i].sentence == ctx.words[a].sentence && DEAL_VERBS.contains(&ctx.word(i))
            });
        if linked || moved_from {
            return true;
        }
    }
    let after = &ctx.text[ctx.words[b].full_end()..];
    (after.starts_with(", ")
        && may_be_appositive(after)
        && appositive(prefix(after, 120)).is_match(prefix(after, 120)))
        || ctx.ticker_after(ctx.words[b].full_end())
}

static APPOSITIVE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^,\s+(?:(?:a|an)\s+(?:[\w$’'&-]+\s+){0,4}?|the\s+(?:[\w$’'&-]+\s+){1,4}?)(?:company|startup|start-up|firm|maker|developer|provider|retailer|lender|bank|manufacturer|operator|chipmaker|conglomerate|group|insurer|carrier|publisher|broadcaster|service|airline|studio|chain|website|network)\b",
    )
    .expect("appositive regex")
});

/// [`APPOSITIVE`] with its classes cut to ASCII (`\w`, `\s`, `\b` over ASCII): on text whose
/// non-ASCII characters are all [`plain_symbol`]s (neither word nor space characters) it
/// matches exactly what [`APPOSITIVE`] matches, and is far cheaper to build and run.
static APPOSITIVE_ASCII: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^,[\t\n\x0B\x0C\r ]+(?:(?:a|an)[\t\n\x0B\x0C\r ]+(?:[0-9A-Za-z_$’'&-]+[\t\n\x0B\x0C\r ]+){0,4}?|the[\t\n\x0B\x0C\r ]+(?:[0-9A-Za-z_$’'&-]+[\t\n\x0B\x0C\r ]+){1,4}?)(?:company|startup|start-up|firm|maker|developer|provider|retailer|lender|bank|manufacturer|operator|chipmaker|conglomerate|group|insurer|carrier|publisher|broadcaster|service|airline|studio|chain|website|network)(?-u:\b)",
    )
    .expect("appositive regex")
});

/// Common non-ASCII characters that are neither word characters nor spaces.
fn plain_symbol(c: char) -> bool {
    matches!(
        c,
        '£' | '€' | '’' | '‘' | '“' | '”' | '–' | '—' | '…' | '•' | '°'
    )
}

/// The appositive regex for `hay`: [`APPOSITIVE_ASCII`] when it gives the same matches.
fn appositive(hay: &str) -> &'static Regex {
    if hay.is_ascii() || hay.chars().all(|c| c.is_ascii() || plain_symbol(c)) {
        &APPOSITIVE_ASCII
    } else {
        &APPOSITIVE
    }
}

/// False when [`APPOSITIVE`] surely does not match `after`: it needs a comma, white space,
/// "a", "an" or "the", and white space again (`\s` is Unicode's `White_Space`, as
/// [`char::is_whitespace`] and [`str::trim_start`] read it). A cheap test before the regex
/// (most commas after a name are followed by something else: "said", "who", a date).
fn may_be_appositive(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(',') else {
        return false;
    };
    let word = rest.trim_start();
    word.len() < rest.len()
        && ["a", "an", "the"].iter().any(|article| {
            word.strip_prefix(article)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_whitespace)
        })
}

/// The first `n` bytes of `s`, cut back to a character boundary.
fn prefix(s: &str, mut n: usize) -> &str {
    if n >= s.len() {
        return s;
    }
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    &s[..n]
}

/// The run of company words starting at word `a` (at most three), or `None`.
fn run_from(ctx: &Ctx, taken: &[bool], a: usize) -> Option<usize> {
    if a >= ctx.words.len() || taken[a] || !company_word(ctx, a) {
        return None;
    }
    Some(run_end(ctx, taken, a))
}

/// The last word of the run of company words starting at word `a`, a company word not
/// taken (at most three words).
fn run_end(ctx: &Ctx, taken: &[bool], a: usize) -> usize {
    let mut b = a;
    while b + 1 < ctx.words.len()
        && b - a < 2
        && !ctx.words[b].has(POSS)
        && !taken[b + 1]
        // (`company_word`, its flags before the gap is read.)
        && company_flags(&ctx.words[b + 1])
        && ctx.spaced(b)
        && company_word_text(ctx, b + 1)
    {
        b += 1;
    }
    b
}

/// Business nouns after a name ("the Bloglines website", "Morpheme studios"), sorted.
const BUSINESS_AFTER: &[&str] = &[
    "airline",
    "brand",
    "chain",
    "company",
    "firm",
    "group",
    "headquarters",
    "label",
    "offices",
    "studio",
    "studios",
    "subsidiary",
    "vehicle",
    "website",
];

/// Trades between a name and "group" ("the Argonaut games group"), sorted.
const GROUP_TRADES: &[&str] = &[
    "banking",
    "car",
    "chemicals",
    "drinks",
    "engineering",
    "food",
    "games",
    "hotel",
    "insurance",
    "leisure",
    "media",
    "mining",
    "music",
    "oil",
    "property",
    "publishing",
    "retail",
    "steel",
    "travel",
];

/// "the", "its", "their" or an "X-based" compound right before word `i`.
fn determined(ctx: &Ctx, i: usize) -> bool {
    i > 0
        && one_space(ctx, i - 1, i)
        && (matches!(
            ctx.word(i - 1),
            "the" | "its" | "their" | "his" | "her" | "a" | "an"
        ) || ctx.words[i - 1].has(super::words::HYPHEN) && ctx.word(i - 1).ends_with("-based"))
}

/// "analyst Nick Bubb of X": a role, then a capitalised name (one to three words), then
/// the word `of_word` ("of"/"at") before the candidate.
fn role_person_before(ctx: &Ctx, of_word: usize) -> bool {
    let mut k = of_word;
    let mut names = 0;
    while k > 0 && names < 3 {
        let p = k - 1;
        if !one_space(ctx, p, k) || ctx.words[p].has(POSS) {
            return false;
        }
        if ctx.words[p].is_name_like() && !ctx.is(p, STOP | ROLE) {
            names += 1;
            k = p;
            continue;
        }
        return names > 0 && ctx.words[p].has(super::words::LOWER) && ctx.is(p, ROLE);
    }
    false
}

/// True when word `b` is followed by a business noun, at most one lower-case word between
/// ("the Maserati car company"); `based` when an "X-based" compound comes before the name.
fn business_noun_after(ctx: &Ctx, b: usize, based: bool) -> bool {
    let n = ctx.words.len();
    let lower = |k: usize| k < n && ctx.words[k].has(super::words::LOWER);
    let noun = |k: usize| BUSINESS_AFTER.binary_search(&ctx.word(k)).is_ok();
    if !ctx.spaced(b) || !lower(b + 1) {
        return false;
    }
    // "group" also ends bands, teams and factions: only after a trade ("the Argonaut
    // games group") or after "X-based".
    let group_ok = |k: usize| {
        ctx.word(k) != "group"
            || based
            || k == b + 2 && GROUP_TRADES.binary_search(&ctx.word(b + 1)).is_ok()
    };
    if noun(b + 1) {
        return group_ok(b + 1);
    }
    lower(b + 2) && noun(b + 2) && ctx.spaced(b + 1) && !ctx.is(b + 1, STOP) && group_ok(b + 2)
}

/// A capitalised run that reads as a person: a known first name and a second word.
fn looks_like_person(ctx: &Ctx, a: usize, b: usize) -> bool {
    ctx.bits(a) & (lexicon::FIRST | lexicon::FIRST_AMBIGUOUS) == lexicon::FIRST
        && (b > a || ctx.words[a].has(POSS))
}

/// "startup X", "shares of X", "X's chief executive", "X, a ...-based company", "X (NYSE: X)".
fn cued(ctx: &Ctx, taken: &[bool], out: &mut Vec<Candidate>) {
    let n = ctx.words.len();
    let mut i = 0;
    // A word starting in lower case is no company word: only the others are visited.
    let mut cap = 0;
    while i < n {
        i = ctx.next_cap(i, &mut cap);
        if i >= n {
            break;
        }
        let w = ctx.words[i];
        if !w.in_prose() || taken[i] || !company_word(ctx, i) {
            i += 1;
            continue;
        }
        // "Firms Zentrivo and Kalmex": a sentence-initial cue noun is no part of the name.
        if w.has(super::words::SENT_START) && ctx.is(i, CUE_BEFORE) {
            i += 1;
            continue;
        }
        // "Jet Airways", "Virgin Megastores": the tail of a longer capitalised name is none.
        // (The flags before the gap: most words follow a lower-case one.)
        let tail = i > 0
            && ctx.words[i - 1].has(super::words::CAP)
            && ctx.words[i - 1].in_prose()
            && !ctx.words[i - 1].has(POSS)
            && ctx.spaced(i - 1)
            && !ctx.is(i - 1, STOP | TITLE | ROLE | MONTH | CUE_BEFORE)
            && !(ctx.words[i - 1].has(super::words::HYPHEN)
                && super::lower_compound(ctx.word(i - 1)))
            && !(ctx.words[i - 1].has(super::words::SENT_START) && ctx.common_not_name(i - 1));
        if tail {
            i += 1;
            continue;
        }
        // Word `i` is a company word not taken (checked above).
        let b = run_end(ctx, taken, i);
        // "Airways" alone is no name; "Air Shamrock" is, "New Year" is not.
        if b == i && ctx.is(i, ORG_WORD | INDUSTRY) || !distinctive(ctx, i, b) {
            i += 1;
            continue;
        }
        let before =
            |k: usize| (i >= k && one_space(ctx, i - k, i - k + 1)).then(|| ctx.word(i - k));
        // The word right before, asked about several times below.
        let b1 = before(1);
        let mut cue = b1.is_some() && ctx.is(i - 1, CUE_BEFORE) && !ctx.words[i - 1].has(POSS)
            || (b1 == Some("of") && before(2).is_some_and(|p| p.eq_ignore_ascii_case("shares")))
            || (b1 == Some("in") && before(2).is_some_and(|p| p.eq_ignore_ascii_case("stake")));
        // "hired Sofie Lind from Nordvolt": the employer a hire comes from.
        if !cue && b1 == Some("from") && !ctx.is(i, PLACE) {
            cue = (i.saturating_sub(6)..i - 1)
                .any(|k| ctx.words[k].sentence == w.sentence && HIRED_FROM.contains(&ctx.word(k)));
        }
        let end = ctx.words[b].end;
        if !cue && ctx.words[b].has(POSS) && b + 1 < n {
            cue = ctx.is(b + 1, POSSESSED);
        }
        if !cue {
            let after = &ctx.text[ctx.words[b].full_end()..];
            // "X, a Lagos-based company", not "X, a former member of rap group".
            cue = after.starts_with(", ")
                && may_be_appositive(after)
                && appositive(prefix(after, 120))
                    .find(prefix(after, 120))
                    .is_some_and(|m| {
                        !m.as_str().split_whitespace().any(|w| {
                            matches!(
                                w,
                                "of" | "at" | "in" | "for" | "with" | "by" | "from" | "on"
                            )
                        })
                    });
        }
        cue = cue || ctx.ticker_after(ctx.words[b].full_end());
        // "chief executive of Metrojaya", "economist at Global Insight".
        // Not "head of UK equities": a name followed by a lower-case noun is a modifier;
        // not "HIV/Aids", "Secretary of State Condoleezza Rice": not a name on its own.
        if !cue && matches!(b1, Some("of" | "at")) && !ctx.is(i, PLACE) {
            let modifier = b + 1 < n
                && ctx.spaced(b)
                && !ctx.words[b].has(POSS)
                && ctx.words[b + 1].has(super::words::LOWER)
                && !ctx.is(b + 1, STOP);
            let glued = ctx.text[ctx.words[b].full_end()..].starts_with(['/', '-']);
            let person_inside = (i + 1..=b).any(|k| {
                ctx.bits(k) & (lexicon::FIRST | lexicon::FIRST_AMBIGUOUS) == lexicon::FIRST
            });
            // "Secretary of State", "Minister of X": a title of office, not a company's role.
            cue = !modifier
                && !glued
                && !person_inside
                && (before(2).is_some()
                    && ctx.is(i - 2, ROLE)
                    && !ctx.is(i - 2, TITLE)
                    && !ctx.words[i - 2].has(POSS)
                    || role_person_before(ctx, i - 1));
        }
        // "the Bloglines website", "the Maserati car company", "Just Add Monsters studios".
        // Not "a UK oil firm", "an Indonesian consulting firm", "the 1940s".
        if !cue && !ctx.words[b].has(POSS) && determined(ctx, i) {
            let t = ctx.word(i);
            let country_like = ctx.words[i].has(UPPER) && t.len() <= 3
                || ctx.words[i].has(super::words::DIGIT)
                || t.ends_with("an")
                || t.ends_with("ese")
                || t.ends_with("ish");
            if !country_like && !ctx.is(b, PLACE) {
                let based = i > 0 && ctx.word(i - 1).ends_with("-based");
                cue = business_noun_after(ctx, b, based);
            }
        }
        if cue && !looks_like_person(ctx, i, b) {
            push(ctx, out, i, b, end, b);
            // "Firms AM3D and SRS": the other half of a pair of cued names.
            let j = b + 1;
            if j + 1 < n
                && ctx.spaced(b)
                && !ctx.words[b].has(POSS)
                && ctx.word(j) == "and"
                && ctx.spaced(j)
            {
                if let Some(e) = run_from(ctx, taken, j + 1) {
                    if distinctive(ctx, j + 1, e)
                        && !looks_like_person(ctx, j + 1, e)
                        && !ctx.is(j + 1, PLACE)
                    {
                        push(ctx, out, j + 1, e, ctx.words[e].end, e);
                        i = e + 1;
                        continue;
                    }
                }
            }
        }
        i = b + 1;
    }
}

#[cfg(test)]
mod sorted_lists {
    #[test]
    fn binary_searched_lists_are_sorted() {
        for l in [super::BUSINESS_AFTER, super::GROUP_TRADES] {
            assert!(l.windows(2).all(|w| w[0] < w[1]), "{l:?}");
        }
    }
}

#[cfg(test)]
mod appositive_regexes {
    use super::*;

    #[test]
    fn ascii_appositive_agrees_where_chosen() {
        for hay in [
            ", a Lagos-based company that",
            ", an  online £5m retailer’s",
            ", the UK’s biggest “budget” airline–",
            ", the firm",
            ", a former member of rap group",
            ",\tthe world's 3rd largest chipmaker_x",
            ", a company",
            ", the big bank…",
        ] {
            assert!(std::ptr::eq(appositive(hay), &*APPOSITIVE_ASCII), "{hay:?}");
            let m = |r: &Regex| r.find(hay).map(|m| (m.start(), m.end()));
            assert_eq!(m(&APPOSITIVE_ASCII), m(&APPOSITIVE), "{hay:?}");
        }
        assert!(std::ptr::eq(appositive(", the Zürich bank"), &*APPOSITIVE));
    }

    #[test]
    fn appositive_prefilter_never_hides_a_match() {
        let heads = [
            ",",
            ", ",
            ",  ",
            ",\t",
            ",\n",
            ", \u{a0}",
            ",\u{2003}",
            ",\u{3000}",
            ",\u{200b} ",
            "",
            " ",
            ", ,",
            ",\u{85}",
        ];
        let bodies = [
            "a Lagos-based company that",
            "an online retailer",
            "an  online £5m retailer’s",
            "the UK’s biggest “budget” airline–",
            "the firm",
            "the big bank…",
            "a former member of rap group",
            "a company",
            "An online retailer",
            "The firm",
            "they said the company",
            "analysts said",
            "who runs a company",
            "the Zürich bank",
            "athe company",
            "thee firm",
            "",
        ];
        let mut checked = 0;
        for head in heads {
            for body in bodies {
                let hay = format!("{head}{body}");
                for regex in [&*APPOSITIVE, &*APPOSITIVE_ASCII] {
                    if regex.is_match(&hay) {
                        assert!(may_be_appositive(&hay), "{hay:?}");
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 20);
        // And it does filter.
        for hay in [
            ", who said",
            ", analysts said",
            ", An online retailer",
            ",the firm",
            ", then",
            ", a",
            ", an-",
        ] {
            assert!(!may_be_appositive(hay), "{hay:?}");
        }
    }
}

#[cfg(test)]
mod word_tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    /// [`company_word`] as one test, flags and text together.
    fn company_word_slow(ctx: &Ctx, i: usize) -> bool {
        let w = &ctx.words[i];
        w.in_prose()
            && (w.is_name_like()
                || w.has(UPPER)
                || (w.has(super::super::words::DIGIT)
                    && ctx.word(i).chars().any(char::is_alphabetic)))
            && !(w.has(super::super::words::HYPHEN) && super::super::lower_compound(ctx.word(i)))
            && !ctx.is(i, STOP | MONTH | TITLE | ROLE | DESIGNATOR)
    }

    #[test]
    fn fast_word_tests_agree_with_the_slow_ones() {
        let gaz = Gazetteer::builtin();
        for text in [
            "Shares of Zentrix Labs Inc. rose 3M and 7-Eleven, 2004 the US-based firm.",
            "The  IBM's chief  executive, Mr. Ödön Zürich-Nord said in May: ÉCOLE 3D x3 A.",
            "Apple’s  tie-up with Kestrel & Co\tLtd; éclair Élan 1999s 12th 5G ẞIG",
            "\u{a0}Ernst\u{a0}& Young ,  the big-four firm  (NYSE: EY) non-executive Jo Roe",
            "a",
            "",
        ] {
            crate::patterns::with_ctx(text, &gaz, |ctx| {
                for i in 0..ctx.words.len() {
                    assert_eq!(
                        company_word(ctx, i),
                        company_word_slow(ctx, i),
                        "{text:?} {i}"
                    );
                    for j in 0..ctx.words.len() {
                        assert_eq!(
                            one_space(ctx, i, j),
                            ctx.gap(i, j) == " ",
                            "{text:?} {i} {j}"
                        );
                    }
                }
            });
        }
    }
}
