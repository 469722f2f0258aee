//! Whether a move is asserted, negated ("did not resign", "has no plans to leave", "denied
//! that he would quit") or hypothetical ("plans to join", "is expected to step down",
//! "rumoured", "industry sources said").
//!
//! Announcements ("will retire on August 31", "will join Google next month") and reported
//! speech ("said he would resign") are asserted.

use crate::document::Polarity;

use super::context::Context;
use super::lexicon::class;

/// The polarity of the trigger at token `t`, whose auxiliary chain starts at `chain` and
/// whose subject starts at token `subject` (or is unknown), in the sentence of tokens
/// `[lo, hi)`.
///
/// Negation counts in the auxiliary chain ("did not", "won't"), as "no plans/intention to",
/// or as a verb of denial before the subject ("denied that"); hedges count from a few words
/// before the subject up to the trigger, or anywhere for "rumoured" and "sources said".
pub(crate) fn polarity(
    ctx: &Context<'_>,
    t: usize,
    chain: usize,
    subject: Option<usize>,
    lo: usize,
    hi: usize,
) -> Polarity {
    let from = subject
        .map_or(t.saturating_sub(10), |s| s.saturating_sub(6))
        .max(lo);
    let mut negated = false;
    let mut hypothetical = false;
    for k in from..t {
        // Capitalised mid-sentence, "May", "Will" or "Can" are names and months.
        let initial = k == lo || ctx.is_quote_mark(k - 1);
        if !ctx.lower(k) && !initial && ctx.word(k) != "n't" {
            continue;
        }
        if ctx.has(k, class::NEG) {
            let attached = k >= chain
                || (ctx.is(k, "no")
                    && [
                        "plans",
                        "plan",
                        "intention",
                        "intentions",
                        "desire",
                        "wish",
                        "interest",
                        "thoughts",
                        "thought",
                    ]
                    .iter()
                    .any(|w| ctx.is(k + 1, w)));
            // "no longer" and "not only" do not deny the move.
            if attached && !ctx.is(k + 1, "longer") && !ctx.is(k + 1, "only") {
                negated = true;
            }
        }
        if ctx.has(k, class::DENY) {
            negated = true;
        }
        // "would like to succeed him".
        if ctx.has(k, class::HYPO) || (ctx.is(k, "like") && k > lo && ctx.is(k - 1, "would")) {
            hypothetical = true;
        }
    }
    if negated {
        return Polarity::Negated;
    }
    // A condition after the move: "would quit if the board sold the unit".
    for k in t + 1..(t + 9).min(hi) {
        if ctx.word(k) == "," || ctx.is_hard_stop(k) {
            break;
        }
        // "if", "unless"; "subject to approval", "pending approval" (GUIDELINES: pending
        // someone else's decision).
        if ctx.is(k, "if")
            || ctx.is(k, "unless")
            || (ctx.is(k, "subject") && ctx.is(k + 1, "to"))
            || ctx.is(k, "pending")
        {
            hypothetical = true;
        }
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
