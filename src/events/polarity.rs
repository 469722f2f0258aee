//! Whether a move is asserted, negated ("did not resign", "has no plans to leave", "denied
//! that he would quit") or hypothetical ("plans to join", "is expected to step down",
//! "rumoured", "industry sources said").
//!
//! Announcements ("will retire on August 31", "will join Google next month") and reported
//! speech ("said he would resign") are asserted.

use crate::document::Polarity;

use super::context::Context;
use super::lexicon::class;

/// The polarity of the trigger at token `t`, whose subject starts at token `subject` (or is
/// unknown), in the sentence of tokens `[lo, hi)`.
pub(crate) fn polarity(
    ctx: &Context<'_>,
    t: usize,
    subject: Option<usize>,
    lo: usize,
    hi: usize,
) -> Polarity {
    let from = subject
        .map_or(t.saturating_sub(10), |s| s.saturating_sub(6))
        .max(lo);
    let mut negated = false;
    let mut hypothetical = false;
    // The auxiliary chain right before the trigger: "did not", "won't", "has no plans to".
    for k in from..t {
        // "May", "Will", "Can" written with a capital are names and months.
        if !ctx.lower(k) && matches!(ctx.word(k), "May" | "Will" | "Can" | "Might") {
            continue;
        }
        if ctx.has(k, class::NEG) {
            // "no longer" and "not only" do not deny the move.
            if ctx.is(k + 1, "longer") || ctx.is(k + 1, "only") {
                continue;
            }
            negated = true;
        }
        if ctx.has(k, class::DENY) {
            negated = true;
        }
        if ctx.has(k, class::HYPO) {
            hypothetical = true;
        }
    }
    if negated {
        return Polarity::Negated;
    }
    // Hedges anywhere in the sentence.
    for k in lo..hi {
        if !ctx.lower(k) {
            continue;
        }
        let hedge = ctx.is(k, "rumoured")
            || ctx.is(k, "rumored")
            || ctx.is(k, "speculation")
            || ctx.is(k, "rumours")
            || ctx.is(k, "rumors")
            || (ctx.is(k, "sources")
                && (k + 1..(k + 4).min(hi)).any(|j| {
                    ctx.is(j, "said") || ctx.is(j, "say") || ctx.is(j, "says") || ctx.is(j, "told")
                }));
        if hedge {
            hypothetical = true;
        }
    }
    if hypothetical {
        Polarity::Hypothetical
    } else {
        Polarity::Asserted
    }
}
