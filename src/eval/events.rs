//! Event matching: type + person + org, polarity and role accuracy.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::*;

/// Roles compared as the reference scorer does: word tokens, abbreviations spelled out.
pub(super) fn canon_role(r: &str) -> String {
    let t = tokens(r);
    let mut out: Vec<String> = Vec::with_capacity(t.len() + 2);
    let expand = |w: &str| -> Option<&'static str> {
        match w {
            "ceo" => Some("chief executive officer"),
            "coo" => Some("chief operating officer"),
            "cfo" => Some("chief financial officer"),
            "vp" => Some("vice president"),
            _ => None,
        }
    };
    for w in &t {
        match expand(w) {
            Some(e) => out.extend(e.split(' ').map(str::to_string)),
            None => out.push(w.clone()),
        }
    }
    // "chief executive" not followed by " officer" -> "chief executive officer"
    let mut i = 0;
    let mut v: Vec<String> = Vec::with_capacity(out.len() + 2);
    while i < out.len() {
        v.push(out[i].clone());
        if out[i] == "chief"
            && out.get(i + 1).is_some_and(|w| w == "executive")
            && !out.get(i + 2).is_some_and(|w| w.starts_with("officer"))
        {
            v.push("executive".into());
            v.push("officer".into());
            i += 2;
            continue;
        }
        i += 1;
    }
    // "chairman of the board" -> "chairman"; "exec" -> "executive"
    let mut w2: Vec<String> = Vec::with_capacity(v.len());
    let mut i = 0;
    while i < v.len() {
        if v[i] == "chairman" && v.len() >= i + 4 && v[i + 1..i + 4] == ["of", "the", "board"] {
            w2.push("chairman".into());
            i += 4;
            continue;
        }
        w2.push(if v[i] == "exec" {
            "executive".into()
        } else {
            v[i].clone()
        });
        i += 1;
    }
    w2.join(" ")
}

pub(super) fn role_ok(g: &str, p: &str) -> bool {
    let (g, p) = (canon_role(g), canon_role(p));
    !p.is_empty() && (g == p || g.contains(&p) || p.contains(&g))
}

pub(super) fn score_events(
    g: &GoldDoc,
    preds: &[Value],
    text: Option<&str>,
    acc: &mut Acc,
    errs: &mut Errors<'_>,
) {
    let mut by_canon: HashMap<&str, &GoldEntity> = HashMap::new();
    for e in &g.entities {
        by_canon.insert(e.canonical.as_str(), e);
    }
    let person_ok = |ge: &Value, p: Option<&str>| {
        str_of(ge, "person_canonical")
            .and_then(|c| by_canon.get(c))
            .is_some_and(|e| e.keys.contains(&norm("PERSON", p.unwrap_or(""))))
    };
    let org_level = |ge: &Value, p: Option<&str>| -> u8 {
        let Some(oc) = str_of(ge, "org_canonical") else {
            return 2;
        };
        let Some(p) = p.filter(|s| !s.is_empty()) else {
            return 0;
        };
        let k = norm_org(p);
        if by_canon.get(oc).is_some_and(|e| e.keys.contains(&k)) {
            return 2;
        }
        let alts = ge.get("org_alt").and_then(Value::as_array);
        for alt in alts.into_iter().flatten().filter_map(Value::as_str) {
            if by_canon.get(alt).is_some_and(|e| e.keys.contains(&k)) {
                return 1;
            }
        }
        0
    };
    let ptype = |p: &Value| str_of(p, "type").unwrap_or("").to_uppercase();
    let gtype = |ge: &Value| str_of(ge, "type").unwrap_or("").to_string();
    let gpol = |ge: &Value| str_of(ge, "polarity").unwrap_or("").to_string();
    let all = g.list("events");
    let named: Vec<&Value> = all.iter().filter(|e| !truthy(e, "group")).collect();
    let groups: Vec<&Value> = all.iter().filter(|e| truthy(e, "group")).collect();
    let mut cands = Vec::new();
    for (gi, ge) in named.iter().enumerate() {
        for (pi, p) in preds.iter().enumerate() {
            if ptype(p) != gtype(ge) || !person_ok(ge, str_of(p, "person")) {
                continue;
            }
            let lvl = org_level(ge, str_of(p, "org"));
            if lvl == 0 {
                continue;
            }
            let bonus = u8::from(str_of(p, "polarity") == str_of(ge, "polarity"))
                + u8::from(role_ok(
                    nonempty(ge, "role").unwrap_or(""),
                    nonempty(p, "role").unwrap_or(""),
                ));
            cands.push((std::cmp::Reverse(lvl), std::cmp::Reverse(bonus), gi, pi));
        }
    }
    cands.sort();
    let mut gm: HashMap<usize, usize> = HashMap::new();
    let mut pm: HashSet<usize> = HashSet::new();
    for (_, _, gi, pi) in cands {
        if gm.contains_key(&gi) || pm.contains(&pi) {
            continue;
        }
        gm.insert(gi, pi);
        pm.insert(pi);
    }
    let group_only = |pi: usize| -> Option<String> {
        if pm.contains(&pi) {
            return None;
        }
        let p = &preds[pi];
        groups
            .iter()
            .find(|ge| ptype(p) == gtype(ge) && org_level(ge, str_of(p, "org")) == 2)
            .map(|ge| gtype(ge))
    };
    let ignored: Vec<Option<String>> = (0..preds.len()).map(group_only).collect();
    let ign = ignored.iter().filter(|i| i.is_some()).count();
    inc(acc, "ev_group_hit", ign);
    inc(acc, "ev_group_gold", groups.len());
    inc(acc, "ev_gold", named.len());
    inc(acc, "ev_pred", preds.len() - ign);
    inc(acc, "ev_tp", gm.len());
    inc(acc, "ev_ignored", ign);
    for (gi, ge) in named.iter().enumerate() {
        if !gm.contains_key(&gi) {
            let what = format!(
                "{} {} / {}",
                gtype(ge),
                str_of(ge, "person_canonical").unwrap_or("?"),
                str_of(ge, "org_canonical").unwrap_or("null")
            );
            let evidence = str_of(ge, "evidence").unwrap_or("");
            errs.push("event miss", &what, None, evidence);
        }
    }
    for (pi, p) in preds.iter().enumerate() {
        if !pm.contains(&pi) && ignored[pi].is_none() {
            let what = format!(
                "{} {} / {}",
                ptype(p),
                str_of(p, "person").unwrap_or("?"),
                str_of(p, "org").unwrap_or("null")
            );
            let at = match p.get("sentence") {
                Some(Value::Array(a)) => a.first().and_then(Value::as_u64),
                Some(Value::Object(o)) => o.get("start").and_then(Value::as_u64),
                _ => None,
            };
            errs.push("event false positive", &what, at.map(|n| n as usize), "");
        }
    }
    for (gi, ge) in named.iter().enumerate() {
        let t = gtype(ge);
        let pol = gpol(ge);
        inc(acc, &format!("ev_gold_{t}"), 1);
        inc(acc, &format!("ev_gold_pol_{pol}"), 1);
        if let Some(&pi) = gm.get(&gi) {
            let p = &preds[pi];
            inc(acc, &format!("ev_tp_{t}"), 1);
            inc(acc, &format!("ev_tp_pol_{pol}"), 1);
            let ppol = nonempty(p, "polarity").unwrap_or("asserted");
            inc(acc, "pol_ok", usize::from(ppol == pol));
            if let Some(role) = nonempty(ge, "role") {
                inc(acc, "role_n", 1);
                inc(
                    acc,
                    "role_ok",
                    usize::from(role_ok(role, nonempty(p, "role").unwrap_or(""))),
                );
            }
            if let Some(text) = text {
                inc(acc, "sent_n", 1);
                let (s, e) = sentence_bounds(p);
                let span: String = text.chars().skip(s).take(e.saturating_sub(s)).collect();
                let ev = ws(str_of(ge, "evidence").unwrap_or(""));
                inc(acc, "sent_ok", usize::from(ws(&span).contains(&ev)));
            }
        }
    }
    for p in preds {
        let t = ptype(p);
        if t == "LEAVE" || t == "JOIN" {
            inc(acc, &format!("ev_pred_{t}"), 1);
        }
    }
    for t in ignored.iter().flatten() {
        let k = format!("ev_pred_{t}");
        if let Some(v) = acc.get_mut(&k) {
            *v = v.saturating_sub(1);
        }
    }
    // asserted-only view
    let asserted = |p: &Value| nonempty(p, "polarity").unwrap_or("asserted") == "asserted";
    let ga: Vec<usize> = (0..named.len())
        .filter(|&i| gpol(named[i]) == "asserted")
        .collect();
    inc(acc, "asr_gold", ga.len());
    inc(
        acc,
        "asr_pred",
        (0..preds.len())
            .filter(|&i| asserted(&preds[i]) && ignored[i].is_none())
            .count(),
    );
    inc(
        acc,
        "asr_tp",
        ga.iter()
            .filter(|gi| gm.get(gi).is_some_and(|&pi| asserted(&preds[pi])))
            .count(),
    );
}

pub(super) fn sentence_bounds(p: &Value) -> (usize, usize) {
    let num = |v: Option<&Value>| v.and_then(Value::as_u64).unwrap_or(0) as usize;
    match p.get("sentence") {
        Some(Value::Array(a)) => (num(a.first()), num(a.get(1))),
        Some(Value::Object(_)) => {
            let s = p.get("sentence");
            (
                num(s.and_then(|s| s.get("start"))),
                num(s.and_then(|s| s.get("end"))),
            )
        }
        _ => (0, 0),
    }
}
