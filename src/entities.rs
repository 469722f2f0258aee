//! The entity stage: dictionary and pattern matching, then resolution.

use crate::document::{Entity, Sentence, Token};
use crate::gazetteer::Gazetteer;
use crate::patterns::words::{self, Word};
use crate::patterns::{self, Ctx, layout};
use crate::resolve;

/// Finds the COMPANY, PERSON and MODEL mentions of `text`: sorted by start, never
/// overlapping, each with its canonical name. `sentences` and `tokens` are the segmenter's.
pub(crate) fn find_entities(
    gaz: &Gazetteer,
    text: &str,
    sentences: &[Sentence],
    tokens: &[Token],
) -> Vec<Entity> {
    let mut words = crate::reuse::words();
    words::from_tokens_into(text, sentences, tokens, &mut words);
    let entities = find_in_words(gaz, text, &mut words);
    crate::reuse::keep_words(words);
    entities
}

/// [`find_entities`] over the words of `text` built already (`crate::lexed` builds them
/// while tokenizing).
pub(crate) fn find_in_words(gaz: &Gazetteer, text: &str, words: &mut [Word]) -> Vec<Entity> {
    let tickers = layout::mark(text, words);
    let words = &*words;
    let mut index = patterns::index_words(text, words, gaz);
    let mut info = std::mem::take(&mut index.info);
    let ctx = Ctx {
        text,
        words,
        info: std::cell::Cell::from_mut(&mut info[..]).as_slice_of_cells(),
        gaz,
        tickers: &tickers,
        caps: &index.caps,
        heads: &index.heads,
    };
    let mut cands = Vec::new();
    patterns::gazetteer_candidates(&ctx, &mut cands);
    let taken = patterns::taken_words(words, &cands);
    patterns::org::find(&ctx, &taken, &mut cands);
    crate::reuse::keep_flags(taken);
    let taken = patterns::taken_words(words, &cands);
    patterns::company::find(&ctx, &taken, &mut cands);
    patterns::person::find(&ctx, &taken, &mut cands);
    patterns::evidence::filter(&ctx, &mut cands);
    let chosen = resolve::select(cands);
    let entities = resolve::finish(&ctx, chosen);
    crate::reuse::keep_flags(taken);
    index.info = info;
    index.recycle();
    entities
}

#[cfg(test)]
mod timing {
    use super::*;

    /// CPU time of this thread in ns (immune to other processes on a loaded machine).
    fn cpu_ns() -> u64 {
        std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    }

    #[test]
    #[ignore]
    fn stage_times() {
        // Per-stage CPU time over the BBC corpus: `cargo test --release --lib stage_times --
        // --ignored --nocapture`. Skipped when the corpus is absent.
        let Ok(corpus) = std::fs::read_to_string("../shared/corpus/bbc-news-2004-2005.jsonl")
        else {
            return;
        };
        let docs: Vec<String> = corpus
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        let ex = crate::Extractor::shared();
        let gaz = ex.gazetteer();
        let split: Vec<_> = docs.iter().map(|d| ex.segmenter().split(d)).collect();
        let toks: Vec<_> = docs.iter().map(|d| ex.segmenter().tokenize(d)).collect();
        let mut t = [0u64; 8];
        let rounds = 3;
        for _ in 0..rounds {
            let c0 = cpu_ns();
            let mut all_words: Vec<_> = docs
                .iter()
                .zip(&split)
                .zip(&toks)
                .map(|((d, s), tk)| words::from_tokens(d, s, tk))
                .collect();
            let c1 = cpu_ns();
            let tickers: Vec<_> = docs
                .iter()
                .zip(&mut all_words)
                .map(|(d, w)| layout::mark(d, w))
                .collect();
            let c2 = cpu_ns();
            let mut indexes: Vec<_> = docs
                .iter()
                .zip(&all_words)
                .map(|(d, w)| patterns::index_words(d, w, gaz))
                .collect();
            let c3 = cpu_ns();
            let mut infos: Vec<Vec<u32>> = indexes
                .iter_mut()
                .map(|x| std::mem::take(&mut x.info))
                .collect();
            let ctxs: Vec<Ctx> = infos
                .iter_mut()
                .enumerate()
                .map(|(i, info)| Ctx {
                    text: &docs[i],
                    words: &all_words[i],
                    info: std::cell::Cell::from_mut(&mut info[..]).as_slice_of_cells(),
                    gaz,
                    tickers: &tickers[i],
                    caps: &indexes[i].caps,
                    heads: &indexes[i].heads,
                })
                .collect();
            let mut cands: Vec<Vec<_>> = ctxs
                .iter()
                .map(|c| {
                    let mut v = Vec::new();
                    patterns::gazetteer_candidates(c, &mut v);
                    v
                })
                .collect();
            let c4 = cpu_ns();
            let taken: Vec<_> = ctxs
                .iter()
                .zip(&cands)
                .map(|(c, v)| patterns::taken_words(c.words, v))
                .collect();
            for ((c, v), tk) in ctxs.iter().zip(&mut cands).zip(&taken) {
                patterns::org::find(c, tk, v);
            }
            let taken: Vec<_> = ctxs
                .iter()
                .zip(&cands)
                .map(|(c, v)| patterns::taken_words(c.words, v))
                .collect();
            for ((c, v), tk) in ctxs.iter().zip(&mut cands).zip(&taken) {
                patterns::company::find(c, tk, v);
            }
            let c5 = cpu_ns();
            for ((c, v), tk) in ctxs.iter().zip(&mut cands).zip(&taken) {
                patterns::person::find(c, tk, v);
            }
            let c6 = cpu_ns();
            for (c, v) in ctxs.iter().zip(&mut cands) {
                patterns::evidence::filter(c, v);
            }
            let c7 = cpu_ns();
            let n: usize = ctxs
                .iter()
                .zip(cands)
                .map(|(c, v)| resolve::finish(c, resolve::select(v)).len())
                .sum();
            let c8 = cpu_ns();
            std::hint::black_box(n);
            for (i, w) in [c0, c1, c2, c3, c4, c5, c6, c7, c8].windows(2).enumerate() {
                t[i] += w[1] - w[0];
            }
        }
        let bytes: usize = docs.iter().map(String::len).sum();
        let mut whole = 0u64;
        for _ in 0..rounds {
            let c0 = cpu_ns();
            let n: usize = docs
                .iter()
                .zip(&split)
                .zip(&toks)
                .map(|((d, s), tk)| find_entities(gaz, d, s, tk).len())
                .sum();
            whole += cpu_ns() - c0;
            std::hint::black_box(n);
        }
        let whole_ms = whole as f64 / rounds as f64 / 1e6;
        eprintln!(
            "cpu ms whole stage, doc by doc: {whole_ms:.1} ms = {:.0} MB/s",
            bytes as f64 / 1e6 / (whole_ms / 1e3)
        );
        let ms = |x: u64| x as f64 / rounds as f64 / 1e6;
        let total: u64 = t.iter().sum();
        eprintln!(
            "cpu ms: words {:.1} mark {:.1} classify {:.1} gaz {:.1} company {:.1} person {:.1} evidence {:.1} resolve {:.1} | total {:.1} ms = {:.0} MB/s",
            ms(t[0]),
            ms(t[1]),
            ms(t[2]),
            ms(t[3]),
            ms(t[4]),
            ms(t[5]),
            ms(t[6]),
            ms(t[7]),
            ms(total),
            bytes as f64 / 1e6 / (ms(total) / 1e3)
        );
    }
}
