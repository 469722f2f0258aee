//! Titles and roles around a person: "top Google AI researcher Jacob Devlin", "Jane Doe,
//! Acme's chief financial officer,", "Jacob Devlin, a researcher at Google,", "as chief
//! scientist", "named president and chief executive".

use super::context::Context;
use super::lexicon::class;
use crate::document::TokenKind;

/// What a title or appositive says about a person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Title<'a> {
    /// Canonical name of the company in the title.
    pub org: Option<&'a str>,
    /// The role as written ("AI researcher", "chief executive").
    pub role: Option<&'a str>,
    /// The title is a past one ("former CEO").
    pub former: bool,
}

/// True when token `i` can be part of a role: a role word, or an acronym such as "AI" or "CTO".
pub(crate) fn is_role_word(ctx: &Context<'_>, i: usize) -> bool {
    if ctx.entity(i).is_some() {
        return false;
    }
    if ctx.has(i, class::ROLE_HEAD | class::ROLE_MOD) {
        // "Chief" and "Head" are fine capitalised; "And"/"Of" are not role openers.
        return true;
    }
    let w = ctx.word(i);
    (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// True when token `i` may be part of an organisation name the entity stage does not know,
/// written bare before a role: "Tottenham manager", "as City manager", "Leeds chairman".
/// Not a known word, a role word, a courtesy title, a demonym ("French co-head") or an
/// adjective that opens a title ("New chairman").
#[inline]
pub(crate) fn bare_name_word(ctx: &Context<'_>, i: usize) -> bool {
    may_be_bare_name_word(ctx, i) && bare_name_word_slow(ctx, i)
}

/// [`bare_name_word`]'s first test alone: token `i` is a word that does not open with a
/// lower-case ASCII letter or other ASCII byte that is no upper-case letter. Most tokens
/// are lower-case words or punctuation: one byte test rules them out before any look-up (a
/// name word starts with an upper-case letter, ASCII or not).
#[inline]
pub(crate) fn may_be_bare_name_word(ctx: &Context<'_>, i: usize) -> bool {
    let Some(t) = ctx.tokens.get(i) else {
        return false;
    };
    match ctx.text.as_bytes().get(t.start) {
        Some(&b) if b < 0x80 && !b.is_ascii_uppercase() => false,
        Some(_) => t.kind == TokenKind::Word,
        None => false,
    }
}

/// [`bare_name_word`] past its first-byte test: the cheap tests first (a word inside an
/// entity, which most capitalised words are, is ruled out by one index look-up), the word
/// class look-up last. No [`is_role_word`] test: a word outside any entity, in no word
/// class and with a lower-case letter is never a role word (`reference_agrees` checks it).
fn bare_name_word_slow(ctx: &Context<'_>, i: usize) -> bool {
    if ctx.entity(i).is_some() {
        return false;
    }
    let w = ctx.word(i);
    w.starts_with(|c: char| c.is_uppercase())
        && has_lower(w)
        && !is_opener(w)
        && !is_demonym(w)
        && !super::context::is_title(w)
        // `Context::possessive` on the word in hand (token `i` exists).
        && !ctx.tokens[i].possessive
        && super::context::possessive_stem(w).is_none()
        && ctx.lex(i).flags == 0
}

/// Endings of demonyms and adjectives of place ("Spanish", "Japanese", "Italian").
const DEMONYM: &[&str] = &["ish", "ese", "ian", "ean", "ican", "man", "ic"];

/// True when `w` ends with a [`DEMONYM`] ending: the last byte first (every ending ends in
/// `h`, `e`, `n` or `c`), so most words are ruled out by one test.
fn is_demonym(w: &str) -> bool {
    matches!(w.as_bytes().last(), Some(b'h' | b'e' | b'n' | b'c'))
        && DEMONYM.iter().any(|d| w.ends_with(d))
}

/// True when `w` has a lower-case letter: an ASCII one found byte by byte, the Unicode
/// test only for a word with no ASCII lower-case letter and some non-ASCII byte.
fn has_lower(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_lowercase())
        || (!w.is_ascii() && w.chars().any(char::is_lowercase))
}

/// An adjective or demonym that opens a title rather than a name ("New chairman", "French
/// co-head").
fn is_opener(w: &str) -> bool {
    matches!(
        w,
        "New"
            | "Acting"
            | "Interim"
            | "Joint"
            | "Senior"
            | "Current"
            | "Then"
            | "Veteran"
            | "Incoming"
            | "Outgoing"
            | "Caretaker"
            | "Temporary"
            | "Permanent"
            | "Previous"
            | "Long-time"
            | "Longtime"
            | "Assistant"
            | "Top"
            | "Rival"
            | "Ex"
            | "Shadow"
            | "Swiss"
            | "Greek"
            | "Thai"
            | "Dutch"
            | "French"
            | "Welsh"
            | "Irish"
            | "Scottish"
            | "British"
            | "English"
            | "Danish"
    )
}

/// A portfolio title whose capitalised modifier is a subject, not an organisation
/// ("Home Secretary", "Work and Pensions Secretary", "Health Minister", "Business Editor").
pub(crate) fn portfolio_title(ctx: &Context<'_>, i: usize) -> bool {
    let w = ctx.word(i);
    [
        "secretary",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "correspondent",
        "editor",
        "commissioner",
    ]
    .iter()
    .any(|t| w.eq_ignore_ascii_case(t))
}

/// The bare organisation name starting at token `i` when a role follows it ("City" in "as
/// City manager"). Returns the token after the name.
pub(crate) fn bare_org_at(ctx: &Context<'_>, i: usize, hi: usize) -> Option<usize> {
    let mut e = i;
    while e < hi && e - i < 3 && bare_name_word(ctx, e) {
        e += 1;
    }
    (e > i && role_at(ctx, e, hi).is_some() && !portfolio_title(ctx, e)).then_some(e)
}

/// The bare organisation name ending just before token `end` (not before `lo`, at most three
/// words), as a token range: "Tottenham" in "Tottenham manager".
pub(crate) fn bare_org_before(ctx: &Context<'_>, end: usize, lo: usize) -> Option<(usize, usize)> {
    let mut s = end;
    while s > lo && end - s < 3 && bare_name_word(ctx, s - 1) {
        s -= 1;
    }
    // A name run must not continue further back ("Harry Redknapp manager" is no org).
    if s == end || (s > lo && bare_name_word(ctx, s - 1)) || portfolio_title(ctx, end) {
        return None;
    }
    Some((s, end))
}

/// The role phrase starting at token `i` (before `hi`): a run of role words that contains a
/// role head and does not end in "and"/"of". Returns its token range.
pub(crate) fn role_at(ctx: &Context<'_>, i: usize, hi: usize) -> Option<(usize, usize)> {
    let mut j = i;
    let mut end = i;
    let mut head = false;
    while j < hi && is_role_word(ctx, j) {
        // "of" continues a role only when more role words follow ("head of research"), not
        // before a company ("chief executive of Acme").
        if ctx.is(j, "of") || ctx.is(j, "and") || ctx.is(j, "&") {
            if !(j + 1 < hi && is_role_word(ctx, j + 1)) {
                break;
            }
        } else {
            end = j + 1;
            if ctx.has(j, class::ROLE_HEAD) || is_acronym_head(ctx.word(j)) {
                head = true;
            }
        }
        j += 1;
    }
    (head && end > i && !ctx.is(i, "and") && !ctx.is(i, "of")).then_some((i, end))
}

fn is_acronym_head(w: &str) -> bool {
    (2..=4).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && w.starts_with('C')
        && w.ends_with('O')
}

/// The title written before the person whose first token is `first` (not before `lo`):
/// "[former] COMPANY ROLE PERSON", "COMPANY's ROLE PERSON", "COMPANY's PERSON", "ROLE PERSON".
pub(crate) fn title_before<'a>(
    ctx: &Context<'a>,
    first: usize,
    lo: usize,
    sentence: usize,
) -> Option<Title<'a>> {
    // "The bank's finance chief, Ruth Adler": the title may sit before a comma, and the name
    // may carry a courtesy title (", Dr. Ruth Adler").
    let first = if first >= lo + 3
        && super::context::is_title(ctx.word(first - 1))
        && ctx.word(first - 2) == ","
    {
        first - 1
    } else {
        first
    };
    let first = if first >= lo + 2 && ctx.word(first - 1) == "," && is_role_word(ctx, first - 2) {
        first - 1
    } else {
        first
    };
    let mut j = first;
    let mut org = None;
    let mut company_first = None;
    while j > lo {
        let k = j - 1;
        if let Some((_, e)) = ctx.org_of(k) {
            org = Some(e.canonical.as_str());
            company_first = Some(ctx.entity_first(k));
            break;
        }
        if is_role_word(ctx, k) && !ctx.has(k, class::DET) && !ctx.possessive(k) {
            j = k;
            continue;
        }
        // "its chief executive", "the bank's finance chief": the company the text is about.
        let its = ctx.is(k, "its");
        let corp_possessive = ctx.possessive(k)
            && ctx.has(k, class::CORP)
            && k > lo
            && ctx.has(k - 1, class::DEFINITE);
        if (its || corp_possessive) && j < first {
            org = ctx.topic_company(ctx.tokens[k].start, sentence, 4);
            company_first = Some(if its { k } else { k - 1 });
        } else if j < first {
            // "Tottenham manager Jacques Santini": a club or body the entity stage missed.
            if let Some((s, e)) = bare_org_before(ctx, j, lo) {
                org = Some(ctx.span_text(s, e));
                company_first = Some(s);
            }
        }
        break;
    }
    // Trim leading "and"/"of": "Alphabet and Google CEO" keeps "CEO".
    while j < first && (ctx.is(j, "and") || ctx.is(j, "of") || ctx.is(j, "&")) {
        j += 1;
    }
    let role = role_at(ctx, j, first)
        .filter(|&(_, e)| e == first)
        .map(|(s, e)| ctx.span_text(s, e));
    let possessive_company = company_first.is_some() && j == first && ctx.possessive(first - 1);
    if role.is_none() && !possessive_company {
        return None;
    }
    let before = company_first.unwrap_or(j);
    let former = before > lo && ctx.has(before - 1, class::FORMER);
    Some(Title {
        org: if role.is_some() || possessive_company {
            org
        } else {
            None
        },
        role,
        former,
    })
}

/// The appositive after the person that ends before token `after` (up to `hi`):
/// ", [a|the] [former] [COMPANY's] ROLE [at|of|with COMPANY|the company],".
pub(crate) fn appositive_after<'a>(
    ctx: &Context<'a>,
    after: usize,
    hi: usize,
    sentence: usize,
) -> Option<Title<'a>> {
    let mut i = after;
    if i >= hi || ctx.word(i) != "," {
        return None;
    }
    i += 1;
    let mut title = Title::default();
    let mut topic_possessive = false;
    if ctx.is(i, "a") || ctx.is(i, "an") || ctx.is(i, "the") {
        i += 1;
    } else if ctx.is(i, "its") {
        topic_possessive = true;
        i += 1;
    }
    if ctx.has(i, class::FORMER) {
        title.former = true;
        i += 1;
    }
    if let Some((_, e)) = ctx.org_of(i) {
        let last = ctx.entity_after(i) - 1;
        title.org = Some(e.canonical.as_str());
        i = last + 1;
    }
    let (rs, re) = role_at(ctx, i, hi)?;
    title.role = Some(ctx.span_text(rs, re));
    i = re;
    if title.org.is_none() && (ctx.is(i, "at") || ctx.is(i, "of") || ctx.is(i, "with")) {
        let at = past_determiner(ctx, i + 1);
        if let Some((_, e)) = ctx.org_of(at) {
            title.org = Some(e.canonical.as_str());
        } else if definite_corp(ctx, i + 1, hi).is_some() {
            topic_possessive = true;
        }
    }
    if title.org.is_none() && topic_possessive {
        title.org = ctx.topic_company(ctx.tokens[after].start, sentence, 4);
    }
    Some(title)
}

/// The token after a determiner at token `k` that may precede an organisation's name ("head
/// of the Tariff Board", "president of its Keystone Trust subsidiary", "chairman of their
/// holding company"), else `k`.
pub(crate) fn past_determiner(ctx: &Context<'_>, k: usize) -> usize {
    if ctx.is(k, "the") || ctx.is(k, "its") || ctx.is(k, "their") {
        k + 1
    } else {
        k
    }
}

/// "the company", "the firm", "its parent group": a definite corporate noun phrase starting at
/// token `i`. Returns the token after it.
pub(crate) fn definite_corp(ctx: &Context<'_>, i: usize, hi: usize) -> Option<usize> {
    if !ctx.has(i, class::DEFINITE) || !ctx.lower(i) {
        return None;
    }
    let mut j = i + 1;
    while j < hi && j <= i + 3 {
        if ctx.has(j, class::CORP) && ctx.lower(j) {
            return Some(j + 1);
        }
        if ctx.entity(j).is_some() || ctx.tokens[j].kind != crate::TokenKind::Word {
            return None;
        }
        j += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmenter;

    /// [`bare_name_word`] as first written: every test, `is_role_word` included, in the
    /// plain form.
    fn reference(ctx: &Context<'_>, i: usize) -> bool {
        let Some(t) = ctx.tokens.get(i) else {
            return false;
        };
        if t.kind != TokenKind::Word || ctx.entity(i).is_some() {
            return false;
        }
        let w = ctx.word(i);
        w.starts_with(|c: char| c.is_uppercase())
            && !is_opener(w)
            && !DEMONYM.iter().any(|d| w.ends_with(d))
            && w.chars().any(|c| c.is_lowercase())
            && !super::super::context::is_title(w)
            && !ctx.possessive(i)
            && ctx.lex(i).flags == 0
            && !is_role_word(ctx, i)
    }

    /// The short-cut tests answer as the reference on every token: names, role words,
    /// acronyms, demonyms, titles, possessives, entities, and non-ASCII words.
    #[test]
    fn reference_agrees() {
        let text = "Acme Corp CEO Jane Doe, Tottenham manager Jacques Santini and Mr Ng met \
                    French co-head ÉMILE Zola, Ömer Çelik, ÆSIR Inc, Japanese and Italian fans, \
                    Chief Executive Officer CTO AI UK Athletics’ boss, Wolves’ Bob's Élan \
                    ÉCOLE Ébène Newman Human Médecins Sans Frontières Dr. Who The And Of \
                    NASA BBC Korn DJ Spanish Mexican Ian Dean Eric Mohammed İstanbul ǅemal";
        let seg = Segmenter::new();
        let tokens = seg.tokenize(text);
        let entities = super::super::tests::entities(text, &["C:Acme Corp", "P:Jane Doe", "P:Ian"]);
        let sentences = seg.split(text);
        let ctx = Context::for_test(text, &sentences, &tokens, &entities);
        let mut named = 0;
        for i in 0..=tokens.len() {
            assert_eq!(
                bare_name_word(&ctx, i),
                reference(&ctx, i),
                "{:?}",
                ctx.word(i)
            );
            named += usize::from(reference(&ctx, i));
        }
        assert!(named > 10, "{named}");
        for w in [
            "Spanish", "spanish", "an", "ic", "", "Ian", "é", "Éc", "ÉCOLE", "Zürich", "ǅemal",
        ] {
            assert_eq!(is_demonym(w), DEMONYM.iter().any(|d| w.ends_with(d)), "{w}");
            assert_eq!(has_lower(w), w.chars().any(char::is_lowercase), "{w}");
        }
    }
}
