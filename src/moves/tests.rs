use super::*;
use crate::document::{DatePrecision, Span};

fn ev(kind: EventType, person: &str, org: Option<&str>, sentence: (usize, usize)) -> Event {
    Event {
        kind,
        trigger: String::new(),
        person: person.into(),
        group: false,
        org: org.map(Into::into),
        role: None,
        polarity: Polarity::Asserted,
        sentence: Span::new(sentence.0, sentence.1),
        person_start: None,
        person_end: None,
        org_start: None,
        org_end: None,
        date: None,
    }
}

fn doc(events: Vec<Event>) -> Document {
    Document {
        events,
        ..Document::default()
    }
}

const TEXT: &str = "First sentence here.\nSecond  one.";

type Triple = (String, Option<String>, Option<String>, Vec<String>);

fn triples(m: &Moves) -> Vec<Triple> {
    m.rows()
        .into_iter()
        .map(|r| (r.person, r.from, r.to, r.articles))
        .collect()
}

fn t(p: &str, f: Option<&str>, to: Option<&str>, a: &[&str]) -> Triple {
    (
        p.into(),
        f.map(Into::into),
        to.map(Into::into),
        a.iter().map(|s| s.to_string()).collect(),
    )
}

#[test]
fn leave_and_join_in_one_article_pair_up() {
    use EventType::*;
    let mut m = Moves::new();
    let mut join = ev(Join, "Ann Lee", Some("Beta"), (21, 33));
    join.role = Some("president".into());
    join.date = Some(EventDate {
        value: "2004".into(),
        precision: DatePrecision::Year,
        text: "in 2004".into(),
    });
    m.add(
        "a",
        TEXT,
        &doc(vec![ev(Leave, "Ann Lee", Some("Alpha"), (0, 20)), join]),
    );
    let rows = m.rows();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (
            rows[0].from.as_deref(),
            rows[0].to.as_deref(),
            rows[0].role.as_deref()
        ),
        (Some("Alpha"), Some("Beta"), Some("president"))
    );
    assert_eq!(rows[0].date.as_ref().unwrap().value, "2004");
    assert_eq!(rows[0].evidence, "First sentence here. … Second one.");
}

#[test]
fn not_asserted_groups_and_same_org_are_kept_apart() {
    use EventType::*;
    let mut m = Moves::new();
    let mut negated = ev(Leave, "Bo Chan", Some("Alpha"), (0, 20));
    negated.polarity = Polarity::Negated;
    let mut group = ev(Leave, "several engineers", Some("Alpha"), (0, 20));
    group.group = true;
    m.add("a", TEXT, &doc(vec![negated, group]));
    assert!(m.is_empty());
    // Leaving one role and taking another at the same organisation is two rows, not a move.
    m.add(
        "b",
        TEXT,
        &doc(vec![
            ev(Leave, "Cy Dee", Some("Alpha"), (0, 20)),
            ev(Join, "Cy Dee", Some("Alpha"), (21, 33)),
        ]),
    );
    assert_eq!(
        triples(&m),
        [
            t("Cy Dee", Some("Alpha"), None, &["b"]),
            t("Cy Dee", None, Some("Alpha"), &["b"])
        ]
    );
}

#[test]
fn articles_merge_by_canonical_name_and_partial_moves_fold_in() {
    use EventType::*;
    let mut m = Moves::new();
    m.add(
        "1",
        TEXT,
        &doc(vec![ev(Leave, "Ann Lee", Some("Alpha"), (0, 20))]),
    );
    m.add(
        "2",
        TEXT,
        &doc(vec![
            ev(Leave, "ann  lee", Some("alpha"), (0, 20)),
            ev(Join, "Ann Lee", Some("Beta"), (0, 20)),
            // The same move mentioned twice in one article counts once.
            ev(Join, "Ann Lee", Some("Beta"), (21, 33)),
        ]),
    );
    m.add(
        "3",
        TEXT,
        &doc(vec![ev(Join, "Ann Lee", Some("Beta"), (0, 20))]),
    );
    m.add(
        "4",
        TEXT,
        &doc(vec![ev(Join, "Dan Eto", Some("Beta"), (0, 20))]),
    );
    assert_eq!(
        triples(&m),
        [
            t("Ann Lee", Some("Alpha"), Some("Beta"), &["1", "2", "3"]),
            t("Dan Eto", None, Some("Beta"), &["4"]),
        ]
    );
    let counts = m.counts();
    assert_eq!(
        counts,
        [
            OrgCount {
                org: "Beta".into(),
                moves_in: 2,
                moves_out: 0
            },
            OrgCount {
                org: "Alpha".into(),
                moves_in: 0,
                moves_out: 1
            },
        ]
    );
}

#[test]
fn partial_move_with_two_candidates_is_not_folded() {
    use EventType::*;
    let mut m = Moves::new();
    for (id, to) in [("1", "Beta"), ("2", "Gamma")] {
        m.add(
            id,
            TEXT,
            &doc(vec![
                ev(Leave, "Ann Lee", Some("Alpha"), (0, 20)),
                ev(Join, "Ann Lee", Some(to), (0, 20)),
            ]),
        );
    }
    m.add(
        "3",
        TEXT,
        &doc(vec![ev(Leave, "Ann Lee", Some("Alpha"), (0, 20))]),
    );
    assert_eq!(m.rows().len(), 3);
}

#[test]
fn bad_spans_give_empty_evidence() {
    let mut m = Moves::new();
    m.add(
        "x",
        "short",
        &doc(vec![ev(EventType::Join, "Ann Lee", None, (3, 999))]),
    );
    assert_eq!(m.rows()[0].evidence, "");
}

#[test]
fn a_join_dated_before_the_leave_is_not_its_destination() {
    use EventType::*;
    let date = |v: &str| {
        Some(EventDate {
            value: v.into(),
            precision: DatePrecision::Year,
            text: format!("in {v}"),
        })
    };
    let mut leave = ev(Leave, "Ann Lee", Some("Alpha"), (0, 20));
    leave.date = date("1979");
    let mut join = ev(Join, "Ann Lee", Some("Beta"), (21, 33));
    join.date = date("1964");
    let mut m = Moves::new();
    m.add("a", TEXT, &doc(vec![leave.clone(), join.clone()]));
    assert_eq!(m.rows().len(), 2);
    join.date = date("1979");
    let mut m = Moves::new();
    m.add("a", TEXT, &doc(vec![leave, join]));
    assert_eq!(m.rows().len(), 1);
}

#[test]
fn a_career_pairs_only_moves_told_in_one_sentence() {
    use EventType::*;
    let mut m = Moves::new();
    // Three steps of one person: only the leave and join of the second sentence pair up.
    m.add(
        "a",
        TEXT,
        &doc(vec![
            ev(Leave, "Ann Lee", Some("Gamma"), (0, 20)),
            ev(Join, "Ann Lee", Some("Alpha"), (21, 33)),
            ev(Leave, "Ann Lee", Some("Alpha"), (21, 33)),
            ev(Join, "Ann Lee", Some("Beta"), (21, 33)),
        ]),
    );
    let mut got = triples(&m);
    got.sort();
    let mut want = vec![
        t("Ann Lee", Some("Gamma"), None, &["a"]),
        t("Ann Lee", None, Some("Alpha"), &["a"]),
        t("Ann Lee", Some("Alpha"), Some("Beta"), &["a"]),
    ];
    want.sort();
    assert_eq!(got, want);
}
