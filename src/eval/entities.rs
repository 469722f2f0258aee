//! Entity matching: predicted groups, candidate pairs, one-to-one assignment, scoring.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;

use super::*;

/// A predicted entity group: (type, canonical, mention texts).
pub(super) type PredGroup = (String, String, HashSet<String>);

pub(super) fn pred_entity_groups(pred_ents: &[Value]) -> Vec<PredGroup> {
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    let mut groups: Vec<PredGroup> = Vec::new();
    for e in pred_ents {
        let mut t = str_of(e, "type").unwrap_or("").to_uppercase();
        if t == "ORG" {
            t = "ORG_OTHER".to_string();
        }
        if !ENT_TYPES.contains(&t.as_str()) {
            continue;
        }
        let canon = ws(nonempty(e, "canonical")
            .or_else(|| nonempty(e, "text"))
            .unwrap_or(""));
        let key = (t.clone(), canon.to_lowercase());
        let i = *index.entry(key).or_insert_with(|| {
            groups.push((t.clone(), canon.clone(), HashSet::new()));
            groups.len() - 1
        });
        let mention = ws(nonempty(e, "text").unwrap_or(&canon));
        groups[i].2.insert(mention);
    }
    groups
}

pub(super) fn candidates(
    etype: &str,
    canon: &str,
    mentions: &HashSet<String>,
    gold: &[&GoldEntity],
) -> Vec<(u8, usize)> {
    let k = norm(etype, canon);
    let mk: HashSet<String> = mentions
        .iter()
        .map(|m| norm(etype, m))
        .filter(|m| !m.is_empty())
        .collect();
    let lc = ws(canon).to_lowercase();
    let mut out = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        if lc == ws(&g.canonical).to_lowercase() {
            out.push((4, gi));
        } else if !k.is_empty() && k == norm(&g.etype, &g.canonical) {
            out.push((3, gi));
        } else if !k.is_empty() && g.keys.contains(&k) {
            out.push((2, gi));
        } else if mk.iter().any(|m| g.keys.contains(m)) {
            out.push((1, gi));
        }
    }
    out
}

/// One-to-one greedy assignment: (pred -> gold, preds that lost every candidate).
pub(super) fn assign(
    preds: &[&PredGroup],
    gold: &[&GoldEntity],
    etype: &str,
) -> (HashMap<usize, usize>, HashSet<usize>) {
    let mut pairs = Vec::new();
    let mut has_cand = HashSet::new();
    for (pi, (_, canon, mentions)) in preds.iter().enumerate() {
        for (sc, gi) in candidates(etype, canon, mentions, gold) {
            pairs.push((std::cmp::Reverse(sc), pi, gi));
            has_cand.insert(pi);
        }
    }
    pairs.sort();
    let mut pm = HashMap::new();
    let mut gm = HashSet::new();
    for (_, pi, gi) in pairs {
        if pm.contains_key(&pi) || gm.contains(&gi) {
            continue;
        }
        pm.insert(pi, gi);
        gm.insert(gi);
    }
    let dups = has_cand
        .into_iter()
        .filter(|pi| !pm.contains_key(pi))
        .collect();
    (pm, dups)
}

pub(super) fn score_entities(
    g: &GoldDoc,
    pred_ents: &[Value],
    rows: &mut BTreeMap<String, Prf>,
    errs: &mut Errors<'_>,
) {
    let preds = pred_entity_groups(pred_ents);
    for t in ENT_TYPES {
        let mut row = Prf::default();
        let gl: Vec<&GoldEntity> = g.entities.iter().filter(|e| e.etype == t).collect();
        let pl: Vec<&PredGroup> = preds.iter().filter(|p| p.0 == t).collect();
        let (pm, dups) = assign(&pl, &gl, t);
        row.n_gold = gl.iter().filter(|e| !e.optional).count();
        let any_optional = gl.iter().any(|e| e.optional);
        for (pi, p) in pl.iter().enumerate() {
            if let Some(&gi) = pm.get(&pi) {
                if gl[gi].optional {
                    row.ignored += 1;
                } else {
                    row.n_pred += 1;
                    row.tp_pred += 1;
                    row.tp_gold += 1;
                }
                continue;
            }
            let dup = dups.contains(&pi);
            if !dup && (t == "COMPANY" || t == "ORG_OTHER") {
                let other = if t == "COMPANY" {
                    "ORG_OTHER"
                } else {
                    "COMPANY"
                };
                let ol: Vec<&GoldEntity> = g.entities.iter().filter(|e| e.etype == other).collect();
                if !candidates(other, &p.1, &p.2, &ol).is_empty() {
                    row.ignored += 1;
                    continue;
                }
            }
            if !dup
                && any_optional
                && candidates(t, &p.1, &p.2, &gl)
                    .iter()
                    .any(|&(_, gi)| gl[gi].optional)
            {
                row.ignored += 1;
                continue;
            }
            row.n_pred += 1;
            row.dup += usize::from(dup);
            let mention = p.2.iter().next().map_or(p.1.as_str(), String::as_str);
            let what = if dup { "duplicate" } else { "false positive" };
            errs.push(&format!("{t} {what}"), &p.1, None, mention);
        }
        let matched: HashSet<usize> = pm.values().copied().collect();
        for (gi, ge) in gl.iter().enumerate() {
            if !ge.optional && !matched.contains(&gi) {
                errs.push(&format!("{t} miss"), &ge.canonical, None, &ge.canonical);
            }
        }
        rows.entry(t.to_string()).or_default().add(&row);
    }
    // ORG_ANY: COMPANY + ORG_OTHER, type-agnostic.
    let mut row = Prf::default();
    let gl: Vec<&GoldEntity> = g
        .entities
        .iter()
        .filter(|e| e.etype == "COMPANY" || e.etype == "ORG_OTHER")
        .collect();
    let mut seen = HashSet::new();
    let pl: Vec<&PredGroup> = preds
        .iter()
        .filter(|p| (p.0 == "COMPANY" || p.0 == "ORG_OTHER") && seen.insert(p.1.to_lowercase()))
        .collect();
    let (pm, dups) = assign(&pl, &gl, "COMPANY");
    row.n_gold = gl.iter().filter(|e| !e.optional).count();
    let lenient = rows.entry("ORG_OTHER_lenient".to_string()).or_default();
    lenient.n_gold += gl
        .iter()
        .filter(|e| e.etype == "ORG_OTHER" && !e.optional)
        .count();
    lenient.tp_gold += pm
        .values()
        .filter(|&&gi| gl[gi].etype == "ORG_OTHER" && !gl[gi].optional)
        .count();
    for pi in 0..pl.len() {
        match pm.get(&pi) {
            Some(&gi) if gl[gi].optional => row.ignored += 1,
            Some(_) => {
                row.n_pred += 1;
                row.tp_pred += 1;
                row.tp_gold += 1;
            }
            None => {
                row.n_pred += 1;
                row.dup += usize::from(dups.contains(&pi));
            }
        }
    }
    rows.entry("ORG_ANY".to_string()).or_default().add(&row);
}
