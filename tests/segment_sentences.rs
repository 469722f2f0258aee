//! Sentence splitter cases, as data: each case is a text and the sentences a careful reader
//! sees in it. `keep` cases hold a place where the splitter must NOT break; `split` cases a
//! place where it must.

use news_extract::{Segmenter, Span, split_sentences};

struct Case {
    name: &'static str,
    text: &'static str,
    expected: &'static [&'static str],
}

macro_rules! cases {
    ($($name:ident: $text:expr => [$($s:expr),* $(,)?];)*) => {
        &[$(Case { name: stringify!($name), text: $text, expected: &[$($s),*] }),*]
    };
}

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        let got: Vec<&str> = split_sentences(case.text)
            .map(|s| s.slice(case.text))
            .collect();
        if got != case.expected {
            failures.push(format!(
                "{}:\n  text:     {:?}\n  expected: {:?}\n  got:      {:?}",
                case.name, case.text, case.expected, got
            ));
        }
        // The lazy iterator and the Vec API agree, and spans are trimmed and ordered.
        let vec: Vec<Span> = Segmenter::new()
            .split(case.text)
            .iter()
            .map(|s| s.span())
            .collect();
        let lazy: Vec<Span> = split_sentences(case.text).collect();
        assert_eq!(vec, lazy, "{}", case.name);
        for pair in lazy.windows(2) {
            assert!(
                pair[0].end <= pair[1].start,
                "{}: overlapping spans",
                case.name
            );
        }
        for s in &lazy {
            let t = s.slice(case.text);
            assert!(
                !t.is_empty() && t.trim() == t,
                "{}: untrimmed {t:?}",
                case.name
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Places where the splitter must not break.
const KEEP: &[Case] = cases! {
    title_mr: "Mr. Okafor joined the board in March." => ["Mr. Okafor joined the board in March."];
    title_mrs_ms: "Mrs. Alvarez and Ms. Chen declined to comment." => ["Mrs. Alvarez and Ms. Chen declined to comment."];
    title_dr_prof: "Dr. Lena Park and Prof. Ian Moss wrote the paper." => ["Dr. Lena Park and Prof. Ian Moss wrote the paper."];
    title_sen_rep_gov: "Sen. Maria Lopez, Rep. Tom Hale and Gov. Ray Burns met on Monday." => ["Sen. Maria Lopez, Rep. Tom Hale and Gov. Ray Burns met on Monday."];
    title_military: "Gen. Mark Rowe, Lt. Col. Ann Diaz and Capt. Lee Wong spoke." => ["Gen. Mark Rowe, Lt. Col. Ann Diaz and Capt. Lee Wong spoke."];
    title_st_rev: "The Rev. Paul Amos preached at St. Mary's church." => ["The Rev. Paul Amos preached at St. Mary's church."];
    suffix_jr_sr: "Harold Finch Jr. and Harold Finch Sr. both sit on the board." => ["Harold Finch Jr. and Harold Finch Sr. both sit on the board."];
    designator_inc: "Acme Inc. said quarterly revenue rose." => ["Acme Inc. said quarterly revenue rose."];
    designator_corp_co: "Globex Corp. and Initech Co. agreed to merge." => ["Globex Corp. and Initech Co. agreed to merge."];
    designator_ltd_bros: "Warner Bros. sold its stake to Vance Ltd. last year." => ["Warner Bros. sold its stake to Vance Ltd. last year."];
    designator_cos: "The Cos. filing showed a loss." => ["The Cos. filing showed a loss."];
    designator_possessive: "Acme Corp.'s chief executive resigned." => ["Acme Corp.'s chief executive resigned."];
    months: "The deal closed on Jan. 5, after talks in Aug. and Sept. 2023 stalled." => ["The deal closed on Jan. 5, after talks in Aug. and Sept. 2023 stalled."];
    months_more: "Results are due Feb. 12, Oct. 30 and Nov. 15, with a review on Dec. 1." => ["Results are due Feb. 12, Oct. 30 and Nov. 15, with a review on Dec. 1."];
    number_no: "The firm is the No. 3 chipmaker in Asia." => ["The firm is the No. 3 chipmaker in Asia."];
    versus: "The case, Oracle vs. Google, went to the Supreme Court." => ["The case, Oracle vs. Google, went to the Supreme Court."];
    eg_ie: "Some models, e.g. Llama 2, are open; others, i.e. Bard, are not." => ["Some models, e.g. Llama 2, are open; others, i.e. Bard, are not."];
    eg_capital: "Rivals (e.g. Google and Anthropic) hired them." => ["Rivals (e.g. Google and Anthropic) hired them."];
    approx: "The lab employs approx. 300 researchers." => ["The lab employs approx. 300 researchers."];
    country_us: "The U.S. Federal Trade Commission opened an inquiry." => ["The U.S. Federal Trade Commission opened an inquiry."];
    country_uk_un_eu: "Officials from the U.K. Treasury, the U.N. and the E.U. Commission met." => ["Officials from the U.K. Treasury, the U.N. and the E.U. Commission met."];
    degree_phd: "She earned a Ph.D. in physics before joining Meta." => ["She earned a Ph.D. in physics before joining Meta."];
    time_pm_continues: "The call starts at 5 p.m. Eastern time on Thursday." => ["The call starts at 5 p.m. Eastern time on Thursday."];
    initials_tolkien: "J. R. R. Tolkien wrote it at Oxford." => ["J. R. R. Tolkien wrote it at Oxford."];
    initials_middle: "George W. Bush met Franklin D. Roosevelt's grandson." => ["George W. Bush met Franklin D. Roosevelt's grandson."];
    initials_glued: "H.R. McMaster and J.K. Rowling were on the list." => ["H.R. McMaster and J.K. Rowling were on the list."];
    initials_spaced_chain: "Acme Corp said W. A. Kestner has resigned." => ["Acme Corp said W. A. Kestner has resigned."];
    initial_before_article: "He lives on Route W. A man saw him there." => ["He lives on Route W.", "A man saw him there."];
    money: "Profits jumped 76% to $1.13bn (£600m) in the quarter." => ["Profits jumped 76% to $1.13bn (£600m) in the quarter."];
    percent_decimal: "Shares rose 3.5% to 40.5x earnings." => ["Shares rose 3.5% to 40.5x earnings."];
    versions: "It shipped v2.0 of the app alongside Gemini 1.5 Pro and GPT-4.5 support." => ["It shipped v2.0 of the app alongside Gemini 1.5 Pro and GPT-4.5 support."];
    domains: "Visit OpenAI.com or x.ai for details." => ["Visit OpenAI.com or x.ai for details."];
    url_email_file: "See https://example.com/a.b?x=1 or mail press@acme.co.uk for report.pdf today." => ["See https://example.com/a.b?x=1 or mail press@acme.co.uk for report.pdf today."];
    us_based: "The U.S.-based firm raised $2.5m." => ["The U.S.-based firm raised $2.5m."];
    ellipsis_lower: "He paused... and then he left the room." => ["He paused... and then he left the room."];
    ellipsis_unicode_lower: "The results were… mixed, analysts said." => ["The results were… mixed, analysts said."];
    omission_before_name: "“Arrivals to destinations such as... Maldives and Sri Lanka rose,” it said." => ["“Arrivals to destinations such as... Maldives and Sri Lanka rose,” it said."];
    omission_in_quote: "“We will ... Meta will keep investing,” he said." => ["“We will ... Meta will keep investing,” he said."];
    speech_tag_comma: "\"We are done,\" he said." => ["\"We are done,\" he said."];
    speech_tag_question: "\"Are you done?\" she asked." => ["\"Are you done?\" she asked."];
    speech_tag_curly: "“It was too little, too late,” the report said." => ["“It was too little, too late,” the report said."];
    speech_tag_exclaim_name: "“Enough!” Okafor shouted." => ["“Enough!” Okafor shouted."];
    speech_tag_question_name: "“Why now?” Mr. Smith asked, looking at the board." => ["“Why now?” Mr. Smith asked, looking at the board."];
    speech_tag_single_quotes: "'Is that legal?' he asked." => ["'Is that legal?' he asked."];
    question_inside_lower: "Asked whether he would stay? he did not answer." => ["Asked whether he would stay? he did not answer."];
    brand_exclaim: "Yahoo! shares fell after the report." => ["Yahoo! shares fell after the report."];
    parenthesis_inner_period: "The firm (formerly Acme Inc.) said it would appeal." => ["The firm (formerly Acme Inc.) said it would appeal."];
    brackets: "He said the [Meta Inc.] team had left." => ["He said the [Meta Inc.] team had left."];
    dateline: "SAN FRANCISCO (Reuters) - Meta Platforms Inc. said on Tuesday it would cut jobs." => ["SAN FRANCISCO (Reuters) - Meta Platforms Inc. said on Tuesday it would cut jobs."];
    dateline_month: "LONDON, Nov. 27 (Reuters) — Shares of Arm rose." => ["LONDON, Nov. 27 (Reuters) — Shares of Arm rose."];
    hard_wrap: "The Information reported earlier this year that top researcher Jacob\nDevlin resigned after he warned executives that the chatbot was being\ntrained on data from a rival." => ["The Information reported earlier this year that top researcher Jacob\nDevlin resigned after he warned executives that the chatbot was being\ntrained on data from a rival."];
    hard_wrap_capital: "The board met with chief executive Mark Zuckerberg on\nTuesday to discuss the Llama team and the budget for the next year." => ["The board met with chief executive Mark Zuckerberg on\nTuesday to discuss the Llama team and the budget for the next year."];
    wrap_two_lines: "Meta said on Tuesday that it would keep releasing its Llama models under\nThe same licence." => ["Meta said on Tuesday that it would keep releasing its Llama models under\nThe same licence."];
    wrap_after_title: "The letter was signed by Dr.\nAmara Okafor." => ["The letter was signed by Dr.\nAmara Okafor."];
    nbsp: "Mr.\u{a0}Smith paid $5\u{a0}million." => ["Mr.\u{a0}Smith paid $5\u{a0}million."];
    en_dash: "Revenue rose 5% – the best in years – while costs fell." => ["Revenue rose 5% – the best in years – while costs fell."];
    model_names: "Google released Gemini 1.5 Pro, GPT-4o rivals and Llama 3.1 models." => ["Google released Gemini 1.5 Pro, GPT-4o rivals and Llama 3.1 models."];
    em_dash: "The engineers — some of them Llama veterans — left in June." => ["The engineers — some of them Llama veterans — left in June."];
    camel_case_start: "Sales rose. iPhone demand was strong." => ["Sales rose.", "iPhone demand was strong."];
    lower_after_period: "The model scored 90.3 on the test. vs. 88 last year." => ["The model scored 90.3 on the test. vs. 88 last year."];
    list_label: "1. Meta lost staff\n2. Google gained them" => ["1. Meta lost staff", "2. Google gained them"];
    et_al: "The paper by Vaswani et al. changed the field." => ["The paper by Vaswani et al. changed the field."];
    caps_headline: "ACME CORP. AGREES DEAL WITH GLOBEX" => ["ACME CORP. AGREES DEAL WITH GLOBEX"];
    speech_tag_question_place: "“Will I be ready?” Holmes asked in the new year." => ["“Will I be ready?” Holmes asked in the new year."];
    caps_title_in_caps: "MR. SMITH GOES TO WASHINGTON" => ["MR. SMITH GOES TO WASHINGTON"];
    spaced_ellipsis_lower: "He paused . . . and then he left." => ["He paused . . . and then he left."];
    spaced_ellipsis_capital_name: "The list runs on . . . Meta and Google are on it too, he said." => ["The list runs on . . . Meta and Google are on it too, he said."];
    spaced_ellipsis_four_lower: "It was over . . . . but not for long." => ["It was over . . . . but not for long."];
    spaced_ellipsis_text_end: "He trailed off . . ." => ["He trailed off . . ."];
    time_am_title: "At 5 a.m. Mr. Smith went to the office." => ["At 5 a.m. Mr. Smith went to the office."];
    time_pm_title: "By 6 p.m. Dr. Jones had left the building." => ["By 6 p.m. Dr. Jones had left the building."];
    number_no_street: "He lives at No. 10 Downing Street." => ["He lives at No. 10 Downing Street."];
    number_no_executive: "She is the No. 2 executive at the bank." => ["She is the No. 2 executive at the bank."];
    number_nos: "Nos. 3 and 4 were sold last year." => ["Nos. 3 and 4 were sold last year."];
    number_no_sentence_start: "No. 10 said the plan was sound." => ["No. 10 said the plan was sound."];
    enum_paren: "He listed 1.) growth 2.) costs and 3.) staff." => ["He listed 1.) growth 2.) costs and 3.) staff."];
    enum_digits: "Two aims: 1. grow sales 2. cut costs." => ["Two aims: 1. grow sales 2. cut costs."];
    enum_letters: "Two aims: a. grow sales b. cut costs." => ["Two aims: a. grow sales b. cut costs."];
    enum_digits_capital: "The plan has three parts: 1. Growth 2. Costs 3. Staff." => ["The plan has three parts: 1. Growth 2. Costs 3. Staff."];
    enum_letters_capital: "Two aims: a. Growth b. Costs." => ["Two aims: a. Growth b. Costs."];
    enum_paren_capital: "He listed 1.) Growth 2.) Costs." => ["He listed 1.) Growth 2.) Costs."];
    time_shortly_after: "Shortly after 6 p.m. Mrs. Lee called the police." => ["Shortly after 6 p.m. Mrs. Lee called the police."];
};

/// Places where the splitter must break.
const SPLIT: &[Case] = cases! {
    simple: "Meta shares rose. Google shares fell." => ["Meta shares rose.", "Google shares fell."];
    designator_ends: "He joined Acme Corp. The deal was worth $2bn." => ["He joined Acme Corp.", "The deal was worth $2bn."];
    inc_ends: "The startup was bought by Initech Inc. It had 40 staff." => ["The startup was bought by Initech Inc.", "It had 40 staff."];
    pm_ends: "The meeting ended at 5 p.m. He left." => ["The meeting ended at 5 p.m.", "He left."];
    us_ends: "The company moved to the U.S. However, it kept an office in Paris." => ["The company moved to the U.S.", "However, it kept an office in Paris."];
    etc_ends: "It makes chips, servers, etc. The shares rose." => ["It makes chips, servers, etc.", "The shares rose."];
    jr_ends: "The award went to Harold Finch Jr. He accepted it in person." => ["The award went to Harold Finch Jr.", "He accepted it in person."];
    month_ends: "The review is due in Sept. The board will vote." => ["The review is due in Sept.", "The board will vote."];
    initial_ends: "The winner was Plan B. The board approved it." => ["The winner was Plan B.", "The board approved it."];
    number_ends: "Revenue reached $4.2bn in 2023. Profit doubled." => ["Revenue reached $4.2bn in 2023.", "Profit doubled."];
    percent_ends: "Shares rose 3.5%. Analysts were surprised." => ["Shares rose 3.5%.", "Analysts were surprised."];
    no_as_word: "Did he quit? No. He was fired." => ["Did he quit?", "No.", "He was fired."];
    domain_ends: "The firm is based at x.ai. Musk founded it." => ["The firm is based at x.ai.", "Musk founded it."];
    version_ends: "The update is v2.0. It fixes bugs." => ["The update is v2.0.", "It fixes bugs."];
    question: "Why did researchers leave Meta? The report gave reasons." => ["Why did researchers leave Meta?", "The report gave reasons."];
    exclamation: "It worked! The team celebrated." => ["It worked!", "The team celebrated."];
    interrobang: "Really?! Nobody expected that." => ["Really?!", "Nobody expected that."];
    double_bang: "Stop!! The server is on fire." => ["Stop!!", "The server is on fire."];
    ellipsis_capital: "It was over... The next day, he resigned." => ["It was over...", "The next day, he resigned."];
    ellipsis_unicode_capital: "We waited… Nothing happened." => ["We waited…", "Nothing happened."];
    quote_period_inside: "He said: “We are done.” Then he left." => ["He said: “We are done.”", "Then he left."];
    quote_straight_inside: "She wrote: \"It is over.\" The board agreed." => ["She wrote: \"It is over.\"", "The board agreed."];
    quote_single_inside: "He called it 'a mistake.' Others disagreed." => ["He called it 'a mistake.'", "Others disagreed."];
    quote_curly_single_inside: "She called it ‘a mistake.’ Others disagreed." => ["She called it ‘a mistake.’", "Others disagreed."];
    quote_question_new_sentence: "“Are you done?” The question hung in the air." => ["“Are you done?”", "The question hung in the air."];
    quote_name_new_sentence: "\"It is over.\" Smith said the firm would appeal." => ["\"It is over.\"", "Smith said the firm would appeal."];
    multi_sentence_quote: "“I think that’s great. Some of them come back. It’s healthy,” Pichai said." => ["“I think that’s great.", "Some of them come back.", "It’s healthy,” Pichai said."];
    paren_sentence: "Shares fell. (The company declined to comment.) Analysts were cautious." => ["Shares fell.", "(The company declined to comment.)", "Analysts were cautious."];
    paren_after_period: "He left in 2020 (after the merger.) The firm later collapsed." => ["He left in 2020 (after the merger.)", "The firm later collapsed."];
    blank_line: "Meta hired him\n\nGoogle lost him" => ["Meta hired him", "Google lost him"];
    blank_line_with_spaces: "First paragraph ends here \n \t\n Second paragraph." => ["First paragraph ends here", "Second paragraph."];
    crlf_blank: "One line\r\n\r\nAnother line" => ["One line", "Another line"];
    paragraph_separator: "One paragraph\u{2029}Another paragraph" => ["One paragraph", "Another paragraph"];
    blank_line_after_abbrev: "He joined Acme Corp.\n\nMeta said nothing." => ["He joined Acme Corp.", "Meta said nothing."];
    heading_single_newline: "Google’s ‘employee drain’\nThe Information reported earlier this year that a top researcher resigned over the data." => ["Google’s ‘employee drain’", "The Information reported earlier this year that a top researcher resigned over the data."];
    heading_straight_quotes: "Arsenal 'may seek full share listing'\nArsenal vice-chairman David Dein has said the club may seek a full listing." => ["Arsenal 'may seek full share listing'", "Arsenal vice-chairman David Dein has said the club may seek a full listing."];
    heading_short_paragraph: "Why researchers left Meta this year\nThey wanted more compute." => ["Why researchers left Meta this year", "They wanted more compute."];
    heading_question: "Why did researchers leave Meta?\nAccording to the report, an internal battle is to blame." => ["Why did researchers leave Meta?", "According to the report, an internal battle is to blame."];
    byline: "By Jane Doe\nTechnology reporter\n\nMeta has lost staff." => ["By Jane Doe", "Technology reporter", "Meta has lost staff."];
    dateline_own_line: "LONDON\nMeta Platforms has lost a third of the researchers who built its first Llama model." => ["LONDON", "Meta Platforms has lost a third of the researchers who built its first Llama model."];
    list_items: "Key points:\n- Meta lost researchers\n- Google gained two\n- OpenAI hired one" => ["Key points:", "- Meta lost researchers", "- Google gained two", "- OpenAI hired one"];
    bullets: "• Llama 2 is free for research\n• It was trained on 40% more data" => ["• Llama 2 is free for research", "• It was trained on 40% more data"];
    numbered_list: "Three things changed:\n1. Budgets\n2. Teams\n3. Leaders" => ["Three things changed:", "1. Budgets", "2. Teams", "3. Leaders"];
    headline_then_body: "Engineers quit Meta’s Llama team, here’s why\n\nMeta has been among the top companies." => ["Engineers quit Meta’s Llama team, here’s why", "Meta has been among the top companies."];
    trailing_lines: "Share this story.\n\nFacebookTwitterLinkedin\n\n\n\nend of article" => ["Share this story.", "FacebookTwitterLinkedin", "end of article"];
    cjk: "Meta发布了新模型。谷歌也发布了！你用过吗？" => ["Meta发布了新模型。", "谷歌也发布了！", "你用过吗？"];
    cjk_quote: "他说：「我们完成了。」然后离开了。" => ["他说：「我们完成了。」", "然后离开了。"];
    no_final_punctuation: "Meta hired him. Google lost him" => ["Meta hired him.", "Google lost him"];
    leading_trailing_space: "  \n Meta hired him.   Google lost him. \n " => ["Meta hired him.", "Google lost him."];
    nbsp_between: "Meta hired him.\u{a0}Google lost him." => ["Meta hired him.", "Google lost him."];
    digit_start: "The firm was founded in 2004. 2023 was its best year." => ["The firm was founded in 2004.", "2023 was its best year."];
    title_starter_after_designator: "She left Globex Corp. Mr. Hale replaced her." => ["She left Globex Corp.", "Mr. Hale replaced her."];
    quote_then_name_capital: "It is “too little, too late.” Meta declined to comment." => ["It is “too little, too late.”", "Meta declined to comment."];
    en_dash_ending: "Shares rose – again. The board shrugged." => ["Shares rose – again.", "The board shrugged."];
    model_ends: "The startup trained its own model on GPT-4o. It beat Gemini 1.5 Pro." => ["The startup trained its own model on GPT-4o.", "It beat Gemini 1.5 Pro."];
    em_dash_ending: "He left — again. The board shrugged." => ["He left — again.", "The board shrugged."];
    caps_abbrev_ends: "SHE JOINED ACME CORP. THE DEAL CLOSED." => ["SHE JOINED ACME CORP.", "THE DEAL CLOSED."];
    acronym_not_title: "The deal is under review by the SEC. The company declined to comment." => ["The deal is under review by the SEC.", "The company declined to comment."];
    acronym_ft: "Sources told the FT. But the company denied it." => ["Sources told the FT.", "But the company denied it."];
    acronym_then_quote: "Funds will go to the DEC. “I’d be pleased,” he added." => ["Funds will go to the DEC.", "“I’d be pleased,” he added."];
    that_said_not_a_tag: "“We are not done.” That said, she is working on a film." => ["“We are not done.”", "That said, she is working on a film."];
    he_said_new_sentence: "“Why not?” He said: “We need winners.”" => ["“Why not?”", "He said: “We need winners.”"];
    said_clause_new_sentence: "“Can they clean up their act?” Mr Blair said he would not respond." => ["“Can they clean up their act?”", "Mr Blair said he would not respond."];
    initial_in_quote_ends: "He called it “the worst since Cell Block H.” Labour disagreed." => ["He called it “the worst since Cell Block H.”", "Labour disagreed."];
    glued_after_scraping: "Proceeds go to victims of the tsunami.Steve will write a column." => ["Proceeds go to victims of the tsunami.", "Steve will write a column."];
    spaced_ellipsis_capital: "It was over . . . The next day, he resigned." => ["It was over . . .", "The next day, he resigned."];
    spaced_ellipsis_four_capital: "It was over . . . . The next day, he resigned." => ["It was over . . . .", "The next day, he resigned."];
    spaced_ellipsis_after_period: "He left. . . . Then he came back." => ["He left. . . .", "Then he came back."];
    time_am_ends: "The shop opens at 9 a.m. The queue starts earlier." => ["The shop opens at 9 a.m.", "The queue starts earlier."];
    enum_ends_capital: "The aims are 1. growth and 2. cost cuts. The board agreed." => ["The aims are 1. growth and 2. cost cuts.", "The board agreed."];
    time_pm_title_mid_sentence: "The meeting ended at 5 p.m. Mr. Smith left early." => ["The meeting ended at 5 p.m.", "Mr. Smith left early."];
    rank_numbers_not_labels: "She ranked No. 1. Then she fell to 2. The others rose." => ["She ranked No. 1.", "Then she fell to 2.", "The others rose."];
    number_after_colon_label_ends: "The score: 3. The home side lost." => ["The score: 3.", "The home side lost."];
};

/// Input with nothing to split.
const EMPTY: &[Case] = cases! {
    empty: "" => [];
    spaces: "   " => [];
    newlines: "\n\n\r\n\t" => [];
    nbsp_only: "\u{a0}\u{2003}\u{feff}" => [];
};

#[test]
fn must_not_split() {
    check(KEEP);
}

#[test]
fn must_split() {
    check(SPLIT);
}

#[test]
fn empty_input() {
    check(EMPTY);
}

#[test]
fn case_count() {
    let total = KEEP.len() + SPLIT.len() + EMPTY.len();
    assert!(total >= 80, "{total} cases");
    assert!(
        KEEP.len() * 3 >= total,
        "{} of {total} keep cases",
        KEEP.len()
    );
}
