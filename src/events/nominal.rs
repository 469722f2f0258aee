//! Moves stated without a move verb about the person: "Tom Reyes's departure", "the
//! resignation of Tom Reyes", "outgoing Acme chairman Tom Reyes", "Jane Doe became chief
//! executive of Acme".

use crate::document::{Event, EventType, Span};

use super::context::Context;
use super::polarity;
use super::roles::role_at;
use super::succession::{object_after, person_at, subject_before};

/// The move noun at token `i`: its type, and whether it needs a role or an organisation
/// to count ("his retirement" may be from sport, "her appointment" with a doctor).
fn move_noun(w: &str) -> Option<(EventType, bool)> {
    Some(match w {
        "departure" | "resignation" | "sacking" | "dismissal" | "ousting" | "departures"
        | "resignations" | "dismissals" => (EventType::Leave, false),
        "retirement" | "exit" => (EventType::Leave, true),
        "appointment" => (EventType::Join, true),
        _ => return None,
    })
}

/// "[as ROLE] [of|from|at] [the] ORG" from token `i`: the role and organisation stated.
fn role_and_org<'a>(
    ctx: &Context<'a>,
    mut i: usize,
    hi: usize,
) -> (Option<&'a str>, Option<&'a str>) {
    let mut role = None;
    let mut org = None;
    if ctx.is(i, "as") {
        let r = if ctx.is(i + 1, "the") { i + 2 } else { i + 1 };
        if let Some((rs, re)) = role_at(ctx, r, hi) {
            role = Some(ctx.span_text(rs, re));
            i = re;
        }
    }
    if ctx.is(i, "of") || ctx.is(i, "from") || ctx.is(i, "at") {
        let at = if ctx.is(i + 1, "the") { i + 2 } else { i + 1 };
        if let Some((c, _)) = ctx.org_name_at(at) {
            org = Some(c);
        }
    }
    (role, org)
}

/// "Jane Doe announced her departure", "Smith has tendered his resignation": the move noun
/// at `t` after "his"/"her" and one verb whose subject is a named person right before it
/// (auxiliaries between). The person and its token.
fn own_move<'a>(ctx: &Context<'a>, t: usize, lo: usize) -> Option<(&'a str, usize)> {
    if t < lo + 3 {
        return None;
    }
    let gender = match ctx.word(t - 1) {
        "his" => crate::names::Gender::Male,
        "her" => crate::names::Gender::Female,
        _ => return None,
    };
    let verb = t - 2;
    if !ctx.lower(verb)
        || ctx.tokens[verb].kind != crate::TokenKind::Word
        || ctx.has(
            verb,
            super::lexicon::class::AUX | super::lexicon::class::TRIGGER,
        )
    {
        return None;
    }
    let mut k = verb;
    while k > lo && ctx.has(k - 1, super::lexicon::class::AUX) && ctx.lower(k - 1) {
        k -= 1;
    }
    let at = k.checked_sub(1)?;
    let p = person_at(ctx, at)?;
    crate::names::gender(p)
        .is_none_or(|g| g == gender)
        .then_some((p, at))
}

/// Giving up a post, at the post noun `t`: "will give up his post as chairman", "relinquish
/// the title of chief executive", "gave up her seat on the board". The phrase's first token
/// and the role stated.
fn giving_up<'a>(ctx: &Context<'a>, t: usize, hi: usize) -> Option<(usize, Option<&'a str>)> {
    if !matches!(
        ctx.word(t),
        "post"
            | "posts"
            | "position"
            | "title"
            | "job"
            | "role"
            | "seat"
            | "chairmanship"
            | "presidency"
    ) || t < 2
    {
        return None;
    }
    let mut k = t - 1;
    if matches!(
        ctx.word(k),
        "his" | "her" | "the" | "its" | "their" | "both"
    ) {
        k -= 1;
    }
    let start = if matches!(
        ctx.word(k),
        "relinquish" | "relinquishes" | "relinquished" | "relinquishing"
    ) {
        k
    } else if ctx.is(k, "up")
        && k > 0
        && matches!(
            ctx.word(k - 1),
            "give" | "gives" | "gave" | "given" | "giving"
        )
    {
        k - 1
    } else {
        return None;
    };
    let mut role = None;
    if ctx.is(t + 1, "as") || ctx.is(t + 1, "of") {
        let r = if ctx.is(t + 2, "the") { t + 3 } else { t + 2 };
        role = role_at(ctx, r, hi).map(|(rs, re)| ctx.span_text(rs, re));
    }
    // "gave up the title" in sport, "give up her job" with nothing more: a post only with a
    // role, or for "post"/"seat"/"position".
    let post = matches!(
        ctx.word(t),
        "post" | "posts" | "seat" | "position" | "chairmanship" | "presidency"
    );
    (role.is_some() || post).then_some((start, role))
}

/// "nominated [for (re-)election] as [a] ROLE" (passive, the person before) or "nominated
/// PERSON as ROLE" at the "nominated" token `t`: the person when written after it, the role
/// and the token after the role.
fn nomination<'a>(ctx: &Context<'a>, t: usize) -> Option<(Option<&'a str>, &'a str, usize)> {
    let hi = ctx.tokens.len().min(t + 16);
    let passive = t > 0 && is_be(ctx.word(t - 1));
    let (person, mut k) = if passive {
        (None, t + 1)
    } else {
        let (p, end) = object_after(ctx, t + 1, hi).filter(|&(_, end)| end <= t + 6)?;
        (Some(p), end)
    };
    if ctx.is(k, "for") && matches!(ctx.word(k + 1), "election" | "re-election") {
        k += 2;
    }
    if !ctx.is(k, "as") {
        return None;
    }
    let r = if matches!(ctx.word(k + 1), "a" | "an" | "the") {
        k + 2
    } else {
        k + 1
    };
    let (rs, re) = role_at(ctx, r, hi)?;
    Some((person, ctx.span_text(rs, re), re))
}

/// After "is out" at `t`: "as ROLE [of ORG]" or "at ORG" (not "is out of hospital", "is out
/// for the season"). The role and organisation.
fn out_as<'a>(ctx: &Context<'a>, t: usize) -> Option<(Option<&'a str>, Option<&'a str>)> {
    let hi = ctx.tokens.len().min(t + 14);
    if ctx.is(t + 1, "as") {
        let r = if ctx.is(t + 2, "the") { t + 3 } else { t + 2 };
        let (rs, re) = role_at(ctx, r, hi)?;
        let (_, org) = role_and_org(ctx, re, hi);
        return Some((Some(ctx.span_text(rs, re)), org));
    }
    if ctx.is(t + 1, "at") {
        let at = if ctx.is(t + 2, "the") { t + 3 } else { t + 2 };
        let (org, _) = ctx.org_name_at(at)?;
        return Some((None, Some(org)));
    }
    None
}

/// "handed over the reins [of ORG] to John Roe", "will hand the reins to Roe at ORG", at the
/// "hand" token `t`: the person handed to and the organisation named.
fn handing_over<'a>(ctx: &Context<'a>, t: usize) -> Option<(&'a str, Option<&'a str>)> {
    if !matches!(ctx.word(t), "hand" | "hands" | "handed" | "handing") {
        return None;
    }
    let mut k = t + 1;
    if ctx.is(k, "over") {
        k += 1;
    }
    if !(ctx.is(k, "the") && ctx.is(k + 1, "reins")) {
        return None;
    }
    k += 2;
    let mut org = None;
    if ctx.is(k, "of") || ctx.is(k, "at") {
        let at = if ctx.is(k + 1, "the") { k + 2 } else { k + 1 };
        let (c, end) = ctx.org_name_at(at)?;
        org = Some(c);
        k = end;
    }
    if !ctx.is(k, "to") {
        return None;
    }
    let hi = ctx.tokens.len().min(k + 10);
    let (p, end) = object_after(ctx, k + 1, hi)?;
    if org.is_none() && (ctx.is(end, "at") || ctx.is(end, "of")) {
        org = ctx.org_name_at(end + 1).map(|(c, _)| c);
    }
    Some((p, org))
}

/// Defines [`CANDIDATES`] and [`is_candidate`] from one list, so the prefilter tables built
/// from the list and the exact test never disagree.
macro_rules! candidates {
    ($($w:literal),* $(,)?) => {
        /// The words the forms below start from: one test per token before any of them is
        /// tried.
        pub(super) const CANDIDATES: &[&str] = &[$($w),*];

        /// True when `w` is one of [`CANDIDATES`].
        fn is_candidate(w: &str) -> bool {
            matches!(w, $($w)|*)
        }
    };
}

candidates!(
    "departure",
    "resignation",
    "sacking",
    "dismissal",
    "ousting",
    "departures",
    "resignations",
    "dismissals",
    "retirement",
    "exit",
    "appointment",
    "outgoing",
    "Outgoing",
    "became",
    "become",
    "becomes",
    "becoming",
    "made",
    "charge",
    "post",
    "posts",
    "job",
    "role",
    "reins",
    "position",
    "title",
    "duties",
    "seat",
    "chairmanship",
    "presidency",
    "successor",
    "predecessor",
    "retained",
    "out",
    "hand",
    "hands",
    "handed",
    "handing",
    "bring",
    "brings",
    "brought",
    "bringing",
    "nominate",
    "nominates",
    "nominated",
    "nominating",
);

/// The candidate words as a table: bit `len` of entry `b` is set when some candidate word
/// is `len` bytes long and starts (`ends` false) or ends (`ends` true) with byte `b`. Lets
/// the scan skip a token from its length and two bytes, before its text is sliced.
pub(super) const fn edge_table(ends: bool) -> [u16; 128] {
    let mut table = [0u16; 128];
    let mut i = 0;
    while i < CANDIDATES.len() {
        let w = CANDIDATES[i].as_bytes();
        let b = if ends { w[w.len() - 1] } else { w[0] };
        table[b as usize] |= 1 << w.len();
        i += 1;
    }
    table
}

static FIRST_AND_LEN: [u16; 128] = edge_table(false);
static LAST_AND_LEN: [u16; 128] = edge_table(true);

/// True when token `tok` may be one of [`is_candidate`]'s words, from its length, first and
/// last bytes alone (no false negatives).
pub(super) fn may_be_candidate(text: &[u8], tok: &crate::Token) -> bool {
    let len = tok.end.wrapping_sub(tok.start);
    if !(3..=12).contains(&len) {
        return false;
    }
    match (text.get(tok.start), text.get(tok.end - 1)) {
        (Some(&b), Some(&e)) if b < 0x80 && e < 0x80 => {
            FIRST_AND_LEN[b as usize] & LAST_AND_LEN[e as usize] & (1 << len) != 0
        }
        _ => false,
    }
}

/// A form of "be" before a passive ("was made chairman").
fn is_be(w: &str) -> bool {
    matches!(w, "was" | "were" | "is" | "be" | "been" | "being")
}

/// "took charge", "put in temporary charge", "took up his post" ending at token `t` (the
/// "charge"/"post" word). Returns the phrase's first token, the token after it and the
/// organisation an appositive names ("put in charge of one of the biggest labels, Def
/// Jam"). Not "took charge of the investigation": only "of" an organisation, of a team or
/// company noun ("of the side"), or nothing, may follow.
fn taking_charge<'a>(ctx: &Context<'a>, t: usize) -> Option<(usize, usize, Option<&'a str>)> {
    let w = ctx.word(t);
    let take = |i: usize| matches!(ctx.word(i), "took" | "take" | "takes" | "taken" | "taking");
    let start = match w {
        "charge" => {
            let k = if t >= 1 && ctx.is(t - 1, "temporary") {
                t - 1
            } else {
                t
            };
            if k >= 1 && take(k - 1) {
                k - 1
            } else if k >= 2 && ctx.is(k - 1, "in") && ctx.is(k - 2, "put") {
                k - 2
            } else {
                return None;
            }
        }
        _ => return None,
    };
    if ctx.is(t + 1, "of") && ctx.org_name_at(t + 2).is_none() && ctx.org_name_at(t + 3).is_none() {
        if let Some(org) = appositive_org(ctx, t + 2) {
            return Some((start, t + 1, Some(org)));
        }
        let noun = if ctx.is(t + 2, "the") { t + 3 } else { t + 2 };
        let team = matches!(ctx.word(noun), "team" | "side" | "squad" | "club")
            || (ctx.has(noun, super::lexicon::class::CORP) && ctx.lower(noun));
        let followed = ctx.word(noun + 1) == "."
            || ctx.word(noun + 1) == ","
            || ctx.has(noun + 1, super::lexicon::class::FOLLOW);
        if !(ctx.is(t + 2, "the") && team && followed) {
            return None;
        }
    }
    Some((start, t + 1, None))
}

/// "one of the most influential labels, Def Jam": the organisation an appositive names after
/// a short plain noun phrase from token `i` (no verb, no other name before the comma).
fn appositive_org<'a>(ctx: &Context<'a>, i: usize) -> Option<&'a str> {
    let mut k = i;
    while k < i + 10 && k < ctx.tokens.len() {
        let w = ctx.word(k);
        if w == "," {
            return ctx.org_name_at(k + 1).map(|(c, _)| c);
        }
        let plain = (ctx.tokens[k].kind == crate::TokenKind::Word
            && ctx.entity(k).is_none()
            && !ctx.has(
                k,
                super::lexicon::class::TRIGGER
                    | super::lexicon::class::STOP
                    | super::lexicon::class::REL,
            ))
            || matches!(w, "-" | "'s" | "’s" | "'" | "’");
        if !plain {
            return None;
        }
        k += 1;
    }
    None
}

/// "came out of retirement to run Acme", "to turn Acme around": at the "retirement" token
/// `t`, the phrase's first token and the organisation.
fn out_of_retirement<'a>(ctx: &Context<'a>, t: usize) -> Option<(usize, &'a str)> {
    if t < 3 || !ctx.is(t - 1, "of") || !ctx.is(t - 2, "out") {
        return None;
    }
    let come = t - 3;
    if !matches!(
        ctx.word(come),
        "came" | "come" | "comes" | "coming" | "lured" | "tempted" | "coaxed"
    ) {
        return None;
    }
    if !ctx.is(t + 1, "to") {
        return None;
    }
    let verb = matches!(
        ctx.word(t + 2),
        "run"
            | "lead"
            | "manage"
            | "coach"
            | "head"
            | "turn"
            | "rescue"
            | "save"
            | "revive"
            | "chair"
            | "take"
            | "join"
            | "rejoin"
            | "steer"
    );
    if !verb {
        return None;
    }
    let mut k = t + 3;
    while k < t + 7 && k < ctx.tokens.len() {
        if let Some((c, _)) = ctx.org_name_at(k) {
            return Some((come, c));
        }
        if !(ctx.lower(k) && ctx.tokens[k].kind == crate::TokenKind::Word) {
            return None;
        }
        k += 1;
    }
    None
}

/// "brought in Jo Cole as technical director", "Jo Cole was brought in as chief executive": at
/// "brought"/"bring" `t`, the person (when written after "in"), the role and the token after
/// the role.
fn bringing_in<'a>(
    ctx: &Context<'a>,
    t: usize,
    hi: usize,
) -> Option<(Option<&'a str>, &'a str, usize)> {
    if !matches!(ctx.word(t), "bring" | "brings" | "brought" | "bringing")
        || !(ctx.is(t + 1, "in") || ctx.is(t + 1, "on"))
    {
        return None;
    }
    let (person, k) = if ctx.is(t + 2, "as") {
        (None, t + 2)
    } else {
        let (p, end) = object_after(ctx, t + 2, hi).filter(|&(_, end)| end <= t + 7)?;
        (Some(p), end)
    };
    if !ctx.is(k, "as") {
        return None;
    }
    let r = if matches!(
        ctx.word(k + 1),
        "the" | "its" | "a" | "an" | "their" | "new"
    ) {
        k + 2
    } else {
        k + 1
    };
    let r = if ctx.is(r, "new") { r + 1 } else { r };
    let (rs, re) = role_at(ctx, r, hi)?;
    Some((person, ctx.span_text(rs, re), re))
}

/// Taking a post, at the post noun `t`: "take [up|on] the [ORG|same|new] job|post|role|reins
/// [of ROLE] [with|at ORG]" ("agreed to take the Bank of England job", "will take on the role
/// of CEO", "taking up the England job", "to take on the same role with the Dutch Olympic
/// Committee"). Needs an organisation or a role: "took the job seriously" is no move. Returns
/// the phrase's first token, the organisation and the role.
fn taking_post<'a>(
    ctx: &Context<'a>,
    t: usize,
) -> Option<(usize, Option<&'a str>, Option<&'a str>)> {
    if !matches!(
        ctx.word(t),
        "post" | "job" | "role" | "reins" | "position" | "title" | "duties" | "responsibilities"
    ) || t < 2
    {
        return None;
    }
    let mut org = None;
    let mut k = t - 1;
    if let Some((_, e)) = ctx.org_of(k) {
        org = Some(e.canonical.as_str());
        k = ctx.entity_first(k).checked_sub(1)?;
    } else if let Some(b) = ctx.bare_org_ending(k) {
        org = Some(b.name);
        k = b.start.checked_sub(1)?;
    }
    let mut det = false;
    for _ in 0..3 {
        if matches!(
            ctx.word(k),
            "the" | "his" | "her" | "same" | "new" | "top" | "additional" | "added" | "extra"
        ) && k > 0
        {
            det = true;
            k -= 1;
        }
    }
    if !det {
        return None;
    }
    if matches!(ctx.word(k), "up" | "on" | "over") && k > 0 {
        k -= 1;
    }
    let take = matches!(
        ctx.word(k),
        "take" | "takes" | "took" | "taken" | "taking" | "accept" | "accepts" | "accepted"
    );
    // "will assume the additional title of chief executive officer", "assumed the duties
    // of chairman": only with a role after it.
    let assume = matches!(ctx.word(k), "assume" | "assumes" | "assumed" | "assuming");
    if !take && !assume {
        return None;
    }
    // "take the title" is a sports win, not a post.
    if !assume && matches!(ctx.word(t), "title" | "duties" | "responsibilities") {
        return None;
    }
    let hi = ctx.tokens.len();
    let mut role = None;
    let mut j = t + 1;
    if ctx.is(j, "of") {
        if let Some((rs, re)) = role_at(ctx, j + 1, hi) {
            role = Some(ctx.span_text(rs, re));
            j = re;
        }
    }
    if org.is_none() && (ctx.is(j, "with") || ctx.is(j, "at") || ctx.is(j, "of")) {
        let at = if ctx.is(j + 1, "the") { j + 2 } else { j + 1 };
        org = ctx.org_name_at(at).map(|(c, _)| c).or_else(|| {
            // "with the Dutch Olympic Committee": a name the entity stage missed.
            let mut e = at;
            while e < at + 5
                && ctx.word(e).starts_with(char::is_uppercase)
                && ctx.entity(e).is_none()
            {
                e += 1;
            }
            let suffix = e > at && super::arguments::ORG_SUFFIX.contains(&ctx.word(e - 1));
            suffix.then(|| ctx.span_text(at, e))
        });
    }
    let up = ctx.is(k + 1, "up");
    if assume && role.is_none() {
        return None;
    }
    (org.is_some() || role.is_some() || up).then_some((k, org, role))
}

/// A move found: type, person, role, organisation and the subject token (if before).
type Found<'a> = (
    EventType,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    Option<usize>,
);

/// Nominal and "became" moves in the article, in text order, each with whether its
/// organisation was only guessed from the context (its own words name none).
pub(crate) fn find(ctx: &Context<'_>) -> Vec<(Event, bool)> {
    let mut out = Vec::new();
    let mut si = 0;
    let bytes = ctx.text.as_bytes();
    for (t, tok) in ctx.starts(super::starts::NOMINAL) {
        if !may_be_candidate(bytes, tok) {
            continue;
        }
        let w = ctx.word(t);
        // Cheap test first: every word looked for is 3 to 12 letters long and lower-case
        // (but "Outgoing" may open a sentence).
        if !(3..=12).contains(&w.len()) || !is_candidate(w) || !(ctx.lower(t) || w == "Outgoing") {
            continue;
        }
        let noun = move_noun(w);
        let outgoing = w.eq_ignore_ascii_case("outgoing");
        let becomes = matches!(w, "became" | "become" | "becomes" | "becoming")
            || (w == "made" && t > 0 && is_be(ctx.word(t - 1)));
        let charge = taking_charge(ctx, t);
        let given_up = giving_up(ctx, t, ctx.tokens.len());
        // "John Smith was nominated for election as a director", "Acme nominated Ann Bell as
        // chairman": a JOIN pending a vote.
        let nominated = if w.starts_with("nominat") {
            nomination(ctx, t)
        } else {
            None
        };
        // "Jane Doe is out as chief executive of Oracle", "is out at Oracle".
        let ousted = w == "out"
            && t > 1
            && (is_be(ctx.word(t - 1))
                || (ctx.has(t - 1, super::lexicon::class::NEG) && is_be(ctx.word(t - 2))))
            && out_as(ctx, t).is_some();
        // "handed over the reins to John Roe".
        let handed = if w.starts_with("hand") {
            handing_over(ctx, t)
        } else {
            None
        };
        // "was retained as a consultant".
        let retained = w == "retained" && t > 0 && is_be(ctx.word(t - 1)) && ctx.is(t + 1, "as");
        // "has taken early retirement".
        let early = w == "retirement"
            && t >= 2
            && ctx.is(t - 1, "early")
            && matches!(
                ctx.word(t - 2),
                "take" | "takes" | "took" | "taken" | "taking"
            );
        let comeback = if w == "retirement" {
            out_of_retirement(ctx, t)
        } else {
            None
        };
        let noun = if comeback.is_some() || early {
            None
        } else {
            noun
        };
        let brought = if w.starts_with("br") {
            bringing_in(ctx, t, ctx.tokens.len())
        } else {
            None
        };
        let post = if charge.is_none() {
            taking_post(ctx, t)
        } else {
            None
        };
        // "the successor to Dave Jones", "his predecessor as CEO, Jim Cantalupo,": the
        // person named left the post.
        let predecessor = (w == "successor" && ctx.is(t + 1, "to")) || w == "predecessor";
        if noun.is_none()
            && !outgoing
            && !becomes
            && charge.is_none()
            && post.is_none()
            && !predecessor
            && comeback.is_none()
            && brought.is_none()
            && given_up.is_none()
            && !retained
            && !early
            && !ousted
            && handed.is_none()
            && nominated.is_none()
        {
            continue;
        }
        let Some(sentence) = ctx.sentence_at(&mut si, tok.start) else {
            continue;
        };
        let (lo, hi) = ctx.sentence_tokens(sentence);
        // "became chairman for a fifth term": the post is held again, no move.
        if becomes && super::renewal::renews_post(ctx, t, hi) {
            continue;
        }
        // Where the first person named after "the resignation of" ends, for a list.
        let mut list_end = 0;
        let found: Option<Found<'_>> = if predecessor {
            let mut k = t + 1;
            let mut role = None;
            if ctx.is(k, "to") || ctx.word(k) == "," {
                k += 1;
            }
            if ctx.is(k, "as") {
                let r = if ctx.is(k + 1, "the") { k + 2 } else { k + 1 };
                if let Some((rs, re)) = role_at(ctx, r, hi) {
                    role = Some(ctx.span_text(rs, re));
                    k = re;
                }
                if ctx.word(k) == "," {
                    k += 1;
                }
            }
            object_after(ctx, k, hi)
                .filter(|&(_, end)| end <= k + 4)
                .map(|(p, _)| (EventType::Leave, p, role, None, None))
        } else if let Some((kind, needs)) = noun {
            if t > lo && ctx.possessive(t - 1) && person_at(ctx, t - 1).is_some() {
                // "Tom Reyes's departure [from Acme]".
                let p = person_at(ctx, t - 1).unwrap_or_default();
                let (role, org) = role_and_org(ctx, t + 1, hi);
                (!needs || role.is_some() || org.is_some()).then_some((
                    kind,
                    p,
                    role,
                    org,
                    Some(t - 1),
                ))
            } else if let Some((p, s)) = own_move(ctx, t, lo) {
                // "Jane Doe announced her departure from OpenAI".
                let (role, org) = role_and_org(ctx, t + 1, hi);
                (!needs || role.is_some() || org.is_some()).then_some((kind, p, role, org, Some(s)))
            } else if ctx.is(t + 1, "of") {
                // "the resignation of Tom Reyes [as chief executive] [from Acme]".
                object_after(ctx, t + 2, hi).and_then(|(p, end)| {
                    list_end = end;
                    let (role, org) = role_and_org(ctx, end, hi);
                    (!needs || role.is_some() || org.is_some())
                        .then_some((kind, p, role, org, None))
                })
            } else {
                None
            }
        } else if outgoing {
            // "outgoing Acme chairman Tom Reyes", "the outgoing head of Acme, Tom Reyes".
            let mut k = t + 1;
            let mut org = None;
            let mut found = None;
            while k < hi && k < t + 9 {
                if let Some(p) = person_at(ctx, k) {
                    found = Some(p);
                    break;
                }
                if let Some((c, after)) = ctx.org_name_at(k) {
                    org = org.or(Some(c));
                    k = after;
                    continue;
                }
                if ctx.has(k, super::lexicon::class::TRIGGER) && ctx.lower(k) {
                    break;
                }
                k += 1;
            }
            let role = role_at(ctx, t + 1, hi)
                .or_else(|| {
                    (t + 1..k)
                        .find_map(|j| role_at(ctx, j, k).filter(|_| ctx.org_name_at(j).is_none()))
                })
                .map(|(rs, re)| ctx.span_text(rs, re));
            found.map(|p| (EventType::Leave, p, role, org, None))
        } else if let Some((start, org, role)) = post {
            // "agreed to take the Bank of Israel job", "will take on the role of CEO".
            subject_before(ctx, start, lo, si)
                .map(|(p, s)| (EventType::Join, p, role, org, Some(s)))
        } else if let Some((person, role, re)) = nominated {
            let (_, org) = role_and_org(ctx, re, hi);
            match person {
                Some(p) => Some((EventType::Join, p, Some(role), org, None)),
                None => subject_before(ctx, t, lo, si)
                    .map(|(p, s)| (EventType::Join, p, Some(role), org, Some(s))),
            }
        } else if ousted {
            out_as(ctx, t).and_then(|(role, org)| {
                subject_before(ctx, t, lo, si)
                    .map(|(p, s)| (EventType::Leave, p, role, org, Some(s)))
            })
        } else if let Some((incoming, at)) = handed {
            // The one handing over leaves; the one handed to joins (pushed below).
            subject_before(ctx, t, lo, si).map(|(p, s)| {
                let org = at.or_else(|| role_and_org(ctx, t + 1, hi).1);
                if p != incoming {
                    let ev = Event {
                        kind: EventType::Join,
                        trigger: ctx.word(t).to_string(),
                        person: incoming.to_string(),
                        group: false,
                        org: org
                            .or_else(|| ctx.topic_company(tok.start, si, 4))
                            .map(str::to_string),
                        role: None,
                        polarity: polarity::polarity(ctx, t, t, Some(s), lo, hi),
                        sentence: Span::new(sentence.start, sentence.end),
                        ..super::blank()
                    };
                    out.push((ev, org.is_none()));
                }
                (EventType::Leave, p, None, org, Some(s))
            })
        } else if let Some((start, role)) = given_up {
            // "Jones will give up his post as chairman".
            subject_before(ctx, start, lo, si).map(|(p, s)| {
                let (_, org) = role_and_org(ctx, t + 1, hi);
                (EventType::Leave, p, role, org, Some(s))
            })
        } else if retained {
            let r = if matches!(ctx.word(t + 2), "a" | "an" | "the") {
                t + 3
            } else {
                t + 2
            };
            role_at(ctx, r, hi).and_then(|(rs, re)| {
                let (_, org) = role_and_org(ctx, re, hi);
                subject_before(ctx, t, lo, si).map(|(p, s)| {
                    (
                        EventType::Join,
                        p,
                        Some(ctx.span_text(rs, re)),
                        org,
                        Some(s),
                    )
                })
            })
        } else if early {
            subject_before(ctx, t - 2, lo, si).map(|(p, s)| {
                let (_, org) = role_and_org(ctx, t + 1, hi);
                (EventType::Leave, p, None, org, Some(s))
            })
        } else if let Some((start, org)) = comeback {
            // "Cantalupo, who came out of retirement to turn McDonald's around".
            subject_before(ctx, start, lo, si)
                .map(|(p, s)| (EventType::Join, p, None, Some(org), Some(s)))
        } else if let Some((person, role, after)) = brought {
            // "decided to bring in Jo Cole as director", "Cole was brought in as coach".
            let (_, org) = role_and_org(ctx, after, hi);
            // "Meta has brought on Jane Doe as": the organisation that acts.
            let mut k = t;
            while k > lo && ctx.has(k - 1, super::lexicon::class::AUX) && ctx.lower(k - 1) {
                k -= 1;
            }
            let actor = k
                .checked_sub(1)
                .filter(|&k| k >= lo)
                .and_then(|k| ctx.org_of(k))
                .map(|(_, e)| e.canonical.as_str());
            let org = org.or(actor);
            match person {
                Some(p) => Some((EventType::Join, p, Some(role), org, None)),
                None => subject_before(ctx, t, lo, si)
                    .filter(|_| t > lo && is_be(ctx.word(t - 1)))
                    .map(|(p, s)| (EventType::Join, p, Some(role), org, Some(s))),
            }
        } else if let Some((start, after, named)) = charge {
            // "Doe took charge in 2000", "was put in temporary charge", "took up her post".
            subject_before(ctx, start, lo, si).map(|(p, s)| {
                let (_, org) = role_and_org(ctx, after, hi);
                (EventType::Join, p, None, named.or(org), Some(s))
            })
        } else {
            // "Jane Doe became chief executive of Acme": a post, not "became the first".
            let r = if ctx.is(t + 1, "the") || ctx.is(t + 1, "its") {
                t + 2
            } else {
                t + 1
            };
            // "became Oracle's new chief executive": the organisation before the role.
            let mut owner = None;
            let r = match ctx.org_name_at(r) {
                Some((c, end)) if ctx.possessive(end - 1) => {
                    owner = Some(c);
                    end
                }
                // "become the UK's high commissioner": a country, no organisation.
                _ if ctx.possessive(r) && !ctx.lower(r) && ctx.entity(r).is_none() => r + 1,
                _ => r,
            };
            let r = if ctx.is(r, "new") { r + 1 } else { r };
            // ("became chairman for a fifth term" was set aside above: `renewal`.)
            match (role_at(ctx, r, hi), subject_before(ctx, t, lo, si)) {
                (Some((rs, re)), Some((p, s))) => {
                    let (_, org) = role_and_org(ctx, re, hi);
                    Some((
                        EventType::Join,
                        p,
                        Some(ctx.span_text(rs, re)),
                        org.or(owner),
                        Some(s),
                    ))
                }
                _ => None,
            }
        };
        let Some((kind, person, role, org, subj)) = found else {
            continue;
        };
        let guessed = org.is_none();
        let org = org
            .or_else(|| ctx.topic_company(tok.start, si, 4))
            .or_else(|| ctx.article_org(tok.start, si));
        // A verb phrase ("would not give up his post") takes its polarity from the verb's
        // auxiliaries; a noun ("his resignation") from the words before it.
        let verb = given_up
            .map(|(s, _)| s)
            .or(charge.map(|(s, _, _)| s))
            .or(post.map(|(s, _, _)| s))
            .or(comeback.map(|(s, _)| s))
            .or(early.then(|| t - 2))
            .or((handed.is_some()
                || nominated.is_some()
                || brought.is_some()
                || ousted
                || retained
                || becomes)
                .then_some(t));
        let (at, chain) = match verb {
            Some(v) => {
                let mut c = v;
                while c > lo && ctx.has(c - 1, super::lexicon::class::AUX) && ctx.lower(c - 1) {
                    c -= 1;
                }
                (v, c)
            }
            None => (t, t),
        };
        let mut pol = polarity::polarity(ctx, at, chain, subj.filter(|&s| s < at), lo, hi);
        // A nomination waits for a vote (GUIDELINES: hypothetical until confirmed).
        if nominated.is_some() && pol == crate::document::Polarity::Asserted {
            pol = crate::document::Polarity::Hypothetical;
        }
        // "the resignation of its chairman, Sir Phil Watts, and production chief Walter van
        // der Vijver": each person of the list.
        let mut people = vec![(person, role)];
        let mut k = list_end;
        while k > 0 && k < hi && people.len() < 6 {
            let mut j = k;
            if ctx.word(j) == "," {
                j += 1;
            }
            let and = ctx.is(j, "and");
            if and {
                j += 1;
            }
            if j == k {
                break;
            }
            // "and production chief Walter van der Vijver": a modifier before the role.
            if ctx.lower(j)
                && !super::roles::is_role_word(ctx, j)
                && super::roles::is_role_word(ctx, j + 1)
            {
                j += 1;
            }
            match object_after(ctx, j, hi) {
                Some((p, end)) if end <= j + 5 && p != person => {
                    people.push((p, None));
                    k = end;
                    if and {
                        break;
                    }
                }
                _ => break,
            }
        }
        for (person, role) in people {
            out.push((
                Event {
                    kind,
                    trigger: ctx.word(t).to_string(),
                    person: person.to_string(),
                    group: false,
                    org: org.map(str::to_string),
                    role: role.map(str::to_string),
                    polarity: pol,
                    sentence: Span::new(sentence.start, sentence.end),
                    ..super::blank()
                },
                guessed,
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefilter_keeps_every_candidate() {
        let text = CANDIDATES.join(" ");
        let mut start = 0;
        for w in CANDIDATES {
            let tok = crate::Token {
                start,
                end: start + w.len(),
                kind: crate::TokenKind::Word,
                possessive: false,
                shape: crate::Shape::default(),
            };
            assert!(may_be_candidate(text.as_bytes(), &tok), "{w}");
            start += w.len() + 1;
        }
        let the = crate::Token {
            start: 0,
            end: 3,
            kind: crate::TokenKind::Word,
            possessive: false,
            shape: crate::Shape::default(),
        };
        assert!(!may_be_candidate(b"the", &the));
    }
}
