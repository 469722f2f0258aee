//! [`Context`]: one article seen by the event rules — tokens with their word classes, which
//! entity covers each token, the company mentions in order (for "the company"), and the quotes.

use std::cell::{Cell, OnceCell};

use crate::document::{Entity, EntityType, Quote, Sentence, Token, TokenKind};

use super::lexicon::{Lex, classify_in};

/// Marks "no entity" in the token -> entity index.
const NONE: u32 = u32::MAX;

/// A company mention that "the company" may refer to.
#[derive(Clone, Copy, Debug)]
struct CompanyMention<'a> {
    /// Byte offset of the mention.
    start: usize,
    /// Sentence the mention is in.
    sentence: usize,
    /// The mention opens its sentence (a likely subject), which makes it more salient.
    opens: bool,
    /// The organisation's canonical name (or, for a bare name, its text).
    name: &'a str,
}

/// A bare organisation name the entity stage did not tag, as a token range `[start, end)`:
/// "Wolves" in "Wolves caretaker boss", "Korn" in "rock band Korn".
#[derive(Clone, Copy, Debug)]
pub(crate) struct BareOrg<'a> {
    pub start: usize,
    pub end: usize,
    pub name: &'a str,
}

/// "bank's" -> "bank".
pub(crate) fn possessive_stem(w: &str) -> Option<&str> {
    // Both endings end in a plain `s`: one byte test rules out most words.
    if w.as_bytes().last() != Some(&b's') {
        return None;
    }
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .filter(|s| !s.is_empty())
}

/// The last sentence index of an article's headline and lead.
const LEAD: usize = 1;
/// What one mention in the headline or lead adds to an organisation's topic score.
const LEAD_WEIGHT: f32 = 1.0;

/// An article prepared for the event rules.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub entities: &'a [Entity],
    pub quotes: &'a [Quote],
    pub sentences: &'a [Sentence],
    /// Word classes of each token, looked up on first use: most tokens are never asked about.
    lex: OnceCell<Vec<Cell<Option<Lex>>>>,
    /// Built on first use: only articles with a move need it.
    companies: OnceCell<Vec<CompanyMention<'a>>>,
    /// Bare organisation names (every mention of a name once seen in an organisation's
    /// place), in text order; built on first use.
    bare: OnceCell<Vec<BareOrg<'a>>>,
    /// The person the article names most, built on first use.
    main_person: OnceCell<Option<&'a str>>,
    /// Index of the entity covering each token (`NONE` for none), built on first use.
    ent_at: OnceCell<Vec<u32>>,
    /// The tokens where some family of rules may start, with the families' bits
    /// (`starts`).
    starts: Vec<(u32, u8)>,
}

/// The per-token lists go back to the thread's spare buffers for the next article.
impl Drop for Context<'_> {
    fn drop(&mut self) {
        if let Some(lex) = self.lex.take() {
            crate::reuse::keep_lex_cells(lex);
        }
        if let Some(at) = self.ent_at.take() {
            crate::reuse::keep_u32s(at);
        }
    }
}

impl<'a> Context<'a> {
    /// The context of an article, with its tokens' marks ([`super::starts::mark`]).
    pub(crate) fn new(
        text: &'a str,
        sentences: &'a [Sentence],
        tokens: &'a [Token],
        entities: &'a [Entity],
        quotes: &'a [Quote],
        starts: Vec<(u32, u8)>,
    ) -> Self {
        Context {
            text,
            tokens,
            entities,
            quotes,
            sentences,
            lex: OnceCell::new(),
            companies: OnceCell::new(),
            bare: OnceCell::new(),
            main_person: OnceCell::new(),
            ent_at: OnceCell::new(),
            starts,
        }
    }

    /// A test article's context: no quotes, its tokens marked here.
    #[cfg(test)]
    pub(crate) fn for_test(
        text: &'a str,
        sentences: &'a [Sentence],
        tokens: &'a [Token],
        entities: &'a [Entity],
    ) -> Self {
        Self::new(
            text,
            sentences,
            tokens,
            entities,
            &[],
            super::starts::mark(text, tokens),
        )
    }

    /// The tokens where the rules of `family` (a bit of `starts`) may start, in text order:
    /// those that pass the family's first test, all others skipped without a look.
    pub(crate) fn starts(&self, family: u8) -> impl Iterator<Item = (usize, &'a Token)> + '_ {
        let tokens = self.tokens;
        self.starts
            .iter()
            .filter(move |&&(_, m)| m & family != 0)
            .map(move |&(t, _)| (t as usize, &tokens[t as usize]))
    }

    fn company_mentions(&self) -> Vec<CompanyMention<'a>> {
        let mut out = Vec::new();
        let bare = self.bare_orgs();
        let mut b = 0;
        for e in self.entities {
            // A mention in lower case is a common word read as a name; "xAI" and "eBay" are
            // names all the same.
            let lower_word = e.text.starts_with(char::is_lowercase)
                && !e.text.chars().skip(1).any(char::is_uppercase);
            if !e.kind.is_org() || lower_word || is_venue(&e.canonical) {
                continue;
            }
            let first = self.tokens.partition_point(|t| t.end <= e.start);
            if self.is_news_source(first, e) {
                continue;
            }
            while let Some(m) = bare.get(b).filter(|m| self.tokens[m.start].start < e.start) {
                out.push(self.bare_mention(m));
                b += 1;
            }
            let sentence = self.sentences.partition_point(|s| s.end <= e.start);
            let opens = self.sentences.get(sentence).is_some_and(|s| {
                let lo = self.tokens.partition_point(|t| t.start < s.start);
                first <= lo + 2
            });
            out.push(CompanyMention {
                start: e.start,
                sentence,
                name: e.canonical.as_str(),
                opens,
            });
        }
        for m in &bare[b..] {
            out.push(self.bare_mention(m));
        }
        out
    }

    fn bare_mention(&self, m: &BareOrg<'a>) -> CompanyMention<'a> {
        let start = self.tokens[m.start].start;
        let sentence = self.sentences.partition_point(|s| s.end <= start);
        let opens = self.sentences.get(sentence).is_some_and(|s| {
            let lo = self.tokens.partition_point(|t| t.start < s.start);
            m.start <= lo + 2
        });
        CompanyMention {
            start,
            sentence,
            opens,
            name: m.name,
        }
    }

    /// The bare organisation names of the article: a run of up to three capitalised words
    /// that no entity covers and no word list knows, seen at least once where only an
    /// organisation fits (before a role, "Tottenham manager"; after a corporate noun, "rock
    /// band Korn", "the retailer Laura Ashley"); then every mention of such a name. One walk
    /// over the tokens.
    fn bare_orgs(&self) -> &Vec<BareOrg<'a>> {
        self.bare.get_or_init(|| {
            // Each kept run with its name; the names seen cued so far.
            let mut runs: Vec<(usize, usize, &'a str)> = Vec::new();
            let mut names: Vec<&'a str> = Vec::new();
            let n = self.tokens.len();
            let mut i = 0;
            while i < n {
                if !super::roles::bare_name_word(self, i) {
                    i += 1;
                    continue;
                }
                let mut e = i + 1;
                while e < n && e - i < 4 && super::roles::bare_name_word(self, e) {
                    e += 1;
                }
                // The walk stopped at the end, at a token that is no name word, or at the
                // fourth word: only then is the run too long (no second look at token `e`).
                let too_long = e - i > 3;
                // "Child Support Agency", "English Democrats Party": a name word closes it.
                let suffix = !too_long
                    && self
                        .tokens
                        .get(e)
                        .is_some_and(|t| t.kind == TokenKind::Word)
                    && super::arguments::ORG_SUFFIX.contains(&self.word(e));
                if suffix {
                    let name = self.span_text(i, e + 1);
                    if !names.contains(&name) {
                        names.push(name);
                    }
                    runs.push((i, e + 1, name));
                    i = e + 1;
                    continue;
                }
                // "Mr Sans": a name after a courtesy title is a person's.
                let person = i > 0 && is_title(self.word(i - 1));
                if !too_long && !person {
                    // "UK Athletics", "US Airways": a country acronym opens the name.
                    let acronym = i > 0
                        && self.tokens[i - 1].kind == TokenKind::Word
                        && self.entity(i - 1).is_none()
                        && (2..=3).contains(&self.word(i - 1).len())
                        && self.word(i - 1).bytes().all(|b| b.is_ascii_uppercase())
                        && (i < 2
                            || self.tokens[i - 2].kind != TokenKind::Word
                            || self.lower(i - 2));
                    let s0 = if acronym { i - 1 } else { i };
                    let name = self.span_text(s0, e);
                    // A name already seen cued needs no cue here.
                    let cued = !names.contains(&name) && self.run_is_cued(i, e, n);
                    if cued {
                        names.push(name);
                    }
                    runs.push((s0, e, name));
                }
                // Past a run of fitting length token `e` is known to be no name word.
                if too_long {
                    while e < n && super::roles::bare_name_word(self, e) {
                        e += 1;
                    }
                }
                // Token `e` is no name word (or the end): the walk goes on after it.
                i = e + 1;
            }
            runs.into_iter()
                .filter(|m| names.contains(&m.2))
                .map(|(start, end, name)| BareOrg { start, end, name })
                .collect()
        })
    }

    /// True when something about the run of name words `i..e` (`n` tokens in all) marks it
    /// as an organisation's name: a move acting on it, an appositive after a corporate
    /// noun, a role after it, a corporate word before it.
    fn run_is_cued(&self, i: usize, e: usize, n: usize) -> bool {
        use super::lexicon::class;
        self.acts_on_mover(e)
            // "the state-owned airline, Aer Lingus,".
            || (i >= 2
                && self.word(i - 1) == ","
                && self.has(i - 2, class::CORP)
                && self.lower(i - 2)
                && matches!(self.word(e), "," | "." | ";"))
            || (super::roles::role_at(self, e, n).is_some()
                && !super::roles::portfolio_title(self, e)
                // "Homeland Security" continues a name; "Labour MP" is a role.
                && (self.lower(e) || self.word(e).bytes().all(|b| b.is_ascii_uppercase())))
            || (i > 0
                && self.has(i - 1, class::CORP)
                && self.lower(i - 1)
                && !self.possessive(i - 1))
    }

    /// The plain form of [`Context::bare_orgs`]'s walk, kept to test it against.
    #[cfg(test)]
    fn bare_orgs_reference(&self) -> Vec<BareOrg<'a>> {
        {
            let mut runs: Vec<(usize, usize, bool)> = Vec::new();
            let n = self.tokens.len();
            let mut i = 0;
            while i < n {
                if !super::roles::bare_name_word(self, i) {
                    i += 1;
                    continue;
                }
                let mut e = i + 1;
                while e < n && e - i < 4 && super::roles::bare_name_word(self, e) {
                    e += 1;
                }
                let too_long = e - i > 3 || (e < n && super::roles::bare_name_word(self, e));
                // "Child Support Agency", "English Democrats Party": a name word closes it.
                let suffix = !too_long
                    && self
                        .tokens
                        .get(e)
                        .is_some_and(|t| t.kind == TokenKind::Word)
                    && super::arguments::ORG_SUFFIX.contains(&self.word(e));
                if suffix {
                    runs.push((i, e + 1, true));
                    i = e + 1;
                    continue;
                }
                let cued = !too_long && self.run_is_cued(i, e, n);
                // "Mr Sans": a name after a courtesy title is a person's.
                let person = i > 0 && is_title(self.word(i - 1));
                // "UK Athletics", "US Airways": a country acronym opens the name.
                let acronym = i > 0
                    && self.tokens[i - 1].kind == TokenKind::Word
                    && self.entity(i - 1).is_none()
                    && (2..=3).contains(&self.word(i - 1).len())
                    && self.word(i - 1).bytes().all(|b| b.is_ascii_uppercase())
                    && (i < 2 || self.tokens[i - 2].kind != TokenKind::Word || self.lower(i - 2));
                let s0 = if acronym { i - 1 } else { i };
                if !too_long && !person {
                    runs.push((s0, e, cued));
                }
                while e < n && super::roles::bare_name_word(self, e) {
                    e += 1;
                }
                i = e;
            }
            let names: Vec<&str> = runs
                .iter()
                .filter(|r| r.2)
                .map(|&(s, e, _)| self.span_text(s, e))
                .collect();
            runs.iter()
                .map(|&(s, e, _)| BareOrg {
                    start: s,
                    end: e,
                    name: self.span_text(s, e),
                })
                .filter(|m| names.contains(&m.name))
                .collect()
        }
    }

    /// Byte spans of the mentions of `name` as a bare organisation name, in text order.
    pub(crate) fn bare_spans(&self, name: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
        let name = name.to_string();
        self.bare_orgs()
            .iter()
            .filter(move |m| m.name == name)
            .map(|m| (self.tokens[m.start].start, self.tokens[m.end - 1].end))
    }

    /// True when the words from token `e` are an active verb whose object is a mover
    /// ("Wolves appoint Hoddle", "Laura Ashley is parting company with", "Vodafone has drafted
    /// in"), so the name before them is the organisation that acts.
    fn acts_on_mover(&self, e: usize) -> bool {
        use super::lexicon::{Lemma, class};
        let mut k = e;
        while k < e + 3 && self.has(k, class::AUX) && self.lower(k) && !self.has(k, class::NEG) {
            k += 1;
        }
        if !self.lower(k) {
            return false;
        }
        let passive = (e..k).any(|j| self.has(j, class::BE)) && self.word(k).ends_with("ed");
        match self.lex(k).lemma {
            Some(Lemma::Part) => self.is(k + 1, "company") || self.is(k + 1, "ways"),
            Some(l) => {
                l.mover_is_object_when_active()
                    && !passive
                    && !matches!(l, Lemma::Let | Lemma::Lay | Lemma::Tap)
            }
            None => false,
        }
    }

    /// The bare organisation name ending at token `i` (its last token).
    pub(crate) fn bare_org_ending(&self, i: usize) -> Option<BareOrg<'a>> {
        // A bare name ends with a name word or the suffix word after one ("Child Support
        // Agency"): when neither token is one, there is none to find (and no need to find
        // the article's bare names).
        if !self.may_end_bare(i) {
            return None;
        }
        let bare = self.bare_orgs();
        let k = bare.partition_point(|m| m.end <= i);
        bare.get(k).filter(|m| m.end == i + 1).copied()
    }

    /// The bare organisation name starting at token `i`.
    pub(crate) fn bare_org(&self, i: usize) -> Option<BareOrg<'a>> {
        // A bare name starts with a name word or the acronym before one ("UK Athletics"):
        // when neither token is one, there is none to find.
        if !self.may_start_bare(i) {
            return None;
        }
        let bare = self.bare_orgs();
        let k = bare.partition_point(|m| m.start < i);
        bare.get(k).filter(|m| m.start == i).copied()
    }

    /// True when token `k` is a word that closes a bare name ("Agency", "Party").
    fn is_org_suffix(&self, k: usize) -> bool {
        self.tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word)
            && super::arguments::ORG_SUFFIX.contains(&self.word(k))
    }

    /// False when no bare name that [`Context::bare_orgs`] keeps can end at token `i`,
    /// judged from the tokens about `i` alone (the walk's runs are the blocks of name words):
    /// `i` must be the last word of a block of one to three name words that no suffix word
    /// follows and no courtesy title opens, or a suffix word closing such a block. Whether
    /// the name is cued somewhere in the article is left to the walk.
    fn may_end_bare(&self, i: usize) -> bool {
        use super::roles::bare_name_word as name;
        let (last, suffix) = if name(self, i) {
            (i, false)
        } else if i > 0 && name(self, i - 1) && self.is_org_suffix(i) {
            (i - 1, true)
        } else {
            return false;
        };
        // A name word or a suffix word after `i` carries the run on past it.
        if !suffix && (name(self, i + 1) || self.is_org_suffix(i + 1)) {
            return false;
        }
        let mut s = last;
        while s > 0 && last - s < 2 && name(self, s - 1) {
            s -= 1;
        }
        // A fourth name word makes the block too long.
        if s > 0 && name(self, s - 1) {
            return false;
        }
        suffix || s == 0 || !is_title(self.word(s - 1))
    }

    /// False when no bare name that [`Context::bare_orgs`] keeps can start at token `i`,
    /// judged from the tokens about `i` alone: `i` must open a block of one to three name
    /// words, or be a two- or three-letter capitalised acronym before such a block (which no
    /// suffix word closes).
    fn may_start_bare(&self, i: usize) -> bool {
        use super::roles::bare_name_word as name;
        let s = if name(self, i) {
            if i > 0 && name(self, i - 1) {
                return false;
            }
            i
        } else if name(self, i + 1) {
            let w = self.word(i);
            if !((2..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())) {
                return false;
            }
            i + 1
        } else {
            return false;
        };
        let mut e = s + 1;
        while e - s < 4 && name(self, e) {
            e += 1;
        }
        e - s <= 3 && (s == i || !self.is_org_suffix(e))
    }

    /// An organisation named at token `i`, tagged or bare: its canonical name and the token
    /// after it.
    pub(crate) fn org_name_at(&self, i: usize) -> Option<(&'a str, usize)> {
        if let Some((_, e)) = self.org_of(i) {
            return Some((e.canonical.as_str(), self.entity_after(i)));
        }
        self.bare_org(i).map(|m| (m.name, m.end))
    }

    /// "a report by The Information", "according to Reuters", "told the BBC", "Bloomberg
    /// reported": a company cited as the source is not what the article is about.
    fn is_news_source(&self, first: usize, e: &Entity) -> bool {
        // Skip a "the" before the name: "told the Daily Telegraph".
        let first = if first > 0 && self.is(first - 1, "the") {
            first - 1
        } else {
            first
        };
        let before = |k: usize| first.checked_sub(k).map_or("", |i| self.word(i));
        let (b1, b2) = (before(1), before(2));
        let is = |w: &str, x: &str| w.eq_ignore_ascii_case(x);
        if is(b1, "told")
            || (is(b1, "to") && is(b2, "according"))
            || (is(b1, "by") && (is(b2, "report") || is(b2, "reported")))
            || (is(b1, "with") && is(b2, "interview"))
            || (is(b1, "in") && (is(b2, "writing") || is(b2, "wrote") || is(b2, "report")))
        {
            return true;
        }
        let last = self.tokens.partition_point(|t| t.start < e.end);
        let after = self.word(last);
        after.eq_ignore_ascii_case("reported") || after.eq_ignore_ascii_case("reports")
    }

    /// The text of token `i` ("" past the end).
    pub(crate) fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// True when token `i` ends in a possessive "'s".
    pub(crate) fn possessive(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.possessive) || possessive_stem(self.word(i)).is_some()
    }

    /// True when token `i` is `w`, ignoring ASCII case.
    pub(crate) fn is(&self, i: usize, w: &str) -> bool {
        // A token of another length is not `w` (its text has the span's length, or is empty
        // when the span does not fit the text): compared without slicing the text.
        let fits = self
            .tokens
            .get(i)
            .is_none_or(|t| t.end.wrapping_sub(t.start) == w.len());
        (fits || w.is_empty()) && self.word(i).eq_ignore_ascii_case(w)
    }

    /// True when token `i` has any of the class bits in `flags`.
    pub(crate) fn has(&self, i: usize, flags: u32) -> bool {
        self.lex(i).has(flags)
    }

    /// The word classes of token `i` (empty for punctuation and past the end).
    pub(crate) fn lex(&self, i: usize) -> Lex {
        let cache = self
            .lex
            .get_or_init(|| crate::reuse::lex_cells(self.tokens.len()));
        let Some(cell) = cache.get(i) else {
            return Lex::default();
        };
        if let Some(l) = cell.get() {
            return l;
        }
        let t = &self.tokens[i];
        let l = match t.kind {
            TokenKind::Word => {
                // Looked up in place in the text (`classify_in`): the word and its stem.
                let lex = classify_in(self.text, t.start, t.end);
                if lex.flags == 0 {
                    possessive_stem(t.text(self.text))
                        .map_or(lex, |s| classify_in(self.text, t.start, t.start + s.len()))
                } else {
                    lex
                }
            }
            _ => Lex::default(),
        };
        cell.set(Some(l));
        l
    }

    /// True when token `i` may be a trigger word: a cheap test on its first two letters and
    /// length that rules out most words before the table lookup.
    #[inline]
    pub(crate) fn maybe_trigger(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.kind == TokenKind::Word
            && (3..=11).contains(&(t.end - t.start))
            && self
                .text
                .as_bytes()
                .get(t.start..t.end)
                .is_some_and(super::lexicon::trigger_prefix)
    }

    /// True when token `i` is a word written in lower case ("may", not "May").
    pub(crate) fn lower(&self, i: usize) -> bool {
        // ASCII first letter: one byte test, no slicing.
        match self
            .tokens
            .get(i)
            .map(|t| self.text.as_bytes().get(t.start))
        {
            Some(Some(&b)) if b < 0x80 => b.is_ascii_lowercase(),
            _ => self.word(i).starts_with(|c: char| c.is_lowercase()),
        }
    }

    /// True when token `i` is punctuation that ends a clause for the rules: `; : ( ) [ ]`,
    /// or a sentence-final mark.
    pub(crate) fn is_hard_stop(&self, i: usize) -> bool {
        matches!(
            self.word(i),
            ";" | ":" | "(" | ")" | "[" | "]" | "." | "?" | "!" | "—" | "–"
        )
    }

    /// True when token `i` is a quotation mark.
    pub(crate) fn is_quote_mark(&self, i: usize) -> bool {
        matches!(
            self.word(i),
            "\"" | "“" | "”" | "‘" | "’" | "'" | "«" | "»" | "„"
        )
    }

    /// True when token `i` opens a quotation.
    pub(crate) fn is_open_quote(&self, i: usize) -> bool {
        match self.word(i) {
            "“" | "«" | "„" => true,
            "\"" => {
                // A straight mark opens when the next token hugs it and the previous does not.
                let t = &self.tokens[i];
                let hugs_next = self.tokens.get(i + 1).is_some_and(|n| n.start == t.end);
                let hugs_prev = i > 0 && self.tokens[i - 1].end == t.start;
                hugs_next && !hugs_prev
            }
            _ => false,
        }
    }

    /// The entity covering token `i`.
    pub(crate) fn entity(&self, i: usize) -> Option<(usize, &'a Entity)> {
        let at = self.ent_at.get_or_init(|| self.entity_index());
        let e = *at.get(i)?;
        (e != NONE).then(|| (e as usize, &self.entities[e as usize]))
    }

    /// For each token, the index of the entity covering it: tokens and entities are both in
    /// text order, so each entity's first token is searched for from the last one's (a
    /// binary search: the tokens between entities are not walked).
    fn entity_index(&self) -> Vec<u32> {
        let mut at = crate::reuse::u32s(self.tokens.len(), NONE);
        let mut t = 0;
        for (ei, e) in self.entities.iter().enumerate() {
            t += self.tokens[t..].partition_point(|x| x.end <= e.start);
            let covered = self.tokens[t..].iter().take_while(|x| x.start < e.end);
            for (slot, _) in at[t..].iter_mut().zip(covered) {
                *slot = ei as u32;
            }
        }
        at
    }

    /// The token after a title at token `i` ("Dr", "Dr.", "Mr" and its dot), or `i` when
    /// there is none: ", Dr. Ruth Adler," names Ruth Adler.
    pub(crate) fn past_title(&self, i: usize) -> usize {
        if i >= self.tokens.len() || !is_title(self.word(i)) {
            return i;
        }
        if i + 1 < self.tokens.len() && self.word(i + 1) == "." {
            i + 2
        } else {
            i + 1
        }
    }

    /// The entity covering token `i`, when it is of `kind`.
    pub(crate) fn entity_of(&self, i: usize, kind: EntityType) -> Option<(usize, &'a Entity)> {
        self.entity(i).filter(|(_, e)| e.kind == kind)
    }

    /// The organisation (company or other organisation) covering token `i`.
    pub(crate) fn org_of(&self, i: usize) -> Option<(usize, &'a Entity)> {
        self.entity(i).filter(|(_, e)| e.kind.is_org())
    }

    /// The first token of the entity covering token `i` (or `i`).
    pub(crate) fn entity_first(&self, i: usize) -> usize {
        let Some((_, e)) = self.entity(i) else {
            return i;
        };
        let mut j = i;
        while j > 0 && self.tokens[j - 1].end > e.start {
            j -= 1;
        }
        j
    }

    /// One past the last token of the entity covering token `i` (or `i + 1`).
    pub(crate) fn entity_after(&self, i: usize) -> usize {
        let Some((_, e)) = self.entity(i) else {
            return i + 1;
        };
        let mut j = i + 1;
        while j < self.tokens.len() && self.tokens[j].start < e.end {
            j += 1;
        }
        j
    }

    /// The sentence holding byte `at`, found with a forward-only cursor: callers that ask in
    /// text order walk the sentences once in all.
    pub(crate) fn sentence_at(&self, cursor: &mut usize, at: usize) -> Option<&Sentence> {
        while *cursor < self.sentences.len() && self.sentences[*cursor].end <= at {
            *cursor += 1;
        }
        self.sentences.get(*cursor).filter(|s| s.start <= at)
    }

    /// The token range `[lo, hi)` of sentence `s`.
    pub(crate) fn sentence_tokens(&self, s: &Sentence) -> (usize, usize) {
        let lo = self.tokens.partition_point(|t| t.start < s.start);
        let hi = self.tokens.partition_point(|t| t.start < s.end);
        (lo, hi)
    }

    /// Byte span covering tokens `[a, b)`, as text.
    pub(crate) fn span_text(&self, a: usize, b: usize) -> &'a str {
        if a >= b || b > self.tokens.len() {
            return "";
        }
        self.text
            .get(self.tokens[a].start..self.tokens[b - 1].end)
            .unwrap_or("")
    }

    /// The company the article is about at byte `pos` in sentence `sentence`: the company
    /// mentioned most, weighted by recency, in this sentence (before `pos`) and the `reach`
    /// before it. Companies cited as news sources do not count.
    pub(crate) fn topic_company(
        &self,
        pos: usize,
        sentence: usize,
        reach: usize,
    ) -> Option<&'a str> {
        self.topic_outside(pos, sentence, reach, false, &[])
    }

    /// [`Context::topic_company`] where the organisation of the headline and lead outweighs
    /// a company met in passing nearer the move: whom a person's move that names no
    /// organisation most likely concerns ("Mr Doe, who only joined the company last year").
    pub(crate) fn topic_company_lead(
        &self,
        pos: usize,
        sentence: usize,
        reach: usize,
    ) -> Option<&'a str> {
        self.topic_outside(pos, sentence, reach, true, &[])
    }

    /// [`Context::topic_company`] (with the lead weighted when `lead`) where mentions inside
    /// `foreign` byte spans do not count: another person's apposition or title, see
    /// `arguments::foreign_spans`.
    pub(crate) fn topic_outside(
        &self,
        pos: usize,
        sentence: usize,
        reach: usize,
        lead: bool,
        foreign: &[(usize, usize)],
    ) -> Option<&'a str> {
        let companies = self.companies.get_or_init(|| self.company_mentions());
        let end = companies.partition_point(|c| c.start < pos);
        let mut best: Option<(&str, f32)> = None;
        let mut scores: Vec<(&str, f32)> = Vec::new();
        for c in companies[..end].iter().rev() {
            let dist = sentence.saturating_sub(c.sentence);
            if dist > reach {
                break;
            }
            if foreign.iter().any(|&(a, b)| a <= c.start && c.start < b) {
                continue;
            }
            let name = c.name;
            let w = 0.6f32.powi(dist as i32) * if c.opens { 2.0 } else { 1.0 };
            match scores.iter_mut().find(|(n, _)| *n == name) {
                Some((_, s)) => *s += w,
                None => scores.push((name, w)),
            }
        }
        // The organisation of the headline and lead is what the article is about: it
        // outweighs a company met in passing nearer the move.
        let in_lead = if lead { companies.len() } else { 0 };
        for c in companies[..in_lead]
            .iter()
            .take_while(|c| c.sentence <= LEAD && c.start < pos)
        {
            if let Some((_, s)) = scores.iter_mut().find(|(n, _)| *n == c.name) {
                *s += LEAD_WEIGHT;
            }
        }
        // Ties go to the most recent mention, which `scores` lists first.
        for &(n, s) in &scores {
            if best.is_none_or(|(_, b)| s > b + 1e-6) {
                best = Some((n, s));
            }
        }
        best.map(|(n, _)| n)
    }

    /// The organisation the article is about at byte `pos` when nothing nearer names one: the
    /// topic within six sentences back, else the organisation the whole article names most
    /// (ties to the earliest), when it names it more than once. The last resort for a move whose own words name no organisation
    /// ("Mr Morchio subsequently resigned" in an article about Fiat).
    pub(crate) fn article_org(&self, pos: usize, sentence: usize) -> Option<&'a str> {
        self.article_org_outside(pos, sentence, &[])
    }

    /// [`Context::article_org`] where mentions inside `foreign` byte spans do not count (see
    /// [`Context::topic_outside`]).
    pub(crate) fn article_org_outside(
        &self,
        pos: usize,
        sentence: usize,
        foreign: &[(usize, usize)],
    ) -> Option<&'a str> {
        if let Some(o) = self.topic_outside(pos, sentence, 6, true, foreign) {
            return Some(o);
        }
        let companies = self.companies.get_or_init(|| self.company_mentions());
        let mut scores: Vec<(&'a str, usize)> = Vec::new();
        for c in companies {
            let name = c.name;
            match scores.iter_mut().find(|(n, _)| *n == name) {
                Some((_, s)) => *s += 1,
                None => scores.push((name, 1)),
            }
        }
        let mut best: Option<(&'a str, usize)> = None;
        for &(n, s) in &scores {
            if s >= 2 && best.is_none_or(|(_, b)| s > b) {
                best = Some((n, s));
            }
        }
        best.map(|(n, _)| n)
    }

    /// The person the article names most often (ties to the first named), mentioned at least
    /// twice: whom a definite description such as "the guitarist" most likely means.
    pub(crate) fn main_person(&self) -> Option<&'a str> {
        *self.main_person.get_or_init(|| {
            let mut counts: Vec<(&'a str, usize)> = Vec::new();
            for e in self
                .entities
                .iter()
                .filter(|e| e.kind == EntityType::Person)
            {
                match counts.iter_mut().find(|(n, _)| *n == e.canonical) {
                    Some((_, c)) => *c += 1,
                    None => counts.push((e.canonical.as_str(), 1)),
                }
            }
            let mut best: Option<(&'a str, usize)> = None;
            for &(n, c) in &counts {
                if c >= 2 && best.is_none_or(|(_, b)| c > b) {
                    best = Some((n, c));
                }
            }
            best.map(|(n, _)| n)
        })
    }

    /// The speaker of the quotation containing byte `pos`, if it has one.
    pub(crate) fn speaker_at(&self, pos: usize) -> Option<&'a str> {
        self.quotes
            .iter()
            .find(|q| q.start <= pos && pos < q.end)
            .and_then(|q| q.speaker.as_deref())
    }

    /// The nearest person mentioned before token `i`, no more than three sentences back.
    pub(crate) fn previous_person(
        &self,
        i: usize,
        sentence: usize,
        gender: crate::names::Gender,
    ) -> Option<(usize, &'a Entity)> {
        // A name the first-name list gives the other gender does not fit the pronoun.
        let fits = |e: &Entity| crate::names::gender(&e.canonical).is_none_or(|g| g == gender);
        let pos = self.tokens.get(i)?.start;
        let lo = self
            .sentences
            .get(sentence.saturating_sub(3))
            .map_or(0, |s| s.start);
        let end = self.entities.partition_point(|e| e.start < pos);
        // In the pronoun's own sentence, prefer the nearest person in subject position ("Mr
        // Blair told Mr Brown he would step down" -> Blair): one that opens a clause, after a
        // capital, a punctuation mark, a title, "said" or "that", not after a verb like "told".
        use super::lexicon::class;
        let own = self.sentences.get(sentence).map_or(pos, |s| s.start);
        let subject = self.entities[..end]
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, e)| e.start >= own)
            .filter(|(_, e)| e.kind == EntityType::Person && fits(e))
            .find(|(_, e)| {
                let mut k = self.tokens.partition_point(|t| t.end <= e.start);
                // Look past a title: "told Mr Brown".
                while k > 0
                    && matches!(
                        self.word(k - 1),
                        "Mr" | "Mrs"
                            | "Ms"
                            | "Dr"
                            | "Sir"
                            | "Lord"
                            | "Lady"
                            | "Dame"
                            | "Prof"
                            | "Mr."
                            | "Mrs."
                            | "Ms."
                            | "Dr."
                    )
                {
                    k -= 1;
                }
                (k == 0 || {
                    let w = self.word(k - 1);
                    !w.starts_with(char::is_lowercase)
                        || self.has(
                            k - 1,
                            class::ROLE_HEAD | class::ROLE_MOD | class::STOP | class::CLAUSE,
                        )
                        || matches!(w, "that" | "and" | "so")
                }) && !{
                    let w = self.word(k.saturating_sub(1));
                    matches!(w, "told" | "tells" | "telling" | "with" | "by" | "to")
                }
            });
        subject.or_else(|| {
            self.entities[..end]
                .iter()
                .enumerate()
                .rev()
                .take_while(|(_, e)| e.start >= lo)
                .find(|(_, e)| e.kind == EntityType::Person && fits(e))
        })
    }
}

/// Legislatures and seats of government, named in political news mostly as places where
/// things are said or done ("told MPs in the Commons", "called back to Downing Street"): never
/// what "the company" or a move that names no organisation refers to. A move into one is
/// still found where the text names it ("elected to Parliament").
fn is_venue(canonical: &str) -> bool {
    matches!(
        canonical,
        "Parliament"
            | "House of Commons"
            | "Commons"
            | "House of Lords"
            | "Lords"
            | "Downing Street"
            | "White House"
            | "Congress"
            | "US Congress"
            | "Senate"
            | "US Senate"
            | "House of Representatives"
            | "European Parliament"
            | "Scottish Parliament"
            | "Welsh Assembly"
    )
}

/// A title written before a name.
pub(crate) fn is_title(w: &str) -> bool {
    // Every title opens with one of these letters: one byte test rules out most words.
    matches!(w.as_bytes().first(), Some(b'M' | b'D' | b'S' | b'L' | b'P')) && title_word(w)
}

/// [`is_title`] without its first-byte test.
fn title_word(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "Mr" | "Mrs" | "Ms" | "Dr" | "Sir" | "Lord" | "Lady" | "Dame" | "Prof" | "Professor"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmenter;

    /// [`Context::bare_orgs`] (no second look at the token after a run, no cue or acronym
    /// test for a run it drops) finds what its plain walk finds.
    #[test]
    fn bare_orgs_agree_with_the_plain_walk() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Wolves caretaker boss Stuart Gray said Wolves appoint Hoddle. Mr Sans and \
                 Mr Sans Bar left. The rock band Korn, the retailer Laura Ashley and the \
                 state-owned airline, Aer Lingus, met. Child Support Agency chief Ann Bell and \
                 English Democrats Party leader Tom Hill quit. UK Athletics and US Airways \
                 hired. Alpha Beta Gamma Delta Epsilon manager Tom said. Tottenham manager \
                 Harry Redknapp's Tottenham side. Laura Ashley is parting company with \
                 Vodafone. Vodafone has drafted in Homeland Security Labour MP Ruth Adler. \
                 Acme's boss. Spanish Acme New Acme Ölz Åkers manager. Korn",
                &[
                    "P:Stuart Gray",
                    "P:Hoddle",
                    "P:Ann Bell",
                    "P:Tom Hill",
                    "P:Ruth Adler",
                ],
            ),
            (
                "Fiat Auto chief executive Giuseppe Morchio resigned. Fiat Auto said the \
                 board of Fiat would meet. Juventus coach Fabio Capello joined Real Madrid \
                 Grand Alpha Beta. Real Madrid",
                &["P:Giuseppe Morchio", "C:Fiat", "P:Fabio Capello"],
            ),
        ];
        each_case(cases, |text, ctx| {
            let fast: Vec<_> = ctx
                .bare_orgs()
                .iter()
                .map(|m| (m.start, m.end, m.name))
                .collect();
            let plain: Vec<_> = ctx
                .bare_orgs_reference()
                .iter()
                .map(|m| (m.start, m.end, m.name))
                .collect();
            assert!(!plain.is_empty());
            assert_eq!(fast, plain, "{text}");
        });
    }

    /// Runs `check` on the text and the context of each `(text, names)` case, with entities
    /// for the names.
    fn each_case(cases: &[(&str, &[&str])], check: impl Fn(&str, &Context)) {
        let seg = Segmenter::new();
        for &(text, names) in cases {
            let tokens = seg.tokenize(text);
            let sentences = seg.split(text);
            let entities = super::super::tests::entities(text, names);
            check(
                text,
                &Context::for_test(text, &sentences, &tokens, &entities),
            );
        }
    }

    /// The local tests in front of [`Context::bare_org_ending`] and [`Context::bare_org`]
    /// pass at the last and first token of every bare name the walk keeps (so the lookups
    /// answer as without them), and rule out other tokens.
    #[test]
    fn bare_name_bounds_pass_every_kept_name() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Wolves caretaker boss Stuart Gray said Wolves appoint Hoddle. UK Athletics \
                 chief executive Dave Moorcroft quit, and UK Athletics said so. Child Support \
                 Agency chief Ann Bell left the Child Support Agency. The rock band Korn and \
                 the retailer Laura Ashley met. Laura Ashley is parting company with its \
                 boss. Korn, Mr Laura Ashley and Laura Ashley Child. English Democrats Party \
                 leader Tom Hill: English Democrats Party. Alpha Beta Gamma Delta manager. \
                 US Airways chairman Bob Ray. Then US Airways and Airways left. Korn",
                &[
                    "P:Stuart Gray",
                    "P:Hoddle",
                    "P:Dave Moorcroft",
                    "P:Ann Bell",
                    "P:Tom Hill",
                    "P:Bob Ray",
                ],
            ),
            (
                "Fiat Auto chief executive Giuseppe Morchio resigned. Fiat Auto said the \
                 board of Fiat would meet. Juventus coach Fabio Capello joined Real Madrid \
                 Grand. Real Madrid's Juventus. Juventus",
                &["P:Giuseppe Morchio", "C:Fiat", "P:Fabio Capello"],
            ),
        ];
        each_case(cases, |_, ctx| {
            let n = ctx.tokens.len();
            let bare = ctx.bare_orgs().clone();
            assert!(bare.len() >= 4, "{bare:?}");
            for m in &bare {
                assert!(ctx.may_end_bare(m.end - 1), "{m:?}");
                assert!(ctx.may_start_bare(m.start), "{m:?}");
            }
            for i in 0..n + 2 {
                let end = bare
                    .iter()
                    .find(|m| m.end == i + 1)
                    .map(|m| (m.start, m.end));
                let start = bare.iter().find(|m| m.start == i).map(|m| (m.start, m.end));
                assert_eq!(ctx.bare_org_ending(i).map(|m| (m.start, m.end)), end, "{i}");
                assert_eq!(ctx.bare_org(i).map(|m| (m.start, m.end)), start, "{i}");
            }
            let passes = (0..n)
                .filter(|&i| ctx.may_end_bare(i) || ctx.may_start_bare(i))
                .count();
            assert!(passes < n / 2);
        });
    }

    /// The byte tests in front of `is`, `possessive_stem` and `is_title` change no answer:
    /// each checked against its plain form on words of every shape, non-ASCII ones and
    /// tokens past the end included.
    #[test]
    fn prefilters_agree_with_the_plain_tests() {
        let text = "Mr. Doe, Acme's boss and Dr Ruth Adler's co-head, Prof. Ng, MRS Lee, the \
                    banks’ chief, Lord s 's ’s Sir... Professor Dame Lady Ms. Mr.. .. Mr É Ölz’s \
                    IS is As AS ss S's DOE'S";
        let seg = Segmenter::new();
        let tokens = seg.tokenize(text);
        let sentences = seg.split(text);
        let ctx = Context::for_test(text, &sentences, &tokens, &[]);
        let words: Vec<&str> = (0..tokens.len()).map(|i| ctx.word(i)).collect();
        fn plain_stem(w: &str) -> Option<&str> {
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .filter(|s| !s.is_empty())
        }
        let extra = [
            "", "s", "'s", "’s", "x's", "x’s", "Mr", "Mr.", "Mr...", ".", "...", "é",
        ];
        for w in words.iter().copied().chain(extra) {
            assert_eq!(possessive_stem(w), plain_stem(w), "{w:?}");
            assert_eq!(is_title(w), title_word(w), "{w:?}");
        }
        for i in 0..=tokens.len() + 1 {
            for w in words.iter().copied().chain(extra) {
                assert_eq!(
                    ctx.is(i, w),
                    ctx.word(i).eq_ignore_ascii_case(w),
                    "{i} {w:?}"
                );
            }
        }
    }
}
