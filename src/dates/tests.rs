use super::*;

fn at(s: &str) -> Option<CivilDate> {
    CivilDate::parse(s)
}

fn one(sentence: &str, article: Option<CivilDate>) -> Option<(String, DatePrecision, String)> {
    find_date(sentence, article, None).map(|d| (d.value, d.precision, d.text))
}

fn value(sentence: &str, article: &str) -> Option<String> {
    find_date(sentence, at(article), None).map(|d| d.value)
}

#[test]
fn absolute_dates_need_no_article_date() {
    use DatePrecision::*;
    assert_eq!(
        one("She joined the firm in 1983.", None),
        Some(("1983".into(), Year, "in 1983".into()))
    );
    assert_eq!(
        one("He left in January 2003.", None),
        Some(("2003-01".into(), Month, "in January 2003".into()))
    );
    assert_eq!(
        one("He quit on 29 November 2004, it said.", None),
        Some(("2004-11-29".into(), Day, "on 29 November 2004".into()))
    );
    assert_eq!(
        one("She takes over on March 3, 2005.", None),
        Some(("2005-03-03".into(), Day, "on March 3, 2005".into()))
    );
}

#[test]
fn relative_dates_without_article_date_are_null() {
    for s in [
        "He resigned on Monday.",
        "He resigned last year.",
        "She left earlier this month.",
        "He joins effective June 1.",
        "He will join next month.",
        "She quit on 29 November.",
        "He joins from 1 January.",
        "She left in November.",
    ] {
        assert_eq!(one(s, None), None, "{s}");
    }
}

#[test]
fn relative_dates_resolve_against_the_article() {
    // 2004-11-30 was a Tuesday.
    let a = "2004-11-30";
    assert_eq!(value("He resigned on Monday.", a).unwrap(), "2004-11-29");
    assert_eq!(value("He resigned on Tuesday.", a).unwrap(), "2004-11-30");
    assert_eq!(
        value("He will step down on Friday.", a).unwrap(),
        "2004-12-03"
    );
    assert_eq!(value("He left last Tuesday.", a).unwrap(), "2004-11-23");
    assert_eq!(value("He resigned last year.", a).unwrap(), "2003");
    assert_eq!(value("He resigned late last year.", a).unwrap(), "2003");
    assert_eq!(value("She left earlier this month.", a).unwrap(), "2004-11");
    assert_eq!(value("He will join next month.", a).unwrap(), "2004-12");
    assert_eq!(
        value("She quit last month.", "2005-01-10").unwrap(),
        "2004-12"
    );
    assert_eq!(
        value("He joins effective June 1.", a).unwrap(),
        "2005-06-01"
    );
    assert_eq!(value("She quit on 29 November.", a).unwrap(), "2004-11-29");
    assert_eq!(value("He joins from 1 January.", a).unwrap(), "2005-01-01");
    assert_eq!(value("She left in December.", a).unwrap(), "2003-12");
    assert_eq!(value("She will arrive in February.", a).unwrap(), "2005-02");
    assert_eq!(value("He resigned yesterday.", a).unwrap(), "2004-11-29");
}

#[test]
fn no_date_where_the_text_gives_none() {
    let a = at("2004-11-30");
    for s in [
        "He did not resign.",
        "The 2003 accounts show a loss; he quit.",
        "He may leave the firm.",
        "She will march on.",
        "He left after 20 years with 2000 staff.",
        "Shares fell 3 points.",
    ] {
        assert_eq!(one(s, a), None, "{s}");
    }
}

#[test]
fn nearest_expression_to_the_trigger_wins() {
    let s = "Ann Lee, who joined in 1983, resigned in May 2001.";
    let trigger = s.find("resigned");
    assert_eq!(find_date(s, None, trigger).unwrap().value, "2001-05");
    assert_eq!(find_date(s, None, None).unwrap().value, "1983");
}

#[test]
fn invalid_days_are_no_date() {
    assert_eq!(one("He left on 31 February 2004.", None), None);
    assert_eq!(one("He left on 45 March.", at("2004-01-01")), None);
}

#[test]
fn article_dates_in_common_shapes() {
    let want = CivilDate::new(2005, 1, 7);
    for s in [
        "2005-01-07",
        "2005-01-07T10:11:12+01:00",
        "2005/01/07",
        "20050107",
        "7 January 2005",
        "Fri, 07 Jan 2005 10:00:00 GMT",
        "January 7, 2005",
    ] {
        assert_eq!(CivilDate::parse(s), want, "{s}");
    }
    for s in ["", "soon", "2005-13-01", "2005-02-30", "January 2005"] {
        assert_eq!(CivilDate::parse(s), None, "{s}");
    }
}

#[test]
fn linear_on_long_input() {
    let s = "in ".repeat(50_000) + &"on Monday ".repeat(50_000);
    let t = std::time::Instant::now();
    let found = date_expressions(&s, at("2004-11-30"));
    assert_eq!(found.len(), 50_000);
    assert!(t.elapsed().as_secs() < 5);
}

#[test]
fn weekdays_in_names_and_possessives_are_no_date() {
    let a = at("2005-01-19");
    for s in [
        "McCall would have been sacked if the Sheffield Wednesday manager had returned.",
        "He said before Wednesday's game he would consider leaving.",
        "He will take charge for Saturday’s match.",
    ] {
        assert_eq!(one(s, a), None, "{s}");
    }
    // At the start of a sentence, and after a comma, it is a date.
    assert_eq!(
        value("Wednesday, he resigned.", "2005-01-20").unwrap(),
        "2005-01-19"
    );
    assert_eq!(
        value("The boss, Ann Lee, quit on Wednesday.", "2005-01-20").unwrap(),
        "2005-01-19"
    );
}

#[test]
fn tense_comes_from_the_words_at_the_trigger() {
    let a = at("2005-01-19");
    // "from the board" is no future marker; "ousted" is past.
    let s = "At the meeting in November, he used his stake to oust three directors from the board.";
    assert_eq!(find_date(s, a, s.find("oust")).unwrap().value, "2004-11");
    let s = "Ann Lee resigned in March, and will be replaced in June.";
    assert_eq!(
        find_date(s, a, s.find("resigned")).unwrap().value,
        "2004-03"
    );
    assert_eq!(
        find_date(s, a, s.find("replaced")).unwrap().value,
        "2005-06"
    );
    let s = "Ann Lee is to step down in March.";
    assert_eq!(
        find_date(s, a, s.find("step down")).unwrap().value,
        "2005-03"
    );
}

#[test]
fn ascii_twins_match_like_the_unicode_patterns() {
    use super::{
        DATE, DATE_ASCII, FUTURE, FUTURE_ASCII, FUTURE_BEFORE, FUTURE_BEFORE_ASCII, PAST_TRIGGER,
        PAST_TRIGGER_ASCII, pick,
    };
    use regex::Regex;
    let texts = [
        "He will join on 1 June 2005, the £5m deal – “effective from Monday” – said.",
        "She resigned last year; earlier this month he took charge.",
        "Acme’s chief is to step down in Sept. and is set to leave by 12th of March",
        "They stood down yesterday... a year ago; MID-JULY 1998 or EARLY in 2004",
        "he'll go this coming Friday",
    ];
    let spans = |r: &Regex, t: &str| -> Vec<Vec<Option<(usize, usize)>>> {
        r.captures_iter(t)
            .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
            .collect()
    };
    for t in texts {
        for (u, a) in [
            (&DATE, &DATE_ASCII),
            (&FUTURE, &FUTURE_ASCII),
            (&FUTURE_BEFORE, &FUTURE_BEFORE_ASCII),
            (&PAST_TRIGGER, &PAST_TRIGGER_ASCII),
        ] {
            assert!(std::ptr::eq(pick(t, u, a), &**a), "{t:?}");
            assert_eq!(spans(u, t), spans(a, t), "{t:?}");
        }
    }
    assert!(std::ptr::eq(pick("Zürich", &DATE, &DATE_ASCII), &*DATE));
}
