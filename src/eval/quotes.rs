//! Quote matching and speaker accuracy.

use std::collections::HashSet;

use serde_json::Value;

use super::*;

pub(super) fn speaker_ok(
    gold_speaker: Option<&str>,
    pred: Option<&str>,
    ents: &[GoldEntity],
) -> bool {
    let Some(gs) = gold_speaker else {
        return pred.is_none_or(str::is_empty);
    };
    let Some(ps) = pred.filter(|s| !s.is_empty()) else {
        return false;
    };
    ents.iter()
        .find(|e| e.canonical == gs)
        .is_some_and(|e| e.keys.contains(&norm(&e.etype, ps)))
}

pub(super) fn score_quotes(
    g: &GoldDoc,
    pred_quotes: &[Value],
    acc: &mut Acc,
    errs: &mut Errors<'_>,
) {
    let preds: Vec<(Vec<String>, Option<&str>)> = pred_quotes
        .iter()
        .map(|q| {
            let t = str_of(q, "text")
                .unwrap_or("")
                .trim()
                .trim_start_matches(['"', '\u{201c}', '\u{201d}', '\'', '`', ' '])
                .trim();
            (tokens(t), str_of(q, "speaker"))
        })
        .collect();
    let mut used = HashSet::new();
    let mut found_opt = 0usize;
    let gold_quotes = g.list("quotes");
    for gq in gold_quotes {
        let start = str_of(gq, "quote_start").unwrap_or("");
        let gt = tokens(start);
        let mut hit = false;
        for (pi, (pt, sp)) in preds.iter().enumerate() {
            if used.contains(&pi) || pt.len() < gt.len() || pt[..gt.len()] != gt[..] {
                continue;
            }
            used.insert(pi);
            hit = true;
            if truthy(gq, "optional") {
                found_opt += 1;
                break;
            }
            inc(acc, "q_found", 1);
            let gs = str_of(gq, "speaker_canonical");
            let ok = usize::from(speaker_ok(gs, *sp, &g.entities));
            if ok == 0 {
                let what = format!(
                    "{start} (gold {}, predicted {})",
                    gs.unwrap_or("null"),
                    sp.filter(|s| !s.is_empty()).unwrap_or("null")
                );
                errs.push("quote wrong speaker", &what, None, start);
            }
            inc(acc, "spk_ok", ok);
            let key = if gs.is_none() { "null" } else { "named" };
            inc(acc, &format!("spk_n_{key}"), 1);
            inc(acc, &format!("spk_ok_{key}"), ok);
            break;
        }
        if !hit && !truthy(gq, "optional") {
            errs.push("quote miss", start, None, start);
        }
    }
    for (pi, q) in pred_quotes.iter().enumerate() {
        if !used.contains(&pi) {
            let text = str_of(q, "text").unwrap_or("");
            let at = q.get("start").and_then(Value::as_u64).map(|n| n as usize);
            errs.push("quote false positive", text, at, text);
        }
    }
    inc(
        acc,
        "q_gold",
        gold_quotes
            .iter()
            .filter(|q| !truthy(q, "optional"))
            .count(),
    );
    inc(acc, "q_pred", preds.len() - found_opt);
    inc(acc, "q_tp_pred", used.len() - found_opt);
    inc(acc, "q_ignored", found_opt);
}
