//! Rule tests on sentences written in the style of news copy, with entities given by hand.

use super::find_events;
use crate::document::{Affiliation, Entity, EntitySource, EntityType, Event, EventType, Polarity};
use crate::segment::Segmenter;

/// Marks every whole-word occurrence of each name (longest first, no overlaps).
/// A name is `"Text=Canonical"` or just `"Text"`; the prefix `P:`/`C:`/`M:`/`O:` gives the type.
pub(crate) fn entities(text: &str, names: &[&str]) -> Vec<Entity> {
    let mut specs: Vec<(&str, EntityType, &str)> = names
        .iter()
        .map(|n| {
            let (kind, rest) = match n.split_at(2) {
                ("P:", r) => (EntityType::Person, r),
                ("C:", r) => (EntityType::Company, r),
                ("M:", r) => (EntityType::Model, r),
                ("O:", r) => (EntityType::Org, r),
                _ => panic!("bad spec {n}"),
            };
            let (surface, canonical) = rest.split_once('=').unwrap_or((rest, rest));
            (surface, kind, canonical)
        })
        .collect();
    specs.sort_by_key(|s| std::cmp::Reverse(s.0.len()));
    let mut out: Vec<Entity> = Vec::new();
    for (surface, kind, canonical) in specs {
        for (start, _) in text.match_indices(surface) {
            let end = start + surface.len();
            let before_ok = text[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = text[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() || c == 's');
            let after_ok = after_ok
                && (!text[end..].starts_with('s')
                    || text[end..]
                        .chars()
                        .nth(1)
                        .is_none_or(|c| !c.is_alphanumeric()));
            let free = out.iter().all(|e| e.end <= start || e.start >= end);
            if before_ok && after_ok && free {
                out.push(Entity {
                    text: surface.to_string(),
                    kind,
                    canonical: canonical.to_string(),
                    start,
                    end,
                    source: EntitySource::Gazetteer,
                });
            }
        }
    }
    out.sort_by_key(|e| e.start);
    out
}

fn run(text: &str, names: &[&str]) -> (Vec<Event>, Vec<Affiliation>) {
    let seg = Segmenter::new();
    let ents = entities(text, names);
    find_events(text, &seg.split(text), &seg.tokenize(text), &ents, &[])
}

/// Events as compact strings: "LEAVE Jane Doe @Acme [CEO] asserted".
fn show(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            let kind = match e.kind {
                EventType::Leave => "LEAVE",
                EventType::Join => "JOIN",
            };
            let pol = match e.polarity {
                Polarity::Asserted => "asserted",
                Polarity::Negated => "negated",
                Polarity::Hypothetical => "hypothetical",
            };
            let mut s = format!("{kind} {} @{}", e.person, e.org.as_deref().unwrap_or("-"));
            if let Some(r) = &e.role {
                s.push_str(&format!(" [{r}]"));
            }
            s.push(' ');
            s.push_str(pol);
            s
        })
        .collect()
}

fn check(text: &str, names: &[&str], expected: &[&str]) {
    let (events, _) = run(text, names);
    assert_eq!(show(&events), expected, "text: {text}");
}

#[test]
fn resigned_with_title_before_the_name() {
    check(
        "Top Google AI researcher Jacob Devlin resigned after he warned the company.",
        &["C:Google", "P:Jacob Devlin"],
        &["LEAVE Jacob Devlin @Google [AI researcher] asserted"],
    );
    check(
        "OpenAI CEO Sam Altman was fired by the board on Friday.",
        &["C:OpenAI", "P:Sam Altman"],
        &["LEAVE Sam Altman @OpenAI [CEO] asserted"],
    );
}

#[test]
fn left_x_for_y() {
    check(
        "Priya Natarajan left Meta for OpenAI in March.",
        &["C:Meta", "C:OpenAI", "P:Priya Natarajan"],
        &[
            "LEAVE Priya Natarajan @Meta asserted",
            "JOIN Priya Natarajan @OpenAI asserted",
        ],
    );
    check(
        "Tomas Berg departed Stripe to join Anthropic as head of policy.",
        &["C:Stripe", "C:Anthropic", "P:Tomas Berg"],
        &[
            "LEAVE Tomas Berg @Stripe asserted",
            "JOIN Tomas Berg @Anthropic [head of policy] asserted",
        ],
    );
    check(
        "Lena Ortiz joined Mistral from Google DeepMind last month.",
        &["C:Mistral", "C:Google DeepMind", "P:Lena Ortiz"],
        &[
            "JOIN Lena Ortiz @Mistral asserted",
            "LEAVE Lena Ortiz @Google DeepMind asserted",
        ],
    );
}

#[test]
fn succession_story() {
    check(
        "Harwell Industries Inc. said Tuesday that Margaret Chen was named president and chief \
         executive, succeeding Robert Vance, who retired.",
        &[
            "C:Harwell Industries Inc.=Harwell Industries",
            "P:Margaret Chen",
            "P:Robert Vance",
        ],
        &[
            "JOIN Margaret Chen @Harwell Industries [president and chief executive] asserted",
            "LEAVE Robert Vance @Harwell Industries asserted",
        ],
    );
}

#[test]
fn relative_clause_past_move() {
    check(
        "Smith, who joined Salomon in 1979, will oversee the bond unit.",
        &["C:Salomon", "P:Smith=John Smith"],
        &["JOIN John Smith @Salomon asserted"],
    );
}

#[test]
fn polarity_cues() {
    let names = &["C:Acme", "P:Jane Doe"];
    check(
        "Jane Doe did not resign from Acme.",
        names,
        &["LEAVE Jane Doe @Acme negated"],
    );
    check(
        "Jane Doe has no plans to leave Acme, a spokesman said.",
        names,
        &["LEAVE Jane Doe @Acme negated"],
    );
    check(
        "Jane Doe denied that she would quit Acme.",
        names,
        &["LEAVE Jane Doe @Acme negated"],
    );
    check(
        "Jane Doe is expected to step down as chief executive of Acme.",
        names,
        &["LEAVE Jane Doe @Acme [chief executive] hypothetical"],
    );
    check(
        "Jane Doe is in talks to join Acme, industry sources said.",
        names,
        &["JOIN Jane Doe @Acme hypothetical"],
    );
    check(
        "Jane Doe will retire from Acme on August 31.",
        names,
        &["LEAVE Jane Doe @Acme asserted"],
    );
    check(
        "In May, Jane Doe resigned from Acme.",
        names,
        &["LEAVE Jane Doe @Acme asserted"],
    );
}

#[test]
fn groups() {
    check(
        "Some of the engineers who worked on Llama have quit the company and joined rival \
         startups.",
        &["M:Llama"],
        &[
            "LEAVE Some of the engineers who worked on Llama @- asserted",
            "JOIN Some of the engineers who worked on Llama @- asserted",
        ],
    );
    check(
        "Meta shipped Llama. Some of the engineers who worked on Llama have quit the company \
         and joined rival startups.",
        &["C:Meta", "M:Llama"],
        &[
            "LEAVE Some of the engineers who worked on Llama @Meta asserted",
            "JOIN Some of the engineers who worked on Llama @- asserted",
        ],
    );
    check(
        "Google lost staff. Googlers have left to create thousands of startups.",
        &["C:Google"],
        &["LEAVE Googlers @Google asserted"],
    );
}

#[test]
fn must_not_fire() {
    let names = &["C:Microsoft", "C:Acme", "P:Jane Doe", "P:Tom Reyes"];
    for text in [
        "Jane Doe left the meeting early.",
        "Tom Reyes quit smoking last year.",
        "Jane Doe joined the call from London.",
        "Acme joined forces with Microsoft.",
        "Microsoft joined the lawsuit against the regulator.",
        "The left wing of the party revolted against Jane Doe.",
        "Jane Doe was left with few options.",
        "Tom Reyes is on maternity leave.",
        "A company named Acme filed for bankruptcy.",
        "Jane Doe fired back at critics on Monday.",
        "Microsoft hired a law firm.",
    ] {
        check(text, names, &[]);
    }
}

#[test]
fn active_transitive_moves() {
    check(
        "Acme appointed Jane Doe as chief financial officer.",
        &["C:Acme", "P:Jane Doe"],
        &["JOIN Jane Doe @Acme [chief financial officer] asserted"],
    );
    check(
        "Acme fired Jane Doe on Monday.",
        &["C:Acme", "P:Jane Doe"],
        &["LEAVE Jane Doe @Acme asserted"],
    );
}

#[test]
fn affiliations_from_titles_and_appositives() {
    let text = "Alphabet and Google CEO Sundar Pichai spoke. Jacob Devlin, a researcher at \
                Google, agreed. Jane Doe, former CEO of Acme, said nothing.";
    let (_, aff) = run(
        text,
        &[
            "C:Alphabet",
            "C:Google",
            "C:Acme",
            "P:Sundar Pichai",
            "P:Jacob Devlin",
            "P:Jane Doe",
        ],
    );
    let got: Vec<_> = aff
        .iter()
        .map(|a| {
            format!(
                "{} - {} - {}",
                a.person,
                a.org.as_deref().unwrap_or("-"),
                a.role.as_deref().unwrap_or("-")
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "Sundar Pichai - Google - CEO",
            "Jacob Devlin - Google - researcher",
            "Jane Doe - Acme - former CEO"
        ]
    );
}

#[test]
fn pronoun_and_quote_speaker() {
    check(
        "Jane Doe ran the unit for a decade. She resigned from Acme on Friday.",
        &["C:Acme", "P:Jane Doe"],
        &["LEAVE Jane Doe @Acme asserted"],
    );
}

#[test]
fn bad_input_does_not_panic() {
    for text in [
        "",
        "left",
        "Left.",
        "joined ,",
        "he quit",
        "“I quit,” ",
        "step",
        "took over as",
    ] {
        let _ = run(text, &[]);
    }
}

#[test]
fn corpus_lessons_must_not_fire() {
    let names = &["C:Acme", "P:Jane Doe", "P:Tom Reyes"];
    for text in [
        // "left" as "remaining".
        "There were about 40 independent studios left in the industry, Jane Doe said.",
        // A person's name as a modifier of the object.
        "Tom Reyes dismissed Jane Doe's budget as reckless.",
        // A generality, not a move.
        "In many firms employees have been sacked for what they wrote online.",
        // The infinitive's subject is the object of "urged".
        "Jane Doe urged the men to step down from the council.",
        // A number after "left" is an object.
        "The storm left 3,000 passengers stranded, Acme said.",
    ] {
        check(text, names, &[]);
    }
}

#[test]
fn pronoun_prefers_the_clause_subject() {
    check(
        "Jane Doe told Tom Reyes in March she would step down as chief executive of Acme.",
        &["C:Acme", "P:Jane Doe", "P:Tom Reyes"],
        &["LEAVE Jane Doe @Acme [chief executive] asserted"],
    );
}

#[test]
fn conditional_and_attached_negation() {
    let names = &["C:Acme", "P:Jane Doe"];
    check(
        "Jane Doe said she would quit Acme if the board sold the unit.",
        names,
        &["LEAVE Jane Doe @Acme hypothetical"],
    );
    // "no" that does not govern the move does not negate it.
    check(
        "Jane Doe has no mandate and should resign from Acme.",
        names,
        &["LEAVE Jane Doe @Acme hypothetical"],
    );
}

#[test]
fn every_trigger_phrase() {
    let names = &[
        "C:Acme",
        "C:Globex",
        "C:Anthropic",
        "C:Google",
        "P:Jane Doe",
        "P:Tom Reyes",
    ];
    let cases: &[(&str, &[&str])] = &[
        (
            "Jane Doe quit Acme in May.",
            &["LEAVE Jane Doe @Acme asserted"],
        ),
        (
            "Jane Doe exited Acme last year.",
            &["LEAVE Jane Doe @Acme asserted"],
        ),
        (
            "Jane Doe departed Acme on Monday.",
            &["LEAVE Jane Doe @Acme asserted"],
        ),
        (
            "Jane Doe stepped down as chairman of Acme.",
            &["LEAVE Jane Doe @Acme [chairman] asserted"],
        ),
        (
            "Jane Doe was ousted from Acme.",
            &["LEAVE Jane Doe @Acme asserted"],
        ),
        (
            "Jane Doe was sacked by Acme.",
            &["LEAVE Jane Doe @Acme asserted"],
        ),
        (
            "Jane Doe was let go by Acme.",
            &["LEAVE Jane Doe @Acme asserted"],
        ),
        (
            "Jane Doe was laid off by Acme.",
            &["LEAVE Jane Doe @Acme asserted"],
        ),
        (
            "Jane Doe parted ways with Acme.",
            &["LEAVE Jane Doe @Acme asserted"],
        ),
        (
            "Jane Doe defected from Acme to Globex.",
            &[
                "LEAVE Jane Doe @Acme asserted",
                "JOIN Jane Doe @Globex asserted",
            ],
        ),
        (
            "Jane Doe walked out of Acme.",
            &["LEAVE Jane Doe @Acme asserted"],
        ),
        (
            "Jane Doe was hired by Anthropic.",
            &["JOIN Jane Doe @Anthropic asserted"],
        ),
        (
            "Jane Doe was poached by Globex from Acme.",
            &[
                "JOIN Jane Doe @Globex asserted",
                "LEAVE Jane Doe @Acme asserted",
            ],
        ),
        (
            "Jane Doe was recruited by Acme.",
            &["JOIN Jane Doe @Acme asserted"],
        ),
        (
            "Jane Doe was named chief executive of Acme.",
            &["JOIN Jane Doe @Acme [chief executive] asserted"],
        ),
        (
            "Jane Doe was elected chairman of Acme.",
            &["JOIN Jane Doe @Acme [chairman] asserted"],
        ),
        (
            "Jane Doe was appointed as chief scientist at Acme.",
            &["JOIN Jane Doe @Acme [chief scientist] asserted"],
        ),
        (
            "Jane Doe took the helm of Acme.",
            &["JOIN Jane Doe @Acme asserted"],
        ),
        (
            "Jane Doe was tapped to lead Acme.",
            &["JOIN Jane Doe @Acme asserted"],
        ),
        (
            "Jane Doe rejoined Acme in 2019.",
            &["JOIN Jane Doe @Acme asserted"],
        ),
        (
            "Jane Doe returned to Acme last month.",
            &["JOIN Jane Doe @Acme asserted"],
        ),
        (
            "Jane Doe defected to Globex.",
            &["JOIN Jane Doe @Globex asserted"],
        ),
        (
            "Jane Doe will join Google next month.",
            &["JOIN Jane Doe @Google asserted"],
        ),
        (
            "Jane Doe will leave Acme, effective June 1.",
            &["LEAVE Jane Doe @Acme asserted"],
        ),
        (
            "Jane Doe is rumoured to be joining Google.",
            &["JOIN Jane Doe @Google hypothetical"],
        ),
        (
            "Jane Doe was nominated by Acme and may join its board in June.",
            &["JOIN Jane Doe @Acme hypothetical"],
        ),
    ];
    for (text, want) in cases {
        check(text, names, want);
    }
}

#[test]
fn pronoun_gender_from_first_names() {
    check(
        "Sarah Lind hired Michael Sears in 2001. She left Acme last year.",
        &["C:Acme", "P:Sarah Lind", "P:Michael Sears"],
        &[
            "JOIN Michael Sears @- asserted",
            "LEAVE Sarah Lind @Acme asserted",
        ],
    );
}

#[test]
fn sport_retirements_from_a_match_are_not_moves() {
    let names = &["P:Jane Doe"];
    check("Jane Doe retired hurt in the second set.", names, &[]);
    check(
        "Jane Doe retired from the match with a wrist injury.",
        names,
        &[],
    );
}

#[test]
fn role_after_the_company_possessive() {
    check(
        "Acme shares fell after Jane Doe resigned as the company's chief executive.",
        &["C:Acme", "P:Jane Doe"],
        &["LEAVE Jane Doe @Acme [chief executive] asserted"],
    );
}

#[test]
fn sport_and_noun_uses_are_not_moves() {
    let names = &["C:Acme", "P:Jane Doe", "P:Tom Reyes"];
    for text in [
        "Acme sent on Tom Reyes with seven minutes of extra-time left.",
        "Tom Reyes impressed on his return to the side.",
        "Jane Doe has joined a rare group of actresses nominated twice.",
        "Tom Reyes stepped down from his favoured 400m to the 200m.",
        "Reports linking Jane Doe to the role were dismissed as a publicity stunt.",
        "The referee later dismissed Tom Reyes for a second booking.",
    ] {
        check(text, names, &[]);
    }
    check(
        "Jane Doe says she has no thoughts of quitting Acme.",
        names,
        &["LEAVE Jane Doe @Acme negated"],
    );
}

#[test]
fn exit_and_return_as_nouns() {
    let names = &["C:Acme", "P:Jane Doe"];
    check("Jane Doe blamed the first-round exit on Acme.", names, &[]);
    check(
        "Jane Doe plans to exit Acme by June.",
        names,
        &["LEAVE Jane Doe @Acme hypothetical"],
    );
    check(
        "Jane Doe will return to Acme.",
        names,
        &["JOIN Jane Doe @Acme asserted"],
    );
}

#[test]
fn appositive_person_with_a_courtesy_title() {
    check(
        "Brightline Labs's chief scientist, Dr. Marcus Feld, has resigned to join OpenAI.",
        &["C:Brightline Labs", "P:Marcus Feld", "C:OpenAI"],
        &[
            "LEAVE Marcus Feld @Brightline Labs [chief scientist] asserted",
            "JOIN Marcus Feld @OpenAI asserted",
        ],
    );
    check(
        "Halloran Foods' finance director, Mrs Joan Tate, quit on Friday.",
        &["C:Halloran Foods", "P:Joan Tate"],
        &["LEAVE Joan Tate @Halloran Foods [finance director] asserted"],
    );
    // A courtesy title in an appositive that is no subject of the move.
    check(
        "The company hired a new adviser, Dr. Ken Ito, who has never left Osaka.",
        &["P:Ken Ito"],
        &[],
    );
}

#[test]
fn non_company_organisations_are_move_organisations() {
    check(
        "Maria Lopez resigned as head of the Tariff Review Board on Monday.",
        &["O:Tariff Review Board", "P:Maria Lopez"],
        &["LEAVE Maria Lopez @Tariff Review Board [head] asserted"],
    );
    check(
        "Harbour City Council appointed Omar Said as its treasurer.",
        &["O:Harbour City Council", "P:Omar Said"],
        &["JOIN Omar Said @Harbour City Council [treasurer] asserted"],
    );
    check(
        "Omar Said, the former treasurer of Harbour City Council, spoke on Monday.",
        &["O:Harbour City Council", "P:Omar Said"],
        &[],
    );
}

#[test]
fn bare_club_names_before_a_role() {
    check(
        "Harbourside manager Tom Reyes has resigned after two seasons.",
        &["P:Tom Reyes"],
        &["LEAVE Tom Reyes @Harbourside [manager] asserted"],
    );
    check(
        "Tom Reyes stepped down as Harbourside chairman in March.",
        &["P:Tom Reyes"],
        &["LEAVE Tom Reyes @Harbourside [chairman] asserted"],
    );
    // A demonym or an opening adjective is no organisation.
    check(
        "French chairman Tom Reyes has resigned.",
        &["P:Tom Reyes"],
        &["LEAVE Tom Reyes @- [chairman] asserted"],
    );
    check(
        "Tom Reyes did not resign as Harbourside chairman.",
        &["P:Tom Reyes"],
        &["LEAVE Tom Reyes @Harbourside [chairman] negated"],
    );
    check(
        "Former Harbourside chairman Tom Reyes spoke on Monday.",
        &["P:Tom Reyes"],
        &[],
    );
}

#[test]
fn succession_gives_join_and_leave() {
    check(
        "Jane Doe will succeed Tom Reyes as chief executive of Acme next month.",
        &["C:Acme", "P:Jane Doe", "P:Tom Reyes"],
        &[
            "JOIN Jane Doe @Acme [chief executive] asserted",
            "LEAVE Tom Reyes @Acme [chief executive] asserted",
        ],
    );
    check(
        "Tom Reyes is to be replaced by Jane Doe at Acme.",
        &["C:Acme", "P:Jane Doe", "P:Tom Reyes"],
        &[
            "JOIN Jane Doe @Acme asserted",
            "LEAVE Tom Reyes @Acme asserted",
        ],
    );
    check(
        "Initech chairman Jane Doe is to succeed Mr Reyes at the head of Acme.",
        &["C:Acme", "C:Initech", "P:Jane Doe", "P:Reyes=Tom Reyes"],
        &[
            "JOIN Jane Doe @Acme asserted",
            "LEAVE Tom Reyes @Acme asserted",
        ],
    );
    // No person object: no succession.
    for text in [
        "Acme will replace the ageing fleet next year.",
        "Jane Doe hopes to succeed in business.",
    ] {
        check(text, &["C:Acme", "P:Jane Doe"], &[]);
    }
}

#[test]
fn player_substitutions_are_no_succession() {
    for text in [
        "Tom Reyes replaces Jane Doe on the wing for Saturday's match.",
        "Jane Doe came off the bench to replace Tom Reyes.",
    ] {
        check(text, &["P:Jane Doe", "P:Tom Reyes"], &[]);
    }
}

#[test]
fn repeated_mentions_merge_into_one_event() {
    check(
        "Tom Reyes has resigned. Acme said Tom Reyes resigned as chief executive of Acme.",
        &["C:Acme", "P:Tom Reyes"],
        &["LEAVE Tom Reyes @Acme [chief executive] asserted"],
    );
    // The strongest polarity wins: hypothetical first, asserted later.
    check(
        "Tom Reyes plans to leave Acme. On Friday Tom Reyes left Acme.",
        &["C:Acme", "P:Tom Reyes"],
        &["LEAVE Tom Reyes @Acme asserted"],
    );
    check(
        "Tom Reyes said he did not resign from Acme.",
        &["C:Acme", "P:Tom Reyes"],
        &["LEAVE Tom Reyes @Acme negated"],
    );
}

#[test]
fn nominal_and_become_moves() {
    let names = &["C:Acme", "P:Tom Reyes", "P:Jane Doe"];
    check(
        "Staff were told of Tom Reyes's departure from Acme on Monday.",
        names,
        &["LEAVE Tom Reyes @Acme asserted"],
    );
    check(
        "The board accepted the resignation of Tom Reyes as chairman of Acme.",
        names,
        &["LEAVE Tom Reyes @Acme [chairman] asserted"],
    );
    check(
        "Outgoing Acme chairman Tom Reyes said the deal was good.",
        names,
        &["LEAVE Tom Reyes @Acme [chairman] asserted"],
    );
    check(
        "Jane Doe became chief executive of Acme in 2001.",
        names,
        &["JOIN Jane Doe @Acme [chief executive] asserted"],
    );
    // No post, no organisation, or a former title: nothing.
    for text in [
        "Jane Doe became the first woman to swim the channel.",
        "Tom Reyes announced his retirement from tennis.",
        "Jane Doe's appointment with the dentist was cancelled.",
        "Former Acme chairman Tom Reyes said the deal was good.",
    ] {
        check(text, &["P:Tom Reyes", "P:Jane Doe"], &[]);
    }
}

#[test]
fn taking_charge_and_taking_up_a_post() {
    let names = &["C:Acme", "P:Tom Reyes", "P:Jane Doe"];
    check(
        "Jane Doe took charge of Acme in 2000.",
        names,
        &["JOIN Jane Doe @Acme asserted"],
    );
    check(
        "Tom Reyes took up his post at Acme in May.",
        names,
        &["JOIN Tom Reyes @Acme asserted"],
    );
    for text in [
        "Detective Jane Doe took charge of the investigation.",
        "Tom Reyes was made redundant last year.",
    ] {
        check(text, &["P:Tom Reyes", "P:Jane Doe"], &[]);
    }
}

#[test]
fn wishes_and_hopes_are_hypothetical() {
    check(
        "Tom Reyes wants to join Acme next season.",
        &["C:Acme", "P:Tom Reyes"],
        &["JOIN Tom Reyes @Acme hypothetical"],
    );
    check(
        "Jane Doe would like to succeed Tom Reyes as chairman of Acme.",
        &["C:Acme", "P:Tom Reyes", "P:Jane Doe"],
        &[
            "JOIN Jane Doe @Acme [chairman] hypothetical",
            "LEAVE Tom Reyes @Acme [chairman] hypothetical",
        ],
    );
    check(
        "Jane Doe hopes to succeed Tom Reyes as chairman of Acme.",
        &["C:Acme", "P:Tom Reyes", "P:Jane Doe"],
        &[
            "JOIN Jane Doe @Acme [chairman] hypothetical",
            "LEAVE Tom Reyes @Acme [chairman] hypothetical",
        ],
    );
}
