//! Which company and which role: the object or prepositional phrase after a trigger ("left
//! Meta for OpenAI", "resigned from Google", "joined rival companies", "was named chief
//! executive of Acme", "was hired by Anthropic"), and the fallbacks when the text says it
//! elsewhere (the mover's title, a known affiliation, the company the text is about).

use crate::document::{EntityType, EventType, TokenKind};

use super::affiliations::Known;
use super::context::Context;
use super::lexicon::{Lemma, class};
use super::mover::{Mover, demonym_company};
use super::roles::{
    Title, appositive_after, definite_corp, past_determiner, role_at, title_before,
};

/// The company of a move as far as the words after the trigger tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Org<'a> {
    /// A named company (canonical name).
    Named(&'a str),
    /// The text says where, and it is no named company ("joined rival companies").
    Null,
    /// The words after the trigger do not say.
    Unknown,
}

impl<'a> Org<'a> {
    /// `self`, or `other` when `self` is unknown.
    pub(crate) fn or(self, other: Org<'a>) -> Org<'a> {
        if self == Org::Unknown { other } else { self }
    }
}

/// Company, role and a second move ("left Meta for OpenAI" -> also JOIN OpenAI).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Args<'a> {
    pub org: Org<'a>,
    pub role: Option<&'a str>,
    pub extra: Option<(EventType, &'a str)>,
}

impl Default for Args<'_> {
    fn default() -> Self {
        Args {
            org: Org::Unknown,
            role: None,
            extra: None,
        }
    }
}

fn company<'a>(ctx: &Context<'a>, i: usize) -> Option<&'a str> {
    ctx.org_name_at(i).map(|(c, _)| c)
}

/// The token after the organisation named at token `i`.
fn org_after(ctx: &Context<'_>, i: usize) -> usize {
    ctx.org_name_at(i).map_or(i + 1, |(_, e)| e)
}

/// A company named within a few words from token `i`, after descriptive words only:
/// "rival publisher Birchwood", "AI startup Mistral", "the search giant Google".
fn company_near<'a>(ctx: &Context<'a>, i: usize, hi: usize) -> Option<(&'a str, usize)> {
    let mut k = i;
    while k < hi && k < i + 4 {
        if let Some(c) = company(ctx, k) {
            return Some((c, org_after(ctx, k)));
        }
        let descriptive = ctx.tokens[k].kind == TokenKind::Word
            && ctx.entity(k).is_none()
            && !ctx.has(k, class::FOLLOW | class::TRIGGER | class::REL | class::JOB)
            && (ctx.lower(k) || super::roles::is_role_word(ctx, k))
            && (!ctx.has(k, class::DET) || ctx.has(k, class::DEFINITE));
        if !descriptive {
            return None;
        }
        k += 1;
    }
    None
}

/// What "the company" at token `i` of sentence `si` refers to: the organisation named last
/// before it in the same sentence ("replaced Doe as chief executive of Acme Auto, with Mr
/// Doe leaving the company"), else the organisation the text is about there. For a move
/// into "the company" (`join`), or when the sentence is the company's announcement ("the
/// company said Doe resigned from the board"), the headline and lead outweigh a company met
/// in passing: the firm a story is about is where its people are now ("Mr Roe, who only
/// joined the company last year"); a departure from "the club" is told in the backstory,
/// where the club named nearest is meant ("he led Acme United to promotion ... but then left
/// the club"). "The parent company" is not the unit named just before it.
fn topic<'a>(ctx: &Context<'a>, i: usize, si: usize, join: bool) -> Org<'a> {
    let pos = ctx.tokens.get(i).map_or(ctx.text.len(), |t| t.start);
    let (lo, hi) = ctx
        .sentences
        .get(si)
        .map_or((i, i), |s| ctx.sentence_tokens(s));
    let lo = lo.min(i);
    if (i..i + 3).any(|k| ctx.is(k, "parent")) {
        let unit: Vec<(usize, usize)> = orgs_in(ctx, lo, i)
            .last()
            .map(|(k, end, _)| (ctx.tokens[k].start, ctx.tokens[end - 1].end))
            .into_iter()
            .collect();
        return ctx
            .topic_outside(pos, si, 4, true, &unit)
            .map_or(Org::Null, Org::Named);
    }
    // "the company said" before or after the move ("..., the bank said").
    let announced =
        (lo..hi).any(|k| k != i && definite_corp(ctx, k, hi).is_some_and(|e| announces(ctx, e)));
    ctx.topic_company(pos, si, 0)
        .or_else(|| announced.then(|| announcer(ctx, lo, si)).flatten())
        .or_else(|| {
            if join || announced {
                ctx.topic_company_lead(pos, si, 4)
            } else {
                ctx.topic_company(pos, si, 4)
            }
        })
        .map_or(Org::Null, Org::Named)
}

/// "said", "also said", "announced" at token `e`: the words before are the announcer.
fn announces(ctx: &Context<'_>, e: usize) -> bool {
    let e = if ctx.is(e, "also") { e + 1 } else { e };
    ctx.is(e, "said") || ctx.is(e, "says") || ctx.is(e, "announced")
}

/// The organisation that last made an announcement ("Acme Corp said ...") in the four
/// sentences before token `lo` of sentence `si`: what "the company said" goes on to mean.
fn announcer<'a>(ctx: &Context<'a>, lo: usize, si: usize) -> Option<&'a str> {
    let from = ctx
        .sentences
        .get(si.saturating_sub(4))
        .map_or(0, |s| ctx.sentence_tokens(s).0);
    orgs_in(ctx, from, lo)
        .filter(|&(_, end, _)| announces(ctx, end))
        .last()
        .map(|(_, _, name)| name)
}

/// The organisations named from token `lo` to before `hi`, in text order: first token, the
/// token after the name, canonical name.
fn orgs_in<'a, 'c>(
    ctx: &'c Context<'a>,
    lo: usize,
    hi: usize,
) -> impl Iterator<Item = (usize, usize, &'a str)> + 'c {
    let mut k = lo;
    std::iter::from_fn(move || {
        while k < hi {
            let at = k;
            match ctx.org_name_at(at) {
                Some((name, end)) => {
                    k = end.max(at + 1);
                    return Some((at, end, name));
                }
                None => k += 1,
            }
        }
        None
    })
}

fn skip_adverbs(ctx: &Context<'_>, mut i: usize, hi: usize) -> usize {
    while i < hi
        && ctx.lower(i)
        && ctx.word(i).ends_with("ly")
        && !ctx.has(i, class::TIME)
        && ctx.entity(i).is_none()
    {
        i += 1;
    }
    i
}

/// The arguments after the trigger phrase (from token `i`, before `hi`). `None` when the
/// words after it rule the move out ("left the meeting", "joined forces", "named after").
/// `subject_moves`: the mover is the subject (intransitive or passive use); otherwise `i` is
/// just past the object of an active "Meta fired Smith".
pub(crate) fn arguments<'a>(
    ctx: &Context<'a>,
    lemma: Lemma,
    kind: EventType,
    subject_moves: bool,
    i: usize,
    hi: usize,
    si: usize,
) -> Option<Args<'a>> {
    if lemma.mover_is_object_when_active() {
        role_args(ctx, lemma, subject_moves, i, hi, si)
    } else {
        object_args(ctx, lemma, kind, i, hi, si)
    }
}

/// "was named [as|to] [the|its|Acme's] [new] ROLE [of|at COMPANY]", "was hired by X from Y".
fn role_args<'a>(
    ctx: &Context<'a>,
    lemma: Lemma,
    subject_moves: bool,
    i: usize,
    hi: usize,
    si: usize,
) -> Option<Args<'a>> {
    let i0 = i;
    let join = !matches!(
        lemma,
        Lemma::Fire | Lemma::Oust | Lemma::Sack | Lemma::Dismiss | Lemma::Let | Lemma::Lay
    );
    let mut args = Args::default();
    let mut i = skip_adverbs(ctx, i, hi);
    let mut board = false;
    if ctx.is(i, "as") || ctx.is(i, "to") {
        i += 1;
    }
    for _ in 0..3 {
        if let Some(c) = company(ctx, i) {
            args.org = Org::Named(c);
            i = org_after(ctx, i);
        } else if ctx.is(i, "its") || (ctx.is(i, "the") && ctx.has(i + 1, class::CORP)) {
            if args.org == Org::Unknown {
                args.org = topic(ctx, i, si, join);
            }
            i += if ctx.is(i, "its") { 1 } else { 2 };
        } else if (ctx.has(i, class::DET) || ctx.is(i, "new")) && ctx.lower(i) {
            // "as the new Wolves manager".
            i += 1;
        } else {
            break;
        }
    }
    if let Some((rs, re)) = role_at(ctx, i, hi) {
        if !(re == rs + 1 && ctx.is(rs, "board")) {
            args.role = Some(ctx.span_text(rs, re));
        } else {
            board = true;
        }
        i = re;
    } else if ctx.is(i, "board") || ctx.is(i.saturating_sub(1), "board") {
        board = true;
        i += 1;
    }
    if ctx.is(i, "of") || ctx.is(i, "at") || ctx.is(i, "for") {
        // "head of the Tariff Board": a name after "the" (not "the company").
        let at = past_determiner(ctx, i + 1);
        if let Some(c) = company(ctx, at) {
            args.org = Org::Named(c);
            i = org_after(ctx, at);
        } else if let Some(j) = definite_corp(ctx, i + 1, hi) {
            args.org = topic(ctx, i + 1, si, join);
            i = j;
        }
    }
    // "sacked at Spurs", "appointed by Wolves": a club or body the entity stage missed.
    if args.org == Org::Unknown && (ctx.is(i, "at") || ctx.is(i, "by")) {
        if let Some(e) = bare_run(ctx, i + 1, hi) {
            args.org = Org::Named(ctx.span_text(i + 1, e));
            i = e;
        }
    }
    let mut j = i;
    while j < hi && j < i + 8 && !ctx.is_hard_stop(j) {
        let c = company_near(ctx, j + 1, hi).map(|(c, _)| c);
        if ctx.is(j, "by") {
            if let (Some(c), Org::Unknown) = (c, args.org) {
                args.org = Org::Named(c);
            }
        } else if ctx.is(j, "from") {
            if let Some(c) = c {
                match lemma {
                    Lemma::Hire | Lemma::Recruit | Lemma::Poach | Lemma::Appoint | Lemma::Name => {
                        args.extra = Some((EventType::Leave, c));
                    }
                    _ if args.org == Org::Unknown => args.org = Org::Named(c),
                    _ => {}
                }
            }
        } else if ctx.is(j, "as") && args.role.is_none() {
            if let Some((rs, re)) = role_at(ctx, j + 1, hi) {
                args.role = Some(ctx.span_text(rs, re));
            }
        }
        j += 1;
    }
    // "elected Mary Blum to fill a vacancy": a board seat.
    if ctx.is(i0, "to")
        && ctx.is(i0 + 1, "fill")
        && (2..=4).any(|d| ctx.is(i0 + d, "vacancy") || ctx.is(i0 + d, "seat"))
    {
        board = true;
    }
    if lemma.needs_role() && args.role.is_none() && !board {
        return None;
    }
    // "dismissed as a publicity stunt", a referee dismissing a player: only a dismissal by or
    // from a company, or from a role, is a move.
    if lemma == Lemma::Dismiss && args.role.is_none() && args.org == Org::Unknown {
        return None;
    }
    // "Rush was appointed at the end of August", "was appointed in 2002": a passive with
    // only a time after it is a move too.
    if lemma == Lemma::Appoint
        && args.role.is_none()
        && args.org == Org::Unknown
        && !board
        && !(subject_moves && (is_time_phrase(ctx, i0) || ctx.is_hard_stop(i0)))
    {
        return None;
    }
    Some(args)
}

/// A run of one to three capitalised words from token `i` that no entity covers and no word
/// list knows, not followed by another such word: the token after it.
fn bare_run(ctx: &Context<'_>, i: usize, hi: usize) -> Option<usize> {
    let mut e = i;
    while e < hi && e < i + 4 && super::roles::bare_name_word(ctx, e) {
        e += 1;
    }
    (e > i && e < i + 4 && !(i > 0 && super::context::is_title(ctx.word(i - 1)))).then_some(e)
}

/// True when the words from `i` say when, not what: "in 1979", "last year", "on Monday".
fn is_time_phrase(ctx: &Context<'_>, i: usize) -> bool {
    let w = |k: usize| ctx.word(i + k);
    let time = |k: usize| {
        ctx.has(i + k, class::TIME)
            || ctx
                .tokens
                .get(i + k)
                .is_some_and(|t| t.kind == TokenKind::Number)
    };
    if ctx.has(i, class::TIME) && !ctx.is(i, "the") && !ctx.is(i, "may") {
        return true;
    }
    let period = |k: usize| {
        matches!(
            w(k),
            "end" | "start" | "beginning" | "close" | "age" | "past" | "meantime" | "interim"
        )
    };
    (matches!(
        w(0),
        "in" | "on" | "at" | "during" | "since" | "earlier" | "later"
    ) && (time(1) || (ctx.is(i + 1, "the") && (time(2) || period(2)))))
        || matches!(w(0), "yesterday" | "today" | "recently")
}

/// "left Meta", "quit the company", "resigned his post", "joined rival companies",
/// "resigned from Google", "stepped down as chief executive of Acme", "left Meta for OpenAI".
fn object_args<'a>(
    ctx: &Context<'a>,
    lemma: Lemma,
    kind: EventType,
    i: usize,
    hi: usize,
    si: usize,
) -> Option<Args<'a>> {
    let mut args = Args::default();
    let i = skip_adverbs(ctx, i, hi);
    // "retired hurt", "retired injured": a player leaving a match.
    if lemma == Lemma::Retire && (ctx.is(i, "hurt") || ctx.is(i, "injured")) {
        return None;
    }
    let needs_company = matches!(lemma, Lemma::Walk | Lemma::Return | Lemma::Part);
    let join = kind == EventType::Join && lemma != Lemma::Take;
    let end_of_clause = i >= hi
        || (ctx.tokens[i].kind == TokenKind::Punct && !ctx.is_quote_mark(i) && ctx.word(i) != "-");
    let mut j;
    if let Some((c, after)) = company_near(ctx, i, hi) {
        // "quits Yukos shares", "left its Acme stake": a holding, not a post.
        if ["shares", "stake", "stakes", "holding", "holdings", "bonds"]
            .iter()
            .any(|w| ctx.is(after, w))
        {
            return None;
        }
        args.org = Org::Named(c);
        j = after;
    } else if let Some(after) = definite_corp(ctx, i, hi) {
        args.org = topic(ctx, i, si, kind == EventType::Join);
        j = after;
        if ctx.is(j, "of") {
            if let Some(c) = company(ctx, j + 1) {
                args.org = Org::Named(c);
                j = org_after(ctx, j + 1);
            }
        }
    } else if needs_company {
        return None;
    } else if let Some(after) = unknown_organisation(ctx, i, hi, join) {
        // "quit the UK Independence Party", "joined Liverpool as chief executive": an
        // organisation the entity stage does not know; the move stands, named by its words.
        let start = if ctx.is(i, "the") { i + 1 } else { i };
        let name = ctx.span_text(start, after);
        args.org = if name.is_empty() {
            Org::Null
        } else {
            Org::Named(name)
        };
        j = after;
    } else if let Some(after) = indefinite_corp(ctx, i, hi) {
        args.org = Org::Null;
        j = after;
    } else if (ctx.has(i, class::DET) && ctx.has(i + 1, class::JOB))
        || (ctx.has(i, class::JOB) && ctx.lower(i))
    {
        if join {
            return None;
        }
        j = if ctx.has(i, class::JOB) { i + 1 } else { i + 2 };
    } else if ctx.is(i, "as") {
        j = i;
    } else if ctx.is(i, "from") {
        if join {
            return None;
        }
        if let Some((c, after)) = company_near(ctx, i + 1, hi) {
            args.org = Org::Named(c);
            j = after;
        } else if let Some(after) = definite_corp(ctx, i + 1, hi) {
            args.org = topic(ctx, i + 1, si, kind == EventType::Join);
            j = after;
            if ctx.is(j, "of") {
                if let Some(c) = company(ctx, j + 1) {
                    args.org = Org::Named(c);
                    j = org_after(ctx, j + 1);
                }
            }
        } else {
            // "retired from the match", "withdrew from the race": sport, not a job.
            let contest = [
                "match",
                "game",
                "race",
                "tournament",
                "contest",
                "event",
                "final",
                "semi-final",
                "quarter-final",
                "bout",
                "fight",
                "competition",
            ];
            let noun = if ctx.is(i + 1, "the") { i + 2 } else { i + 1 };
            if contest.iter().any(|w| ctx.is(noun, w)) {
                return None;
            }
            // "retired from Great Britain's Davis Cup team", "from international rugby":
            // a player leaving a competition or the sport.
            let sport = (i + 1..(i + 7).min(hi)).any(|k| {
                ctx.is(k, "cup")
                    || ctx.is(k, "international")
                    || ctx.is(k, "test")
                    || ctx.is(k, "sport")
                    || ctx.is(k, "squad")
            });
            if lemma == Lemma::Retire && sport {
                return None;
            }
            // "from his post", "from the government", "from the UK Independence Party"; not
            // "from his favoured 400m" or "from the stage".
            // A job, a team or a company noun within a few words ("from all the posts he
            // held", "from his Treasury post", "from Great Britain's Davis Cup team"), or a
            // gerund ("from running the unit").
            let job = (i + 1..(i + 6).min(hi))
                .take_while(|&k| {
                    ctx.tokens[k].kind == TokenKind::Word
                        && (!ctx.has(k, class::FOLLOW) || ctx.has(k, class::DET))
                })
                .any(|k| ctx.has(k, class::JOB | class::CORP | class::CORP_PLURAL) && ctx.lower(k))
                || (ctx.lower(i + 1) && ctx.word(i + 1).ends_with("ing"));
            let organisation = indefinite_corp(ctx, i + 1, hi).is_some()
                || (ctx.is(i + 1, "the") && ctx.has(i + 2, class::CORP_PLURAL))
                || unknown_organisation(ctx, i + 1, hi, false).is_some();
            if !(job || organisation) {
                return None;
            }
            j = i;
        }
    } else if join {
        if !is_time_phrase(ctx, i) {
            return None;
        }
        j = i;
    } else if end_of_clause || ctx.has(i, class::FOLLOW | class::TIME) || ctx.is_quote_mark(i) {
        // "left in March", "left in protest"; not "left in the industry", "left on the table".
        let place = (ctx.is(i, "in") || ctx.is(i, "on") || ctx.is(i, "at"))
            && !is_time_phrase(ctx, i)
            && ![
                "protest",
                "disgust",
                "anger",
                "frustration",
                "acrimony",
                "disgrace",
            ]
            .iter()
            .any(|w| ctx.is(i + 1, w));
        if place {
            return None;
        }
        j = i;
    } else {
        return None;
    }
    // What follows the object: "for OpenAI", "from Google", "as chief scientist of X".
    let stop = (j + 10).min(hi);
    let mut k = j;
    while k < stop {
        if ctx.is_hard_stop(k)
            || (ctx.has(k, class::TRIGGER) && ctx.lower(k))
            || (ctx.has(k, class::STOP) && ctx.lower(k))
        {
            break;
        }
        let c = company_near(ctx, k + 1, hi).map(|(c, _)| c);
        let joins_next = (ctx.is(k, "for") && kind == EventType::Leave)
            || (ctx.is(k, "to") && lemma == Lemma::Defect);
        if joins_next {
            if let Some(c) = c {
                args.extra = Some((EventType::Join, c));
            }
        } else if ctx.is(k, "from") {
            if let Some(c) = c {
                if kind == EventType::Join {
                    args.extra = Some((EventType::Leave, c));
                } else if args.org == Org::Unknown {
                    args.org = Org::Named(c);
                }
            } else if args.org == Org::Unknown && kind == EventType::Leave {
                if let Some(after) = definite_corp(ctx, k + 1, hi) {
                    args.org = topic(ctx, k + 1, si, kind == EventType::Join);
                    k = after;
                    continue;
                }
            }
        } else if (ctx.is(k, "as") || (lemma == Lemma::Take && ctx.is(k, "at")))
            && args.role.is_none()
        {
            let mut r = k + 1;
            let mut its = false;
            if let Some(c) = company(ctx, r) {
                if args.org == Org::Unknown {
                    args.org = Org::Named(c);
                }
                r = org_after(ctx, r);
            } else if let Some(e) = super::roles::bare_org_at(ctx, r, hi) {
                // "stepped down as Chelsea chairman": a club or body the entities missed.
                if args.org == Org::Unknown {
                    args.org = Org::Named(ctx.span_text(r, e));
                }
                r = e;
            } else if ctx.is(r, "its") || ctx.is(r, "the") || ctx.is(r, "a") {
                its = ctx.is(r, "its");
                r += 1;
                // "as a Labour MP", "as the Chelsea chairman".
                if let Some((c, after)) = ctx.org_name_at(r) {
                    if args.org == Org::Unknown {
                        args.org = Org::Named(c);
                    }
                    its = false;
                    r = after;
                } else if let Some(e) = super::roles::bare_org_at(ctx, r, hi) {
                    if args.org == Org::Unknown {
                        args.org = Org::Named(ctx.span_text(r, e));
                    }
                    its = false;
                    r = e;
                }
                // "as the company's chief executive".
                if ctx.possessive(r) && ctx.has(r, class::CORP) {
                    its = true;
                    r += 1;
                }
            }
            if let Some((rs, re)) = role_at(ctx, r, hi) {
                args.role = Some(ctx.span_text(rs, re));
                if its && args.org == Org::Unknown {
                    args.org = topic(ctx, r, si, kind == EventType::Join);
                }
                if ctx.is(re, "of") || ctx.is(re, "at") {
                    let at = past_determiner(ctx, re + 1);
                    if let Some(c) = company(ctx, at) {
                        if args.org == Org::Unknown {
                            args.org = Org::Named(c);
                        }
                    } else if definite_corp(ctx, re + 1, hi).is_some() && args.org == Org::Unknown {
                        args.org = topic(ctx, re + 1, si, kind == EventType::Join);
                    }
                }
                k = re;
                continue;
            } else if lemma == Lemma::Take && c.is_some() && args.org == Org::Unknown {
                args.org = Org::Named(c.unwrap_or_default());
            }
        } else if ctx.word(k) == "," && k > j + 1 {
            break;
        }
        k += 1;
    }
    if lemma == Lemma::Take && args.org == Org::Unknown && args.role.is_none() {
        // "took over at the company": fine; "took over as" with no role: not a move.
        if !ctx.is(i, "of") {
            return None;
        }
    }
    Some(args)
}

/// Words that end an organisation's name ("the UK Independence Party", "Child Support Agency").
pub(crate) const ORG_SUFFIX: &[&str] = &[
    "Party",
    "Council",
    "Corporation",
    "Committee",
    "Commission",
    "Ministry",
    "Department",
    "Agency",
    "Union",
    "Club",
    "Association",
    "Authority",
    "Institute",
    "Foundation",
    "Board",
    "Cabinet",
    "Parliament",
    "Government",
    "Assembly",
    "Group",
    "Bank",
    "Trust",
];

/// A capitalised name that is no entity but reads as an organisation: one ending in a word
/// such as "Party" or "Council" ("the UK Independence Party"), or, after "join", one followed
/// by "as ROLE", "from" or a date ("joined Liverpool as chief executive in 1998").
fn unknown_organisation(ctx: &Context<'_>, i: usize, hi: usize, join: bool) -> Option<usize> {
    let start = if ctx.is(i, "the") { i + 1 } else { i };
    let mut j = start;
    while j < hi && j < start + 5 {
        let w = ctx.word(j);
        let capital = ctx.tokens[j].kind == TokenKind::Word
            && w.starts_with(|c: char| c.is_uppercase())
            && ctx.entity(j).is_none();
        if !capital {
            break;
        }
        j += 1;
    }
    if j == start {
        return None;
    }
    if ORG_SUFFIX.contains(&ctx.word(j - 1)) {
        return Some(j);
    }
    let follows = ctx.is(j, "as") && role_at(ctx, j + 1, hi).is_some()
        || ctx.is(j, "from")
        || is_time_phrase(ctx, j);
    (join && start == i && j - start <= 3 && follows).then_some(j)
}

/// "rival companies", "other AI startups", "a rival", "a startup": a company phrase that names
/// no company. Returns the token after it.
fn indefinite_corp(ctx: &Context<'_>, i: usize, hi: usize) -> Option<usize> {
    let mut j = i;
    while j < hi && j < i + 4 {
        // Only determiners and modifiers before the noun: not "left in the industry".
        let preposition = ctx.has(j, class::FOLLOW) && !ctx.has(j, class::DET | class::CORP_PLURAL);
        if ctx.entity(j).is_some() || ctx.tokens[j].kind != TokenKind::Word || preposition {
            return None;
        }
        if ctx.has(j, class::CORP_PLURAL) && ctx.lower(j) {
            return Some(j + 1);
        }
        if ctx.has(j, class::CORP) && ctx.lower(j) && j > i && !ctx.has(i, class::DEFINITE) {
            // "a group of actresses", "a team of researchers": people, not a company.
            return (!ctx.is(j + 1, "of")).then_some(j + 1);
        }
        j += 1;
    }
    None
}

/// The mover's title ("top Google AI researcher Jacob Devlin", "Jane Doe, Acme's CFO,").
pub(crate) fn mover_title<'a>(
    ctx: &Context<'a>,
    mover: Mover<'a>,
    lo: usize,
    hi: usize,
    si: usize,
) -> Option<Title<'a>> {
    let Mover::Person {
        mention: Some(e), ..
    } = mover
    else {
        return None;
    };
    let first = ctx
        .tokens
        .partition_point(|t| t.end <= ctx.entities[e].start);
    if first < lo || first >= hi {
        return None;
    }
    title_before(ctx, first, lo, si)
        .or_else(|| appositive_after(ctx, ctx.entity_after(first), hi, si))
}

/// The company when the words after the trigger do not name one.
#[allow(clippy::too_many_arguments)]
pub(crate) fn fallback_org<'a>(
    ctx: &Context<'a>,
    kind: EventType,
    lemma: Lemma,
    mover: Mover<'a>,
    title: &Option<Title<'a>>,
    known: &Known<'a>,
    employer: Option<&'a str>,
    t: usize,
    si: usize,
) -> Option<&'a str> {
    let pos = ctx.tokens[t].start;
    let foreign = match mover {
        Mover::Person { name, .. } => foreign_spans(ctx, name, si, t),
        Mover::Group { .. } => Vec::new(),
    };
    match mover {
        Mover::Person { name, .. } => {
            if let Some(ti) = title {
                if let Some(o) = ti.org {
                    if kind == EventType::Leave || !ti.former {
                        return Some(o);
                    }
                }
            }
            // A company named earlier in this sentence ("spent six years at Tesla before
            // leaving"), else where an earlier sentence of the article put the person.
            if kind == EventType::Leave {
                if let Some(o) = ctx.topic_outside(pos, si, 0, false, &foreign) {
                    return Some(o);
                }
            }
            if kind == EventType::Leave || lemma == Lemma::Promote {
                if let Some(o) = employer.or_else(|| known.get(name)) {
                    return Some(o);
                }
            }
        }
        Mover::Group { start, end } => {
            for k in start..end {
                if let Some(c) = company(ctx, k).or_else(|| demonym_company(ctx, k)) {
                    return Some(c);
                }
            }
        }
    }
    // The article's company, when this sentence names it or refers to it ("the firm said").
    let (lo, hi) = ctx.sentence_tokens(&ctx.sentences[si]);
    let refers = (lo..hi).any(|k| definite_corp(ctx, k, hi).is_some());
    let reach = match (kind, refers) {
        (_, true) => 4,
        (EventType::Join, false) => 1,
        (EventType::Leave, false) => 0,
    };
    match mover {
        Mover::Person { .. } => ctx
            .topic_outside(pos, si, reach, true, &foreign)
            .or_else(|| ctx.article_org_outside(pos, si, &foreign)),
        Mover::Group { .. } => ctx.topic_company(pos, si, reach),
    }
}

/// Byte spans of sentence `si` before token `t` that belong to a person other than `mover`:
/// an apposition or relative clause set off after that person's name ("Mr Raines, head of
/// the Budget Office, has retired while Mr Howard stepped down") and an organisation
/// written as that person's title ("the brother of Acme Group president Jo Bloggs"). An
/// organisation named there is not where the mover worked.
pub(crate) fn foreign_spans(
    ctx: &Context<'_>,
    mover: &str,
    si: usize,
    t: usize,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let Some(sentence) = ctx.sentences.get(si) else {
        return out;
    };
    let (lo, _) = ctx.sentence_tokens(sentence);
    let other = |k: usize| {
        ctx.entity_of(k, EntityType::Person)
            .is_some_and(|(_, e)| e.canonical != mover)
    };
    let mut k = lo;
    while k < t {
        // The mover's own relative clause: an organisation met there after "with", "against"
        // and the like is a counterpart, not an employer ("Mr Klein, who often argued with
        // the Finance Ministry, steps down"; but "who ran the Tariff Office").
        if ctx.word(k) == ","
            && ctx.is(k + 1, "who")
            && k > lo
            && ctx
                .entity_of(k - 1, EntityType::Person)
                .is_some_and(|(_, e)| e.canonical == mover)
        {
            let mut e = k + 2;
            while e < t && ctx.word(e) != "," && !ctx.is_hard_stop(e) {
                let counterpart = ["with", "against", "over", "to", "from", "by"]
                    .iter()
                    .any(|p| ctx.is(e - 1, p));
                if counterpart {
                    let w = if ctx.is(e, "the") { e + 1 } else { e };
                    if let Some((_, end)) = ctx.org_name_at(w) {
                        out.push((ctx.tokens[w].start, ctx.tokens[end - 1].end));
                    }
                }
                e += 1;
            }
            k = e.max(k + 1);
            continue;
        }
        // An apposition opened right after another person's name, up to its closing mark.
        if other(k) {
            let after = ctx.entity_after(k);
            let open = ctx.word(after);
            if after < t && matches!(open, "," | "(" | "-" | "\u{2013}" | "\u{2014}") {
                let close = if open == "(" { ")" } else { open };
                let mut e = after + 1;
                while e < t && ctx.word(e) != close {
                    e += 1;
                }
                if e < t {
                    out.push((ctx.tokens[after].start, ctx.tokens[e].end));
                }
            }
            k = after.max(k + 1);
            continue;
        }
        // "Acme Group president Jo Bloggs": the organisation titles the person after it;
        // "the former Acme boss replaces Mr Roe": it is someone's past post.
        if let Some((_, end)) = ctx.org_name_at(k) {
            let mut r = end;
            while r < t && r < end + 3 && super::roles::is_role_word(ctx, r) {
                r += 1;
            }
            let former = k > lo && ctx.has(k - 1, super::lexicon::class::FORMER);
            if r > end && r < t && (other(r) || former) {
                out.push((ctx.tokens[k].start, ctx.tokens[end - 1].end));
            }
            k = end.max(k + 1);
            continue;
        }
        k += 1;
    }
    out
}
