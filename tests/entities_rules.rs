//! The entity rules on sentences of our own: what must be found and what must not fire.

use news_extract::gazetteer::Entry;
use news_extract::{EntitySource, EntityType, Extractor};
use proptest::prelude::*;

fn mentions(text: &str) -> Vec<(EntityType, String, String)> {
    Extractor::shared()
        .extract(text)
        .entities
        .into_iter()
        .map(|e| (e.kind, e.text, e.canonical))
        .collect()
}

fn m(kind: EntityType, text: &str, canonical: &str) -> (EntityType, String, String) {
    (kind, text.to_string(), canonical.to_string())
}

use EntityType::{Company as C, Model as M, Person as P};

#[test]
fn words_that_are_names_need_evidence() {
    for text in [
        "Will the council ever fix the bridge? Residents doubt it.",
        "May was the wettest month on record in the county.",
        "Apple pie sales rose at the village fair this summer.",
        "She ate an apple and read the information on the label.",
        "The Bard of Avon wrote 154 sonnets.",
        "People born under Gemini are said to be curious.",
        "Phi is the 21st letter of the Greek alphabet.",
        "Meta-analysis of the trials showed a small effect.",
        "Reports suggested the drains had failed. Why nobody acted is unclear.",
        "According to the council, the road will reopen on Monday.",
        "FacebookTwitterLinkedin",
        "Googlers and Metamates met for a hackathon.",
    ] {
        assert_eq!(mentions(text), [], "{text}");
    }
}

#[test]
fn ambiguous_names_with_evidence() {
    assert_eq!(
        mentions("Anthropic's Claude answered every question in the test."),
        [m(C, "Anthropic", "Anthropic"), m(M, "Claude", "Claude")]
    );
    assert_eq!(
        mentions("Claude Monet painted water lilies in his garden."),
        [m(P, "Claude Monet", "Claude Monet")]
    );
    assert_eq!(
        mentions("OpenAI showed its video model Sora to a few artists."),
        [m(C, "OpenAI", "OpenAI"), m(M, "Sora", "Sora")]
    );
    assert_eq!(
        mentions("Apple said its quarterly revenue rose 6%."),
        [m(C, "Apple", "Apple")]
    );
    assert_eq!(
        mentions(
            "Visitors to the Amazon rainforest rose. Amazon shares fell 2% as investors sold."
        ),
        [m(C, "Amazon", "Amazon")]
    );
    assert_eq!(
        mentions("Dr Fox said the Fox network lost viewers."),
        [m(P, "Fox", "Fox")]
    );
}

#[test]
fn people_from_titles_roles_first_names_and_verbs() {
    assert_eq!(
        mentions("The jury was chaired by Dr. Amara Okafor of the institute."),
        [m(P, "Amara Okafor", "Amara Okafor")]
    );
    assert_eq!(
        mentions("Former researcher Tobiah Quenneville said the lab had changed."),
        [m(P, "Tobiah Quenneville", "Tobiah Quenneville")]
    );
    assert_eq!(
        mentions("Okonkwo Adeyemi said the plan would work. Adeyemi later resigned."),
        [
            m(P, "Okonkwo Adeyemi", "Okonkwo Adeyemi"),
            m(P, "Adeyemi", "Okonkwo Adeyemi")
        ]
    );
    let text = "Jacob Devlin, a researcher, left Google. Mr. Devlin declined to comment.";
    let doc = Extractor::shared().extract(text);
    let devlin: Vec<_> = doc
        .entities
        .iter()
        .filter(|e| e.canonical == "Jacob Devlin")
        .collect();
    assert_eq!(devlin.len(), 2);
    assert_eq!(devlin[1].text, "Devlin");
    assert_eq!(devlin[1].source, EntitySource::Coreference);
    assert_eq!(
        mentions("Jean-Luc Moreau met Sean O'Neil and Ludwig van der Berg in Geneva."),
        [
            m(P, "Jean-Luc Moreau", "Jean-Luc Moreau"),
            m(P, "Sean O'Neil", "Sean O'Neil"),
            m(P, "Ludwig van der Berg", "Ludwig van der Berg"),
        ]
    );
}

#[test]
fn a_speech_verb_alone_does_not_make_a_name_ending_in_a_common_noun_a_person() {
    // No first name known and a last word that is an ordinary noun: a firm or a product.
    for text in [
        "Nimbus Cloud said on Tuesday that its head of research was leaving.",
        "Ravel Gold said output fell in the third quarter.",
    ] {
        assert!(
            mentions(text).iter().all(|(k, _, _)| *k != P),
            "{text}: {:?}",
            mentions(text)
        );
    }
    // A surname that is no common word, or a known first name, still makes a person.
    assert_eq!(
        mentions("Okonkwo Adeyemi said the plan would work."),
        [m(P, "Okonkwo Adeyemi", "Okonkwo Adeyemi")]
    );
    assert_eq!(
        mentions("Sarah Cloud said the plan would work."),
        [m(P, "Sarah Cloud", "Sarah Cloud")]
    );
}

#[test]
fn a_move_is_evidence_for_an_ambiguous_company() {
    for (text, name) in [
        (
            "Jony Ivers is to depart Apple after nearly 30 years.",
            "Apple",
        ),
        ("The researcher is joining Meta next month.", "Meta"),
        ("Amazon hired the former Alexa scientist in May.", "Amazon"),
    ] {
        assert!(
            mentions(text)
                .iter()
                .any(|(k, t, _)| *k == C && t.as_str() == name),
            "{text}: {:?}",
            mentions(text)
        );
    }
    // A fruit left on the table is no company.
    let text = "She left Apple pie on the sill and went out.";
    assert!(
        mentions(text).iter().all(|(k, _, _)| *k != C),
        "{text}: {:?}",
        mentions(text)
    );
}

#[test]
fn a_relative_who_after_a_full_name_makes_a_person() {
    assert!(
        mentions("Demis Hartwig, who led the search team, is joining a rival.").contains(&m(
            P,
            "Demis Hartwig",
            "Demis Hartwig"
        ))
    );
    // Teams take "who" too: plural nouns, common words, places.
    for text in [
        "The Tamil Tigers, who control the north, rejected the plan.",
        "St Helens, who won on Friday, face Leeds next.",
        "Red Bull, who finished seventh, will test in Spain.",
    ] {
        assert!(
            mentions(text).iter().all(|(k, _, _)| *k != P),
            "{text}: {:?}",
            mentions(text)
        );
    }
}

#[test]
fn initials_and_an_age_make_a_person() {
    for (text, name) in [
        (
            "Halden Tool Co said W.A. Kestner Jr. has resigned as chairman.",
            "W.A. Kestner Jr",
        ),
        ("The bank said J.P. Morrow resigned.", "J.P. Morrow"),
        (
            "The company said Kestner, 61, joined it in 1957.",
            "Kestner",
        ),
    ] {
        assert!(
            mentions(text)
                .iter()
                .any(|(k, t, _)| *k == P && t.as_str() == name),
            "{text}: {:?}",
            mentions(text)
        );
    }
    // A country's abbreviation is no initials; a place with an age-like number is no person.
    for text in [
        "Shares of U.S. Steel fell on Monday.",
        "Ghana, 24, and Kenya, 31, sent the most athletes.",
    ] {
        assert!(
            mentions(text).iter().all(|(k, _, _)| *k != P),
            "{text}: {:?}",
            mentions(text)
        );
    }
}

#[test]
fn possessives_are_left_out_of_mentions() {
    assert_eq!(
        mentions(
            "Google chief executive Sundar Pichai spoke. Pichai's plan won praise from Meta’s chief executive."
        ),
        [
            m(C, "Google", "Google"),
            m(P, "Sundar Pichai", "Sundar Pichai"),
            m(P, "Pichai", "Sundar Pichai"),
            m(C, "Meta", "Meta"),
        ]
    );
}

#[test]
fn companies_from_designators_and_cues() {
    assert_eq!(
        mentions("Shares of Zentrix rose after startup Quellar raised $5 million."),
        [m(C, "Zentrix", "Zentrix"), m(C, "Quellar", "Quellar")]
    );
    assert_eq!(
        mentions("Brightwater Robotics Inc. bought Okafor Holdings plc. Brightwater said so."),
        [
            m(C, "Brightwater Robotics Inc.", "Brightwater Robotics"),
            m(C, "Okafor Holdings plc", "Okafor Holdings"),
            m(C, "Brightwater", "Brightwater Robotics"),
        ]
    );
    assert_eq!(
        mentions("Research Group members met on Tuesday."),
        [],
        "a common word before an organisation word is no company"
    );
    // An appositive that says what kind of business the name is.
    assert_eq!(
        companies("Tallo, the music streaming service, raised its prices."),
        ["Tallo"]
    );
    assert_eq!(
        companies("Brevair, a low-cost airline based in Cork, added routes."),
        ["Brevair"]
    );
    // The employer a hire comes from.
    assert_eq!(
        companies("Rydell has hired Ann Cole from Brenvik to run its chip unit."),
        ["Brenvik"]
    );
    assert_eq!(
        companies("The club recruited two coaches from Brazil and one from London."),
        Vec::<String>::new()
    );
    assert_eq!(
        companies("She returned from Brenvik after a week."),
        Vec::<String>::new()
    );
    // The tail of a longer capitalised name is no company by itself.
    assert!(
        !companies("Shares in Blue Harrier Airways, a budget airline, fell.")
            .iter()
            .any(|c| c == "Airways" || c == "Harrier Airways"),
        "{:?}",
        mentions("Shares in Blue Harrier Airways, a budget airline, fell.")
    );
    assert!(
        !companies(
            "Analysts say North Vellor's stock exchange, the region's biggest network, grew."
        )
        .iter()
        .any(|c| c == "Vellor"),
    );
    // Not a person, and not a service "of" something.
    assert_eq!(
        companies("Paul Ames, the man behind the video website, spoke."),
        Vec::<String>::new()
    );
    assert_eq!(
        companies("Dunmere, a village with a bus service, voted."),
        Vec::<String>::new()
    );
    assert_eq!(
        mentions("Microsoft Corp. and Google AI researchers met."),
        [
            m(C, "Microsoft Corp.", "Microsoft"),
            m(C, "Google", "Google")
        ]
    );
}

fn companies(text: &str) -> Vec<String> {
    mentions(text)
        .into_iter()
        .filter(|(k, _, _)| *k == C)
        .map(|(_, _, c)| c)
        .collect()
}

#[test]
fn industry_word_companies_with_company_context() {
    for (text, name) in [
        (
            "Brackley Bank said on Monday that lending rose 4%.",
            "Brackley Bank",
        ),
        (
            "Ostrava Mining's chief executive will stand down.",
            "Ostrava Mining",
        ),
        ("Venn Media's head of news has resigned.", "Venn Media"),
        (
            "Lisbeth Sandoval joined Corvane Energy in March.",
            "Corvane Energy",
        ),
        (
            "Investors dumped shares in Pellow Foods after the warning.",
            "Pellow Foods",
        ),
        (
            "He was chairman of Tarrow Steel until 2001.",
            "Tarrow Steel",
        ),
        (
            "The board of Ashgrove Insurance met on Friday.",
            "Ashgrove Insurance",
        ),
        (
            "Sterne Retail laid off 120 staff at its depot.",
            "Sterne Retail",
        ),
        (
            "Rowan Capital's finance director left in May.",
            "Rowan Capital",
        ),
        (
            "He joined Corbel in 1999 from Wexley Engineering.",
            "Wexley Engineering",
        ),
        (
            "Crane Bank is weighing a sale of its card business, analysts said.",
            "Crane Bank",
        ),
        (
            "Rival Oskar Dynamics builds similar drones.",
            "Oskar Dynamics",
        ),
        (
            "The group sold its Irish unit to Tallis Communications.",
            "Tallis Communications",
        ),
    ] {
        assert!(
            companies(text).contains(&name.to_string()),
            "{text}: {:?}",
            mentions(text)
        );
    }
    // One mention with context makes the others companies too.
    let two = "Halden Media said profits fell. Halden Media is cutting costs.";
    assert_eq!(companies(two), ["Halden Media", "Halden Media"]);
}

#[test]
fn industry_word_names_without_company_context() {
    for text in [
        "Troops left the West Bank town on Sunday.",
        "The World Bank is lending more to farmers.",
        "Athletes arrived for the Asian Games in Doha.",
        "Visitors crowded the Consumer Electronics Show in Las Vegas.",
        "Ministers met at the Bank of England on Tuesday.",
        "Fishing boats returned from Dogger Bank empty.",
        "She sold her paintings to collectors before the Asian Games.",
        "The rival West Bank factions met in Cairo.",
        "Halden Media is a phrase on the poster.",
    ] {
        let found = companies(text);
        assert!(
            found.iter().all(|c| !c.contains("Bank")
                && !c.contains("Games")
                && !c.contains("Electronics")
                && !c.contains("Media")
                && !c.contains("Capital")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn listed_names_before_product_nouns_need_other_evidence() {
    // A listed company name used for a product line, with corporate words around it.
    for text in [
        "The company's Aurora language models were trained on licensed data, the chief executive said.",
        "Shares rose after the firm said its Aurora chatbot had 2 million users.",
    ] {
        assert!(
            !companies(text).iter().any(|c| c.contains("Aurora")),
            "{text}: {:?}",
            mentions(text)
        );
    }
    // The same name as a company still counts.
    let text = "Self-driving truck company Aurora said it would start carrying freight in Texas.";
    assert!(
        companies(text).iter().any(|c| c.contains("Aurora")),
        "{:?}",
        mentions(text)
    );
}

#[test]
fn sentence_initial_common_words_around_names() {
    // A common word that opens the sentence is no part of the listed name after it.
    let text = "Former Tesla engineer Omar Haddad has started a battery firm in Leeds.";
    assert!(
        companies(text).contains(&"Tesla".to_string()),
        "{:?}",
        mentions(text)
    );
    // A capitalised word mid-sentence still makes a longer name.
    let text = "She drove to the Nikola Tesla Museum in Belgrade on Sunday.";
    assert!(
        !companies(text).contains(&"Tesla".to_string()),
        "{:?}",
        mentions(text)
    );
    // A surname that is a common word, opening a sentence before a verb, is the person.
    let text = "Rail operator chief Helen Grant met unions on Monday. Grant could quit next week.";
    assert_eq!(
        mentions(text)
            .iter()
            .filter(|m| m.2 == "Helen Grant")
            .count(),
        2,
        "{:?}",
        mentions(text)
    );
    // Not before a noun.
    let text = "Economist Helen Grant spoke in Leeds. Grant applications rose by a third.";
    assert_eq!(
        mentions(text)
            .iter()
            .filter(|m| m.2 == "Helen Grant")
            .count(),
        1,
        "{:?}",
        mentions(text)
    );
}

#[test]
fn newswire_layout() {
    assert_eq!(
        mentions("LONDON, March 3 - Barclays said profit rose."),
        [m(C, "Barclays", "Barclays")]
    );
    assert_eq!(
        mentions("SAN FRANCISCO (Reuters) - Meta Platforms (NASDAQ: META) rose."),
        [m(C, "Reuters", "Reuters"), m(C, "Meta Platforms", "Meta")]
    );
    assert_eq!(
        mentions("Quorvex Dynamics (NYSE: QVX) fell 3% on Friday."),
        [m(C, "Quorvex Dynamics", "Quorvex Dynamics")]
    );
    assert_eq!(
        mentions("IBM <IBM.N> and Apple (AAPL.O) gained."),
        [m(C, "IBM", "IBM"), m(C, "Apple", "Apple")]
    );
    assert_eq!(
        mentions("GOOGLE CUTS 100 JOBS IN LONDON\nGoogle said on Monday it would cut 100 jobs."),
        [m(C, "GOOGLE", "Google"), m(C, "Google", "Google")]
    );
    assert_eq!(
        mentions("Acme Chief Says Profits Will Rise\nThe weather was fine."),
        [],
        "a Title Case headline alone establishes nothing"
    );
}

#[test]
fn model_versions_after_a_family() {
    assert_eq!(
        mentions("Meta's Llama 3.1 405B and Mixtral 8x7B were tested."),
        [
            m(C, "Meta", "Meta"),
            m(M, "Llama 3.1 405B", "Llama 3.1 405B"),
            m(M, "Mixtral 8x7B", "Mixtral 8x7B"),
        ]
    );
    assert_eq!(
        mentions("OpenAI compared o1-preview with GPT-3.5 Turbo and Claude 3.5 Sonnet."),
        [
            m(C, "OpenAI", "OpenAI"),
            m(M, "o1-preview", "o1-preview"),
            m(M, "GPT-3.5 Turbo", "GPT-3.5 Turbo"),
            m(M, "Claude 3.5 Sonnet", "Claude 3.5 Sonnet"),
        ]
    );
}

#[test]
fn entries_in_code_and_files() {
    let ex = Extractor::builder()
        .builtin(false)
        .add_entry(Entry::new(C, "Zentrix Bionics").alias("Zentrix"))
        .build()
        .unwrap();
    let doc = ex.extract("Zentrix hired Google engineers.");
    let names: Vec<_> = doc.entities.iter().map(|e| e.canonical.as_str()).collect();
    assert_eq!(names, ["Zentrix Bionics"]);

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.tsv");
    std::fs::write(&bad, "COMPANY\tAcme\n# ok\nROBOT\tR2\n").unwrap();
    let err = Extractor::builder()
        .gazetteer_file(&bad)
        .build()
        .unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("bad.tsv:3") && msg.contains("ROBOT"), "{msg}");

    let good = dir.path().join("good.tsv");
    std::fs::write(&good, "MODEL\tQuill-7\t\t\tmaker=Zentrix\n").unwrap();
    let ex = Extractor::builder().gazetteer_file(&good).build().unwrap();
    assert_eq!(
        ex.extract("The Quill-7 model is fast.").entities[0].canonical,
        "Quill-7"
    );
}

#[test]
fn extractor_is_shared_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Extractor>();
    let ex = Extractor::shared();
    std::thread::scope(|s| {
        let a = s.spawn(|| ex.extract("Shares of Zentrix rose.").entities.len());
        let b = s.spawn(|| {
            ex.extract("Microsoft Corp. hired Jane Roe, said Okafor.")
                .entities
                .len()
        });
        assert_eq!(a.join().unwrap(), 1);
        assert!(b.join().unwrap() >= 2);
    });
}

proptest! {
    #[test]
    fn any_text_gives_sorted_well_formed_mentions(text in "\\PC{0,300}") {
        let doc = Extractor::shared().extract(&text);
        for w in doc.entities.windows(2) {
            prop_assert!(w[0].end <= w[1].start);
        }
        for e in &doc.entities {
            prop_assert_eq!(text.get(e.start..e.end), Some(e.text.as_str()));
        }
    }

    #[test]
    fn news_like_text_gives_sorted_well_formed_mentions(
        words in proptest::collection::vec(
            prop_oneof![
                Just("Meta’s"), Just("Llama 2"), Just("Mr."), Just("Pichai"), Just("said"),
                Just("(NASDAQ: META)"), Just("GOOGLE"), Just("Inc."), Just("van"), Just("\n"),
                Just("O'Neil"), Just("Sundar"), Just("the"), Just(","), Just("Corp"), Just("AI"),
                Just("startup"), Just("Apple"), Just("-"), Just("3.5"), Just("’s"), Just("Claude"),
            ],
            0..40,
        )
    ) {
        let text = words.join(" ");
        let doc = Extractor::shared().extract(&text);
        for w in doc.entities.windows(2) {
            prop_assert!(w[0].end <= w[1].start);
        }
        for e in &doc.entities {
            prop_assert_eq!(text.get(e.start..e.end), Some(e.text.as_str()));
        }
    }
}

#[test]
fn public_bodies_are_org_not_company() {
    let found = mentions(
        "Rates were held by the European Central Bank, the Bank of England and the Federal \
         Reserve. The IMF and Nato met in Geneva.",
    );
    for name in [
        "European Central Bank",
        "Bank of England",
        "Federal Reserve",
        "IMF",
        "Nato",
    ] {
        assert!(
            found
                .iter()
                .any(|(k, t, _)| *k == EntityType::Org && t == name),
            "{name}: {found:?}"
        );
    }
    // Party and house names that are ordinary words need evidence.
    for text in [
        "Fed up with the delays, she walked home.",
        "The labour market tightened over the summer.",
    ] {
        assert!(
            !mentions(text).iter().any(|(k, _, _)| *k == EntityType::Org),
            "{text}"
        );
    }
}
