//! The event stage on the error classes seen in real news (issue 11), one test per class,
//! each with sentences where the rule must fire and where it must not. The sentences are
//! written for these tests. Entities are given by hand (persons, and only the organisations
//! an entity stage would know), so the rules are measured apart from the entity stage.

mod common;

use common::marked::{events, expect, has, mark};
use news_extract::events::find_events;
use news_extract::{Event, EventType, Polarity, Segmenter};

#[test]
fn bare_club_before_a_role_is_the_organisation() {
    let t = "Tottenham manager Jacques Santini has resigned. Santini said it was hard.";
    let evs = events(t, &["Jacques Santini"], &[]);
    expect(&evs, EventType::Leave, "Jacques Santini", Some("Tottenham"));
    // A portfolio title names no organisation; a courtesy title makes a person, not a club.
    let t = "Home Secretary Jane Doe has resigned. Mr Sans resigning was no surprise.";
    let evs = events(t, &["Jane Doe"], &[]);
    assert!(evs.iter().all(|e| e.org.is_none()), "{evs:#?}");
}

#[test]
fn bare_organisation_after_at_or_by() {
    let t = "Glenn Hoddle was sacked at Swindham in 2003.";
    let evs = events(t, &["Glenn Hoddle"], &[]);
    expect(&evs, EventType::Leave, "Glenn Hoddle", Some("Swindham"));
    let t = "Glenn Hoddle was sacked at Christmas.";
    let evs = events(t, &["Glenn Hoddle"], &[]);
    assert!(evs.iter().all(|e| e.org.is_none()), "{evs:#?}");
}

#[test]
fn organisation_that_acts_on_the_mover() {
    let t = "Wolvesham appoint Glenn Hoddle as manager. The club is in the second tier.";
    let evs = events(t, &["Glenn Hoddle"], &[]);
    expect(&evs, EventType::Join, "Glenn Hoddle", Some("Wolvesham"));
    let t = "Ashby Rowe is parting company with its chief executive Ann Mohd. \
             The retailer said Ms Mohd had resigned for personal reasons.";
    let evs = events(t, &["Ann Mohd"], &[]);
    expect(&evs, EventType::Leave, "Ann Mohd", Some("Ashby Rowe"));
    assert_eq!(evs.len(), 1, "{evs:#?}");
    // "Wolvesham were beaten": no act on a person, no organisation invented.
    let t = "Wolvesham were beaten again. Glenn Hoddle resigned.";
    let evs = events(t, &["Glenn Hoddle"], &[]);
    assert!(evs.iter().all(|e| e.org.is_none()), "{evs:#?}");
}

#[test]
fn name_ending_in_an_organisation_word() {
    let t = "The outgoing head of the troubled Child Payments Agency Doug Smith also earns an \
             honour. Officials at the Home Office were pleased.";
    let evs = events(t, &["Doug Smith"], &["Home Office"]);
    expect(
        &evs,
        EventType::Leave,
        "Doug Smith",
        Some("Child Payments Agency"),
    );
}

#[test]
fn appositive_after_a_corporate_noun_names_the_organisation() {
    let t = "Three executives of the state airline, Aer Lindus, are set to leave. \
             Mr Walsh, who took charge in 2000, said little.";
    let evs = events(t, &["Willie Walsh", "Walsh"], &[]);
    expect(&evs, EventType::Join, "Willie Walsh", Some("Aer Lindus"));
}

#[test]
fn description_opening_the_sentence_is_the_main_person() {
    let t = "The guitarist with rock band Kornet has quit the music business. \
             Brian Welch said he had found religion. Welch will play in church.";
    let evs = events(t, &["Brian Welch", "Welch"], &[]);
    expect(&evs, EventType::Leave, "Brian Welch", Some("Kornet"));
    // No person named twice: nobody to resolve the description to.
    let t = "The guitarist with rock band Kornet has quit the music business.";
    assert!(events(t, &[], &[]).is_empty());
}

#[test]
fn unveil_as_a_role_is_a_join() {
    let t = "Southford will unveil Harry Redknapp as their new manager on Wednesday.";
    let evs = events(t, &["Harry Redknapp"], &["Southford"]);
    expect(&evs, EventType::Join, "Harry Redknapp", Some("Southford"));
    let t = "Apple will unveil a new phone on Wednesday, said Tim Cook.";
    assert!(events(t, &["Tim Cook"], &["Apple"]).is_empty());
}

#[test]
fn predecessor_and_successor_name_who_left() {
    let t = "McDonald's said Mr Bell took over as chief executive after his predecessor as \
             CEO, Jim Cantalupo, died.";
    let evs = events(
        t,
        &["Charlie Bell", "Bell", "Jim Cantalupo"],
        &["McDonald's"],
    );
    expect(&evs, EventType::Leave, "Jim Cantalupo", Some("McDonald's"));
    let t = "Wolvesham confirmed Glenn Hoddle will be unveiled as the successor to Dave Jones.";
    let evs = events(t, &["Glenn Hoddle", "Dave Jones"], &["Wolvesham"]);
    expect(&evs, EventType::Leave, "Dave Jones", Some("Wolvesham"));
    let t = "The iPad is the successor to the iPod, Apple said.";
    assert!(events(t, &[], &["Apple"]).is_empty());
}

#[test]
fn took_over_from_is_a_succession() {
    let t = "UK Sprint appointed Dave Collins on Monday. Collins takes over from Max Jones.";
    let evs = events(t, &["Dave Collins", "Collins", "Max Jones"], &["UK Sprint"]);
    expect(&evs, EventType::Leave, "Max Jones", Some("UK Sprint"));
    let t = "Rain took over from sunshine on Monday.";
    assert!(events(t, &[], &[]).is_empty());
}

#[test]
fn nominal_move_names_every_person_of_a_list() {
    let t = "Shell said the scandal led to the resignation of its chairman, Sir Phil Watts, \
             and production chief Walter van der Vijver.";
    let evs = events(t, &["Phil Watts", "Walter van der Vijver"], &["Shell"]);
    expect(&evs, EventType::Leave, "Phil Watts", Some("Shell"));
    expect(
        &evs,
        EventType::Leave,
        "Walter van der Vijver",
        Some("Shell"),
    );
    let t = "Chester said Rush followed the departure of former Liverpool team-mate Mark Wright.";
    let evs = events(
        t,
        &["Ian Rush", "Rush", "Mark Wright"],
        &["Chester", "Liverpool"],
    );
    expect(&evs, EventType::Leave, "Mark Wright", Some("Chester"));
    // A list of things, not people.
    let t = "Shell said the departure of its tankers, rigs and ships was delayed.";
    assert!(events(t, &[], &["Shell"]).is_empty());
}

#[test]
fn article_organisation_for_a_move_that_names_none() {
    let t = "Fiat has been restructured. Fiat lost money for years. The board met. \
             Shareholders were unhappy. Analysts were gloomy. Talks broke down. \
             Banks refused. Then Mr Morchio subsequently resigned.";
    let evs = events(t, &["Giuseppe Morchio", "Morchio"], &["Fiat"]);
    expect(&evs, EventType::Leave, "Giuseppe Morchio", Some("Fiat"));
    assert_eq!(evs[0].polarity, Polarity::Asserted);
}

#[test]
fn offsets_point_at_the_mentions_used() {
    let t = "Acme said Jane Doe resigned as chief financial officer.";
    let evs = events(t, &["Jane Doe"], &["Acme"]);
    let e = &evs[0];
    let (ps, pe) = (e.person_start.unwrap(), e.person_end.unwrap());
    assert_eq!(&t[ps..pe], "Jane Doe");
    let (os, oe) = (e.org_start.unwrap(), e.org_end.unwrap());
    assert_eq!(&t[os..oe], "Acme");
    // A pronoun's antecedent in an earlier sentence; a null organisation has no offsets.
    let t = "Jane Doe is a writer. She quit rival companies.";
    let evs = events(t, &["Jane Doe"], &[]);
    let e = &evs[0];
    assert_eq!(
        &t[e.person_start.unwrap()..e.person_end.unwrap()],
        "Jane Doe"
    );
    assert_eq!(
        (e.org.as_deref(), e.org_start, e.org_end),
        (None, None, None)
    );
}

#[test]
fn group_with_named_members_moves_person_by_person() {
    let t = "The two most senior executives at Fannie Mae have resigned. Chief executive \
             Frank Raines and finance chief Tim Howard have left the firm.";
    let evs = events(t, &["Frank Raines", "Tim Howard"], &["Fannie Mae"]);
    expect(&evs, EventType::Leave, "Frank Raines", Some("Fannie Mae"));
    expect(&evs, EventType::Leave, "Tim Howard", Some("Fannie Mae"));
    assert!(evs.iter().all(|e| !e.group), "{evs:#?}");
    let t = "The three Acme directors - Ann Bell, Bo Chan and Cy Dow - have all left the company.";
    let evs = events(t, &["Ann Bell", "Bo Chan", "Cy Dow"], &["Acme"]);
    for p in ["Ann Bell", "Bo Chan", "Cy Dow"] {
        expect(&evs, EventType::Leave, p, Some("Acme"));
    }
    // Counted, but the next sentence names fewer people: the group stays a group.
    let t = "Three senior engineers at Acme have resigned. Analyst Ann Bell was surprised.";
    let evs = events(t, &["Ann Bell"], &["Acme"]);
    assert!(evs.iter().all(|e| e.person != "Ann Bell"), "{evs:#?}");
}

#[test]
fn parenthesis_between_dashes_before_the_verb() {
    let t = "Dr Greenspan - who became chairman of the Federal Reserve in 1987 - will step down \
             in January.";
    let evs = events(t, &["Alan Greenspan", "Greenspan"], &["Federal Reserve"]);
    expect(
        &evs,
        EventType::Leave,
        "Alan Greenspan",
        Some("Federal Reserve"),
    );
}

#[test]
fn holdings_are_no_posts_and_appointed_alone_is_a_join() {
    let t = "Khodorkovsky quits Yukos shares.";
    assert!(events(t, &["Khodorkovsky"], &["Yukos"]).is_empty());
    let t = "Chester said Rush was appointed at the end of August.";
    let evs = events(t, &["Ian Rush", "Rush"], &["Chester"]);
    expect(&evs, EventType::Join, "Ian Rush", Some("Chester"));
    // Not a person's appointment: "appointed" with nothing after an object.
    let t = "Chester appointed a committee at the end of August.";
    assert!(events(t, &[], &["Chester"]).is_empty());
}

#[test]
fn sports_and_bare_retirements_name_no_post() {
    for t in [
        "Sprinter Mike Jonson retired shortly after his 34th birthday.",
        "Tim Henmon has retired from Great Britain's Davis Cup team.",
        "Carl Moyas had to retire with an ankle injury in the first set.",
        "Mike Jonson decided to retire from international rugby.",
    ] {
        let evs = events(t, &["Mike Jonson", "Tim Henmon", "Carl Moyas"], &[]);
        assert!(evs.is_empty(), "{t}: {evs:#?}");
    }
    // A retirement from a post still counts.
    let t = "Acme chairman Jane Doe will retire next year.";
    let evs = events(t, &["Jane Doe"], &["Acme"]);
    expect(&evs, EventType::Leave, "Jane Doe", Some("Acme"));
    let t = "Jane Doe will retire as chairman of Acme in May.";
    let evs = events(t, &["Jane Doe"], &["Acme"]);
    expect(&evs, EventType::Leave, "Jane Doe", Some("Acme"));
}

#[test]
fn taking_a_post() {
    let t = "Stan Fisher has agreed to take the Bank of Ruritania job, the bank said.";
    let evs = events(t, &["Stan Fisher"], &["Bank of Ruritania"]);
    expect(
        &evs,
        EventType::Join,
        "Stan Fisher",
        Some("Bank of Ruritania"),
    );
    let t = "Bombardier said Laurent Beaudoin will take on the role of CEO.";
    let evs = events(t, &["Laurent Beaudoin"], &["Bombardier"]);
    expect(
        &evs,
        EventType::Join,
        "Laurent Beaudoin",
        Some("Bombardier"),
    );
    let t = "Van Comm dropped out to take on the same role with the Dutch Olympic Committee.";
    let evs = events(t, &["Van Comm"], &[]);
    expect(
        &evs,
        EventType::Join,
        "Van Comm",
        Some("Dutch Olympic Committee"),
    );
    // No post: "took the job seriously" with nothing named, "take on the role of villain".
    let t = "Jane Doe took the job seriously. Jane Doe will take on the role of a villain.";
    assert!(events(t, &["Jane Doe"], &[]).is_empty());
}

#[test]
fn subject_before_an_appositive_and_acronym_led_names() {
    let t = "UK Sprinting named a new performance director on Monday. Dave Cole, who worked with \
             the British teams at two Olympics, takes over from Max Jonas.";
    let evs = events(t, &["Dave Cole", "Max Jonas"], &[]);
    expect(&evs, EventType::Leave, "Max Jonas", Some("UK Sprinting"));
    expect(&evs, EventType::Join, "Dave Cole", Some("UK Sprinting"));
    // The appositive holds another person: the nearest one before the verb is not used.
    let t = "Ann Bell, a friend of Cy Dow, takes over from Max Jonas at Acme.";
    let evs = events(t, &["Ann Bell", "Cy Dow", "Max Jonas"], &["Acme"]);
    assert!(evs.iter().all(|e| e.person != "Cy Dow"), "{evs:#?}");
}

#[test]
fn team_selection_is_no_succession() {
    let t = "The only change to the Ireland side sees Johnny Conor replacing Denis Leam. \
             Ireland coach Eddie Doyle said he was pleased.";
    let evs = events(t, &["Johnny Conor", "Denis Leam", "Eddie Doyle"], &[]);
    assert!(evs.is_empty(), "{evs:#?}");
    let t = "Kevin Morgs is favourite to replace Gareth Thom at full-back for Wales.";
    let evs = events(t, &["Kevin Morgs", "Gareth Thom"], &["Wales"]);
    assert!(evs.is_empty(), "{evs:#?}");
    // A manager's succession still is one.
    let t = "Harry Rednap replaces Steve Wigg as manager of Southford.";
    let evs = events(t, &["Harry Rednap", "Steve Wigg"], &["Southford"]);
    expect(&evs, EventType::Leave, "Steve Wigg", Some("Southford"));
}

#[test]
fn organisation_named_as_the_article_writes_it() {
    // An entity stage that expands a club's short name to a canonical the text never writes:
    // the event names the organisation as the article does.
    let t = "Bramley manager Tom Reeve has resigned. Reeve said it was hard.";
    let seg = Segmenter::new();
    let mut ents = mark(t, &["Tom Reeve"], &["Bramley"]);
    for e in &mut ents {
        if e.text == "Bramley" {
            e.canonical = "Bramley Rovers".into();
        }
    }
    let evs = find_events(t, &seg.split(t), &seg.tokenize(t), &ents, &[]).0;
    expect(&evs, EventType::Leave, "Tom Reeve", Some("Bramley"));
    // A canonical the text does write stays, even when a shorter mention comes first.
    let t = "Bramley manager Tom Reeve has resigned from Bramley Rovers.";
    let mut ents = mark(t, &["Tom Reeve"], &["Bramley Rovers", "Bramley"]);
    for e in &mut ents {
        e.canonical = if e.text == "Bramley" {
            "Bramley Rovers".into()
        } else {
            e.canonical.clone()
        };
    }
    let evs = find_events(t, &seg.split(t), &seg.tokenize(t), &ents, &[]).0;
    expect(&evs, EventType::Leave, "Tom Reeve", Some("Bramley Rovers"));
}

#[test]
fn a_move_naming_no_organisation_is_about_the_headline_organisation() {
    let t = "Harbex coach quits\n\nThe coach of Harbex, Ann Bell, has resigned. She wants to \
             go back to Quell. She played for Quell for years. The fans were sad. Deputy Tom \
             Rook has been appointed.";
    let evs = events(t, &["Ann Bell", "Tom Rook"], &["Harbex", "Quell"]);
    expect(&evs, EventType::Join, "Tom Rook", Some("Harbex"));
    // A company the move's own words name still wins over the headline's.
    let t = "Harbex coach quits\n\nThe coach of Harbex, Ann Bell, has resigned. She wants to \
             go back to Quell. Tom Rook has been appointed by Quell.";
    let evs = events(t, &["Ann Bell", "Tom Rook"], &["Harbex", "Quell"]);
    expect(&evs, EventType::Join, "Tom Rook", Some("Quell"));
    assert!(
        !has(&evs, EventType::Join, "Tom Rook", Some("Harbex")),
        "{evs:#?}"
    );
}

#[test]
fn a_later_nominal_mention_keeps_the_organisation_of_the_move() {
    let t = "Ann Bell has resigned as head of Harbex. Quell shares rose on Monday. Quell \
             bought a plant. Quell hired staff. Ms Bell's departure was reported widely.";
    let evs = events(t, &["Ann Bell", "Bell"], &["Harbex", "Quell"]);
    expect(&evs, EventType::Leave, "Ann Bell", Some("Harbex"));
    let leaves = evs.iter().filter(|e| e.kind == EventType::Leave).count();
    assert_eq!(leaves, 1, "{evs:#?}");
    // A nominal move that names its own organisation stays a move of its own.
    let t = "Ann Bell has resigned as head of Harbex. She later announced her departure from \
             Quell as well. Ann Bell's departure from Quell was a surprise.";
    let evs = events(t, &["Ann Bell"], &["Harbex", "Quell"]);
    expect(&evs, EventType::Leave, "Ann Bell", Some("Harbex"));
    expect(&evs, EventType::Leave, "Ann Bell", Some("Quell"));
}

#[test]
fn a_succession_naming_no_organisation_keeps_the_leavers_move() {
    let t = "Ann Bell will leave Harbex in May. Quell shares rose on Monday. Quell bought a \
             plant. Quell hired staff. Tom Rook is set to replace Ms Bell as chairman.";
    let evs = events(t, &["Ann Bell", "Bell", "Tom Rook"], &["Harbex", "Quell"]);
    expect(&evs, EventType::Leave, "Ann Bell", Some("Harbex"));
    assert!(
        !has(&evs, EventType::Leave, "Ann Bell", Some("Quell")),
        "{evs:#?}"
    );
    // A succession that names its organisation keeps it.
    let t = "Ann Bell will leave Harbex in May. Tom Rook is set to replace Ms Bell as \
             chairman of Quell.";
    let evs = events(t, &["Ann Bell", "Bell", "Tom Rook"], &["Harbex", "Quell"]);
    expect(&evs, EventType::Join, "Tom Rook", Some("Quell"));
}

#[test]
fn counted_group_before_a_finite_chain_with_an_infinitive() {
    // "are set to leave": a finite verb opens the chain, so the group before it moves; its
    // members are named in the next sentence.
    let t = "Four senior managers of the carrier, Skyline Air, are set to leave in March. \
             The four are Ann Bell, Bo Chan, Cy Dow and Di Eze.";
    let evs = events(
        t,
        &["Ann Bell", "Bo Chan", "Cy Dow", "Di Eze"],
        &["Skyline Air"],
    );
    for p in ["Ann Bell", "Bo Chan", "Cy Dow", "Di Eze"] {
        expect(&evs, EventType::Leave, p, Some("Skyline Air"));
    }
    let t = "Two directors of Skyline Air are due to quit next month. \
             They are Ann Bell and Bo Chan.";
    let evs = events(t, &["Ann Bell", "Bo Chan"], &["Skyline Air"]);
    expect(&evs, EventType::Leave, "Ann Bell", Some("Skyline Air"));
    expect(&evs, EventType::Leave, "Bo Chan", Some("Skyline Air"));
    // A company before the chain moves nobody; "are set to quit" is no passive.
    let t = "Skyline Air is set to leave the alliance. Ann Bell runs it.";
    let evs = events(t, &["Ann Bell"], &["Skyline Air"]);
    assert!(evs.is_empty(), "{evs:#?}");
    let t = "Ann Bell and Bo Chan are set to quit Skyline Air in May.";
    let evs = events(t, &["Ann Bell", "Bo Chan"], &["Skyline Air"]);
    expect(&evs, EventType::Leave, "Bo Chan", Some("Skyline Air"));
}

#[test]
fn passive_appointment_forms() {
    // "before being elected to <body>": the main clause's subject, the body named.
    let t = "Ann Bell sat on the city council before being elected to Parliament in 1992.";
    let evs = events(t, &["Ann Bell"], &["Parliament"]);
    expect(&evs, EventType::Join, "Ann Bell", Some("Parliament"));
    // "appointed to his post": a move, its organisation from the context.
    let t = "Bo Chan was appointed to his post in 2002.";
    let evs = events(t, &["Bo Chan"], &[]);
    assert!(
        evs.iter()
            .any(|e| e.kind == EventType::Join && e.person == "Bo Chan"),
        "{evs:#?}"
    );
    // "was made <role>".
    let t = "Sir Cy Dow was made permanent secretary in April 2001.";
    let evs = events(t, &["Cy Dow"], &[]);
    let e = evs
        .iter()
        .find(|e| e.person == "Cy Dow")
        .expect("JOIN Cy Dow");
    assert_eq!(e.role.as_deref(), Some("permanent secretary"));
    // A bare "took the helm": a move.
    let t = "Di Eze, a retail veteran, took the helm in November after a long search.";
    let evs = events(t, &["Di Eze"], &[]);
    assert!(
        evs.iter()
            .any(|e| e.kind == EventType::Join && e.person == "Di Eze"),
        "{evs:#?}"
    );
    // Not: elected to an honour, named to a magazine's list.
    let t = "Ann Bell was elected to the Hall of Fame. Bo Chan was named to Fortune's list.";
    let evs = events(t, &["Ann Bell", "Bo Chan"], &["Fortune"]);
    assert!(evs.is_empty(), "{evs:#?}");
}

#[test]
fn relieved_of_duties_is_a_departure() {
    let t = "Ann Bell, who has been relieved of first-team duties, was at the ground.";
    let evs = events(t, &["Ann Bell"], &[]);
    expect(&evs, EventType::Leave, "Ann Bell", None);
    let t = "Bo Chan was relieved of his command by Arden Shipping on Monday.";
    let evs = events(t, &["Bo Chan"], &["Arden Shipping"]);
    expect(&evs, EventType::Leave, "Bo Chan", Some("Arden Shipping"));
    // Relief, not a move.
    let t = "Ann Bell was relieved to hear it. Bo Chan was relieved of the burden.";
    let evs = events(t, &["Ann Bell", "Bo Chan"], &[]);
    assert!(evs.is_empty(), "{evs:#?}");
}

#[test]
fn reduced_passive_after_one_of_a_group() {
    let t = "\"We saw it coming,\" said Jo Cole, one of the engineers sacked by Initech.";
    let evs = events(t, &["Jo Cole"], &["Initech"]);
    expect(&evs, EventType::Leave, "Jo Cole", Some("Initech"));
    // The person is not one of the group.
    let t = "Jo Cole praised the engineers sacked by Initech.";
    let evs = events(t, &["Jo Cole"], &["Initech"]);
    assert!(evs.iter().all(|e| e.person != "Jo Cole"), "{evs:#?}");
}

#[test]
fn put_in_charge_out_of_retirement_and_brought_in() {
    // "put in charge of" a description whose appositive names the organisation.
    let t = "Ann Bell is to move after being put in charge of one of the city's oldest \
             publishers, Quill House.";
    let evs = events(t, &["Ann Bell"], &["Quill House"]);
    expect(&evs, EventType::Join, "Ann Bell", Some("Quill House"));
    // "put in charge of the side": a move; "of the investigation": none.
    let t = "Bo Chan was put in charge of the side in May.";
    let evs = events(t, &["Bo Chan"], &[]);
    assert!(evs.iter().any(|e| e.kind == EventType::Join), "{evs:#?}");
    let t = "Bo Chan was put in charge of the investigation.";
    assert!(events(t, &["Bo Chan"], &[]).is_empty());
    // "came out of retirement to run <org>".
    let t = "Cy Dow, who came out of retirement to turn Brightmart around, died.";
    let evs = events(t, &["Cy Dow"], &["Brightmart"]);
    expect(&evs, EventType::Join, "Cy Dow", Some("Brightmart"));
    // Out of retirement to play: no organisation run, no move.
    let t = "Cy Dow came out of retirement to play one more season.";
    assert!(events(t, &["Cy Dow"], &[]).is_empty());
    // "bring in X as <role>", "was brought in as <role>".
    let t = "The owner decided to bring in Di Eze as executive director.";
    let evs = events(t, &["Di Eze"], &[]);
    let e = evs
        .iter()
        .find(|e| e.person == "Di Eze")
        .expect("JOIN Di Eze");
    assert_eq!(e.role.as_deref(), Some("executive director"));
    let t = "Di Eze was brought in as chief executive of Brightmart last year.";
    let evs = events(t, &["Di Eze"], &["Brightmart"]);
    expect(&evs, EventType::Join, "Di Eze", Some("Brightmart"));
    // Bringing in rules, not people.
    let t = "Di Eze brought in new rules as chief executive.";
    assert!(events(t, &["Di Eze"], &[]).is_empty());
}

#[test]
fn career_histories() {
    let t = "Ann Bell began her managerial career as player-coach with Ashvale before moving \
             on to Brookfield.";
    let evs = events(t, &["Ann Bell"], &["Ashvale", "Brookfield"]);
    expect(&evs, EventType::Join, "Ann Bell", Some("Ashvale"));
    expect(&evs, EventType::Leave, "Ann Bell", Some("Ashvale"));
    expect(&evs, EventType::Join, "Ann Bell", Some("Brookfield"));
    let e = evs
        .iter()
        .find(|e| e.org.as_deref() == Some("Ashvale") && e.kind == EventType::Join)
        .expect("JOIN Ashvale");
    assert_eq!(e.role.as_deref(), Some("player-coach"));
    let t = "Bo Chan moved from Ashvale to Brookfield in 2001.";
    let evs = events(t, &["Bo Chan"], &["Ashvale", "Brookfield"]);
    expect(&evs, EventType::Leave, "Bo Chan", Some("Ashvale"));
    expect(&evs, EventType::Join, "Bo Chan", Some("Brookfield"));
    // The noun, a company moving, a career with no organisation: no move.
    let t = "Bo Chan rejected a move to Brookfield. Ashvale moved to Brookfield's old offices. \
             Cy Dow began his career in the theatre.";
    let evs = events(t, &["Bo Chan", "Cy Dow"], &["Ashvale", "Brookfield"]);
    assert!(evs.is_empty(), "{evs:#?}");
}

#[test]
fn pronoun_after_an_agent_means_the_subject() {
    // "he" in a later sentence: not the person who announced the move ("by Y").
    let t = "Tom Reyes's departure was announced by Work Secretary Alan Grey on Monday. \
             The move surprised many. Officials now say he did not resign.";
    let evs = events(t, &["Tom Reyes", "Alan Grey"], &[]);
    assert!(evs.iter().all(|e| e.person != "Alan Grey"), "{evs:#?}");
    // The stronger mention of the same move wins.
    let e = evs
        .iter()
        .find(|e| e.person == "Tom Reyes")
        .expect("LEAVE Tom Reyes");
    assert_eq!(e.polarity, Polarity::Asserted);
    // Without an agent, the nearest person stays.
    let t = "Alan Grey met Tom Reyes on Monday. Later he resigned as chairman of Brightmart.";
    let evs = events(t, &["Tom Reyes", "Alan Grey"], &["Brightmart"]);
    expect(&evs, EventType::Leave, "Tom Reyes", Some("Brightmart"));
}

#[test]
fn return_and_lure_forms() {
    // "accepted the invitation to return full-time to <org>": the one invited returns.
    let t = "Ann Bell said she had accepted the invitation to return full-time to Brightmart.";
    let evs = events(t, &["Ann Bell"], &["Brightmart"]);
    expect(&evs, EventType::Join, "Ann Bell", Some("Brightmart"));
    // "lured to <place> by <org>".
    let t = "Bo Chan was lured to London by Brightmart in 2003.";
    let evs = events(t, &["Bo Chan"], &["Brightmart"]);
    expect(&evs, EventType::Join, "Bo Chan", Some("Brightmart"));
    // Lured by a promise, a bare "return": no move.
    let t = "Bo Chan was lured by the promise of riches. His return was delayed.";
    assert!(events(t, &["Bo Chan"], &[]).is_empty());
}

#[test]
fn appositive_without_its_closing_comma() {
    let t = "Ruth Adler, the German co-head of Brightmart will also step down next year.";
    let evs = events(t, &["Ruth Adler"], &["Brightmart"]);
    expect(&evs, EventType::Leave, "Ruth Adler", Some("Brightmart"));
    // A role head with no appositive before it: no person to take.
    let t = "Ruth Adler met analysts and the head of Brightmart will step down next year.";
    let evs = events(t, &["Ruth Adler"], &["Brightmart"]);
    assert!(evs.iter().all(|e| e.person != "Ruth Adler"), "{evs:#?}");
}

#[test]
fn another_term_is_no_move_and_an_incumbent_leaves_the_post_just_named() {
    let t = "Ann Bell - who became chairman of Brightmart for a fifth term in June - will \
             step down next year.";
    let evs = events(t, &["Ann Bell"], &["Brightmart"]);
    assert!(evs.iter().all(|e| e.kind == EventType::Leave), "{evs:#?}");
    expect(&evs, EventType::Leave, "Ann Bell", Some("Brightmart"));
    // "Previous incumbent X steps down": the post named before, not the ministry X argued with.
    let t = "Bo Chan has agreed to take the Central Bank of Arden job. His nomination came as a \
             surprise. Previous incumbent Cy Dow, who often argued with the Finance Ministry, \
             steps down in January.";
    let evs = events(
        t,
        &["Bo Chan", "Cy Dow"],
        &["Central Bank of Arden", "Finance Ministry"],
    );
    expect(
        &evs,
        EventType::Join,
        "Bo Chan",
        Some("Central Bank of Arden"),
    );
    expect(
        &evs,
        EventType::Leave,
        "Cy Dow",
        Some("Central Bank of Arden"),
    );
}

#[test]
fn joined_on_the_board_by() {
    let t = "On Brightmart's new board it is understood that Ann Bell will be joined by former \
             finance director Bo Chan and Bates' lawyer Cy Dow.";
    let evs = events(
        t,
        &["Ann Bell", "Bo Chan", "Cy Dow", "Bates"],
        &["Brightmart"],
    );
    expect(&evs, EventType::Join, "Bo Chan", Some("Brightmart"));
    expect(&evs, EventType::Join, "Cy Dow", Some("Brightmart"));
    assert!(
        evs.iter()
            .all(|e| e.person != "Bates" && e.person != "Ann Bell")
    );
    let e = evs
        .iter()
        .find(|e| e.person == "Bo Chan")
        .expect("JOIN Bo Chan");
    assert_eq!(e.polarity, Polarity::Hypothetical, "'it is understood'");
    // A new venture is not the organisation the text was about: no organisation to give.
    let t = "Ann Bell quit Brightmart. She was joined in the new venture by Bo Chan.";
    let evs = events(t, &["Ann Bell", "Bo Chan"], &["Brightmart"]);
    assert!(evs.iter().all(|e| e.person != "Bo Chan"), "{evs:#?}");
    // On stage, at dinner: no post.
    let t = "Ann Bell was joined on stage by Bo Chan. Cy Dow was joined by his wife, Di Eze.";
    let evs = events(t, &["Ann Bell", "Bo Chan", "Cy Dow", "Di Eze"], &[]);
    assert!(evs.is_empty(), "{evs:#?}");
}

#[test]
fn newswire_post_and_title_forms() {
    let orgs = ["Acme Corp", "Beta Inc"];
    let people = ["John Smith", "Robert Jones"];
    let role = |evs: &[Event], p: &str| {
        evs.iter()
            .find(|e| e.person == p)
            .and_then(|e| e.role.clone())
    };
    let t = "Acme Corp said John Smith has been appointed to the newly created post of \
             executive vice president.";
    let evs = events(t, &people, &orgs);
    expect(&evs, EventType::Join, "John Smith", Some("Acme Corp"));
    assert_eq!(
        role(&evs, "John Smith").as_deref(),
        Some("executive vice president")
    );
    let t = "Acme Corp named John Smith to the new position of chief economist.";
    let evs = events(t, &people, &orgs);
    assert_eq!(role(&evs, "John Smith").as_deref(), Some("chief economist"));
    let t = "Acme Corp said John Smith will assume the additional title of chief executive \
             officer.";
    let evs = events(t, &people, &orgs);
    expect(&evs, EventType::Join, "John Smith", Some("Acme Corp"));
    assert_eq!(
        role(&evs, "John Smith").as_deref(),
        Some("chief executive officer")
    );
    let t = "Acme Corp said Robert Jones has been removed as president.";
    let evs = events(t, &people, &orgs);
    expect(&evs, EventType::Leave, "Robert Jones", Some("Acme Corp"));
    // Not a post: a sports title, a tariff removed, a jacket.
    let t = "John Smith will take the title again. The tariff was removed as a gesture. \
             Robert Jones removed his jacket.";
    assert!(events(t, &people, &orgs).is_empty());
}

#[test]
fn tech_press_forms() {
    let orgs = ["Meta", "OpenAI", "Apple", "Beta Inc"];
    let t = "Meta has brought on Jane Doe as its new chief AI officer.";
    let evs = events(t, &["Jane Doe"], &orgs);
    expect(&evs, EventType::Join, "Jane Doe", Some("Meta"));
    let t = "Jane Doe announced her departure from OpenAI on Tuesday.";
    let evs = events(t, &["Jane Doe"], &orgs);
    expect(&evs, EventType::Leave, "Jane Doe", Some("OpenAI"));
    let t = "Apple has tapped Jane Doe to run its AI efforts.";
    let evs = events(t, &["Jane Doe"], &orgs);
    expect(&evs, EventType::Join, "Jane Doe", Some("Apple"));
    // Someone else's departure; a tapped phone.
    let t = "Jane Doe regretted his departure from OpenAI. Police tapped Jane Doe's phone.";
    let evs = events(t, &["Jane Doe"], &orgs);
    assert!(evs.is_empty(), "{evs:#?}");
}

#[test]
fn newswire_leave_and_join_phrases() {
    let orgs = ["Acme Corp", "Beta Inc"];
    let people = ["John Smith", "Robert Jones"];
    let t = "Acme Corp said John Smith has been elected chief executive officer, succeeding \
             Robert Jones.";
    let evs = events(t, &people, &orgs);
    expect(&evs, EventType::Join, "John Smith", Some("Acme Corp"));
    expect(&evs, EventType::Leave, "Robert Jones", Some("Acme Corp"));
    let t = "Acme Corp said Robert Jones retired as chairman and was succeeded by John Smith.";
    let evs = events(t, &people, &orgs);
    expect(&evs, EventType::Leave, "Robert Jones", Some("Acme Corp"));
    expect(&evs, EventType::Join, "John Smith", Some("Acme Corp"));
    let t = "Acme Corp said Robert Jones will give up his post as chairman.";
    expect(
        &events(t, &people, &orgs),
        EventType::Leave,
        "Robert Jones",
        Some("Acme Corp"),
    );
    let t = "Acme Corp said chairman Robert Jones will relinquish the title of chief executive.";
    expect(
        &events(t, &people, &orgs),
        EventType::Leave,
        "Robert Jones",
        Some("Acme Corp"),
    );
    let t = "Acme Corp said John Smith was retained as a consultant.";
    expect(
        &events(t, &people, &orgs),
        EventType::Join,
        "John Smith",
        Some("Acme Corp"),
    );
    let t = "Acme Corp said Robert Jones, chairman, has taken early retirement.";
    expect(
        &events(t, &people, &orgs),
        EventType::Leave,
        "Robert Jones",
        Some("Acme Corp"),
    );
    let t = "Acme Corp said John Smith was elevated to president.";
    expect(
        &events(t, &people, &orgs),
        EventType::Join,
        "John Smith",
        Some("Acme Corp"),
    );
    let t = "Acme Corp said John Smith has been designated chief operating officer.";
    expect(
        &events(t, &people, &orgs),
        EventType::Join,
        "John Smith",
        Some("Acme Corp"),
    );
    let t = "Beta Inc said it hired John Smith away from Acme Corp.";
    expect(
        &events(t, &people, &orgs),
        EventType::Leave,
        "John Smith",
        Some("Acme Corp"),
    );
    // Not posts: giving up hope, a title defended, a retained title, picked up a phone.
    let t = "John Smith will not give up hope. Robert Jones will not relinquish their title. \
             John Smith retained the title. Robert Jones picked up the phone.";
    assert!(events(t, &people, &orgs).is_empty());
}

#[test]
fn out_as_reins_step_back_and_becomes_possessive() {
    let orgs = ["Oracle", "Intel"];
    let people = ["Jane Doe", "John Roe"];
    let t = "Jane Doe is out as chief executive of Oracle after three years.";
    let evs = events(t, &people, &orgs);
    expect(&evs, EventType::Leave, "Jane Doe", Some("Oracle"));
    let t = "Jane Doe will hand the reins to John Roe at Oracle.";
    let evs = events(t, &people, &orgs);
    expect(&evs, EventType::Leave, "Jane Doe", Some("Oracle"));
    expect(&evs, EventType::Join, "John Roe", Some("Oracle"));
    let t = "Jane Doe is stepping back from her role at Oracle.";
    expect(
        &events(t, &people, &orgs),
        EventType::Leave,
        "Jane Doe",
        Some("Oracle"),
    );
    let t = "Jane Doe becomes Oracle's new chief executive.";
    expect(
        &events(t, &people, &orgs),
        EventType::Join,
        "Jane Doe",
        Some("Oracle"),
    );
    // Out of hospital, out for the season, a step back from the brink, reins of a horse.
    let t = "Jane Doe is out of hospital. John Roe is out for the season. Jane Doe will step \
             back from the brink. John Roe handed the reins to the groom.";
    assert!(events(t, &people, &orgs).is_empty());
}

#[test]
fn newswire_nominations_board_elections_and_announced_retirements() {
    let orgs = ["Texaco Inc"];
    let people = ["John Smith", "Robert Jones"];
    let t = "Texaco Inc said John Smith has been nominated for election as a director.";
    let evs = events(t, &people, &orgs);
    expect(&evs, EventType::Join, "John Smith", Some("Texaco Inc"));
    assert_eq!(evs[0].polarity, Polarity::Hypothetical);
    let t = "Texaco Inc said its board has elected John Smith a vice president.";
    expect(
        &events(t, &people, &orgs),
        EventType::Join,
        "John Smith",
        Some("Texaco Inc"),
    );
    let t = "Texaco Inc said John Smith was named to the additional post of chief operating \
             officer.";
    expect(
        &events(t, &people, &orgs),
        EventType::Join,
        "John Smith",
        Some("Texaco Inc"),
    );
    // A company announcing a retirement: a move even with no role stated.
    let t = "Texaco Inc said Robert Jones, 62, will retire at the end of the year.";
    expect(
        &events(t, &people, &orgs),
        EventType::Leave,
        "Robert Jones",
        Some("Texaco Inc"),
    );
    // Not: an award nomination, an athlete's retirement with no announcing company.
    let t = "John Smith was nominated for an Oscar. Robert Jones, 34, will retire after the \
             Olympics.";
    assert!(events(t, &people, &orgs).is_empty());
}

#[test]
fn a_short_form_of_the_organisation_is_the_same_move() {
    let t = "Ann Bell has decided to step down as City manager in May. Bo Chan has admitted \
             he would like to succeed Ann Bell as manager at Manchester City.";
    let evs = events(t, &["Ann Bell", "Bo Chan"], &["Manchester City", "City"]);
    let leaves: Vec<_> = evs
        .iter()
        .filter(|e| e.kind == EventType::Leave && e.person == "Ann Bell")
        .collect();
    assert_eq!(leaves.len(), 1, "{evs:#?}");
    assert_eq!(leaves[0].org.as_deref(), Some("Manchester City"));
    assert_eq!(leaves[0].polarity, Polarity::Asserted);
    // A parent and its unit stay apart.
    let t = "Cy Dow resigned as chairman of Vodafone. Cy Dow also resigned as chairman of \
             Vodafone KK.";
    let evs = events(t, &["Cy Dow"], &["Vodafone KK", "Vodafone"]);
    expect(&evs, EventType::Leave, "Cy Dow", Some("Vodafone"));
    expect(&evs, EventType::Leave, "Cy Dow", Some("Vodafone KK"));
}

#[test]
fn verb_phrase_forms_take_the_polarity_of_their_verb() {
    let orgs = ["Oracle"];
    let people = ["Jane Doe", "John Roe"];
    let pol = |t: &str, p: &str| {
        events(t, &people, &orgs)
            .into_iter()
            .find(|e| e.person == p)
            .map(|e| e.polarity)
    };
    let t = "Jane Doe said she would not give up her post as chairman of Oracle.";
    assert_eq!(pol(t, "Jane Doe"), Some(Polarity::Negated));
    let t = "Jane Doe is not out as chief executive of Oracle, the company said.";
    assert_eq!(pol(t, "Jane Doe"), Some(Polarity::Negated));
    let t = "Jane Doe could be brought in as chief executive of Oracle.";
    assert_eq!(pol(t, "Jane Doe"), Some(Polarity::Hypothetical));
    let t = "Jane Doe did not become chief executive of Oracle.";
    assert_eq!(pol(t, "Jane Doe"), Some(Polarity::Negated));
    // A negation outside the verb's chain leaves a noun's move asserted.
    let t = "Oracle did not comment on Jane Doe's resignation as chairman.";
    assert_eq!(pol(t, "Jane Doe"), Some(Polarity::Asserted));
}

#[test]
fn passive_succession_with_a_role_and_plural_move_nouns() {
    let orgs = ["Texaco Inc"];
    let people = ["John Smith", "Robert Jones"];
    let t = "Texaco Inc said Robert Jones, who had been chairman since 1981, will be succeeded \
             as chairman by John Smith.";
    let evs = events(t, &people, &orgs);
    expect(&evs, EventType::Join, "John Smith", Some("Texaco Inc"));
    expect(&evs, EventType::Leave, "Robert Jones", Some("Texaco Inc"));
    let t = "Texaco Inc said the resignations of John Smith and Robert Jones were accepted.";
    let evs = events(t, &people, &orgs);
    expect(&evs, EventType::Leave, "John Smith", Some("Texaco Inc"));
    expect(&evs, EventType::Leave, "Robert Jones", Some("Texaco Inc"));
    // "succeeded as a team": no one named after "by".
    let t = "Robert Jones said the plan succeeded as expected.";
    assert!(events(t, &people, &orgs).is_empty());
}

#[test]
fn become_a_country_s_envoy() {
    let t = "Ann Bell, 53, is to become the UK's high commissioner to Kenya.";
    let evs = events(t, &["Ann Bell"], &[]);
    let e = evs
        .iter()
        .find(|e| e.person == "Ann Bell")
        .expect("JOIN Ann Bell");
    assert_eq!(e.kind, EventType::Join);
    assert_eq!(e.role.as_deref(), Some("high commissioner"));
    // No post: the richest woman, a high price.
    let t = "Ann Bell became the UK's richest woman. Bo Chan became high on success.";
    assert!(events(t, &["Ann Bell", "Bo Chan"], &[]).is_empty());
}

#[test]
fn each_person_of_a_listed_subject_moves() {
    for t in [
        "Orion Air Inc said Ann Bell, Bo Chan and Cy Dow have resigned.",
        "Orion Air Inc said three senior executives, Ann Bell, Bo Chan and Cy Dow, have \
         resigned.",
    ] {
        let evs = events(t, &["Ann Bell", "Bo Chan", "Cy Dow"], &["Orion Air Inc"]);
        for p in ["Ann Bell", "Bo Chan", "Cy Dow"] {
            expect(&evs, EventType::Leave, p, Some("Orion Air Inc"));
        }
    }
    // A list in the object is no subject: only the one who resigned moves.
    let t = "Ann Bell, who worked with Bo Chan and Cy Dow, has resigned from Orion Air Inc.";
    let evs = events(t, &["Ann Bell", "Bo Chan", "Cy Dow"], &["Orion Air Inc"]);
    assert!(evs.iter().all(|e| e.person == "Ann Bell"), "{evs:#?}");
}

#[test]
fn an_object_pronoun_before_the_verb_is_never_the_quotes_speaker() {
    let t = "Dunmore United boss Tom Penn praised Jack Roe. \"I can't imagine him leaving \
             without the record,\" Tom Penn said.";
    let evs = events(t, &["Tom Penn", "Jack Roe"], &["Dunmore United"]);
    assert!(
        evs.iter().all(|e| e.person != "Tom Penn"),
        "the speaker is not 'him': {evs:#?}"
    );
}

#[test]
fn elected_to_fill_a_vacancy_is_a_board_seat() {
    let t = "Tessaro Inc said its board elected Mary Blum to fill a vacancy.";
    let evs = events(t, &["Mary Blum"], &["Tessaro Inc"]);
    expect(&evs, EventType::Join, "Mary Blum", Some("Tessaro Inc"));
    // Elected with no post named is no move.
    let t = "Tessaro Inc said voters elected Mary Blum in a landslide.";
    let evs = events(t, &["Mary Blum"], &["Tessaro Inc"]);
    assert!(evs.is_empty(), "{evs:#?}");
}

#[test]
fn stepping_away_from_a_post_or_an_organisation() {
    let t = "Mira Dale is stepping away from Quillion after six years.";
    let evs = events(t, &["Mira Dale"], &["Quillion"]);
    expect(&evs, EventType::Leave, "Mira Dale", Some("Quillion"));
    let t = "Quillion said Mira Dale stepped away from the company on Friday.";
    let evs = events(t, &["Mira Dale"], &["Quillion"]);
    expect(&evs, EventType::Leave, "Mira Dale", Some("Quillion"));
    // Stepping away from a table, or from a plan, is no move.
    let t = "Mira Dale stepped away from the table at Quillion's launch.";
    let evs = events(t, &["Mira Dale"], &["Quillion"]);
    assert!(evs.is_empty(), "{evs:#?}");
}

#[test]
fn let_go_of_a_person() {
    let t = "Zentrix let go of its head of sales, Omar Diaz, on Monday.";
    let evs = events(t, &["Omar Diaz"], &["Zentrix"]);
    expect(&evs, EventType::Leave, "Omar Diaz", Some("Zentrix"));
    let t = "Zentrix let go of the plan to hire Omar Diaz.";
    let evs = events(t, &["Omar Diaz"], &["Zentrix"]);
    assert!(evs.iter().all(|e| e.kind != EventType::Leave), "{evs:#?}");
}

#[test]
fn the_object_after_a_role_phrase_with_of() {
    let t = "Nimbus Labs poached Quillion Inc's head of research, Yuki Sato.";
    let evs = events(t, &["Yuki Sato"], &["Nimbus Labs", "Quillion Inc"]);
    expect(&evs, EventType::Join, "Yuki Sato", Some("Nimbus Labs"));
    // A role phrase with nobody after it names no mover.
    let t = "Nimbus Labs hired a head of research from Quillion Inc.";
    let evs = events(t, &["Yuki Sato"], &["Nimbus Labs", "Quillion Inc"]);
    assert!(evs.is_empty(), "{evs:#?}");
}

#[test]
fn a_move_subject_to_approval_is_hypothetical() {
    for t in [
        "Ann Dale has agreed to take the Tariff Board job subject to approval from parliament.",
        "Ann Dale will join the Tariff Board pending approval by regulators.",
    ] {
        let evs = events(t, &["Ann Dale"], &["Tariff Board"]);
        assert!(
            evs.iter()
                .any(|e| e.kind == EventType::Join && e.polarity == Polarity::Hypothetical),
            "{t}\n{evs:#?}"
        );
    }
    // An approval already given leaves the move asserted.
    let t = "Ann Dale joined the Tariff Board after regulators gave their approval.";
    let evs = events(t, &["Ann Dale"], &["Tariff Board"]);
    assert!(
        evs.iter().all(|e| e.polarity == Polarity::Asserted),
        "{evs:#?}"
    );
}
