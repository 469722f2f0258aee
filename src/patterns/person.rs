//! People no list holds: capitalised name sequences with an anchor.
//!
//! A run of name words ("Amara Okafor", "Jean-Luc van der Berg", "Sean O'Neil Jr") is a
//! person when one of these holds:
//!
//! - a title or role stands right before it ("Dr. Amara Okafor", "CEO Sundar Pichai",
//!   "researcher Jacob Devlin", "its chief executive, Jane Roe"); a title alone makes even a
//!   single word a person ("Mr. Devlin", resolved later to the full name);
//! - its first word is a known first name (an ambiguous one such as "Will" or "May" also needs
//!   a known surname or another anchor);
//! - a speech or move verb follows or precedes it ("Okafor Adeyemi said", "said Jane Roe"),
//!   or an appositive role follows ("Jane Roe, the chief executive").
//!
//! A sentence-initial common word is never a first name on its own ("Will", "Reports").

use super::lexicon::{
    self, COMMON, FIRST, FIRST_AMBIGUOUS, MONTH, PARTICLE, PLACE, ROLE, SUFFIX, SURNAME,
    SURNAME_AMBIGUOUS, TITLE, VERB_AFTER, VERB_BEFORE,
};
use super::words::{DOT, HYPHEN, POSS, SENT_START};
use super::{Candidate, Canon, Ctx, name_word};
use crate::document::{EntitySource, EntityType};

/// The text from word `a` to word `b` (inclusive) with runs of white space collapsed: the
/// same as [`Ctx::name_text`], with the text copied as it stands when it is ASCII with
/// single spaces between words (as names nearly always are).
pub(crate) fn name_text(ctx: &Ctx, a: usize, b: usize) -> String {
    let raw = &ctx.text[ctx.words[a].start..ctx.words[b].end];
    let bytes = raw.as_bytes();
    // Printable ASCII, and a space only after another byte (none first).
    let mut prev = b' ';
    let plain = bytes.iter().all(|&c| {
        let ok = c > b' ' && c < 0x80 || c == b' ' && prev != b' ';
        prev = c;
        ok
    });
    if plain {
        raw.to_string()
    } else {
        ctx.name_text(a, b)
    }
}

/// A run of name words: first and last word, number of name words (particles excluded).
struct Run {
    a: usize,
    b: usize,
    names: usize,
}

fn run_at(ctx: &Ctx, taken: &[bool], i: usize) -> Option<Run> {
    let n = ctx.words.len();
    if taken[i] || !name_word(ctx, i) || ctx.is(i, TITLE | ROLE) {
        return None;
    }
    let mut run = Run {
        a: i,
        b: i,
        names: 1,
    };
    while run.names < 5 {
        let prev = ctx.words[run.b];
        if prev.has(POSS) {
            break;
        }
        let k = run.b + 1;
        if k >= n || taken[k] {
            break;
        }
        let gap = ctx.gap(run.b, k);
        let joined = gap == " " || (prev.is_initial() && prev.has(DOT) && gap == ". ");
        if !joined {
            break;
        }
        let bits = ctx.bits(k);
        // A title inside a run introduces the next name ("... Mr Macklin"), but a title word
        // at the end of one is a surname ("Carole King said").
        let title_of_next =
            bits & TITLE != 0 && k + 1 < n && ctx.spaced(k) && ctx.words[k + 1].is_name_like();
        if title_of_next {
            break;
        }
        if name_word(ctx, k) && bits & ROLE == 0 {
            run.b = k;
            run.names += 1;
        } else if bits & SUFFIX != 0 {
            run.b = k;
        } else if let Some(next) = particles_then_name(ctx, taken, k) {
            run.b = next;
            run.names += 1;
        } else {
            break;
        }
    }
    // A trailing initial is not part of the name ("Jane R." at a sentence end).
    if run.names > 1 && ctx.words[run.b].is_initial() {
        run.b -= 1;
        run.names -= 1;
    }
    Some(run)
}

/// "van der Berg", "bin Rashid": lower-case particles followed by a name word; returns the
/// name word.
fn particles_then_name(ctx: &Ctx, taken: &[bool], k: usize) -> Option<usize> {
    let mut j = k;
    while j < ctx.words.len()
        && j - k < 3
        && ctx.words[j].has(super::words::LOWER)
        && ctx.is(j, PARTICLE)
        && ctx.spaced(j)
    {
        j += 1;
    }
    (j > k && j < ctx.words.len() && !taken[j] && name_word(ctx, j)).then_some(j)
}

/// The last word of a run that is a surname (a generational suffix skipped).
fn surname_word(ctx: &Ctx, run: &Run) -> usize {
    if run.b > run.a && ctx.is(run.b, SUFFIX) {
        run.b - 1
    } else {
        run.b
    }
}

/// How the word before the run anchors it.
#[derive(PartialEq)]
enum Before {
    None,
    /// An honorific or title ("Dr", "Prime Minister").
    Title,
    /// A role ("chief executive", "researcher") or a speech verb ("said").
    Role,
}

fn before(ctx: &Ctx, a: usize) -> Before {
    if a == 0 {
        return Before::None;
    }
    let p = a - 1;
    let bits = ctx.bits(p);
    let gap = ctx.gap(p, a);
    let pw = ctx.words[p];
    if bits & TITLE != 0 && (gap == " " || (pw.has(DOT) && gap == ". ")) && !pw.has(POSS) {
        return Before::Title;
    }
    // "(sporting director) Frank Arnesen": a role in brackets before the name.
    if (gap == " " || gap == ", " || gap == ") ")
        && !pw.has(POSS)
        && (bits & ROLE != 0 || (gap == " " && bits & VERB_BEFORE != 0))
    {
        return Before::Role;
    }
    Before::None
}

/// `before(ctx, a) == Before::Title`, with the word's classes asked first: most words
/// before a name are no title, and need no look at the gap.
fn title_before(ctx: &Ctx, a: usize) -> bool {
    a > 0 && ctx.bits(a - 1) & TITLE != 0 && before(ctx, a) == Before::Title
}

/// A verb or appositive role after the run ("Okafor said", "Jane Roe, its chief executive").
fn anchored_after(ctx: &Ctx, run: &Run) -> bool {
    let k = run.b + 1;
    if k >= ctx.words.len() || ctx.words[run.b].has(POSS) {
        return false;
    }
    let gap = ctx.gap(run.b, k);
    if gap == " " && ctx.is(k, VERB_AFTER) {
        return true;
    }
    // "brought in Velimir Zajec as executive director".
    if gap == " " && ctx.word(k) == "as" {
        return (k + 1..(k + 4).min(ctx.words.len()))
            .take_while(|&j| ctx.words[j].has(super::words::LOWER) && ctx.spaced(j - 1))
            .any(|j| ctx.is(j, ROLE));
    }
    if gap != ", " {
        return false;
    }
    // "Demis Hartley, who led the team": a relative "who" after two or more name words,
    // none of them a common word, a place or an abbreviation ("Red Bull, who", "St Helens,
    // who": teams take "who" too).
    if run.names >= 2 && ctx.word(k) == "who" {
        // "Tamil Tigers, who", "Red Sharks Veracruz, who": a plural of a common noun names
        // a team.
        let plural = |i: usize| {
            let w = ctx.word(i);
            !ctx.is(i, SURNAME | FIRST)
                && w.len() > 3
                && w.ends_with('s')
                && lexicon::classify(ctx.gaz, &w[..w.len() - 1]) & COMMON != 0
        };
        return (run.a..=run.b).all(|i| {
            !plural(i)
                && !ctx.is(i, COMMON | PLACE | TITLE | ROLE)
                && !matches!(ctx.word(i), "St" | "St.")
        });
    }
    let mut j = k;
    if matches!(
        ctx.word(j),
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
    ) || (ctx.words[j].has(POSS) && ctx.words[j].is_name_like())
    {
        j += 1;
    }
    // Skip one modifier ("former", "senior").
    for _ in 0..2 {
        if j < ctx.words.len() && ctx.is(j, ROLE) {
            return true;
        }
        j += 1;
    }
    false
}

/// Proposes pattern persons. `taken` marks words already covered by dictionary names.
pub(crate) fn find(ctx: &Ctx, taken: &[bool], out: &mut Vec<Candidate>) {
    let n = ctx.words.len();
    let push = |out: &mut Vec<Candidate>, run: &Run| {
        out.push(Candidate {
            start: ctx.words[run.a].start,
            end: ctx.words[run.b].end,
            kind: EntityType::Person,
            canon: Canon::Text(name_text(ctx, run.a, run.b)),
            source: EntitySource::Pattern,
            ambiguous: false,
            evidence: true,
            entry: None,
            first: run.a,
            last: run.b,
        })
    };
    // Runs no anchor confirmed, for the coordination pass below.
    let mut open: Vec<Run> = Vec::new();
    let mut i = 0;
    // A run starts at a name word, never at a word starting in lower case.
    let mut cap = 0;
    while i < n {
        i = ctx.next_cap(i, &mut cap);
        if i >= n {
            break;
        }
        let Some(run) = run_at(ctx, taken, i) else {
            i += 1;
            continue;
        };
        if not_a_person(ctx, &run) {
            i = run.b + 1;
            continue;
        }
        // "W.A. Kistner", "J.P. Morgenthal": initials before a surname count as its first name
        // when the name alone is not enough.
        let a = initials_before(ctx, taken, run.a);
        let run = if a < run.a && !judge(ctx, &run) {
            Run {
                a,
                b: run.b,
                names: run.names + 1,
            }
        } else {
            run
        };
        if judge(ctx, &run) {
            // "J. Paul Sticht": a leading initial is part of the name.
            let mut run = run;
            let a = run.a;
            if a > 0
                && ctx.words[a - 1].is_initial()
                && ctx.words[a - 1].has(DOT)
                && ctx.gap(a - 1, a) == ". "
                && !taken[a - 1]
                && !ctx.is(a - 1, lexicon::STOP)
                && (a < 2 || !ctx.spaced(a - 2) || !ctx.words[a - 2].is_name_like())
            {
                run.a = a - 1;
            }
            push(out, &run);
            i = run.b + 1;
        } else {
            if run.names >= 2 {
                open.push(run);
            }
            i += 1;
        }
    }
    if open.is_empty() {
        return;
    }
    // Coordination: "Amara Eze and Tunde Balogun", "Eze, Balogun and ..." -- a plain name
    // next to a person in a list is a person too.
    let mut ends = vec![0u8; n];
    for c in out.iter().filter(|c| c.kind == EntityType::Person) {
        ends[c.first] |= 1;
        ends[c.last] |= 2;
    }
    for run in open {
        let plain = (run.a..=run.b)
            .all(|k| !ctx.common_not_name(k) && !ctx.is(k, PLACE | MONTH) && ends[k] == 0)
            && run.names <= 3;
        if !plain {
            continue;
        }
        // The person before: "Eze, Tunde Balogun" or "Eze and Tunde Balogun".
        let before = (run.a >= 1 && ctx.gap(run.a - 1, run.a) == ", " && ends[run.a - 1] & 2 != 0)
            || (run.a >= 2
                && ctx.word(run.a - 1) == "and"
                && ctx.spaced(run.a - 2)
                && ctx.spaced(run.a - 1)
                && ends[run.a - 2] & 2 != 0);
        // The person after: "Tunde Balogun, Eze" or "Tunde Balogun and Amara Eze".
        let after =
            (run.b + 1 < n && ctx.gap(run.b, run.b + 1) == ", " && ends[run.b + 1] & 1 != 0)
                || (run.b + 2 < n
                    && ctx.word(run.b + 1) == "and"
                    && ctx.spaced(run.b)
                    && ctx.spaced(run.b + 1)
                    && ends[run.b + 2] & 1 != 0);
        if before || after {
            push(out, &run);
        }
    }
}

/// Fictional characters and franchises written like people's names ("the Harry Potter
/// games"): never a person.
const FICTIONAL: &[&str] = &[
    "Bart Simpson",
    "Bridget Jones",
    "Darth Vader",
    "Harry Potter",
    "Homer Simpson",
    "Indiana Jones",
    "James Bond",
    "Lara Croft",
    "Luke Skywalker",
    "Mickey Mouse",
    "Peter Pan",
    "Robin Hood",
    "Santa Claus",
    "Sherlock Holmes",
    "Spider-Man",
    "Tony Soprano",
];

/// Street words that end a place name, never a surname ("Downing Street"), and words that
/// do so after another capitalised word ("White Hart Lane", "Hyde Park").
const STREET: &[&str] = &["Avenue", "Boulevard", "Road", "Street"];
const STREET_AFTER_NAME: &[&str] = &["Hill", "Lane", "Park", "Square"];

/// Runs that are never a person: a fictional name, a street, a class after "a"/"an", the
/// words of a title before another title ("Deputy Prime" in "Deputy Prime Minister Abdullatif Sener").
fn not_a_person(ctx: &Ctx, run: &Run) -> bool {
    let last = ctx.word(run.b);
    // "Co Inc" of "Merrill Lynch and Co Inc".
    if (run.a..=run.b).any(|i| ctx.is(i, lexicon::DESIGNATOR)) {
        return true;
    }
    // (Most last words are no street word by length alone.)
    let street_len = matches!(last.len(), 4 | 6 | 9);
    if street_len && STREET.contains(&last) {
        return true;
    }
    if street_len
        && STREET_AFTER_NAME.contains(&last)
        && run.a > 0
        && ctx.spaced(run.a - 1)
        && ctx.words[run.a - 1].is_name_like()
        && ctx.words[run.a - 1].in_prose()
        && !ctx.words[run.a - 1].has(POSS)
        && !ctx.is(run.a - 1, lexicon::STOP | TITLE | ROLE)
    {
        return true;
    }
    if run.b > run.a && {
        let first = ctx.word(run.a);
        FICTIONAL
            .iter()
            .any(|f| f.as_bytes().get(first.len()) == Some(&b' ') && f.starts_with(first))
            && FICTIONAL
                .binary_search(&ctx.name_text(run.a, run.b).as_str())
                .is_ok()
    } {
        return true;
    }
    // "a Royal Marine", "an Olympic Champion": after an indefinite article, a class.
    // (The word's length and the next word's flags before the text between is read.)
    if run.a > 0
        && ctx.words[run.a - 1].end - ctx.words[run.a - 1].start <= 2
        && matches!(ctx.word(run.a - 1), "a" | "an")
        && ctx.spaced(run.a - 1)
        && (run.a..=run.b).any(|i| ctx.is(i, COMMON))
    {
        return true;
    }
    let k = run.b + 1;
    let before_title = k + 1 < ctx.words.len()
        && ctx.words[k + 1].is_name_like()
        && ctx.spaced(run.b)
        && ctx.spaced(k)
        && ctx.is(k, TITLE | ROLE);
    before_title && (run.a..=run.b).all(|i| ctx.is(i, COMMON | TITLE))
}

/// The first of the dotted initials written right before word `a` ("W.A." or "W. A." before
/// "Kistner"), or `a` when there are none. Country abbreviations ("U.S. Steel") are no
/// initials.
fn initials_before(ctx: &Ctx, taken: &[bool], a: usize) -> usize {
    let mut s = a;
    while s > 0 && a - s < 3 {
        let p = s - 1;
        let w = &ctx.words[p];
        // (The flag tests first: most words before a name have no dot.)
        if taken[p] || !w.has(DOT) {
            break;
        }
        let gap = ctx.gap(p, s);
        // "W" or "W.A" (one word with inner dots), followed by its own dot.
        let t = ctx.word(p).as_bytes();
        let dotted = t.len() % 2 == 1
            && t.iter().enumerate().all(|(k, &c)| {
                if k % 2 == 0 {
                    c.is_ascii_uppercase()
                } else {
                    c == b'.'
                }
            });
        if !dotted || !(gap == ". " || gap == ".") {
            break;
        }
        s = p;
    }
    if s == a {
        return a;
    }
    let letters: String = (s..a)
        .flat_map(|k| ctx.word(k).chars())
        .filter(|c| *c != '.')
        .collect();
    let abbreviation = matches!(letters.as_str(), "US" | "UK" | "UN" | "EU" | "NY" | "DC");
    // The initials start the name: no name word glued before them.
    let glued =
        s > 0 && ctx.spaced(s - 1) && ctx.words[s - 1].is_name_like() && !ctx.is(s - 1, TITLE);
    if abbreviation || glued || (a - s == 1 && ctx.is(s, lexicon::STOP)) {
        a
    } else {
        s
    }
}

/// ", 61," after a single name word: an age, said of people only ("Kistner, 61, joined").
fn age_after(ctx: &Ctx, b: usize) -> bool {
    let n = ctx.words.len();
    b + 2 < n
        && ctx.gap(b, b + 1) == ", "
        && ctx.gap(b + 1, b + 2).starts_with(',')
        && ctx
            .word(b + 1)
            .parse::<u32>()
            .is_ok_and(|age| (18..=99).contains(&age))
}

fn judge(ctx: &Ctx, run: &Run) -> bool {
    let first = ctx.bits(run.a);
    if run.names == 1 {
        // "Mr. Devlin", "Dr Okafor": a title makes a single word a person, unless the word is
        // a common word or a month ("General Trust", "Judge March"); so does an age.
        let plain = (first & COMMON == 0 || first & SURNAME != 0) && first & MONTH == 0;
        return plain
            && (title_before(ctx, run.a)
                || (age_after(ctx, run.b) && first & (PLACE | TITLE | ROLE) == 0));
    }
    let before = before(ctx, run.a);
    let surname = ctx.bits(surname_word(ctx, run));
    // Every later word must read as a name, not as a common word ("Mark Reports").
    let plain_words = (run.a + 1..=run.b).all(|k| {
        ctx.is(k, PARTICLE | SUFFIX) || ctx.words[k].is_initial() || !ctx.common_not_name(k)
    });
    if before != Before::None {
        return plain_words || before == Before::Title;
    }
    if !plain_words {
        return false;
    }
    let sentence_start = ctx.words[run.a].has(SENT_START);
    let first_common = first & COMMON != 0;
    let mut first_name = first & (FIRST | FIRST_AMBIGUOUS);
    if first_name == 0 && ctx.words[run.a].has(HYPHEN) {
        // "Jean-Luc", "Mary-Jane": the first part.
        let t = ctx.word(run.a);
        let part = t.split(['-', '‐']).next().unwrap_or(t);
        first_name = lexicon::classify(ctx.gaz, part) & (FIRST | FIRST_AMBIGUOUS);
    }
    let weak_first = first & (PLACE | MONTH) != 0 || first_name & FIRST_AMBIGUOUS != 0;
    let known_surname = surname & (SURNAME | SURNAME_AMBIGUOUS) == SURNAME;
    // (Looked for only when the cheaper tests leave the answer open.)
    let after = || anchored_after(ctx, run);
    if first_name & FIRST != 0 {
        if !(weak_first || sentence_start && first_common) {
            return true;
        }
        // A place name as first name needs a real anchor ("San Francisco startup").
        return after() || (known_surname && first & PLACE == 0);
    }
    // "Commons Oliver Heald said": the name starts at the first name, on a later run.
    let later_first = ctx.bits(run.a + 1) & (FIRST | FIRST_AMBIGUOUS) == FIRST;
    // "Nimbus Cloud said": with no first name known, a last word that is an ordinary noun
    // and only doubtfully a surname makes a company or product as likely as a person.
    let common_last = surname & COMMON != 0 && surname & SURNAME_AMBIGUOUS != 0;
    !first_common && !weak_first && !later_first && !common_last && run.names <= 3 && after()
}

#[cfg(test)]
mod name_text_tests {
    use crate::patterns::with_ctx;

    #[test]
    fn fast_name_text_matches_the_general_one() {
        let gaz = crate::gazetteer::Gazetteer::builtin();
        for text in [
            "Dr. Amara Okafor and Jean-Luc van der Berg met Sean O'Neil Jr. today.",
            "Tabs\tand  double  spaces\nand new\r\nlines split Mary  Jane\tWatson.",
            "Non-breaking\u{a0}space, thin\u{2009}space, ideographic\u{3000}space: Zoë Ça Øre.",
            "Control\u{1c}chars and DEL\u{7f}x and a vertical\u{b}tab, form\u{c}feed.",
            "",
        ] {
            with_ctx(text, &gaz, |ctx| {
                for a in 0..ctx.words.len() {
                    for b in a..ctx.words.len().min(a + 6) {
                        assert_eq!(super::name_text(ctx, a, b), ctx.name_text(a, b), "{text}");
                    }
                }
            });
        }
    }
}

#[cfg(test)]
mod sorted_lists {
    #[test]
    fn street_words_have_the_lengths_checked() {
        for w in super::STREET.iter().chain(super::STREET_AFTER_NAME) {
            assert!(matches!(w.len(), 4 | 6 | 9), "{w}");
        }
    }

    #[test]
    fn binary_searched_lists_are_sorted() {
        let l = super::FICTIONAL;
        assert!(l.windows(2).all(|w| w[0] < w[1]), "{l:?}");
    }
}

#[cfg(test)]
mod before_tests {
    use super::*;
    use crate::patterns::with_ctx;

    #[test]
    fn title_before_agrees_with_before() {
        let gaz = crate::gazetteer::Gazetteer::builtin();
        for text in [
            "Mr. Devlin and Dr Okafor met Mr  Roe, Prime Minister Blair and (Mrs) Ödön.",
            "chief executive Jane Roe said Mr's Smith, President. Bush, Sir\tElton, said Mr.",
            "Dr.Who and Mr\u{a0}Bean saw Lord Ōmura; Mr. J. Smith. Professor",
            "",
        ] {
            with_ctx(text, &gaz, |ctx| {
                for a in 0..ctx.words.len() {
                    assert_eq!(
                        title_before(ctx, a),
                        before(ctx, a) == Before::Title,
                        "{text:?} {a}"
                    );
                }
            });
        }
    }
}
