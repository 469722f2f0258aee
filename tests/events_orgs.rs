//! Which organisation a move concerns when the text does not name it beside the trigger
//! (issue 11): "the company", "the club", and the like. One test per class, each with the
//! reading that must NOT be taken. The sentences are written for these tests; entities are
//! marked by hand (see `common::marked`).

mod common;

use common::marked::{events, expect, has};
use news_extract::EventType;

#[test]
fn the_company_is_the_organisation_named_before_it_in_the_sentence() {
    let t = "Norbank shakes up its leasing arm.\n\nNorbank has a new plan. Norbank wants growth. Norbank \
             needs cash. Jane Roe has \
             replaced Tom Fell as chief executive of Norbank Leasing, with Tom Fell leaving \
             the company.";
    let evs = events(
        t,
        &["Jane Roe", "Tom Fell"],
        &["Norbank Leasing", "Norbank"],
    );
    expect(&evs, EventType::Leave, "Tom Fell", Some("Norbank Leasing"));
    assert!(
        !has(&evs, EventType::Leave, "Tom Fell", Some("Norbank")),
        "the parent is not the unit he left: {evs:#?}"
    );
}

#[test]
fn joining_the_company_means_the_company_the_story_is_about() {
    let t = "Corvane chief takes the wheel\n\nThe head of Corvane has taken control of its \
             car arm. Velto, in which Corvane owns a stake, may be floated next year. Velto \
             makes sports cars and Velto sells them in Asia.\n\nJane Roe, who only joined the \
             company last year, said the car arm was now her focus.";
    let evs = events(t, &["Jane Roe"], &["Corvane", "Velto"]);
    expect(&evs, EventType::Join, "Jane Roe", Some("Corvane"));
    assert!(
        !has(&evs, EventType::Join, "Jane Roe", Some("Velto")),
        "a company met in passing is not the one she joined: {evs:#?}"
    );
}

#[test]
fn leaving_the_club_in_the_backstory_means_the_club_named_there() {
    let t = "Dunmore United have named Harry Vale as their new manager.\n\nDunmore United \
             sacked their last manager in May. Vale led Castlebridge to promotion twice. But \
             he left the club in 2003 after a row with the board.";
    let evs = events(t, &["Harry Vale"], &["Dunmore United", "Castlebridge"]);
    expect(&evs, EventType::Join, "Harry Vale", Some("Dunmore United"));
    expect(&evs, EventType::Leave, "Harry Vale", Some("Castlebridge"));
    assert!(
        !has(&evs, EventType::Leave, "Harry Vale", Some("Dunmore United")),
        "the club of the headline is the one he joins: {evs:#?}"
    );
}

#[test]
fn an_organisation_in_another_persons_apposition_is_not_the_movers() {
    let t = "Harbour Bank loses two directors\n\nHarbour Bank has lost two directors. Ann Dale, \
             head of the Tariff Office under the last government, has retired while Tom Penn \
             has also stepped down, the bank said.";
    let evs = events(
        t,
        &["Ann Dale", "Tom Penn"],
        &["Harbour Bank", "Tariff Office"],
    );
    expect(&evs, EventType::Leave, "Tom Penn", Some("Harbour Bank"));
    assert!(
        !has(&evs, EventType::Leave, "Tom Penn", Some("Tariff Office")),
        "{evs:#?}"
    );
    // In the mover's own relative clause, an organisation after "with" is a counterpart.
    let t = "Ann Dale, who often argued with the Tariff Office, has resigned.";
    let evs = events(t, &["Ann Dale"], &["Tariff Office"]);
    assert!(
        !has(&evs, EventType::Leave, "Ann Dale", Some("Tariff Office")),
        "{evs:#?}"
    );
    // The mover's own apposition still names where the mover was.
    let t = "Ann Dale, who ran the Tariff Office for a decade, has resigned.";
    let evs = events(t, &["Ann Dale"], &["Tariff Office"]);
    expect(&evs, EventType::Leave, "Ann Dale", Some("Tariff Office"));
}

#[test]
fn an_organisation_titling_another_person_is_not_the_movers() {
    let t = "Keel Chemicals board splits\n\nKeel Chemicals has lost a director. The move \
             follows a decision by Raj Mehta - the brother of Keel Group president Arun Mehta - \
             to resign from his post.";
    let evs = events(
        t,
        &["Raj Mehta", "Arun Mehta"],
        &["Keel Chemicals", "Keel Group"],
    );
    expect(&evs, EventType::Leave, "Raj Mehta", Some("Keel Chemicals"));
    assert!(
        !has(&evs, EventType::Leave, "Raj Mehta", Some("Keel Group")),
        "{evs:#?}"
    );
}

#[test]
fn a_successor_takes_the_post_of_the_person_replaced() {
    let t = "Globex chief Tom Roe resigned last week after a row over strategy. Acme Air head \
             Jo Bloggs is set to replace Tom Roe, ending the feud.";
    let evs = events(t, &["Tom Roe", "Jo Bloggs"], &["Globex", "Acme Air"]);
    expect(&evs, EventType::Leave, "Tom Roe", Some("Globex"));
    expect(&evs, EventType::Join, "Jo Bloggs", Some("Globex"));
    assert!(
        !has(&evs, EventType::Join, "Jo Bloggs", Some("Acme Air")),
        "the newcomer's own firm is not the one joined: {evs:#?}"
    );
    // The succession's own words win over what is known of the outgoing person.
    let t = "Globex chief Tom Roe resigned last week. Jo Bloggs will succeed Tom Roe as \
             chief executive of Initech.";
    let evs = events(t, &["Tom Roe", "Jo Bloggs"], &["Globex", "Initech"]);
    expect(&evs, EventType::Join, "Jo Bloggs", Some("Initech"));
}

#[test]
fn a_unit_named_after_its_is_the_organisation_and_the_parent_is_not_the_unit() {
    let t = "Harwell Bancorp Inc said Ann Dale was named president of its Keystone Trust \
             subsidiary, succeeding Tom Penn, who was named vice chairman of the parent \
             company.";
    let evs = events(
        t,
        &["Ann Dale", "Tom Penn"],
        &["Harwell Bancorp Inc", "Keystone Trust"],
    );
    expect(&evs, EventType::Join, "Ann Dale", Some("Keystone Trust"));
    expect(
        &evs,
        EventType::Join,
        "Tom Penn",
        Some("Harwell Bancorp Inc"),
    );
    assert!(
        !has(&evs, EventType::Join, "Tom Penn", Some("Keystone Trust")),
        "the parent is not the unit: {evs:#?}"
    );
}

#[test]
fn the_board_in_the_companys_announcement_is_the_announcing_company() {
    let t = "Harwell Bancorp Inc names a bank head\n\nHarwell Bancorp Inc said Ann Dale \
             was named president of its Keystone Trust subsidiary. Keystone Trust has 40 \
             branches. Keystone Trust lends to farmers. Separately, Tom \
             Penn, a director since 1979, resigned from the board, the company said.";
    let evs = events(
        t,
        &["Ann Dale", "Tom Penn"],
        &["Harwell Bancorp Inc", "Keystone Trust"],
    );
    expect(
        &evs,
        EventType::Leave,
        "Tom Penn",
        Some("Harwell Bancorp Inc"),
    );
    assert!(
        !has(&evs, EventType::Leave, "Tom Penn", Some("Keystone Trust")),
        "{evs:#?}"
    );
}

#[test]
fn the_company_may_be_a_name_in_camel_case() {
    let t = "zLabs co-founder Igor Pavlov has left the company to start a fund. He spent \
             six years there.";
    let evs = events(t, &["Igor Pavlov"], &["zLabs"]);
    expect(&evs, EventType::Leave, "Igor Pavlov", Some("zLabs"));
}

#[test]
fn a_former_post_in_the_sentence_is_not_the_one_left() {
    let t = "Dunmore United have a new manager.\n\nThe former Castlebridge boss replaces Tom \
             Penn, who has been relieved of first-team duties after one win in 14 games.";
    let evs = events(t, &["Tom Penn"], &["Dunmore United", "Castlebridge"]);
    assert!(
        !has(&evs, EventType::Leave, "Tom Penn", Some("Castlebridge")),
        "{evs:#?}"
    );
    expect(&evs, EventType::Leave, "Tom Penn", Some("Dunmore United"));
}

#[test]
fn a_succession_after_an_appointment_is_about_the_post_just_named() {
    let t = "Harwell Bancorp Inc said Ann Dale was named president of its Keystone Trust \
             subsidiary, succeeding Tom Penn.";
    let evs = events(
        t,
        &["Ann Dale", "Tom Penn"],
        &["Harwell Bancorp Inc", "Keystone Trust"],
    );
    expect(&evs, EventType::Leave, "Tom Penn", Some("Keystone Trust"));
    assert!(
        !has(
            &evs,
            EventType::Join,
            "Ann Dale",
            Some("Harwell Bancorp Inc")
        ),
        "{evs:#?}"
    );
}

#[test]
fn replaced_on_an_interim_basis_by() {
    let t = "Delmar Systems Inc said Tom Penn has left. Delmar said Tom Penn would be replaced \
             on an interim basis by Ann Dale, its finance chief.";
    let evs = events(
        t,
        &["Ann Dale", "Tom Penn"],
        &["Delmar Systems Inc", "Delmar"],
    );
    assert!(
        evs.iter()
            .any(|e| e.kind == EventType::Join && e.person == "Ann Dale"),
        "{evs:#?}"
    );
    // A thing replaced by another thing is no move.
    let t = "The old press was replaced last year by a digital one, Tom Penn said.";
    let evs = events(t, &["Tom Penn"], &[]);
    assert!(evs.is_empty(), "{evs:#?}");
}

#[test]
fn a_government_post_with_no_department_named_has_no_organisation() {
    let t = "The Reform Party lost the vote.\n\nThe Reform Party said Tom Penn quit as home \
             secretary last week. The Reform Party wants an inquiry.";
    let evs = events(t, &["Tom Penn"], &["Reform Party"]);
    expect(&evs, EventType::Leave, "Tom Penn", None);
    let t = "The Reform Party lost the vote.\n\nThe Reform Party said Tom Penn resigned as \
             ambassador last week.";
    let evs = events(t, &["Tom Penn"], &["Reform Party"]);
    expect(&evs, EventType::Leave, "Tom Penn", None);
    // A department named in the clause is kept, and a company post still takes the firm.
    let t = "Tom Penn quit as home secretary at the Interior Office last week.";
    let evs = events(t, &["Tom Penn"], &["Interior Office"]);
    expect(&evs, EventType::Leave, "Tom Penn", Some("Interior Office"));
    let t = "Harwell Bancorp Inc had a bad year. Tom Penn quit as company secretary.";
    let evs = events(t, &["Tom Penn"], &["Harwell Bancorp Inc"]);
    expect(
        &evs,
        EventType::Leave,
        "Tom Penn",
        Some("Harwell Bancorp Inc"),
    );
}

#[test]
fn a_seat_of_government_named_as_a_place_is_no_organisation_for_a_move() {
    let t = "The minister spoke to Parliament on Monday. Parliament was full. Tom Penn's \
             resignation was announced on Tuesday.";
    let evs = events(t, &["Tom Penn"], &["Parliament"]);
    assert!(
        !has(&evs, EventType::Leave, "Tom Penn", Some("Parliament")),
        "{evs:#?}"
    );
    // Named as what is joined, it stays.
    let t = "Tom Penn was elected to Parliament in 1987.";
    let evs = events(t, &["Tom Penn"], &["Parliament"]);
    expect(&evs, EventType::Join, "Tom Penn", Some("Parliament"));
}
