"""Extraction rules on short texts written for each rule, with the real model."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from kg.corpus import assemble, read_file
from kg.extract import extract
from kg.facts import CITY, COUNTRY, GROUP, ORGANIZATION, PERSON, PLACE
from kg.nlp import parse


@pytest.fixture(scope="module")
def run(nlp):
    def facts_of(*paragraphs: str, published: dt.date = dt.date(2025, 3, 14)):
        article = assemble([("A Headline For The Test", None), *((p, None) for p in paragraphs)], id="t",
                           source="test", published=published)
        ((article, doc),) = list(parse(nlp, [article]))
        facts = extract(article, doc)
        names = {e.key: e.label for e in facts.entities}
        return facts, names
    return facts_of


def by_label(facts, label):
    found = [e for e in facts.entities if e.label == label]
    assert len(found) == 1, [e.label for e in facts.entities]
    return found[0]


def test_names_merge_within_an_article(run):
    facts, _ = run("Peruvian President Jose Jeri declared a state of emergency on Friday.",
                   "Jeri said the measure was temporary. President Jeri will travel to Lima next week.")
    jeri = by_label(facts, "Jose Jeri")
    assert jeri.type == PERSON and "Jeri" in jeri.aliases
    assert sum(1 for e in facts.entities if e.type == PERSON) == 1


def test_a_given_name_taken_for_a_town_joins_the_rest_of_the_name(run):
    facts, names = run("The Congress on Tuesday approved the impeachment of Gilberto Smit Guzmán, the regional "
                       "governor of Ostra, over allegations of graft.", "Smit denied wrongdoing.")
    assert [e.label for e in facts.entities if e.type == PERSON] == ["Gilberto Smit Guzmán"]
    assert [names[e.source] for e in facts.events if e.type == "016"] == ["Gilberto Smit Guzmán"]


def test_acronym_tied_to_its_expansion_and_linked(run):
    facts, _ = run("The Organization for Security and Co-operation in Europe sent observers to the vote.",
                   "The OSCE said the count was orderly.")
    osce = [e for e in facts.entities if e.type == ORGANIZATION]
    assert len(osce) == 1 and osce[0].wikidata and len(osce[0].mentions) == 2


def test_a_possessive_before_an_acronym_is_no_part_of_the_name(run):
    facts, _ = run("The Varna Regional Government's (VRG) crisis centre said 300 people had crossed.",
                   "The VRG asked for tents.")
    bodies = [e for e in facts.entities if e.type == ORGANIZATION]
    assert [(e.label, e.aliases) for e in bodies] == [("Varna Regional Government", ("VRG",))], bodies


def test_demonyms_point_at_countries_and_groups(run):
    facts, names = run("Peruvian police stopped hundreds of Venezuelans at the border.")
    assert by_label(facts, "Peru").type == COUNTRY
    venezuelans = by_label(facts, "Venezuelans")
    assert venezuelans.type == GROUP and venezuelans.country == "VE"
    assert any(r.predicate == "nationality" and names[r.object] == "Venezuela" for r in facts.relations
               if r.subject == venezuelans.key)



def test_a_nationality_begins_the_name_of_a_party_or_civic_body(run):
    facts, names = run("Jon Tavik, who leads the conservative Austrian People's Party, named a new minister.",
                       "The Costa Rican Chamber of Industries criticised the plan.")
    labels = {e.label for e in facts.entities if e.type == ORGANIZATION}
    assert {"Austrian People's Party", "Costa Rican Chamber of Industries"} <= labels, labels
    assert ("Jon Tavik", "headOf", "Austrian People's Party") in {
        (names[r.subject], r.predicate, names.get(r.object)) for r in facts.relations}


def test_a_nationality_begins_the_name_of_a_place(run):
    facts, names = run("KINGSTON, Jamaica — Prime Minister Jon Tavik said rival gangs in Spanish Town and May Pen "
                       "had fought for three days.")
    assert "Spanish Town" in {e.label for e in facts.entities if e.type == CITY}, facts.entities
    assert "Spain" not in {e.label for e in facts.entities}, facts.entities
    assert ("Jon Tavik", "headOf", "Jamaica") in {
        (names[r.subject], r.predicate, names.get(r.object)) for r in facts.relations}


def test_a_person_of_a_body_with_an_acronym_is_a_member_not_part_of_its_name(run):
    facts, names = run("Tavik won 50.2% against 47.1% for Lena Varga of the Movement for Civic Renewal (MCR), "
                       "a lead of some 9,000 votes.",
                       "The rest went to Ivo Brant of the Unity Front (UF).")
    people = {e.label for e in facts.entities if e.type == PERSON}
    assert {"Lena Varga", "Ivo Brant"} <= people, people
    relations = {(names[r.subject], r.predicate, names.get(r.object)) for r in facts.relations}
    assert ("Lena Varga", "memberOf", "Movement for Civic Renewal") in relations, relations
    assert ("Ivo Brant", "memberOf", "Unity Front") in relations, relations

def test_a_spokesperson_the_parse_hangs_on_the_body_before_says_the_words(run):
    facts, names = run('National Unity Front (NUF) spokesman Ivo Brant called the plan "nothing more than a reshuffle '
                       'of chairs" and said the cabinet should resign.')
    assert [(names.get(q.speaker), q.text[:12]) for q in facts.quotes] == [("Ivo Brant", "nothing more")]


def test_pronoun_speaker_after_the_quote(run):
    facts, names = run("Health Minister Ana Costa visited the hospital on Monday.",
                       "“We will not close a single ward,” she said.")
    (quote,) = facts.quotes
    assert names[quote.speaker] == "Ana Costa"
    assert quote.text == "We will not close a single ward"


def test_a_pronoun_speaker_is_the_subject_of_the_sentence_before_not_one_deep_inside_it(run):
    facts, names = run("Judge Elena Marsh of the county court said prosecutors had failed to prove that former mayor "
                       "Daniel Brook knew of the payments. \"Suspicion is not evidence,\" she told the courtroom.",
                       "Brook wept as the verdict was read. \"Today a judge finally read the file,\" he said.")
    assert [names[q.speaker] for q in facts.quotes] == ["Elena Marsh", "Daniel Brook"]


def test_a_speaker_the_parse_cut_off_after_a_question_and_a_ministry_named_before(run):
    facts, names = run("The father of the victim, Jon Tavik, a retired farmer, criticised the sentence. “Five years "
                       "for killing my daughter. Is that what a life is worth?” he said outside the court.",
                       "On Thursday, Peru's foreign ministry said it had expelled Chilean Ambassador Piet Smit. "
                       'In the same statement, the ministry accused Smit of paying "groups that seek to topple the '
                       'state", a charge that Chile rejected as false.')
    speakers = {q.text[:20]: names.get(q.speaker) for q in facts.quotes}
    assert speakers == {"Five years for killi": "Jon Tavik", "groups that seek to ": "Peru"}, speakers
    facts, names = run('"Farmers will not pay for this drought by themselves," according to a notice released by '
                       "the Kesto Farmers Union on Monday.")
    assert [names.get(q.speaker) for q in facts.quotes] == ["Kesto Farmers Union"]


def test_a_title_speaker_names_its_holder(run):
    facts, names = run('"People who survived the war are now being hunted," UNHCR\'s representative in Chad, '
                       'Annelies Verbeek, told reporters in Ndjamena.')
    assert [names.get(q.speaker) for q in facts.quotes] == ["Annelies Verbeek"], facts.quotes
    facts, names = run('Presiding Judge Seo Ji-hye said Park had shown "no genuine remorse" for the fraud.')
    assert [names.get(q.speaker) for q in facts.quotes] == ["Seo Ji-hye"], facts.quotes  # not Park


def test_a_quoted_phrase_is_the_words_of_the_one_who_reports_its_clause(run):
    facts, names = run("The Media Freedom Network condemned the arrest of the reporter.",
                       'Police spokesman Tomas Berg said the reporter had been held "in line with the law" and '
                       "rejected claims of abuse.",
                       "The Liberation Front signed the truce on Monday.",
                       "General Ana Ruiz told reporters the army had accepted the truce, but warned that it would "
                       'respond "with overwhelming force" to any violation.',
                       'More rain "could flood low-lying districts by Friday", according to the weather agency, '
                       "the National Meteorological Service.")
    speakers = {q.text: names.get(q.speaker) for q in facts.quotes}
    assert speakers["in line with the law"] == "Tomas Berg", speakers
    assert speakers["with overwhelming force"] == "Ana Ruiz", speakers
    assert speakers["could flood low-lying districts by Friday"] == "National Meteorological Service", speakers


def test_people_who_speak_for_a_body_and_people_nobody_names(run):
    facts, names = run("The Andean Electoral Network sent 40 observers to the vote in Varnok.",
                       'Observers from the Andean Electoral Network said the vote was "orderly and transparent on '
                       'the whole".',
                       'The Coastal Union, whose observers had described the count as "slow but entirely honest", '
                       "said it would send a mission.",
                       'Officials called the blackout "a deliberate act of sabotage" on Sunday.')
    speakers = {q.text: names.get(q.speaker) for q in facts.quotes}
    assert speakers["orderly and transparent on the whole"] == "Andean Electoral Network", speakers
    assert speakers["slow but entirely honest"] == "Coastal Union", speakers
    assert speakers["a deliberate act of sabotage"] is None, speakers


def test_speaker_before_the_quote_and_according_to(run):
    facts, names = run('Finance Minister Paulo Reis said: "The budget is balanced for the first time."',
                       "Growth will reach 3%, according to Maria Lopes, the central bank governor.")
    speakers = {names.get(q.speaker) for q in facts.quotes}
    assert "Paulo Reis" in speakers


def test_future_act_is_a_threat_done_act_is_the_act(run):
    facts, _ = run("Kenyan President William Ruto will impose a curfew on Nairobi.",
                   "On Tuesday Ruto imposed a curfew on Mombasa.")
    codes = sorted(e.type for e in facts.events)
    assert "1323" in codes and "1723" in codes


def test_control_verb_gives_two_threats(run):
    facts, names = run("Jose Antonio Kast has pledged to detain and expel undocumented migrants if elected.")
    threats = [e for e in facts.events if e.type.startswith("13")]
    assert len(threats) == 2 and {names[e.source] for e in threats} == {"Jose Antonio Kast"}


def test_passive_with_agent(run):
    facts, names = run("Dozens of protesters were arrested by police in Tbilisi on Wednesday.")
    (arrest,) = [e for e in facts.events if e.type.startswith("17")]
    assert names[arrest.source] == "police"
    assert arrest.when.value == "2025-03-12"


def test_negated_event_is_marked(run):
    facts, _ = run("Chinese Foreign Minister Wang Li did not criticise the agreement with Japan.")
    assert facts.events and all(e.negated for e in facts.events if e.type.startswith("11"))


def test_promised_aid_is_an_intent_given_aid_is_aid(run):
    facts, _ = run("Japan pledged $1.2 million in emergency assistance.",
                   "The European Union released €500,000 in humanitarian funding.")
    codes = {e.type for e in facts.events}
    assert "0333" in codes and "073" in codes


def test_an_act_the_lexicon_knows_only_as_promised_is_a_promise_or_a_threat(run):
    facts, names = run("Lena Varga said the government would pay the families of the victims.",
                       "Jon Tavik said the government would close the camp at Varna by the end of the year.",
                       "Piet Smit said his ministry would notify every customer whose data had been stolen.",
                       "Ana Varo said the government would feed 9,000 families in Kesto over the coming weeks.")
    found = {(e.type, e.trigger.text, names.get(e.source)) for e in facts.events}
    assert {("0331", "pay", "Lena Varga"), ("130", "close", "Jon Tavik"), ("030", "notify", "Piet Smit"),
            ("0333", "feed", "Ana Varo")} <= found, found


def test_a_deal_a_body_will_submit_is_its_promise_and_no_pact(run):
    facts, names = run("Mira Vell said the cabinet would submit the border accord to the assembly in May.",
                       "Piet Smit said his cabinet would submit a revised bill within weeks.")
    assert sorted((e.type, e.trigger.text, names.get(e.source)) for e in facts.events) == [
        ("030", "submit", "Mira Vell"), ("030", "submit", "Piet Smit")], facts.events


def test_a_possible_payment_a_threatened_opening_and_a_refused_sending_promise_nothing(run):
    facts, _ = run("Kenya could pay no more than 100 million shillings, Lena Varga said.",
                   "The rebels threatened to open the floodgates of the Kesto dam.",
                   "Mira Vell said she would refuse to sign the decree and send it back to parliament.")
    assert {e.trigger.text for e in facts.events if e.type[:2] in ("03", "13")} == {"threatened", "refuse"}


def test_quantities_with_qualifiers_units_and_money(run):
    facts, _ = run("At least 38 people died and around 120,000 fled, while the government released "
                   "$2.5 billion and inflation fell to 12.5%.")
    values = {q.value: q for q in facts.quantities}
    assert values[38].qualifier == "at least" and values[38].unit == "people"
    assert values[120_000].qualifier == "around"
    assert values[2.5e9].unit == "USD"
    assert values[12.5].unit == "percent"


def test_roughly_34_million_people_is_not_money(run):
    facts, _ = run("The measures aim to keep Peru's population of roughly 34 million safe.")
    (q,) = facts.quantities
    assert q.value == 34_000_000 and q.unit != "USD" and q.measures == "population"


def test_vague_amounts_count_their_scale_and_fractions_are_no_quantities(run):
    facts, _ = run("Hundreds of farmers marched in Varnok on Monday, and tens of thousands rallied in the capital.",
                   "Soldiers took dozens of rifles from the depot.",
                   "The lake has shrunk to about a tenth of its size, and yields fell by nearly half.")
    values = {q.mention.text: q for q in facts.quantities}
    assert values["Hundreds"].value == 100 and values["tens of thousands"].value == 10_000, values
    assert values["dozens"].value == 12
    assert not any("tenth" in text or "half" in text for text in values), values  # a share, as FORMAT.md says


def test_two_amounts_in_one_phrase_and_amounts_the_model_left_untagged(run):
    facts, _ = run("Ostrava Steel expects a profit of between €450 million and €520 million for 2026.",
                   "Farmers lost an estimated 130 billion tenge, and the fund paid around 95 million euros.",
                   "The Varnok court also fined Dalberg 40 billion won ($29 million).")
    found = {(q.value, q.unit) for q in facts.quantities}
    assert {(450e6, "EUR"), (520e6, "EUR"), (130e9, "KZT"), (95e6, "EUR"), (40e9, "KRW"), (29e6, "USD")} <= found, found
    assert not any(q.value in (970e6, 490e9) for q in facts.quantities)


def test_numbers_that_count_nothing(run):
    facts, _ = run("The two countries agreed to expand two-way trade, the ministers said.",
                   "A magnitude 6.1 quake toppled a six-storey hotel; lead levels were three times the limit.",
                   "Police detained 14 protesters.")
    assert [(q.mention.text, q.value) for q in facts.quantities] == [("14", 14)]


def test_distances_and_heat_are_measures_and_an_adjective_after_a_is_no_one(run):
    facts, _ = run("The fire spread about 40 kilometres along the coast as temperatures passed 45 degrees.",
                   "Temperatures in Varna climbed above 44C, and in Tresk to 41C.",
                   "The lake will take an additional 2.5 billion cubic metres of runoff over 160,000 square "
                   "kilometres.")
    assert [(q.mention.text, q.value) for q in facts.quantities] == [
        ("an additional 2.5 billion cubic metres", 2.5e9), ("over 160,000 square kilometres", 160000)]


def test_ratios_magnitudes_and_times_of_day_count_nothing(run):
    facts, _ = run("Officials say about one in five of Norland's 2.5 million people have left.",
                   "A 5.9 quake damaged a church; the bureau counted 31 attacks, up from just two in 2022.",
                   "The quake struck at 2.15 am on Monday.")
    assert [(q.mention.text, q.value) for q in facts.quantities] == [("2.5 million", 2.5e6), ("31", 31),
                                                                      ("just two", 2)]


def test_durations_are_not_event_dates(run):
    facts, _ = run("Kast warned migrants that they had 111 days to leave Chile.")
    assert all(e.when is None or e.when.value == "2025-03-14" for e in facts.events)


def test_office_from_premodifier_and_apposition(run):
    facts, names = run("Chilean Minister of Security Luis Cordero criticised the plan.",
                       "Rania Shokry, chief economist at EFG Hermes, disagreed.")
    offices = {(names[o.holder], o.label(names)) for o in facts.offices}
    assert ("Luis Cordero", "Minister of Security of Chile") in offices
    assert any(holder == "Rania Shokry" and "Chief Economist" in label for holder, label in offices)


def test_an_unnamed_body_an_employer_after_with_and_a_deputy_rank(run):
    facts, names = run("Jon Tavik, head of a local farmers' association, said the harvest had failed.",
                       "Lena Varga, a water engineer with the charity Clean Wells Trust, said the pumps had failed.",
                       "Piet Smit, the Kesto Defence Force's deputy commander, was sworn in on Monday.",
                       "Mira Vell, an engineer for the French oil company Marel Energie, was seized near Varna.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert offices == {("Jon Tavik", "head", None), ("Lena Varga", "water engineer", "Clean Wells Trust"),
                       ("Piet Smit", "deputy commander", "Kesto Defence Force"),
                       ("Mira Vell", "engineer", "Marel Energie")}, offices
    # the company is French; nothing says she is
    assert not [r for r in facts.relations if r.predicate == "nationality" and names[r.subject] == "Mira Vell"]


def test_a_spokesman_speaks_for_the_state_whose_unnamed_ministry_the_sentence_names(run):
    facts, names = run("The European Union urged the Peruvian authorities to free the activists. Peru's foreign "
                       "ministry rejected the statement as interference, according to spokesman Jon Tavik.")
    assert [(names[o.holder], o.title, names.get(o.organization)) for o in facts.offices] == [
        ("Jon Tavik", "Spokesman", "Peru")]


def test_the_spokesperson_of_an_unnamed_state_body_speaks_for_the_state(run):
    facts, names = run("Coast guard spokeswoman Mira Vell said on Friday that Kenya had sent two patrol boats.",
                       "Uganda's foreign ministry protested. Ministry spokesman Piet Smit called the raid illegal.")
    offices = offices_of(facts, names)
    assert offices == {("Mira Vell", "Coast Guard Spokeswoman", "Kenya"),
                       ("Piet Smit", "Ministry Spokesman", "Uganda")}, offices


def test_a_minister_named_without_a_country_is_of_the_dateline_s_but_a_chief_minister_is_not(run):
    facts, names = run("LIMA, March 12 (Reuters) - A court in Lima sentenced former Energy Minister Jon Tavik to 12 "
                       "years in prison for taking bribes from a Turkish company.",
                       "Chief Minister Piet Smit said the floods had killed 40 people.")
    offices = {(names[o.holder], o.title, o.former, names.get(o.organization)) for o in facts.offices}
    assert offices == {("Jon Tavik", "Energy Minister", True, "Peru"), ("Piet Smit", "Chief Minister", False, None)}


def test_former_office(run):
    facts, names = run("Former Economy Minister Maria Tarqui won 27% of the vote.")
    (office,) = [o for o in facts.offices if names[o.holder] == "Maria Tarqui"]
    assert office.former and office.title == "Economy Minister"


@pytest.mark.parametrize("text, holder, title", [
    ("Minister of Foreign Affairs and Trade Ana Reyes said on Monday the talks would continue.", "Ana Reyes",
     "Minister of Foreign Affairs and Trade"),
    # the model runs the last portfolio word into the name: "Oil Idris Abdelwahab Yousif"
    ("Minister of Energy and Oil Idris Abdelwahab Yousif met the Chadian delegation in Khartoum on Monday.",
     "Idris Abdelwahab Yousif", "Minister of Energy and Oil"),
    # the model takes the words after "and" for a body: "Social Security"
    ("Lena Varga, Minister of Labour and Social Security, told senators the reform could not wait.", "Lena Varga",
     "Minister of Labour and Social Security"),
])
def test_office_with_a_long_portfolio_before_the_name(run, text, holder, title):
    facts, names = run(text)
    assert any(names[o.holder] == holder and o.title == title for o in facts.offices), facts.offices


def test_office_from_a_title_before_the_comma_and_an_indefinite_apposition(run):
    facts, names = run("The opposition Unity Party met on Monday. Its leader, Maria Lopes, said the vote was rigged.",
                       "Tomas Berg, a spokesman for the Interior Ministry, denied the claim.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert ("Maria Lopes", "leader", "Unity Party") in offices, offices
    assert ("Tomas Berg", "spokesman", "Interior Ministry") in offices, offices


def test_a_body_before_the_title_named_by_its_acronym_or_last_word(run):
    facts, names = run("The Liberal Reform Party (LRP) won the vote. The LRP agreed to form a coalition under LRP "
                       "leader Tomas Berg.",
                       "The European Commission imposed duties on steel. Commission trade spokeswoman Ana Reyes said "
                       "the bloc would respond.",
                       "The Popular Defence Front (PDF) denied the attack. \"We were not there,\" PDF adviser Karim "
                       "Zein wrote on X.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert ("Tomas Berg", "leader", "Liberal Reform Party") in offices, offices
    assert ("Ana Reyes", "trade spokeswoman", "European Commission") in offices, offices
    assert ("Karim Zein", "adviser", "Popular Defence Front") in offices, offices
    assert not any(e.label in ("LRP", "PDF") for e in facts.entities)


def test_a_forum_named_by_its_last_word_before_a_title(run):
    facts, names = run("Leaders of the Kesto Islands Forum met in Varna on Thursday.",
                       "Forum Secretary General Ivo Brant said the talks had gone well.")
    offices = offices_of(facts, names)
    assert offices == {("Ivo Brant", "Secretary General", "Kesto Islands Forum")}, offices


def test_a_country_before_a_two_word_title_keeps_the_title_whole(run):
    facts, names = run("HONIARA — Solomon Islands Prime Minister Jon Tavik dismissed two ministers on Monday.")
    assert offices_of(facts, names) == {("Jon Tavik", "Prime Minister", "Solomon Islands")}, offices_of(facts, names)
    assert "Solomon Islands Prime" not in names.values(), names


def test_a_portfolio_of_several_words_before_the_name(run):
    facts, names = run("Minister for Disaster Preparedness Mira Vell visited Tresk on Monday.",
                       "Minister of Posts and Telecommunications Piet Smit said lines were down.")
    assert offices_of(facts, names) == {("Mira Vell", "Minister for Disaster Preparedness", None),
                                        ("Piet Smit", "Minister of Posts and Telecommunications", None)}, offices_of(
        facts, names)


def test_a_city_before_a_title_and_a_rank_after_a_post(run):
    facts, names = run("Lagos Mayor Ade Bello said the curfew would stay.",
                       "Army spokesman Colonel Musa Diallo said the operation was precise.",
                       "Said Amir, secretary general of the Arab League, called for calm.",
                       "Police spokesman Senior Superintendent Piet Smit said 12 people were held.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert {t for h, t, _ in offices if h == "Piet Smit"} == {"police spokesman", "senior superintendent"}
    assert ("Ade Bello", "mayor", "Lagos") in offices, offices
    assert {(t, org) for h, t, org in offices if h == "Musa Diallo"} == {("army spokesman", None), ("colonel", None)}
    assert {t for h, t, _ in offices if h == "Said Amir"} == {"secretary general"}


def test_a_legislature_before_president_stays_in_the_title(run):
    facts, names = run("Senate President Elena Margarit took over as interim president on Tuesday.")
    offices = offices_of(facts, names)
    assert ("Elena Margarit", "Senate President", "Senate") in offices, offices


def test_an_indefinite_apposition_gives_an_occupation_or_a_former_post(run):
    facts, names = run('"This is a national tragedy," said Besnik Hoxha, a volunteer firefighter.',
                       "Fernando Indjai, a former finance minister, won the run-off.",
                       "Ana Lima, a far-right leader, spoke.")
    offices = {(names[o.holder], o.title.lower(), o.former) for o in facts.offices}
    assert offices == {("Besnik Hoxha", "volunteer firefighter", False),
                       ("Fernando Indjai", "finance minister", True)}, offices


def test_where_the_title_holder_comes_from_is_no_part_of_the_title(run):
    facts, names = run("A tribal leader from Kesto, Sheikh Ahmed al-Tavik, carried messages between the two sides.")
    assert offices_of(facts, names) == {("Ahmed al-Tavik", "Tribal Leader", None)}


def test_sheikh_is_a_form_of_address_and_commissioner_general_one_rank(run):
    facts, names = run("Washington thanked Qatar's prime minister, Sheikh Hamad bin Tavik Al Varga, for his help.",
                       "Commissioner General Piet Smit Brenes denied the claims. Tresk lawyer Ana Sheikh Kors spoke.")
    assert {e.label for e in facts.entities if e.type == PERSON} == {
        "Hamad bin Tavik Al Varga", "Piet Smit Brenes", "Ana Sheikh Kors"}, facts.entities
    offices = offices_of(facts, names)
    assert ("Hamad bin Tavik Al Varga", "Prime Minister", "Qatar") in offices, offices
    assert ("Piet Smit Brenes", "Commissioner General", None) in offices, offices


def test_an_indefinite_apposition_gives_a_seat_held_now(run):
    facts, names = run("Piet Smit, a first-term lawmaker from the Green Alliance, said the bill was rushed.",
                       "Lena Varga, a former provincial secretary, won 12 percent. Ivo Brant, a minister, spoke.")
    offices = {(names[o.holder], o.title.lower(), o.former) for o in facts.offices}
    assert offices == {("Piet Smit", "lawmaker", False), ("Lena Varga", "provincial secretary", True)}, offices


def test_a_portfolio_of_several_words_after_minister_of(run):
    facts, names = run("Ecuador's Minister of Production and Foreign Trade, Jon Tavik, said Quito had lost patience.")
    assert offices_of(facts, names) == {("Jon Tavik", "Minister of Production and Foreign Trade", "Ecuador")}
    assert not {e.label for e in facts.entities} & {"Production", "Foreign Trade"}, facts.entities


def test_the_head_of_a_bodys_unit_heads_the_unit(run):
    facts, names = run("Janez Novak, the head of the EU delegation in Tirana, said aid was on its way.",
                       "Ana Lima, the head of the World Food Programme, said aid was ready.")
    offices = offices_of(facts, names)
    assert ("Janez Novak", "Head of Delegation", "European Union") in offices, offices
    heads = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "headOf"}
    assert heads == {("Ana Lima", "World Food Programme")}, heads


def test_office_given_by_the_clause(run):
    facts, names = run("Sylvie Renaud, who served as finance minister until 2023, criticised the budget.")
    assert any(names[o.holder] == "Sylvie Renaud" and o.title.lower() == "finance minister" and o.former
               for o in facts.offices), facts.offices


def test_participle_that_begins_a_title(run):
    facts, names = run("Coordinating Minister for Trade Anto Wirasa said Jakarta would respond.")
    titles = {(names[o.holder], o.title) for o in facts.offices}
    assert ("Anto Wirasa", "Coordinating Minister for Trade") in titles, titles


def test_verb_the_parser_sees_in_a_two_word_title(run):
    facts, names = run("The collapse wiped out savings belonging to many retirees.",
                       "Presiding Judge Kim Ha-eun said the defendant had shown no genuine remorse.")
    assert [(names[o.holder], o.title) for o in facts.offices] == [("Kim Ha-eun", "Presiding Judge")], facts.offices


def test_participle_inside_the_body_of_an_apposition(run):
    facts, names = run("A court sentenced Dario Pell, the founder of the collapsed lending firm Quickfund Capital, "
                       "to ten years.")
    titles = offices_of(facts, names)
    assert ("Dario Pell", "Founder", "Quickfund Capital") in titles, titles


def test_occupation_in_an_indefinite_apposition(run):
    facts, names = run("The flood hit the village, said Omar Dembo, a community leader who helped bury the dead.",
                       "Anvar Kadyr, a water expert at the Steppe Policy Institute in Almaty, welcomed the deal.")
    titles = offices_of(facts, names)
    assert ("Omar Dembo", "Community Leader", None) in titles, titles
    assert ("Anvar Kadyr", "Water Expert", "Steppe Policy Institute") in titles, titles


def test_titles_ending_in_general_standing_words_trades_and_an_unnamed_workplace(run):
    facts, names = run("Prosecutor General Mira Vell charged the army chief, General Piet Smit.",
                       "Opposition senator Lena Varga and independent lawmaker Jon Tavik, a former judge, objected.",
                       "Dara Holm, a fish seller, and Ivo Brant, a mathematics teacher at a school in Kesto, spoke.",
                       "The current interior minister, Ana Kors, did not.")
    titles = {(names[o.holder], o.title) for o in facts.offices}
    assert {("Mira Vell", "Prosecutor General"), ("Lena Varga", "Senator"), ("Jon Tavik", "Lawmaker"),
            ("Dara Holm", "Fish Seller"), ("Ivo Brant", "Mathematics Teacher"), ("Ana Kors", "Interior Minister")} \
        <= titles, titles
    assert ("Mira Vell", "General") not in titles and ("Mira Vell", "Prosecutor") not in titles


def test_a_post_held_in_a_country_for_a_body_is_the_bodys(run):
    facts, names = run("Ana Kors, the country director in Chad of the World Food Programme, said food was short.")
    offices = offices_of(facts, names)
    assert offices == {("Ana Kors", "Country Director", "World Food Programme")}, offices


def test_occupation_without_the_age_and_home_town(run):
    facts, names = run('"We lost everything," said Mira Tosk, a 71-year-old retired teacher from Dunmore.')
    titles = {(names[o.holder], o.title, o.organization) for o in facts.offices}
    assert titles == {("Mira Tosk", "Retired Teacher", None)}, titles


def test_its_ambassador_is_the_states(run):
    facts, names = run("Norway said it had recalled its ambassador, Maria Lund, for consultations.")
    assert [(names[o.holder], o.title, names.get(o.organization)) for o in facts.offices] == [
        ("Maria Lund", "Ambassador", "Norway")], facts.offices
    assert any(names[r.subject] == "Maria Lund" and r.predicate == "nationality" and names[r.object] == "Norway"
               for r in facts.relations), facts.relations



def test_its_spokesperson_or_chief_of_a_state_body_is_the_states_named_before(run):
    facts, names = run("The Varna Trust, a charity, asked for access on Monday.",
                       "Norway called for restraint on Tuesday. Its foreign ministry spokeswoman, Lena Varga, said "
                       "in Oslo that the talks had to resume. It sacked its army chief, General Jon Tavik, later.")
    offices = offices_of(facts, names)
    assert ("Lena Varga", "Foreign Ministry Spokeswoman", "Norway") in offices, offices
    assert ("Jon Tavik", "Army Chief", "Norway") in offices, offices

def test_place_then_comma_in_a_region(run):
    facts, names = run("The strike hit the village of Karabo, in the Mopti region, shortly after midday, "
                       "residents said.")
    assert any((names[r.subject], r.predicate, names[r.object]) == ("Karabo", "containedInPlace", "Mopti")
               for r in facts.relations), facts.relations


def test_place_then_comma_and_a_demonym_is_not_within_that_country(run):
    facts, names = run("In Harare, Zambian Foreign Minister Ruth Phiri rejected the claims.",
                       "Protesters gathered in Cusco, Peru, on Monday.")
    contained = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "containedInPlace"}
    assert contained == {("Cusco", "Peru")}, contained


def test_general_titles_treasurer_and_diplomat(run):
    facts, names = run("Parliament removed the premier, and his former treasurer, Paul Hartigan, was sworn in.",
                       "Lena Ortiz, a former diplomat, criticised the pact.")
    titles = {(names[o.holder], o.title, o.former) for o in facts.offices}
    assert {("Paul Hartigan", "Treasurer", True), ("Lena Ortiz", "Diplomat", True)} <= titles, titles


def test_acronym_the_model_takes_for_a_place_is_the_organisation(run):
    facts, names = run("The deal was signed by the leaders of the Zambia National Taxi Association (ZNTA).",
                       '"We did not get everything," said Mary Banda, the ZNTA\'s president.')
    assert not [e for e in facts.entities if e.label == "ZNTA"], facts.entities
    assert [(names[o.holder], o.title, names[o.organization]) for o in facts.offices] == [
        ("Mary Banda", "President", "Zambia National Taxi Association")], facts.offices


def test_two_portfolios_joined_before_a_title(run):
    facts, names = run("Trade and Industry Minister Ama Boateng welcomed the deal.")
    assert [(names[o.holder], o.title) for o in facts.offices] == [("Ama Boateng", "Trade and Industry Minister")], \
        facts.offices


def test_portfolio_before_a_title_is_no_organisation(run):
    facts, names = run("The deal was signed by Public Service Minister Rudo Moyo on Tuesday.")
    assert not [e for e in facts.entities if e.type == ORGANIZATION], facts.entities
    assert [(names[o.holder], o.title) for o in facts.offices] == [("Rudo Moyo", "Public Service Minister")], \
        facts.offices


def test_any_portfolio_before_minister_and_a_name_is_no_organisation(run):
    facts, names = run("Lawmakers called on Electricity Minister Jon Tavik to resign. Social Cohesion Minister Piet "
                       "Smit said families would be paid.")
    assert not [e for e in facts.entities if e.type == ORGANIZATION], facts.entities
    assert sorted((names[o.holder], o.title) for o in facts.offices) == [
        ("Jon Tavik", "Electricity Minister"), ("Piet Smit", "Social Cohesion Minister")], facts.offices


def test_former_post_in_a_named_place_without_the_age(run):
    facts, names = run("Rasoa Velo, a 49-year-old former mayor of Toamasina, hailed the decision.")
    assert [(names[o.holder], o.title, names.get(o.organization), o.former) for o in facts.offices] == [
        ("Rasoa Velo", "Mayor", "Toamasina", True)], facts.offices


def test_head_of_a_department_does_not_head_the_body(run):
    facts, names = run('"This is cruelty," said Lena Marsh, the Harbour Relief Foundation\'s head of operations.',
                       "Tom Rix, head of communications at the Acme Institute, declined to comment.")
    assert {(names[o.holder], o.title) for o in facts.offices} == {("Lena Marsh", "Head of Operations"),
                                                                   ("Tom Rix", "Head of Communications")}
    assert not [r for r in facts.relations if r.predicate == "headOf"], facts.relations


def test_title_before_a_comma_and_a_rank(run):
    facts, names = run("Norland's army chief, General Yusuf Abdi, said troops had begun the operation.")
    titles = offices_of(facts, names)
    assert ("Yusuf Abdi", "Army Chief", "Norland") in titles, titles


def test_post_sent_to_another_body_keeps_its_owner(run):
    facts, names = run("Norway's ambassador to the United Nations, Helen Ashby, called the veto shameful.",
                       "Katrin Lind, the U.N. envoy for Yemen, said those responsible must be punished.")
    titles = offices_of(facts, names)
    assert titles == {("Helen Ashby", "Ambassador to the United Nations", "Norway"),
                      ("Katrin Lind", "Envoy", "United Nations")}, titles  # a country sent to is not the title


def test_country_cut_at_its_hyphen_is_whole(run):
    facts, _ = run("Mutinous soldiers in Guinea-Bissau detained the president at the palace.")
    assert [e.label for e in facts.entities if e.type == COUNTRY] == ["Guinea-Bissau"], facts.entities


def test_acronym_cut_at_its_hyphen_is_whole(run):
    facts, names = run("Workers walked out after talks between the government and the KTV-SMR broke down on Monday.")
    assert "KTV-SMR" in names.values() and "KTV" not in names.values(), names


def test_national_society_is_not_the_movement(run):
    facts, names = run("The Icelandic Red Cross set up a shelter for 300 evacuees in a school in Varna on Monday.",
                       "Lena Varga, head of the Jordanian Red Crescent Society, said teams were searching the rubble "
                       "in Tresk. Red Crescent rescuers pulled 20 people alive from the rubble of a school.")
    assert sorted((e.type, names[e.source]) for e in facts.events if e.type == "073") == [
        ("073", "Icelandic Red Cross"), ("073", "Jordanian Red Crescent Society")]


def test_president_of_the_dateline_country_among_several(run):
    facts, names = run("MORONI, March 14 (Reuters) - Soldiers in the Comoros detained President Ali Said at the "
                       "palace, the third coup in the former French colony.")
    assert [(names[o.holder], o.title, names.get(o.organization)) for o in facts.offices] == [
        ("Ali Said", "President", "Comoros")], facts.offices



def test_a_head_of_state_or_federal_president_named_bare_is_the_datelines(run):
    for text, head in (("APIA, May 2 (Reuters) - Head of State Jon Tavik dissolved parliament on Wednesday.",
                        ("Jon Tavik", "headOf", "Samoa")),
                       ("VIENNA, May 2 (Reuters) - Federal President Mira Vell will swear in the new minister.",
                        ("Mira Vell", "headOf", "Austria"))):
        facts, names = run(text)
        relations = {(names[r.subject], r.predicate, names.get(r.object)) for r in facts.relations}
        assert head in relations, relations

def test_title_of_a_body_then_the_name(run):
    facts, names = run("The head of the Electoral Commission, Arsene Rakoto, resigned hours after the ruling.")
    assert [(names[o.holder], o.title, names[o.organization]) for o in facts.offices] == [
        ("Arsene Rakoto", "Head", "Electoral Commission")], facts.offices


def test_a_title_of_a_chamber_named_in_its_own_language_then_the_name(run):
    facts, names = run("Speaker of the Storting Ivo Brant said the vote was final.")
    assert [(names[o.holder], o.title, names[o.organization]) for o in facts.offices] == [
        ("Ivo Brant", "Speaker", "Storting")], facts.offices


def test_post_given_by_the_clause_to_a_name_in_apposition(run):
    facts, names = run("The likeliest partner is the Unity Front, whose leader, Asha Rai, is a 34-year-old former "
                       "television presenter.")
    titles = {(names[o.holder], o.title, o.former) for o in facts.offices}
    assert ("Asha Rai", "Television Presenter", True) in titles, titles


def test_country_the_model_takes_for_a_person(run):
    facts, _ = run("Flights were cancelled on Sunday as pilots refused to fly to Burkina Faso, an airline spokesman "
                   "said.")
    assert [e.type for e in facts.entities if e.label == "Burkina Faso"] == [COUNTRY], facts.entities


def test_a_capital_the_model_takes_for_a_person_is_its_city(run):
    facts, names = run("Development Minister Lena Varga pledged $3 million for Tonga on Monday and said Canberra was "
                       "ready to send a second medical team.")
    assert "Canberra" not in [e.label for e in facts.entities if e.type == PERSON], facts.entities


def test_named_building_is_a_place(run):
    facts, _ = run("Police stormed Rabindra Hall and Kazi Nazrul Hall before dawn, students said.")
    types = {e.label: e.type for e in facts.entities}
    assert types["Rabindra Hall"] == types["Kazi Nazrul Hall"] == PLACE, types


def test_a_named_prison_island_or_reef_is_a_place(run):
    facts, _ = run("The activists were moved to Windhoek Central Prison. Ships massed near Ramree Island.")
    types = {e.label: e.type for e in facts.entities}
    assert types.get("Windhoek Central Prison") == types.get("Ramree Island") == PLACE, types


def test_site_noun_completes_the_name(run):
    facts, _ = run("Soldiers mutinied at the Kambia barracks on Tuesday and seized rifles.")
    assert [(e.label, e.type) for e in facts.entities if e.type != GROUP] == [("Kambia barracks", PLACE)], \
        facts.entities


def test_a_named_camp_or_hospital_keeps_its_noun_but_a_citys_airport_is_the_city(run):
    facts, _ = run("Gunmen attacked the Vellisk camp on Tuesday, and the wounded were taken to the Darsa hospital. "
                   "Flights from the Nairobi airport were suspended.")
    assert {(e.label, e.type) for e in facts.entities if e.type != GROUP} == {
        ("Vellisk camp", PLACE), ("Darsa hospital", PLACE), ("Nairobi", CITY)}, facts.entities


def test_one_word_never_given_in_full_is_no_person(run):
    facts, _ = run("Rice prices in the state capital, Kyauktaw, have tripled since last month, traders said. "
                   "Dlamuka extended the curfew on Saturday.", "President Okonjo said the talks would resume.")
    assert sorted(e.label for e in facts.entities if e.type == PERSON) == ["Dlamuka", "Okonjo"], facts.entities


def test_the_party_is_the_one_last_named(run):
    facts, names = run("The opposition Progressive Norland demanded a vote of no confidence on Monday.",
                       '"The whole cabinet must go," said Mira Holub, the party\'s deputy leader.')
    assert [(names[o.holder], o.title, names.get(o.organization)) for o in facts.offices] == [
        ("Mira Holub", "Deputy Leader", "Progressive Norland")], facts.offices


def test_organisation_name_without_its_common_noun(run):
    facts, names = run("Members of the Bloque Sur federation marched on Monday.",
                       '"We will not stop," said Ana Ruiz, the federation\'s president.')
    assert [e.label for e in facts.entities if e.type == ORGANIZATION] == ["Bloque Sur"], facts.entities
    assert [(names[o.holder], o.title, names[o.organization]) for o in facts.offices] == [
        ("Ana Ruiz", "President", "Bloque Sur")], facts.offices


def test_the_federation_is_the_one_last_named(run):
    facts, names = run("The CGT-UN federation, which represents 300,000 workers, called the stoppage on Monday.",
                       '"We will not stop," said Ana Ruiz, the federation\'s president.')
    assert [(names[o.holder], o.title, names.get(o.organization)) for o in facts.offices] == [
        ("Ana Ruiz", "President", "CGT-UN")], facts.offices


def test_alignment_word_inside_a_name_is_none(run):
    facts, _ = run('"It is a real product," said Ayla Demir, a defence analyst at the Ankara-based Centre for '
                   "Security and Trade Studies.")
    assert not [r for r in facts.relations if r.predicate == "alignment"], facts.relations


def test_an_alignment_word_ending_the_phrase_before_a_comma_is_not_the_names(run):
    facts, names = run("The rescued men were taken to a reception centre, the International Organization for "
                       "Migration said, while the centrist Kesto Alliance called for an inquiry.")
    assert [(names[r.subject], r.object) for r in facts.relations if r.predicate == "alignment"] == [
        ("Kesto Alliance", "centrist")], facts.relations


def test_a_partys_first_secretary_leads_it_an_embassys_does_not(run):
    facts, names = run("Ivo Brant, first secretary of the Kesto Labour Party, filed his papers.",
                       "Ana Kors, first secretary of the Embassy of Norland, attended.")
    heads = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "headOf"}
    assert heads == {("Ivo Brant", "Kesto Labour Party")}, facts.relations


def test_spokesman_for_a_government_named_by_an_untagged_demonym(run):
    facts, names = run("Ali Sawadogo, a spokesman for the Burkinabe government, said 40 people had been detained.")
    assert [(names[o.holder], o.title, names[o.organization]) for o in facts.offices] == [
        ("Ali Sawadogo", "Spokesman", "Burkina Faso")], facts.offices


def test_spokesman_for_a_demonyms_government_has_its_nationality(run):
    facts, names = run("Omar Ba, a spokesman for the Malian government, said 23 people had been arrested.")
    assert [(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "nationality"] == [
        ("Omar Ba", "Mali")], facts.relations


def test_title_before_a_comma_a_demonym_and_a_rank(run):
    facts, names = run("The Shield Force has 2,500 troops in the country.",
                       "Its commander, Kenyan Major General David Kirui, said his forces had killed six gang members.")
    titles = offices_of(facts, names)
    assert ("David Kirui", "Commander", "Shield Force") in titles, titles


def test_commander_heads_the_force(run):
    facts, names = run("The Shield Force has 2,500 troops in the country.",
                       "Its commander, Kenyan Major General David Kirui, said his forces had killed six gang members.")
    assert ("David Kirui", "Shield Force") in {(names[r.subject], names[r.object]) for r in facts.relations
                                                if r.predicate == "headOf"}, facts.relations


def test_their_leader_leads_no_body(run):
    facts, names = run("Dozens of soldiers seized rifles from an armoury, the National Armed Forces said.",
                       "Their leader, Major Ali Kamara, was arrested at a checkpoint.")
    assert not [r for r in facts.relations if r.predicate == "headOf"], facts.relations
    assert ("Ali Kamara", "Leader", None) in {(names[o.holder], o.title, o.organization) for o in facts.offices}


def test_demonym_given_to_a_person_before_the_name(run):
    facts, names = run("Venezuela on Monday freed a Brazilian engineer held since 2023 in a swap brokered by Qatar.",
                       "The freed man, Carlos Eduardo Lima, 52, an engineer who had worked for a mining firm, landed "
                       "in Doha on Tuesday.")
    assert [(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "nationality"] == [
        ("Carlos Eduardo Lima", "Brazil")], facts.relations


def test_title_name_of_a_country(run):
    facts, names = run('"We have waited twenty years," President Rafael Dunmore-Cruz of the Philippines told a news '
                       "conference in Hanoi, where Vietnam hosted the summit.")
    assert [(names[o.holder], o.title, names[o.organization]) for o in facts.offices] == [
        ("Rafael Dunmore-Cruz", "President", "Philippines")], facts.offices
    assert [(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "nationality"] == [
        ("Rafael Dunmore-Cruz", "Philippines")], facts.relations


def test_agentless_passive_and_candidacy(run):
    facts, names = run("At least 40 people have been detained since the protests began.",
                       "Senator Ana Lima faces former minister Pedro Soto in the run-off on April 20.")
    assert any(e.type == "173" and e.source is None and names.get(e.target) == "people" for e in facts.events)
    (candidacy,) = [e for e in facts.events if e.type == "Candidacy"]
    assert (names[candidacy.source], names[candidacy.target]) == ("Ana Lima", "Pedro Soto")


def test_curfew_and_arrests_told_without_their_doer(run):
    facts, names = run("A night-time curfew was imposed in Kesto on Thursday to stop looting.",
                       "The six were arrested in March 2024. Flights were suspended on Friday.",
                       "Anti-fraud agents detained Mayor Jon Tavik at his home on Wednesday.")
    assert sorted((e.type, e.trigger.text, names.get(e.source)) for e in facts.events) == [
        ("1723", "curfew", None), ("173", "arrested", None), ("173", "detained", "agents")]


def test_measures_lifted_are_eased_not_imposed(run):
    facts, names = run("Chile lifted the curfew in Arica on Monday and ended the state of emergency.",
                       "The European Union eased its sanctions on Peru in February. Bolivia will lift the curfew.",
                       "Dock workers ended the strike on Tuesday. The dockers' union criticised the ministry.")
    assert sorted((e.type, e.trigger.text, names.get(e.source)) for e in facts.events) == [
        ("0351", "curfew", "Bolivia"), ("0813", "curfew", "Chile"), ("0814", "state of emergency", "Chile"),
        ("082", "strike", "workers"), ("085", "sanctions", "European Union")]  # the dockers' union is no EU


def test_a_share_of_the_measures_eased_is_the_measures_eased(run):
    facts, names = run("The European Union eased some of the sanctions on Peru on Monday. Chile lifted part of the "
                       "curfew in Arica.")
    assert sorted((e.type, e.trigger.text, names.get(e.source)) for e in facts.events) == [
        ("0813", "curfew", "Chile"), ("085", "sanctions", "European Union")]


def test_diplomatic_recognition(run):
    facts, names = run("Chile recognised Palestine as a state on Monday.",
                       "The minister recognised the difficulties facing farmers.")
    assert [(e.type, names.get(e.source), names.get(e.target)) for e in facts.events] == [
        ("054", "Chile", "Palestine")]


#: Sentences and the (code, doer) of every event in them, one row per rule that decides the code or the doer.
CODES_AND_DOERS = {
    "an adjective the parser made a second subject qualifies the noun subject and its conjunct": (
        ["Federal police and state troopers evicted some 250 farmers from an estate on Friday."],
        [("170", "police"), ("170", "troopers")]),
    "aid projects halted are aid cut; a suit threatened is a lawsuit threatened": (
        ["Norway halted all aid projects in Chile on Monday. Norway halted all projects in Peru.",
         "Jon Tavik vowed to file a libel suit over the ministry's claims."],
        [("130", "Jon Tavik"), ("162", "Norway")]),
    "a party leaving a coalition cuts ties, a state leaving talks halts them, a minister quitting resigns": (
        ["The Social Democrats pulled out of the ruling coalition on Monday.",
         "The Farmers Party withdrew its six councillors from the council majority last week.",
         "Chile withdrew from the talks on Monday. Peru withdrew its troops from the border.",
         "Finance Minister Jon Tavik quit the government on Tuesday.",
         "The coalition lost its majority when the Kesto Unity Party, its junior partner, quit in protest."],
        [("087", "Peru"), ("160", "Farmers Party"), ("160", "Kesto Unity Party"), ("160", "Social Democrats"),
         ("164", "Chile"), ("Resignation", "Jon Tavik")]),
    "restrictions on trade are an embargo, on people a restriction": (
        ["China imposed restrictions on Lithuanian imports in December.",
         "Chile imposed restrictions on protesters on Monday."],
        [("163", "China"), ("172", "Chile")]),
    "talks called off or broken off are halted; relations broken off are cut": (
        ["India called off talks with Pakistan on Monday. Chile broke off negotiations with Peru.",
         "Bolivia broke off relations with Chile."],
        [("161", "Bolivia"), ("164", "Chile"), ("164", "India")]),
    "hostages freed by troops are rescued, by their captors released": (
        ["Chilean special forces freed the aid worker in a dawn raid on Tuesday.",
         "The rebels freed two hostages on Monday."],
        [("073", "Chile"), ("0841", "rebels")]),
    "finding someone guilty convicts, not guilty acquits; finding guilty as the ground of another act is no verdict": (
        ["The Kesto High Court found Jon Tavik guilty of fraud on Monday. Piet Smit was found not guilty of bribery.",
         "The Senate voted to remove Marta Vilk from office, finding her guilty of misconduct."],
        [("116", "Kesto High Court"), ("CourtRuling", "Kesto High Court"), ("Impeachment", "Senate")]),
    "an amount set by a government changed or a ruling kept, when promised, is an intent; a price rise made is none": (
        ["The Kesto Party said it would abide by the ruling. Varna will cut its export duty on grain.",
         "Varna raised fuel prices on Monday."],
        [("030", "Kesto Party"), ("0342", "Varna")]),
    "a tax or duty lifted or cut, when promised, is a policy eased, no sanction threatened": (
        ["Finance Minister Piet Smit said the government would suspend its taxes on imported rice until the close "
         "of the year.", "Varna will cut taxes on fuel next year."],
        [("0342", "Piet Smit"), ("0342", "Varna")]),
    "a stated act that hangs on what others do is a conditional threat; a thing's is none": (
        ["Jon Tavik said the Kesto Front would advance on Ostra if the attacks did not stop.",
         "The plant would close if prices fell. Piet Smit said he would stay in opposition unless the Varna Union "
         "dropped its demand."],
        [("139", "Kesto Front"), ("139", "Piet Smit")]),
    "what a condition names is not told as done": (
        ["Jon Tavik threatened to march on Ostra next week if the talks with the Varna government collapsed.",
         "Piet Smit said Tresk would lift the ban if Varna stopped attacking the border posts."],
        [("0351", "Tresk"), ("133", "Jon Tavik")]),
    "groups designated as terrorist are sanctioned (not one that is so designated); a disaster zone declared is an "
    "emergency": (
        ["Earlier this year, Varna designated both groups as terrorist organisations.",
         "The Kesto Front, which is designated a terrorist organisation by Chile, has few members. President Jon "
         "Tavik declared the two regions a disaster zone on Monday."],
        [("172", "Varna"), ("1724", "Jon Tavik")]),
    "a national disaster declared is an emergency, however the parser hangs it": (
        ["Kenya declared the drought a national disaster in February.",
         "Uganda's government declared a national disaster in 15 provinces on Wednesday."],
        [("1724", "Kenya"), ("1724", "Uganda")]),
    "a body 'meeting in' a place is where it sat; meeting with someone is a meeting": (
        ["Members of both chambers, meeting in an extraordinary session in Ostra, backed the motion.",
         "Jon Tavik, meeting with Piet Smit in Ostra on Monday, urged calm."],
        [("020", "Jon Tavik"), ("040", "Jon Tavik")]),
    "welcoming a person hosts a visitor, welcoming a decision praises it": (
        ["Varna welcomed President Jon Tavik with a military parade on Monday. Piet Smit welcomed the decision."],
        [("043", "Varna"), ("051", "Piet Smit")]),
    "opening a treatment centre gives relief, opening a hospital building does not": (
        ["The Kesto Red Cross opened a cholera treatment centre in Ostra last week.",
         "President Jon Tavik opened a new hospital in Ostra."],
        [("073", "Kesto Red Cross")]),
    "survivors winched from the sea are rescued": (
        ["A Chilean navy helicopter winched three survivors from the sea on Monday."], [("073", "Chile")]),
    "people pulled out alive or from rooftops are rescued, not troops pulled out": (
        ["The Kesto Red Cross pulled out 41 children alive on Tuesday night.",
         "The Varna Civil Defence pulled 43 people from rooftops on Monday."],
        [("073", "Kesto Red Cross"), ("073", "Varna Civil Defence")]),
    "talks between two peoples' officials are talks between their countries, each with the other": (
        ["The memorandum was signed after two days of talks between Chilean and Peruvian officials in Lima."],
        [("046", "Chile"), ("046", "Peru")]),
    "talks between a body and officials a demonym ties to a state are the state's": (
        ["The loan followed ten days of talks between the IMF mission and Chilean officials in Lima."],
        [("046", "Chile"), ("046", "International Monetary Fund")]),
    "talks between a minister and a counterpart named after a comma are held by both": (
        ["The deal came after talks in Lima between Chilean Interior Minister Jon Tavik and his Peruvian "
         "counterpart, Piet Smit."],
        [("046", "Jon Tavik"), ("046", "Piet Smit")]),
    "a request or a demand is made by the one it is \"of\"": (
        ["Norland's parliament extended the state of emergency at the request of President Jon Tavik."],
        [("020", "Jon Tavik"), ("1724", "Norland")]),
    "a gun battle between the two sides told before is fought by them": (
        ["Iran and Afghanistan have disputed the river's water for decades. In May, a gun battle between the two "
         "sides near the post killed two guards."],
        [("193", "Iran")]),
    "a war between two states is waged by each on the other": (
        ["Thousands have died since the war between Chile and Peru began in April."],
        [("190", "Chile"), ("190", "Peru")]),
    "talks a third state hosts between two sides are held by each side with the other": (
        ["Norland hosted talks between Varna and Ostavia in the city of Lesk on Monday."],
        [("043", "Norland"), ("046", "Ostavia"), ("046", "Varna")]),
    "an offer to mediate talks between two sides tells no talks": (
        ["Jon Tavik said Chile was ready to mediate talks between the Kesto Mining Company and the Tresk Miners "
         "Union."],
        [("039", "Jon Tavik")]),  # what a speaker says his state stands ready to do is his offer
    "travelling for a round of talks holds them": (
        ["Chilean negotiators had travelled to Lima two days ago for a last round of talks on the levy."],
        [("046", "Chile")]),
    "the signers of a deal after days of talks held the talks, each with the other": (
        ["Jon Tavik and Piet Smit signed the water accord in Kesto after two days of talks. Lena Varga told "
         "reporters after three rounds of negotiations that a deal was near."],
        [("046", "Jon Tavik"), ("046", "Piet Smit"), ("057", "Jon Tavik"), ("057", "Piet Smit")]),
    "a named person who flew to a place visits it; a trip to meet someone is told by the meeting": (
        ["Shipping Minister Jon Tavik, who flew to Lima on Thursday afternoon, said the search would go on.",
         "Piet Smit travelled to Lima on Friday to meet Marta Vilk."],
        [("040", "Piet Smit"), ("042", "Jon Tavik")]),
    "a side open or ready to talks intends to meet": (
        ["Jon Tavik said Chile remained open to talks if the firm paid its debts."], [("036", "Chile")]),
    "an invitation to talks offers to meet": (
        ["Minister Jon Tavik invited union leaders to talks in Kesto."], [("036", "Jon Tavik")]),
    "an election won or held has no doer": (
        ["Jon Tavik won the presidential election in March. Chile held elections in May."],
        [("Election", None), ("Election", None)]),
    "a threat in the second half of what is said is the speaker's": (
        ["Interior Minister Jon Tavik said the organisers were known to police and would be charged."],
        [("132", "Jon Tavik")]),
    "calling on someone to resign or investigate demands and for talks appeals": (
        ["A fans’ group, the Supporters’ Union of Varna (USV), called on Tavik to resign. The Harbour League called "
         "on the Republic of Varna to investigate the drownings. The Orsk Council called for dialogue with the "
         "strikers, and Piet Smit called for restraint on all sides."],
        [("0256", "Piet Smit"), ("026", "Orsk Council"), ("101", "Harbour League"),
         ("1041", "Supporters’ Union of Varna")]),
    "calling on someone to set up or open an inquiry demands one, as calling on them to investigate does": (
        ["The Kesto Party called on the government to set up an independent inquiry into the water board."],
        [("101", "Kesto Party")]),
    "calling on someone to free a prisoner demands a release": (
        ["The Harbour League called on the authorities in Varna to release Jon Tavik immediately."],
        [("1053", "Harbour League")]),
    "a trip to come and the talks it is for are one visit": (
        ["Varna's foreign minister, Piet Smit, is due to travel to Orsk on Friday to meet bankers. Jon Tavik will "
         "travel to Orsk next week for talks with Smit on the pipeline."],
        [("036", "Jon Tavik"), ("036", "Piet Smit")]),
    "what someone is thanked or praised for is no event of its own": (
        ["Piet Smit thanked Varna and the Orsk League for their mediation. The Harbour League praised the Republic "
         "of Varna for bargaining honestly."],
        [("051", "Harbour League"), ("051", "Piet Smit"), ("051", "Piet Smit")]),
    "dismissing an act as something is criticism and a claim a rejection": (
        ["The opposition Harbour League dismissed the reshuffle as cosmetic. Piet Smit dismissed the criticism as "
         "hysteria."],
        [("111", "Harbour League"), ("120", "Piet Smit")]),
    "what the state will do is promised by the official who says it": (
        ["Finance Minister Lena Varga said the state would cover any damage to homes not insured elsewhere."],
        [("0331", "Lena Varga")]),
    "a craft named by its force acts as the force": (
        ["The minister said a Royal Varna Air Force transport plane would fly relief supplies to Tresk on Wednesday.",
         "More than 80 of the migrants were towed back towards the coast by a Varna Coast Guard vessel on Friday "
         "night."],
        [("0333", "Royal Varna Air Force"), ("174", "Varna Coast Guard")]),
    "a craft acts as the body that chartered or runs it": (
        ["A cargo plane chartered by the Norland Red Cross delivered 20 tonnes of food and tents to Tresk airport on "
         "Thursday."],
        [("073", "Norland Red Cross")]),
    "supporters of a named party act themselves when the parser splits the name off": (
        ["Around 500 supporters of the opposition New Liberal Party (NLP) rallied in the capital on Friday, chanting "
         "slogans."],
        [("141", "supporters")]),  # not the party's
    "reviewing ties or a licence is threatened only when it is to come; rebuilding is aid promised": (
        ["Piet Smit said Varna would review its membership of the Orsk League. The Tresk Bank said it would review "
         "the licence of Kesto Bank. Tresk reviewed its cooperation with Orsk. The board will review the rate.",
         "Jon Tavik said the state would rebuild the bridge before winter. Tresk rebuilt the old mill in 1990."],
        [("0333", "Jon Tavik"), ("1313", "Varna"), ("132", "Tresk Bank")]),
    "a response to come is a threat; one made, or none, is no event of its own": (
        ["Foreign Minister Piet Smit said Varna would respond with adequate measures. The Tresk embassy did not "
         "answer requests for comment."],
        [("130", "Varna")]),
    "what is set up tells the act: a relief camp, barricades, a panel promised or an inquiry": (
        ["The Varna Red Cross has set up a camp for about 900 flood victims. Dozens of farmers set up "
         "camp near the mill.",
         "Hundreds of Orsk Party supporters set up burning barricades in Tresk on Friday.",
         "Piet Smit said his cabinet would set up a joint commission on dam safety. Judge Jon Tavik set up a "
         "panel to investigate the collapse."],
        [("030", "Piet Smit"), ("073", "Varna Red Cross"), ("090", "Jon Tavik"), ("144", "supporters")]),
    "shooting dead is a killing, by police repression; police beating people is repression too": (
        ["Two drivers were shot dead by soldiers near a roadblock outside Tresk. Riot police beat the marchers."],
        [("175", "police"), ("1823", "soldiers")]),
    "what has gone on for years or since a year is a status, no happening": (
        ["Varna has battled rebel insurgencies for more than a decade. Orsk has detained several foreign tankers "
         "in the region in recent years. The Tresk Front has fought the Varna government since 2018. Police have "
         "detained 40 people since Monday."],
        [("173", "police")]),
    "a fight told in the present progressive is an ongoing status; a past or dated one is fighting": (
        ["Varna is also battling armed insurgents in its south. Separatists are fighting for a state of their own. "
         "Tresk Front rebels were fighting troops near Kesto on Monday."],
        [("190", "Tresk Front")]),
    "who swears another in appoints; who is sworn in takes office": (
        ["Varna President Piet Smit swore in Jon Tavik as prime minister on Friday. Lena Varga was sworn in on "
         "Monday in Tresk."],
        [("Appointment", "Piet Smit"), ("Succession", "Lena Varga")]),
    "a ship that strikes a reef or runs aground meets with a disaster": (
        ["The tanker Sea Lark struck a reef off the coast of Tresk early on Saturday.",
         "A cargo ship ran aground off Orsk on Monday."],
        [("Disaster", None), ("Disaster", None)]),
    "a conjunct with its own modal keeps its own polarity (the refusal and the threat); force and a handover "
    "promised are told as such": (
        ["Party leader Jon Tavik said the Orsk Party would not accept the count and would challenge it before the "
         "Supreme Court.",
         "General Piet Smit vowed to hand power to an elected president and to hunt down the rebels."],
        [("0341", "Piet Smit"), ("120", "Jon Tavik"), ("130", "Jon Tavik"), ("138", "Piet Smit")]),
    "sharing, granting and buying are acts between parties only when promised": (
        ["Jon Tavik said Varna would share radar data with Orsk. Piet Smit said Orsk would grant 500 fishing "
         "licences to Varna fishermen next year. Under the deal, Tresk will buy up to 2 million tonnes of Orsk "
         "wheat a year. Varna shared a long border with Orsk."],
        [("031", "Varna"), ("0311", "Orsk"), ("0311", "Tresk")]),
    "troops sent together with food or tents bring relief, not force": (
        ["Jon Tavik said the state would send 400 soldiers and 20 tonnes of food and tents to Tresk. Piet Smit "
         "said Orsk would send 300 more soldiers to the border."],
        [("0333", "Jon Tavik"), ("138", "Orsk")]),
    "a time given to act or else bear a penalty is an ultimatum; a time given to leave is part of an expulsion": (
        ["Varna gave the council ten days to free the prisoners or face a trade embargo.",
         "Jon Tavik had given the miners 24 hours to return to the pits or lose their jobs.",
         "Piet Smit was given a week to leave the country."],
        [("139", "Jon Tavik"), ("139", "Varna")]),
    "people pulled from flooded houses are rescued, by each team's body": (
        ["Teams from the Varna Red Cross and the Kesto Civil Defence pulled 300 people from flooded houses by boat."],
        [("073", "Kesto Civil Defence"), ("073", "Varna Red Cross")]),
    "projects suspended are dealings cut; a pact left, by verb or by noun, is ties cut and no pact made": (
        ["The Varna Wells Trust suspended its projects in Orsk on Monday.",
         "Norland pulled out of the bloc's mutual defence treaty.",
         "Kesto announced its immediate withdrawal from the Orsk Defence Pact."],
        [("160", "Kesto"), ("160", "Norland"), ("160", "Varna Wells Trust")]),
    "the swearing-in of one just appointed is part of the appointment": (
        ["President Jon Tavik named General Piet Smit to head the army on Monday.",
         "Smit was sworn in at the palace on Tuesday."],
        [("Appointment", "Jon Tavik")]),
    "disagreeing with a ruling disapproves of it; keeping to it is promised": (
        ["The Kesto Party said it disagreed with the judges but would abide by the ruling."],
        [("030", "Kesto Party"), ("110", "Kesto Party")]),
    "praise set in apposition to what is called is praise": (
        ["The Varna Bar Council called the verdict “a landmark for justice” on Monday."],
        [("051", "Varna Bar Council")]),
    "deaths an act caused are part of it, deaths in an accusation are alleged, an ended siege kills no one": (
        ["Varna accused the Kesto Front of ambushing an army convoy late on Sunday, killing six soldiers.",
         "Norland's army freed the aid worker in a dawn raid on Tuesday, killing four of her captors.",
         "Orsk's army ended the siege at the hotel on Friday, killing four gunmen."],
        [("073", "Norland"), ("087", "Orsk"), ("112", "Varna"), ("190", "Orsk")]),
    "a protest rejected is a complaint answered, no rally; a protest joined is one": (
        ["Varna's foreign ministry rejected the Norland protest as interference on Tuesday.",
         "Thousands of farmers joined the protest in Orsk on Monday."],
        [("120", "Varna"), ("141", "farmers")]),
    "wages to be deducted from strikers are a sanction threatened": (
        ["Jon Tavik said the ministry would deduct two days' wages from every miner who joined the walkout."],
        [("132", "Jon Tavik")]),
    "a motion tabled is a formal complaint lodged, one to be tabled a threat": (
        ["Jon Tavik survived a motion that the Kesto Party had tabled in May.",
         "The Orsk Party said it would table a motion to dissolve parliament on Thursday."],
        [("114", "Kesto Party"), ("130", "Orsk Party")]),
    "the mandate to form a government given to a party leader is an appointment; a mandate from voters is none": (
        ["President Jon Tavik on Tuesday gave Piet Smit, leader of the conservative Kesto Union for Renewal (KUR), the "
         "mandate to form Varna's next government.",
         "Voters gave the Orsk Party a clear mandate for reform."],
        [("Appointment", "Jon Tavik")]),
    "a court that confirms, awards or rejects a claim rules": (
        ["The Kesto Supreme Court in 2012 confirmed Varnan sovereignty over the islands.",
         "In 2023 the Orsk Appeals Court rejected a further claim by Norland."],
        [("CourtRuling", "Kesto Supreme Court"), ("CourtRuling", "Orsk Appeals Court")]),
    "a named party warning that others could face a penalty threatens; others warning of one only predict": (
        ["Mines Minister Jon Tavik warned that the firm's managers could face criminal charges.",
         "Investors and analysts warned that the Kesto Bank could face a penalty of over 1 billion crowns.",
         "Piet Smit warned that Varna could face a famine."],
        [("130", "Jon Tavik")]),
    "a protest note delivered is a formal complaint, not a delivery of goods": (
        ["Varna delivered a protest note to Norland's foreign ministry on Sunday."],
        [("114", "Varna")]),
    "a ban on imports named by its noun alone is an embargo": (
        ["A unilateral Norland ban on Varnan grain imports, first imposed in 2021, is still in force."],
        [("163", "Norland")]),
    "codebook words: crashes, ruptures, cold snaps and locust invasions are disasters; a rerun is an election": (
        ["Four people died in a helicopter crash near Kesto on Monday. A gas pipeline near Tresk ruptured on Friday.",
         "A cold snap killed 40 people in Varna last month.",
         "Farmers in Kenya lost their crops in a locust invasion in 2024.",
         "The election board ordered a rerun in Ostra."],
        [("Disaster", None), ("Disaster", None), ("Disaster", None), ("Disaster", None), ("Election", None)]),
    "codebook words: refuge taken, bail granted, an arrest warrant issued": (
        ["Hundreds of families took refuge in a school.",
         "The Varna High Court granted bail to Jon Tavik on Monday.",
         "Prosecutors issued an arrest warrant for Lena Varga on Monday."],
        [("173", "prosecutors"), ("CourtRuling", "Varna High Court"), ("Migration", "families")]),
    "codebook words: responsibility accepted, ties restored, food airdropped, work resumed after a strike": (
        ["Jon Tavik said he accepted full responsibility for the failures.",
         "Chile and Peru restored diplomatic ties on Monday.",
         "Chile airdropped food to villages in Kesto on Monday. Dockworkers in Varna returned to work on Friday."],
        [("015", "Jon Tavik"), ("050", "Chile"), ("050", "Peru"), ("073", "Chile"), ("082", "dockworkers")]),
    "codebook words: a member readmitted, an audit launched, a minister booed, a class action filed": (
        ["The European Union readmitted Varna on Monday. Chile launched an audit of the port authority.",
         "Jon Tavik was booed by the crowd in Varna on Monday.",
         "Workers filed a class action against the company on Monday."],
        [("081", "European Union"), ("090", "Chile"), ("110", "crowd"), ("115", "workers")]),
    "codebook words: industrial action, pelting, reinforcing, naval exercises, airspace violated, export controls": (
        ["Nurses in Varna began industrial action on Monday. Protesters pelted police with stones in Kesto.",
         "Chilean troops reinforced their positions near Tresk on Monday.",
         "Chile held naval exercises off Lima on Monday. Peru violated Chilean airspace on Tuesday.",
         "Peru imposed export controls on Chilean copper."],
        [("143", "nurses"), ("145", "protesters"), ("150", "Chile"), ("150", "Peru"), ("154", "Chile"),
         ("163", "Peru")]),
    "a truce violated is broken by force": (
        ["Tresk rebels violated the ceasefire on Monday. Varna troops breached the truce near Kesto on Friday."],
        [("196", "rebels"), ("196", "troops")]),
    "codebook words: a party dissolved, immunity stripped, migrants turned back, beheadings, a counterattack": (
        ["The Constitutional Court dissolved the opposition Kesto Party on Wednesday. The Senate stripped Jon Tavik "
         "of his immunity.",
         "About 400 travellers were turned back by Chilean border guards on Friday.",
         "Gunmen beheaded three villagers near Tresk on Monday. Peruvian troops launched a counterattack near Tresk."],
        [("172", "Senate"), ("1722", "Constitutional Court"), ("174", "Chile"), ("180", "gunmen"), ("190", "Peru")]),
    "codebook words: feelings voiced (hopeful, grateful), a pullback of troops and a walk-out": (
        ["Jon Tavik said he was hopeful that the talks would succeed. Chile said it was grateful to Peru for its help.",
         "Chile announced a pullback of its troops from the border. Teachers in Kesto staged a walk-out on Monday."],
        [("013", "Jon Tavik"), ("051", "Chile"), ("087", "Chile"), ("143", "teachers")]),
    "codebook words: sinkholes and mudflows, a restraining order, praise extolled": (
        ["A sinkhole swallowed two houses in Varna on Monday. A mudflow buried a road near Kesto on Tuesday.",
         "The Varna High Court issued a restraining order against Jon Tavik on Monday.",
         "Chile extolled the role of Peru in the talks."],
        [("051", "Chile"), ("CourtRuling", "Varna High Court"), ("Disaster", None), ("Disaster", None)]),
    "codebook words for our types: a thunderstorm, a bus catching fire, shelter taken, a firm found liable, office "
    "assumed, a snap poll": (
        ["A thunderstorm killed four people in Varna on Monday. A bus caught fire near Kesto on Tuesday.",
         "Hundreds of families took shelter in schools in Tresk.",
         "The Varna High Court found the company liable for the deaths on Monday.",
         "Jon Tavik assumed office on Monday. The president called a snap poll for June."],
        [("CourtRuling", "Varna High Court"), ("Disaster", None), ("Disaster", None), ("Election", None),
         ("Migration", "families"), ("Succession", "Jon Tavik")]),
    "codebook words: a confession, shuttle diplomacy, pressure bowed to, an army on alert, drones downed, tools "
    "downed, cars set ablaze, shots fired, a deal inked": (
        ["Jon Tavik made a full confession to police on Monday. Qatar's shuttle diplomacy ended the crisis.",
         "The Varna government bowed to pressure from unions on Monday.",
         "Chile put its army on high alert on Monday. Chilean troops downed two Peruvian drones on Tuesday.",
         "Dockworkers in Kesto downed tools on Monday. Rioters set ablaze three cars in Tresk.",
         "Peruvian soldiers fired shots at a Chilean patrol boat. Chile and Peru inked a trade deal on Friday."],
        [("015", "Jon Tavik"), ("045", "Qatar"), ("057", "Chile"), ("057", "Peru"), ("080", "Varna"),
         ("143", "dockworkers"), ("152", "Chile"), ("1712", "rioters"), ("190", "Chile"), ("193", "Peru")]),
    "codebook words: a remembrance service, encouraging, interceding, debt forgiveness, clemency, a cessation of "
    "hostilities, a sacking, rounding on critics, brushing aside demands, a censure motion": (
        ["Chile held a remembrance service for the victims on Monday. Qatar interceded with the rebels on Tuesday.",
         "Norway encouraged Peru to resume talks with the rebels. Spain announced debt forgiveness for Bolivia.",
         "President Jon Tavik granted clemency to 300 prisoners on Monday.",
         "Chile and Peru agreed a cessation of hostilities on Monday.",
         "President Piet Smit announced the sacking of Lena Varga on Monday. Smit rounded on his critics on Tuesday.",
         "Kenya brushed aside Ugandan demands on Monday. The opposition tabled a censure motion against Mira Vell."],
        [("017", "Chile"), ("020", "Norway"), ("045", "Qatar"), ("071", "Spain"), ("0831", "Piet Smit"),
         ("0841", "Jon Tavik"), ("0871", "Chile"), ("0871", "Peru"), ("1041", "opposition"), ("111", "Piet Smit"),
         ("120", "Kenya")]),
    "codebook words: a rampage, troops amassed, a city locked down, decapitations, a machete attack, an artillery "
    "strike (no labour strike), a bombing raid (no police raid), rebels routed, a cold spell, a mayoral bid": (
        ["Rioters rampaged through the centre of Varna on Monday. Peru amassed troops near the border on Monday.",
         "Chile locked down the city of Tresk. Gunmen decapitated three villagers near Kesto on Monday.",
         "Rebels launched a machete attack on a village near Ostra on Monday.",
         "A Bolivian artillery strike hit a school in Tresk. A Bolivian bombing raid destroyed a bridge in Kesto.",
         "Argentine troops routed the rebels near Ostra on Monday. A cold spell killed 40 people in Varna last month.",
         "Lena Varga announced her mayoral bid on Monday."],
        [("145", "rioters"), ("154", "Peru"), ("1723", "Chile"), ("180", "gunmen"), ("180", "rebels"),
         ("190", "Argentina"), ("194", "Bolivia"), ("195", "Bolivia"), ("Candidacy", "Lena Varga"),
         ("Disaster", None)]),
    "codebook nouns: a tour, a rescue package, arms deliveries, a border's reopening, disarmament, an insurrection, an "
    "aid freeze, a blacklisting, deregistration, refoulement, a dispersal, a military intervention, a recapture, "
    "lightning": (
        ["Jon Tavik began a tour of the flood-hit districts on Monday. The IMF approved a rescue package for Peru.",
         "Russia resumed arms deliveries to Bolivia. Chile announced the reopening of its border with Argentina.",
         "The rebels began their disarmament in Tresk. An armed insurrection broke out in Kesto on Monday.",
         "Norway announced an aid freeze for Ecuador. Spain announced the blacklisting of six Cuban firms.",
         "The election board ordered the deregistration of the Kesto Party on Monday.",
         "Kenya carried out the refoulement of 300 Somali refugees in May.",
         "Police ordered the dispersal of the marchers in Ostra. Lightning killed 20 people in Bihar on Monday.",
         "ECOWAS launched a military intervention in Gambia in January. Mali announced the recapture of Kidal."],
        [("042", "Jon Tavik"), ("071", "International Monetary Fund"), ("072", "Russia"), ("081", "Chile"),
         ("0873", "rebels"), ("145", None), ("162", "Norway"), ("163", "Spain"), ("1722", "board"), ("174", "Kenya"),
         ("175", "police"), ("190", "Economic Community of West African States"), ("192", "Mali"),
         ("Disaster", None)]),
    "codebook words: a criminal case opened, an exhumation, soldiers taken captive, plurals of compound nouns whose "
    "first word is plural (customs duties, arms sales)": (
        ["Prosecutors opened a criminal case against Jon Tavik on Monday.",
         "Investigators began the exhumation of a mass grave near Tresk on Monday.",
         "Twenty soldiers were taken captive by the rebels near Kesto on Monday.",
         "Chile imposed customs duties on Peruvian steel. Russia completed two arms sales to Bolivia in May."],
        [("062", "Russia"), ("091", "prosecutors"), ("094", "investigators"), ("163", "Chile"), ("181", "rebels")]),
    "soldiers taken prisoner are captured (173); media blackouts, whose first word the lemmatiser makes 'medium'": (
        ["Rebels took 20 soldiers prisoner near Kesto on Monday.",
         "The junta in Varna imposed media blackouts in three provinces on Monday."],
        [("1721", "junta"), ("173", "rebels")]),
    "codebook nouns: an emergency appeal (no plain appeal), a revocation, a landmine blast (no accident)": (
        ["The Varna Red Cross launched an emergency appeal for Tresk on Monday.",
         "Chile announced the revocation of the licence of the Kesto Times on Monday.",
         "A landmine blast killed three soldiers near Ostra on Monday."],
        [("0233", "Varna Red Cross"), ("172", "Chile"), ("183", None)]),
    "plurals the lemmatiser leaves whole (audits, tsunamis, referenda) are the lexicon's nouns": (
        ["Chile ordered audits of the port authority on Monday. Two tsunamis struck the coast of Tresk on Monday.",
         "Ecuador held two referenda on Sunday."],
        [("090", "Chile"), ("Disaster", None), ("Election", None)]),
    "verb-object and verb-preposition idioms: taken to court, went to the polls, scrambled jets, stayed away, "
    "admitted defeat, took the helm of; an attempt on one's life, a jail term, troops that neutralised fighters": (
        ["Lena Varga took the Kesto council to court on Monday. Voters in Ostra went to the polls on Sunday.",
         "The Varna army scrambled jets after the incursion on Monday. Dockers in Kesto stayed away on Monday.",
         "Piet Smit admitted defeat on Monday. Mira Vell took the helm of the Kesto Party on Monday.",
         "Gunmen made an attempt on her life in Tresk on Monday. Troops neutralised 12 militants near Ostra on Monday.",
         "The court handed Jon Tavik a five-year jail term on Monday."],
        [("080", "Piet Smit"), ("115", "Lena Varga"), ("143", "dockers"), ("150", "Varna"), ("185", "gunmen"),
         ("190", "troops"), ("CourtRuling", "court"), ("Election", "voters"), ("Succession", "Mira Vell")]),
    "codebook verbs and nouns: commandeered, defaced, disbarred, mowed down, unblocked, poured into the streets, "
    "acceded to the throne, shrugged off, a note verbale, legal proceedings, a go-slow, a weapons test, balloting": (
        ["Soldiers commandeered three trucks in Kesto on Monday. Protesters defaced a statue in Varna on Monday.",
         "The bar council disbarred Piet Smit on Monday. Gunmen mowed down 12 worshippers in Ostra on Monday.",
         "Thousands of people poured into the streets of Tresk on Monday. Prince Jon acceded to the throne on Monday.",
         "Mira Vell shrugged off the criticism on Monday. Chile handed Peru a note verbale on Monday.",
         "Lena Varga began legal proceedings against the Kesto council on Monday.",
         "Air traffic controllers staged a go-slow on Monday. North Korea conducted a weapons test on Monday.",
         "Balloting began in Kesto on Sunday."],
        [("114", "Chile"), ("115", "Lena Varga"), ("120", "Mira Vell"), ("141", "people"), ("143", "controllers"),
         ("150", "North Korea"), ("1711", "soldiers"), ("1712", "protesters"), ("172", "council"), ("180", "gunmen"),
         ("Election", None), ("Succession", "Jon")]),
    "bare plural objects (took 30 hostages, took 20 prisoners, slapped sanctions), compensation paid, a treaty "
    "initialled, children vaccinated, a river that overflowed, a grid failure, a subpoena": (
        ["Rebels took 30 hostages in Kesto on Monday. Soldiers took 20 prisoners near Tresk on Tuesday.",
         "Chile slapped sanctions on Peru on Monday. Norway paid compensation to the families of the victims.",
         "Spain and Morocco initialled the fisheries treaty in Ostra on Monday.",
         "Health workers vaccinated 20,000 children in Varna on Monday. The Kesto River overflowed on Monday.",
         "A grid failure left Tresk without power on Monday. The Senate subpoenaed Jon Tavik on Monday."],
        [("057", "Morocco"), ("057", "Spain"), ("071", "Norway"), ("073", "workers"), ("163", "Chile"),
         ("173", "Senate"), ("173", "soldiers"), ("181", "rebels"), ("Disaster", None), ("Disaster", None)]),
    "verbs with a particle or preposition: committed to, stormed out (a walkout, no assault), voted through; "
    "cordoned (whose lemma the tagger mangles)": (
        ["Chile committed to buying 400 tonnes of Peruvian wheat a year. Jon Tavik stormed out of the meeting.",
         "The Senate voted through the pension reform on Monday. Police cordoned the area in Kesto on Monday."],
        [("030", "Chile"), ("0832", "Senate"), ("143", "Jon Tavik"), ("191", "police")]),
    "verb-preposition idioms (put on trial, put to death, took to task, went into exile, rose to power), children "
    "immunised; an outbreak of fighting is fighting, no disaster": (
        ["The junta put Jon Tavik on trial in May. Iran put three men to death on Monday.",
         "Lena Varga took the minister to task on Monday. Piet Smit went into exile in Chile in May.",
         "Mira Vell rose to power in 2019. Nurses immunised 5,000 children in Tresk on Monday.",
         "An outbreak of fighting near Ostra killed 12 people on Monday."],
        [("073", "nurses"), ("111", "Lena Varga"), ("173", "junta"), ("1823", "Iran"), ("190", None),
         ("Migration", "Piet Smit"), ("Succession", "Mira Vell")]),
    "relief flown in, arms taken up, talks sought, a torching": (
        ["Vietnam flew in 20 tonnes of rice on Monday. Jon Tavik took up arms in December 2020.",
         "Lena Varga said she would seek talks with the Kesto Party.",
         "Rebels carried out the torching of 40 homes in Ostra on Monday."],
        [("036", "Lena Varga"), ("073", "Vietnam"), ("1712", "rebels"), ("190", "Jon Tavik")]),
    "a town reoccupied is occupied again": (
        ["The rebels reoccupied Tresk on Monday."],
        [("192", "rebels")]),
    "a charge its target rejected, told in a clause on the charge, is denied": (
        ["In a statement on Monday, the Varna ministry accused Jon Tavik of meeting rebels, charges that Piet Smit "
         "rejected as false."],
        [("016", "Piet Smit"), ("112", "Varna")]),
    "codebook verbs and nouns: begged, handed back, returned fire (no return home), liberated, slew, executed, poured "
    "scorn, mortars lobbed, gratitude expressed": (
        ["Lena Varga begged the rebels to free her son. The rebels handed back 12 hostages on Monday.",
         "Troops returned fire after the rebels attacked a post near Ostra. The rebels liberated Kesto on Monday.",
         "Gunmen slew 12 villagers near Tresk on Monday. The army executed 12 villagers in Varna on Monday.",
         "Jon Tavik poured scorn on the plan on Monday. The rebels lobbed mortars at Tresk on Tuesday.",
         "Piet Smit expressed gratitude to Chile on Monday."],
        [("020", "Lena Varga"), ("051", "Piet Smit"), ("084", "rebels"), ("111", "Jon Tavik"), ("1823", "army"),
         ("1823", "gunmen"), ("190", "rebels"), ("192", "rebels"), ("193", "troops"), ("194", "rebels")]),
    "codebook words: tyres burned (a violent protest), soldiers who mutinied, sympathy told with 'commiserated', a "
    "state pressured": (
        ["Protesters burned tyres in Varna on Monday. Soldiers mutinied in Kesto on Monday.",
         "Jon Tavik commiserated with the families on Monday. Chile pressured Peru over the border dispute on Monday."],
        [("018", "Jon Tavik"), ("020", "Chile"), ("145", "protesters"), ("190", "soldiers")]),
    "compound nouns whose first word alone would only modify their head: strike action, a rescue effort, a military "
    "or air campaign, a deportation flight": (
        ["Workers launched strike action in Kesto on Monday. Rescuers launched a rescue effort in Tresk on Monday.",
         "Peru launched a military campaign against the rebels. Chile launched an air campaign against the rebels.",
         "Spain carried out a deportation flight to Ostra on Monday."],
        [("073", "rescuers"), ("143", "workers"), ("174", "Spain"), ("190", "Peru"), ("195", "Chile")]),
    "a road blockade is protesters obstructing passage (144), not a military blockade; a ground operation, a drone "
    "campaign": (
        ["Truckers staged a road blockade near Kesto on Monday. Peru launched a ground operation against the rebels on "
         "Monday. Chile launched a drone campaign against the rebels on Tuesday."],
        [("144", "truckers"), ("190", "Peru"), ("195", "Chile")]),
    "verb-object idioms: took the oath of office (a succession), paid homage (a symbolic act)": (
        ["Mira Vell took the oath of office in Varna on Monday. Jon Tavik paid homage to the victims in Kesto on "
         "Tuesday."],
        [("017", "Jon Tavik"), ("Succession", "Mira Vell")]),
    "codebook words: refuge granted, slogans chanted, assets frozen, a rebellion, pushbacks, a manhunt, nomination "
    "papers, a presidential poll, joint naval drills (no show of force), a case thrown out by a court": (
        ["Norway granted refuge to Lena Varga on Monday. Students chanted slogans outside the Varna parliament.",
         "Chile froze assets of two Peruvian firms on Monday. A rebellion broke out in Tresk in 2012.",
         "Greek coast guards carried out pushbacks of migrants near Kesto. Police launched a manhunt near Ostra.",
         "Piet Smit filed his nomination papers on Monday. Peru held a presidential poll on Sunday.",
         "Chile and Peru held joint naval drills on Monday. The Varna High Court threw out the case on Friday."],
        [("062", "Chile"), ("062", "Peru"), ("075", "Norway"), ("141", "students"), ("163", "Chile"),
         ("173", "police"), ("174", "Greece"), ("190", None), ("Candidacy", "Piet Smit"),
         ("CourtRuling", "Varna High Court"), ("Election", None)]),
    "hyphenated spellings of codebook nouns (co-operation, air-strike, round-up) and a gang rape, a sniper attack": (
        ["Chile and Peru agreed to expand security co-operation on Monday. A Bolivian air-strike killed ten rebels "
         "near Kesto on Monday. Police carried out a round-up of migrants in Ostra on Monday.",
         "Soldiers carried out a gang rape in Tresk on Monday. Rebels launched a sniper attack on a police post near "
         "Varna on Tuesday."],
        [("030", "Chile"), ("030", "Peru"), ("0312", "Chile"), ("0312", "Peru"), ("173", "police"),
         ("1821", "soldiers"), ("193", "rebels"), ("195", "Bolivia")]),
    "codebook nouns and verbs: a jailbreak (defiance, 128), a ransom demand (100), a tropical depression, "
    "collaborating; blasts whose cause is named are bombings, no accident": (
        ["Forty inmates staged a jailbreak in Varna on Monday. The kidnappers issued a ransom demand on Tuesday.",
         "A tropical depression killed 12 people in Tresk on Monday. Chile collaborated with Peru on the rescue.",
         "A roadside blast killed three policemen near Ostra on Monday. A grenade blast wounded four people in Kesto "
         "on Tuesday."],
        [("050", "Chile"), ("100", "kidnappers"), ("128", "inmates"), ("183", None), ("1833", None),
         ("Disaster", None)]),
    "a dam that gave way is a disaster (protests that gave way to violence are none), survivors winched to safety": (
        ["The Kesto dam gave way on Sunday after days of rain. The protests in Varna gave way to violence.",
         "A navy helicopter winched 12 fishermen to safety off Tresk on Monday."],
        [("073", "navy"), ("141", None), ("Disaster", None)]),
    "verb-object idioms of relations and aid (ties broken, relations cut, ties mended, funding withdrawn), an "
    "agency defunded, a suspect rearrested or put behind bars": (
        ["Chile broke diplomatic ties with Peru on Monday. Bolivia cut diplomatic relations with Peru on Tuesday.",
         "Ecuador and Bolivia mended ties in May. The United States defunded the Kesto agency on Monday.",
         "Norway withdrew funding from the Kesto agency on Tuesday.",
         "Police rearrested Jon Tavik in Varna on Monday. Police put Lena Varga behind bars on Tuesday."],
        [("050", "Bolivia"), ("050", "Ecuador"), ("161", "Bolivia"), ("161", "Chile"), ("162", "Norway"),
         ("162", "United States"), ("173", "police"), ("173", "police")]),
    "a court order that a law requires, or does without, is no ruling (a court's ruling is told by its verb)": (
        ["The Varna parliament passed a law on Monday that lets police seize phones without a court order.",
         "The Varna Supreme Court said it would hear a challenge to the law."],
        [("0832", "Varna")]),
    "going to court, promised, is a threatened lawsuit (130); oil spilled is a disaster": (
        ["The Kesto Party said it would go to court over the election result.",
         "A tanker spilled 200 tonnes of crude oil off Tresk on Monday."],
        [("130", "Kesto Party"), ("Disaster", None)]),
    "verb-object idioms: debt cancelled or forgiven is economic aid (071, no forgiveness of a wrong), fire held is a "
    "truce; a show of strength is a show of force": (
        ["Norway cancelled debt owed by Ecuador on Monday.",
         "Spain forgave debt worth $20 million owed by Bolivia in May.",
         "The rebels held fire near Kesto on Monday. Peru staged a show of strength near the border on Tuesday."],
        [("071", "Norway"), ("071", "Spain"), ("0871", "rebels"), ("150", "Peru")]),
    "plurals the tagger leaves whole when they open a paragraph (Landslides, Referendums) are the lexicon's nouns": (
        ["Landslides killed 12 people near Kesto on Monday.",
         "Referendums were held in Varna and Ostra on Sunday."],
        [("Disaster", None), ("Election", None)]),
}


@pytest.mark.parametrize("paragraphs, expected", CODES_AND_DOERS.values(), ids=CODES_AND_DOERS.keys())
def test_code_and_doer(run, paragraphs, expected):
    facts, names = run(*paragraphs)
    assert sorted(((e.type, names.get(e.source)) for e in facts.events), key=str) == expected


def test_a_peacekeeping_mission_is_a_body_not_an_act(run):
    facts, names = run("Chile ordered the UN peacekeeping mission to leave the country. The UN peacekeeping mission in "
                       "Kesto said two soldiers were wounded.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("1661", "Chile")], facts.events  # forces
    # expelled


def test_easing_a_dispute_or_a_shortage_is_no_act_of_its_own(run):
    facts, names = run("Chile freed 12 fishermen on Monday, easing a dispute with Peru.",
                       "The central bank sold $1 billion to lenders to ease a dollar shortage.")
    assert sorted((e.type, names.get(e.source)) for e in facts.events) == [("0841", "Chile")], facts.events


@pytest.mark.parametrize("text, elections", [
    ("The Norland-drafted resolution won nine votes in favour, with three against, in the council.", 0),
    ("The state spent about 1.2 billion francs on organising the vote, according to the treasury.", 0),
    ("The Orsk junta said both votes will be held in late November.", 1)])
def test_a_decision_vote_a_verb_carries_is_no_election_but_votes_held_are(run, text, elections):
    facts, _ = run(text)
    assert sum(e.type == "Election" for e in facts.events) == elections


def test_evacuation_of_people_and_migrants_disembarking(run):
    facts, names = run("Tuesday's evacuation of some 3,000 people from riverside streets went smoothly.",
                       "The migrants disembarked in Ravenna on Wednesday.")
    assert [(e.type, names.get(e.source), names.get(e.target), e.when.value) for e in facts.events] == [
        ("Migration", None, "people", "2025-03-11"), ("Migration", "migrants", None, "2025-03-12")]


def test_an_evacuation_forced_on_people_and_one_years_before(run):
    facts, names = run("A wildfire outside Kesto forced the evacuation of more than 9,000 residents on Monday.",
                       "The hills last burned in 2019, when about 4,000 residents were evacuated from the area.")
    assert sorted((e.type, names.get(e.source), names.get(e.target), e.when.value) for e in facts.events
                  if e.type == "Migration") == [("Migration", None, "residents", "2019"),
                                                ("Migration", None, "residents", "2025-03-10")]


def test_a_river_bursting_its_banks_is_a_flood(run):
    facts, names = run("The Kesto River burst its banks on Saturday after a week of heavy rain.",
                       "The housing bubble burst in 2008.")
    assert [(e.type, e.source, e.when.value) for e in facts.events] == [("Disaster", None, "2025-03-08")]


def test_mediation_after_which_a_deal_came(run):
    facts, names = run("The truce was reached on Monday after Qatari mediation.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.type.startswith("04")] == [("045", "Qatar")]


def test_event_date_from_the_clause_it_hangs_from(run):
    facts, names = run("Japan pledged in May to invest $2 billion in Kenyan ports.",
                       published=dt.date(2025, 9, 10))
    (event,) = [e for e in facts.events if names.get(e.source) == "Japan"]
    assert event.when.value == "2025-05", event


def when_of(facts, trigger):
    (event,) = [e for e in facts.events if e.trigger.text == trigger]
    return event.when.value if event.when else None


def test_event_date_climbs_through_gerunds_predicates_and_infinitives(run):
    # 2025-03-14 is a Friday
    facts, _ = run("Kenyan President William Ruto opened the summit on Wednesday by urging donors to double their aid.")
    assert when_of(facts, "urging") == "2025-03-12"
    facts, _ = run("On Monday, Thai Foreign Minister Maris Sangiampongsa is due to fly to Jakarta, where he will "
                   "meet President Prabowo Subianto.")
    assert when_of(facts, "meet") == "2025-03-17"  # "is due to" looks ahead
    facts, _ = run("In 2021 the EU tightened sanctions after Belarus allowed Russia to use its airspace to attack "
                   "Ukraine.")
    assert when_of(facts, "attack") == "2021"
    facts, _ = run("Prices soared two weeks ago when the government cut fuel subsidies, a decision that the "
                   "opposition condemned.")
    assert when_of(facts, "condemned") == "2025-02"  # 2025-02-28, a week's precision: its month
    facts, _ = run("Police fired tear gas to break up a rally late on Wednesday, officials said on Thursday.")
    assert when_of(facts, "tear gas") == "2025-03-12"  # what it was done for dates it, not the saying
    facts, _ = run("Drivers had parked trucks across the road since Wednesday, when the Freight Drivers Union "
                   "began the strike.")
    assert when_of(facts, "strike") == "2025-03-12"  # the day it began, not a span since then


def test_a_date_the_model_ran_on_from_the_words_before_it(run):
    # the model tags "walkout on Sept. 1" as one date
    facts, _ = run("The Bangladesh University Teachers' Federation (BUTF), which represents about 14,000 lecturers at "
                   "55 public universities, began the walkout on Sept. 1 after the government scrapped a pension "
                   "scheme.", published=dt.date(2025, 9, 17))
    assert when_of(facts, "walkout") == "2025-09-01"


def test_a_passive_past_looks_back(run):
    facts, _ = run("He was arrested by Spanish police at his home in Marbella in March.",
                   published=dt.date(2024, 11, 14))
    assert when_of(facts, "arrested") == "2024-03"
    facts, _ = run("He was arrested by police in Marbella in March and was later released on bail.",
                   published=dt.date(2024, 11, 14))
    assert when_of(facts, "released") == "2024-11-14"  # later than March: the text does not say when


def test_days_later_count_from_the_last_day_told(run):
    facts, _ = run("The European Commission imposed duties on Indonesian steel on Aug. 12. Indonesia lodged a "
                   "complaint with the World Trade Organization (WTO) two days later.", published=dt.date(2025, 9, 4))
    assert when_of(facts, "complaint") == "2025-08-14"


def test_event_date_stays_in_its_own_report(run):
    facts, _ = run("Police said 20 rioters were arrested on Tuesday and that soldiers had killed three others.")
    assert when_of(facts, "arrested") == "2025-03-11"
    assert when_of(facts, "killed") == "2025-03-14"  # a second "that" clause: undated, the publication date


def test_a_reported_act_takes_the_day_it_was_said_unless_it_has_its_own(run):
    # 2025-03-14 is a Friday; the parser hangs "on Tuesday" in the reported clause
    facts, _ = run("The rebels said on Tuesday they had captured the town of Varna. Norland said on Wednesday it "
                   "had expelled two envoys late on Monday. Ostra said on Thursday it would send a team.")
    assert when_of(facts, "captured") == "2025-03-11"
    assert when_of(facts, "expelled") == "2025-03-10"
    assert when_of(facts, "send") == "2025-03-13"  # the promise, on the Thursday before, not the one after


def test_a_year_in_the_name_of_a_thing_does_not_date_the_act(run):
    facts, _ = run("The junta suspended the 2013 constitution. The minister said the government would send the "
                   "2027 budget to parliament.")
    assert when_of(facts, "suspended") == "2025-03-14"
    assert when_of(facts, "send") == "2025-03-14"


def test_an_act_since_a_day_is_dated_to_its_month(run):
    facts, _ = run("Talks had stalled since Saturday while Egypt and Qatar negotiated with Hamas.")
    assert [e.when.value for e in facts.events if e.trigger.text == "negotiated"] == ["2025-03", "2025-03"]


def test_a_date_of_the_event_a_verb_is_for_or_about_is_not_the_verbs(run):
    # 2025-03-14 is a Friday
    facts, _ = run("The Sahel Youth Front claimed responsibility for a bombing on Sunday. Norland said it had "
                   "invited the rebels to talks on Monday. Police arrested 12 nurses at a rally on Tuesday.")
    assert when_of(facts, "claimed") == "2025-03-14"
    assert when_of(facts, "invited") == "2025-03-17"  # an invitation is dated by the talks it asks for, ahead
    assert when_of(facts, "arrested") == "2025-03-11"  # at a protest: the same time


def test_a_present_act_takes_no_date_of_the_clause_above(run):
    facts, _ = run("The two opposition leaders, John Smith and Ana Costa, were jailed in May for offences they "
                   "deny.")
    assert when_of(facts, "deny") == "2025-03-14"


def test_a_toll_with_no_date_is_of_what_the_article_opened_with(run):
    # 2025-03-14 is a Friday
    facts, _ = run("Gunmen attacked a market in northern Norland on Wednesday, the army said.",
                   "The town was calm on Friday morning. The army sent 300 soldiers to the area.",
                   "At least 30 people were killed, the regional governor said. About 900 villagers were "
                   "evacuated.")
    assert when_of(facts, "killed") == when_of(facts, "evacuated") == "2025-03-12"
    assert when_of(facts, "sent") == "2025-03-14"  # an act with a doer is dated as before


def test_a_struggle_since_a_year_is_dated_to_that_year(run):
    facts, _ = run("The Liberation Front, which is linked to Ostavia, has been fighting to unseat the Norland "
                   "government since 2011.")
    assert when_of(facts, "fighting") == "2011"


def test_a_date_reported_in_a_relative_clause_on_the_event_noun(run):
    facts, _ = run("Lawmakers impeached President John Smith in 2016, and voters upheld it in a referendum that "
                   "year.",
                   "The new charter must be approved in a national referendum, which officials said would be "
                   "held on March 22.")
    referendums = sorted(e.when.value for e in facts.events if e.type == "Election")
    assert "2025-03-22" in referendums, referendums


def test_a_past_act_is_not_dated_after_publication(run):
    # 2025-03-14 is a Friday
    facts, _ = run("Opposition leader Ana Costa vowed to bring supporters back onto the streets on Saturday and called "
                   "on students to join them.")
    assert when_of(facts, "called") == when_of(facts, "vowed") == "2025-03-14"


def test_words_do_not_take_the_paragraphs_last_date(run):
    # 2025-03-14 is a Friday
    facts, _ = run("Protesters marched on parliament on Tuesday. Police fired tear gas at them. Opposition leader "
                   "Ana Costa criticised the police.")
    assert when_of(facts, "tear gas") == "2025-03-11"
    assert when_of(facts, "criticised") == "2025-03-14"


def test_a_conviction_takes_the_judgments_date_though_a_word_root(run):
    # 2025-03-14 is a Friday
    facts, _ = run("A Kenyan court on Tuesday sentenced blogger Piet Varn to a year in prison.",
                   "Judge Lena Marek convicted Varn of slander.")
    assert when_of(facts, "convicted") == "2025-03-11"


def test_the_act_opening_the_next_paragraph_follows_on(run):
    # 2025-03-14 is a Friday
    facts, _ = run("Thousands of protesters marched through the capital on Tuesday.",
                   "Police fired tear gas at the marchers. The rights commission said officers detained 40 "
                   "people.",
                   "The army sent 300 soldiers to the city.")
    assert when_of(facts, "tear gas") == "2025-03-11"
    assert when_of(facts, "detained") == when_of(facts, "sent") == "2025-03-14"


def test_every_coordinated_subject_is_a_source(run):
    facts, names = run("France, Germany, Spain and Italy condemned the attack on Monday.")
    assert sorted(names[e.source] for e in facts.events if e.type == "111") == ["France", "Germany", "Italy", "Spain"]


def test_a_loan_told_as_held_is_no_loan_made(run):
    facts, names = run("The International Monetary Fund said on Monday that Norland was on track.",
                       "Norland's economy has grown since 2023, backed by a $7 billion IMF loan.",
                       "The review of its $2.9 billion bailout was completed, the Fund said.")
    assert not [e for e in facts.events if e.type[:2] == "07"], facts.events


def test_aid_received_or_relied_on_is_no_gift_told(run):
    facts, _ = run("Norland gets roughly 40% of its development aid from Ostavia.",
                   "Tresk, one of the poorest countries, received about $560 million in Ostavian aid in 2024.",
                   "Varna has relied on IMF rescue loans 19 times since 1962.")
    assert not any(e.type[:2] == "07" for e in facts.events), facts.events


def test_aid_given_cut_and_medical(run):
    facts, names = run("The World Food Programme said it had reduced rations for 400,000 people.",
                       "The United States cut its funding to the agency this year.",
                       "Medecins Sans Frontieres treated 43 wounded people at its clinic.",
                       "Greece sent two firefighting planes on Thursday.")
    codes = {(names.get(e.source), e.type) for e in facts.events}
    assert ("World Food Programme", "1623") in codes, codes  # humanitarian aid reduced
    assert ("United States", "1621") in codes, codes  # economic aid reduced
    assert ("Greece", "073") in codes, codes
    assert any(e.type == "073" and e.trigger.text == "treated" for e in facts.events), codes


def test_common_noun_doers_and_the_two_sides(run):
    facts, names = run("Armed men attacked a camp for refugees before dawn on Sunday.",
                       "European producers criticised the decision.",
                       "Talks between Kenya and Uganda resumed. The two sides signed a border accord on Monday.")
    doers = {(names.get(e.source), e.type[:2]) for e in facts.events}
    assert ("men", "19") in doers and ("producers", "11") in doers, doers
    assert {names.get(e.source) for e in facts.events if e.type.startswith("05")} == {"Kenya"}, doers


def test_the_two_sides_are_the_ones_the_story_tells_of_not_the_broker_named_last(run):
    facts, names = run("Chad accused the Kesto Liberation Front of shelling Tresk on Sunday. The Kesto Liberation "
                       "Front said Chad had broken the truce.",
                       "Norway, which mediated the ceasefire, will send an envoy to Ostra next week. The Red Cross "
                       "said it had delivered food to Tresk. In May, both sides swapped 60 detainees.")
    assert [names.get(e.source) for e in facts.events if e.trigger.text == "swapped"] == ["Chad"]


def test_fighting_fires_and_parades_are_no_conflict(run):
    facts, _ = run("About 1,400 firefighters were battling the flames near Patras.",
                   "Greece has battled hundreds of wildfires this summer.",
                   "Some 2,000 soldiers marched past the palace on Sunday.",
                   "Navy ships and the coast guard battled an oil slick off Kesto on Monday.")
    assert not [e for e in facts.events if e.type[:2] in ("14", "18", "19", "20")], facts.events
    facts, names = run("Rebels battled government troops near Goma on Sunday.",
                       "Thousands of teachers marched through Nairobi on Sunday.")
    assert {e.type[:2] for e in facts.events} == {"19", "14"}, facts.events


def test_rejecting_an_accusation_denies_responsibility(run):
    facts, names = run("The Popular Defence Front rejected accusations that its fighters had raided the camp.")
    assert [(names[e.source], e.type) for e in facts.events if e.trigger.text == "rejected"] == [
        ("Popular Defence Front", "016")]


def test_a_vote_is_an_election_only_when_named_as_one(run):
    facts, _ = run("Turnout in Sunday's vote was 61%, the electoral commission said.")
    assert [e.trigger.text for e in facts.events if e.type == "Election"] == ["vote"]
    facts, _ = run("Maria Lopes took 32% of the vote, the commission said.", "A vote had been postponed twice.",
                   "Pedro Soto took 28% of the valid ballots.")
    assert not [e for e in facts.events if e.type == "Election"], facts.events


def test_co_hosts_and_co_mediators_each_act(run):
    facts, names = run("The summit, co-hosted by Ethiopia and the African Union, opened on Monday.",
                       "Qatar and Egypt mediated between the two sides.")
    acts = sorted((names[e.source], e.type, e.target) for e in facts.events)
    assert acts == [("African Union", "043", None), ("Egypt", "045", None), ("Ethiopia", "043", None),
                    ("Qatar", "045", None)], acts


def test_calling_something_names_is_a_denunciation(run):
    facts, names = run('Amnesty International called the verdict "a travesty of justice".',
                       "The Nigeria Labour Congress called a general strike for Monday.",
                       'ECOWAS condemned what it called an "unconstitutional seizure of power".')
    acts = sorted((names.get(e.source), e.type, e.trigger.text) for e in facts.events)
    assert ("Amnesty International", "111", "called") in acts, acts
    assert ("Nigeria Labour Congress", "143", "general strike") in acts, acts  # a strike called, no appeal
    assert not any(t == "called" for s, c, t in acts if s == "Economic Community of West African States"), acts
    assert not any(c == "CourtRuling" or c.startswith("02") for s, c, t in acts), acts


def test_calling_what_was_denied_only_restates_the_denial(run):
    facts, names = run("The board rejected the ban on Friday, calling it meddling in its affairs.",
                       'Piet Smit denied the accusations, calling the trial "a political vendetta".',
                       "Norland has rejected calls to free the men, calling them war criminals.")
    acts = sorted((names.get(e.source), e.type, e.trigger.text) for e in facts.events)
    assert [a for a in acts if a[2] == "calling"] == [("Norland", "111", "calling")], acts


def test_talks_measured_out_or_concluded(run):
    facts, names = run("Ana Lima held three rounds of talks with Pedro Soto in Lima.",
                       "Negotiators concluded talks in February.")
    talks = sorted((names.get(e.source), e.type[:2]) for e in facts.events if e.trigger.text == "talks")
    assert talks == [("Ana Lima", "04"), ("negotiators", "04")], talks


def test_pirates_hijack_and_neighbours_each_voice_support(run):
    facts, names = run("Somali pirates who seized an oil tanker in the Gulf of Aden demanded a ransom for the ship.",
                       "The pirates had fired on a second vessel on Tuesday.",
                       "Finland, Denmark and Sweden expressed support for Norway.")
    acts = sorted((names.get(e.source), e.type) for e in facts.events)
    assert ("pirates", "181") in acts and ("pirates", "100") in acts and ("pirates", "193") in acts, acts
    assert [s for s, c in acts if c == "051"] == ["Denmark", "Finland", "Sweden"], acts


def test_a_warning_threatens_only_an_act_or_someone(run):
    facts, names = run("Analysts warned that the bank could face a fine of more than 1 billion crowns.",
                       "The agency warned of a humanitarian catastrophe.",
                       "Russia warned that it would take further measures.",
                       "Thai leaders warned Myanmar that it could lose its seat.")
    warnings = sorted(names.get(e.source) for e in facts.events if e.trigger.text == "warned")
    assert warnings == ["Russia", "Thai leaders"], warnings


def test_what_a_warning_or_a_vow_says_is_told_by_it(run):
    facts, _ = run("Interior Minister Piet Smit warned that the army would track down the gunmen.",
                   "Lena Varga warned that the Harbour League would walk out of the coalition unless Jon Tavik "
                   "resigned.")
    assert [(e.trigger.text, e.type[:2]) for e in facts.events] == [("warned", "13"), ("warned", "13")]
    facts, _ = run("Lena Varga vowed that the Harbour League would appeal against the injunction.")
    assert [(e.trigger.text, e.type[:2]) for e in facts.events] == [("vowed", "13")]


def test_entering_crosses_a_border_only_into_a_country(run):
    facts, _ = run("Riot police entered the halls shortly after midnight.")
    assert not [e for e in facts.events if e.type == "BorderCrossing"], facts.events
    facts, _ = run("Polish border guards said 12 people crossed illegally from Belarus.")
    assert [e.trigger.text for e in facts.events if e.type == "BorderCrossing"] == ["crossed"], facts.events


def test_a_sentence_hung_on_its_subject_noun_keeps_its_verb(run):
    # the small model parses "crossed" as a participle on "migrants", leaving the sentence no verb
    facts, names = run("Some 300 migrants crossed into Poland from Belarus on Sunday.")
    assert [(names.get(e.source), e.type) for e in facts.events] == [("migrants", "BorderCrossing")], facts.events


def test_a_licence_suspended_is_a_sanction(run):
    facts, names = run("Mines Minister Kofi Tetteh suspended the company's mining licence on Thursday.")
    assert [(names[e.source], e.type) for e in facts.events] == [("Kofi Tetteh", "172")], facts.events


def test_a_doer_the_parser_made_a_clause(run):
    facts, names = run("Presiding Judge Seo Ji-hye sentenced Park to 15 years in prison on Wednesday.")
    assert [(names.get(e.source), e.type) for e in facts.events] == [("Seo Ji-hye", "116")], facts.events  # (no
    # conviction told: the sentence tells it)


def test_calling_for_is_a_demand_and_urging_an_appeal(run):
    facts, names = run("Amnesty International called for an independent investigation into the shootings.",
                       "The United Nations urged both sides to show restraint.")
    codes = {(names.get(e.source), e.type[:2]) for e in facts.events}
    assert ("Amnesty International", "10") in codes and ("United Nations", "02") in codes, codes


def test_a_crowd_gathering_is_a_demonstration(run):
    facts, names = run("About 200 former customers gathered outside the court on Wednesday morning.")
    assert [(names.get(e.source), e.type) for e in facts.events] == [("customers", "141")], facts.events


def test_a_crowd_waiting_at_a_border_or_port_is_no_demonstration(run):
    facts, _ = run("Families of the freed sailors gathered in the rain at the border. Relatives of the jailed crewmen "
                   "gathered at the port of Tresk on Monday to wait for news.")
    assert not facts.events, facts.events


def test_a_vow_threatens(run):
    facts, names = run("Senator Ana Lima condemned the curfew as unconstitutional and vowed to challenge it in court.")
    assert [e.type for e in facts.events if e.trigger.text in ("vowed", "challenge")] == ["130"], facts.events


def test_people_killed_by_no_one_named(run):
    facts, names = run("At least four people, two of them presidential guards, were killed, a doctor said.")
    assert [(e.source, names.get(e.target), e.type[:2]) for e in facts.events if not e.negated] == [
        (None, "people", "19")], facts.events
    facts, _ = run("At least 27 people were killed in the earthquake, officials said.",
                   "The army denied that any civilians had been killed. Officials said no guards had been killed.")
    assert not [e for e in facts.events if e.type[:2] == "19" and not e.negated], facts.events

    facts, _ = run("Two villagers were killed when a bridge collapsed near the pass. Nine people were killed after "
                   "a bus overturned on Monday. Since May, 40 people have been killed in landslides.")
    assert not [e for e in facts.events if e.type[:2] == "19" and not e.negated], facts.events
    facts, names = run("At least 14 villagers were killed when shells hit a market on Tuesday.")
    assert [(names.get(e.target), e.type[:2]) for e in facts.events] == [("villagers", "19")], facts.events


def test_a_state_protesting_complains_and_rioters_storming_riot(run):
    facts, names = run("The Peruvian embassy in Quito protested the arrest of two fishermen. Hundreds of farmers "
                       "protested outside parliament. Rioters stormed the town hall on Sunday.")
    assert sorted((names.get(e.source), e.type) for e in facts.events) == [
        ("Peru", "114"), ("farmers", "140"), ("rioters", "145")], facts.events


def test_calling_for_a_strike_mobilises_and_for_a_truce_appeals(run):
    facts, names = run("The opposition Liberty Party called for a general strike. Brazil called for an immediate "
                       "ceasefire. Amnesty International called for an inquiry.")
    assert sorted((names.get(e.source), e.type) for e in facts.events) == [
        ("Amnesty International", "100"), ("Brazil", "0256"), ("Liberty Party", "133")], facts.events


def test_gunmen_who_storm_use_unconventional_violence(run):
    facts, names = run("The engineers were abducted on May 3 by gunmen who stormed their camp near Orsk.")
    assert ("gunmen", "180") in {(names.get(e.source, e.source), e.type) for e in facts.events}, facts.events


def test_sworn_in_as_acting_head_or_governor_is_an_appointment(run):
    facts, names = run("Deputy Governor Ana Rell was sworn in as acting governor of Orsk province on Thursday.",
                       "In Varna, Vice President Piet Smit was sworn in as president on Friday.")
    assert sorted((e.type, names.get(e.source), names.get(e.target)) for e in facts.events) == [
        ("Appointment", None, "Ana Rell"), ("Succession", "Piet Smit", None)], facts.events


def test_a_deployment_said_to_come_is_a_threat(run):
    facts, names = run("Varna's defence minister, Piet Smit, said the army would send 500 more soldiers to the "
                       "Orsk region next week.")
    assert [(names.get(e.source), e.type[:2]) for e in facts.events] == [("Piet Smit", "13")], facts.events
    # (coercive promises, deployments among them, are root 13, and "X said the army would" is X's: FORMAT.md)


def test_the_protest_a_summons_or_a_march_is_for_is_no_second_event(run):
    facts, names = run("Varna summoned Orsk's ambassador on Tuesday to protest against the arrests. About 300 "
                       "nurses marched to parliament in Varna to demand their pay.")
    assert sorted((names.get(e.source), e.type[:2]) for e in facts.events) == [("Varna", "11"), ("nurses", "14")], \
        facts.events


def test_a_statement_or_press_conference_is_how_words_are_reported_not_an_event(run):
    facts, _ = run("A Varna ministry statement said the fishermen would be treated humanely. The ferry had sailed "
                   "without a licence, according to a coast guard statement. Piet Smit spoke at a news conference "
                   "in Orsk.")
    assert not facts.events, facts.events


def test_gang_members_who_kill_use_unconventional_violence(run):
    facts, names = run("Gang members killed at least 30 people in the town of Orsk on Monday. Soldiers of the Varna "
                       "army killed 12 gang members on Tuesday.")
    assert [(names.get(e.source), e.type) for e in facts.events] == [("members", "180"), ("soldiers", "190")], \
        facts.events


def test_militants_and_mutineers_use_unconventional_violence_but_take_territory_as_an_army_does(run):
    facts, names = run("Militants killed 14 villagers near Orsk on Monday. The mutineers stormed the radio station "
                       "in Varna on Tuesday. In 2019, militants overran the province of Kesto.")
    assert [(names.get(e.source), e.type) for e in facts.events] == [
        ("militants", "180"), ("mutineers", "180"), ("militants", "192")], facts.events


def test_police_sealing_off_a_building_restrict_movement_and_shooting_protesters_repress(run):
    facts, names = run("Police sealed off the assembly complex in Orsk on Monday. Riot police shot dead two "
                       "protesters in Varna on Tuesday.")
    assert [(names.get(e.source), e.type) for e in facts.events] == [("police", "191"), ("police", "175")], \
        facts.events


def test_seizing_schoolgirls_or_fishermen_is_an_abduction(run):
    facts, names = run("Gunmen seized 40 schoolgirls from a boarding school in Orsk on Monday. Pirates seized six "
                       "fishermen off the coast of Varna on Tuesday.")
    assert [e.type for e in facts.events] == ["181", "181"], facts.events


def test_what_a_body_is_to_do_or_announces_giving_is_only_promised(run):
    facts, names = run("The Norland Development Bank is to provide a credit line of 450 million dollars, and Chile "
                       "was to send 40 engineers to help rebuild the port.")
    assert [(names.get(e.source), e.type[:2]) for e in facts.events] == [("Norland Development Bank", "03")], \
        facts.events
    facts, names = run("Canada announced 2 million Canadian dollars in emergency aid, and the World Bank committed "
                       "50 million dollars to a reconstruction fund.")
    assert [(names.get(e.source), e.type[:2]) for e in facts.events] == [("Canada", "03"), ("World Bank", "03")], \
        facts.events


def test_clerics_and_truckers_are_groups_that_act(run):
    facts, names = run("Muslim clerics condemned the kidnapping on Tuesday. Truckers blocked the highway.")
    assert [(names.get(e.source), e.type[:2]) for e in facts.events] == [("clerics", "11"), ("truckers", "14")], \
        facts.events
    facts, names = run("Opposition deputies accused the government of rigging the vote.")
    assert [(names.get(e.source), e.type) for e in facts.events] == [("deputies", "112")], facts.events


def test_searching_premises_is_a_raid_and_arguing_against_a_rejection(run):
    facts, names = run("Police searched the ministry's headquarters on Tuesday. Rescuers searched for survivors. "
                       "Tanzania and Mozambique argued against the loan freeze.")
    assert [(names.get(e.source), e.type) for e in facts.events] == [
        ("police", "171"), ("rescuers", "073"), ("Tanzania", "120"), ("Mozambique", "120")], facts.events
    # (a search for survivors is a rescue: FORMAT.md, sets 26 to 32)


def test_calling_something_a_partner_is_praise_and_a_travesty_criticism(run):
    facts, names = run("Brazil called Chile \"a trusted partner\". Peru called the ruling \"a travesty\".")
    assert [(names.get(e.source), e.type) for e in facts.events] == [("Brazil", "051"), ("Peru", "111")], \
        facts.events


def test_calling_something_names_in_a_clause_on_whoever_welcomed_it_restates_the_welcome(run):
    facts, names = run("The truce was welcomed by the African Union, which called it \"a hopeful sign\".",
                       "The fines were welcomed by opposition leader Jon Tavik, who called them long overdue.")
    assert [(names.get(e.source), e.type) for e in facts.events] == [("African Union", "051"), ("Jon Tavik", "051")], \
        facts.events


def test_who_says_people_will_be_charged_threatens_it(run):
    facts, names = run("Police spokesman Jan Novak said the detained students would be charged with disobedience.")
    assert [(names.get(e.source), e.type[:2]) for e in facts.events] == [("Jan Novak", "13")], facts.events
    facts, names = run("Police chief Lena Varga told reporters the suspects would be charged on Monday. Interior "
                       "Minister Piet Smit said the detained students would be released.")
    assert [(names.get(e.source), e.type[:3]) for e in facts.events] == [
        ("Lena Varga", "132"), ("Piet Smit", "035")], facts.events  # a release promised is a promise too


def test_suspending_a_member_or_an_official_is_a_sanction(run):
    facts, names = run("The African Union suspended Guinea after the coup. FIFA suspended Jon Arce on Monday. The "
                       "teachers suspended their strike.")
    assert [(names.get(e.source), e.type) for e in facts.events] == [
        ("African Union", "172"), ("FIFA", "172"), ("teachers", "087")], facts.events  # a strike halted de-escalates


def test_a_disaster_that_could_come_is_none(run):
    facts, _ = run("Forecasters warned that torrential rain could trigger flash floods. Farmers say cheap imports will "
                   "flood the market. Floods killed 12 people on Monday.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("Floods", "Disaster")], facts.events


def test_a_natural_force_the_model_takes_for_a_name_kills_no_one(run):
    facts, _ = run("Landslides and flash floods have killed 61 villagers in Varna since January.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("flash floods", "Disaster")], facts.events


def test_coordinated_titles_are_two_posts_and_the_appointer_holds_neither(run):
    facts, names = run("Costa Rican President Elena Mora on Tuesday appointed Pablo Vindas, an economist, "
                       "as Deputy Prime Minister and Minister for Finance.")
    offices = {(names[o.holder], o.title.lower()) for o in facts.offices}
    assert ("Pablo Vindas", "deputy prime minister") in offices, offices
    assert ("Pablo Vindas", "minister for finance") in offices, offices
    assert not any(holder == "Elena Mora" and "minister" in title for holder, title in offices), offices
    assert any(names[o.holder] == "Elena Mora" and o.title == "President" and names.get(o.organization) == "Costa Rica"
               for o in facts.offices), facts.offices


def test_titles_coordinated_after_former_or_headed_by_their_last_word_are_two_posts(run):
    facts, names = run("Jon Tavik, a former lawyer and former mayor of Kesto, resigned. Lena Varga, the mission's head "
                       "of mission and force commander, spoke. Deputy Agriculture and Forestry Minister Piet Smit "
                       "and Minister of Trade and Industry Ana Reyes arrived.")
    offices = {(names[o.holder], o.title.lower()) for o in facts.offices}
    assert {("Jon Tavik", "mayor"), ("Lena Varga", "head of mission"), ("Lena Varga", "force commander"),
            ("Piet Smit", "deputy agriculture and forestry minister"),
            ("Ana Reyes", "minister of trade and industry")} <= offices, offices
    assert not any(" and former" in title for _, title in offices), offices


def test_a_police_rank_or_a_judges_style_after_a_post_is_a_post_of_its_own(run):
    facts, names = run("Police Spokesman Assistant Commissioner Piet Smit said 40 people were held. Electoral "
                       "commission chairperson Justice Mira Vell said the count would go ahead.")
    offices = {(names[o.holder], o.title.lower()) for o in facts.offices}
    assert {("Piet Smit", "police spokesman"), ("Piet Smit", "assistant commissioner"), ("Mira Vell", "justice")} \
        <= offices, offices


def test_royal_and_church_styles_are_no_post_nor_name(run):
    facts, names = run("Saudi Foreign Minister Prince Faisal bin Tavik met Mgr Jon Vell, the bishop of Varna.")
    offices = {(names[o.holder], o.title) for o in facts.offices}
    assert ("Faisal bin Tavik", "Foreign Minister") in offices and ("Jon Vell", "Bishop") in offices, offices


def test_forms_of_address_are_no_office(run):
    facts, names = run('"Cases are rising," said Dr. Ada Okafor, the national director of public health.')
    assert not any(o.title.rstrip(".").lower() in ("dr", "doctor") for o in facts.offices), facts.offices


def test_a_year_before_an_event_noun_dates_it_and_is_no_quantity(run):
    facts, _ = run("The case stems from a 2022 investigation by the Anti-Fraud Directorate.")
    assert not any(q.value == 2022 for q in facts.quantities), facts.quantities
    assert any(e.type.startswith("09") and e.when and e.when.value == "2022" for e in facts.events), facts.events


def test_expected_to_is_planned_and_its_subject_acts(run):
    facts, names = run("Finance Minister Rui Soto is expected to meet IMF officials in Washington next week.")
    assert any(e.type.startswith("03") and names.get(e.source) == "Rui Soto" for e in facts.events), facts.events


def test_region_word_and_sentence_opening_adjective_are_no_part_of_a_name(run):
    facts, _ = run("Flooding hit Kenya's coastal Kilifi county on Monday.",
                   "Neighbouring Tanzania reported 12 deaths this month.")
    labels = {e.label for e in facts.entities}
    assert "Tanzania" in labels and "Neighbouring Tanzania" not in labels, labels
    assert "Kilifi county" not in labels, labels


def test_its_after_a_named_subject_in_apposition(run):
    facts, names = run("The World Food Agency (WFA) said it had sent 300 tonnes of food.",
                       "The aid group Harbor Relief opened two clinics in the city.",
                       "Its emergency coordinator, Amina Duale, said staff were treating 150 patients a day.")
    assert any(names[o.holder] == "Amina Duale" and names.get(o.organization) == "Harbor Relief"
               for o in facts.offices), [(names[o.holder], names.get(o.organization)) for o in facts.offices]


def test_in_talks_has_a_doer_and_can_is_no_act(run):
    facts, names = run("Economy Minister Lena Vossberg said the government of Norway was in talks with Orvik Steel.",
                       "Cholera can kill within hours if it is not treated.")
    assert any(e.type.startswith("04") and names.get(e.target) == "Orvik Steel" for e in facts.events), facts.events
    assert not any(e.trigger.text == "kill" for e in facts.events), facts.events


def test_what_could_be_done_is_no_act_unless_a_warning_tells_it(run):
    facts, names = run("A judge ordered Jon Tavik held in custody, citing the risk that he could flee the country.",
                       "The European Commission warned that it could impose sanctions on Varna Steel.")
    assert not any(e.trigger.text == "flee" for e in facts.events), facts.events
    assert any(e.type[:2] == "13" and names.get(e.source) == "European Commission" for e in facts.events)


def test_apposition_with_an_acronym_owner(run):
    facts, names = run("The World Health Organization (WHO) said it had sent vaccines to the region.",
                       "According to Tomas Lenga, the WHO's representative in Malawi, the outbreak is slowing.")
    assert any(names[o.holder] == "Tomas Lenga" and o.title.lower() == "representative"
               and names.get(o.organization) == "World Health Organization" for o in facts.offices), facts.offices
    assert "WHO's" not in by_label(facts, "World Health Organization").aliases


def test_a_warning_of_what_may_happen_is_no_threat(run):
    facts, _ = run("The aid group Harbor Relief warned that supplies of fuel could run out within two weeks.")
    assert not any(e.trigger.text == "warned" for e in facts.events), facts.events


def test_blaming_something_on_a_mere_thing_names_a_cause_and_accuses_no_one(run):
    facts, names = run("Lena Varga blamed the fuel shortages on a lack of dollars.",
                       "Piet Smit blamed the attack on the rebels.")
    assert [names.get(e.source) for e in facts.events if e.trigger.text == "blamed"] == ["Piet Smit"], facts.events


def test_a_warning_that_a_thing_will_do_harm_is_a_forecast_not_a_threat(run):
    facts, names = run("The Varna Business Council warned that the new levy would ruin many family farms.",
                       "Jon Tavik warned that military operations would continue until the rebels withdrew.",
                       "Piet Smit warned that civil servants who stayed home would have their pay docked.")
    warnings = sorted(names.get(e.source) for e in facts.events if e.trigger.text == "warned")
    assert warnings == ["Jon Tavik", "Piet Smit"], warnings


def test_took_office_and_the_appointee_replaces(run):
    facts, names = run("President Ana Mora on Tuesday appointed Luis Vega as finance minister, replacing Rosa Pinto "
                       "in the first reshuffle since she took office in 2024.")
    assert any(e.type == "Succession" and names.get(e.source) == "Luis Vega" and names.get(e.target) == "Rosa Pinto"
               for e in facts.events), facts.events
    assert any(e.trigger.text == "took" and e.when and e.when.value == "2024" for e in facts.events), facts.events


def test_who_heads_and_a_body_after_the_name(run):
    facts, names = run("Jon Berg, who heads the Halden Institute, said the study was flawed.",
                       "Judge Nils Vik of the Oslo District Court sentenced the men.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert ("Jon Berg", "head", "Halden Institute") in offices, offices
    assert ("Nils Vik", "judge", "Oslo District Court") in offices, offices



def test_a_body_after_the_name_past_an_adjective_and_a_ministry_the_tagger_takes_into_the_country(run):
    facts, names = run("The bill's author, lawmaker Piet Smit of the ruling Unity party, defended it.",
                       "In Dushanbe, Tajik foreign ministry spokesman Ivo Brant said the release was welcome.")
    offices = offices_of(facts, names)
    assert ("Piet Smit", "Lawmaker", "Unity") in offices, offices
    assert ("Ivo Brant", "Foreign Ministry Spokesman", "Tajikistan") in offices, offices


def test_a_title_before_a_name_the_parse_hangs_on_the_verb_and_occupations_in_apposition(run):
    facts, names = run("Police arrested the director of the state roads agency, Ana Kors, on Thursday.",
                       "\"We waited all night,\" said Jon Berg, a driver from Ostra who had queued since dawn.",
                       "Ivo Brant, a hydrologist at the University of Tresk, said the dam was old.")
    offices = offices_of(facts, names)
    assert ("Ana Kors", "Director", None) in offices, offices
    assert ("Jon Berg", "Driver", None) in offices, offices
    assert ("Ivo Brant", "Hydrologist", "University of Tresk") in offices, offices

def test_a_body_named_before_the_title_and_bodies_a_post_implies(run):
    facts, names = run("In Moscow, Kremlin spokeswoman Irina Sokolova told reporters the drills were routine.",
                       "Soldiers in Gabon detained President Ada Okafor on Monday. Sri Lankan President Ravi "
                       "Perera condemned the coup.",
                       "Shares in Halvik Steel fell 9%. Chief executive Marta Lind blamed energy prices.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert ("Irina Sokolova", "spokeswoman", "Kremlin") in offices, offices
    assert ("Ada Okafor", "president", "Gabon") in offices, offices  # the one country her sentence names
    assert ("Ravi Perera", "president", "Sri Lanka") in offices, offices  # his nationality, not an organisation
    assert ("Marta Lind", "chief executive", "Halvik Steel") in offices, offices  # the company named before
    assert not any(e.label == "Sri Lankan" for e in facts.entities)
    heads = [r for r in facts.relations if r.predicate == "headOf" and names[r.subject] == "Ada Okafor"]
    assert len(heads) == 1  # stated once


def test_abductions_recalled_envoys_decision_votes_and_partners(run):
    facts, names = run("Gunmen seized five oil workers from a camp on Monday.",
                       "Guyana recalled its ambassador to Russia on Tuesday.",
                       "A vote on the resolution was postponed while London and Paris negotiated with Beijing.",
                       "The army halted operations in the area. The outgoing Prime Minister Ana Lind conceded.")
    events = {(e.trigger.text, e.type, names.get(e.source), names.get(e.target)) for e in facts.events}
    assert any(t == "seized" and c == "181" and s and s.lower() == "gunmen" for t, c, s, _ in events), events
    assert ("recalled", "161", "Guyana", "Russia") in events, events
    assert not any(e.type == "Election" for e in facts.events), events  # a vote on a resolution elects no one
    assert {("negotiated", "United Kingdom", "China"), ("negotiated", "France", "China")} <= {
        (t, s, o) for t, _, s, o in events}, events
    assert any(t == "halted" and c == "087" for t, c, _, _ in events), events
    assert any(o.title == "Prime Minister" and not o.former for o in facts.offices), facts.offices


def test_the_speaker_of_a_parenthetical_is_not_who_the_quote_is_about(run):
    facts, names = run("The country's top general, General Tomas Camara, said on Thursday that the army backed "
                       "the takeover. Okafor was \u201csafe and in good health\u201d, he told reporters.")
    (quote,) = [q for q in facts.quotes if "good health" in q.text]
    assert names.get(quote.speaker) == "Tomas Camara", names.get(quote.speaker)


def test_the_speaker_of_a_quote_is_no_one_the_quotes_name(run):
    facts, names = run("Foreign Secretary Ines Varga said Lisbon was grateful to the mediators. \u201cTomas is coming "
                       "home. We will not rest until every hostage is free,\u201d she said.",
                       "Lena Sova, the minister, visited the port on Monday. The agency had stepped up patrols, "
                       "according to its spokesman, Piet Mandel. \u201cOur crews are ready for any emergency,\u201d he "
                       "said.",
                       "Anna Ritter became chief executive of Vexo in 2021. The chairman of Vexo's supervisory board, "
                       "Karl Obst, backed Ritter, saying she had \u201cthe full confidence of the board\u201d.")
    speakers = {q.text.split()[0]: names.get(q.speaker) for q in facts.quotes}
    assert speakers["Tomas"] == "Ines Varga", speakers  # not Tomas, named inside the quote
    assert speakers["Our"] == "Piet Mandel", speakers  # the one it was attributed to, not the last subject
    assert speakers["the"] == "Karl Obst", speakers  # the name in apposition, not the one he backed


def test_a_name_beside_a_title_subject_is_salient_for_he(run):
    facts, names = run("Two engineers, Tom Reid and Paul Hale, were freed on Monday. Both men had been held for a "
                       "year.",
                       "Norway's Minister of Foreign Affairs, Erik Dahlberg, said the two were released on "
                       "humanitarian grounds. He thanked Kenyan President Alice Wambui for her help.")
    (thanks,) = [e for e in facts.events if e.trigger.text == "thanked"]
    assert names.get(thanks.source) == "Erik Dahlberg", names.get(thanks.source)


def test_a_surname_the_model_took_for_a_common_word_is_the_person(run):
    facts, names = run("The deal was signed late on Tuesday by Public Service Minister Tendai Nyamore and the leaders "
                       "of two teachers' unions.",
                       "Nyamore thanked the churches for their mediation.")  # "Nyamore" is tagged a common noun
    assert [names.get(e.source) for e in facts.events if e.trigger.text == "thanked"] == ["Tendai Nyamore"]


def test_a_one_word_name_that_ends_one_name_and_opens_another_is_the_surname(run):
    facts, names = run("Government spokeswoman Lena Ali Varga told state television that the plotters had planned "
                       "to storm the palace.", "\"This plot was prepared for months,\" Varga said.",
                       "Prosecutor General Varga Saleh Tavik said the suspects would be charged.")
    assert [names.get(q.speaker) for q in facts.quotes] == ["Lena Ali Varga"]
    assert "Varga" not in names.values(), names


def test_a_promise_is_dated_when_it_was_made(run):
    facts, _ = run("The Nordic Development Fund said last week it would provide a further $20 million in budget "
                   "support.", "Bolivia will hold a run-off after no candidate won a majority, results showed on "
                   "Monday.", published=dt.date(2025, 6, 12))
    (provide,) = [e for e in facts.events if e.trigger.text == "provide"]
    assert (provide.when.value, provide.when.precision) == ("2025-06", "month")  # the week of June 2-8
    assert all(e.when.value != "2025-06-09" for e in facts.events if e.trigger.text == "run-off")  # not a promise


def test_kin_named_by_a_first_name_alone(run):
    facts, names = run("Tomas Brenner, an engineer from Graz, was freed on Monday. His brother Anton told reporters "
                       "in Vienna that the family had learned of his release from television. \u201cWe have waited "
                       "a year for this call,\u201d he said.")
    assert by_label(facts, "Anton").type == PERSON
    assert [names.get(q.speaker) for q in facts.quotes] == ["Anton"]


def test_words_the_parse_hangs_on_another_clause_are_the_sayers(run):
    facts, names = run("The interior minister, Paul Ferrand, said 9,000 police officers had been deployed around "
                       "the capital and warned that any attempt to block the ring road would be \u201cmet with "
                       "firmness\u201d.",
                       "Defence Minister Hana Kovic said Slovenia would train 40 Fijian sailors in Koper, describing "
                       "the pact as \u201ca partnership between neighbours, not a favour\u201d.",
                       "The agency said on Monday it was pausing all deliveries around Marib until its staff could "
                       "work safely. \u201cWe cannot ask nurses to risk their lives to reach children who are already "
                       "sick,\u201d UNICEF's representative for Sudan, Peter Lindahl, said in a statement.")
    speakers = {q.text.split()[0]: names.get(q.speaker) for q in facts.quotes}
    assert speakers == {"met": "Paul Ferrand", "a": "Hana Kovic", "We": "Peter Lindahl"}, speakers


def test_a_pages_outlet(tmp_path, nlp):
    page = tmp_path / "a.html"
    page.write_text("<html><head><title>Floods hit the north | The Daily Ledger</title></head><body>"
                    "<h1>Floods hit the north</h1><p>LIMA, Peru - Rescuers pulled 12 people from the river.</p>"
                    "</body></html>", encoding="utf-8")
    ((article, doc),) = list(parse(nlp, read_file(page)))
    assert ("The Daily Ledger", ORGANIZATION) in {(e.label, e.type) for e in extract(article, doc).entities}


def test_a_bylines_author_and_outlet(nlp):
    article = assemble([("Floods hit the north", None), ("By ANA ROTH, Reuters | June 3, 2026", None),
                        ("By Balkan Wire staff", None), ("Pacific Desk", "byline"),
                        ("LIMA, Peru - Rescuers pulled 12 people from the river.", None)], id="t", source="test")
    ((article, doc),) = list(parse(nlp, [article]))
    found = {(e.label, e.type) for e in extract(article, doc).entities}
    assert {("Ana Roth", PERSON), ("Reuters", ORGANIZATION), ("Balkan Wire", ORGANIZATION)} <= found, found
    assert not any(label.startswith("Pacific") for label, _ in found)  # a desk is no outlet
    assert article.published == dt.date(2026, 6, 3)


def test_a_name_with_an_age_or_a_title_beside_it_is_a_person(run):
    facts, _ = run("Sabine Okoro-Bay, 44, the union's leader, was detained.",  # the model calls her an organisation
                   "The party's secretary-general, Tahir Anwar Rana, was dragged from a truck.")  # and him a building
    assert by_label(facts, "Sabine Okoro-Bay").type == PERSON
    assert by_label(facts, "Tahir Anwar Rana").type == PERSON


def test_a_name_ending_in_a_company_suffix_is_an_organisation(run):
    facts, _ = run("Officers boarded the trawler, owned by Chen Feng Trading Co.")
    assert by_label(facts, "Chen Feng Trading Co.").type == ORGANIZATION


def test_a_force_named_like_a_province_is_an_organisation(run):
    facts, _ = run("Officers of the Argentine Naval Prefecture boarded the trawler off Chubut Province.")
    assert by_label(facts, "Argentine Naval Prefecture").type == ORGANIZATION
    assert by_label(facts, "Chubut Province").type == PLACE


def test_a_name_after_a_title_of_a_body_with_an_acronym_is_a_person(run):
    facts, _ = run("The governor of the Reserve Bank of the Tresk PDR, Bounmy Chanthavong, resigned on Friday "
                   "after the currency sank.")
    assert by_label(facts, "Bounmy Chanthavong").type == PERSON


def test_a_commodore_is_a_rank(run):
    facts, names = run("\u201cBoth vessels had working radar,\u201d said Commodore Ramon Dizon, the coast guard "
                       "spokesman.")
    assert by_label(facts, "Ramon Dizon").type == PERSON
    assert ("Ramon Dizon", "commodore") in {(names[o.holder], o.title.lower()) for o in facts.offices}


def test_amounts_in_a_countrys_dollars_and_with_a_scale_letter(run):
    facts, _ = run("Its captain was fined FJ$250,000 by the court. The minister promised a fund of \u20ac400m, and "
                   "the club paid US$3m and TT$45,000.")
    found = {(q.mention.text, q.value, q.unit) for q in facts.quantities}
    assert found == {("FJ$250,000", 250_000, "FJD"), ("\u20ac400m", 400_000_000, "EUR"), ("US$3m", 3_000_000, "USD"),
                     ("TT$45,000", 45_000, "TTD")}, found


def test_a_plural_demonym_the_model_left_untagged_is_a_group(run):
    facts, names = run("Thousands of families rely on relatives working in Russia, where an estimated 1 million Tajiks "
                       "are employed.")
    tajiks = by_label(facts, "Tajiks")
    assert tajiks.type == GROUP
    assert ("Tajiks", "nationality", "Tajikistan") in {(names[r.subject], r.predicate,
                                                        names[r.object]) for r in facts.relations}


def test_ships_and_diseases_are_no_actors(run):
    facts, _ = run("The ferry MV Santa Rosa Express collided with a cargo ship. In 1987 the ferry Dona Marta sank "
                   "off Mindoro.",
                   "Officials confirmed an outbreak of Marburg virus disease near Kenema. Marburg, a relative of "
                   "Ebola, spreads through contact. The Ebola epidemic killed thousands.")
    labels = {e.label for e in facts.entities}
    assert not labels & {"MV Santa Rosa Express", "Santa Rosa Express", "Dona Marta", "Marburg", "Ebola"}, labels
    assert "Kenema" in labels


def test_handing_out_aid_is_humanitarian_aid(run):
    facts, names = run("The World Food Programme was delivering rice to evacuation centres, and UNICEF was handing out "
                       "blankets and water purification tablets.")
    found = {(e.type, names.get(e.source)) for e in facts.events}
    assert {("070", "World Food Programme"), ("073", "UNICEF")} <= found, found


def test_a_full_name_the_model_missed_that_speaks_is_a_person(run):
    facts, names = run("The OSCE and Human Rights Watch both criticised the vote. Alina Petrenko, Human Rights Watch's "
                       'Central Asia researcher, said the law "legalises what the security services have been doing '
                       'for years", and urged the upper house to reject it.')  # the model leaves the name untagged
    assert by_label(facts, "Alina Petrenko").type == PERSON
    assert [names.get(q.speaker) for q in facts.quotes] == ["Alina Petrenko"]


def test_an_upper_case_dateline_place_is_written_as_in_a_sentence(run):
    facts, _ = run("COX'S BAZAR, Bangladesh (AFP) - A fire destroyed 800 shelters in a camp near Cox's Bazar.")
    assert [e.label for e in facts.entities if e.label.lower() == "cox's bazar"] == ["Cox's Bazar"]


def test_a_body_speaks_through_its_service_and_a_group_by_the_name_it_calls_itself(run):
    facts, names = run('The African Union\'s peace and security department called the verdict "a serious setback for '
                       'the region".',
                       "A group calling itself the Patriotic Front for Renewal said in a statement that the army had "
                       'acted to end "years of misrule and theft".')
    speakers = {q.text.split()[0]: names.get(q.speaker) for q in facts.quotes}
    assert speakers == {"a": "African Union", "years": "Patriotic Front for Renewal"}, speakers


def test_a_speaker_the_parse_leaves_without_a_verb_is_the_one_named_before_it(run):
    facts, names = run("In Ostava, Norland's human rights minister, Ana Roth, said the government would bring those "
                       'responsible to justice "whatever their rank or their clan".')  # the parse hangs the name on
    # "Ostava", not on "said"
    assert [names.get(q.speaker) for q in facts.quotes] == ["Ana Roth"]


def test_an_amount_with_its_own_qualifier_after_a_preposition_that_looks_like_one(run):
    facts, _ = run("Talks with the bank over roughly $500 million in loans have not been finalized.")
    assert [(q.value, q.unit, q.qualifier) for q in facts.quantities] == [(500e6, "USD", "roughly")]


def test_a_tally_is_two_numbers(run):
    facts, _ = run("Lawmakers voted 97-88 to reject the motion.")  # the model tags only the first
    assert [q.value for q in facts.quantities] == [97, 88]


def test_a_currency_word_several_countries_use_is_the_money_of_the_country_in_the_story(run):
    facts, _ = run("NAIROBI, Kenya (Reuters) - The cabinet approved a fund of 2.5 billion shillings. Traders from "
                   "Uganda said they had lost 40,000 Ugandan shillings each, and inflation rose 3.1 percentage points.")
    assert [(q.value, q.unit) for q in facts.quantities] == [(2.5e9, "KES"), (40000, "UGX"), (3.1, "percent")]
    facts, _ = run("YAOUNDE, Cameroon (AFP) - The court ordered the firm to repay 45 billion ariary and fined it 1.5 "
                   "billion CFA francs. Donors gave 2 million New Zealand dollars and 9 billion Danish crowns.")
    assert [(q.value, q.unit) for q in facts.quantities] == [(45e9, "MGA"), (1.5e9, "XAF"), (2e6, "NZD"),
                                                             (9e9, "DKK")]


def test_spanish_and_portuguese_plurals_of_currency_words_and_one_letter_dollars(run):
    facts, _ = run("SAN JOSE, Costa Rica (AP) - The court fined the firm 18 million quetzales and 400,000 colones. "
                   "Donors gave 20 billion meticais, F$4.3 million and R$50 million, and 3 million cordobas.")
    assert {(q.value, q.unit) for q in facts.quantities} == {(18e6, "GTQ"), (4e5, "CRC"), (20e9, "MZN"),
                                                             (4.3e6, "FJD"), (50e6, "BRL"), (3e6, "NIO")}


def test_lakhs_and_crores_and_a_currency_abbreviation_before_the_amount(run):
    facts, _ = run("KARACHI, Pakistan (Reuters) - The province set aside Rs 500 crore and 2 lakh tonnes of wheat.")
    assert [(q.value, q.unit) for q in facts.quantities] == [(5e9, "PKR"), (2e5, "tonnes")]


def test_bodies_that_names_and_generic_nouns_point_at(run):
    facts, names = run("The Danish Refugee Council (DRC) said the release was overdue. Police in Tehran "
                       "detained two men. The group's secretary general, Ingrid Holm, welcomed the swap.",
                       "Vice-President Ana Ruiz was sworn in as president at the National Congress hours after the "
                       "vote in Paraguay. Senate President Ruth Alvez called the vote fair.",
                       "The two navies held drills off Darwin last month.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert ("Ingrid Holm", "secretary general", "Danish Refugee Council") in offices, offices  # no country
    assert not any(e.label == "DR Congo" for e in facts.entities)  # the acronym defined in brackets
    assert not any(names.get(o.organization) == "National Congress" for o in facts.offices), offices  # where, not whose
    assert ("Ruth Alvez", "senate president", "Senate") in offices, offices
    assert by_label(facts, "Darwin").type != PERSON
    assert not any(e.label.endswith(" hours") for e in facts.entities)


def test_a_name_runs_on_to_its_bracketed_acronym(run):
    facts, _ = run("The Office of the UN High Commissioner for Refugees (UNHCR) appealed for $220 million.",
                   "The EU and the African Union (AU) condemned the coup.")
    labels = {e.label for e in facts.entities if e.type == ORGANIZATION}
    (refugees,) = [e for e in facts.entities if e.wikidata == "Q132551"]  # the agency's own office is the agency
    assert any(a.endswith("Office of the UN High Commissioner for Refugees") for a in refugees.aliases), refugees
    assert "UNHCR" in refugees.aliases and "African Union" in labels, labels
    assert not any(n.endswith("Office of the UN") for e in facts.entities for n in (e.label, *e.aliases))


def test_a_description_of_a_un_body_is_the_body_the_table_knows(run):
    facts, names = run("The United Nations refugee agency said it would send tents to Varna.",
                       "The UN children's agency warned that schools in Kesto had closed.",
                       "The UN peacekeeping mission said it would stay.")
    codes = {e.wikidata for e in facts.entities}
    assert {"Q132551", "Q740308", "Q1065"} <= codes, codes  # a mission the table has no single body for: the UN
    assert [names.get(e.source) for e in facts.events][:1] == ["United Nations High Commissioner for Refugees"]


def test_the_un_agency_after_a_un_body_is_that_body(run):
    facts, names = run("Gunmen ambushed trucks of the World Food Programme (WFP) outside Tresk on Tuesday, killing "
                       "two drivers, the United Nations agency said.",
                       "The agency said a day later that it was suspending all deliveries around Tresk.")
    assert [names.get(e.source) for e in facts.events if e.type.startswith("16")] == ["World Food Programme"]
    assert "United Nations" in names.values()


def test_the_plural_of_a_movement_s_word_names_the_movement(run):
    facts, names = run("Yemen's government and the Zawari movement exchanged 300 prisoners on Thursday.",
                       "The Zawaris released 125 detainees, officials said.")
    assert not any(e.type == PERSON for e in facts.entities), names
    assert "Zawari" in {names.get(e.source) for e in facts.events}, facts.events


def test_a_known_organisation_the_model_missed(run):
    facts, _ = run("Human Rights Watch urged the government to release the students.",
                   "Most of the dead were women, according to Doctors Without Borders, which treated 43 people.",
                   "The Mozambique Red Cross distributed food.")
    labels = {e.label: e.wikidata for e in facts.entities if e.type == ORGANIZATION}
    assert labels.get("Human Rights Watch") == "Q187052", labels
    assert labels.get("Médecins Sans Frontières") == "Q49330", labels
    assert "International Red Cross and Red Crescent Movement" not in labels, labels  # a national society


def test_two_bodies_named_whole_stay_two(run):
    facts, _ = run("Police raided dormitories at Rajshahi University and Jahangirnagar University on Monday.",
                   "ASEAN and China agreed to finish the code.")
    labels = {e.label for e in facts.entities if e.type == ORGANIZATION}
    assert {"Rajshahi University", "Jahangirnagar University"} <= labels, labels
    assert not any(" and " in label for label in labels), labels


def test_a_name_the_text_sets_as_a_place(run):
    facts, _ = run("Rescuers dug through rubble in Durres and the nearby town of Thumane.",
                   "Rival supporters clashed in Dhanusha district on polling day.",
                   "Investors in Nordvik Steel AG lost heavily.")
    types = {e.label: e.type for e in facts.entities}
    assert types.get("Thumane") == CITY and types.get("Dhanusha") == CITY, types
    assert types.get("Nordvik Steel AG") == ORGANIZATION, types


def test_a_building_is_a_place(run):
    facts, _ = run("Senators met at Parliament House in Canberra on Thursday.",
                   "The plane landed at Tbilisi International Airport after midnight.")
    assert by_label(facts, "Parliament House").type == PLACE
    assert by_label(facts, "Tbilisi International Airport").type == PLACE


def test_a_weekday_in_the_dateline_is_no_place(nlp, tmp_path):
    (tmp_path / "a.txt").write_text("Strike In Lagos\n\nLAGOS, Nigeria, Wednesday, January 21, 2026 — Police fired "
                                    "tear gas at marchers in Lagos on Wednesday.\n", encoding="utf-8")
    (article,) = list(read_file(tmp_path / "a.txt"))
    ((article, doc),) = list(parse(nlp, [article]))
    facts = extract(article, doc)
    assert not any(e.label == "Wednesday" for e in facts.entities), [e.label for e in facts.entities]


def test_a_president_named_bare_leads_the_datelines_country(nlp, tmp_path):
    (tmp_path / "a.txt").write_text("Calm Urged\n\nLILONGWE, Malawi, June 12, 2025 (Reuters) - President Peter Banda "
                                    "urged protesters to remain calm on Wednesday. The Sahel Civic Observatory "
                                    "objected. Its president, Amadou Diallo, called for an inquiry.\n",
                                    encoding="utf-8")
    (article,) = list(read_file(tmp_path / "a.txt"))
    ((article, doc),) = list(parse(nlp, [article]))
    facts = extract(article, doc)
    names = {e.key: e.label for e in facts.entities}
    heads = {(names[r.subject], names.get(r.object)) for r in facts.relations if r.predicate == "headOf"}
    assert ("Peter Banda", "Malawi") in heads, heads
    assert ("Amadou Diallo", "Malawi") not in heads, heads  # "its president": the observatory's, not the country's


def test_arrests_reported_by_the_police_and_tear_gas_fired(run):
    facts, names = run("Police fired tear gas at striking workers in Lagos on Wednesday.",
                       "At least 43 people were arrested, the Lagos State Police Command said. Five soldiers were "
                       "killed in the clashes, the army said.")
    events = {(e.trigger.text, e.type, names.get(e.source)) for e in facts.events}
    assert any(t == "tear gas" and c == "175" and s and s.lower() == "police" for t, c, s in events), events
    assert ("arrested", "173", "Lagos State Police Command") in events, events
    assert not any(t == "killed" and s == "army" for t, _, s in events), events  # the army reports, it did not kill


def test_the_two_leaders_are_the_two_last_named(run):
    facts, names = run("Prime Minister Harriet Ashdown met her Indian counterpart, Arvind Iyer, on Monday.",
                       "The two leaders agreed to resume talks on a trade deal. “Our two nations have never been "
                       "closer,” Ashdown said.")
    agreed = [e for e in facts.events if e.trigger.text == "agreed"]
    assert agreed and (names.get(agreed[0].source), names.get(agreed[0].target)) == ("Harriet Ashdown", "Arvind Iyer")


def test_the_two_countries_are_the_two_last_named_through_a_relative_pronoun(run):
    facts, names = run("Lena Varga, the Norwegian prime minister, arrived in Chile on Monday.",
                       "The two countries, which restored diplomatic ties in 1994, have since signed two deals.")
    restored = [(names.get(e.source), names.get(e.target)) for e in facts.events if e.trigger.text == "restored"]
    assert restored and all(set(pair) == {"Norway", "Chile"} for pair in restored), restored


def test_a_counterpart_holds_the_same_post_and_leads_his_country(run):
    facts, names = run("Thailand's Prime Minister Prasert Wongsiri and his Cambodian counterpart, Vuthy Chenda, "
                       "held talks on Monday.")
    offices = offices_of(facts, names)
    assert ("Vuthy Chenda", "Prime Minister", "Cambodia") in offices, offices
    heads = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "headOf"}
    assert ("Vuthy Chenda", "Cambodia") in heads, heads


def test_a_court_described_before_it_is_named(run):
    facts, names = run("A South African appeal court on Wednesday upheld the fraud conviction of former minister "
                       "Thabo Nkosi.",
                       "The Supreme Court of Appeal in Bloemfontein found that Dube had taken bribes. His lawyer said "
                       "he would take the case to the Constitutional Court.",
                       "A Danish court convicted Hamid Karimi in 2023. The Revolutionary Court in Tehran jailed a man.")
    by_trigger = {e.trigger.text: names.get(e.source) for e in facts.events}
    assert by_trigger.get("upheld") == "Supreme Court of Appeal", by_trigger
    assert by_trigger.get("convicted") != "Revolutionary Court", by_trigger


def test_an_unnamed_court_of_the_lead_is_the_court_the_next_paragraphs_tell_acting(run):
    facts, names = run("A Norwegian court on Monday acquitted the former mayor Jon Tavik of taking bribes.",
                       "Tavik, 58, ran the city of Varna for ten years. Two aides received suspended sentences.",
                       "The Varna District Court closed the trial to reporters. His lawyer said prosecutors would "
                       "appeal to the Supreme Court.")
    assert [names.get(e.source) for e in facts.events if e.trigger.text == "acquitted"] == [
        "Varna District Court"], facts.events
    facts, names = run("A Norwegian court on Monday acquitted the former mayor Jon Tavik of taking bribes.",
                       "A bench of the Varna Special Court cleared Tavik, citing a lack of evidence.")
    assert [names.get(e.source) for e in facts.events if e.trigger.text == "acquitted"] == [
        "Varna Special Court"], facts.events


def test_a_body_the_lead_describes_is_the_one_the_next_paragraph_opens_with(run):
    facts, names = run("Chad's media regulator suspended two foreign broadcasters on Wednesday for how they covered "
                       "an army operation.",
                       "The Tresk Authority for Communication (TAC) accused the two broadcasters of airing false "
                       "reports.")
    assert [names.get(e.source) for e in facts.events if e.trigger.text == "suspended"] == [
        "Tresk Authority for Communication"]


def test_a_court_described_after_the_lead_is_not_a_court_named_later(run):
    facts, names = run("President Jon Tavik pardoned two former ministers on Thursday.",
                       "A court found the two guilty of bribery in 2024.",
                       "The opposition said it would petition the Supreme Court to annul the decree.")
    assert [names.get(e.source) for e in facts.events if e.trigger.text == "found"] != ["Supreme Court"]


def test_a_body_introduced_with_a_is_not_the_one_of_its_kind_named_before(run):
    facts, names = run("The Varna Commission on Human Rights criticised the police in Kesto on Monday.",
                       "A new commission created last year dismissed 400 officers.")
    assert not [e for e in facts.events if e.trigger.text == "dismissed" and names.get(e.source) == (
        "Varna Commission on Human Rights")], facts.events


def test_a_storm_is_no_actor_and_votes_are_no_election(run):
    facts, names = run("Typhoon Mirinae made landfall in central Vietnam early Monday, killing at least 14 people.",
                       "Mirinae is the ninth storm to hit Vietnam this year. Families must replace their roofs.",
                       "Tarqui won 27% of the votes in the first round.")
    assert not any(e.label == "Mirinae" for e in facts.entities)
    assert not any(e.type[:2] == "19" for e in facts.events), facts.events
    assert not any(e.type in ("Election", "Succession") for e in facts.events), facts.events


def test_places_and_parties_people_belong_to(run):
    facts, names = run("Ana Ruiz, a member of Prime Minister Luis Vega's centre-right Social Democratic Party, quit.",
                       "He was working in Iran's eastern city of Mashhad when he was detained.",
                       "Its regional head, Tom Brenner, said the Steel Workers' Union would fight. The European Union "
                       "envoy, Luca Conti, said nothing.")
    relations = {(names[r.subject], r.predicate, names.get(r.object, r.object)) for r in facts.relations}
    assert ("Luis Vega", "memberOf", "Social Democratic Party") in relations, relations
    assert ("Ana Ruiz", "memberOf", "Social Democratic Party") in relations, relations
    assert ("Mashhad", "containedInPlace", "Iran") in relations, relations
    assert ("Luca Conti", "memberOf", "European Union") in relations, relations  # an international body's envoy
    # is one of its people, as a party's or a union's are


def test_a_place_in_a_larger_one(run):
    facts, names = run("The leaders met at Parliament House in Canberra on Thursday.",
                       "Fighting resumed around El Fasher in North Darfur on Monday.",
                       "Protesters gathered in Nairobi in July.")
    within = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "containedInPlace"}
    assert within == {("Parliament House", "Canberra"), ("El Fasher", "North Darfur")}, within


def test_a_neighbourhood_of_a_city_and_a_department_a_demonym_places(run):
    facts, names = run("Police raided a house in the Kibera neighbourhood of Nairobi on Monday.",
                       "Floods hit the northern Peruvian department of Piura.")
    within = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "containedInPlace"}
    assert {("Kibera", "Nairobi"), ("Piura", "Peru")} <= within, within


def test_the_one_elected_stood_in_the_election(run):
    facts, names = run("The escape embarrasses Andres Villacis, a former prosecutor who was elected last year on a "
                       "promise to restore order.")
    stood = [(names[r.subject], r.object) for r in facts.relations if r.predicate == "candidateIn"]
    (election,) = [e for e in facts.events if e.type == "Election"]
    assert stood == [("Andres Villacis", f"event:{election.trigger.begin}")], stood


def test_the_government_acts_for_its_country(run):
    facts, names = run("In Caracas, the government ordered the British ambassador to leave the country.",
                       "Venezuela's foreign minister said the envoy had meddled.")
    (ordered,) = [e for e in facts.events if e.trigger.text == "ordered"]
    assert names.get(ordered.source) == "Venezuela"
    assert not any(e.label == "government" for e in facts.entities)


def test_an_ambassador_ordered_out_by_name_is_expelled_and_troops_ordered_out_are_forces_expelled(run):
    facts, names = run("Kenya on Tuesday ordered Uganda's ambassador, Jon Tavik, to leave within three days.",
                       "Chad ordered French troops to leave last year.")
    assert [(e.type, names.get(e.source), names.get(e.target)) for e in facts.events] == [
        ("174", "Kenya", "Jon Tavik"), ("166", "Chad", "France")]


def test_people_recaptured_officials_dismissed_and_operations_suspended(run):
    facts, names = run("Police recaptured 29 of the 41 inmates on Thursday, a day after President Ana Ortega "
                       "dismissed the prison's warden.",
                       "The mining company Kafue Copper suspended operations at two mines. The army halted military "
                       "operations in the region.")
    codes = {e.trigger.text: e.type for e in facts.events}
    assert codes.get("recaptured") == "173" and codes.get("dismissed") == "0831", codes  # a change of leadership
    # (172 in the older gold; FORMAT.md, sets 21 to 25)
    assert codes.get("halted") == "087" and codes.get("suspended") != "087", codes


def test_dismissing_a_named_minister_or_a_cabinet_removes_them_from_office(run):
    facts, names = run("Transport Minister Piet Smit was arrested on Monday. Prime Minister Jon Tavik dismissed Piet "
                       "Smit hours after the arrest.", "President Mira Vell dismissed his entire cabinet on Wednesday.",
                       "Tavik dismissed the reports as lies.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "dismissed"] == [
        ("0831", "Jon Tavik"), ("0831", "Mira Vell"), ("016", "Jon Tavik")]


def test_money_pledged_and_promised_and_what_was_ever_done(run):
    facts, names = run("Wealthy countries pledged a combined $4.6 billion on Thursday to help African nations adapt.",
                       "Canada and Norway promised smaller sums. “It is the biggest deal our two nations have ever "
                       "signed,” the minister said.")
    events = [(e.trigger.text, e.type, names.get(e.source), names.get(e.target)) for e in facts.events]
    assert any(t == "pledged" and c.startswith("033") for t, c, _, _ in events), events
    assert {("promised", "Canada"), ("promised", "Norway")} <= {(t, s) for t, c, s, _ in events if
                                                                c.startswith("033")}, events
    assert not any(t == "promised" and o for t, _, _, o in events), events  # aid promised, no act between the two
    assert not any(t == "signed" for t, _, _, _ in events), events


def test_who_undergoes_an_event_noun_and_what_is_released(run):
    facts, names = run("Two men were detained in Narva on Tuesday. Their arrest was ordered by the Harju County Court.",
                       "The agency released a report on the attack. Russia's invasion of Ukraine began in 2022.")
    events = {(e.trigger.text, e.type, names.get(e.source)) for e in facts.events}
    assert ("ordered", "CourtRuling", "Harju County Court") in events, events
    assert not any(t == "arrest" and s for t, _, s in events), events  # the men were arrested: they are no doers
    assert not any(t == "released" for t, _, _ in events), events
    assert ("invasion", "19", "Russia") in {(t, c[:2], s) for t, c, s in events}, events


def test_a_group_named_by_its_organisation_and_two_acts_on_one_person(run):
    facts, names = run("Al-Shabaab militants claimed responsibility on Thursday for a car bombing in Beledweyne.",
                       "Joseph Chileshe was arrested on Monday. He was charged with inciting violence on Tuesday.")
    events = [(e.trigger.text, names.get(e.source), names.get(e.target)) for e in facts.events]
    assert any(s == "Al-Shabaab" for _, s, _ in events), events
    assert {"arrested", "charged"} <= {t for t, _, o in events if o == "Joseph Chileshe"}, events


def test_an_embassy_named_with_its_country_capitalised_acts_for_the_country(run):
    facts, names = run("The U.S. Embassy in Varna urged the government to protect journalists.",
                       "The British Embassy condemned the arrests.")
    assert not any("Embassy" in e.label for e in facts.entities), facts.entities
    events = {(e.trigger.text, names.get(e.source)) for e in facts.events}
    assert {("urged", "United States"), ("condemned", "United Kingdom")} <= events, events


def test_korean_names_an_embassy_and_a_misparsed_concession(run):
    facts, names = run("Justice Minister Ryu Dong-hyun welcomed the verdict on Monday. Judge Seo Ji-hye said he showed "
                       "no remorse.",
                       "The Chilean embassy in Lima denied any involvement and rejected the accusations. \u201cPeru "
                       "is once again blaming others for its own failures,\u201d the embassy said in a statement.",
                       "Prime Minister Kamal Thapa-Magar led the party. Thapa-Magar conceded defeat on Tuesday.")
    labels = {e.label for e in facts.entities}
    assert {"Ryu Dong-hyun", "Seo Ji-hye"} <= labels and not any("embassy" in label for label in labels), labels
    events = {(e.trigger.text, names.get(e.source)) for e in facts.events}
    # an embassy speaks and acts for its state (FORMAT.md: a state body acts as its state)
    assert {("denied", "Chile"), ("rejected", "Chile"), ("conceded", "Kamal Thapa-Magar")} <= events, events
    assert [names.get(q.speaker) for q in facts.quotes] == ["Chile"]


def test_money_lent_in_euros_is_aid(run):
    facts, names = run("The United States pledged $2 million, while the World Bank said it was ready to lend up to "
                       "150 million euros for reconstruction.")
    assert any(e.trigger.text == "lend" and e.type.startswith("033") and names.get(e.source) == "World Bank"
               for e in facts.events), facts.events


def test_money_given_to_a_country_named_first_is_still_money(run):
    facts, names = run("The European Union said on Tuesday it would give Moldova a further 30 million euros for "
                       "border guards.")
    assert any(e.trigger.text == "give" and e.type.startswith("03") and names.get(e.source) == "European Union"
               and names.get(e.target) == "Moldova" for e in facts.events), facts.events


def test_posts_named_through_its_and_whose(run):
    facts, names = run("The money will go to a fund managed by the African Development Bank (AfDB), whose president, "
                       "Cheikh Gueye-Toure, called the pledges a down payment.",
                       "Kosovo sent rescuers. Its prime minister, Fatos Krasniqi, travelled to Durres on Wednesday.",
                       "Greenpeace Africa, which helped organise the protest, condemned the arrests. Its executive "
                       "director, Njeri Karanja, said the polluters were inside.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert {("Cheikh Gueye-Toure", "president", "African Development Bank"),
            ("Fatos Krasniqi", "prime minister", "Kosovo"),
            ("Njeri Karanja", "executive director", "Greenpeace Africa")} <= offices, offices


def test_a_sentence_the_parser_hung_on_its_subject(run):
    facts, names = run("Prime Minister Aristides Gomes Co, who was not at the palace when the soldiers arrived, called "
                       "on the troops to return to their barracks.")
    assert any(e.trigger.text == "called" and names.get(e.source) == "Aristides Gomes Co" for e in facts.events), \
        facts.events


def test_her_government_is_her_country_and_the_longest_event_noun_wins(run):
    facts, names = run("Lithuanian Foreign Minister Ruta Paulauskiene said her government had lodged a formal protest "
                       "with the Belarusian envoy in Vilnius.")
    assert any(e.type == "114" and names.get(e.source) == "Lithuania" for e in facts.events), facts.events


def test_the_bishop_and_a_capital_speaking_for_its_state(run):
    facts, names = run("The release was mediated by Bishop Anselmo Vallejo Suaza. “Nobody paid anything,” the bishop "
                       "told AFP by telephone.",
                       "Riyadh said the organisers were “singling out producers” in a statement.")
    speakers = {q.text.split()[0]: names.get(q.speaker) for q in facts.quotes}
    assert speakers.get("Nobody") == "Anselmo Vallejo Suaza", speakers
    assert speakers.get("singling") == "Saudi Arabia", speakers


def test_the_judge_is_the_one_named_after_the_title_not_the_one_convicted(run):
    facts, names = run("KESTO — A Kesto court on Monday jailed blogger Piet Smit Varn for a year.",
                       "Judge Lena Marek convicted Varn of slander. The judge also ordered Varn to pay $5,000 in "
                       "damages.")
    assert [names.get(e.source) for e in facts.events if e.trigger.text == "ordered"] == ["Lena Marek"]


def test_the_doer_after_of_for_intransitive_event_nouns(run):
    facts, names = run("The summit was overshadowed by the walkout of Saudi Arabia's delegation.",
                       "The resignation of Health Minister Ana Costa followed on Monday.")
    events = {(e.trigger.text, names.get(e.source)) for e in facts.events}
    assert {("walkout", "Saudi Arabia"), ("resignation", "Ana Costa")} <= events, events


def test_civilians_clash_by_assault_troops_by_force(run):
    facts, _ = run("One man was killed when rival supporters clashed with sticks and stones in Dhangadhi.",
                   "Troops clashed with rebels near the border on Monday.")
    codes = sorted(e.type for e in facts.events if e.trigger.text == "clashed")
    assert codes == ["182", "190"], codes


def test_a_long_title_before_the_comma(run):
    facts, names = run("Britain's ambassador to the United Nations, Margaret Fenwick-Orme, condemned the veto.",
                       "The Minister of Labour and Employment, Hadiza Lawal-Umar, rejected the demand.")
    relations = {(names[r.subject], r.predicate, names.get(r.object)) for r in facts.relations}
    assert ("Margaret Fenwick-Orme", "nationality", "United Kingdom") in relations, relations
    assert any(names[o.holder] == "Hadiza Lawal-Umar" and o.title == "Minister of Labour and Employment"
               for o in facts.offices), facts.offices


def test_al_is_part_of_a_name(run):
    facts, _ = run("Al-Shabaab, which is allied with al-Qaeda, has fought the government since 2007.")
    labels = {e.label for e in facts.entities}
    assert {"Al-Shabaab", "al-Qaeda"} <= labels and "Qaeda" not in labels, labels


def test_a_common_word_opening_a_sentence_is_no_organisation(run):
    facts, _ = run("Seismologists said the quake was shallow. Cholera spreads fast in crowded camps. Reuters reported "
                   "the figures.")
    labels = {e.label for e in facts.entities}
    assert not {"Seismologists", "Cholera"} & labels, labels


def test_collective_nouns_and_plural_groups_act(run):
    facts, names = run("Two miners were beaten to death by a crowd on Monday. Rights groups condemned the killings.",
                       "Groups of migrants crossed the border.")
    beaten = next(e for e in facts.events if e.trigger.text == "beaten")
    assert beaten.type.startswith("18") and names[beaten.source] == "crowd" and names[beaten.target] == "miners"
    condemned = next(e for e in facts.events if e.trigger.text == "condemned")
    assert condemned.type == "111" and names[condemned.source] == "groups"
    assert not any(e.label == "groups" and e.mentions[0].begin > condemned.trigger.begin for e in facts.entities)


def test_a_post_of_a_name_makes_the_name_a_body(run):
    facts, names = run("Giorgos Karalis, chief executive of Thalassa Maritime, said the crew was unharmed.")
    assert by_label(facts, "Thalassa Maritime").type == ORGANIZATION
    (office,) = [o for o in facts.offices if names[o.holder] == "Giorgos Karalis"]
    assert office.title.lower() == "chief executive" and names[office.organization] == "Thalassa Maritime"


def test_a_kind_of_body_makes_a_name_an_organisation(run):
    for text, body, head in (
            ("Rights group Libertad Plena, which tracks detentions, welcomed the ruling. Its director, Mara Quintero "
             "Sol, said the court was right.", "Libertad Plena", "Mara Quintero Sol"),
            ("The Sahel Civic Observatory, a rights group that documents abuses against herders, published the names "
             "of 27 victims. Its president, Tomas Ekwueme, called the strike a massacre.", "Sahel Civic Observatory",
             "Tomas Ekwueme")):
        facts, names = run(text)
        assert by_label(facts, body).type == ORGANIZATION
        assert any(names[o.holder] == head and names.get(o.organization) == body for o in facts.offices)


def test_posts_named_by_their_body_or_house(run):
    facts, names = run("The bill passed in the 120-seat National Assembly, Speaker Tomas Evu announced. Lina Moro took "
                       "the oath before Governor-General Sir Peter Kamu.",
                       "Police spokeswoman Ada Pierre said the Norland National Police had sent two units.")
    offices = {names[o.holder]: (o.title, names.get(o.organization)) for o in facts.offices}
    assert offices["Tomas Evu"] == ("Speaker", "National Assembly")
    assert offices["Peter Kamu"][0] == "Governor-General"
    assert offices["Ada Pierre"] == ("Police Spokeswoman", "Norland National Police")


def test_talks_between_two_sides_and_a_date_inside_a_name(run):
    facts, names = run("Peace talks between Norland and the March 23 Movement (M23) broke down on Tuesday.")
    (talks,) = facts.events  # the talks, told by their breaking down
    assert talks.type == "164" and (names[talks.source], names[talks.target]) == ("Norland", "March 23 Movement")
    assert "M23" in by_label(facts, "March 23 Movement").aliases
    assert talks.when.value == "2025-03-11"  # Tuesday, not the "March 23" of the movement's name


def test_declining_to_comment(run):
    facts, names = run("Acme Corp said it would not comment. Norland's Foreign Ministry declined to "
                       "comment. John Smith said the talks would resume.")
    declined = sorted(names[e.source] for e in facts.events if e.type == "011" and not e.negated)
    assert declined == ["Acme Corp", "Foreign Ministry"]
    assert not any(e.type.startswith("01") and names.get(e.source) == "John Smith" for e in facts.events)


def test_stepping_up_patrols_by_a_country_the_model_left_untagged(run):
    facts, names = run("The WFP said it needed money.", "Neighbouring Bangladesh said it had stepped up patrols "
                       "along the river.")
    assert by_label(facts, "Bangladesh").type == COUNTRY
    (patrols,) = [e for e in facts.events if e.trigger.text == "patrols"]
    assert patrols.type.startswith("15") and names[patrols.source] == "Bangladesh"


def test_the_junta_is_the_body_named_as_the_one_it_rules_through(run):
    facts, names = run("General Jon Tavik, head of the Supreme Council for National Redemption (SCNR) since "
                       "June, made the announcement on Friday.",
                       "The junta then banned party rallies for three months.")
    assert [names.get(e.source) for e in facts.events if e.type.startswith("172")] == [
        "Supreme Council for National Redemption"]


def test_the_doer_decides_blockades_calls_and_brokered_deals(run):
    facts, names = run("Students blockaded the main roads on Monday. The junta, which seized power in 2021, denied "
                       "the report.",
                       "The United States, which brokered a deal between Congo and Rwanda last June, urged calm. "
                       "John Smith is due to call on President Ada Okafor on Friday. He called on Norland to free "
                       "the prisoners.")
    codes = {(e.trigger.text, names.get(e.source)): e.type for e in facts.events}
    assert codes[("blockaded", "students")] == "144"
    assert codes[("seized", "junta")] == "Succession"
    assert codes[("deal", "United States")].startswith("04")
    assert codes[("call", "John Smith")] == "036"
    assert codes[("called", "John Smith")] == "1053"  # a demand made of Norland, no visit to it


def test_most_of_whom_are_the_ones_the_clause_is_about(run):
    facts, names = run("More than 1,000 refugees, most of whom fled the fighting in 2017, live in camps.")
    (fled,) = [e for e in facts.events if e.trigger.text == "fled"]
    assert names[fled.source] == "refugees" and fled.when.value == "2017"


def test_who_travels_for_a_visit_or_talks_does_it(run):
    facts, names = run("Bambang Wirayuda, who arrived late on Tuesday for a three-day state visit, met students.",
                       "John Smith flew to Doha on Monday for talks with the rebels.")
    visit = next(e for e in facts.events if "visit" in e.trigger.text)
    assert visit.type.startswith("04") and names[visit.source] == "Bambang Wirayuda"
    talks = next(e for e in facts.events if e.trigger.text == "talks")
    assert (names[talks.source], names[talks.target]) == ("John Smith", "rebels")


def test_rescues_displacement_and_a_misparsed_relative(run):
    facts, names = run("Rescue teams pulled 46 people alive from the rubble overnight. The minister pulled the plug "
                       "on the project.",
                       "The conflict has displaced about 7 million people in eastern Norland.",
                       "Most of the dead were children, according to Doctors Without Borders (MSF), which treated 43 "
                       "wounded people at its clinic in the camp.")
    codes = {(e.trigger.text, names.get(e.source), names.get(e.target)): e.type for e in facts.events}
    assert codes[("pulled", "teams", None)] == "073" and len([k for k in codes if k[0] == "pulled"]) == 1
    assert codes[("displaced", None, "people")] == "Migration"
    assert codes[("treated", "Médecins Sans Frontières", None)] == "073"


def test_announcing_reports_and_the_announcement_is_what_was_announced(run):
    facts, names = run("President Ada Okafor declared a curfew on Friday. Okafor made the announcement on television.",
                       "John Smith announced that the talks would resume.")
    assert not any(e.type == "010" for e in facts.events)
    (curfew,) = [e for e in facts.events if names.get(e.source) == "Ada Okafor"]
    assert curfew.type == "1723" and "announcement" in [m.text for m in curfew.mentions]


def test_its_fighters_act_for_it_and_a_mission_is_named_for_its_country(run):
    facts, names = run("The Libyan National Army (LNA), which controls the region, said its forces had arrested four "
                       "suspects on Thursday.",
                       "The U.N. Support Mission in Libya (UNSMIL) condemned the attack.",
                       "Magistrate Neema Mushi ordered the journalist to surrender her passport.")
    codes = {(e.trigger.text, names.get(e.source)): e.type for e in facts.events}
    assert codes[("arrested", "Libyan National Army")] == "173"
    assert codes[("condemned", "U.N. Support Mission in Libya")] == "111"
    assert codes[("ordered", "Neema Mushi")] == "CourtRuling"


def test_backing_a_motion_or_being_backed_is_no_endorsement(run):
    facts, names = run("Thirty-one of the 45 senators backed the removal. Ada Okafor, who is backed by the Unity "
                       "party, spoke on Monday.",
                       "The Foreign Ministry said it was in contact with the Haitian authorities.")
    assert not any(e.trigger.text == "backed" for e in facts.events)
    (contact,) = [e for e in facts.events if e.trigger.text == "contact"]
    assert contact.type.startswith("04") and names[contact.source] == "Foreign Ministry"


def test_what_someone_is_barred_from_is_not_held(run):
    facts, names = run("The Kesto Union, which has barred the army rulers from its meetings since 2021, was more "
                       "cautious.")
    assert not any(e.trigger.text == "summits" for e in facts.events), facts.events


def test_contact_lost_is_no_meeting(run):
    facts, names = run("The Chilean Navy said it had lost contact with the trawler's crew on Monday.",
                       "Lena Varga lost contact with the rebels in May.")
    assert not any(e.trigger.text == "contact" for e in facts.events), facts.events


def test_a_capital_or_city_of_a_nationality_is_in_that_country(run):
    facts, names = run("Talks broke down in the Togolese capital Lome on Tuesday. Fighting reached the Ukrainian "
                       "city of Kharkiv.")
    assert by_label(facts, "Ukraine").type == COUNTRY and "Ukrainian" not in names.values()
    within = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "containedInPlace"}
    assert {("Lomé", "Togo"), ("Kharkiv", "Ukraine")} <= within  # the GeoNames spelling


def test_a_city_is_in_the_country_or_province_it_is_the_capital_of_and_a_suburb_in_its_city(run):
    facts, names = run("The agency is based in the Fiji capital, Suva.",
                       "He was taken to a detention centre in Kesto, on the outskirts of Varna.",
                       "Fighting broke out in Chad's Mandoul province. Clashes erupted near the provincial capital "
                       "Koumra, officials said.")
    within = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "containedInPlace"}
    assert {("Suva", "Fiji"), ("Kesto", "Varna"), ("Koumra", "Mandoul")} <= within, within


def test_posts_in_a_body_named_by_a_common_noun_or_led_by_a_relative(run):
    facts, names = run("The Central Bank of Norland cut rates. Ana Costa, a former deputy governor of the central "
                       "bank, was named trade minister.",
                       "Milica Stojkov, who leads the opposition Democratic Renewal Alliance, said her party would not "
                       "take part.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization), o.former) for o in facts.offices}
    assert ("Ana Costa", "deputy governor", "Central Bank of Norland", True) in offices
    assert ("Milica Stojkov", "leader", "Democratic Renewal Alliance", False) in offices


def test_what_is_demanded_is_not_done(run):
    facts, names = run("Thousands of people rallied to demand early elections on Monday.",
                       "The opposition called for the resignation of Prime Minister Ada Okafor.")
    assert not any(e.type in ("Election", "Resignation") for e in facts.events)
    assert any(e.type == "100" and names[e.source] == "opposition" for e in facts.events)


def test_what_a_call_asks_for_is_not_done(run):
    facts, _ = run("The opposition Kesto Democratic Union called for the cabinet to resign and for early elections.",
                   "Norland President Jon Tavik turned down the students' call for early elections this week.")
    assert not any(e.type == "Election" for e in facts.events), facts.events


def test_throwing_stones_claiming_responsibility_and_lending(run):
    facts, names = run("Masked men threw stones and bottles at officers on Monday. The minister threw his support "
                       "behind the plan.",
                       "The Fezzan Youth Movement claimed responsibility in a video. Japan agreed to lend Norland 30 "
                       "billion yen.")
    codes = {(e.trigger.text, names.get(e.source)): e.type for e in facts.events}
    assert codes[("threw", "men")] == "145" and ("threw", "minister") not in codes
    assert codes[("claimed", "Fezzan Youth Movement")] == "015"
    assert codes[("lend", "Japan")] == "0331"  # promised, not yet lent


def test_sending_police_diplomats_or_troops(run):
    facts, names = run("The government of Chad has sent an extra 300 gendarmes to camps in the east. Poland sent "
                       "40,000 soldiers to its eastern border.",
                       "Burkina Faso and Togo sent diplomats to the site.")
    codes = {(e.trigger.text, names.get(e.source), names.get(e.target)): e.type for e in facts.events}
    assert codes[("sent", "Chad", None)] == "153" and codes[("sent", "Poland", None)] == "154"
    assert codes[("sent", "Burkina Faso", None)] == codes[("sent", "Togo", None)] == "042"


def test_sending_observers_or_a_mission_is_a_visit(run):
    facts, names = run("The European Union sent a team of observers to the vote in Norland on Sunday.",
                       "Lena Varga said the African Union would deploy a mission of 40 people to Varna next month.",
                       "Norland deployed a peacekeeping mission to Tresk in May.")
    codes = {(e.trigger.text, names.get(e.source)): e.type for e in facts.events}
    assert codes[("sent", "European Union")] == "042"
    assert codes[("deploy", "African Union")][:2] == "03"  # a visit promised, no force threatened
    assert codes[("deployed", "Norland")] == "154"


def test_succession_taken_over_named_or_apposed(run):
    facts, names = run("Ada Okafor took over from John Smith as finance minister on Monday.",
                       "Maria Lopez was named to succeed Peter Brandt as central bank governor.",
                       "Luis Diaz's successor, Tomas Evu, was sworn in on Tuesday.")
    succeeded = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "succeeded"}
    assert succeeded == {("Ada Okafor", "John Smith"), ("Maria Lopez", "Peter Brandt"), ("Tomas Evu", "Luis Diaz")}


def test_the_group_may_be_a_rebel_army_not_a_state_one(run):
    facts, names = run("The Arakan Army said it had seized the port. John Smith, a spokesman for the group, said the "
                       "port was intact.")
    assert {(names[o.holder], names.get(o.organization)) for o in facts.offices} == {("John Smith", "Arakan Army")}


def test_being_sworn_in_is_taking_office(run):
    facts, names = run("Deputy Prime Minister Ana Ruiz was sworn in as prime minister on Tuesday. Tomas Evu was sworn "
                       "in as defence minister on Monday.")
    sworn = {names.get(e.source): e.type for e in facts.events if e.trigger.text == "sworn"}
    assert sworn == {"Ana Ruiz": "Succession", "Tomas Evu": "Succession"}


def test_protests_and_riots_named_without_a_doer_are_events_once(run):
    facts, _ = run("The resignation followed weeks of protests over fuel prices. Police detained 80 people during "
                   "riots in the port city last month.",
                   "The protests, which began on Monday, spread to three cities. The talks were postponed.")
    happenings = sorted((e.type, e.trigger.text) for e in facts.events if e.source is None)
    assert happenings == [("141", "protests"), ("145", "riots")], happenings


def test_the_protest_told_again_with_no_doer_is_no_second_event(run):
    facts, _ = run("The Kesto Farmers Union blocked the motorway near Tresk on Monday.",
                   "Police dispersed the protest later that day.")
    assert [e.trigger.text for e in facts.events if e.type[:2] == "14"] == ["blocked"], facts.events


def test_a_crowd_that_forces_break_up_is_no_protest_of_its_own(run):
    facts, _ = run("Norlandian police fired tear gas to break up an opposition rally in Varna on Friday.",
                   "Police in Kesto opened fire on a protest over land reform, killing two students.")
    assert [e.trigger.text for e in facts.events if e.type[:2] == "14"] == [], facts.events


def test_a_march_named_again_by_who_joined_it_is_no_second_event(run):
    facts, names = run("Thousands of students marched through Varna on Monday.",
                       "\"We are not afraid,\" said Lena Varga, a student who joined the march.",
                       "Three nurses who led the rally were suspended by the hospital on Tuesday.",
                       "The Garment Workers Union of Norland (GWUN), which organised the march, said its members "
                       "would stop work again.")
    assert [(e.trigger.text, names.get(e.source)) for e in facts.events if e.type[:2] == "14"] == [
        ("marched", "students")], facts.events


def test_acts_told_inside_a_quote_are_words_not_events(run):
    facts, names = run("\u201cWe cannot trust a regime that jails reporters,\u201d said Ana Costa. \"We will "
                       "appeal,\" Norland Chemicals said.",
                       "Health Minister John Smith said he took \"full responsibility\" for the delays.")
    assert {(e.type, names.get(e.source)) for e in facts.events} == {("015", "John Smith")}


def test_it_after_a_states_body_is_that_state(run):
    facts, names = run("Denmark expelled three Swedish diplomats on Monday.",
                       "Sweden's foreign ministry said it had expelled an attaché from the Danish embassy and "
                       "warned that it would take further steps.",
                       "Ada Okafor's rival said he would appeal.")
    doers = {(e.trigger.text, names.get(e.source)) for e in facts.events}
    assert {("expelled", "Sweden"), ("warned", "Sweden")} <= doers, doers
    assert "appeal" not in doers or doers["appeal"] != "Ada Okafor"
    facts, names = run("Norway spoke to the new president on Thursday. Sweden, Norway's largest trading partner, said "
                       "it would send aid.")
    assert {names.get(e.source) for e in facts.events if e.trigger.text == "send"} == {"Sweden"}


def test_in_protest_is_why_not_a_protest(run):
    facts, _ = run("Four jailed journalists have refused food for a week in protest at their sentences.")
    assert [e.type for e in facts.events] == ["120"]
    facts, _ = run("Police arrested John Smith in a protest outside parliament.")
    assert [e.type for e in facts.events if e.trigger.text == "protest"] == ["141"]


def test_days_of_mourning_and_opening_fire(run):
    facts, names = run("President John Smith declared a week of national mourning. Indian troops opened fire on "
                       "the crowd. Firefighters battled the fire for hours.")
    codes = {(e.trigger.text, names.get(e.source)): e.type for e in facts.events}
    assert codes == {("mourning", "John Smith"): "017", ("opened", "India"): "193"}, codes  # troops named by their
    # state act as it


def test_what_an_authority_orders_done_it_does(run):
    facts, names = run("Interior Minister John Smith ordered the police to deploy more officers in the capital.",
                       "The High Court ordered Norland Mines to pay 2 million euros. Ana Costa urged the army to "
                       "withdraw.")
    codes = {(e.trigger.text, names.get(e.source)): e.type for e in facts.events}
    assert codes[("deploy", "John Smith")].startswith("15") and ("ordered", "John Smith") not in codes
    assert codes[("ordered", "High Court")] == "CourtRuling" and codes[("urged", "Ana Costa")] == "020"
    assert ("withdraw", "Ana Costa") not in codes


def test_working_with_someone_is_cooperation_and_its_promise_an_intent(run):
    facts, names = run("Sweden said it would work closely with Norland's new cabinet. The two firms worked "
                       "with Ostavia on the pipeline last year.")
    codes = {(e.trigger.text, names.get(e.source)): e.type for e in facts.events}
    assert codes[("work", "Sweden")] == "032", codes


def test_the_next_summit_is_planned_not_held(run):
    facts, names = run("The next Nordic summit will be held in Oslo in November, Norway said.",
                       "Sweden and Finland held a summit in Stockholm on Monday.")
    codes = sorted(e.type for e in facts.events if e.trigger.text == "summit")
    assert codes == ["036", "040", "040"], codes  # the held summit once each way


def test_a_body_that_convenes_meets_no_one(run):
    facts, _ = run("The new Varna parliament will convene on Monday, and the Kesto council convened on Friday.")
    assert not facts.events, facts.events  # a chamber sitting down, no meeting between parties


def test_an_act_between_two_doers_goes_each_way(run):
    facts, names = run("Chile and Peru signed a border agreement in Lima on Monday.")
    assert sorted((e.type, names[e.source], names[e.target]) for e in facts.events) == [
        ("057", "Chile", "Peru"), ("057", "Peru", "Chile")]


def test_a_fine_is_a_ruling_only_from_a_court(run):
    facts, names = run("The Ostavia Trust was fined 40 million euros in 2019. The Supreme Court fined John Smith 30 "
                       "million euros. The Financial Supervisory Authority fined the lender 5 million euros.")
    codes = {names.get(e.source): e.type for e in facts.events if e.trigger.text == "fined"}
    assert codes == {None: "172", "Supreme Court": "CourtRuling", "Financial Supervisory Authority": "172"}, codes


def test_what_a_court_orders_is_part_of_its_ruling(run):
    facts, names = run("The Varna Regional Court jailed Jon Tavik on Monday. The court also ordered the confiscation "
                       "of a farm and three cars held by his relatives.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("jailed", "CourtRuling"), ("ordered", "CourtRuling")]


def test_a_man_once_called_he_is_not_a_later_she(run):
    facts, names = run("Deputy leader Thokozani Nkhoma spoke first. Union leader John Okello said he would not "
                       "back down.",
                       "She urged nurses to return to work.")
    assert {names.get(e.source) for e in facts.events if e.trigger.text == "urged"} == {"Thokozani Nkhoma"}, names


def test_pictures_released_are_a_publication(run):
    facts, _ = run("Pictures released by the Norland News Agency showed the minister at the scene.")
    assert not facts.events


def test_the_members_of_a_body_act_as_the_body(run):
    facts, names = run("The 27 members of the Nordic Council agreed on Monday to cut fishing quotas.")
    assert {names.get(e.source) for e in facts.events if e.trigger.text == "agreed"} == {"Nordic Council"}


def test_a_capitalised_name_ending_in_a_body_word_is_an_organisation(run):
    facts, names = run("TransportALL Global Union, which has members in 90 countries, condemned the arrest of John "
                       "Smith.")
    assert by_label(facts, "TransportALL Global Union").type == ORGANIZATION
    assert {names.get(e.source) for e in facts.events if e.trigger.text == "condemned"} == {"TransportALL Global Union"}


def test_removal_from_a_post_is_no_impeachment(run):
    facts, _ = run("The prison warden, Colonel Tomas Evu, was removed from his post on Wednesday.",
                   "The Senate removed President John Smith from office on Monday.")
    assert [e.trigger.text for e in facts.events if e.type == "Impeachment"] == ["removed"]


def test_a_council_voting_out_its_mayor_is_an_impeachment_but_voters_ousting_a_party_are_not(run):
    facts, names = run("Varna councillors voted out Mayor Jon Tavik on Thursday after a row over the budget.",
                       "Voters voted out the ruling party in May.")
    assert [(e.type, names.get(e.target)) for e in facts.events if e.trigger.text == "voted"] == [
        ("Impeachment", "Jon Tavik")], facts.events



def test_an_impeachment_noun_with_no_chamber_is_no_impeachment(run):
    facts, _ = run("Jon Tavik became the first member of the Varna Assembly to be removed by impeachment.")
    assert not [e for e in facts.events if e.type == "Impeachment"], facts.events


def test_a_chamber_approving_an_impeachment_impeaches_the_one_it_names(run):
    facts, names = run("The Varna Assembly on Tuesday approved the impeachment of Governor Jon Tavik.")
    assert [(e.type, names.get(e.source), names.get(e.target)) for e in facts.events] == [
        ("Impeachment", "Varna Assembly", "Jon Tavik")], facts.events

def test_taking_office_told_twice_is_one_succession(run):
    facts, names = run("Deputy Prime Minister Ana Ruiz was sworn in as prime minister on Tuesday. She succeeds John "
                       "Smith, who resigned last week.")
    (succession,) = [e for e in facts.events if e.type == "Succession"]
    assert names[succession.source] == "Ana Ruiz" and names.get(succession.target) == "John Smith"


def test_the_disaster_told_again_is_no_second_disaster(run):
    facts, _ = run("A magnitude 6.1 earthquake struck Varna on Tuesday, killing 40 people.",
                   "On Wednesday, volunteers pulled a girl alive from the ruins of a shop, more than eight hours after "
                   "the quake.",
                   "In Tresk, where power has been cut since the quake, the Red Cross handed out blankets on Thursday.")
    assert [e.trigger.text for e in facts.events if e.type == "Disaster"] == ["earthquake"], facts.events


def test_events_said_to_be_common_are_no_event(run):
    facts, _ = run("Floods are common in Varna during the rainy season.",
                   "Protests over late payments have become frequent in Tresk.")
    assert not facts.events, facts.events


def test_such_clashes_are_a_kind_of_act_not_one(run):
    facts, _ = run("Herders and farmers clashed near Tresk on Sunday, killing six people.",
                   "Hundreds of villagers have died in such clashes across Norland since 2019.")
    assert [e.trigger.text for e in facts.events if e.trigger.text == "clashes"] == [], facts.events


def test_a_war_that_erupts_is_no_disaster(run):
    facts, _ = run("The war, which erupted in April 2021, has killed thousands. Fighting erupted near the border on "
                   "Monday. The volcano erupted on Sunday.")
    assert [e.when.value for e in facts.events if e.type == "Disaster"] == ["2025-03-09"]



def test_a_countrys_civil_war_is_fought_in_it_not_by_it(run):
    facts, names = run("Thousands reached Ostra after Sudan's civil war broke out in 2023.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.type == "190"] == [("190", None)], facts.events

def test_fighting_told_by_its_dead_happened_and_an_attack_no_one_is_named_for_is_unconventional(run):
    facts, _ = run("In 2023, an ambush near the town of Kesto killed at least 31 people.",
                   "Clashes in June 2022 killed about 80 people on both sides.",
                   "In May last year, at least 12 men were killed in an attack near Tresk.",
                   "Five days of fighting near Ostra in July killed at least 43 people.")
    assert sorted((e.type, e.trigger.text) for e in facts.events) == [
        ("180", "ambush"), ("180", "attack"), ("190", "Clashes"), ("190", "fighting")], facts.events


def test_many_of_whom_misparsed_as_an_adverbial_is_the_main_subject(run):
    facts, names = run("About 2 million Syrians still live in Turkey, many of whom fled after the government regained "
                       "control in 2016.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "fled"] == [
        ("Migration", "Syrians")]


def test_a_speakers_own_threat_in_a_quote_is_an_event(run):
    facts, names = run("\u201cWe are going to impose a curfew on the capital to stop the looting,\u201d Interior "
                       "Minister Tomas Evu said on Friday. \u201cThe rebels attacked three villages,\u201d he added.")
    events = {(e.type[:2], names.get(e.source)) for e in facts.events}
    assert events == {("13", "Tomas Evu")}, events


def test_an_agents_act_is_the_act_of_the_body_they_are_of(run):
    facts, names = run("The mayor of Eastport, Tomas Evu, was arrested by officers of the Northland Fraud Bureau on "
                       "Monday. A team from the Relief Agency of Norland delivered tents to the town on Tuesday.")
    assert {(e.type[:2], names.get(e.source)) for e in facts.events} == {
        ("17", "Northland Fraud Bureau"), ("07", "Relief Agency of Norland")}


def test_a_name_hung_on_the_noun_after_a_title_is_the_titled_doer(run):
    facts, names = run("The chief executive of Norbank, Anna Berg, resigned on Monday. The ambassador in Eastport, "
                       "Claire Dunn, met Prime Minister John Smith on Wednesday.")
    assert {(e.type, names.get(e.source)) for e in facts.events} == {
        ("Resignation", "Anna Berg"), ("040", "Claire Dunn")}


def test_civilians_who_storm_a_building_riot(run):
    facts, _ = run("Hundreds of protesters stormed the Norland embassy in Eastport on Monday. Rebel fighters stormed "
                   "an army base near Westport on Tuesday.")
    assert {(e.trigger.text, e.type[:3]) for e in facts.events if e.trigger.text == "stormed"} == {
        ("stormed", "145"), ("stormed", "190")}


def test_saying_one_will_not_cooperate_is_a_rejection(run):
    facts, names = run("Foreign Minister Tomas Evu said Norland would not withdraw its troops from the border. "
                       "Norland said on Monday that it would not endorse the declaration. Ostavia could not sign the "
                       "treaty in time.")
    assert [(e.trigger.text, e.type, e.negated) for e in facts.events if not e.negated] == [
        ("withdraw", "120", False), ("endorse", "120", False)]


def test_refusing_to_cooperate_until_others_act_is_a_conditional_threat(run):
    facts, names = run("Union leader Piet Smit said the union would not end the strike unless the port company "
                       "withdrew the pay cut.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.type[:2] in ("12", "13")] == [
        ("139", "Piet Smit")], facts.events


def test_a_ruling_or_removal_still_to_come_is_no_event_yet(run):
    facts, _ = run("The Supreme Court of Norland is expected to rule on the appeal within 15 days. President John "
                   "Smith will be removed from office if the Senate backs the motion. The Regional Court of Eastport "
                   "convicted Tomas Evu of fraud on Monday.")
    assert [(e.type, e.trigger.text) for e in facts.events if e.type in ("CourtRuling", "Impeachment", "116")] == [
        ("116", "convicted")]  # a conviction is a sanction (116), any other decision a ruling


def test_an_event_noun_object_keeps_its_own_agent_after_by(run):
    facts, names = run("The Eastport Liberation Front rejected accusations by the Norland Interior Ministry that its "
                       "fighters had burned the market. Tomas Evu welcomed the agreement on Monday.")
    assert {(e.type[:2], names.get(e.source)) for e in facts.events if e.trigger.text == "accusations"} == {
        ("11", "Norland Interior Ministry")}
    assert not any(e.trigger.text == "agreement" for e in facts.events)  # the welcomer did not make it


def test_police_violence_is_repression(run):
    facts, _ = run("Riot police stormed the Eastport University campus on Monday. Police shot dead two protesters in "
                   "Westport on Tuesday. Rebel fighters attacked an army base near Northtown on Wednesday.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [
        ("stormed", "175"), ("shot", "175"), ("attacked", "190")]


def test_an_official_answers_for_what_they_say_their_government_will_do(run):
    facts, names = run("Fisheries Minister Ana Varo said the government would suspend all licences held by the "
                       "Brenmark Fishing Company. Health Minister Mara Oden said the ministry would replace the "
                       "damaged vaccines within a month. Foreign Minister Tomas Evu said Ostavia would withdraw its "
                       "troops.")
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events] == [
        ("suspend", "132", "Ana Varo"), ("withdraw", "0356", "Ostavia")]  # no stock passes between people
    facts, names = run("Labour Minister Tomas Evu said on Monday that the government was ready to meet the strikers.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("036", "Tomas Evu")]


def test_a_speaker_answers_for_what_they_say_their_own_side_will_do(run):
    facts, names = run("Lena Varga, a spokeswoman for the Varna teachers' syndicate, said teachers would hold a sit-in "
                       "outside the education ministry next week.")
    assert [(e.trigger.text, names.get(e.source)) for e in facts.events] == [("sit-in", "Lena Varga")]
    facts, names = run("Speaking by video link, Jon Tavik said his supporters would rally in front of the "
                       "tribunal on Friday.")
    assert [(e.trigger.text, names.get(e.source)) for e in facts.events] == [("rally", "Jon Tavik")]


def test_a_speaker_voices_what_they_say_their_government_feels_but_not_what_it_did(run):
    facts, names = run("Interior Minister Piet Smit visited the wounded in a hospital in Varna on Tuesday.",
                       "He said the government regretted the deaths of the two students and had ordered an inquiry.",
                       "Tourism Minister Lena Varga said her country welcomed visitors from every region.")
    found = {(e.trigger.text, names.get(e.source)) for e in facts.events if e.type[:2] in ("01", "05", "09")}
    assert ("regretted", "Piet Smit") in found and ("welcomed", "Lena Varga") in found, found
    assert ("inquiry", "Piet Smit") not in found, found


def test_an_offer_a_speaker_reports_as_made_is_the_body_s(run):
    facts, names = run("The Varna Port Company has run the docks since 2019.",
                       "Its chief executive, Lena Varga, said the company had offered the dockers a 7% increase, "
                       "which the union rejected on Monday.")
    assert [(e.trigger.text, names.get(e.source)) for e in facts.events if e.trigger.text == "offered"] == [
        ("offered", "Varna Port Company")], facts.events


def test_a_leader_answers_for_what_they_say_their_alliance_will_do(run):
    facts, names = run("Mira Sollen, who heads the Tresk Growers' Alliance, said the alliance would withhold grain "
                       "from the mills until prices rose.")
    assert [(e.trigger.text, e.type[:2], names.get(e.source)) for e in facts.events] == [
        ("withhold", "13", "Mira Sollen")]


def test_the_bloc_is_the_bloc_named_and_its_head_answers_for_what_he_says_it_will_do(run):
    facts, names = run("Kenya detained an opposition leader on Monday.",
                       "A spokesperson for the African Union in Addis Ababa said the bloc was following the case "
                       "closely and urged the Kenyan authorities to respect due process.",
                       "Piet Smit, the Dutch diplomat who heads the African Union Commission, told reporters the bloc "
                       "would reimpose sanctions if the junta missed any of its deadlines.")
    found = [(e.trigger.text, e.type[:2], names.get(e.source)) for e in facts.events]
    assert ("urged", "02", "African Union") in found and ("sanctions", "13", "Piet Smit") in found, found


def test_a_union_leader_answers_for_what_they_say_the_union_will_do_but_a_named_union_acts_itself(run):
    facts, names = run("Jon Tavik, who leads the Varna Dockers' Union, said the union would appeal against the ruling.")
    assert [(e.trigger.text, e.type[:2], names.get(e.source)) for e in facts.events] == [
        ("appeal", "13", "Jon Tavik")]
    facts, names = run("The European Union pledged 20 million euros to Moldova, a spokeswoman, Lena Varga, said.")
    assert [(e.trigger.text, names.get(e.source)) for e in facts.events] == [("pledged", "European Union")]


def test_a_coercive_act_said_or_vowed_for_later_is_a_threat(run):
    facts, _ = run("The Ostavian Ports Authority said on Monday that it would sue the Norland government. "
                   "Presidential candidate Bo Lindqvist vowed to jail corrupt officials and to deploy 5,000 soldiers "
                   "to the streets.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("sue", "130"), ("jail", "137"), ("deploy", "138")]
    facts, _ = run("Interior Minister Ana Varo said her investigators would summon the managers of Brenmark Mining.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("summon", "130")]  # as the lexicon threatens 11x


def test_a_relative_pronoun_object_is_the_noun_it_stands_for(run):
    facts, _ = run("Parents in Westport said they had paid cash to two admissions officers, who were suspended the "
                   "following day.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("suspended", "172")]  # people suspended: a sanction


def test_proposals_votes_against_refused_entry_legal_appeals_and_refuge_are_events(run):
    facts, _ = run("Opposition leader Ana Varo proposed a new constitution. The Norland Workers Party voted against "
                   "the budget on Monday.",
                   "Ostavian border guards refused entry to 300 migrants on Tuesday. The Brenmark Mining Company "
                   "said it would appeal against the fine.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [
        ("proposed", "030"), ("voted", "120"), ("refused", "174"), ("appeal", "130")]
    facts, names = run("Bhutan took in more than 5,000 refugees from Samoa in 2019.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("075", "Bhutan")]  # refuge given (but "has
    # taken in 5,000 since 2019" is a total over the years, a statistic)


def test_a_proposal_told_by_its_participle_is_dated_when_made(run):
    facts, _ = run("The reforms, proposed by President Ana Varo of Norland in March, also allow her to run again.",
                   published=dt.date(2025, 10, 2))
    assert [(e.trigger.text, e.when.value) for e in facts.events] == [("proposed", "2025-03")]


def test_an_order_is_the_act_it_orders(run):
    facts, _ = run("President Ana Varo of Norland ordered ministers to settle the dispute before the exams. She "
                   "ordered the army to withdraw its troops from Westport on Monday.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("withdraw", "087")]  # no demand of her own staff


def test_a_participle_telling_what_an_act_did_is_that_act(run):
    facts, _ = run("Armed men attacked a village in northern Norland on Sunday, killing 14 people. Police arrested "
                   "Ana Varo on Monday, charging her with fraud.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("attacked", "190"), ("arrested", "173")]


def test_a_participle_coordinated_with_a_passive_is_passive_too(run):
    facts, names = run("Two Ostavian engineers were detained in Norland in February and accused of spying.")
    assert [(e.trigger.text, e.type, names.get(e.target)) for e in facts.events] == [
        ("detained", "173", "engineers"), ("accused", "112", "engineers")]
    facts, names = run("Six guards at Westport prison were suspended on Monday and are being investigated.")
    assert [(e.trigger.text, names.get(e.target)) for e in facts.events] == [
        ("suspended", "guards"), ("investigated", "guards")]


def test_leaving_a_body_gives_up_membership_and_people_leaving_a_country_migrate(run):
    facts, names = run("Samoa and Bhutan left the Asia Pacific Trade Community in 2024. Thousands of young Hondurans "
                       "have left for Mexico by bus. The minister left the meeting early.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [
        ("160", "Samoa"), ("160", "Bhutan"), ("Migration", "Hondurans")]
    facts, names = run("Tonga ordered all 9,000 residents of the island of Kelo to leave on Monday.")
    assert [(e.type, names.get(e.source), names.get(e.target)) for e in facts.events] == [
        ("Migration", "Tonga", "residents")]  # an evacuation ordered


def test_every_act_of_a_coordinated_infinitive_asked_for_is_only_asked_for(run):
    facts, _ = run("Norland's foreign minister, Ana Varo, said Norland expected Ostavia to lift sanctions on its "
                   "central bank and unfreeze its reserves.")
    assert facts.events == ()


def test_what_someone_is_pressured_or_lobbied_to_do_is_only_asked_for(run):
    facts, _ = run("Lena Varga said Norland had pressured Tresk to release the prisoners. The union lobbied the "
                   "government to free the detained strikers.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("pressured", "020"), ("lobbied", "020")]


def test_a_promised_appointment_is_a_promise(run):
    facts, _ = run("Prime Minister Ana Varo of Norland promised to name a new cabinet by Friday.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("promised", "030")]


def test_people_admitted_somewhere_make_no_admission(run):
    facts, _ = run("At least 85 students had been admitted to the medical programme at Westport University without "
                   "the required grades. Twelve miners were admitted to hospital. Tomas Evu admitted the charges.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("admitted", "015")]


def test_a_state_seizing_ships_confiscates_them_and_pirates_abduct(run):
    facts, _ = run("Mauritania's navy seized two foreign trawlers off its coast on Monday. Pirates seized a cargo ship "
                   "in the Gulf of Aden on Tuesday.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("seized", "1711"), ("seized", "181")]


def test_a_named_force_seizing_a_ship_confiscates_it(run):
    facts, names = run("The Varna Coast Guard seized a Kesto-flagged tanker in the strait on Monday.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("1711", "Varna Coast Guard")], facts.events


def test_calling_for_someone_to_be_charged_is_a_demand(run):
    facts, _ = run("Prime Minister Ana Varo called for the managers of Brenmark Mining to be charged with fraud.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("called", "100")]  # the charging only asked for


def test_that_year_is_the_year_last_named(run):
    facts, _ = run("Samoa and Bhutan signed a trade agreement in 2024. Samoan Prime Minister Tala Fono, who was "
                   "elected that year, has not commented.")
    assert [e.when.value for e in facts.events if e.trigger.text == "elected"] == ["2024"]


def test_the_following_day_is_the_day_after_the_day_last_named(run):
    facts, _ = run("The Westport Herald reported on Sept. 1 that 85 students had been admitted without the required "
                   "grades. Parents said they had paid cash to two admissions officers, who were suspended the "
                   "following day.")
    assert [(e.trigger.text, e.when.value) for e in facts.events] == [("suspended", "2024-09-02")]


def test_a_conviction_is_a_sanction_and_its_sentence_part_of_it(run):
    facts, names = run("A Moldovan court on Monday convicted former Finance Minister Ion Rusu of fraud, sentencing him "
                       "to nine years in prison and ordering him to repay 3 million lei. The judges also convicted "
                       "two of his aides, who were sentenced to four years.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("convicted", "116"), ("convicted", "116")]
    assert names[facts.events[0].target] == "Ion Rusu"


def test_a_sentence_where_no_conviction_is_told_tells_the_conviction(run):
    facts, _ = run("A court in Varna on Friday sentenced opposition leader Jon Tavik to ten years in prison.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("sentenced", "116")]
    facts, _ = run("A court in Varna on Friday found Jon Tavik guilty of fraud.",
                   "The court sentenced Tavik to ten years in prison.")
    assert [(e.trigger.text, e.type) for e in facts.events if e.trigger.text == "sentenced"] == [
        ("sentenced", "CourtRuling")]


def test_the_owner_of_a_conviction_is_the_convicted(run):
    facts, names = run("Ion Rusu's conviction by the Supreme Court in May ended his career.")
    assert [(e.trigger.text, e.type, names[e.source], names[e.target]) for e in facts.events] == [
        ("conviction", "116", "Supreme Court", "Ion Rusu")]


def test_a_lodged_protest_is_a_formal_complaint(run):
    facts, names = run("Norland said it had lodged a strong protest with Ostavia through its embassy in Vienna.")
    assert [(e.trigger.text, e.type, names[e.source]) for e in facts.events] == [("protest", "114", "Norland")]


def test_training_another_state_s_officers_is_military_cooperation(run):
    facts, names = run("Norland will also train 60 Ostavian naval officers a year at its war college. The Red Cross "
                       "trained 200 volunteers in first aid.")
    assert [(e.trigger.text, e.type, names[e.source]) for e in facts.events] == [("train", "0312", "Norland")]


def test_closing_a_border_blocks_movement_and_closing_roads_restricts_it(run):
    facts, names = run("Norland closed its land border with Ostavia on Wednesday. Varna shut three crossings on its "
                       "northern frontier. Police in Orsk closed the roads to all lorries.")
    assert [(e.trigger.text, e.type[:3]) for e in facts.events] == [("closed", "191"), ("shut", "191"),
                                                                    ("closed", "172")], facts.events
    # (closing border crossings is 191 in the newer gold, 172 in the older: FORMAT.md, sets 21 to 25)


def test_closing_an_airport_blocks_movement(run):
    facts, names = run("Norwegian authorities closed Kesto International Airport on Tuesday after the eruption.")
    assert [(e.trigger.text, e.type[:3], names.get(e.source)) for e in facts.events if e.trigger.text == "closed"] \
        == [("closed", "191", "Norway")], facts.events


def test_the_same_act_in_another_year_is_another_event(run):
    facts, _ = run("Norland expelled two Ostavian diplomats on Monday. Norland last expelled Ostavian diplomats "
                   "in 2018.")
    assert [(e.trigger.text, e.when.value) for e in facts.events] == [("expelled", "2025-03-10"), ("expelled", "2018")]


def test_a_visitor_received_by_a_leader_is_hosted(run):
    facts, names = run("Vera Lind, who had been received by President Tomas Evu at the palace, left on Friday. The "
                       "hospital received 40 injured people.")
    assert [(e.trigger.text, e.type, names[e.source], names[e.target]) for e in facts.events] == [
        ("received", "043", "Tomas Evu", "Vera Lind")]


def test_a_visitor_welcomed_is_hosted_but_a_decision_welcomed_is_approved(run):
    facts, names = run("Foreign Minister Piet Smit arrived in Varna on Monday and was welcomed at the airport by "
                       "President Tomas Evu. Turkey welcomed Indonesian President Jon Tavik with a military parade.",
                       "The opposition welcomed the decision.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "welcomed"] == [
        ("043", "Tomas Evu"), ("043", "Turkey"), ("051", "opposition")]


def test_delegations_welcomed_or_a_visitor_welcomed_with_honours_are_hosted(run):
    facts, names = run("Foreign Minister Lena Varga welcomed both delegations in Varna on Monday evening.",
                       "Jon Tavik landed in Kesto on Tuesday, his first trip abroad since the election, and was "
                       "welcomed by Mira Vell with a guard of honour.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "welcomed"] == [
        ("043", "Lena Varga"), ("043", "Mira Vell")], facts.events


def test_paying_victims_costs_and_compensating_families_is_aid(run):
    facts, names = run("Its chief executive, Tomas Evu, told reporters that the company would pay the funeral costs "
                       "of both men. Brenmark Mining said it would compensate the affected families.")
    assert [(e.trigger.text, e.type, names[e.source]) for e in facts.events] == [
        ("pay", "0331", "Tomas Evu"), ("compensate", "0331", "Brenmark Mining")]  # the executive answers for
    # what he says the company will do


def test_an_act_undergone_by_unnamed_people_with_no_doer_is_an_event(run):
    facts, _ = run("A third driver, who had been abducted during the attack, was released unharmed on Wednesday. "
                   "Two former league presidents were indicted in 2015. The report was released on Monday.")
    assert [(e.trigger.text, e.type, e.source) for e in facts.events] == [
        ("abducted", "181", None), ("released", "084", None), ("indicted", "173", None)]


def test_appealing_a_verdict_is_a_legal_act_not_a_plea(run):
    facts, names = run("Rusu has been held since his conviction three weeks ago, a verdict his lawyers have appealed. "
                       "His lawyer, Petru Dan, said the defense would appeal to the Supreme Court. The Red Cross "
                       "appealed to donors for help.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("appealed", "115"), ("appeal", "130"),
                                                                 ("appealed", "020")]
    assert names[facts.events[1].source] == "Petru Dan"  # he answers for what the defense will do
    facts, names = run("Petru Dan, the lawyer of Ion Rusu, said Rusu would appeal.")
    assert [(names[e.source], e.type) for e in facts.events] == [("Ion Rusu", "130")]  # a bare appeal is legal


def test_appealing_an_order_or_a_penalty_is_a_legal_act(run):
    facts, names = run("Kesto Shipping said it would pay the fine but would appeal the size of the penalty.",
                       "Lena Varga's lawyer said she would appeal the detention order.")
    assert [e.type for e in facts.events if e.trigger.text == "appeal"] == ["130", "130"], facts.events


def test_walking_off_the_job_is_a_strike(run):
    facts, _ = run("Tens of thousands of teachers walked off the job across Norland on Wednesday.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("walked", "143")]


def test_waiving_fees_is_economic_cooperation(run):
    facts, _ = run("The Ostavian government will waive transit fees for the first year.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("waive", "0311")]


def test_health_workers_or_firefighters_deployed_are_aid_not_force(run):
    facts, _ = run("Norland, a neighbour of the stricken region, said it had deployed 50 more nurses to the "
                   "border province. Norland deployed 2,000 troops to the border.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("deployed", "073"), ("deployed", "154")]
    facts, _ = run("Norland dispatched two frigates and a submarine to the strait on Tuesday.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("dispatched", "154")]  # warships are force
    facts, _ = run("Norland sent 120 firefighters and 30 vehicles to Tresk on Saturday.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("sent", "073")]  # firefighters bring relief


def test_a_standby_force_deployed_keeps_the_peace(run):
    facts, _ = run("The Southern African Development Community deployed a standby force to Kesto last year.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("deployed", "074")]


def test_carers_or_supplies_flown_in_are_aid(run):
    facts, names = run("Japan flew in 40 doctors and 2,000 tents on Monday. Kenya flew in tents and food for 5,000 "
                       "people. The released soldiers were flown to Nairobi for medical checks.")
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events] == [
        ("flew", "073", "Japan"), ("flew", "073", "Kenya")], facts.events


def test_two_coordinated_prison_terms_are_no_date(run):
    facts, _ = run("Tomas Evu and Vera Lind were sentenced to nine and seven years respectively.")
    assert [(e.trigger.text, e.when.value) for e in facts.events] == [("sentenced", "2025-03-14")]


def test_a_light_verb_the_lemmatizer_gets_wrong_still_carries_its_doer(run):
    facts, names = run("Ostavian farmers staged a rally in Brussels on Monday.")  # "staged" -> lemma "stag"
    (rally,) = facts.events
    assert (rally.trigger.text, rally.type, rally.when.value) == ("rally", "141", "2025-03-10")
    assert names[rally.source] == "farmers" and names[rally.place] == "Brussels"


def test_a_feeling_voiced_is_a_pessimistic_comment(run):
    facts, names = run("The European Union said it was deeply concerned about the arrests.")
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events] == [
        ("concerned", "012", "European Union")]
    facts, names = run("Norland's foreign ministry expressed concern over the verdict.")
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events] == [("concern", "012", "Norland")]


def test_missing_acts_of_force_and_destruction(run):
    facts, names = run("Police briefly scuffled with demonstrators outside the court.")
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events] == [("scuffled", "175", "police")]
    facts, names = run("Soldiers surrounded the camp on Monday and tore down dozens of shelters.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("surrounded", "191"), ("tore", "1712")]
    facts, names = run("The Red Lynx group broke into the ministry's servers.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("broke", "171")]
    facts, names = run("Norland's army and Ostavia's army exchanged fire on Monday.")
    assert [(e.trigger.text, e.type) for e in facts.events][:1] == [("exchanged", "190")]


def test_a_cyberattack_is_an_attack_on_property(run):
    facts, names = run("A cyberattack by the Red Lynx group crippled the Norland Ministry of Health last week.")
    (attack,) = facts.events
    assert (attack.trigger.text, attack.type, names[attack.source]) == ("cyberattack", "171", "Red Lynx")


def test_an_act_a_participle_says_was_carried_out_by_someone_is_theirs(run):
    facts, names = run("Thousands of villagers fled an offensive launched last week by Red Lynx fighters near Kesto.",
                       "The decree was withdrawn in 2019 after two weeks of protests led by the Varna Farmers Union.",
                       "The agreement, a 2012 accord signed by Chile and Peru, still stands.")
    assert [(e.trigger.text, names.get(e.source)) for e in facts.events if e.type[:2] in ("19", "14", "05")] == [
        ("offensive", "Red Lynx"), ("protests", "Varna Farmers Union"), ("signed", "Chile"), ("signed", "Peru")]


def test_a_states_unnamed_forces_acting_in_it_are_that_state(run):
    facts, names = run("Thousands of Karen villagers escaped an army crackdown in neighbouring Myanmar in 2021.",
                       "Thousands fled a rebel offensive in Sudan last year.")
    assert [(e.trigger.text, names.get(e.source)) for e in facts.events if e.type[:2] in ("17", "19")] == [
        ("crackdown", "Myanmar")], facts.events


def test_a_missile_test_fired_is_a_show_of_force(run):
    facts, names = run("Norland test-fired a ballistic missile on Sunday.")
    assert [(e.trigger.text, e.type, e.when.value) for e in facts.events] == [("missile", "150", "2025-03-09")]


def test_idioms_of_a_verb_and_its_prepositional_phrase(run):
    facts, names = run("Two officers were taken into custody on Monday.")
    assert [(e.trigger.text, e.type, names.get(e.target)) for e in facts.events] == [("taken", "173", "officers")]
    facts, names = run("Tomas Evu, the interior minister, vowed to bring those responsible to justice.")
    assert [(e.trigger.text, e.type[:2], names.get(e.source)) for e in facts.events] == [
        ("bring", "13", "Tomas Evu")]


def test_more_acts_of_words_and_ceremony(run):
    facts, names = run("Norvale Mining disputed the figures.")
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events] == [
        ("disputed", "016", "Norvale Mining")]
    facts, names = run("President Tomas Evu laid a wreath at the war memorial.")
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events] == [("wreath", "017", "Tomas Evu")]
    facts, names = run("Vera Lind organised a protest outside parliament.")
    assert [(e.trigger.text, e.type[:2], names.get(e.source)) for e in facts.events] == [
        ("protest", "14", "Vera Lind")]
    facts, names = run("Police interrogated Tomas Evu for six hours.")
    assert [(e.trigger.text, e.type, names.get(e.target)) for e in facts.events] == [
        ("interrogated", "091", "Tomas Evu")]
    facts, names = run("Norland has been barred from the regional summits.")
    assert [(e.trigger.text, e.type, names.get(e.target)) for e in facts.events] == [("barred", "172", "Norland")]


def test_an_appeal_filed_is_a_legal_challenge_and_a_great_deal_no_deal(run):
    facts, names = run("Her lawyer, Tomas Evu, said he would file an appeal with the Supreme Court.")
    assert [(e.trigger.text, e.type[:2], names.get(e.source)) for e in facts.events] == [
        ("appeal", "13", "Tomas Evu")]
    facts, _ = run("Her husband said Vera Lind had lost a great deal of weight and had been denied visits since March.")
    assert facts.events == ()


def test_an_act_within_hours_of_an_event_takes_its_day(run):
    facts, names = run("A powerful earthquake struck western Ostavia on Wednesday, killing 27 people.",
                       "Prime Minister Tomas Evu declared a state of emergency.",
                       "Norland flew in rescue teams within hours of the quake.",
                       published=dt.date(2025, 3, 13))
    assert {e.trigger.text: e.when.value for e in facts.events}["flew"] == "2025-03-12"


def test_voting_in_favour_is_support_by_each_party(run):
    facts, names = run("The Norland Party and the Eastport People's Alliance voted in favour of the bill.")
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events] == [
        ("voted", "051", "Norland Party"), ("voted", "051", "Eastport People's Alliance")]


def test_more_acts_of_violence(run):
    facts, names = run("Gunmen murdered a village chief in Eastport on Monday.")
    assert [(e.trigger.text, e.type[:2], names.get(e.source)) for e in facts.events] == [
        ("murdered", "18", "gunmen")]
    facts, names = run("Loyal troops put down a mutiny by soldiers at the Eastport barracks.")
    assert [(e.trigger.text, e.type) for e in facts.events][:1] == [("mutiny", "190")]


def test_scrapping_a_policy_is_a_concession_dated_by_a_date_cut_at_its_comma(run):
    facts, names = run("In early 2024, weeks of blockades forced the Norland government to scrap a planned rise in the "
                       "diesel tax.")
    assert [(e.trigger.text, e.type, names.get(e.source), e.when.value) for e in facts.events] == [
        ("scrap", "0832", "Norland", "2024")]


def test_an_act_the_parser_ties_to_a_copula_in_what_is_said_is_the_speakers(run):
    facts, names = run("Norland's aid minister, Tomas Evu, said in Eastport that small islands were \"an easy target\" "
                       "and promised an additional $5 million for cyber defences.")
    assert [(e.trigger.text, e.type[:2], names.get(e.source)) for e in facts.events] == [
        ("promised", "03", "Tomas Evu")]


def test_what_a_sending_is_for_is_not_done_yet(run):
    facts, names = run("The Norland Red Cross sent a team to the border on Thursday to register the returnees and "
                       "distribute food.")
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events] == [
        ("sent", "073", "Norland Red Cross")]


def test_control_seized_buildings_set_on_fire_and_solidarity_expressed(run):
    facts, names = run("The Eastport Liberation Front seized control of the town on Monday.")
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events] == [
        ("seized", "192", "Eastport Liberation Front")]
    facts, names = run("The Eastport Liberation Front set the customs office on fire.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("set", "1712")]
    facts, names = run("Norland expressed solidarity with the Eastport government.")
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events] == [("solidarity", "051", "Norland")]


def test_a_patrol_or_mission_that_acts_is_a_unit_not_an_event(run):
    facts, _ = run("Norland's coast guard patrol boarded two fishing boats on Tuesday.")
    assert [e.trigger.text for e in facts.events if e.type.startswith("15")] == []
    facts, _ = run("The boats had been stopped by Norland's patrols several times.")
    assert [e.trigger.text for e in facts.events if e.type.startswith("15")] == []
    facts, _ = run("The UN peacekeeping mission in Eastport, MINUSEA, said its troops had evacuated 240 people.")
    assert [e.trigger.text for e in facts.events if e.type.startswith("07")] == []
    facts, _ = run("Kenyan troops opened fire on a Ugandan patrol near the border on Sunday.")
    assert [e.trigger.text for e in facts.events if e.type.startswith("15")] == []  # the patrol was shot at


def test_batons_immunity_stripped_accounts_frozen_and_a_bloc_quit(run):
    facts, names = run("Riot police used batons to disperse the students.",
                       "The Senate stripped Senator Ana Roth of her immunity on Thursday.",
                       "The government froze the charity's bank accounts.",
                       "Norland quit the Economic Community of West African States last year.",
                       "Norland cut ties with Ostavia in 2024.")
    found = {(e.trigger.text, e.type) for e in facts.events}
    assert {("batons", "175"), ("stripped", "172"), ("froze", "172"), ("quit", "160"), ("cut", "161")} <= found, found
    assert not any(e.type == "Resignation" for e in facts.events)  # a bloc left is no post given up


def test_two_coordinated_named_targets_are_one_event_each(run):
    facts, names = run("Piet Mandel met President Ilir Daci and Lena Sova on Monday.")
    assert sorted((e.type, names[e.source], names[e.target]) for e in facts.events) == [
        ("040", "Piet Mandel", "Ilir Daci"), ("040", "Piet Mandel", "Lena Sova")]


def test_a_country_taking_over_a_presidency_succeeds_no_one_but_an_army_seizing_power_does(run):
    facts, _ = run("Norland took over the rotating presidency of the bloc on Monday.")
    assert not any(e.type == "Succession" for e in facts.events)
    facts, _ = run("The Ostavian army seized power on Monday.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("seized", "Succession")]


def test_a_participle_on_a_dated_noun_takes_its_date(run):
    facts, _ = run("Fishing in the bay is governed by a 2012 agreement signed by Norland and Ostavia.")
    assert {(e.trigger.text, e.when.value) for e in facts.events if e.trigger.text == "signed"} == {("signed", "2012")}


def test_asking_someone_to_act_or_for_something_is_an_appeal(run):
    facts, names = run("The Norland Teachers Union asked Prime Minister Ana Varo to raise their pay. Ostavia's army "
                       "chief, General Piet Mandel, asked the navies for more patrols.",
                       "When asked about the talks, Interior Minister Tomas Evu declined to comment. An official, who "
                       "asked not to be named, said Kenya would ask the Eastport Court to annul the vote.")
    assert sorted((names.get(e.source), names.get(e.target)) for e in facts.events if e.trigger.text.startswith(
        "ask")) == [("Norland Teachers Union", "Ana Varo"), ("Piet Mandel", None)]


def test_asking_for_information_or_consular_access_is_a_demand(run):
    facts, names = run("The European Commission asked Norway for full information on the incident. Vietnam's "
                       "foreign ministry said it had asked Ostavia for consular access to the crew.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "asked"] == [
        ("101", "European Commission"), ("100", "Vietnam")]


def test_asking_a_court_to_rule_brings_a_case(run):
    facts, names = run("The Kesto Party, which asked the Varna High Court in January to strike down the statute, "
                       "hailed the decision. Prosecutors asked a judge to order his detention.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "asked"] == [
        ("115", "Kesto Party"), ("020", "prosecutors")], facts.events


def test_an_authority_ordering_a_firm_to_act_imposes_a_sanction(run):
    facts, names = run("The Norland Banking Authority ordered Eastport Bank to raise its capital buffer on Monday. "
                       "President Ana Varo ordered ministers to settle the dispute. President Jon Tavik ordered the "
                       "Ministry of Energy to review mining permits in Tresk and ordered the army to help with "
                       "relief.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "ordered"] == [
        ("172", "Norland Banking Authority")]


def test_states_forming_an_alliance_make_a_pact(run):
    facts, names = run("Chile and Peru formed the Pacific Defence Alliance in 2023.")
    assert sorted((e.type, names.get(e.source), names.get(e.target)) for e in facts.events) == [
        ("057", "Chile", "Pacific Defence Alliance"), ("057", "Peru", "Pacific Defence Alliance")]


def test_coordinated_doers_do_each_of_their_coordinated_acts(run):
    facts, names = run("Chile and Peru criticised the vote and formed the Pacific Defence Alliance in 2023.")
    assert sorted(names.get(e.source) for e in facts.events if e.trigger.text == "formed") == ["Chile", "Peru"]


def test_a_quantifier_standing_for_people_told_of_undergoes_a_passive_act(run):
    facts, _ = run("Police detained 40 protesters in Eastport on Monday. Most were released overnight.")
    assert [e.type for e in facts.events if e.trigger.text == "released"] == ["084"]


def test_a_cooperative_act_threatened_is_a_threat(run):
    facts, names = run("Party leader Igor Varga threatened to withdraw the party's ministers from the government.")
    assert [(e.trigger.text, e.type[:2], names.get(e.source)) for e in facts.events] == [
        ("threatened", "13", "Igor Varga")]


def test_a_service_or_committee_of_a_named_body_acts_for_it(run):
    facts, names = run("The Norland Teachers Union's legal service urged Prime Minister Ana Varo to raise their pay.")
    assert [(e.type, names.get(e.source), names.get(e.target)) for e in facts.events] == [
        ("020", "Norland Teachers Union", "Ana Varo")]


def test_a_date_closing_a_coordination_dates_each_act(run):
    facts, _ = run("Chile and Peru formed the Pacific Defence Alliance and left the Andean Community last year.")
    assert {e.when.value for e in facts.events if e.trigger.text == "formed"} == {"2024"}


def test_a_states_own_crossings_are_places_no_crossing(run):
    facts, _ = run("Latvia shut three of its border crossings with Russia on Monday.",
                   "Guinea said it had set up health checks at its crossings on Tuesday.")
    assert not [e for e in facts.events if e.type == "BorderCrossing"], facts.events


def test_an_event_noun_after_without_is_no_event(run):
    facts, _ = run("Norland's parliament passed a security law on Tuesday.",
                   "The Constitutional Court is due to rule on it next month.",
                   "The law lets the security service block websites without a court order.")
    assert not [e for e in facts.events if e.type == "CourtRuling"], facts.events


def test_an_event_noun_only_asked_for_is_no_event(run):
    facts, names = run("Foreign Minister Tomas Evu urged the Eastport Liberation Front to resume peace talks with "
                       "the government. The Norland Teachers Union is expected to hold talks with Ostavia on Monday.")
    assert [(e.trigger.text, names.get(e.source)) for e in facts.events if "talks" in e.trigger.text] == [
        ("talks", "Norland Teachers Union")]


def test_verbs_of_increase_carry_the_event_noun_they_govern(run):
    facts, names = run("The Norland Defence Ministry increased air patrols over the border on Monday. The European "
                       "Union widened sanctions against Norland on Tuesday.")
    assert {(e.type, names.get(e.source)) for e in facts.events} == {
        ("150", "Norland Defence Ministry"), ("163", "European Union")}


def test_tariffs_and_import_duties_are_sanctions(run):
    facts, names = run("The European Commission imposed tariffs on Norland steel in August. Norland will impose import "
                       "duties of up to 25% on Eastport dairy products from October, Trade Minister Tomas Evu said.")
    assert {(e.type, names.get(e.source)) for e in facts.events} == {
        ("163", "European Commission"), ("1312", "Norland")}


def test_a_duty_or_surcharge_on_another_states_goods_is_a_tariff_but_not_a_task_or_a_tax(run):
    facts, names = run("Peru imposed a 15% duty on Chilean rice on Monday. Chile introduced a 12% surcharge on "
                       "Peruvian trucks in May.",
                       "Jon Tavik was relieved of his duties on Tuesday. Protesters marched against the fuel levy, "
                       "which the Norwegian treasury announced in June.")
    assert sorted((e.type, names.get(e.source)) for e in facts.events if e.type[:2] in ("16", "17")) == [
        ("163", "Chile"), ("163", "Peru")], facts.events


def test_cooperating_with_investigators_is_judicial_cooperation(run):
    facts, names = run("Norbank Holdings said on Monday it was cooperating fully with the investigation. Norland and "
                       "Ostavia agreed to cooperate on border security.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "cooperating"] == [
        ("063", "Norbank Holdings")]


def test_what_a_denied_report_says_is_no_event(run):
    facts, _ = run("Defence Minister Tomas Evu denied reports that Norland soldiers had fled the base. The Eastport "
                   "Liberation Front rejected accusations that its fighters had carried out the raid on Westport.")
    assert {e.type for e in facts.events} == {"016"}


def test_an_act_nested_in_what_is_asked_is_asked_for(run):
    facts, _ = run("The Norland Labour Ministry urged the owner to pay whatever it took to free the sailors. "
                   "Spokesman Tomas Evu described the ruling as unjust and called on governments in Europe to free "
                   "other Norlanders held in their prisons.")
    assert [e.type for e in facts.events if e.type.startswith("08")] == []


def test_an_infinitive_parsed_as_a_purpose_is_still_what_is_promised(run):
    facts, names = run("Foreign Minister Tomas Evu offered on Thursday to mediate between the rebels and the "
                       "government.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("039", "Tomas Evu")]


def test_an_offer_to_host_others_talks_is_an_offer_to_mediate(run):
    facts, names = run("Foreign Minister Lena Varga offered to host talks between the two rival states in Kesto.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("039", "Lena Varga")], facts.events


def test_a_predicate_hung_on_a_second_subject_of_said_is_its_doers(run):
    facts, names = run("The Norland Council, which borders both regions, offered on Thursday to mediate between them, "
                       "its spokesman said.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("039", "Norland Council")]


def test_they_whom_both_sides_speak_for_are_the_two(run):
    facts, names = run("President John Smith met President Tomas Evu in Eastport on Monday. Both leaders said "
                       "afterwards that they would sign a trade agreement in May.")
    assert [(names.get(e.source), names.get(e.target)) for e in facts.events if e.trigger.text == "agreement"] == [
        ("John Smith", "Tomas Evu")]


def test_a_past_act_hung_on_a_participle_in_what_is_said_is_the_tellers(run):
    facts, names = run("The Eastport Centre for Human Rights said at least 31 people had been taken to hospital, and "
                       "demanded an independent inquiry. Government spokeswoman Anna Berg told reporters the drills "
                       "were planned long in advance and dismissed the concern as hysteria.")
    assert {(e.type, names.get(e.source)) for e in facts.events} == {
        ("100", "Eastport Centre for Human Rights"), ("120", "Anna Berg")}


def test_a_past_act_hung_on_an_adjective_in_what_is_said_is_the_tellers(run):
    facts, names = run('Rebel spokesman Tomas Evu said the Eastport Liberation Front was "committed to every word of '
                       'this agreement" and accused the army of blocking food deliveries.')
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("112", "Tomas Evu")]


def test_a_finite_verb_coordinated_with_a_negated_one_keeps_its_own_polarity(run):
    facts, _ = run("Energy Minister Tomas Evu said the ministry had not been consulted and warned that it would cut "
                   "water releases from the reservoir. The army did not arrest or charge the men.")
    assert {(e.trigger.text, e.negated) for e in facts.events} == {
        ("warned", False), ("arrest", True), ("charge", True)}


def test_an_event_word_in_an_organisations_name_is_no_event(run):
    facts, _ = run("The Eastport Episcopal Conference said on Monday that the rebels had freed the hostages. The "
                   "Rally for Norland party held talks with Ostavia's government.")
    assert sorted(e.trigger.text for e in facts.events) == ["freed", "talks"]


def test_an_event_noun_set_beside_an_act_of_its_kind_describes_it(run):
    facts, _ = run("Norland's President Jon Tavik held talks with Ostavian President Piet Smit in Varna on Monday, "
                   "their first meeting in two years.")
    assert [e.trigger.text for e in facts.events if e.type[:2] == "04"] == ["talks", "talks"], facts.events  # each way


def test_an_event_noun_saying_what_an_act_was_is_no_act_of_its_own(run):
    facts, _ = run("The Varna regional assembly removed Governor Jon Tavik from office on Tuesday.",
                   "It was the third impeachment of a Norland governor since 2020.")
    assert [e.trigger.text for e in facts.events if e.trigger.text == "impeachment"] == [], facts.events


def test_an_event_noun_describing_a_named_body_is_no_event(run):
    facts, _ = run("Shells hit a market in Varna on Monday, said a spokesman for the UN peacekeeping mission, MONUSCO.",
                   "The fighters are to give up their guns to the UN peacekeeping mission, MINUSCA.")
    assert not any("mission" in e.trigger.text for e in facts.events), facts.events


def test_people_forced_from_their_homes_are_displaced(run):
    facts, names = run("More than 20,000 Ostavians have been forced from their homes in the east. The rebels forced "
                       "the mayor to resign.")
    assert [(e.type, names.get(e.target)) for e in facts.events if e.trigger.text == "forced"] == [
        ("Migration", "Ostavians")]


def test_a_toll_in_the_present_perfect_is_as_of_publication(run):
    facts, _ = run("Gunmen attacked a camp near Westport on Monday, killing 14 people. More than 2,000 villagers have "
                   "been forced from their homes. At least 12 people were abducted.")
    when = {e.trigger.text: e.when.value for e in facts.events}
    assert (when["forced"], when["abducted"]) == ("2025-03-14", "2025-03-10")


def test_who_takes_part_in_an_event_does_it(run):
    facts, names = run("About 12,000 nurses took part in the strike, the Norland Nurses Union said. The Eastport "
                       "Liberation Front participated in peace talks with the government.")
    assert {(e.type, names.get(e.source)) for e in facts.events} == {
        ("143", "nurses"), ("046", "Eastport Liberation Front")}


def test_calling_what_a_relative_clause_describes_is_a_denunciation(run):
    facts, names = run('Senators approved a mining bill that opposition leader Anna Berg has called "a surrender of '
                       'our sovereignty". Anna Berg condemned what she called "a massacre of civilians".')
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events if e.source] == [
        ("called", "111", "Anna Berg"), ("condemned", "111", "Anna Berg")]


def test_trading_accusations_is_each_sides_accusation(run):
    facts, names = run("The Eastport Mining Company and the Norland Miners Union traded accusations on Monday over the "
                       "collapse of the talks.")
    assert sorted((e.type, names.get(e.source)) for e in facts.events) == [
        ("112", "Eastport Mining Company"), ("112", "Norland Miners Union")]


def test_a_state_body_the_text_does_not_name_is_its_state(run):
    facts, names = run("Brazil's health ministry said the vaccine was safe.",
                       "Losses reached 120 billion tenge, according to the agriculture ministry.",
                       "The navy said all vessels would be barred from the waters.")
    assert not [e.label for e in facts.entities if e.type == ORGANIZATION], facts.entities
    assert [e.label for e in facts.entities] == ["Brazil"]


def test_her_country_is_the_country_of_the_one_she_is(run):
    facts, names = run("Brazil's foreign minister, Ana Lopes, said her country had summoned the Russian ambassador.")
    (summons,) = [e for e in facts.events if e.trigger.text == "summoned"]
    assert names.get(summons.source) == "Brazil", (summons, names)


def test_a_post_in_a_body_makes_a_member_and_its_chief_its_head(run):
    facts, names = run("Eastport Liberation Front spokesman Tomas Brek said the talks had failed.",
                       "Norland Relief Council chief Ada Vint urged donors to give more.",
                       "Professor Lena Orr, the vice-chancellor of Westbay University, resigned.",
                       "A United Nations spokesman, Piet Amsel, said nothing.")
    relations = {(names[r.subject], r.predicate, names.get(r.object, r.object)) for r in facts.relations}
    assert ("Tomas Brek", "memberOf", "Eastport Liberation Front") in relations, relations
    assert ("Ada Vint", "headOf", "Norland Relief Council") in relations, relations
    assert ("Lena Orr", "headOf", "Westbay University") in relations, relations
    assert ("Piet Amsel", "memberOf", "United Nations") in relations, relations


def test_a_demonym_or_an_alignment_of_a_body_is_not_the_persons(run):
    facts, names = run("Norwegian Relief Council chief Ada Vint urged donors to give more.",
                       "Tomas Brek, the candidate of the right-wing Renewal party, denied the charge.")
    relations = {(names[r.subject], r.predicate, names.get(r.object, r.object)) for r in facts.relations}
    assert not any(p in ("nationality", "alignment") for s, p, o in relations if s in ("Ada Vint", "Tomas Brek")), \
        relations
    assert ("Renewal", "alignment", "right-wing") in relations, relations


def test_a_short_name_in_brackets_is_the_organisations_and_makes_its_name_whole(run):
    facts, names = run("The Norland Institute for Tenant Rights (Inter) called the ruling unfair. Inter lawyer Ada "
                       "Vint said she would appeal.",
                       "The Westbay Nurses and Midwives Council (WNMC) said it would not register graduates.")
    orgs = {e.label: set(e.aliases) for e in facts.entities if e.type == ORGANIZATION}
    assert orgs == {"Norland Institute for Tenant Rights": {"Inter"},
                    "Westbay Nurses and Midwives Council": {"WNMC"}}, orgs
    assert [(o.title, names[o.organization]) for o in facts.offices] == [
        ("Lawyer", "Norland Institute for Tenant Rights")]


def test_a_name_the_land_or_the_dateline_calls_a_place_is_no_person(run):
    facts, names = run("NORTH HALVAN, Norland - Refugees reached the Tamsa Oru river after the Vela Kuri volcano "
                       "erupted and the island of Ambor was evacuated. Ambor was evacuated once before.",
                       "Aid worker Ada Vint visited North Halvan on Monday.")
    types = {e.label: e.type for e in facts.entities}
    assert not any(types.get(n) == PERSON for n in ("Tamsa Oru", "Vela Kuri", "Ambor", "North Halvan")), types
    assert types.get("Ada Vint") == PERSON, types


@pytest.mark.parametrize("text, country", [
    ("Ghanaian Energy Minister Kofi Dunmore denied the report.", "Ghana"),
    ("Lao Energy Minister Kofi Dunmore denied the report.", "Laos"),  # the adjective, beside "Laotian"
    ("Ecuadoran Energy Minister Kofi Dunmore denied the report.", "Ecuador"),
])
def test_a_demonym_before_a_portfolio_is_the_ministers_country(run, text, country):
    facts, names = run(text)
    assert not [e.label for e in facts.entities if e.type == ORGANIZATION], facts.entities
    assert [(o.title, names.get(o.organization)) for o in facts.offices] == [("Energy Minister", country)]


def test_a_demonym_the_model_takes_for_a_place_is_the_country(run):
    facts, names = run("The navy seized two trawlers off the coast. Togolese Fisheries Minister Kofi Dunmore denied "
                       "that his country had licensed the trawlers.")
    assert [(e.type, e.label) for e in facts.entities if e.type in (CITY, PLACE, COUNTRY)] == [(COUNTRY, "Togo")]


def test_a_group_of_armed_forces_no_state_owns_is_what_the_group_stands_for(run):
    facts, names = run("The United Nations said 40 people had died. The Eastern Defence Forces (EDF), the paramilitary "
                       "group fighting Sudan's army, rejected accusations by officials that its fighters had carried "
                       "out the raid.")
    (fighting,) = [e for e in facts.events if e.trigger.text == "fighting"]
    assert names.get(fighting.source) == "Eastern Defence Forces", fighting


def test_both_after_the_two_countries_are_the_countries(run):
    facts, names = run("Judge Ana Vint spoke to Tomas Brek on Monday. Relations between the two countries have been "
                       "strained since Spain granted asylum to opposition figures who fled Venezuela, and both "
                       "recalled their ambassadors.")
    (recalled,) = [e for e in facts.events if e.trigger.text == "recalled"]
    assert {names.get(recalled.source), names.get(recalled.target)} == {"Spain", "Venezuela"}, recalled


def test_the_bloc_is_the_union_named_before_not_its_commission(run):
    facts, names = run("Leaders of the Coastal States Union met on Monday. The Coastal Commission condemned the attack "
                       "on Tuesday. The bloc imposed sanctions on Russia on Wednesday.")
    (sanctions,) = [e for e in facts.events if e.type[:2] == "16"]
    assert names.get(sanctions.source) == "Coastal States Union", sanctions


def test_a_name_and_the_nouns_an_acronym_in_brackets_defines_are_one_organisation(run):
    facts, names = run("The Eastport Council refugee agency (ECRA) urged both governments to let the migrants land. "
                       "ECRA's representative, Ana Vint, said the boat was full.")
    orgs = {e.label: set(e.aliases) for e in facts.entities if e.type == ORGANIZATION}
    assert orgs == {"Eastport Council refugee agency": {"ECRA"}}, orgs
    assert [(o.title, names[o.organization]) for o in facts.offices] == [
        ("Representative", "Eastport Council refugee agency")]


def test_a_chief_executive_is_of_the_company_the_paragraph_before_names(run):
    facts, names = run("Westbay Steel cut its profit forecast on Monday, blaming energy prices.",
                       "The company now expects an operating profit of 450 million euros.",
                       "Chief executive Ada Vint blamed cheap imports.")
    assert [(o.title, names.get(o.organization)) for o in facts.offices] == [("Chief Executive", "Westbay Steel")]


def test_a_site_noun_makes_the_models_organisation_a_place(run):
    facts, names = run("The assault on the Vellisk camp, near the Sudanese border, was the deadliest this year. "
                       "Zambezi Copper suspended operations at its Vellisk complex on Wednesday.")
    types = {e.label: e.type for e in facts.entities}
    assert types.get("Vellisk") == PLACE, types


def test_an_acronym_in_brackets_defines_the_name_the_model_missed(run):
    facts, names = run("Premier Ada Vint's conservative Civic Renewal Party (CRP) and their coalition partner, the "
                       "Rural Democrats (RDV), backed the plan, as did most Greens. The far-right Alternative for "
                       "Norland (AfN) voted against the mandate.")
    orgs = {e.label: set(e.aliases) for e in facts.entities if e.type == ORGANIZATION}
    assert orgs == {"Civic Renewal Party": {"CRP"}, "Rural Democrats": {"RDV"}, "Alternative for Norland": {"AfN"}}, \
        orgs
    relations = {(names[r.subject], r.predicate, names.get(r.object, r.object)) for r in facts.relations}
    assert ("Alternative for Norland", "alignment", "far-right") in relations, relations


def test_the_members_opening_a_sentence_are_no_part_of_the_name_their_acronym_defines(run):
    facts, names = run("Fighters of the Kesto Liberation Front (FLK) attacked an army base near Tresk on Saturday.")
    assert {e.label: set(e.aliases) for e in facts.entities if e.type == ORGANIZATION} == {
        "Kesto Liberation Front": {"FLK"}}, names
    assert [(e.type, names[e.source]) for e in facts.events] == [("190", "Kesto Liberation Front")], facts.events


def test_an_acronym_in_brackets_defines_a_name_part_of_which_the_model_took_for_a_person(run):
    facts, names = run("A civil servant was suspended and the Major Organised Fraud and Anti-Smuggling Bureau (MOFASB) "
                       "opened an investigation into the leak.")
    assert {e.label for e in facts.entities if e.type in (ORGANIZATION, PERSON)} == {
        "Major Organised Fraud and Anti-Smuggling Bureau"}, names


def test_a_mixed_case_acronym_the_text_defined_is_the_organisation_later(run):
    facts, names = run("The far-right Alliance for Solidarity (AfS) voted against the mandate, as did most members of "
                       "the Left party. AfS co-leader Ada Vint accused the government of lying.")
    assert [(o.title, names.get(o.organization)) for o in facts.offices] == [
        ("Co-leader", "Alliance for Solidarity")]


def test_a_title_before_the_next_name_is_not_the_apposition_of_the_name_before(run):
    facts, names = run("Police detained 40 people, among them KRA vice-chairman Jon Tavik, party spokesman Piet Smit "
                       "said.")
    assert {(names[o.holder], o.title) for o in facts.offices} == {
        ("Jon Tavik", "Vice-chairman"), ("Piet Smit", "Party Spokesman")}


def test_a_party_s_short_name_before_a_title_is_the_party_even_opening_a_sentence(run):
    facts, names = run("The nationalist Revival party came third. Revival leader Piet Smit said it would campaign.",
                       "The Kesto Party struck a deal with the HUN Party. HUN leader Jon Tavik said it had won.")
    assert {(names[o.holder], o.title, names.get(o.organization)) for o in facts.offices} == {
        ("Piet Smit", "Leader", "Revival"), ("Jon Tavik", "Leader", "HUN Party")}


def test_a_cabinet_secretary_and_a_sheikh(run):
    facts, names = run("Education Cabinet Secretary Wanjiku Korir said the government would audit admissions.",
                       "Sheikh Hamad bin Nasser thanked the mediators.")
    assert not [e.label for e in facts.entities if e.type == ORGANIZATION], facts.entities
    assert [(names[o.holder], o.title) for o in facts.offices] == [("Wanjiku Korir", "Education Cabinet Secretary")]


def test_a_title_before_the_name_that_the_parse_hangs_on_the_name(run):
    facts, names = run("The vice-chancellor of Kenya's Highland University, Professor Moses Kiprono Sang, resigned on "
                       "Tuesday.")
    assert ("Vice-chancellor", "Highland University") in {
        (o.title, names.get(o.organization)) for o in facts.offices}, facts.offices


def test_a_name_once_a_place_stays_the_place(run):
    facts, names = run("Ferries will move residents to the neighbouring islands of Vellisk Tor and Maru over the next "
                       "10 days. Evacuation centres in Lugan, on Vellisk Tor, were full. The government said schools "
                       "on Vellisk Tor would host displaced students.")
    assert [e.type for e in facts.entities if e.label == "Vellisk Tor"] == [CITY], facts.entities


def test_an_aircraft_model_after_a_force_is_not_part_of_its_name(run):
    facts, names = run("Canberra said a Royal Norland Air Force C-130 transport plane would fly relief supplies from "
                       "Brisbane on Wednesday.")
    assert [e.label for e in facts.entities if e.type == ORGANIZATION] == ["Royal Norland Air Force"], facts.entities


def test_a_town_on_an_island(run):
    facts, names = run("Ferries will move residents to the neighbouring islands of Vellisk Tor and Maru over the next "
                       "10 days. Evacuation centres in Lugan, on Vellisk Tor, were full.")
    relations = {(names[r.subject], r.predicate, names.get(r.object, r.object)) for r in facts.relations}
    assert ("Lugan", "containedInPlace", "Vellisk Tor") in relations, relations


def test_people_the_next_sentence_names_are_those_the_sentence_before_described(run):
    facts, names = run("Rebels released an American aid worker and a German engineer on Wednesday after months of "
                       "talks. Tom Brekke, 44, of Denver, and Lars Olafsen, 52, from Leipzig, landed in Doha on "
                       "Thursday.", "A Kenyan court released Ada Vint on bail. Vint, 31, said she was innocent.")
    relations = {(names[r.subject], r.predicate, names.get(r.object, r.object)) for r in facts.relations
                 if r.predicate == "nationality"}
    assert relations == {("Tom Brekke", "nationality", "United States"), ("Lars Olafsen", "nationality", "Germany")}, \
        relations


def test_an_employee_of_a_firm_is_its_member(run):
    facts, names = run("Lars Olafsen, an employee of the Bergen-based firm Nordlys Solar, was arrested in March.")
    relations = {(names[r.subject], r.predicate, names.get(r.object, r.object)) for r in facts.relations}
    assert [(o.title, names.get(o.organization)) for o in facts.offices] == [("Employee", "Nordlys Solar")]
    assert ("Lars Olafsen", "memberOf", "Nordlys Solar") in relations, relations


def test_who_works_for_an_organisation_is_its_member(run):
    facts, names = run("Tom Brekke had worked for the charity Westbay Relief International in the north for three "
                       "years.")
    relations = {(names[r.subject], r.predicate, names.get(r.object, r.object)) for r in facts.relations}
    assert ("Tom Brekke", "memberOf", "Westbay Relief International") in relations, relations


def test_a_member_of_parliament_is_an_office(run):
    facts, names = run("Former Foreign Minister Ada Vint, now a Green member of parliament, said the plan was wrong.")
    assert ("Ada Vint", "Member of Parliament") in {(names[o.holder], o.title) for o in facts.offices}, facts.offices


def offices_of(facts, names):
    return {(names[o.holder], o.title, names.get(o.organization)) for o in facts.offices}


def test_a_post_sent_to_a_country_is_titled_without_it(run):
    facts, names = run("Chile's ambassador to Peru, Ana Pirela, said the talks would resume.",
                       "Oxfam's country director for Chad, Mia Lundqvist, said aid was running out.")
    offices = offices_of(facts, names)
    assert ("Ana Pirela", "Ambassador", "Chile") in offices, offices
    assert ("Mia Lundqvist", "Country Director", "Oxfam") in offices, offices


def test_an_acronym_tagged_as_a_verb_still_gives_the_body(run):
    facts, names = run("The Coalition of Artisans and Nurses (DARE), which represents about 40,000 workers, called a "
                       "national strike on Monday.",
                       "\"Nurses have been patient for three years and that patience has run out,\" DARE general "
                       "secretary Maria Olund told reporters outside the hospital.")
    assert ("Maria Olund", "General Secretary", "Coalition of Artisans and Nurses") in offices_of(facts, names)


def test_whose_leader_after_a_comma_belongs_to_the_name_before(run):
    facts, names = run("All votes against were cast by deputies of the Green Party of Norland, whose parliamentary "
                       "leader, Tomas Bell, warned against the law.")
    assert ("Tomas Bell", "Parliamentary Leader", "Green Party of Norland") in offices_of(facts, names)
    relations = {(names[r.subject], r.predicate, names.get(r.object)) for r in facts.relations}
    assert ("Tomas Bell", "memberOf", "Green Party of Norland") in relations, relations  # leads deputies, not the party


def test_the_singular_of_a_movement_named_in_the_plural(run):
    facts, names = run("The government blamed the Karamis, the rebel movement that holds the north, for the ambush. "
                       "A Karami spokesman, Omar Saleh Qadri, rejected the accusation as lies.")
    assert ("Omar Saleh Qadri", "Spokesman", "Karamis") in offices_of(facts, names)


def test_a_ministry_spokesman_of_the_ministry_named_is_its_spokesman(run):
    facts, names = run("The Veldran Interior Ministry denied that its officers had pressured voters. A ministry "
                       "spokeswoman, Mira Tansu, said 14 people had been arrested.")
    assert ("Mira Tansu", "Spokeswoman", "Veldran Interior Ministry") in offices_of(facts, names)


def test_a_post_of_an_unnamed_body_ends_before_it(run):
    facts, names = run("The convoy was stopped west of the town, according to Karim Zein, the deputy governor of "
                       "the province.", "\"We told them,\" said Rita Valdez, president of the local.")
    offices = offices_of(facts, names)
    assert {("Karim Zein", "Deputy Governor", None), ("Rita Valdez", "President", None)} <= offices, offices


def test_the_end_of_an_organisation_name_named_before_is_that_organisation(run):
    facts, _ = run("Ministers met the Norland Energy Regulatory Council on Monday. New tariffs were approved by "
                   "the Energy Regulatory Council in March.")
    council = by_label(facts, "Norland Energy Regulatory Council")
    assert "Energy Regulatory Council" in council.aliases, council
    assert [e.label for e in facts.entities if e.type == ORGANIZATION] == ["Norland Energy Regulatory Council"]


def test_a_federal_portfolio_is_part_of_the_title(run):
    facts, names = run("Federal Information Minister Nadia Rauf called the rally a deliberate attempt to create chaos.")
    assert offices_of(facts, names) == {("Nadia Rauf", "Federal Information Minister", None)}
    assert not [e for e in facts.entities if e.type == ORGANIZATION]


def test_a_short_name_given_by_known_as_is_the_organisations(run):
    facts, _ = run("The Norland Maritime Accident Investigation Board, an independent agency known as the MAIB, said "
                   "on Monday it had opened an inquiry. The MAIB will report in June.")
    board = by_label(facts, "Norland Maritime Accident Investigation Board")
    assert "MAIB" in board.aliases and len([e for e in facts.entities if e.type == ORGANIZATION]) == 1


def test_a_name_set_off_by_a_bodys_post_is_a_person(run):
    facts, names = run("The Organization for Security and Co-operation in Europe (OSCE) and Human Rights Watch both "
                       "criticised the vote. Nadia Korsakova, Human Rights Watch's Central Asia researcher, said the "
                       "law \"legalises what the security services have been doing for years\".")
    assert by_label(facts, "Nadia Korsakova").type == PERSON
    assert ("Nadia Korsakova", "Central Asia Researcher", "Human Rights Watch") in offices_of(facts, names)


def test_a_post_before_a_former_two_word_rank_belongs_to_the_person(run):
    facts, names = run("The Veldra Justice Party (VJP) held a rally. The party's founder, former Prime Minister Imran "
                       "Qadir, has been held at a jail near the capital since his conviction.")
    assert ("Imran Qadir", "Founder", "Veldra Justice Party") in offices_of(facts, names)


def test_a_post_and_name_the_parse_coordinates_is_still_an_apposition(run):
    facts, names = run("Under the memorandum of understanding, which was signed at the Ministry of Foreign Affairs by "
                       "Chile's Minister for Defence, Jorge Pardo, and the French ambassador, Claire Duvalier-Roch, "
                       "French ships will patrol Chilean waters.")
    assert ("Claire Duvalier-Roch", "Ambassador", "France") in offices_of(facts, names)


def test_a_name_its_initials_define_in_brackets_is_an_organisation(run):
    facts, _ = run("The protest was organised by Maria Lopez Torres (MLT), a farmers' group.")
    group = by_label(facts, "Maria Lopez Torres")
    assert group.type == ORGANIZATION and "MLT" in group.aliases


def test_a_demonym_before_an_armed_service_is_part_of_its_name(run):
    facts, _ = run("The French Navy frigate Belmonte sailed into port on Tuesday.")
    assert by_label(facts, "French Navy").type == ORGANIZATION
    assert "Navy" not in [e.label for e in facts.entities]


def test_a_persons_party_is_no_name(run):
    facts, _ = run("It comes seven months after Okafor’s party, the Liberty Renewal Party (LRP), lost the presidency "
                   "in a runoff.")
    assert [e.label for e in facts.entities if e.type == ORGANIZATION] == ["Liberty Renewal Party"]


def relations_of(facts, names):
    return {(names.get(r.subject, r.subject), r.predicate, names.get(r.object, r.object)) for r in facts.relations}


@pytest.mark.parametrize("text, member, party", [
    ("The by-election was called after the Labour Party's Piet Smit resigned from parliament in July.", "Piet Smit",
     "Labour Party"),
    ("Turnout was low, and the Unity Party's Lena Varga finished fourth with 6% of the vote.", "Lena Varga",
     "Unity Party"),
])
def test_a_person_a_party_owns_is_its_member(run, text, member, party):
    facts, names = run(text)
    assert (member, "memberOf", party) in relations_of(facts, names), relations_of(facts, names)


def test_the_owner_of_a_party_named_with_a_possessive_is_its_member(run):
    facts, names = run("Lawmaker Tom Abebe criticised the clause and said his Popular People's Union would vote "
                       "against the deal.")
    assert ("Tom Abebe", "memberOf", "Popular People's Union") in relations_of(facts, names)


def test_a_place_before_a_comma_and_a_countrys_possessive_is_not_in_it(run):
    facts, names = run("In Nairobi, Uganda's foreign minister, Ada Okafor, said the talks would resume.",
                       "Across the Pacific, New Zealand's navy has also been hit.")
    assert not [r for r in relations_of(facts, names) if r[1] == "containedInPlace"]
    facts, names = run("Floods hit Lagos, Nigeria's commercial capital, on Monday.")
    assert ("Lagos", "containedInPlace", "Nigeria") in relations_of(facts, names)


def test_a_post_before_a_comma_and_a_hyphenated_rank(run):
    facts, names = run("Kenya's military governor, Lieutenant-General Tom Ekwe, declared a curfew.")
    assert ("Tom Ekwe", "Military Governor", "Kenya") in offices_of(facts, names)


def test_the_party_is_the_one_named_before_not_one_named_after(run):
    facts, names = run("The Rural League had demanded that three hospitals stay open, according to the party's leader, "
                       "Tom Abebe.",
                       "The prime minister's Unity Party won the most seats in the April election.")
    assert ("Tom Abebe", "headOf", "Rural League") in relations_of(facts, names)


def test_brussels_acting_is_the_european_union_not_belgium(run):
    facts, names = run("Norland won candidate status in 2023, but Brussels froze the accession talks last year.")
    assert "Belgium" not in names.values()
    assert any(names.get(e.source) == "European Union" for e in facts.events)


def test_a_name_a_common_noun_for_a_body_describes_is_an_organisation(run):
    facts, _ = run("The rights group Freedom Keepers says more than 1,100 people are held for political reasons.",
                   "Investigators traced the attack to a criminal network calling itself Grey Lantern, which "
                   "operated from abroad.",
                   "The inmates, most of them members of the Los Halcones gang, escaped.")
    for name in ("Freedom Keepers", "Grey Lantern", "Los Halcones"):
        assert by_label(facts, name).type == ORGANIZATION


def test_a_name_before_a_compound_noun_of_the_land_is_a_place(run):
    facts, _ = run("Soldiers cleared part of the Dombe refugee camp on Saturday.",
                   "Eleven fishermen were detained in the Shatt Kamal waterway.")
    assert by_label(facts, "Dombe").type == PLACE
    assert by_label(facts, "Shatt Kamal").type == PLACE


def test_a_region_of_the_country_named_before(run):
    facts, names = run("BERTOUA, Cameroon — Cameroonian soldiers cleared part of the Dombe refugee camp in the "
                       "country's North Region over the weekend.")
    found = relations_of(facts, names)
    assert ("North Region", "containedInPlace", "Cameroon") in found


def test_a_charge_daffaires_is_a_post_of_the_state(run):
    facts, names = run("Norway recalled its ambassador and summoned Sweden's charge d'affaires, Lars Ekdal, on "
                       "Thursday.")
    assert ("Lars Ekdal", "Charge d'affaires", "Sweden") in offices_of(facts, names)


def test_a_known_organisation_the_model_cuts_is_taken_whole(run):
    facts, _ = run("Norland ranked 37th in the latest index compiled by Reporters Without Borders.")
    assert by_label(facts, "Reporters Without Borders").type == ORGANIZATION
    assert not [e for e in facts.entities if e.type == PERSON]


def test_a_one_word_body_is_the_longer_name_before_it(run):
    facts, _ = run("A European Commission spokeswoman said the Commission regretted the vote.")
    assert [e.label for e in facts.entities if e.type == ORGANIZATION] == ["European Commission"]


def test_fans_are_a_group_that_acts(run):
    facts, names = run("Fans threw flares at police after the match on Sunday.")
    assert any(names.get(e.source) == "fans" for e in facts.events)


def test_an_acting_holder_succeeded_the_one_the_text_names_in_the_post(run):
    facts, names = run("Lawmakers voted to suspend Lithuanian President Tomas Varga on Tuesday.",
                       "Senate leader Ana Roth took over as interim president hours after the vote.")
    found = relations_of(facts, names)
    assert ("Ana Roth", "Interim President", "Lithuania") in offices_of(facts, names)
    assert ("Ana Roth", "succeeded", "Tomas Varga") in found and ("Ana Roth", "headOf", "Lithuania") in found
    facts, names = run("Prime Minister Ivan Petrov dismissed Agriculture Minister Karol Benes after the arrest and "
                       "named his deputy, State Secretary Eva Horak, as acting agriculture minister.")
    assert ("Eva Horak", "succeeded", "Karol Benes") in relations_of(facts, names)


def test_the_internationally_recognised_government_acts_as_its_country(run):
    facts, names = run("ADEN, Yemen — Rebels attacked a convoy on Monday.",
                       "The internationally recognised government condemned the attack.")
    assert any(names.get(e.source) == "Yemen" and e.type.startswith("11") for e in facts.events)


def test_one_replaced_by_another_is_succeeded_by_them(run):
    facts, names = run("Electoral commission head Tom Abebe resigned on Monday.",
                       "He was replaced on an interim basis by his deputy, Ana Roth, the commission said.")
    assert ("Ana Roth", "succeeded", "Tom Abebe") in relations_of(facts, names)


def test_a_short_name_of_a_country_named_in_full_before_is_that_country(run):
    facts, names = run("Fighters attacked two villages in the Democratic Republic of Congo on Sunday.",
                       "Congo's justice minister, Ada Okafor, said those responsible would be punished.")
    assert not [e for e in facts.entities if e.type == CITY]
    assert ("Ada Okafor", "Justice Minister", "DR Congo") in offices_of(facts, names)


def test_a_demonym_the_parse_cuts_off_as_a_sentence_still_describes_the_name(run):
    facts, names = run("Upstream neighbours Kyrgyzstan and Tajikistan, which control the reservoirs that feed the "
                       "river, did not sign the treaty. Kyrgyz Energy Minister Almaz Bekov said Bishkek had not "
                       "been consulted.")
    assert ("Almaz Bekov", "Energy Minister", "Kyrgyzstan") in offices_of(facts, names)


def test_a_governor_with_no_province_is_of_the_bank_named_before(run):
    facts, names = run("The Central Bank of Kenya raised its main rate to 9% on Tuesday, its third increase this "
                       "year.",
                       "\"Today's decision should not be read as the last one,\" Governor Ada Okafor told a news "
                       "conference.")
    assert ("Ada Okafor", "Governor", "Central Bank of Kenya") in offices_of(facts, names)


def test_a_lower_case_body_word_the_model_tags_as_a_name_is_the_body_named(run):
    facts, names = run("In a statement, the Belarusian Foreign Ministry rejected the sanctions as illegitimate.",
                       "Foreign ministry spokesman Ivan Karpau denied that Belarus was organising the crossings.")
    assert ("Ivan Karpau", "Spokesman", "Belarusian Foreign Ministry") in offices_of(facts, names)


def test_a_city_written_without_its_accents_has_one_spelling(run):
    facts, _ = run("Opposition supporters clashed with police in Yaounde, the capital, on Saturday.")
    assert [e.label for e in facts.entities if e.type == CITY] == ["Yaoundé"]


def test_police_a_demonym_ties_to_a_country_act_as_that_country(run):
    facts, names = run("Chilean police arrested the mayor of Eastport, Tom Abebe, at his home on Thursday.")
    assert any(e.type == "173" and names.get(e.source) == "Chile" for e in facts.events)


def test_police_in_a_country_act_as_that_country_but_police_in_a_town_stay_police(run):
    facts, names = run("Police in Ghana launched a manhunt on Monday for Jon Tavik, who escaped from a jail in Tresk.",
                       "Police in Tresk arrested Piet Smit on Tuesday.")
    assert [(e.trigger.text, names.get(e.source)) for e in facts.events] == [("manhunt", "Ghana"),
                                                                             ("arrested", "police")]


def test_police_tied_to_no_country_stay_police(run):
    facts, names = run("Police arrested the mayor of Eastport, Tom Abebe, at his home on Thursday.")
    assert any(e.type == "173" and names.get(e.source) == "police" for e in facts.events)


def test_a_body_a_countrys_possessive_ties_is_not_another_countrys_body_of_that_name(run):
    facts, names = run("Peru's Foreign Ministry said a Chilean patrol had boarded two fishing boats on Tuesday.",
                       "Chile's foreign ministry rejected the accusation on Wednesday.")
    assert any(e.type == "016" and names.get(e.source) == "Chile" for e in facts.events)


def test_a_speaker_the_parser_hangs_on_a_fronted_place_answers_for_the_government(run):
    facts, names = run("In Kinshasa, Kenya's human rights minister, Ada Okafor, said the government would bring "
                       "those responsible to justice.")
    assert any(e.type.startswith("13") and names.get(e.source) == "Ada Okafor" for e in facts.events)


def test_it_in_what_a_body_says_is_that_body(run):
    facts, names = run("Vietnam ordered the plant shut on Monday.",
                       "The plant supplies casings to Kestrel Components, a Japanese company, which said it had "
                       "suspended orders from the plant and would donate $100,000 to the victims' families.")
    assert any(e.type == "0331" and names.get(e.source) == "Kestrel Components" for e in facts.events)


def test_a_party_its_name_precedes_is_not_another_party_named_before(run):
    facts, names = run("The Socialist Party lost its majority in March.",
                       "The far-right Vanguardia party criticised the budget on Monday and said it would table a "
                       "motion of no confidence in the government.")
    assert any(e.type == "111" and names.get(e.source) == "Vanguardia" for e in facts.events)
    assert any(e.type.startswith("13") and names.get(e.source) == "Vanguardia" for e in facts.events)


def test_one_arrest_the_police_tell_of_has_no_doer(run):
    facts, names = run("The engineer, a 44-year-old employed by Kestrel Systems, was arrested in Eastport last "
                       "Thursday, police said.")
    assert [names.get(e.source) for e in facts.events if e.type == "173"] == [None]


def test_the_count_of_people_arrested_a_named_force_gives_is_its_arrest(run):
    facts, names = run("Thirty-one people were arrested for looting in Eastport, the Eastport Police Command said.")
    assert [names.get(e.source) for e in facts.events if e.type == "173"] == ["Eastport Police Command"]


def test_the_count_of_people_arrested_police_or_a_ministry_give_has_no_doer(run):
    facts, names = run("Thirty-one people were arrested for looting in Eastport, the police said.",
                       "At least 12 people were detained in Kesto, the Interior Ministry said.")
    assert [names.get(e.source) for e in facts.events if e.type == "173"] == [None, None]


def test_a_past_verb_after_a_present_clause_goes_with_the_verb_above_it(run):
    facts, names = run("Norland's foreign minister, Ada Okafor, rejected claims that Norland arms the rebels and "
                       "accused Ostavia of sheltering militias.")
    assert [names.get(e.source) for e in facts.events if e.trigger.text == "accused"] == ["Ada Okafor"]


def test_the_unions_are_a_group_not_the_one_body_named_before(run):
    facts, names = run("The Eastport Port Authority said the reform would go ahead.",
                       "The unions vowed to stage a 48-hour strike next month.")
    assert [names.get(e.source) for e in facts.events if e.type.startswith("13")] == ["unions"]


def test_bodies_named_by_a_common_noun_act_and_are_not_taken_for_another(run):
    facts, names = run("The UN Security Council met on Tuesday. The university council appointed Grace Mwangi as "
                       "vice-chancellor on Monday.",
                       "Mutinous officers formed the National Council for Renewal on Friday. The council rejected the "
                       "sanctions on Saturday.",
                       "Jonas Berg stepped down on Thursday.")
    by_trigger = {e.trigger.text: (e.type, names.get(e.source), names.get(e.target)) for e in facts.events}
    assert by_trigger.get("appointed") == ("Appointment", "council", "Grace Mwangi"), by_trigger
    assert by_trigger.get("rejected", ("", ""))[1] == "National Council for Renewal", by_trigger
    assert by_trigger.get("stepped", ("",))[0] == "Resignation", by_trigger


def test_prisoner_exchanges_captures_remands_and_an_earlier_disaster(run):
    facts, names = run("Armenia and Azerbaijan exchanged 40 prisoners of war on Saturday. Among them were 12 marines "
                       "who were captured by Azerbaijani forces in 2024.",
                       "The nine sailors were remanded in custody on Monday.",
                       "The crush happened before kick-off on Sunday. In 2019, nine people died in a crush at the "
                       "same stadium.")
    exchanges = sorted(names.get(e.source) for e in facts.events if e.type == "0841")
    assert exchanges == ["Armenia", "Azerbaijan"], facts.events
    by_trigger = {e.trigger.text: e.type for e in facts.events}
    assert by_trigger.get("captured") == "173" and by_trigger.get("remanded") == "CourtRuling", by_trigger
    crushes = sorted(e.when.value for e in facts.events if e.type == "Disaster" and e.when)
    assert len(crushes) == 2 and crushes[0] == "2019", facts.events


def test_a_release_a_side_makes_after_a_swap_is_told_is_its_part_of_the_swap(run):
    facts, names = run("Kenya and Uganda exchanged 30 prisoners on Friday at a border post near Tresk.",
                       "Uganda freed 18 Kenyan fishermen it had held since May.")
    releases = sorted((names.get(e.source), e.trigger.text, len(e.mentions)) for e in facts.events
                      if e.type == "0841")
    assert releases == [("Kenya", "exchanged", 0), ("Uganda", "exchanged", 1)], releases


def test_guards_of_two_states_named_by_their_demonyms_both_act(run):
    facts, names = run("Armenia and Azerbaijan have disputed the border for decades. Armenian and Azerbaijani border "
                       "guards exchanged fire on Sunday.")
    shooters = sorted(names.get(e.source) for e in facts.events if e.type[:2] == "19")
    assert shooters == ["Armenia", "Azerbaijan"], facts.events


def test_the_dead_of_an_act_whose_doer_is_told_are_its_toll(run):
    facts, names = run("A miner was killed and dozens were hurt on Tuesday when police fired rubber bullets at "
                       "strikers in Kitwe.",
                       "Two people were killed on Friday when shells hit a market in Goma.")
    kills = [e for e in facts.events if e.trigger.text == "killed"]
    assert len(kills) == 1 and "shells" in kills[0].sentence.text, facts.events
    assert any(names.get(e.source) == "police" for e in facts.events), facts.events


def test_people_treated_for_injuries_tell_the_hurt_not_an_aid_event(run):
    facts, names = run("At least 30 people were treated for injuries after the rally in Harbourtown on Monday.",
                       "The Red Cross treated 12 wounded people at its clinic on Monday.")
    aid = [(names.get(e.source), e.trigger.text) for e in facts.events if e.type == "073"]
    assert [trigger for _, trigger in aid] == ["treated"] and aid[0][0] is not None, facts.events


def test_people_forced_to_flee_are_driven_out_by_whoever_forced_them(run):
    facts, names = run("The March fighting killed 12 people and forced about 3,000 residents to flee Port Alder.",
                       "The Kivu Defence Front attacked the village on Sunday, forcing hundreds of farmers to flee.")
    moves = sorted((names.get(e.source) or "-", names.get(e.target) or "-") for e in facts.events
                   if e.type == "Migration")
    assert ("-", "residents") in moves and all(source != "residents" for source, _ in moves), moves
    assert all(source != "farmers" for source, _ in moves), moves


def test_a_court_challenge_is_a_lawsuit_and_questioning_by_police_an_investigation(run):
    facts, names = run("The Green Union said on Monday it would challenge the law in the Constitutional Court.",
                       "Police arrested four stewards on Tuesday and were questioning the club's manager. Two "
                       "supervisors were taken in for questioning.",
                       "Reporters questioned the minister about the budget on Tuesday.")
    by_trigger = {e.trigger.text: (e.type, names.get(e.source)) for e in facts.events}
    assert by_trigger.get("challenge") == ("130", "Green Union"), by_trigger
    assert by_trigger.get("questioning") == ("091", "police"), by_trigger
    assert [e.type for e in facts.events if e.trigger.text == "questioned"] == [], by_trigger
# -- quotes: who speaks when the text names the speaker by a common noun, a document or a crosshead --


def test_a_body_or_panel_speaks_for_the_organisation_named_before(run):
    facts, names = run("The Atlantic Rowing Federation (ARF) offered its condolences and said it would send two "
                       "experts. \"Boat safety is never optional,\" the regional body said.",
                       "The Harbour Court of Eastport on Monday rejected the appeal of Tomas Vollmer. A three-judge "
                       "panel said there was \"a grave and lasting danger\" that Vollmer would be mistreated.")
    speakers = {q.text.split()[0]: names.get(q.speaker) for q in facts.quotes}
    assert speakers == {"Boat": "Atlantic Rowing Federation", "a": "Harbour Court of Eastport"}, speakers


def test_a_states_armed_service_speaks_for_the_state(run):
    facts, names = run("The Uruguayan army imposed a curfew on the port on Sunday.",
                       "The army said in a statement that the curfew would last \"until order returns to the "
                       "streets\".")
    assert [names.get(q.speaker) for q in facts.quotes] == ["Uruguay"]


def test_a_statement_speaks_for_the_body_it_comes_from(run):
    facts, names = run("In Lima, Peru's Ministry of Fisheries summoned the Chilean ambassador on Monday. A ministry "
                       "statement said the seized boats should be returned \"without any further delay\".")
    assert [names.get(q.speaker) for q in facts.quotes] == ["Ministry of Fisheries"]


def test_the_words_on_banners_are_those_of_the_people_who_carry_them(run):
    facts, names = run("Outside the town hall, members of the Eastport Dockworkers Union rallied on Friday, holding "
                       "banners that read \"Our docks are not for sale\".")
    assert [names.get(q.speaker) for q in facts.quotes] == ["Eastport Dockworkers Union"]


def test_a_crosshead_quote_is_said_by_the_one_who_says_its_words_below(run):
    facts, names = run("Police in Eastport have detained dozens of street vendors since the new rules took effect.",
                       "\"Time has run out\"",
                       "Ana Roth, the Eastport mayor, defended the rules. \"We waited for years. Time has run out, "
                       "and the law will be applied,\" she told reporters.")
    assert [names.get(q.speaker) for q in facts.quotes] == ["Ana Roth", "Ana Roth"]


def test_an_armed_service_speaks_for_the_state_named_before_but_a_rebel_army_does_not(run):
    facts, names = run("Chile's military government imposed a naval blockade on the southern coast on Tuesday.",
                       "The navy said ships that ignored the order \"will be turned back by force\". The rebel army "
                       "said its fighters \"will never lay down their weapons\".")
    speakers = {q.text.split()[-1]: names.get(q.speaker) for q in facts.quotes}
    assert speakers == {"force": "Chile", "weapons": None}, speakers


def test_a_collapse_is_a_disaster_only_when_a_structure_collapses(run):
    facts, names = run("Two people were killed when the roof of a chapel collapsed in Huaral on Sunday.",
                       "The collapse of the peso hurt savers. The government collapsed in May. The collapse of a "
                       "footbridge killed nine people in 2019.")
    disasters = sorted(e.when.value[:4] for e in facts.events if e.type == "Disaster")
    assert disasters == ["2019", "2025"], facts.events


def test_money_promised_to_the_bereaved_is_aid(run):
    facts, names = run("Norland's government said on Monday it would pay 2 million francs to the family of each "
                       "victim.",
                       "The exchange used customer deposits to pay its own debts.")
    aid = [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "pay"]
    assert aid == [("0331", "Norland")], facts.events


def test_naming_someone_to_replace_another_is_one_appointment(run):
    facts, names = run("Governor Ilse Varga resigned on Tuesday, and President Tomas Rehn named deputy governor "
                       "Mira Solt to replace her.")
    kinds = sorted(e.type for e in facts.events)
    assert "Succession" not in kinds and "Appointment" in kinds, facts.events


def test_what_nature_ruins_is_a_disaster_and_what_rebels_ruin_an_attack(run):
    facts, names = run("Lava destroyed four homes on the edge of Vellir on Tuesday. Rebels destroyed a bridge on "
                       "Monday.")
    by_trigger = sorted((e.type, e.sentence.text.split()[0]) for e in facts.events if e.trigger.text == "destroyed")
    assert by_trigger == [("1712", "Rebels"), ("Disaster", "Lava")], by_trigger
    assert [e.type for e in facts.events if names.get(e.source) == "rebels"] == ["1712"], facts.events


def test_counted_diplomats_gunmen_nobody_named_and_a_states_authorities(run):
    facts, names = run("Finance Minister Ana Lopez met Interior Minister Jorge Ruiz on Monday.",
                       "A commentator was shot dead by two men on a motorcycle on Saturday.",
                       "Norway and Russia each expelled six of the other's diplomats on Friday.",
                       "Ivorian authorities arrested 12 smugglers on Friday.")
    by_trigger = {e.trigger.text: (e.type, names.get(e.source)) for e in facts.events}
    assert by_trigger.get("shot", ("", None))[1] not in ("Ana Lopez", "Jorge Ruiz"), by_trigger
    assert by_trigger.get("expelled", ("",))[0] == "161", by_trigger
    assert by_trigger.get("arrested") == ("173", "Ivory Coast"), by_trigger


def test_gunmen_nobody_names_use_unconventional_violence_and_police_can_exchange_fire(run):
    facts, names = run("Gunmen stormed a hotel in Marsabit on Tuesday and killed 12 guests.",
                       "Police exchanged fire with armed guards at the mine on Wednesday.",
                       "Riot police stormed the campus on Thursday.")
    by_sentence = {e.sentence.text.split()[0]: e.type[:2] for e in facts.events if e.trigger.text != "killed"}
    assert by_sentence == {"Gunmen": "18", "Police": "19", "Riot": "17"}, facts.events


def test_an_answer_told_by_its_means_and_a_vote_to_remove_a_president(run):
    facts, names = run("Some protesters threw stones at police, who responded with tear gas on Friday.",
                       "The Senate voted on Thursday to remove President Ana Ruiz for misconduct.")
    kinds = {(e.type, names.get(e.source)) for e in facts.events}
    assert ("175", "police") in kinds and ("Impeachment", "Senate") in kinds, kinds


def test_a_second_act_noun_is_borne_by_what_bears_the_first(run):
    facts, names = run("Mali's army retaliated with air strikes and ground raids against villages near Kesto.")
    kinds = sorted((e.trigger.text, e.type, names.get(e.source)) for e in facts.events)
    assert kinds == [("air strikes", "195", "Mali"), ("ground raids", "190", "Mali")], facts.events


def test_boats_that_capsize_or_collide_and_an_emergency_declared(run):
    facts, names = run("A fishing boat capsized off Kerala on Sunday, killing three men.",
                       "Two trains collided near Lodz on Monday. The WHO declared a cholera emergency on Tuesday.")
    kinds = sorted((e.type, e.trigger.text) for e in facts.events if e.type in ("Disaster", "1724"))
    assert kinds == [("1724", "declared"), ("Disaster", "capsized"), ("Disaster", "collided")], facts.events


def test_protests_crushed_and_citizens_stripped_of_nationality(run):
    facts, names = run("Norway stripped two dissidents of their nationality on Thursday.",
                       "In 2018 riot police crushed mass protests by students in Bergen.")
    kinds = sorted((e.trigger.text, e.type) for e in facts.events if e.trigger.text in ("stripped", "crushed"))
    assert kinds == [("crushed", "175"), ("stripped", "172")], facts.events


def test_a_time_of_day_dates_nothing_the_day_told_beside_it_does(run):
    facts, names = run("Police arrested 12 protesters in Bender at 7 a.m. on Tuesday, officials said.",
                       "Troops ended an overnight siege at a hotel in Nairobi early on Friday.")
    by_trigger = {e.trigger.text: e.when.value for e in facts.events if e.when}
    assert by_trigger.get("arrested") == "2025-03-11", by_trigger  # 2025-03-14, the publication date, is a Friday
    assert by_trigger.get("siege") == "2025-03-14", by_trigger


# -- names, offices and relations on unseen text (entity typing, titles, places) --------------------------------


def test_a_name_before_a_post_of_a_body_or_after_a_title_is_a_person(run):
    facts, names = run("Police detained Rafiqul Hamid Tonmoy, general secretary of the Harbour Porters' Front, on "
                       "Thursday.",
                       "\"We will not stop,\" Norland's human rights commissioner, Vesna Kalnyk, told reporters.")
    people = {e.label for e in facts.entities if e.type == PERSON}
    assert {"Rafiqul Hamid Tonmoy", "Vesna Kalnyk"} <= people, people
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert ("Rafiqul Hamid Tonmoy", "general secretary", "Harbour Porters' Front") in offices, offices
    assert any(r.predicate == "headOf" and names[r.subject] == "Rafiqul Hamid Tonmoy" for r in facts.relations)


def test_a_news_site_is_an_organisation_and_a_hyphenated_title_is_one_post(run):
    facts, names = run("A court jailed two reporters from the independent news site Qalam al-Sahil on Monday.",
                       "The court sentenced editor-in-chief Omar Tazi to a year in prison.")
    site = [e for e in facts.entities if e.label == "Qalam al-Sahil"]
    assert [e.type for e in site] == [ORGANIZATION], site
    assert any(names[o.holder] == "Omar Tazi" and o.title.lower() == "editor-in-chief" for o in facts.offices)


def test_whole_names_of_regions_districts_and_courts(run):
    facts, _ = run("Prosecutors in the Eastern District of Norland charged him in May.",
                   "The migrants were taken to centres in the Vestria-Lund region.",
                   "On Friday, the Kovalo Magistrate's Court granted bail to the three activists.")
    labels = {e.label for e in facts.entities}
    assert {"Eastern District of Norland", "Vestria-Lund", "Kovalo Magistrate's Court"} <= labels, labels


def test_a_state_title_after_a_province_and_a_navy_spokesman(run):
    facts, names = run("Sri Lanka's navy arrested 14 fishermen on Sunday.",
                       "\"The law is clear,\" navy spokesman Commander Ruwan Pathirage told reporters.",
                       "Tamil Nadu's Fisheries Minister, K. Ilangovan, demanded their release.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert ("Ruwan Pathirage", "navy spokesman", "Sri Lanka") in offices, offices
    assert ("K. Ilangovan", "fisheries minister", "Tamil Nadu") in offices, offices


def test_built_places_and_a_place_named_with_its_landform(run):
    facts, _ = run("Engineers inspected the Grand Tarvo Dam on Monday.",
                   "Farmers near the Vostra reservoir said the water had fallen.")
    places = {e.label: e for e in facts.entities}
    assert places["Grand Tarvo Dam"].type == PLACE, places
    vostra = next(e for e in facts.entities if e.label.startswith("Vostra"))
    assert "Vostra reservoir" in (vostra.label, *vostra.aliases), vostra


def test_a_name_after_in_is_a_place_and_a_river_named_short_is_the_river(run):
    facts, _ = run("The Kembe River burst its banks on Saturday.",
                   "In neighbouring Norland, where the Kembe joins the Osk River, villages were evacuated.",
                   "Police caught most of the fugitives in raids on safe houses in Velmora.")
    types = {e.label: e.type for e in facts.entities}
    assert types.get("Velmora") in (CITY, PLACE), types
    assert "Kembe" not in types and types.get("Kembe River") == PLACE, types


def test_a_continent_before_a_post_is_no_person(run):
    facts, _ = run("\"Nobody listened,\" said Ilse Drogan, the group's deputy Asia director.")
    assert "Asia" not in {e.label for e in facts.entities if e.type == PERSON}


def test_a_government_spokesman_speaks_for_the_state_of_the_dateline(run):
    facts, names = run("BANGUI, March 3 (Reuters) - Rival camps traded accusations over the count on Monday.",
                       "Government spokesman Yves Mbarga-Tendi said the authorities would not tolerate unrest.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert ("Yves Mbarga-Tendi", "government spokesman", "Central African Republic") in offices, offices


def test_the_reporters_of_a_credit_line_are_people(run):
    facts, _ = run("Prosecutors charged the former governor with money laundering on Monday.",
                   "(Reporting by Ioana-Maria Petrescu in Bucharest and Tomas Quiroga in Madrid; "
                   "Editing by Hal Brennan)")
    people = {e.label for e in facts.entities if e.type == PERSON}
    assert {"Ioana-Maria Petrescu", "Tomas Quiroga", "Hal Brennan"} <= people, facts.entities


def test_occupations_in_an_apposition_are_offices(run):
    facts, names = run("\"We lost everything,\" said Amina Dicko, a market trader.",
                       "Koffi Mensah, a 52-year-old sewing machine operator, was treated for burns.")
    offices = {(names[o.holder], o.title.lower()) for o in facts.offices}
    assert {("Amina Dicko", "market trader"), ("Koffi Mensah", "sewing machine operator")} <= offices, offices


def test_a_governor_of_a_state_of_a_country_governs_the_state(run):
    facts, names = run("Police arrested Caio Menezes Duarte, a former governor of the Brazilian state of Pernambuco, "
                       "at his home on Monday.",
                       "Menezes Duarte is the third former Brazilian governor to face charges this year.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert offices == {("Caio Menezes Duarte", "governor", "Pernambuco")}, offices


def test_a_counterpart_holds_the_post_and_is_not_the_other_ministers_country(run):
    facts, names = run("Norway's Trade Minister Ana Vik signed the accord with her Swedish counterpart, Emil Sand, "
                       "at Riverside House after talks with Prime Minister Jon Berg.",
                       "Foreign Minister Kari Lund and her Finnish counterpart, Pekka Aalto, met on Monday.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert not any(h == "Emil Sand" and "prime minister" in t for h, t, _ in offices), offices
    assert ("Emil Sand", "trade minister", "Sweden") in offices, offices
    assert not any(h == "Kari Lund" and org == "Finland" for h, _, org in offices), offices


def test_a_town_in_a_state_named_after_of_and_no_place_in_a_credit_line(run):
    facts, names = run("The fishermen, all from the town of Kottuvaly in the southern Indian state of Kerala, "
                       "were held.",
                       "(Reporting by Ines Marquez in Madrid and Tomas Quiroga in Lima; Editing by Hal Brennan)")
    within = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "containedInPlace"}
    assert ("Kottuvaly", "Kerala") in within, within
    assert ("Madrid", "Lima") not in within, within


def test_a_people_the_model_took_for_a_town_or_left_untyped_is_a_group(run):
    facts, _ = run("Gunmen attacked Tuareg herders near the well on Sunday.",
                   "Police said Catholic pilgrims and West African traders were unharmed.")
    types = {e.label: e.type for e in facts.entities}
    assert types.get("Tuareg") == GROUP, types
    assert not {"Catholic", "West African"} & set(types), types


def test_its_president_after_the_union_heads_the_union_and_its_general_secretary_is_a_member(run):
    facts, names = run("NORTOWN, Zambia (Reuters) - Police arrested Joel Banda, the general secretary of the Copper "
                       "Workers Union of Norland (CWUN), on Monday.",
                       "\"We respect the right to strike,\" said the company's chief executive, Hal Brent. The mine "
                       "would stay shut, he added.",
                       "Banda's arrest drew an angry response from the union. Its president, Mary Tembo, called the "
                       "charges absurd.")
    relations = {(names[r.subject], r.predicate, names.get(r.object)) for r in facts.relations}
    assert ("Mary Tembo", "headOf", "Copper Workers Union of Norland") in relations, relations
    assert ("Joel Banda", "memberOf", "Copper Workers Union of Norland") in relations, relations


def test_a_rally_tells_what_its_marchers_demand(run):
    facts, names = run("About 300 farmers rallied outside parliament on Monday, demanding higher prices.",
                       "The Harbour Workers Union is demanding a 10% rise, its leader said on Monday.")
    kinds = sorted((e.type[:2], e.trigger.text) for e in facts.events)
    assert ("14", "rallied") in kinds and ("10", "demanding") in kinds, kinds
    assert [t for _, t in kinds].count("demanding") == 1, kinds


def test_a_country_acting_through_its_bodies_keeps_only_names_as_aliases(run):
    facts, names = run("Peruvian authorities reported 100 arrivals on Friday. The government said Peru would act.")
    peru = by_label(facts, "Peru")
    assert all(not alias.islower() for alias in peru.aliases), peru.aliases


def test_soldiers_named_by_their_state_act_as_it(run):
    facts, names = run("Ghanaian soldiers seized 40 tonnes of cocoa near the border on Tuesday.",
                       "Malian soldiers and police arrested 12 men on Monday. Soldiers and police detained two more.")
    assert {(e.trigger.text, names.get(e.source)) for e in facts.events} == {
        ("seized", "Ghana"), ("arrested", "Mali"), ("detained", "soldiers"), ("detained", "police")}, facts.events


def test_by_after_an_active_verb_names_no_doer(run):
    facts, names = run("Senator Lena Voss was charged on Monday. Voss, a member of the Green Unity Party, denied "
                       "wrongdoing and called the case political revenge by the ruling party.")
    assert {names.get(e.source) for e in facts.events if e.trigger.text in ("denied", "called")} == {"Lena Voss"}, \
        facts.events


# --- people and names: titles, particles, names cut short, kinds of body before a name ---------------------------


def test_a_name_the_model_took_for_a_nationality_still_speaks(run):
    facts, names = run("\"We will appeal,\" said Han Da-yun.", "The court gave its ruling on Monday.")
    assert any(e.label == "Han Da-yun" and e.type == PERSON for e in facts.entities), names
    assert [names.get(q.speaker) for q in facts.quotes] == ["Han Da-yun"], facts.quotes


def test_a_name_with_particles_after_a_long_title_is_a_person(run):
    facts, names = run("\"It will not stand,\" the bloc's High Representative for Foreign Affairs and Security "
                       "Policy, Margarethe van den Broek, told reporters.")
    assert by_label(facts, "Margarethe van den Broek").type == PERSON
    assert not any(e.label == "Broek" for e in facts.entities), names
    assert [names.get(q.speaker) for q in facts.quotes] == ["Margarethe van den Broek"], facts.quotes


def test_the_whole_name_the_model_gave_is_kept_beside_a_title(run):
    facts, names = run("The rebels said on Sunday that they had taken the port. Khaing Zaw Min, a spokesman for "
                       "the group, told Reuters by telephone that the terminal was safe.")
    assert by_label(facts, "Khaing Zaw Min").type == PERSON
    assert "Zaw Min" not in names.values(), names


def test_a_firm_named_short_is_the_firm_named_in_full(run):
    facts, names = run("The fire at the Bellmouth Cove Refining plant was the worst in years.",
                       "Bellmouth Cove, a subsidiary of Dallas-based Ortega Energy Partners, said in a statement it "
                       "was cooperating.")
    firm = by_label(facts, "Bellmouth Cove Refining")
    assert firm.type == ORGANIZATION and "Bellmouth Cove" in firm.aliases, names
    assert "Bellmouth Cove" not in names.values(), names


def test_a_name_after_the_kind_of_body_is_the_body(run):
    facts, names = run("The charity Save Our Lakes said the river was polluted.")
    assert by_label(facts, "Save Our Lakes").type == ORGANIZATION
    assert "Lakes" not in names.values(), names


def test_an_object_pronoun_is_not_its_own_clauses_subject(nlp):
    from kg.extract.entities import Entities
    article = assemble([("A Headline For The Test", None),
                        ("The bloc's envoy, Amara Okonkwo-Bell, praised the talks. Foreign Minister Piet Halvorsen "
                         "had received her in Oslo on Monday.", None)], id="t", source="test",
                       published=dt.date(2025, 3, 14))
    ((article, doc),) = list(parse(nlp, [article]))
    entities = Entities(article, doc)
    her = next(t for t in doc if t.lower_ == "her")
    assert entities.label_of(entities.antecedent(her)) == "Amara Okonkwo-Bell"


def test_she_said_after_her_is_the_one_her_was(run):
    facts, names = run("The bloc's special envoy, Amara Okonkwo-Bell, a former Ghanaian trade minister, praised the "
                       "\"good spirit\" of the talks. Norland's Foreign Minister Piet Halvorsen had received her in "
                       "Oslo on Monday.",
                       "\"We have narrowed the gaps, and that is not nothing,\" she said. \"The hard questions "
                       "remain.\"")
    assert {names.get(q.speaker) for q in facts.quotes} == {"Amara Okonkwo-Bell"}, facts.quotes


def test_a_government_statement_read_on_television_speaks_for_the_state(run):
    facts, names = run("Honduras expelled two priests on Friday.",
                       "A government statement read on state television on Friday evening said the two men had been "
                       "stripped of their nationality on Thursday and \"declared enemies of the republic.\"")
    assert [names.get(q.speaker) for q in facts.quotes] == ["Honduras"], facts.quotes


def test_an_acronym_set_beside_a_kind_of_body_is_an_organisation(run):
    facts, names = run("Fighting resumed near the town. The UN peacekeeping mission, MONUSLA, said its troops had "
                       "evacuated 240 wounded people.")
    assert by_label(facts, "MONUSLA").type == ORGANIZATION


def test_a_bodys_name_the_model_took_for_a_work_is_an_organisation(nlp):
    from spacy.tokens import Span
    doc = nlp("The Holy Synod Press Office said the two monks would be welcomed.")
    doc.ents = [Span(doc, 1, 5, label="WORK_OF_ART")]
    doc = nlp.get_pipe("kg_entity_fix")(doc)
    assert [(e.text, e.label_) for e in doc.ents if e.text.endswith("Office")] == [("Holy Synod Press Office", "ORG")]


def test_a_name_of_the_arabic_article_and_one_word_alone_is_no_person(run):
    facts, names = run("The attack was claimed by al-Mourabitoun, the militant group.")
    assert by_label(facts, "al-Mourabitoun").type == ORGANIZATION


def test_a_name_after_a_post_with_a_lowercase_portfolio_is_a_person(nlp):
    doc = nlp("Its spokesman for foreign affairs, Ruben Castellar-Lezcano, said the bloc would act.")
    doc.ents = []
    doc = nlp.get_pipe("kg_entity_fix")(doc)
    assert ("Ruben Castellar-Lezcano", "PERSON") in [(e.text, e.label_) for e in doc.ents], doc.ents


def test_someones_wife_is_a_person_and_no_he(nlp):
    from spacy.tokens import Span

    from kg.extract.entities import Entities
    article = assemble([("A Headline For The Test", None),
                        ("\"He knew the risks,\" said Rosalind Dagohoy, his wife, a teacher.", None)], id="t",
                       source="test", published=dt.date(2025, 3, 14))
    ((article, doc),) = list(parse(nlp, [article]))
    start = next(t.i for t in doc if t.text == "Rosalind")
    doc.ents = [Span(doc, start, start + 2, label="ORG")]  # the model's mistake, made here on purpose
    entities = Entities(article, doc)
    key = entities.at(doc[start])
    assert entities.type_of(key) == PERSON and entities._clusters[int(key[1:])].sex == "f"


def test_a_long_name_set_beside_a_company_is_the_company(run):
    facts, names = run("He met executives of Obras Viales del Norte, a construction company under investigation.")
    assert by_label(facts, "Obras Viales del Norte").type == ORGANIZATION


def test_a_day_told_between_said_and_its_clause_is_the_day_it_was_said(run):
    # 2025-03-14 is a Friday; the parser hangs "on Friday" in the reported clause
    facts, names = run("Norland's interior ministry said on Friday it had expelled six Valdorian diplomats late on "
                       "Thursday, and given them until Sunday to leave the country.")
    assert when_of(facts, "expelled") == "2025-03-13"


def test_they_who_report_their_own_act_are_those_who_said_it(run):
    facts, names = run("Kenyan police said they arrested 12 people near the stadium.")
    (arrest,) = [e for e in facts.events if e.trigger.text == "arrested"]
    assert names.get(arrest.source) == "Kenya" and names.get(arrest.target) == "people"
    facts, names = run("Residents said they had fled the town after the shelling.")
    (flight,) = [e for e in facts.events if e.trigger.text == "fled"]
    assert names.get(flight.source) == "residents"
    facts, names = run("NATO sent four jets to the region on Monday.",
                       "Latvian border guards said on Tuesday they had arrested 30 men near the frontier with Russia.")
    assert [names.get(e.source) for e in facts.events if e.trigger.text == "arrested"] == ["Latvia"]


def test_a_statement_of_a_body_speaks_for_it(run):
    facts, names = run("The Norland Maritime Safety Agency (NMSA) said the ferry sank on Tuesday.",
                       'The vessel had been sailing "without a valid safety certificate since October", according to '
                       "an NMSA statement.",
                       'The aid was "a decisive boost for our soldiers", according to a statement from the Beninese '
                       "presidency.")
    speakers = {q.text[:20]: names.get(q.speaker) for q in facts.quotes}
    assert speakers == {"without a valid safe": "Norland Maritime Safety Agency", "a decisive boost for": "Benin"}


def test_a_statement_of_a_persons_office_is_that_persons(run):
    facts, names = run("President Jon Tavik accepted the resignation on Monday and set an early election for May.",
                       '"Varna needs a working cabinet now," according to a statement issued by the '
                       "president's office.",
                       '"Nobody will be left without a salary," the president\'s office said later.')
    assert {q.text[:12]: names.get(q.speaker) for q in facts.quotes} == {
        "Varna needs ": "Jon Tavik", "Nobody will ": "Jon Tavik"}


def test_according_to_right_after_the_quote_names_its_speaker(run):
    facts, names = run("President Samuel Kerrow vetoed the law on Monday. The president will ask the Supreme Court to "
                       'review the law, which "breaks agreements signed in good faith", according to presidential '
                       "press secretary Mamie Tolbert-Kane.")
    (quote,) = facts.quotes
    assert names.get(quote.speaker) == "Mamie Tolbert-Kane"


def test_he_after_a_post_held_somewhere_by_a_named_person_is_that_person(run):
    facts, names = run("Deputy Foreign Minister Carolina Arrieta condemned the remarks on Monday.",
                       "The consul in Puerto Montt, Ricardo Balmaceda, made the comments in an interview with a local "
                       'radio station last week. He said the claim "exists only on maps printed in Santiago" and that '
                       "the stations outnumbered Chilean ones.")
    (quote,) = facts.quotes
    assert names.get(quote.speaker) == "Ricardo Balmaceda"


def test_names_after_a_plural_title_are_people(run):
    facts, names = run("Senators Pablo Urquiza and Javiera Soler, who sit on the foreign relations committee, "
                       "demanded the consul's expulsion.", "Ministers Ana Rothe and Tomas Lindahl met in Oslo.")
    assert {e.label for e in facts.entities if e.type == PERSON} == {"Pablo Urquiza", "Javiera Soler", "Ana Rothe",
                                                                   "Tomas Lindahl"}


def test_a_rank_before_a_name_is_an_office_not_a_person(run):
    facts, names = run("Indonesia deployed two corvettes, according to Indonesian navy spokesman First Admiral "
                       "Agus Wibowo.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert offices == {("Agus Wibowo", "navy spokesman", "Indonesia"), ("Agus Wibowo", "first admiral",
                                                                          "Indonesia")}, offices
    assert [e.label for e in facts.entities if e.type == PERSON] == ["Agus Wibowo"]


def test_an_ambassador_in_a_city_is_posted_there_for_his_country(run):
    facts, names = run("Malaysia summoned the Indonesian ambassador in Putrajaya, Hendra Wiranata, on Wednesday.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert offices == {("Hendra Wiranata", "ambassador", "Indonesia")}, offices


def test_a_hyphenated_title_before_a_comma_names_a_person(nlp):
    doc = nlp('"This is a victory for every family that depends on the port," said the union\'s '
              "secretary-general, Edwin Quispe Huanca.")
    assert ("Edwin Quispe Huanca", "PERSON") in [(e.text, e.label_) for e in doc.ents], doc.ents


def test_a_town_in_the_state_of_a_region_lies_in_it(run):
    facts, names = run("In Semporna, in the Malaysian state of Sabah, relatives of the fishermen gathered on Thursday.")
    relations = {(names[r.subject], r.predicate, names.get(r.object, r.object)) for r in facts.relations}
    assert ("Semporna", "containedInPlace", "Sabah") in relations, relations


def test_two_appositions_are_a_post_and_a_membership(run):
    facts, names = run("Prime Minister Kittichai Wongsuwan named Deputy Minister Porntip Rattanawong to the post. "
                       "Porntip, a former hospital director and a member of the governing Harmony Party, will be "
                       "sworn in on Friday.")
    relations = {(names[r.subject], r.predicate, names.get(r.object, r.object)) for r in facts.relations}
    assert ("Porntip Rattanawong", "memberOf", "Harmony Party") in relations, relations
    titles = {o.title.lower() for o in facts.offices if names[o.holder] == "Porntip Rattanawong"}
    assert titles == {"deputy minister", "hospital director"}, titles


def test_named_to_replace_him_after_a_dismissal_replaces_the_dismissed(run):
    facts, names = run("Prime Minister Kittichai Wongsuwan dismissed Health Minister Anan Chaiwong on Tuesday over "
                       "the purchase of ventilators, and named Deputy Minister Porntip Rattanawong to replace him.")
    succession = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "succeeded"}
    assert succession == {("Porntip Rattanawong", "Anan Chaiwong")}, succession
    (named,) = [e for e in facts.events if e.trigger.text == "named"]
    assert names[named.target] == "Porntip Rattanawong"


def test_those_detained_including_a_named_person_are_two_targets(run):
    facts, names = run("ARBOR, Sept 24, 2025 (Reuters) - Norland riot police used water cannon and stun grenades early "
                       "on Wednesday to break up a sit-in outside the government building in Arbor and detained at "
                       "least 85 people, including opposition lawmaker Davit Karapetov, the Interior Ministry said.",
                       "Several hundred protesters had camped on Liberty Square since Sunday, demanding that the "
                       "government scrap an 18% rise in electricity tariffs. Two days ago, about 3,000 people marched "
                       "from the square to the National Assembly.", published=dt.date(2025, 9, 24))
    detained = {names.get(e.target) for e in facts.events if e.trigger.text == "detained"}
    assert detained == {"people", "Davit Karapetov"}, detained


def test_members_named_after_a_time_phrase_or_a_count_are_targets_and_a_charge_is_part_of_the_arrest(run):
    facts, names = run("Police detained at least 40 marchers on Sunday evening, including Lena Varga.",
                       "The court also barred nine of the party's leaders, including party chief Jon Tavik, from "
                       "politics for five years.",
                       "Police arrested 18 traders on Friday, including Piet Smit, and charged them with blocking "
                       "a road.")
    detained = {names.get(e.target) for e in facts.events if e.trigger.text == "detained"}
    assert detained == {"marchers", "Lena Varga"}, detained
    barred = {names.get(e.target) for e in facts.events if e.trigger.text == "barred"}
    assert barred == {"leaders", "Jon Tavik"}, barred
    arrest = sorted((e.trigger.text, names.get(e.target)) for e in facts.events if e.type == "173"
                    and e.trigger.text in ("arrested", "charged"))
    assert arrest == [("arrested", "Piet Smit"), ("arrested", "traders")], arrest


def test_a_visit_or_talks_in_a_time_phrase_are_the_subjects(run):
    facts, names = run("French Defence Minister Claire Duval pledged 45 million euros in military aid to Benin on "
                       "Thursday during a visit to Cotonou.",
                       "The drones will be delivered within a year, Duval said after talks with her Beninese "
                       "counterpart, Defence Minister Fortune Adjovi.",
                       "During a campaign visit to the border, Duval warned smugglers.")
    kinds = {(e.type[:2], e.trigger.text, names.get(e.source)) for e in facts.events if e.type[:2] == "04"}
    assert kinds == {("04", "visit", "Claire Duval"), ("04", "talks", "Claire Duval")}, kinds


def test_a_coordinated_title_whose_name_the_parser_hung_on_the_first_is_a_second_doer(run):
    facts, names = run("French Defence Minister Claire Duval arrived in Cotonou on Thursday. Duval was received by "
                       "Beninese President Romuald Hounkpe and the army chief of staff, General Fructueux Dossa.")
    hosts = {names.get(e.source) for e in facts.events if e.trigger.text == "received"}
    assert hosts == {"Romuald Hounkpe", "Fructueux Dossa"}, hosts


def test_a_sinking_craft_is_a_disaster_but_not_sinking_shares(run):
    facts, names = run("An overloaded passenger ferry sank on Lake Victoria on Tuesday evening.",
                       "In September 2018, the MV Karibu capsized near the island, killing more than 220 people.",
                       "Shares of the ferry operator sank 5% on Wednesday.", published=dt.date(2026, 2, 11))
    disasters = sorted((e.trigger.text, e.when.value) for e in facts.events if e.type == "Disaster")
    assert disasters == [("capsized", "2018-09"), ("sank", "2026-02-10")], disasters


def test_divers_of_a_states_navy_act_for_the_state(run):
    facts, names = run("Tanzanian navy divers rescued 112 passengers on Tuesday.",
                       "Navy divers and local fishermen rescued 40 more on Wednesday.", published=dt.date(2026, 2, 11))
    rescuers = sorted(names.get(e.source) for e in facts.events if e.trigger.text == "rescued")
    assert rescuers == ["Tanzania", "fishermen"], rescuers  # the navy's divers again, the state's


def test_two_states_that_offer_help_each_offer_it(run):
    facts, names = run("Rwanda and Burundi offered to send rescue boats and divers to help search for the missing.")
    offers = sorted((names.get(e.source), names.get(e.target)) for e in facts.events if e.trigger.text == "offered")
    assert offers == [("Burundi", None), ("Rwanda", None)], offers


def test_overriding_someones_veto_rejects_them(run):
    facts, names = run("Norland's Senate voted on Thursday to override President Samuel Kerrow's veto of a mining "
                       "royalties bill.")
    (override,) = [e for e in facts.events if e.trigger.text == "override"]
    assert override.type[:2] == "12" and names.get(override.target) == "Samuel Kerrow", override


def test_going_on_strike_is_a_strike_and_walking_out_of_talks_ends_them(run):
    facts, names = run("Junior doctors last went on strike in 2023, when an 11-day walkout ended.",
                       "The Norland Teachers Union walked out of talks with the health ministry on Monday.",
                       published=dt.date(2026, 7, 22))
    events = sorted((e.type[:3], names.get(e.source), e.when.value) for e in facts.events
                    if e.trigger.text in ("strike", "walked"))
    assert events == [("143", "doctors", "2023"), ("164", "Norland Teachers Union", "2026-07-20")], events


def test_speaking_by_telephone_with_someone_is_a_call(run):
    facts, names = run("Foreign Minister Lucia Bertoni spoke by telephone with her counterpart Felipe Orrantia on "
                       "Wednesday.",
                       '"It is cruel," said Lena Vogel, the charity\'s head of operations, speaking by satellite phone '
                       "from the ship.")
    calls = [(names.get(e.source), names.get(e.target)) for e in facts.events if e.type == "041"]
    assert calls == [("Lucia Bertoni", "Felipe Orrantia")], calls


def test_the_date_of_an_event_noun_below_the_trigger_is_that_events(run):
    facts, _ = run("Relations collapsed in 2023, when Norland accused Ostavian agents of involvement in the June "
                   "2023 killing of a separatist leader.", published=dt.date(2026, 11, 6))
    assert when_of(facts, "accused") == "2023"


def test_a_present_perfect_act_coordinated_with_a_dated_fact_is_as_of_now(run):
    facts, _ = run("Unemployment reached 10.3% in September, and the opposition Unity Party has accused the coalition "
                   "of balancing the budget on the backs of the poor.", published=dt.date(2025, 11, 12))
    assert when_of(facts, "accused") == "2025-11-12"


def test_a_month_without_its_year_takes_the_year_of_the_clause_above(run):
    facts, _ = run("Lindahl became prime minister in June 2023 after her Renewal Party won the most seats in the "
                   "April election.",
                   "Opposition leader Ana Vargas, who was jailed in 2024, criticised the government in February.",
                   published=dt.date(2025, 11, 12))
    assert when_of(facts, "election") == "2023-04"
    assert when_of(facts, "criticised") == "2025-02"


def test_a_fire_that_broke_out_or_killed_is_a_disaster(run):
    facts, _ = run("A fire at a warehouse in Norvale killed 12 people on Sunday. In 2019 more than 30 people died in "
                   "two separate blazes in the region. Police opened fire on looters on Monday, and firefighters "
                   "fought the blaze for hours.", published=dt.date(2025, 8, 18))
    fires = sorted((e.trigger.text, e.when.value) for e in facts.events if e.type == "Disaster")
    assert fires == [("blazes", "2019"), ("fire", "2025-08-17")], fires


def test_a_name_coordinated_inside_another_name_is_a_second_doer(run):
    facts, names = run("The Committee to Protect Journalists (CPJ) and Reporters Without Borders (RSF) condemned "
                       "the arrest of the Norland reporter on Friday.", published=dt.date(2025, 11, 7))
    doers = sorted(names[e.source] for e in facts.events if e.type[:2] == "11")
    assert doers == ["Committee to Protect Journalists", "Reporters Without Borders"], doers


def test_a_dispute_that_erupted_is_no_disaster(run):
    facts, _ = run("The dispute erupted in April when Norland accused Ostavia of dumping cheap steel. "
                   "The Kelo volcano erupted overnight.", published=dt.date(2025, 8, 18))
    erupted = [e.sentence.text[:11] for e in facts.events if e.type == "Disaster"]
    assert erupted == ["The Kelo vo"], erupted


def test_a_crane_collapse_is_a_disaster(run):
    facts, _ = run("Dockers walked off the job on March 5 after a crane collapse killed two stevedores last year.",
                   published=dt.date(2025, 3, 14))
    collapses = [(e.trigger.text, e.when.value) for e in facts.events if e.type == "Disaster"]
    assert collapses == [("collapse", "2024")], collapses


def test_a_vessel_that_sank_or_overturned_is_a_disaster(run):
    facts, _ = run("An overloaded passenger ferry sank on the lake on Tuesday evening, killing 23 people. "
                   "In 1996 the MV Kalinda sank off Port Vey, killing about 800. Last month, a fishing boat "
                   "overturned near the shore, killing five people. The navy sank two smuggling boats in 2019, "
                   "and shares in the ferry firm sank 5% on Wednesday.", published=dt.date(2026, 2, 11))
    wrecks = sorted((e.trigger.text, e.when.value) for e in facts.events if e.type == "Disaster")
    assert wrecks == [("overturned", "2026-01"), ("sank", "1996"), ("sank", "2026-02-10")], wrecks


def test_a_disaster_verb_has_no_doer(run):
    facts, _ = run("Mount Kelo erupted on Monday, and the MV Kalinda capsized near Port Vey on Tuesday.",
                   published=dt.date(2026, 2, 11))
    disasters = [(e.trigger.text, e.source) for e in facts.events if e.type == "Disaster"]
    assert disasters and all(source is None for _, source in disasters), disasters


def test_a_court_that_refuses_a_request_rules(run):
    facts, names = run("The Vey Court of Appeal on Tuesday refused Norland's request to extradite Tomas Brenner, a "
                       "former construction executive.", published=dt.date(2026, 5, 27))
    rulings = [(e.type, names[e.source]) for e in facts.events if e.trigger.text == "refused"]
    assert rulings == [("CourtRuling", "Vey Court of Appeal")], rulings


def test_ruling_that_gives_the_grounds_of_the_act_it_follows(run):
    facts, _ = run("The Varna Constitutional Court on Thursday dissolved the opposition Harbour Party, ruling that "
                   "it had been financed from abroad.")
    assert [e.trigger.text for e in facts.events] == ["dissolved"], facts.events


def test_an_act_accused_of_being_planned_is_no_threat(run):
    facts, _ = run("Prosecutor Ivan Kovac accused General Piet Brenner-Lutz of planning to storm the presidential "
                   "palace early next month.", published=dt.date(2025, 3, 14))
    kinds = sorted(e.trigger.text for e in facts.events)
    assert kinds == ["accused"], kinds


def test_an_act_alleged_or_left_undone_is_no_event(run):
    facts, _ = run("The Harbour League accused the government of signing the deal without consulting the Varna "
                   "National Assembly.")
    assert sorted(e.trigger.text for e in facts.events) == ["accused"]
    facts, _ = run("Jon Tavik accused the rebels of killing nine people during protests in Tresk in May and called "
                   "on the Varna National Assembly to investigate.")
    assert sorted(e.trigger.text for e in facts.events) == ["accused", "called", "protests"]


def test_the_resignation_of_a_named_person_is_theirs(run):
    facts, names = run("The vote followed the resignation in November of former mayor Emil Varga, who denies any "
                       "wrongdoing.", published=dt.date(2026, 2, 23))
    resignations = [(names[e.source], e.when.value) for e in facts.events if e.type == "Resignation"]
    assert resignations == [("Emil Varga", "2025-11")], resignations


def test_pickets_who_act_are_no_protest_of_their_own(run):
    facts, _ = run("Pickets blocked the main access road to the container terminals on Monday. Workers staged a "
                   "picket outside the ministry on Tuesday.", published=dt.date(2025, 3, 14))
    triggers = [e.trigger.text for e in facts.events]
    assert "Pickets" not in triggers and "picket" in triggers, triggers


def test_a_quote_said_by_a_title_then_a_name_is_the_named_persons(run):
    facts, names = run('The deal was signed by the Lomara Dock Workers Union on Monday.\n\n"This is a victory for '
                       'every family that depends on the port," said the union\'s secretary-general, Tomas '
                       "Veltrano Ruiz.", published=dt.date(2025, 3, 3))
    speakers = {q.text[:17]: names.get(q.speaker) for q in facts.quotes}
    assert speakers == {"This is a victory": "Tomas Veltrano Ruiz"}, speakers


def test_a_regional_post_after_a_place_is_held_in_the_place(run):
    facts, names = run("Divers rescued 40 passengers on Tuesday, Karvelo Regional Commissioner Amos Tendeka told "
                       "reporters.\n\nNorth Dabo Regional Minister Esi Mensavor said the worst-hit area was near the "
                       "town of Kolbani.", published=dt.date(2025, 3, 3))
    offices = offices_of(facts, names)
    assert offices == {("Amos Tendeka", "Regional Commissioner", "Karvelo"),
                       ("Esi Mensavor", "Regional Minister", "North Dabo")}, offices
    assert not [e.label for e in facts.entities if e.label.endswith("Regional")]


def test_occupations_before_coordinated_names_and_in_an_apposition(run):
    facts, names = run("Last month, police arrested two of his former associates, engineer Tomas Vellido Roca and "
                       "accountant Marta Oleiro Sande, in Lisbon. \"We won,\" said Maria Brevik, a 44-year-old "
                       "architect.", published=dt.date(2025, 3, 3))
    offices = {(names[o.holder], o.title.lower()) for o in facts.offices}
    assert offices == {("Tomas Vellido Roca", "engineer"), ("Marta Oleiro Sande", "accountant"),
                       ("Maria Brevik", "architect")}, offices


def test_a_president_pro_tempore_heads_the_senate(run):
    facts, names = run("The bill passed on Monday. Senate President Pro Tempore Adama Kollie Weeks said the "
                       "chamber had voted.", published=dt.date(2025, 3, 3))
    assert "Adama Kollie Weeks" in {e.label for e in facts.entities}, [e.label for e in facts.entities]
    offices = offices_of(facts, names)
    assert offices == {("Adama Kollie Weeks", "Senate President Pro Tempore", "Senate")}, offices
    relations = {(names[r.subject], r.predicate, names.get(r.object)) for r in facts.relations}
    assert ("Adama Kollie Weeks", "headOf", "Senate") in relations, relations


def test_a_chamber_and_a_lone_legislature_or_two_companies_are_two_bodies(run):
    facts, _ = run("Norland's House of Representatives and Senate voted on Thursday to override the veto. The court "
                   "fined Dravik Trade and Solmere Holdings, two shell companies.", published=dt.date(2025, 3, 3))
    labels = {e.label for e in facts.entities}
    assert {"House of Representatives", "Senate", "Dravik Trade", "Solmere Holdings"} <= labels, labels


def test_a_house_speaker_heads_the_house(run):
    facts, names = run("Norland's House of Representatives and Senate voted on Thursday to override the veto.\n\n"
                       '"Today this House has kept its promise," House Speaker Tobias Kerrane Walo told lawmakers.',
                       published=dt.date(2025, 3, 3))
    offices = offices_of(facts, names)
    assert offices == {("Tobias Kerrane Walo", "House Speaker", "House of Representatives")}, offices
    relations = {(names[r.subject], r.predicate, names.get(r.object)) for r in facts.relations}
    assert ("Tobias Kerrane Walo", "headOf", "House of Representatives") in relations, relations


def test_percent_ranges_speeds_and_namibian_dollars(run):
    facts, _ = run("The act will lift the royalty on iron ore from 4.5% to 7% next year. The fire was driven south by "
                   "gusts of up to 70 km per hour. Trade across the border is worth about N$4.5 billion a year.",
                   published=dt.date(2025, 3, 3))
    found = {(q.mention.text, q.value, q.unit) for q in facts.quantities}
    assert found == {("4.5%", 4.5, "percent"), ("7%", 7, "percent"), ("about N$4.5 billion", 4.5e9, "NAD")}, found


def test_a_ministry_statement_speaks_for_the_named_ministry_or_the_state(run):
    facts, names = run("SANTIAGO, June 3 (Reuters) - Chile summoned Norland's ambassador on Tuesday over remarks by a "
                       "consul, the foreign ministry said.\n\nThe note of protest called the remarks \"unacceptable "
                       "for a diplomat accredited here\", according to a ministry statement.\n\nOstavia's Federal "
                       "Foreign Office summoned the envoy. Ostavia \"expects the decision to be reversed\", according "
                       "to a ministry spokeswoman.", published=dt.date(2025, 6, 3))
    speakers = {q.text[:12]: names.get(q.speaker) for q in facts.quotes}
    assert speakers == {"unacceptable": "Chile", "expects the ": "Federal Foreign Office"}, speakers


def test_said_the_bodys_title_then_a_name_gives_the_post(run):
    facts, names = run('The deal was signed by the Lomara Dock Workers Union on Monday.\n\n"This is a victory for '
                       'every family that depends on the port," said the union\'s secretary-general, Tomas '
                       "Veltrano Ruiz.", published=dt.date(2025, 3, 3))
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert offices == {("Tomas Veltrano Ruiz", "secretary-general", "Lomara Dock Workers Union")}, offices


def test_a_plural_title_gives_each_listed_name_the_post(run):
    facts, names = run("Norland summoned the envoy on Monday.\n\nSenators Tomas Arreguin and Lucia Verdano, who sit on "
                       "the Senate foreign relations committee, demanded his expulsion.", published=dt.date(2025, 3, 3))
    offices = offices_of(facts, names)
    assert offices == {("Tomas Arreguin", "Senator", "Senate"), ("Lucia Verdano", "Senator", "Senate")}, offices


def test_an_untagged_name_before_an_acronym_in_brackets_is_a_body(run):
    facts, names = run("Deputies from We Build the Future (ZB) and two smaller parties walked out of the chamber on "
                       "Friday.\n\n\"We will not sign it,\" ZB leader Petar Dolinov said outside the building.",
                       published=dt.date(2025, 3, 3))
    offices = offices_of(facts, names)
    assert offices == {("Petar Dolinov", "Leader", "We Build the Future")}, offices


def test_a_county_before_a_post_stays_in_the_places_name(run):
    facts, _ = run("Floods cut the main road on Monday, Karvelo County Governor Amos Tendeka told reporters.",
                   published=dt.date(2025, 3, 3))
    labels = {e.label for e in facts.entities}
    assert "Karvelo County" in labels, labels


def test_a_body_named_x_of_y_is_one_organisation(run):
    facts, names = run("The Plateau State House of Assembly impeached the state's governor, Terver Adoga, on Thursday.")
    (impeachment,) = [e for e in facts.events if e.trigger.text == "impeached"]
    assert names.get(impeachment.source) == "Plateau State House of Assembly", impeachment


def test_a_first_name_hung_inside_the_second_is_a_second_doer(run):
    facts, names = run("Amnesty International and Human Rights Watch (HRW) condemned the sentence on Tuesday.")
    doers = sorted(names.get(e.source) for e in facts.events if e.trigger.text == "condemned")
    assert doers == ["Amnesty International", "Human Rights Watch"], doers


def test_what_a_meeting_is_to_discuss_and_what_a_plant_supplies_are_no_events(run):
    facts, names = run("Donors are due to meet in Geneva next week to discuss the appeal.",
                       "Norland's justice minister, Ana Vidal, will travel to Arbor next week to discuss the case.",
                       "The Kestrel Bay plant supplies electricity to about 30,000 people.")
    assert not [e for e in facts.events if e.trigger.text in ("discuss", "supplies")], facts.events


def test_a_toll_counted_since_a_date_is_a_statistic(run):
    facts, names = run("More than 6,000 people have been killed since 2017, according to the United Nations.",
                       "Gunmen killed 12 people in Arbor on Monday.")
    killed = [(names.get(e.source), names.get(e.target)) for e in facts.events if e.trigger.text == "killed"]
    assert killed == [("gunmen", "people")], killed


def test_suspending_a_member_is_a_sanction_suspending_dealings_or_talks_cuts_them(run):
    facts, names = run("The Economic Community of West African States suspended Togo from all its decision-making "
                       "bodies on Thursday.",
                       "Norland suspended visa services for Ostavian citizens on Friday.",
                       "President Ana Ruiz suspended peace talks with the rebels in January.",
                       published=dt.date(2026, 5, 8))
    codes = sorted(e.type for e in facts.events if e.trigger.text == "suspended")
    assert codes == ["160", "164", "172"], codes


def test_suspending_an_agreement_cuts_dealings_and_suspending_the_constitution_restricts_rights(run):
    facts, _ = run("Kenya suspended the free trade agreement with Uganda in 2018.",
                   "The army said on Monday it had suspended the constitution.")
    codes = [e.type for e in facts.events if e.trigger.text == "suspended"]
    assert codes == ["160", "1721"], codes


def test_elections_in_general_are_no_election(run):
    facts, names = run("The Unity Party won 2% on Sunday, its worst result since it first contested elections.",
                       published=dt.date(2025, 8, 18))
    assert [e.trigger.text for e in facts.events if e.type == "Election"] == [], facts.events


def test_a_bloc_suspending_a_state_and_states_that_quit_it(run):
    facts, names = run("The Southern Trade Community (STC) suspended Norland from all its bodies on Thursday. The bloc "
                       "has been weakened by the departure of Samoa, Tonga and Bhutan, which quit the STC in 2024.",
                       published=dt.date(2025, 3, 6))
    found = {(e.trigger.text, e.type, names.get(e.source), names.get(e.target)) for e in facts.events}
    assert ("suspended", "172", "Southern Trade Community", "Norland") in found, found
    assert {names.get(e.source) for e in facts.events if e.trigger.text == "quit" and e.type == "160"} == {
        "Samoa", "Bhutan", "Tonga"}, found


def test_leaders_at_a_summit_act_as_their_bloc(run):
    facts, names = run("Leaders of the East African Community suspended Burundi from the bloc on Sunday.",
                       "The Southern African Development Community called the vote in Malawi a sham. Heads of state "
                       "meeting at a special summit in Varna also froze Malawi's access to loans.")
    acts = [(e.trigger.text, names.get(e.source)) for e in facts.events if e.trigger.text in ("suspended", "froze")]
    assert acts == [("suspended", "East African Community"),
                    ("froze", "Southern African Development Community")]


def test_summoning_a_foreign_envoy_is_a_formal_complaint(run):
    facts, names = run("Chile summoned the Argentine charge d'affaires, Alena Vostrikova, on Monday.",
                       published=dt.date(2025, 3, 5))
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events] == [
        ("summoned", "114", "Chile")], facts.events


def test_a_by_phrase_hung_on_the_place_still_names_the_doer(run):
    facts, names = run("The captain was detained on Tuesday at a base near the town of Belvor by agents of the "
                       "National Security Bureau (NSB), according to prosecutors.", published=dt.date(2025, 3, 5))
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events] == [
        ("detained", "173", "National Security Bureau")], facts.events


def test_rescuers_from_a_body_rescue_for_it(run):
    facts, names = run("Rescuers from the Karvelo Disaster Agency (KDA) pulled 14 survivors from the mud on Tuesday.",
                       published=dt.date(2025, 3, 5))
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events] == [
        ("pulled", "073", "Karvelo Disaster Agency")], facts.events


def test_a_demand_that_someone_resign_is_no_resignation_and_the_demanders_accuse(run):
    facts, names = run("Finance Minister Lena Varga presented the budget on Monday. Opposition lawmakers demanded that "
                       "she resign, accusing her of ignoring early warnings.", published=dt.date(2025, 3, 5))
    found = [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events]
    assert not any(e.type == "Resignation" for e in facts.events), found
    assert ("accusing", "112", "lawmakers") in found, found


def test_halted_disbursements_are_aid_cut(run):
    facts, names = run("The Northern Development Fund (NDF) halted disbursements to Norland last month.",
                       published=dt.date(2025, 3, 5))
    assert [(e.trigger.text, e.type[:2], names.get(e.source)) for e in facts.events] == [
        ("halted", "16", "Northern Development Fund")], facts.events


def test_disasters_in_general_and_displaced_people_are_no_events(run):
    facts, names = run("Donors pledged $1.6 billion on Thursday to help African nations adapt to droughts and floods.",
                       "The governor promised 5 billion rupiah in aid for displaced families.",
                       "About 1.5 million people are displaced in the province, according to UN figures.",
                       published=dt.date(2026, 6, 18))
    kinds = [e.type for e in facts.events if e.type in ("Disaster", "Migration")]
    assert kinds == [], facts.events


def test_a_name_the_model_cut_before_its_acronym_is_one_name(run):
    facts, _ = run("Norway pledged 8 million kroner on Monday, and the United States Agency for International "
                   "Development (USAID) and Japan said they would send experts next week.")
    labels = {e.label for e in facts.entities}
    assert "United States Agency for International Development" in labels, labels
    assert "International Development" not in labels, labels


def test_a_failing_entity_rule_leaves_the_models_entities_and_warns(nlp, monkeypatch):
    from kg.nlp import components

    def broken(doc):
        raise IndexError("a rule read past the end")

    monkeypatch.setattr(components, "_titled_names", broken)
    with pytest.warns(RuntimeWarning, match="entity rules failed on the text opening 'Norway"):
        doc = nlp("Norway sent 40 doctors to Mozambique on Monday.")
    assert {e.text for e in doc.ents} >= {"Norway", "Mozambique"}


def test_names_the_model_cut_or_took_for_a_date_are_whole(nlp):
    doc = nlp("South Sudan's government on Wednesday ordered the mission to leave. Gunmen killed 14 police officers in "
              "western Niger. Officers from the Regional Anti-Smuggling Bureau arrested the mayor of Gdynia.")
    found = {(e.text, e.label_) for e in doc.ents}
    assert {("South Sudan", "GPE"), ("Niger", "GPE"), ("Regional Anti-Smuggling Bureau", "ORG")} <= found, found


def test_the_army_acts_for_its_state(run):
    facts, names = run("Gunmen on motorcycles attacked a police post in eastern Chad on Monday.",
                       "Chadian army spokesman Major Brahim Tidjani Koulamallah said the army had launched air strikes "
                       "on Tuesday against two militant camps.",
                       "The army denied reports that civilians had been killed.")
    by_trigger = {e.trigger.text: names.get(e.source) for e in facts.events}
    assert by_trigger.get("air strikes") == "Chad", by_trigger
    assert by_trigger.get("denied") == "Chad", by_trigger


def test_an_explosion_is_an_accident_unless_bombs_are_told(run):
    facts, _ = run("An explosion tore through a fertiliser plant near Sousse on Wednesday, killing nine workers.")
    assert [(e.type, e.trigger.text) for e in facts.events] == [("Disaster", "explosion")], facts.events
    facts, _ = run("A bomb exploded in a crowded market in Mogadishu on Sunday, killing 12 people.")
    assert [(e.type, e.trigger.text) for e in facts.events] == [("183", "exploded")], facts.events
    facts, _ = run("A car bomb exploded outside a police station in Kabul on Sunday, killing nine people.")
    assert [e.type for e in facts.events] == ["1832"], facts.events  # the bomb, not a second event for its exploding


def test_a_coast_guard_tied_to_a_country_acts_for_it(run):
    facts, names = run("Another 41 people were rescued on Monday by the Tunisian coast guard and local fishermen.")
    doers = {names.get(e.source) for e in facts.events if e.type == "073"}
    assert doers == {"Tunisia", "fishermen"}, facts.events


def test_the_dead_of_a_disaster_told_before_are_its_toll(run):
    facts, _ = run("A magnitude 6.8 earthquake struck the southern Andes on Tuesday, toppling a school in Chivay.",
                   "Across the region, at least seven other people were killed, officials said.")
    assert not any(e.type.startswith("19") for e in facts.events), facts.events


def test_a_note_of_protest_and_banned_demonstrations_are_no_demonstration(run):
    facts, _ = run("The foreign ministry summoned the Ostavian envoy, Lena Brisk, and handed her a note of protest.",
                   "The interior ministry banned all demonstrations in the capital until further notice.")
    assert not any(e.type.startswith("14") for e in facts.events), facts.events


def test_an_election_set_for_a_day_is_on_that_day(run):
    facts, _ = run("Slovenian President Mira Kovac on Tuesday set a snap parliamentary election for April 12.",
                   published=dt.date(2026, 2, 10))
    (election,) = [e for e in facts.events if e.type == "Election"]
    assert election.when.value == "2026-04-12", election.when


def test_a_count_of_acts_over_the_years_is_a_statistic(run):
    facts, _ = run("Poland has expelled at least 15 Belarusian diplomats since 2021.",
                   "Police have detained 40 people since Monday, the interior ministry said.")
    assert [e.trigger.text for e in facts.events] == ["detained"], facts.events


def test_no_arrests_unlikely_rulings_and_habits_are_no_acts(run):
    facts, _ = run("Police deployed dozens of officers but made no arrests.",
                   "Legal experts said the Supreme Court was unlikely to overturn the ruling.",
                   "The appeals tribunal usually rules within three months. The council could impose fines of up "
                   "to 10,000 euros.")
    done = [(e.type, e.trigger.text) for e in facts.events if not e.negated]
    assert ("154", "deployed") in done, done
    assert not any(t.startswith("17") or t == "CourtRuling" for t, _ in done), done


def test_a_drought_is_a_condition_unless_told_as_striking(run):
    facts, _ = run("Farmers in the north have struggled with a drought for three years.",
                   "A drought in the basin has cut the dam's output by 40%.")
    assert not facts.events, facts.events
    facts, _ = run("A severe drought hit southern Madagascar in 2021, leaving 1.1 million people hungry.")
    assert [e.type for e in facts.events] == ["Disaster"], facts.events


def test_fleeing_as_a_reason_or_a_description_is_no_flight(run):
    facts, _ = run("More than 18,000 Sudanese refugees have crossed into eastern Chad since Saturday, fleeing attacks "
                   "by militias on their villages.",
                   "The refugees are fleeing an offensive that began last month.")
    assert not any(e.trigger.text == "fleeing" for e in facts.events), facts.events


def test_a_vow_to_stage_a_strike_is_one_threat(run):
    facts, names = run("The dockworkers' unions vowed to stage a 48-hour strike next month if the bill passes.")
    assert [(e.type[:2], e.trigger.text) for e in facts.events] == [("13", "strike")], facts.events


def test_what_holds_in_the_present_is_no_act_but_an_accusation_is(run):
    facts, names = run("Chad already hosts more than 1.3 million Sudanese refugees.",
                       "Greece and Turkey also dispute the extent of their continental shelves.",
                       "Prosecutors allege that Mayor Piet Vandam took bribes worth 2 million euros.")
    assert [e.trigger.text for e in facts.events] == ["allege"], facts.events
    facts, _ = run("The Harbour League opposes the reform, and Tresk backs a peace process led by Varna.",
                   "Norland detained six fishermen in waters that Varna considers its own.")
    assert [e.trigger.text for e in facts.events] == ["detained"], facts.events


def test_having_not_commented_is_no_refusal(run):
    facts, _ = run("China, which buys most of Chile's lithium, has not commented on the agreement. Jon Tavik "
                   "did not respond to requests for comment, and Acme Corp did not answer questions about the sale.",
                   "Foreign Minister Ana Varo declined to comment on the ruling.")
    assert [(e.type, e.trigger.text) for e in facts.events] == [("011", "declined")], facts.events


def test_not_commenting_immediately_is_no_refusal(run):
    facts, _ = run("Kenya and Uganda did not immediately comment on the report.",
                   "Interior Minister Jon Tavik did not comment on the verdict.")
    assert [(e.type, e.trigger.text) for e in facts.events] == [("011", "comment")], facts.events


def test_clashing_repeatedly_over_the_years_is_a_statistic(run):
    facts, _ = run("Puntland has repeatedly clashed with the central government in Mogadishu over elections.")
    assert not facts.events, facts.events


def test_who_administers_the_oath_does_not_take_office(run):
    facts, names = run("Finance Minister Pedro Salas resigned on Monday.",
                       "Ines Vallejo, a former central bank economist, was sworn in by President Ruben Castellar on "
                       "Thursday.")
    takers = [names.get(e.source) for e in facts.events if e.type in ("Succession", "Appointment")]
    assert "Ruben Castellar" not in takers and "Ines Vallejo" in takers, facts.events


def test_a_police_rank_after_a_post_is_an_office_of_its_own(run):
    facts, names = run("Police spokesman Superintendent Tomas Berg said 37 people had been arrested.",
                       "Chief Inspector Ana Reyes said the inquiry would continue.")
    offices = {(names[o.holder], o.title.lower()) for o in facts.offices}
    assert {("Tomas Berg", "police spokesman"), ("Tomas Berg", "superintendent")} <= offices, offices
    assert {t for h, t in offices if h == "Ana Reyes"} == {"chief inspector"}, offices


def test_a_portfolio_that_goes_on_after_the_models_name_is_part_of_the_title(run):
    facts, names = run("The deal was signed by Laotian Energy and Mines Minister Ana Reyes in the capital.",
                       "The Norland delegation was led by Deputy Agriculture and Forestry Minister Tomas Berg.")
    offices = offices_of(facts, names)
    assert ("Ana Reyes", "Energy and Mines Minister", "Laos") in offices, offices
    assert ("Tomas Berg", "Deputy Agriculture and Forestry Minister", None) in offices, offices
    assert not any(e.type == ORGANIZATION and "Energy" in e.label for e in facts.entities), facts.entities


def test_a_time_or_a_room_after_a_post_given_is_not_part_of_it(run):
    facts, names = run("Deputy Governor Ana Reyes was sworn in as acting governor on Thursday morning.",
                       "Vice President Tomas Berg was sworn in as president in the chamber hours later.")
    offices = {(names[o.holder], o.title.lower()) for o in facts.offices}
    assert {("Ana Reyes", "acting governor"), ("Tomas Berg", "president")} <= offices, offices


def test_a_demonym_that_is_also_a_towns_name_before_a_title_is_the_nationality(run):
    facts, names = run("Kazakh Foreign Minister Tomas Berg said the pipeline would open next year.",
                       "Kazakh Prime Minister Ivo Brant agreed.")
    offices = offices_of(facts, names)
    assert offices == {("Tomas Berg", "Foreign Minister", "Kazakhstan"),
                       ("Ivo Brant", "Prime Minister", "Kazakhstan")}, offices
    assert not any(e.type == CITY for e in facts.entities), facts.entities


def test_new_is_no_part_of_a_post(run):
    facts, names = run("The prime minister named Tomas Berg's deputy, Ana Reyes, as the new agriculture minister.",
                       "Lena Brisk, the newly appointed interior minister, said the curfew would stay.")
    offices = {(names[o.holder], o.title.lower()) for o in facts.offices}
    assert {("Ana Reyes", "agriculture minister"), ("Lena Brisk", "interior minister")} <= offices, offices


def test_people_named_after_a_counted_plural_are_each_one_of_them(run):
    facts, names = run("Two French engineers kidnapped in western Niger last October were freed on Wednesday.",
                       "Tomas Berg, 46, and Ana Reyes, 39, who worked for a road construction firm, were handed over "
                       "to officials in Mali.")
    offices = {(names[o.holder], o.title.lower()) for o in facts.offices}
    assert offices == {("Tomas Berg", "engineer"), ("Ana Reyes", "engineer")}, offices
    nationality = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "nationality"}
    assert nationality == {("Tomas Berg", "France"), ("Ana Reyes", "France")}, nationality


def test_candidates_from_a_shared_subject_and_a_share_of_the_vote(run):
    facts, names = run("Ex-banker Ana Reyes came first in the opening round of Norland's presidential election on "
                       "Sunday with 41.2% of the ballots cast, and will face conservative lawmaker Tomas Berg in a "
                       "run-off on April 5.",
                       "Berg, a former mayor, won 29.4%, the tribunal said. Businessman Lena Brisk, who finished third "
                       "with 18.1%, conceded defeat.")
    triggers = {f"event:{e.trigger.begin}": e.trigger.text for e in facts.events}
    stood = {(names[r.subject], triggers[r.object]) for r in facts.relations if r.predicate == "candidateIn"}
    assert {("Ana Reyes", "election"), ("Ana Reyes", "run-off"), ("Tomas Berg", "run-off"),
            ("Lena Brisk", "election")} <= stood, stood
    assert ("Lena Brisk", "run-off") not in stood, stood


def test_a_bureau_or_department_word_before_a_post_names_the_body(run):
    facts, names = run("The minister was taken to the headquarters of the Anti-Fraud Bureau (AFB) for questioning, "
                       "according to bureau spokeswoman Lena Brisk.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert offices == {("Lena Brisk", "spokeswoman", "Anti-Fraud Bureau")}, offices
    facts, names = run("The Interior Ministry said the border would close, ministry spokesman Tomas Berg said.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert offices == {("Tomas Berg", "spokesman", "Interior Ministry")}, offices


def test_him_that_a_successor_replaces_is_the_one_who_left_not_the_one_who_named(run):
    facts, names = run("Finance Minister Tomas Berg resigned on Thursday over the leak, and Prime Minister Lena Brisk "
                       "named junior finance minister Ana Reyes to replace him.",
                       "The governor of the National Bank of Norland, Karim Zein, resigned on Tuesday, and President "
                       "Lena Brisk named deputy governor Maria Lopes to replace him within hours.")
    succeeded = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "succeeded"}
    assert {("Ana Reyes", "Tomas Berg"), ("Maria Lopes", "Karim Zein")} <= succeeded, succeeded
    assert not any(after == "Lena Brisk" or before == "Lena Brisk" for after, before in succeeded), succeeded


def test_one_sworn_in_to_a_post_another_held_succeeded_them(run):
    facts, names = run("Lawmakers impeached Governor Tomas Berg on Thursday over the missing funds.",
                       "Deputy Governor Ana Reyes was sworn in as governor about two hours later.")
    succeeded = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "succeeded"}
    assert succeeded == {("Ana Reyes", "Tomas Berg")}, succeeded


def test_royalist_is_an_alignment_and_a_partys_standing_does_not_hide_its_alignment(run):
    facts, names = run("The complaint was filed by royalist lawyer Tomas Berg last year.",
                       "The right-wing opposition Democratic Unity Party said it would challenge the law.")
    offices = {(names[o.holder], o.title.lower()) for o in facts.offices}
    assert offices == {("Tomas Berg", "lawyer")}, offices
    aligned = {(names[r.subject], r.object) for r in facts.relations if r.predicate == "alignment"}
    assert aligned == {("Tomas Berg", "royalist"), ("Democratic Unity Party", "right-wing")}, aligned


def test_one_credited_with_a_share_of_the_vote_is_a_candidate(run):
    facts, names = run("Norland's presidential election was held on Sunday.",
                       "Opposition leader Tomas Berg, who was detained two days before polling, was credited with 22%.")
    stood = {names[r.subject] for r in facts.relations if r.predicate == "candidateIn"}
    assert stood == {"Tomas Berg"}, facts.relations


def test_a_known_bodys_name_run_on_into_a_portfolio_is_the_body(run):
    facts, names = run("EU Energy Commissioner Lena Brisk said the bloc would fund the line.",
                       "Competition Commissioner Tomas Berg said the fine was fair.")
    offices = offices_of(facts, names)
    assert ("Lena Brisk", "Energy Commissioner", "European Union") in offices, offices
    assert ("Tomas Berg", "Competition Commissioner", None) in offices, offices
    assert not any("Energy" in e.label or "Competition" in e.label for e in facts.entities), facts.entities


def test_a_planned_ask_is_a_demand_not_an_appeal(run):
    facts, names = run("Opposition leader Dermot Halloran will ask the Supreme Court to annul the vote, his spokesman "
                       "said.",
                       "The union said it would ask its members to ratify the agreement.")
    asks = [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "ask"]
    assert asks == [("130", "Dermot Halloran")], asks


def test_people_leaving_their_villages_or_a_town_migrate(run):
    facts, _ = run("Thousands of families have left their villages in the south in recent weeks, officials said.",
                   "The migrants had left the Libyan town of Zuwara on Friday night in a rubber boat.")
    assert [e.trigger.text for e in facts.events if e.type == "Migration"] == ["left", "left"], facts.events


def test_talks_that_broke_down_are_broken_off(run):
    facts, names = run("Talks between the Norland government and the truck drivers' union broke down last month.",
                       "Aid deliveries resumed in May. The talks collapsed in June.")
    broken = [(e.trigger.text, e.source is None) for e in facts.events if e.type == "164"]
    assert broken == [("broke", False), ("collapsed", True)], facts.events


def test_promised_sales_are_intents_to_trade(run):
    facts, names = run("Under the deal, Norland will sell Ostavia up to 1 billion kilowatt-hours of power a year.",
                       "Most families in Eastport have since sold their houses to a state company.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text.startswith(("sell", "sold"))] == [
        ("0311", "Norland")], facts.events


def test_what_a_side_will_do_under_a_deal_is_a_promise(run):
    facts, names = run("Kenya and Uganda signed a trade agreement in Kesto on Monday.",
                       "Under the agreement, Kenya will build a power plant near Tresk and train 200 Ugandan "
                       "engineers. Kenya will also build a new road to Varna next year.")
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events if e.type.startswith("03")] == [
        ("build", "0311", "Kenya"), ("train", "0311", "Kenya")], facts.events  # (the road is no term of it)


def test_foreign_leaders_attending_visit_the_host(run):
    facts, names = run("Jon Tavik was sworn in as Kenya's president on Tuesday. The leaders of Malawi and Tanzania "
                       "attended. Energy Minister Piet Smit, who attended the signing, said the deal was fair.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "attended"] == [
        ("042", "Malawi"), ("042", "Tanzania")], facts.events


def test_a_planned_trip_abroad_is_an_intent_to_meet(run):
    facts, names = run("Justice Minister Marta Kovi will travel to Lisbon next week to discuss the case.",
                       "Interior Minister Jon Varga travelled to Lisbon on Monday.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text.startswith("travel")] == [
        ("036", "Marta Kovi"), ("042", "Jon Varga")], facts.events  # (the trip made is a visit)


def test_a_chamber_passing_a_bill_changes_policy(run):
    facts, names = run("The Norland Senate passed the pension bill on Tuesday.",
                       "The Ostavian Assembly is expected to approve the text next week.")
    assert [(e.type, e.trigger.text) for e in facts.events if e.type[:2] in ("03", "08")] == [
        ("0832", "passed")], facts.events


def test_what_an_act_was_done_for_is_the_same_act(run):
    facts, _ = run("Riot police fired tear gas to disperse about 300 opposition supporters on Monday.")
    assert [e.type for e in facts.events] == ["175"], facts.events


def test_people_examined_at_a_hospital_are_no_inquiry(run):
    facts, names = run("Jon Tavik was flown to Varna and was being examined at a clinic in Tresk, his family said.",
                       "Investigators examined the wreckage in Kesto on Monday.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("090", "investigators")], facts.events


def test_an_investigation_promised_is_a_threat(run):
    facts, names = run("Police said they would investigate the owners of the Kesto quarry.",
                       "Investigators examined the wreckage in Tresk on Monday.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("130", "police"), ("090", "investigators")], \
        facts.events


def test_questioning_people_is_an_investigation_but_questioning_claims_is_not(run):
    facts, _ = run("Two other company officials were questioned on Monday, the district police chief said.",
                   "The consul questioned Chilean claims over the glacier.")
    assert [(e.type, e.trigger.text) for e in facts.events] == [("091", "questioned")], facts.events


def test_sacking_an_official_is_a_change_of_leadership(run):
    facts, names = run("Prime Minister Somsak Pimpa dismissed Health Minister Pravit Chaiyo on Tuesday.",
                       "Togo sacked its army chief of staff, General Kossi Dzidzinyo, on Wednesday.",
                       "The Supreme Court dismissed the appeal on Thursday.")
    assert [(e.type, e.trigger.text) for e in facts.events] == [
        ("0831", "dismissed"), ("0831", "sacked"), ("CourtRuling", "dismissed")], facts.events


def test_agreeing_to_a_pay_rise_that_ends_a_strike_meets_a_demand(run):
    facts, names = run("The strike ended after ten days when Kenya's government agreed to a 30% increase. Dockers "
                       "returned to work after Uganda agreed to raise their salaries by 25%. Kenya and Uganda agreed "
                       "to cut tariffs on each other's goods.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "agreed"] == [
        ("0832", "Kenya"), ("0832", "Uganda"), ("030", "Kenya"), ("030", "Uganda")], facts.events


def test_agreeing_a_bailout_is_an_agreement_made(run):
    facts, names = run("Ghana agreed to a $3 billion bailout with the International Monetary Fund (IMF) in 2023.",
                       "Norway and Chile agreed to hold talks on fishing quotas.")
    codes = [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "agreed"]
    assert codes[0] == ("057", "Ghana") and all(c[:2] != "05" for c, _ in codes[1:]), facts.events


def test_a_deal_is_an_event_only_when_told_being_made(run):
    facts, names = run("Farmers blocked roads near Varna in protest at a trade agreement between Chile and Peru.",
                       "Chile and Peru have an extradition treaty. In January, Chile refused to extend a transit "
                       "agreement with Peru. The minister approved the deal without consulting the cabinet.",
                       "The accord, which was signed by Chile and Peru in 2019, expired.")
    assert sorted((e.trigger.text, names.get(e.source)) for e in facts.events if e.type == "057") == [
        ("accord", "Chile"), ("accord", "Peru")]


def test_a_deal_agreed_with_a_partner_is_made_by_the_one_who_holds_it(run):
    facts, names = run("Kenya's president said the government was carrying out a plan agreed with Uganda in June.",
                       "Lena Varga made the cuts the centrepiece of her term under a programme agreed with the World "
                       "Bank.")
    assert [(e.type, names.get(e.source), names.get(e.target)) for e in facts.events if e.type[:2] == "05"] == [
        ("057", "Kenya", "Uganda")]  # a person's term holds no deal of her own


def test_mutineers_and_gendarmes_are_doers(run):
    facts, names = run("The mutineers stormed the state radio building in Eastport on Monday.",
                       "Colonel Jon Varga was detained by gendarmes at his home on Tuesday.")
    doers = {(e.trigger.text, names.get(e.source)) for e in facts.events}
    assert ("stormed", "mutineers") in doers and ("detained", "gendarmes") in doers, facts.events


def test_a_lower_case_ministry_acts_as_the_country(run):
    facts, names = run("Police in Ghana arrested the activist Jon Varga on Monday.",
                       "A curfew was imposed on the town by the interior ministry on Tuesday.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "curfew"] == [
        ("1723", "Ghana")], facts.events


def test_assailants_identified_as_members_act_as_the_group(run):
    facts, names = run("The assailants, whom officials identified as members of the Tarvo Liberation Front (TLF), "
                       "stormed two villages in Uganda shortly after midnight, torching dozens of huts.")
    assert {names.get(e.source) for e in facts.events if e.trigger.text in ("stormed", "torching")} == {
        "Tarvo Liberation Front"}, facts.events


def test_attackers_a_later_sentence_ties_to_a_group_act_as_the_group(run):
    facts, names = run("Gunmen stormed a gold mine in western Mali on Saturday, abducting five Chinese workers, "
                       "officials said.",
                       "A security source said the attackers belonged to the Tarvo Liberation Front (TLF).")
    assert {names.get(e.source) for e in facts.events if e.trigger.text in ("stormed", "abducting")} == {
        "Tarvo Liberation Front"}, facts.events
    facts, names = run("Gang members torched scores of houses in the mountain town of Kesto on Tuesday, officials "
                       "said.",
                       "Investigators later identified the attackers as members of Ban Korro, an alliance of gangs.")
    assert [names.get(e.source) for e in facts.events if e.trigger.text == "torched"] == ["Ban Korro"]


def test_declared_persona_non_grata_is_an_expulsion(run):
    facts, names = run("Two Norlandic diplomats were declared persona non grata on Monday and given a week to leave.")
    assert [(e.type, names.get(e.target)) for e in facts.events] == [("174", "diplomats")], facts.events



def test_taken_hostage_or_prisoner_in_the_passive_is_the_idiom(run):
    facts, names = run("Two engineers were taken hostage by gunmen near Tresk on Monday.",
                       "Three soldiers were taken prisoner in the clash.")
    assert [(e.type, names.get(e.source), names.get(e.target)) for e in facts.events] == [
        ("181", "gunmen", "engineers"), ("173", None, "soldiers")], facts.events


def test_taking_to_the_streets_is_a_demonstration(run):
    facts, names = run("Thousands of nurses took to the streets of Varna on Monday.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("141", "nurses")], facts.events

def test_seizing_a_town_is_territory_taken(run):
    facts, names = run("The Tarvo Liberation Front seized Dunmore, the largest town in the east, on Monday.",
                       "The Tarvo Liberation Front also seized 12 aid workers on Tuesday.")
    assert sorted(e.type for e in facts.events if e.trigger.text == "seized") == ["181", "192"], facts.events


def test_suspended_food_distributions_are_humanitarian_aid_cut(run):
    facts, names = run("Food distributions at the Kakuma camp were suspended by the World Food Programme on Friday.")
    assert [e.type for e in facts.events] == ["1623"], facts.events


def test_a_strike_called_for_a_day_ahead_is_dissent_threatened(run):
    facts, names = run("The National Teachers Union called a general strike for next Monday.",
                       "The Dockers Union called a strike for Monday.", published=dt.date(2025, 12, 3))
    codes = {names.get(e.source): e.type for e in facts.events}
    assert codes == {"National Teachers Union": "133", "Dockers Union": "143"}, facts.events


def test_a_civil_law_state_of_exception_is_emergency_rule(run):
    facts, names = run("Ecuador's government declared a state of exception in three provinces on Monday.",
                       "Colombia declared a state of internal commotion in the region on Tuesday.")
    assert [e.type for e in facts.events] == ["1724", "1724"], facts.events


def test_an_act_only_expected_of_its_doer_is_no_event(run):
    facts, names = run("The board of the International Monetary Fund is expected to consider the request in December.",
                       "Finance Minister Jon Varga is expected to meet IMF officials in Washington next week.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("036", "Jon Varga")], facts.events


def test_what_a_bare_condition_would_bring_is_no_event(run):
    facts, names = run("If convicted, Senator Jon Varga would forfeit his seat and be banned from politics.",
                       "The Teachers Union of Norland said it would boycott the exams unless the arrears were paid.")
    assert [(e.type[:2], names.get(e.source)) for e in facts.events] == [("13", "Teachers Union of Norland")], \
        facts.events


def test_a_body_that_names_someone_appoints_them(run):
    facts, names = run("Ghana sacked its army chief on Tuesday. The government named General Kwesi Varga, the "
                       "commander of the northern zone, to replace him.", "A soldier named Jon Badal was wounded.")
    assert [(e.type, names.get(e.source), names.get(e.target)) for e in facts.events if e.type == "Appointment"] == [
        ("Appointment", "Ghana", "Kwesi Varga")], facts.events


def test_what_a_person_is_known_as_is_no_part_of_the_post(run):
    facts, names = run("Disaster Management Minister Badal Talukdar said aid would arrive on Monday.",
                       "Jon Varga, a local businessman, was arrested. Local Government Minister Ana Sova resigned.")
    assert {(names[o.holder], o.title) for o in facts.offices} == {
        ("Badal Talukdar", "Disaster Management Minister"), ("Jon Varga", "Businessman"),
        ("Ana Sova", "Local Government Minister")}, facts.offices


def test_a_village_head_holds_a_post(run):
    facts, names = run("The shelling was heavy, according to Tolu Adebayo, a village head in the district.")
    assert [(names[o.holder], o.title) for o in facts.offices] == [("Tolu Adebayo", "Village Head")], facts.offices


def test_a_plural_title_with_its_modifier_is_each_ones_post_once(run):
    facts, names = run("Police detained two student leaders, Ivo Varga and Nina Sova, on Monday at a blockade.")
    assert sorted((names[o.holder], o.title) for o in facts.offices) == [
        ("Ivo Varga", "Student Leader"), ("Nina Sova", "Student Leader")], facts.offices


def test_handing_back_the_dead_is_a_return(run):
    facts, names = run("Ethiopia handed over the bodies of 40 soldiers on Tuesday, and Eritrea returned the remains of "
                       "12 servicemen.", "The minister will hand over the finance portfolio next week.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("084", "Ethiopia"), ("084", "Eritrea")], \
        facts.events


def test_captives_handed_over_are_freed_but_a_suspect_handed_to_a_court_is_no_release(run):
    facts, names = run("The rebels handed over 23 soldiers and civilians to the Red Cross near Tresk on Monday.",
                       "Varna handed over six Ostran nationals at the Kesto crossing on Tuesday.",
                       "Police handed the suspects over to the Tresk court on Friday.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("0841", "rebels"), ("0841", "Varna")], \
        facts.events


def test_searching_for_the_missing_is_a_rescue(run):
    facts, names = run("Ghanaian navy divers joined the search on Wednesday.",
                       "Rescuers from the Red Cross searched for dozens of people still missing on Thursday.",
                       "Police searched the minister's office on Friday.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [
        ("search", "073"), ("searched", "073"), ("searched", "171")], facts.events


def test_a_meeting_that_only_times_a_saying_is_no_event(run):
    facts, names = run("Information Minister Jon Varga announced the decision after a cabinet meeting on Monday.",
                       "Defence Minister Ana Sova spoke after talks with her Beninese counterpart, Kwesi Esono.")
    assert [(e.type[:2], names.get(e.source)) for e in facts.events] == [("04", "Ana Sova")], facts.events


def test_a_past_act_joined_to_a_promise_keeps_its_own_day(run):
    facts, _ = run("Prime Minister Joris Verhoef said he would raise the dispute with European leaders at their summit "
                   "next month, and spoke by telephone with the Danish foreign minister on Tuesday evening.",
                   published=dt.date(2025, 5, 21))
    (spoke,) = [e for e in facts.events if e.trigger.text == "spoke"]
    assert spoke.when.value == "2025-05-20", spoke.when


def test_what_the_doers_did_before_dates_no_event_of_theirs(run):
    facts, _ = run("FENATRA leaders, who led deadly protests over fuel prices in 2022, threatened on Tuesday to call a "
                   "national strike if electricity tariffs were raised.", published=dt.date(2025, 9, 24))
    (strike,) = [e for e in facts.events if e.trigger.text == "strike"]
    assert strike.when.value != "2022", strike.when


def test_the_end_of_the_year_is_this_year(run):
    facts, _ = run("The ambassador, Marie Castelnau, said France would donate two patrol boats to the navy by the end "
                   "of the year.", "The minister said the government would sell shares in at least six state firms "
                   "before the end of June.", published=dt.date(2026, 3, 17))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates.get("donate") == "2026" and dates.get("sell") == "2026-06", facts.events


def test_a_distance_in_months_names_the_month(run):
    facts, _ = run("The Senate passed the labour bill on Tuesday, a month after the House of Representatives "
                   "approved an identical text.", published=dt.date(2026, 6, 18))
    (approved,) = [e for e in facts.events if e.trigger.text == "approved"]
    assert (approved.when.value, approved.when.precision) == ("2026-05", "month"), approved.when


def test_a_distance_in_years_counts_from_the_year_told(run):
    facts, _ = run("The Varna Liberation Front signed a peace deal with the government of Norland in 2016 and quit "
                   "it three years later.", published=dt.date(2025, 11, 20))
    assert when_of(facts, "quit") == "2019"


def test_a_denial_that_holds_now_is_not_dated_by_the_arrest(run):
    facts, _ = run("Both men had been detained in the capital in February 2025 and accused of spying, a charge their "
                   "families have always denied.", published=dt.date(2026, 4, 15))
    (denied,) = [e for e in facts.events if e.trigger.text == "denied"]
    assert denied.when.value == "2026-04-15", denied.when


def test_two_months_joined_name_their_year(run):
    facts, _ = run("The two activists were arrested by police in February and March last year.",
                   "Police detained three students in May and June 2024.", published=dt.date(2026, 2, 19))
    dates = {e.trigger.text: (e.when.value, e.when.precision) for e in facts.events}
    assert dates.get("arrested") == ("2025", "year") and dates.get("detained") == ("2024", "year"), dates


def test_recent_weeks_are_the_publication_month(run):
    facts, _ = run("Thousands of families have fled their villages in the south for the coastal city in recent weeks, "
                   "local officials said.", published=dt.date(2025, 9, 4))
    (fled,) = [e for e in facts.events if e.trigger.text == "fled"]
    assert (fled.when.value, fled.when.precision) == ("2025-09", "month"), fled.when


def test_terms_under_a_deal_are_dated_to_the_deal(run):
    facts, _ = run("Under a deal signed in 2023, the European Union pledged about 105 million euros to help Norland "
                   "strengthen its border controls.", published=dt.date(2026, 4, 28))
    (pledged,) = [e for e in facts.events if e.trigger.text == "pledged"]
    assert pledged.when.value == "2023", pledged.when


def test_a_date_hung_inside_the_objects_gerund_dates_the_act(run):
    facts, names = run("Georgia, a country of about 3.7 million people, opened talks on joining the European Union in "
                       "March 2025.", published=dt.date(2026, 12, 30))
    assert [(e.type, e.when.value) for e in facts.events] == [("046", "2025-03")], facts.events


def test_coordinated_plural_groups_are_one_doer(run):
    facts, names = run("The unrest began in 2017 after the government cracked down on protests by teachers and "
                       "lawyers in Cameroon.",
                       "About 60 nurses and activists held a sit-in outside the parliament building in Rabat.")
    doers = {(e.trigger.text, names.get(e.source)) for e in facts.events if e.type.startswith("14")}
    assert doers == {("protests", "teachers and lawyers"), ("sit-in", "nurses and activists")}, facts.events


def test_a_partys_supporters_rally_not_the_party(run):
    facts, names = run("About 3,000 PDU supporters rallied in Durres on Saturday to back the party's leader.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "rallied"] == [
        ("141", "supporters")], facts.events


def test_coordinated_doers_of_an_infinitive_each_act(run):
    facts, names = run("Chile's Chamber of Deputies and Senate voted on Thursday to override President Jon Varga's "
                       "veto of a bill.",
                       "The WHO and the United Nations Children's Fund (UNICEF) pledged on Thursday to ship 500,000 "
                       "doses of vaccine to Angola.")
    doers = {(e.trigger.text, names.get(e.source)) for e in facts.events}
    assert {("override", "Senate"), ("ship", "UNICEF")} <= doers, facts.events


def test_a_name_hung_inside_the_next_is_a_second_doer(run):
    facts, names = run("The attack was condemned on Wednesday by Mali and Burkina Faso, which together with Niger "
                       "form a regional alliance.")
    assert sorted(names.get(e.source) for e in facts.events if e.trigger.text == "condemned") == [
        "Burkina Faso", "Mali"], facts.events


def test_a_named_person_and_a_group_arrested_are_two_arrests(run):
    facts, names = run("Former health secretary Jon Varga and two businessmen were arrested in the raid in Brazil.")
    assert sorted(names.get(e.target) for e in facts.events if e.trigger.text == "arrested") == [
        "Jon Varga", "businessmen"], facts.events


def test_a_passive_coordinated_with_a_passive_shares_its_doer(run):
    facts, names = run("Two activists were detained by police in Luanda and later released without charge.",
                       "Jon Varga was arrested by police in March and was later released on bail.")
    doers = [(e.trigger.text, names.get(e.source)) for e in facts.events if e.trigger.text == "released"]
    assert doers == [("released", "police"), ("released", None)], facts.events


def test_agents_from_two_bodies_act_for_each(run):
    facts, names = run("Rescuers from the National Disaster Agency and the Red Cross pulled 14 survivors from the mud "
                       "in Indonesia by Tuesday evening.")
    assert sorted(names.get(e.source) for e in facts.events if e.trigger.text == "pulled") == [
        "International Red Cross and Red Crescent Movement", "National Disaster Agency"], facts.events


def test_its_members_act_as_the_organisation(run):
    facts, names = run("The Cocoa Farmers Alliance of Ghana rejected the price.",
                       "Several hundred of its members marched to the board's headquarters in Accra on Thursday.")
    assert [names.get(e.source) for e in facts.events if e.trigger.text == "marched"] == [
        "Cocoa Farmers Alliance of Ghana"], facts.events


def test_the_people_at_a_protest_protest(run):
    facts, names = run("Police arrested 17 teachers at a protest outside the education ministry in Lusaka last week.",
                       "Police in Luanda fired tear gas on Thursday at thousands of nurses at a protest against a rise "
                       "in fuel prices.")
    doers = [(e.trigger.text, names.get(e.source)) for e in facts.events if e.type.startswith("14")]
    assert doers == [("protest", "teachers"), ("protest", "nurses")], facts.events


def test_the_hearers_at_a_rally_are_no_protesters(run):
    facts, names = run("\"We will not stop,\" union leader Piet Smit told reporters at the rally in Varna.",
                       "Lena Varga told supporters at a rally in Tresk on Friday that she had won.",
                       "\"We are tired,\" Mira Vell said at a rally of 2,000 nurses outside parliament in Kesto.")
    doers = [(e.trigger.text, names.get(e.source)) for e in facts.events if e.type.startswith("14")]
    assert doers == [("rally", "nurses")], facts.events


def test_a_states_mediators_and_officials_act_for_it(run):
    facts, names = run("Qatari mediators held five rounds of talks with the kidnappers in Mali since January.",
                       "Angolan officials asked Brazil to ease visa requirements for students.")
    doers = {(e.trigger.text, names.get(e.source)) for e in facts.events}
    assert {("talks", "Qatar"), ("asked", "Angola")} <= doers, facts.events


def test_a_states_rescuers_sent_abroad_act_for_it(run):
    facts, names = run("Thai rescuers pulled 17 survivors from flooded homes in the Laotian town of Tresk on Sunday.")
    assert [names.get(e.source) for e in facts.events if e.type.startswith("07")] == ["Thailand"], facts.events


def test_an_unnamed_court_acts_as_its_country(run):
    facts, names = run("Poland charged the mayor of Gdansk, Jon Varga, with bribery on Monday.",
                       "A district court in Gdansk ordered him held in custody for three months.")
    assert [names.get(e.source) for e in facts.events if e.trigger.text == "ordered"] == ["Poland"], facts.events


def test_an_unnamed_person_coordinated_with_a_named_one_is_a_second_target(run):
    facts, names = run("Opposition lawmaker Ana Varga and a journalist from Radio Kwanza were detained by police in "
                       "Luanda and released without charge late on Thursday.",
                       "Lieutenant Jon Esono and a civilian adviser were arrested later in the day in Gabon.")
    done = sorted((e.trigger.text, names.get(e.target)) for e in facts.events)
    assert done == [("arrested", "Jon Esono"), ("arrested", "adviser"), ("detained", "Ana Varga"),
                    ("detained", "journalist"), ("released", "Ana Varga"), ("released", "journalist")], done


def test_agreeing_with_a_partner_is_an_agreement_made(run):
    facts, names = run("Zambia agreed last month with the International Monetary Fund to phase out maize subsidies.",
                       "Malawi agreed to trim its budget under a programme with the World Bank in 2025.",
                       "Chile agreed to hold talks with Peru.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "agreed"] == [
        ("057", "Zambia"), ("057", "Malawi"), ("030", "Chile")], facts.events


def test_exercises_held_with_partners_are_military_cooperation(run):
    facts, names = run("Ghana's navy held exercises with Nigerian and Togolese forces off Tema in March.",
                       "Russia held military exercises near the border in April.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("062", "Ghana"), ("150", "Russia")], \
        facts.events


def test_joint_from_further_off_still_makes_the_act_a_joint_one(run):
    facts, names = run("Ghana and Togo held a joint search-and-rescue exercise off Tema in March.",
                       "Under the pact, Chile and Peru will carry out coordinated patrols on their shared frontier.")
    kinds = sorted((e.type, names.get(e.source), names.get(e.target)) for e in facts.events)
    assert kinds == [("0312", "Chile", "Peru"), ("0312", "Peru", "Chile"), ("062", "Ghana", "Togo"),
                     ("062", "Togo", "Ghana")], facts.events


def test_voting_down_a_bill_is_a_rejection(run):
    facts, names = run("The pension bill of Labour Minister Jon Varga was voted down by the National Assembly.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("120", "National Assembly")], facts.events


def test_tabling_a_motion_is_a_formal_complaint(run):
    facts, names = run("The opposition Social Democratic Union tabled a no-confidence motion against the government "
                       "on Monday.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("114", "Social Democratic Union")], \
        facts.events


def test_an_elected_official_or_registered_voters_tell_no_vote(run):
    facts, _ = run("The country has had no elected parliament since 2022.",
                   "More than 6 million Bolivians were registered to vote in the run-off.")
    assert [e.trigger.text for e in facts.events if e.type == "Election"] == ["run-off"], facts.events
    facts, _ = run("Governor Jon Varga was elected in October 2022 with 38% of the vote.")
    assert [(e.type, e.trigger.text) for e in facts.events] == [("Election", "elected")], facts.events


def test_what_an_offer_of_help_is_for_is_no_act_of_its_own(run):
    facts, names = run("Rwanda and Burundi offered to send rescue boats and divers to help search for the missing.")
    assert sorted((e.trigger.text, names.get(e.source)) for e in facts.events) == [
        ("offered", "Burundi"), ("offered", "Rwanda")], facts.events


def test_a_states_strikes_are_attacks_not_walkouts(run):
    facts, names = run("At least 14 people were killed in Russian strikes on Kharkiv on Monday.",
                       "The Nigerian doctors' strike entered its third week on Monday.")
    assert [e.type for e in facts.events if e.trigger.text == "strikes"] == ["195"] and "195" not in {
        e.type for e in facts.events if e.trigger.text == "strike"}, facts.events


def test_an_organisations_mission_acts_for_it(run):
    facts, names = run("The Nordic Monetary Fund (NMF) approved a $2 billion loan for Ghana on Friday.",
                       "The deal followed two weeks of talks between the NMF mission and Ghanaian officials in Accra.")
    doers = [names.get(e.source) for e in facts.events if e.trigger.text == "talks"]
    assert doers == ["Nordic Monetary Fund", "Ghana"], facts.events


def test_a_speakers_own_office_acts_for_the_speaker(run):
    facts, names = run("Norland's attorney general, Jon Brek, said on Monday that his office had asked Interpol to "
                       "keep the warrant active.")
    doers = [names.get(e.source) for e in facts.events if e.trigger.text == "asked"]
    assert doers == ["Jon Brek"], facts.events


def test_a_forces_ships_and_aircraft_act_for_it(run):
    facts, names = run("Greek navy vessels resumed the search for the missing sailors on Friday.",
                       "A coast guard helicopter rescued three sailors off Crete on Saturday.")
    doers = sorted((e.trigger.text, names.get(e.source)) for e in facts.events if e.type.startswith("07"))
    assert doers == [("rescued", "coast guard"), ("search", "Greece")], doers


def test_it_that_stands_for_no_entity_is_the_body_that_says_it(run):
    facts, names = run("Riots broke out in the city on Friday over the price of bread.",
                       "The unrest began when the economy ministry raised the price of flatbread by 35%. Hundreds of "
                       "people blocked the highway that evening.",
                       "A teenager, Rami Aoun, was shot dead during clashes early on Sunday. The army denied that its "
                       "troops had used live ammunition and said it had opened an investigation into the killing.")
    doers = [names.get(e.source) for e in facts.events if e.trigger.text == "investigation"]
    assert doers == ["army"], facts.events


def test_the_day_that_ends_a_second_act_dates_the_first(run):
    facts, names = run("Opposition lawmaker Ana Varga was detained by police for several hours and released without "
                       "charge late on Thursday.",
                       "Inmates also set mattresses on fire and took four guards hostage on Sunday.",
                       "Opposition leader Jon Amari accused the government of corruption and called for a general "
                       "strike on Tuesday.",
                       published=dt.date(2026, 6, 5))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates["detained"] == "2026-06-04" and dates["set"] == "2026-05-31", facts.events
    assert dates["accused"] == "2026-06-05", facts.events


def test_what_a_carried_act_did_takes_its_date(run):
    facts, names = run("Gunmen attacked a police post near Ayorou on Monday, the army said.",
                       "The attackers set fire to two armoured vehicles and seized weapons before withdrawing, "
                       "according to a security source.",
                       published=dt.date(2025, 3, 12))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates.get("set") == "2025-03-10" and dates.get("seized") == "2025-03-10", facts.events


def test_an_act_against_protesters_takes_their_protests_day(run):
    facts, names = run("Police fired tear gas at about 2,000 nurses who marched through central Lusaka on Tuesday.",
                       "Opposition activists who tried to march on the parliament building on Friday were "
                       "dispersed with tear gas by police.",
                       published=dt.date(2026, 2, 11))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates.get("tear gas") == "2026-02-10" and dates.get("dispersed") == "2026-02-06", facts.events


def test_what_a_dated_document_says_takes_its_date(run):
    facts, names = run("In an indictment filed last May, prosecutors accused Mayor Jon Marek of receiving bribes.",
                       published=dt.date(2026, 3, 19))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates.get("accused") == "2025-05", facts.events


def test_a_coordinated_act_with_its_own_auxiliary_keeps_its_own_time(run):
    facts, names = run("The World Health Organization said it had sent 250,000 doses of vaccine to Norland and would "
                       "deploy a team of epidemiologists next week.",
                       published=dt.date(2026, 1, 16))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates.get("sent") == "2026-01-16", facts.events


def test_a_later_mention_dates_an_event_more_finely(run):
    facts, names = run("Ostavia's opposition rejected the result of last month's presidential election on Thursday.",
                       "Turnout in the April 12 presidential election was 40%, the commission said.",
                       published=dt.date(2026, 5, 7))
    dates = [e.when.value for e in facts.events if e.type == "Election"]
    assert dates == ["2026-04-12"], facts.events


def test_an_act_done_in_the_event_told_before_takes_its_date(run):
    facts, names = run("Police raided the offices of Governor Jon Marek in April.",
                       "Former health secretary Ana Varga and two businessmen were arrested in the raid and remain in "
                       "custody.",
                       published=dt.date(2026, 5, 7))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates.get("arrested") == "2026-04", facts.events


def test_a_definite_noun_told_before_takes_its_date(run):
    facts, names = run("Azerbaijan and Syria signed a gas supply agreement in Baku on Tuesday, officials said.",
                       "Deliveries will begin in July.",
                       "The agreement, which was signed by Azerbaijan's energy minister, Jon Marek, and his Syrian "
                       "counterpart, Ana Varga, at a ceremony in the capital, runs for ten years.",
                       published=dt.date(2026, 4, 22))
    dates = {names.get(e.source): e.when.value for e in facts.events if e.type == "057"}
    assert dates.get("Jon Marek") == "2026-04-21", facts.events


def test_what_the_agent_of_a_dated_act_said_in_it_takes_its_date(run):
    facts, names = run("The motion was filed two weeks ago by opposition lawmaker Jon Marek, who accused President "
                       "Ana Varga of lying to Congress.",
                       published=dt.date(2026, 10, 9))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates.get("accused") == "2026-09", facts.events


def test_fighting_told_breaking_out_is_an_event_whoever_fought(run):
    facts, names = run("Clashes broke out on Sunday along the disputed border.",
                       "More than 50,000 people have fled since the war, which erupted in April 2024, reached the "
                       "capital.",
                       "Fighting between the army and the rebels erupted again on Friday.",
                       published=dt.date(2026, 3, 12))
    fights = {e.trigger.text.lower(): e.when.value for e in facts.events if e.type.startswith("19")}
    assert fights.get("clashes") == "2026-03-08" and fights.get("war") == "2024-04", facts.events
    assert not [e for e in facts.events if e.type == "Disaster"], facts.events  # no volcano erupted


def test_fighting_that_goes_on_is_no_new_event(run):
    facts, names = run("Clashes continued along the border, and the fighting has forced thousands from their homes.",
                       published=dt.date(2026, 3, 12))
    assert not [e for e in facts.events if e.type.startswith("19") and e.source is None], facts.events


def test_hyphenated_titles_and_ranks_after_a_post_that_is_also_a_rank(run):
    facts, names = run("Auditor-General Ana Varga said the council had lost money.",
                       "Norland's navy commander Rear Admiral Jon Tavik said the tanker was seized.",
                       "Police spokesman Inspector General Tom Dravik said 12 people were held.",
                       "Her fellow deputy secretary general, Eva Lind, said the strike would go ahead.",
                       "Army commander General Piet Smit said the rebels had fled.")
    offices = {(names[o.holder], o.title.lower()) for o in facts.offices}
    assert {t for h, t in offices if h == "Piet Smit"} == {"army commander", "general"}, offices  # a one-word rank
    # after a post that is also a rank
    assert {t for h, t in offices if h == "Ana Varga"} == {"auditor-general"}, offices
    assert {t for h, t in offices if h == "Jon Tavik"} == {"navy commander", "rear admiral"}, offices
    assert {t for h, t in offices if h == "Tom Dravik"} == {"police spokesman", "inspector general"}, offices
    assert {t for h, t in offices if h == "Eva Lind"} == {"deputy secretary general"}, offices


def test_an_indefinite_apposition_with_a_demonym_and_a_post_is_an_office(run):
    facts, names = run("Jon Tavik, a Ukrainian military spokesman, told television the strike had worked.",
                       "Ana Varga, a far-right leader, and Tom Dravik, a Danish citizen, were also there.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert offices == {("Jon Tavik", "military spokesman", "Ukraine")}, offices


def test_a_counterpart_set_off_by_commas_after_a_coordinated_leader(run):
    facts, names = run("Thailand's Prime Minister Ana Varga and her Cambodian counterpart, Pich Sovann, agreed to a "
                       "ceasefire on Tuesday.",
                       "Police arrested Tom Dravik and his brother, Eli Dravik, on Monday.")
    offices = {(names[o.holder], o.title.lower()) for o in facts.offices}
    assert offices == {("Ana Varga", "prime minister"), ("Pich Sovann", "prime minister")}, offices


def test_police_and_army_ranks_below_sergeant_are_titles(run):
    facts, names = run("Constable Jon Tavik, 31, pleaded not guilty on Monday.",
                       "Corporal Ana Varga was wounded in the attack.")
    offices = {(names[o.holder], o.title.lower()) for o in facts.offices}
    assert offices == {("Jon Tavik", "constable"), ("Ana Varga", "corporal")}, offices


def test_an_acronym_taken_for_a_pronoun_before_a_department_director(run):
    facts, names = run("WHO emergencies director Ana Varga said the attack on the clinic was unacceptable.",
                       "Jon Tavik, executive director of the World Food Programme, agreed.")
    offices = {(names[o.holder], o.title.lower(), names.get(o.organization)) for o in facts.offices}
    assert ("Ana Varga", "emergencies director", "World Health Organization") in offices, offices
    heads = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "headOf"}
    assert heads == {("Jon Tavik", "World Food Programme")}, heads  # one department's director leads no body


def test_weapons_that_strike_are_their_state_attacking(run):
    facts, names = run("Ukrainian drones struck an oil refinery in southern Russia overnight, officials said on "
                       "Wednesday.",
                       "Last month, Ukrainian drones also hit a refinery in the Samara region.",
                       "A storm hit the coast on Monday, and a strike hit the port on Tuesday.",
                       published=dt.date(2026, 3, 18))
    strikes = [(e.type, names.get(e.source)) for e in facts.events if e.type[:2] == "19"]
    assert strikes == [("195", "Ukraine"), ("195", "Ukraine")], facts.events


def test_craft_offered_for_relief_are_aid_not_force(run):
    facts, names = run("Argentina offered to send firefighting aircraft on Tuesday.",
                       "Greece dispatched two firefighting aircraft to the island.",
                       "Russia will send warships to the region.",
                       published=dt.date(2026, 1, 28))
    kinds = {names.get(e.source): e.type for e in facts.events}
    assert kinds.get("Argentina") == "0333" and kinds.get("Greece") == "073", facts.events
    assert kinds.get("Russia", "")[:2] == "13", facts.events


def test_a_ceasefire_agreed_to_or_accepted_is_made_not_promised(run):
    facts, names = run("Both armed groups accepted the ceasefire during talks in the port city on Monday.",
                       "Norland agreed to the truce on Wednesday.",
                       "Kenya agreed to the plan on Thursday.",
                       published=dt.date(2026, 3, 14))
    kinds = {e.trigger.text: e.type for e in facts.events}
    assert kinds.get("accepted") == "0871", facts.events
    assert [e.type for e in facts.events if e.trigger.text == "agreed"] == ["0871", "030"], facts.events


def test_a_plea_in_court_is_a_denial_or_an_admission_not_an_appeal(run):
    facts, names = run("Constable Jon Tavik, 31, pleaded not guilty at the court on Monday.",
                       "Ana Varga pleaded guilty to fraud on Tuesday.",
                       published=dt.date(2026, 3, 14))
    pleas = {names.get(e.source): e.type for e in facts.events}
    assert pleas == {"Jon Tavik": "016", "Ana Varga": "015"}, facts.events


def test_more_group_nouns_act_as_groups(run):
    facts, names = run("Opposition councillors threatened on Monday to boycott the budget vote in Velden.",
                       "Pickets blocked the main road to the factory on Tuesday.")
    sources = {e.trigger.text: names.get(e.source) for e in facts.events}
    assert sources.get("boycott") == "councillors", facts.events
    assert sources.get("blocked") == "pickets", facts.events


def test_an_act_coordinated_with_a_passive_is_done_by_its_subject(run):
    facts, names = run("Mayor Ivo Brankovic, who was arrested in May and resigned a week later, denied the charges "
                       "on Thursday.")
    sources = {e.trigger.text: names.get(e.source) for e in facts.events}
    assert sources.get("resigned") == "Ivo Brankovic", facts.events


def test_an_unnamed_subject_is_the_name_set_beside_it(run):
    facts, names = run("Prime Minister Jon Tavik's junior coalition partner, the Green Alliance party, demanded the "
                       "resignation of the finance minister on Monday.")
    sources = {e.trigger.text: names.get(e.source) for e in facts.events}
    assert sources.get("demanded") == "Green Alliance", facts.events


def test_a_leaders_or_a_countrys_own_government_acts_for_the_country(run):
    facts, names = run("Peru, next door, counted 12 measles cases in March, and its government has asked Bolivia "
                       "to share surveillance data.")
    asked = next(e for e in facts.events if e.trigger.text == "asked")
    assert names.get(asked.source) == "Peru", facts.events
    facts, names = run("QUITO, Ecuador - President Jon Tavik faces a run-off vote on Sunday.",
                       "His government last week asked the United Nations to send observers.")
    asked = next(e for e in facts.events if e.trigger.text == "asked")
    assert names.get(asked.source) == "Ecuador", facts.events


def test_an_unnamed_subject_acts_with_the_named_one_coordinated_with_it(run):
    facts, names = run("A Liberian-flagged cargo ship and a Greek coast guard patrol boat rescued 40 migrants off "
                       "Crete on Sunday.")
    rescued = [names.get(e.source) for e in facts.events if e.trigger.text == "rescued"]
    assert rescued == ["Greece"], facts.events


def test_a_lawyers_client_is_the_one_whose_lawyer_speaks(run):
    facts, names = run("Former Interior Minister Jon Tavik was arrested in Warsaw on Monday.",
                       "Tavik's lawyer, Ana Varga, said his client would appeal the custody ruling.")
    appeal = next(e for e in facts.events if e.trigger.text == "appeal")
    assert names.get(appeal.source) == "Jon Tavik", facts.events


def test_personnel_and_assemblies_act_as_groups(run):
    facts, names = run("A Filipino fisherman was detained on Sunday by Chinese navy personnel near the shoal.",
                       "Student assemblies called a nationwide general strike for Monday.")
    sources = {e.trigger.text: names.get(e.source) for e in facts.events}
    assert sources.get("detained") == "China", facts.events
    assert sources.get("general strike") == "assemblies", facts.events


def test_a_gerund_after_a_passive_is_done_by_its_subject(run):
    facts, names = run("Dozens of young men were detained on Friday for looting a warehouse near the port.")
    looted = [names.get(e.source) for e in facts.events if e.trigger.text == "looting"]
    assert looted == ["men"], facts.events


def test_a_group_calling_itself_by_a_name_is_that_name(run):
    facts, names = run("A previously unknown group calling itself the Northern Youth Front claimed responsibility "
                       "for the attack on the pipeline.")
    claimed = [names.get(e.source) for e in facts.events if e.type.startswith("015")]
    assert claimed == ["Northern Youth Front"], facts.events


def test_a_state_of_catastrophe_is_emergency_rule(run):
    facts, names = run("Chile's president, Ana Varga, declared a state of catastrophe across three southern "
                       "provinces on Tuesday night.", published=dt.date(2026, 1, 28))
    assert [(e.type, names.get(e.source), e.when.value) for e in facts.events] == [
        ("1724", "Ana Varga", "2026-01-27")], facts.events


def test_a_foreigner_ordered_to_leave_is_expelled_residents_are_evacuated(run):
    facts, names = run("On Tuesday Ethiopia ordered her to leave the country within five days.",
                       "Niger has ordered the most senior UN aid official to leave within a week.",
                       "The governor ordered all 9,000 residents to leave on Monday.",
                       published=dt.date(2025, 11, 5))
    kinds = [(names.get(e.source), e.type) for e in facts.events]
    assert kinds == [("Ethiopia", "174"), ("Niger", "174"), (None, "Migration")], facts.events


def test_what_a_protest_demands_is_no_demand_of_its_own(run):
    facts, names = run("Hundreds of protesters have camped outside the ministry since Sunday, demanding that the "
                       "government cancel a rise in water prices.",
                       "About 20,000 people joined the march towards the presidential palace, demanding lower taxes.",
                       "Farmers blocked the main road on Wednesday, waving flags and demanding lower fuel prices.",
                       published=dt.date(2025, 9, 21))
    assert not [e for e in facts.events if e.type[:2] == "10"], facts.events


def test_a_promise_takes_the_date_of_the_act_it_promises(run):
    facts, names = run("Prime Minister Jon Tavik promised to name a new cabinet by Friday.",
                       "Finance Minister Ana Varga promised that cash grants would reach every family next month.",
                       published=dt.date(2025, 9, 24))
    dates = {names.get(e.source): e.when.value for e in facts.events if e.trigger.text == "promised"}
    assert dates == {"Jon Tavik": "2025-09-26", "Ana Varga": "2025-10"}, facts.events


def test_a_promised_goal_year_does_not_date_the_promise(run):
    facts, names = run("The two governments pledged on Wednesday to double trade to $20 billion by 2030.",
                       published=dt.date(2026, 4, 22))
    dates = [e.when.value for e in facts.events if e.trigger.text == "pledged"]
    assert dates == ["2026-04-22"], facts.events


def test_since_a_calendar_day_dates_the_act_to_that_day(run):
    facts, names = run("The African Union envoy, Jon Tavik, has visited Somalia four times since Oct. 20, meeting "
                       "President Ana Varga.",
                       published=dt.date(2025, 11, 1))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates.get("visited") == "2025-10-20", facts.events


def test_a_day_after_counts_from_the_past_act_told_before(run):
    facts, names = run("General Jon Tavik was detained by gendarmes at his home before dawn on Thursday, the minister "
                       "said.",
                       "The arrest came a day after police raided a warehouse in the capital, the minister said.",
                       published=dt.date(2025, 3, 14))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates.get("raided") == "2025-03-12", facts.events


def test_a_weekday_with_the_present_tense_lies_ahead(run):
    facts, names = run("Foreign Minister Ana Varga travels on Friday to Mozambique, where she is due to meet "
                       "President Jon Tavik.",
                       published=dt.date(2026, 4, 23))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates.get("meet") == "2026-04-24", facts.events


def test_an_act_told_as_weeks_long_takes_the_month(run):
    facts, names = run("Parliament approved the budget on Tuesday after two weeks of protests by teachers in "
                       "Ruritania, Speaker Jon Tavik said.",
                       published=dt.date(2026, 3, 12))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates.get("protests") == "2026-03", facts.events


def test_an_act_takes_the_year_of_what_it_followed(run):
    facts, names = run("About 2 million Ruritanians live in Chad, many of whom fled after rebels captured the "
                       "capital in 2019.",
                       published=dt.date(2025, 6, 19))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates.get("fled") == "2019", facts.events


def test_a_date_on_a_present_participle_dates_the_act_it_describes(run):
    facts, names = run("Ruritanian police arrested dozens of nurses demanding higher pay outside the health ministry "
                       "in the capital on Monday, and 12 nurses have been charged, the union said on Wednesday.",
                       published=dt.date(2026, 1, 28))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates.get("arrested") == "2026-01-26", facts.events


def test_a_demand_to_a_court_planned_in_ones_own_words_is_a_threat(run):
    facts, names = run("Defence lawyer Ana Varga said she would ask the appeals court in May to quash the "
                       "indictment.", published=dt.date(2026, 4, 20))
    asks = [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text == "ask"]
    assert asks == [("130", "Ana Varga")], facts.events


def test_taking_a_matter_to_a_court_or_council_is_a_legal_step(run):
    facts, names = run("Kenya would take the matter to the African Union unless the sailors were released, the "
                       "foreign minister said on Thursday.",
                       "She took the bus to work.",
                       published=dt.date(2026, 3, 19))
    takes = [(e.type, names.get(e.source)) for e in facts.events if e.trigger.text in ("take", "took")]
    assert takes == [("130", "Kenya")], facts.events


def test_a_candidate_who_leads_one_round_and_faces_a_rival_in_the_next(run):
    facts, names = run("Ex-banker Ana Varga came first in the opening round of the presidential election on Sunday "
                       "and will face conservative lawmaker Jon Tavik in a run-off on April 5.",
                       published=dt.date(2026, 2, 2))
    runs = [(names.get(e.source), names.get(e.target), e.when.value) for e in facts.events if e.type == "Candidacy"]
    assert runs == [("Ana Varga", "Jon Tavik", "2026-04-05")], facts.events


def test_a_past_speech_verb_after_a_would_clause_keeps_the_first_speaker(run):
    facts, names = run("President Ana Varga declared a state of emergency on Tuesday.",
                       "She said the government would send 900 soldiers to help rescuers and warned that looters "
                       "would face \"the harshest of penalties\".")
    speakers = {q.text: names.get(q.speaker) for q in facts.quotes}
    assert speakers == {"the harshest of penalties": "Ana Varga"}, speakers


def test_a_speaker_named_right_after_said_whom_the_parse_hangs_elsewhere(run):
    facts, names = run("\"The river rose to our windows in minutes. We saved nothing,\" said Leila Haddou Benali, a "
                       "baker in Oued Laou, who was sleeping with her two sons in a gym turned into a shelter.")
    speakers = [names.get(q.speaker) for q in facts.quotes]
    assert speakers == ["Leila Haddou Benali"], facts.quotes


def test_a_date_that_only_ends_what_was_offered_is_not_the_offer_s(run):
    facts, _ = run("The port's chief executive, Jan Vermaelen, said employers had offered a job guarantee until 2030.",
                   published=dt.date(2026, 2, 11))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates.get("offered") == "2026-02-11", facts.events


def test_a_day_inside_what_a_distance_counts_from_is_no_anchor(run):
    facts, _ = run("LUANDA, April 23 (AFP) - The memoranda were signed at the foreign ministry in Luanda by Lucena "
                   "and her Angolan counterpart, Foreign Minister Adriano Kalunga Mbemba, two days after Lucena, who "
                   "arrived on Tuesday, had been received by President Jorge Mabiala at the Alta palace.",
                   published=dt.date(2026, 4, 23))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates.get("received") == "2026-04-21", facts.events


def test_an_act_a_distance_measures_lies_that_far_from_what_it_counts_from(run):
    facts, _ = run("The electoral commission declared the president the winner of the April 12 vote with 71% of "
                   "the votes.",
                   "Opposition leader Kofi Mensavi, who was detained two days before polling on charges of inciting "
                   "unrest, was credited with 22%.",
                   published=dt.date(2026, 5, 7))
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates.get("detained") == "2026-04-10", facts.events


def test_an_untagged_acronym_of_an_international_body_is_that_body(run):
    facts, names = run("The United Nations peacekeeping mission in Congo, MONUSCO, condemned the shelling.",
                       "The European Anti-Fraud Office opened its own inquiry into the contract.")
    labels = set(names.values())
    assert any("Stabilization Mission" in label for label in labels), labels
    assert "European Anti-Fraud Office" in labels, labels


def test_a_state_or_province_name_is_a_place(run):
    facts, names = run("The kidnappers took 20 women from a village in northwestern Nigeria's Katsina State.",
                       "Fighters of Islamic State Sahel Province attacked the post.")
    assert by_label(facts, "Katsina State").type == PLACE
    assert all(e.type != PLACE for e in facts.entities if e.label.startswith("Islamic")), facts.entities


def test_a_named_hotel_dam_or_station_is_a_place(run):
    facts, names = run("Gunmen stormed the Lakeview Crest Hotel in Nairobi on Monday.",
                       "Water levels behind the Great Tarvo Dam fell sharply.",
                       "Two reporters were held at the Central Police Station overnight.")
    for label in ("Lakeview Crest Hotel", "Great Tarvo Dam", "Central Police Station"):
        assert by_label(facts, label).type == PLACE, facts.entities


def test_two_places_joined_by_and_are_two_places(nlp):
    doc = nlp("Firefighters from Velmora and Dastin fought the flames. The Korvath and Ulmen dams were low. "
              "The Procter and Gamble board met.")
    doc.ents = [doc.char_span(doc.text.index(name), doc.text.index(name) + len(name), label="ORG")
                for name in ("Velmora and Dastin", "Korvath and Ulmen", "Procter and Gamble")]
    doc = nlp.get_pipe("kg_entity_fix")(doc)
    found = {(e.text, e.label_) for e in doc.ents}
    assert {("Velmora", "GPE"), ("Dastin", "GPE"), ("Korvath", "GPE"), ("Ulmen", "GPE")} <= found, found
    assert ("Procter and Gamble", "ORG") in found, found


def test_a_bodys_name_goes_on_with_of_and_its_post(run, nlp):
    facts, names = run("Norland has extradited 40 people since 2010, according to figures from the Attorney "
                       "General's Office. Legal experts said the Supreme Court would rule.")
    assert "Attorney General's Office" in set(names.values()), names
    doc = nlp("The Tarvo Chamber of Commerce and the Confederation of Workers demanded her resignation.")
    doc.ents = []
    doc = nlp.get_pipe("kg_entity_fix")(doc)
    assert "Tarvo Chamber of Commerce" in [e.text for e in doc.ents], doc.ents


def test_a_countrys_possessive_is_no_part_of_its_bodys_name(run):
    facts, names = run("Sierra Leone’s Rice and Palm Oil Board said it was ready to work with Liberia.")
    labels = set(names.values())
    assert "Rice and Palm Oil Board" in labels and "Sierra Leone" in labels, labels


def test_a_bodys_name_opening_with_two_words_joined_by_and_is_whole(run):
    facts, names = run("Later on Tuesday, Justice Ana Roth of the Mining and Labour Appeals Court ordered the "
                       "two unions to suspend the strike.")
    assert "Mining and Labour Appeals Court" in set(names.values()), names


def test_a_territory_in_the_table_of_countries_is_a_place(run):
    facts, names = run("France will send a frigate to patrol the waters off New Caledonia, officials said.")
    assert by_label(facts, "New Caledonia").type == PLACE
    assert by_label(facts, "France").type == COUNTRY


def test_two_names_before_a_plural_of_provinces_are_both_provinces(nlp):
    doc = nlp("A new power line will link the Tarvo Lund and Kessel provinces next year.")
    doc.ents = [doc.char_span(doc.text.index(name), doc.text.index(name) + len(name), label=label)
                for name, label in (("Tarvo Lund", "PERSON"), ("Kessel", "GPE"))]
    doc = nlp.get_pipe("kg_entity_fix")(doc)
    assert ("Tarvo Lund", "GPE") in [(e.text, e.label_) for e in doc.ents], doc.ents


def test_a_capital_standing_for_its_government_is_the_country(run):
    facts, names = run("A State Department spokesman said Washington stood by its treaty ally.",
                       "China's foreign ministry spokesman said in Beijing that it would respond.")
    assert "Washington" in by_label(facts, "United States").aliases, facts.entities
    assert not any(e.label == "Washington" for e in facts.entities), facts.entities
    assert by_label(facts, "Beijing").type == CITY



def test_a_capital_shared_with_a_former_or_smaller_country_is_the_living_larger_ones(run):
    facts, names = run("Belgrade said on Monday that it would recall its envoy.",
                       "Kingston said the next day that it would do the same.")
    assert "Belgrade" in by_label(facts, "Serbia").aliases, facts.entities
    assert "Kingston" in by_label(facts, "Jamaica").aliases, facts.entities

def test_a_square_named_plaza_is_a_place(run):
    facts, names = run("Mothers marched in front of the Plaza de Mayo in Buenos Aires on Thursday.")
    assert by_label(facts, "Plaza de Mayo").type == PLACE


def test_a_party_dissolved_is_banned_and_boats_intercepted_are_stopped(run):
    facts, names = run("Cambodia's Constitutional Court on Monday dissolved the opposition Sunrise Party.",
                       "On Sunday, the Tunisian coast guard intercepted two boats off Sfax.",
                       "Greek fighter jets intercepted Turkish jets over the Aegean.",
                       published=dt.date(2026, 4, 22))
    kinds = [(e.trigger.text, e.type) for e in facts.events]
    assert kinds == [("dissolved", "1722"), ("intercepted", "191")], facts.events


def test_a_candidacy_rejected_is_a_candidate_barred_but_a_plan_rejected_is_turned_down(run):
    facts, names = run("The Varna Electoral Commission on Monday rejected Jon Tavik's candidacy.",
                       "In Kesto, the Supreme Electoral Board rejected the nomination of Lena Varga on Tuesday.",
                       "The opposition rejected the budget plan on Wednesday.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [
        ("1722", "Varna Electoral Commission"), ("1722", "Supreme Electoral Board"), ("120", "opposition")], \
        facts.events


def test_a_vaccination_campaign_is_humanitarian_aid(run):
    facts, names = run("Malawi's health ministry launched a vaccination campaign in Lilongwe on Sunday.",
                       published=dt.date(2025, 8, 20))
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("073", "Malawi")], facts.events


def test_boats_or_migrants_turned_back_are_expelled(run):
    facts, names = run("The Greek coast guard towed the rubber boat back to Turkish waters on Friday.",
                       "Hungarian border guards turned back 300 migrants on Tuesday.",
                       "Police pushed back protesters outside parliament.",
                       published=dt.date(2025, 3, 14))
    assert [(e.type, names.get(e.source)) for e in facts.events if e.type == "174"] == [
        ("174", "Greece"), ("174", "Hungary")], facts.events


def test_a_strike_called_for_a_day_ahead_is_dated_to_that_day(run):
    facts, names = run("The Varna Miners Federation called a national strike for next Friday.",
                       "The Tavik Port Workers Union called a strike for Monday.", published=dt.date(2026, 4, 15))
    dates = {names.get(e.source): (e.type, e.when.value) for e in facts.events}  # 2026-04-15 is a Wednesday
    assert dates == {"Varna Miners Federation": ("133", "2026-04-17"),  # the coming Friday
                     "Tavik Port Workers Union": ("143", "2026-04-13")}, facts.events  # held: the past Monday


def test_an_event_days_or_weeks_long_dated_by_its_end_takes_its_start(run):
    facts, _ = run("Varna's foreign minister, Jon Tavik, ended a four-day visit to Lusitania on Friday.",
                   "The truce followed three weeks of talks between Varna and Lusitania.",
                   published=dt.date(2026, 5, 9))  # a Saturday
    dates = {e.trigger.text: (e.when.value, e.when.precision) for e in facts.events}
    assert dates["visit"] == ("2026-05-05", "day"), facts.events  # Friday 8 May was its fourth day
    assert dates["talks"] == ("2026-05", "month"), facts.events  # weeks long: the month it ended in


def test_an_act_in_a_clause_after_since_a_day_when_is_of_that_day(run):
    facts, names = run("Truck drivers have parked their lorries across the road into Ostrel since Monday, when the "
                       "Varna Drivers Union began the strike to demand a steady supply of fuel.",
                       published=dt.date(2026, 4, 15))  # a Wednesday
    dates = {e.trigger.text: e.when.value for e in facts.events}
    assert dates["demand"] == "2026-04-13", facts.events  # the Monday the strike began, not a span


def test_a_year_that_bounds_a_superlative_is_no_date_of_what_is_compared(run):
    facts, _ = run("The Ostrel valley has been hit by a cholera outbreak. The outbreak is the worst in the valley "
                   "since 2019, when 40 people died.", published=dt.date(2026, 5, 8))
    (outbreak,) = [e for e in facts.events if e.trigger.text == "outbreak"]
    assert outbreak.when.value == "2026-05-08", facts.events  # the last one as bad was in 2019, not this one


#: One act in a sentence published on a Wednesday, 15 April 2026 (its trigger) and the date it is given.
WHEN_OF_ONE_ACT = {
    "a date before the conjunction of a subordinate clause dates the main clause": (
        "The mining bill was rejected by the Varna Senate last month after the Chamber of Deputies approved it in "
        "February.", "rejected", ("2026-03", "month")),
    "an act against people who threw stones on a day is of that day": (
        "Varna riot police fired rubber bullets at farmers who hurled rocks at the customs post in Ostrel late on "
        "Monday.", "rubber bullets", ("2026-04-13", "day")),
    "an act takes the time of its when-clause": (
        "The Varna Teachers Union said it would demand the same pay rise for school cooks when its own negotiations "
        "with the city begin next month.", "demand", ("2026-05", "month")),
}


@pytest.mark.parametrize("text, trigger, when", WHEN_OF_ONE_ACT.values(), ids=WHEN_OF_ONE_ACT.keys())
def test_when_of_one_act(run, text, trigger, when):
    facts, _ = run(text, published=dt.date(2026, 4, 15))
    (act,) = [e for e in facts.events if e.trigger.text == trigger or trigger in (m.text for m in e.mentions)]
    assert (act.when.value, act.when.precision) == when, facts.events


def test_members_of_a_named_force_or_party_act_as_it(run):
    facts, names = run("Fighters from the Varna Liberation Front attacked an army post near Tresk on Monday.",
                       "Deputies from the Green Union and the Civic Alliance walked out of the chamber on Tuesday.",
                       "The Marlin Trust's crew pulled nine fishermen from the sea on Wednesday.")
    assert {(e.type[:2], names.get(e.source)) for e in facts.events} == {
        ("19", "Varna Liberation Front"), ("14", "Green Union"), ("14", "Civic Alliance"), ("07", "Marlin Trust")}


def test_members_named_by_their_force_before_them_act_as_it(run):
    facts, names = run("The navy imposed a blockade along the coast, days after ethnic Tarvo Front (TF) rebels seized "
                       "the port town of Lusk.")
    assert [names.get(e.source) for e in facts.events if e.trigger.text == "seized"] == ["Tarvo Front"], facts.events


def test_the_government_is_the_one_named_before_as_a_doer_not_the_datelines(run):
    facts, names = run("OSLO, May 2 (AP) - Peru's government and the Tarvo Front opened a new round of talks in Oslo "
                       "on Wednesday, eight weeks after the government suspended the dialogue.",
                       "Later, the government pledged 20 million euros for schools in the border region.")
    sources = {e.trigger.text: names.get(e.source) for e in facts.events}
    assert sources["suspended"] == sources["pledged"] == "Peru", facts.events


def test_names_the_parser_hung_on_the_noun_before_a_subjectless_verb_are_its_doers(nlp):
    from spacy.tokens import Doc

    from kg.extract.events import _subject

    # the parse the model gives in a longer text: "Peru and Chile" coordinated with "experts", "dispatched" with "send"
    words = ["Norland", "said", "it", "would", "send", "experts", ",", "and", "Peru", "and", "Chile", "dispatched",
             "planes", "."]
    heads = [1, 1, 4, 4, 1, 4, 5, 5, 5, 8, 8, 4, 11, 1]
    deps = ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct", "cc", "conj", "cc", "conj", "conj", "dobj",
            "punct"]
    pos = ["PROPN", "VERB", "PRON", "AUX", "VERB", "NOUN", "PUNCT", "CCONJ", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN",
           "PUNCT"]
    tags = ["NNP", "VBD", "PRP", "MD", "VB", "NNS", ",", "CC", "NNP", "CC", "NNP", "VBD", "NNS", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert _subject(doc[11]).text == "Peru"
    assert _subject(doc[4]).text == "it"


def test_people_the_parser_took_for_what_was_said_are_who_had_fled(nlp):
    from spacy.tokens import Doc

    from kg.extract.events import _subject

    # the parse the model gives in a longer text: "people" the object of "said", "fled" coordinated with it
    words = ["UNICEF", "said", "900", "people", "had", "fled", "to", "Tresk", "."]
    heads = [1, 1, 3, 1, 5, 1, 5, 6, 1]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "aux", "conj", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "NUM", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "CD", "NNS", "VBD", "VBN", "IN", "NNP", "."]
    lemmas = ["UNICEF", "say", "900", "people", "have", "flee", "to", "Tresk", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert _subject(doc[5]).text == "people"


def test_a_title_taken_for_a_body_gives_way_to_the_person_named_beside_it(run):
    facts, names = run("Togo's Minister of Communication and Media, Piet Smit, rejected the report on Monday.")
    assert [(e.type, names.get(e.source)) for e in facts.events] == [("016", "Piet Smit")], facts.events


def test_those_who_helped_the_subject_do_the_act_too(run):
    facts, names = run("Soldiers of the Varna Defence Force, helped by local farmers, have rescued about 300 people "
                       "by boat since Friday.")
    assert {(e.type, names.get(e.source)) for e in facts.events} == {
        ("073", "Varna Defence Force"), ("073", "farmers")}, facts.events


def test_a_judge_of_a_named_court_rules_for_the_court(run):
    facts, names = run("Justice Lena Varga of the Tresk Labour Court ordered the Varna Teachers Union to suspend the "
                       "strike on Monday.",
                       "Magistrate Piet Smit ordered that the driver be held in custody for ten days.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.type == "CourtRuling"] == [
        ("CourtRuling", "Tresk Labour Court"), ("CourtRuling", "Piet Smit")], facts.events


def test_each_person_named_beside_a_plural_object_is_a_target(run):
    facts, names = run("Police detained two student leaders, Jon Tavik and Lena Varga, on Monday.")
    assert [(e.type, names.get(e.target)) for e in facts.events] == [
        ("173", "Jon Tavik"), ("173", "Lena Varga")], facts.events


def test_two_subjects_the_parser_left_uncoordinated_both_act(run):
    facts, names = run("Peru's health ministry and the WHO began a vaccination drive in Cusco on Sunday.")
    assert {(e.type, names.get(e.source)) for e in facts.events} == {
        ("073", "Peru"), ("073", "World Health Organization")}, facts.events


def test_an_office_named_by_its_organisation_acts_as_it(run):
    facts, names = run("The U.N. human rights office demanded an impartial inquiry into the deaths in Tresk.")
    assert [(e.type[:2], names.get(e.source)) for e in facts.events] == [("10", "United Nations")], facts.events


def test_officials_from_both_sides_act_for_each_of_the_two_states(run):
    facts, names = run("Chile accused Argentina on Sunday of sending a warship into its waters near the disputed "
                       "islands.", "Officials from both sides are to meet in Lima next week.")
    assert [(names.get(e.source), names.get(e.target)) for e in facts.events if e.type == "036"] == [
        ("Chile", "Argentina"), ("Argentina", "Chile")]  # planned talks, each way


def test_guards_and_experts_from_a_body_or_both_sides_act_for_it(run):
    facts, names = run("Chile and Argentina signed a border pact on Monday.",
                       "In May, border guards from the two sides exchanged fire near Varna.",
                       "The voter roll was audited by experts from the African Union, who found few errors.")
    assert [(names.get(e.source), names.get(e.target)) for e in facts.events if e.type.startswith("19")] == [
        ("Chile", "Argentina"), ("Argentina", "Chile")]
    assert [names.get(e.source) for e in facts.events if e.type.startswith("09")] == ["African Union"]


def test_talks_held_with_someone_are_held_by_both_sides(run):
    facts, names = run("Norland's Foreign Minister Jon Tavik held talks with Prime Minister Piet Smit in Varna on "
                       "Tuesday.", "Lena Varga said she had held talks with Mira Vell by video link. Piet Smit held "
                       "three rounds of talks with the rebels in Tresk.")
    assert [(names.get(e.source), names.get(e.target)) for e in facts.events if e.type[:2] == "04"] == [
        ("Jon Tavik", "Piet Smit"), ("Piet Smit", "Jon Tavik"), ("Lena Varga", "Mira Vell"), ("Piet Smit", "rebels")]
    # one side's account, and talks measured out, stay one way


def test_an_act_coordinated_with_a_passive_that_has_a_doer_is_still_done_by_its_subject(run):
    facts, names = run("Norland's Foreign Minister Jon Tavik was received at the airport by his Ostavian counterpart, "
                       "Foreign Minister Mira Sollen, and held talks with her on Thursday on trade.")
    assert [(e.type, names.get(e.source)) for e in facts.events if e.type[:2] == "04"] == [
        ("043", "Mira Sollen"), ("046", "Jon Tavik")]  # he held talks; she received him
    facts, names = run("Last month, a Norland fisherman was detained by Ostavian coast guard personnel near the reef "
                       "and released two days later.")
    assert {e.type: names.get(e.source) for e in facts.events}.get("084") == "Ostavian coast guard"  # an elided
    # "was": released by them too


def test_international_body_and_country_name_its_national_section(run):
    facts, _ = run("Amnesty International Zambia said on Tuesday that the police had beaten two students.",
                   "Transparency International Ghana urged the auditors to publish the accounts.")
    assert by_label(facts, "Amnesty International Zambia").type == ORGANIZATION
    assert by_label(facts, "Transparency International Ghana").type == ORGANIZATION
    assert not any(e.label in ("Amnesty International", "Transparency International") for e in facts.entities)


def test_long_name_with_and_before_its_acronym_is_whole(run):
    facts, _ = run("The African Party for the Liberation of Varna and Cape Kolm (PALVK) won most seats in the vote.",
                   "Officers of the VPS and the Coastal Guard Force (CGF) arrested three men.")
    union = by_label(facts, "African Party for the Liberation of Varna and Cape Kolm")
    assert union.type == ORGANIZATION and "PALVK" in union.aliases
    assert by_label(facts, "Coastal Guard Force").aliases == ("CGF",)  # "and the": two bodies


def test_last_field_after_and_in_a_bodys_name_is_part_of_it(run):
    facts, _ = run("Varna's High Court of Cassation and Justice on Monday found former minister Jon Tavik guilty.",
                   "The Department of Mines, Water and the Environment suspended his licence in May.")
    labels = {e.label for e in facts.entities if e.type == ORGANIZATION}
    assert {"High Court of Cassation and Justice", "Department of Mines, Water and the Environment"} <= labels


def test_lowercase_kind_after_a_party_name_is_no_part_of_it(run):
    facts, _ = run("Her Front for Democracy party won 12 seats in the assembly.",
                   "The UN refugee agency said 300 people had fled.")
    assert by_label(facts, "Front for Democracy").type == ORGANIZATION
    assert not any(e.label.endswith(" party") for e in facts.entities)


def test_sentence_opening_word_before_lowercase_nouns_is_no_name(run):
    facts, _ = run("The Varnese Coast Guard said a ferry sank off Kolm.",
                   "Coast guard and navy boats pulled 61 people from the sea.")
    assert not any(e.label == "Coast" for e in facts.entities), [e.label for e in facts.entities]


def test_province_before_a_post_is_a_place(run):
    facts, _ = run("Sila Governor Jon Tavik said the camps were full.")
    assert by_label(facts, "Sila").type == PLACE
    assert not any(r.predicate == "headOf" for r in facts.relations)


def test_name_spelled_by_an_acronym_in_brackets_is_a_body_whole(run):
    facts, _ = run("The raid was claimed by Harakat Nasr al-Sahel wal-Jihad (HNSJ), which is active near the border.")
    body = by_label(facts, "Harakat Nasr al-Sahel wal-Jihad")
    assert body.type == ORGANIZATION and "HNSJ" in body.aliases
    assert not any(e.type == PERSON for e in facts.entities)


def test_possessive_that_owns_nothing_is_part_of_the_name(run):
    facts, _ = run("Ratings firm Varnell's cut the country's rating on Friday.",
                   "Varnell's said the debt was too high.")
    assert by_label(facts, "Varnell's").type == ORGANIZATION
    assert not any(e.label == "Varnell" for e in facts.entities)


def test_title_word_opening_a_body_name_is_part_of_it(run):
    facts, _ = run("Piet Smit, the president of the General Dockworkers Federation of Varna (GDFV), called a strike.",
                   "Unions walked out of talks with the Teachers Service Board last week.")
    federation = by_label(facts, "General Dockworkers Federation of Varna")
    assert federation.type == ORGANIZATION and "GDFV" in federation.aliases
    assert by_label(facts, "Teachers Service Board").type == ORGANIZATION
    assert [e.label for e in facts.entities if e.type == PERSON] == ["Piet Smit"]


def test_country_in_a_currency_name_is_no_mention(run):
    facts, _ = run("Nurses in Varna will get part of their wages in U.S. dollars from June.")
    assert not any(e.type == COUNTRY for e in facts.entities), [e.label for e in facts.entities]


def test_a_sentence_whose_root_is_a_preposition_ends(run):
    """"Amid the blockade of the motorways." has the preposition for its root: looking up from the event noun
    for its verb must stop there (it once looped for ever, and the article's build never ended)."""
    done: list = []
    worker = threading.Thread(target=lambda: done.append(run(
        "Amid the blockade of the motorways.", "Farmers in Varna blocked roads on Monday.")), daemon=True)
    worker.start()
    worker.join(120)
    assert done, "the extraction did not end"
    facts, _ = done[0]
    assert [(e.type[:2], e.trigger.text) for e in facts.events] == [("14", "blocked")]


def test_people_flee_a_disaster_themselves_and_attackers_drive_them_out(run):
    facts, names = run("A wildfire driven by strong winds tore through the hills above Tresk on Monday, killing three "
                       "people and forcing about 900 villagers to flee, officials said.",
                       "On Sunday, rebels of the Varna Liberation Front attacked two villages in the north, killing "
                       "20 people and forcing 3,000 farmers to flee.")
    fled = {names[e.target] if e.target else None: names.get(e.source) for e in facts.events if e.type == "Migration"}
    assert fled == {None: "villagers", "farmers": "Varna Liberation Front"}, fled


def test_a_participle_after_a_call_to_resign_is_the_callers_act(run):
    facts, names = run("Seven lawmakers from Tresk called on Energy Minister Piet Varga Molnar to resign, accusing him "
                       "of failing to plan for the winter despite a budget of nearly 2 billion crowns.")
    (accusation,) = [e for e in facts.events if e.trigger.text == "accusing"]
    assert names[accusation.source] == "lawmakers" and names[accusation.target] == "Piet Varga Molnar"


def test_authorities_nobody_qualifies_act_as_the_state_last_named(run):
    facts, names = run("Floods hit northern Spain on Monday.",
                       "In neighbouring Portugal, where the river meets the sea, authorities evacuated some 2,000 "
                       "residents of coastal villages.",
                       "Local authorities in Braga evacuated 300 people.")
    moved = {names[e.target]: names[e.source] for e in facts.events if e.type == "Migration"}
    assert moved == {"residents": "Portugal", "people": "authorities"}, moved


def test_the_command_of_a_states_security_service_acts_for_the_state(run):
    facts, names = run("Fighting broke out on the border between Kyrgyzstan and Tajikistan on Monday.",
                       "The Kyrgyz border guard command accused Tajikistan of shelling two villages near Kesto.",
                       "A border guard command accused smugglers of firing at a patrol.")
    accused = [(names.get(e.source), names.get(e.target)) for e in facts.events if e.trigger.text == "accused"]
    assert accused == [("Kyrgyzstan", "Tajikistan")], accused


def test_a_body_named_for_its_country_keeps_the_country_in_its_name(run):
    facts, names = run("Indonesia Labour Watch said the strike would go ahead.",
                       "The group urged the ministry on Monday to raise the minimum wage.")
    (urge,) = [e for e in facts.events if e.trigger.text == "urged"]
    assert names[urge.source] == "Indonesia Labour Watch"
    assert by_label(facts, "Indonesia Labour Watch").type == ORGANIZATION


def test_an_indigenous_peoples_portfolio_is_no_part_of_the_ministers_name(run):
    facts, _ = run("Forty families were evicted from a farm on Sunday.",
                   "Minister of Indigenous Peoples Mira Vell accused the Varna police of brutality on Monday.")
    assert by_label(facts, "Mira Vell").type == PERSON
    assert not any("Peoples" in e.label for e in facts.entities)


def test_a_plurals_apostrophe_inside_a_bodys_name_does_not_cut_it(run):
    facts, _ = run("The strike was called by Dock Workers' Solidarity, an independent union, on Monday.")
    assert by_label(facts, "Dock Workers' Solidarity").type == ORGANIZATION
    assert not any(e.label == "Solidarity" for e in facts.entities)


def test_a_participle_set_off_by_commas_acts_on_its_noun(run):
    facts, names = run("The motion, tabled on Monday by the opposition Varna Unity Party, failed in parliament.")
    assert [(e.trigger.text, e.type, names.get(e.source)) for e in facts.events] == [
        ("tabled", "114", "Varna Unity Party")], facts.events


def test_raising_a_matter_with_officials_is_a_formal_complaint(run):
    facts, names = run("The Varna Foreign Ministry said on Tuesday it had raised the issue with the Ostavian envoy.")
    assert [(e.trigger.text, e.type[:3]) for e in facts.events] == [("raised", "114")], facts.events


def test_people_moved_to_shelters_are_evacuated(run):
    facts, names = run("About 4,000 villagers in Varna were moved to schools and shelters on Monday as the river "
                       "rose.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("moved", "Migration")], facts.events


@pytest.mark.parametrize("text", [
    "The Varna Teachers Union says hundreds of its members have been jailed since 2019.",
    "At least nine foreign reporters have been expelled or refused visas in Varna since 2021, the council said.",
])
def test_a_count_over_the_years_is_a_record_not_an_act(run, text):
    facts, _ = run(text)
    assert [e for e in facts.events if e.type[:2] == "17"] == [], facts.events


@pytest.mark.parametrize("text", [
    "More than 300 people were kidnapped in Varna province last year, according to a rights group.",
    "At least 120 people were abducted in 2024 in the Varna highlands, the group said.",
])
def test_a_toll_over_a_whole_year_is_no_happening(run, text):
    facts, _ = run(text)
    assert facts.events == (), facts.events


def test_a_count_on_a_day_is_a_happening(run):
    facts, _ = run("At least 20 people were kidnapped from a bus near Orsk on Monday.")
    assert [(e.type[:2], e.when.value) for e in facts.events] == [("18", "2025-03-10")], facts.events


def test_a_definite_general_noun_joins_the_more_specific_happening_told_before(run):
    facts, _ = run("A suicide car bombing tore through a crowded market in the town of Orsk on Monday, killing at "
                   "least 30 people. Varna condemned the bombing.")
    assert [(e.type, e.when.value) for e in facts.events if e.type[:2] == "18"] == [("1832", "2025-03-10")], \
        facts.events


def test_regretting_a_decision_disapproves_of_it_regretting_deaths_is_sorrow(run):
    facts, names = run("The Varna Foreign Ministry said on Tuesday it regretted the decision of the Ostavian "
                       "government. The Orsk Mining Company said it regretted the loss of life.")
    assert [(e.trigger.text, e.type) for e in facts.events] == [("regretted", "110"), ("regretted", "018")], \
        facts.events


def test_a_plane_that_crashes_is_a_disaster(run):
    facts, _ = run("A cargo plane crashed into a hillside near Orsk on Monday, killing its four crew members.")
    assert [(e.trigger.text, e.type, e.source) for e in facts.events] == [("crashed", "Disaster", None)], facts.events


#: Who does an act told with one trigger word in the text: {trigger: source label}.
SOURCE_OF_ACT = {
    "boats from a named force act for the force": (
        ["Boats from the Ostavian Coast Guard rescued all 30 crew members on Sunday morning."],
        {"rescued": "Ostavian Coast Guard"}),
    "the embassy after a states ambassador is that states mission": (
        ["Chad's ambassador to Niger, Jon Tavik, visited the flooded villages on Monday.",
         "The embassy pledged 2 million CFA francs in emergency relief."],
        {"pledged": "Chad"}),
    "what the speaker says her country is ready to do is the speakers offer": (
        ["Chadian Foreign Minister Ana Velkova said her country was ready to host fresh talks between the rivals."],
        {"host": "Ana Velkova"}),
    "what the speaker says a named state or bloc stands ready to do is the speakers offer": (
        ["Foreign Minister Jon Tavik said Hungary was ready to release the remaining detainees.",
         "Piet Smit, the envoy, said the EU stood ready to support those reforms."],
        {"release": "Jon Tavik", "support": "Piet Smit"}),
    "a bodys management acts for the body": (
        ["Junior doctors at Tresk General Hospital stopped work on Monday over unpaid wages.",
         "The hospital's management suspended two doctors who led the stoppage a day later."],
        {"suspended": "Tresk General Hospital"}),
    "the presidency that acts is the state as the government is": (
        ["Chad's energy minister resigned on Monday after a week of blackouts.",
         "By the evening the presidency had accepted his letter and named Jon Tavik, a deputy minister, to act in his "
         "place."],
        {"named": "Chad"}),
    "a bodys head whom nothing names acts for the body": (
        ["A radio host was shot dead in Tresk on Monday.",
         "The International Press Institute's director-general condemned the attack on Tuesday."],
        {"condemned": "International Press Institute"}),
    "an act coordinated with a participle the parser took for a clause is the main doers": (
        ["On Friday, prosecutors searched the offices of three timber firms in Tresk linked to the governor and seized "
         "cash and two cars, the agency said."],
        {"seized": "prosecutors"}),
    "a present perfect coordinated into what a present verb says is the sayers act": (
        ["The opposition Farmers Party (FP), which took 12 seats, says votes were bought in at least four provinces "
         "and has refused to accept the result."],
        {"refused": "Farmers Party"}),
    "the two armies are the two states named before": (
        ["Chad and Niger signed a defence pact in N'Djamena on Monday.",
         "Under the pact, the two armies will share intelligence on armed groups in the region, a Chadian official "
         "told reporters."],
        {"share": "Chad"}),
    "a firms full name the model missed the second time is the firm": (
        ["The camp is run by Tarn Valley Holdings, a subsidiary of the Ostavian miner Seacrest Gold.",
         "Seacrest Gold evacuated 120 workers from the site to Tresk on Friday."],
        {"evacuated": "Seacrest Gold"}),
    "a name before its bracketed acronym is the subject of the verb after it": (
        ["On Tuesday, Norland offered two rescue boats and the Ostavian Union (OU) pledged 5 million euros in relief."],
        {"pledged": "Ostavian Union"}),
    "the same court is the court first named not the appeal court": (
        ["The Varna City Court on Monday jailed the blogger Jon Tavik for two years.",
         "His lawyers filed an appeal with the Supreme Court of Varna on Tuesday.",
         "Last year, the same court acquitted two reporters of libel."],
        {"acquitted": "Varna City Court"}),
    "soldiers in a sentence about a states army act for the state": (
        ["The Chadian army said it had bombed three rebel bases in the north on Monday, and that during a raid the "
         "next day soldiers captured 12 suspects.",
         "Loyal troops put down a revolt by soldiers demanding back pay, the army said."],
        {"captured": "Chad", "demanding": "soldiers"}),
    "divers of a navy no state is named for act for the state the story is set in": (
        ["A ferry carrying 80 people sank off the coast of Chile on Monday.",
         "Navy divers rescued six passengers from the water that night."],
        {"rescued": "Chile"}),
    "bare troops after a states troops are that states": (
        ["Peruvian troops raided three smuggling camps near the border on Friday.",
         "On Saturday, troops destroyed two trucks loaded with fuel, the ministry said."],
        {"destroyed": "Peru"}),
    "bare soldiers after a states mutineers and loyal troops are no state": (
        ["A group of Peruvian soldiers tried to seize the radio station on Monday before loyal troops regained it.",
         "In 2019, soldiers seized the main airport for a day."],
        {"seized": "soldiers"}),
    "the forces of a state that tells what its forces did are the states": (
        ["Chile, which has kept 900 troops in the region since 2019, said its forces had pulled back to the coast "
         "on Monday."],
        {"pulled": "Chile"}),
    "the army or navy of its is the state that says so": (
        ["Chile's government said its navy had been patrolling the disputed waters and accused Peru of staging a "
         "provocation.",
         "Peru said its army had killed 12 rebels in the north on Monday."],
        {"accused": "Chile", "killed": "Peru"}),
    "the armed forces are the state the story is set in, as the army is": (
        ["Truckers blocked roads across Peru on Monday.",
         "The armed forces deployed 3,000 soldiers the same day to clear the highway."],
        {"deployed": "Peru"}),
    "the subject the parser hung on after is the doer of the clause": (
        ["Ana Velk was appointed premier in June 2023 after her predecessor, Jon Tavik, resigned over a "
         "bribery scandal."],
        {"resigned": "Jon Tavik"}),
    "the subject hung on after is the doer of a clause the parser coordinated with another": (
        ["The Varna Anti-Fraud Office charged Jon Tavik in May. It acted after the contractor, Kesto Power Systems, "
         "admitted paying fees to officials."],
        {"admitted": "Kesto Power Systems"}),
    "a states unnamed opposition alliance is the one alliance the story names": (
        ["Chile's main opposition alliance announced on Friday that it would boycott the polls, accusing the "
         "electoral commission of fraud.",
         "The Alliance for Democratic Change (ADC), which groups six parties, said the roll was rigged."],
        {"boycott": "Alliance for Democratic Change"}),
    "a simple past after a modal clause is the speakers act": (
        ["Chile's envoy, Jon Tavik, said the embargo would hurt poor families and accused Western members of "
         "rushing a vote."],
        {"accused": "Jon Tavik"}),
    "a simple past after a backshifted clause is the speakers act": (
        ["Health Minister Jon Tavik acknowledged that nurses had not received their wages of 2,000 crowns a month "
         "since June, and promised the arrears would be settled by the end of March.",
         "Portuguese Foreign Minister Ana Velk said her government had filed a formal protest with the Spanish envoy "
         "and demanded an apology."],
        {"promised": "Jon Tavik", "demanded": "Portugal"}),
    "the company is the business named before not the agency or union": (
        ["The Varna Environment Agency on Monday fined Tolbek Mining Corp, which runs the Ardo copper mine.",
         "Its chief executive, Jon Tavik, said in a written statement that the company had already spent $2 million "
         "on repairs and had offered compensation to 300 families.",
         "The Varna Pilots Association accused Skyvarna of cutting corners, a charge the company denied."],
        {"offered": "Tolbek Mining Corp", "denied": "Skyvarna"}),
    "the company is not a union named for its workers": (
        ["Kesto Refining said it had shut the plant as a precaution.",
         "The United Dockworkers union said its local had warned managers in June that valves were leaking. The "
         "company disputed the account on Friday."],
        {"disputed": "Kesto Refining"}),
    "the speaker answers for a promise in the second of two reported clauses": (
        ["The Republic of Varna was hit by floods on Monday.",
         "Home Minister Jon Tavik said the army had sent 200 soldiers to the area and that the government would "
         "compensate the families of the victims."],
        {"compensate": "Jon Tavik"}),
    "a name the parser hangs on a ministers portfolio is the minister": (
        ["Forty families were evicted from a farm on Sunday.",
         "Minister of Indigenous Peoples Mira Vell accused the Varna police of brutality on Monday."],
        {"accused": "Mira Vell"}),
    "the people a rally is of hold it": (
        ["Nine people were hurt in Varna on Sunday.",
         '"We will win this fight," Ana Velk told a rally of her supporters on the main square.',
         "Police fired tear gas at a march of farmers in Ardo on Monday."],
        {"rally": "supporters", "march": "farmers"}),
    "a capital also named as a place that says it will act is its state": (
        ["Herders from Mali raided three villages in Niger on Sunday, and Niger's foreign minister flew to Bamako on "
         "Monday.",
         "Bamako said it would send a delegation to Niamey to discuss the raids."],
        {"send": "Mali"}),
    "volunteers from a society and leaders of a union act for it": (
        ["Volunteers from the Varna Red Cross Society handed out blankets and tents in Tolbek district.",
         "Leaders of the Varna Teachers Union (VTU) urged the two governments to talk."],
        {"handed": "Varna Red Cross Society", "urged": "Varna Teachers Union"}),
    "a demonym on soldiers also ties the sailors coordinated with them to the state": (
        ["Peruvian soldiers and sailors rescued 300 villagers from rooftops in the town of Lesk, the army said."],
        {"rescued": "Peru"}),
    "the person named after a bodys envoy in a misparsed apposition is the envoy": (
        ['The Organization of American States (OAS) special envoy for Varna, Jon Tavik, a former Chilean diplomat, '
         'called the bombing "a blow to the talks" and urged the rebels to lay down their weapons.'],
        {"called": "Jon Tavik", "urged": "Jon Tavik"}),
    "bare officers after a bodys detectives are the bodys": (
        ["Detectives from the Varna Crime Commission (VCC) arrested the mayor of Tolbek at his home on Monday, the "
         "commission said. Officers searched his office and seized 2 million crowns in cash."],
        {"arrested": "Varna Crime Commission", "searched": "Varna Crime Commission"}),
    "they after a bodys bare officers are the body": (
        ["Varna Crime Commission (VCC) investigators detained the mayor at a hotel on Wednesday, hours after officers "
         "raided the town hall, a spokesman said. They seized 2 million crowns in cash, he said."],
        {"seized": "Varna Crime Commission"}),
    "agents with an anti- speciality are the agency the story names for it": (
        ["Chadian anti-graft investigators arrested the mayor of Tolbek at his home on Monday, officials said.",
         "He was taken to the offices of the Varna Anti-Corruption Bureau (VACB) for questioning."],
        {"arrested": "Varna Anti-Corruption Bureau"}),
    "the minister who says the navy will deploy makes the threat": (
        ["A Chilean frigate entered Peruvian waters on Monday.",
         "Defence Minister Jon Tavik said the navy would deploy three extra patrol boats to the islands by the end of "
         "June."],
        {"deploy": "Jon Tavik"}),
    "a ministry qualified by the acronym of a named country is that countrys": (
        ["Gabon hosted a summit of the bloc on Saturday, and troops from the Central African Republic crossed into "
         "Chad.",
         "On Monday the CAR foreign ministry condemned the raid on its border post."],
        {"condemned": "Central African Republic"}),
    "the ministry after a countrys ministry is that countrys": (
        ["Peru expelled Chile's ambassador on Friday, the Peruvian government said.",
         "On Thursday, Chile's foreign ministry said it had recalled its envoy from Lima. In the same note, the "
         "ministry accused Peru of spying on its embassy."],
        {"accused": "Chile"}),
    "it in what a bodys spokesman says is the body": (
        ["Floods hit the Varna region on Monday, killing 40 people, the Norland Red Cross Society said.",
         "Doctors Without Borders opened a clinic in Lesk on Tuesday. The society's spokesman, Jon Tavik, said it had "
         "delivered 500 tents to the camps."],
        {"delivered": "Norland Red Cross Society"}),
    "an unnamed tribunal rules as itself": (
        ["Norland's coast guard blocked a Varnan fishing boat near the reef on Monday.",
         "In 2019, an arbitration tribunal in Geneva ruled that Norland's claims to the reef had no basis in law."],
        {"ruled": "arbitration tribunal"}),
    "a body that says what it will do is the 'it', not a body named between": (
        ["The consumer group Varna Consumers' League called on the European Commission to make Kesto Telecom refund "
         "its users, and said it would file a lawsuit against the company."],
        {"lawsuit": "Varna Consumers' League"}),
    "an unnamed spokesman for a body speaks for it": (
        ["Rebels of the Tolbek Front freed ten workers on Monday.",
         "A spokeswoman for Radio Varna defended the station's reporting.",
         "A spokesman for the Tolbek Front, which has carried out attacks since 2011, denied that the group was "
         "involved."],
        {"defended": "Radio Varna", "denied": "Tolbek Front"}),
    "observers from a body act for it": (
        ["Observers from the European Network of Election Monitors criticised the count in Kesto on Monday."],
        {"criticised": "European Network of Election Monitors"}),
    "a group coordinated with an unnamed noun as subject acts": (
        ["The junior and intern doctors walked out of three public hospitals on Monday, demanding unpaid stipends.",
         "Taxi operators and students began protesting in Lesk the following week, and blocked the main roads."],
        {"walked": "doctors", "blocked": "students"}),
    "government troops are the state the story is set in": (
        ["Government troops attacked the Tolbek Front near Lesk in South Sudan on Tuesday."],
        {"attacked": "South Sudan"}),
    "a demonym of two words ties officials to their state": (
        ["Sri Lankan officials began talks with the International Monetary Fund in Colombo on Monday."],
        {"talks": "Sri Lanka"}),
    "a demonym of two words ties soldiers to their state": (
        ["Floods hit the east of the island on Sunday.",
         "Sri Lankan soldiers and sailors rescued 250 villagers from flooded homes near Lesk, the army said."],
        {"rescued": "Sri Lanka"}),
    "a passive verdict with no doer is by the court that last ruled in the paragraph or the three before": (
        ["The Varna City Court on Monday found the mayor Jon Tavik guilty of fraud and jailed him for four years.",
         "Two of his aides were convicted of forgery. A third aide, Piet Smit, was acquitted."],
        {"convicted": "Varna City Court", "acquitted": "Varna City Court"}),
    "a passive verdict three paragraphs after the court's": (
        ["The Varna City Court on Monday found the mayor Jon Tavik guilty of fraud and jailed him for four years.",
         "Tavik, 58, had denied the charges.", "He ran the city of Varna from 2015 to 2023.",
         "His deputy, Piet Smit, was acquitted."],
        {"acquitted": "Varna City Court"}),
    "talks a third state hosts between two sides are the sides' own, the host's act the hosting": (
        ["Norland hosted talks between Varna and Ostavia in the city of Lesk on Monday."],
        {"hosted": "Norland"}),
    "a past verb with no subject after what a speaker said is the speaker's next act": (
        ["Jon Tavik said the count in Lesk was rigged, accused Piet Smit of fraud and called for a recount."],
        {"accused": "Jon Tavik"}),
    "the rebels are the one armed group the story has named": (
        ["The Tolbek Liberation Front freed five road workers on Sunday, seven weeks after the rebels seized them "
         "near the town of Lesk."],
        {"seized": "Tolbek Liberation Front"}),
    "the rebels are no group when the story has named two": (
        ["The Tolbek Liberation Front and the Kesto Patriotic Front fought near Lesk on Sunday.",
         "The rebels seized five road workers near the town of Varna."],
        {"seized": "rebels"}),
    "rebels of a front at the head of a sentence act for it": (
        ["Rebels of the Tolbek Liberation Front (TLF) freed nine road workers near the town of Lesk on Friday."],
        {"freed": "Tolbek Liberation Front"}),
}


@pytest.mark.parametrize("paragraphs, sources", SOURCE_OF_ACT.values(), ids=SOURCE_OF_ACT.keys())
def test_source_of_act(run, paragraphs, sources):
    facts, names = run(*paragraphs)
    found = {word: [names.get(e.source) for e in facts.events if e.trigger.text == word] for word in sources}
    assert found == {word: [source] for word, source in sources.items()}


#: The type of one named thing in a sentence: (text, label, type).
TYPE_OF_NAME = {
    "a name with a bodys post in apposition is a person": (
        '"The minister misled this chamber and then hid the papers from us," Ana Velkova, the Farmers Party\'s '
        'parliamentary leader, said during the debate.',
        "Ana Velkova", PERSON),
    "a speaker the model took for a work of art is a person": (
        '"This was no mistake, it was a choice," Ilze Varkaviciute, the Farmers Party\'s parliamentary leader, said '
        'during the debate.',
        "Ilze Varkaviciute", PERSON),
    "an office the model took for a work of art is a body": (
        '"No official is above the law," the Prosecutor General\'s Office said in a statement on Monday.',
        "Prosecutor General's Office", ORGANIZATION),
    "a saints name is part of the hospital it names": (
        "Patients were moved to St Bride's General Hospital in Leeds on Monday.",
        "St Bride's General Hospital", ORGANIZATION),
    "a named pipeline is a place": (
        "Gas will flow through the Trans-Balkan Pipeline (TBP) and Serbia's domestic network.",
        "Trans-Balkan Pipeline", PLACE),
    "demonym taken for a plain adjective names its country": (
        "Talks between the two rebel factions resumed in March under Burkinabe mediation.",
        "Burkina Faso", COUNTRY),
    "name before lowercase nouns ending in a body noun is a body": (
        "Fighting between the army and the K19 rebel group continued on Monday near the lake.",
        "K19", ORGANIZATION),
    "big city of several words is no person": (
        "Porto Alegre declared an emergency on Monday after the river rose.",
        "Porto Alegre", CITY),
    "name with a town in apposition is a place": (
        "Rebels seized Tarvik, the largest town in the north, in January.",
        "Tarvik", CITY),
    "name before officers is a force": (
        "Guardia Civil officers detained a 40-year-old shepherd on Sunday on suspicion of starting one of the fires.",
        "Guardia Civil", ORGANIZATION),
    "name after a trade noun that a demonym qualifies is a firm": (
        "Greywater Metals, a unit of the Ostavian miner Kelpin Copper, denied the claims.",
        "Kelpin Copper", ORGANIZATION),
    "name with a firms unit in apposition is a firm": (
        "Greywater Metals, a unit of the Ostavian miner Kelpin Copper, denied the claims.",
        "Greywater Metals", ORGANIZATION),
    "name with a hotline or a charity in apposition is a body": (
        "Sea Watchline, a hotline for people in trouble at sea, said it had told the Maltese authorities.",
        "Sea Watchline", ORGANIZATION),
    "name after a bare trade noun may be a worker": (
        "Coal miner Jon Tavik was pulled alive from the rubble on Monday.",
        "Jon Tavik", PERSON),
    "name with an occupation in apposition stays a person": (
        "Ana Velkova, a machine operator at the plant, said the alarm never sounded.",
        "Ana Velkova", PERSON),
}


@pytest.mark.parametrize("text, label, kind", TYPE_OF_NAME.values(), ids=TYPE_OF_NAME.keys())
def test_type_of_name(run, text, label, kind):
    facts, _ = run(text)
    assert by_label(facts, label).type == kind


def test_refusing_an_act_the_lexicon_does_not_know_is_a_rejection_or_a_conditional_threat(run):
    facts, names = run("Interior Minister Lena Varga said Kenya would not pay the ransom. The World Food "
                       "Programme said it would not resume deliveries in the region until it received security "
                       "guarantees. The ministry said the closure would not affect supplies.")
    assert [(e.trigger.text, e.type, names[e.source]) for e in facts.events if not e.negated] == [
        ("pay", "120", "Kenya"), ("resume", "139", "World Food Programme")]


def test_a_past_tense_the_tagger_took_for_a_base_form_is_lemmatized(run):
    facts, names = run("Kenyan troops retook the town of Garissa on Sunday.")
    assert [(e.trigger.text, e.type, names[e.source]) for e in facts.events] == [("retook", "192", "Kenya")]


def test_a_past_tense_the_lemmatizer_does_not_know_is_mended(run):
    facts, names = run("The Independent Electoral Commission deregistered the Kesto People's Party on Tuesday.")
    assert [(e.trigger.text, e.type, names[e.source]) for e in facts.events] == [
        ("deregistered", "1722", "Independent Electoral Commission")]


def test_what_someone_is_allowed_to_do_is_not_done(run):
    facts, _ = run("The new statute allows the security services to impose curfews and to raid homes without a "
                   "warrant. Britain said it would hold back the payment until France let its officers intercept "
                   "small boats. Police searched the homes of three ministers on Monday.")
    assert [(e.trigger.text, e.type) for e in facts.events if e.type[:3] in ("171", "172", "191")] == [
        ("searched", "171")]


def test_a_bare_post_is_in_the_body_the_story_gave_its_unnamed_holder(run):
    facts, names = run("Police arrested the governor of Garissa County on Monday over the theft of public funds. "
                       "Detectives picked up Governor Jon Tavik at his home. Kenya summoned Uganda's ambassador on "
                       "Tuesday. Foreign Minister Lena Varga told Ambassador Piet Smit that Kenya would not accept "
                       "the incursion. The mayors of Nakuru and Eldoret met Mayor Mira Vell on Friday.")
    offices = offices_of(facts, names)
    assert {("Jon Tavik", "Governor", "Garissa County"), ("Piet Smit", "Ambassador", "Uganda"),
            ("Mira Vell", "Mayor", None)} <= offices  # (two cities have mayors: hers is not told)


def test_the_bylines_author_holds_no_post_in_the_news_and_a_correspondent_does(run):
    facts, names = run("By Jon Tavik, Health Correspondent",
                       "NAIROBI (Reuters) - Police detained Lena Varga, a correspondent for the broadcaster Kesto "
                       "TV, on Monday, and Vice-Admiral Piet Smit, the maritime prefect, said six people were missing.")
    offices = {(names[o.holder], o.title.lower()) for o in facts.offices}
    assert ("Lena Varga", "correspondent") in offices and ("Piet Smit", "maritime prefect") in offices
    assert not any(names[o.holder] == "Jon Tavik" for o in facts.offices)


def test_a_title_before_a_nationality_and_a_name_is_the_named_persons_post(run):
    facts, names = run("Police detained the tanker's captain, Greek national Piet Smit, on Sunday, and the "
                       "company's general manager, South African national Jon Tavik, on Monday.")
    offices = {(names[o.holder], o.title.lower()) for o in facts.offices}
    assert {("Piet Smit", "captain"), ("Jon Tavik", "general manager")} <= offices


def test_who_replaces_another_as_a_post_holds_it(run):
    facts, names = run("Lena Varga replaced Jon Tavik as prime minister on Monday. Piet Smit was replaced by Mira "
                       "Vell as party leader in May.")
    offices = {(names[o.holder], o.title.lower()) for o in facts.offices}
    assert ("Lena Varga", "prime minister") in offices
    assert not any(names[o.holder] in ("Jon Tavik", "Piet Smit") for o in facts.offices)


def test_central_african_is_the_demonym_of_the_central_african_republic(run):
    facts, names = run("Soldiers detained Central African President Jon Tavik in Bangui on Monday.")
    assert {(names[o.holder], o.title, names.get(o.organization)) for o in facts.offices} == {
        ("Jon Tavik", "President", "Central African Republic")}


def test_a_post_for_a_body_the_text_leaves_unnamed_is_the_post_alone(run):
    facts, names = run("A spokesman for the group, Piet Smit, denied that any ransom had been paid.")
    assert {(names[o.holder], o.title.lower()) for o in facts.offices} == {("Piet Smit", "spokesman")}


def test_a_town_in_a_region_named_before_its_common_noun(run):
    facts, names = run("Gunmen attacked the police station in Djougou, a town in the Donga department, on Sunday.")
    within = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "containedInPlace"}
    assert ("Djougou", "Donga") in within


@pytest.mark.parametrize("text, inner, outer", [
    ("The ferry left Port Tavik in Ghana about three weeks ago with 200 people on board.", "Port Tavik", "Ghana"),
    ("Gunmen raided Kasindi and Mutwanga in Beni territory shortly after midnight, officials said.", "Mutwanga",
     "Beni"),
    ("The attackers burned Kofa village in Bebeji district late on Tuesday, witnesses said.", "Kofa", "Bebeji"),
    ("Police fired tear gas in Kesto and Ostra, two poor districts of Tresk, on Friday evening.", "Kesto", "Tresk"),
    ("The hostages were held at a camp near Kesto in western Nigeria for seven weeks.", "Kesto", "Nigeria"),
    ("The accord was signed in Tresk, the Kenyan capital, in March.", "Tresk", "Kenya"),
    ("Ships faced off at the disputed Kesto Reef in the South China Sea on Tuesday.", "Kesto Reef",
     "South China Sea"),  # the sea, not "South China"
])
def test_a_place_told_right_after_another_holds_it_however_the_parse_hangs_it(run, text, inner, outer):
    facts, names = run(text)
    assert (inner, "containedInPlace", outer) in relations_of(facts, names), relations_of(facts, names)


@pytest.mark.parametrize("text", [
    "Police arrested the banker at a hotel in Tresk on a Nigerian extradition request last week.",
])
def test_a_name_that_only_modifies_a_phrase_after_a_place_is_no_larger_place(run, text):
    facts, names = run(text)
    assert not [r for r in relations_of(facts, names) if r[1] == "containedInPlace"], relations_of(facts, names)


def test_a_states_ambassador_is_its_national(run):
    facts, names = run("Kenya summoned Uganda's ambassador on Tuesday. Foreign Minister Lena Varga told Ambassador "
                       "Piet Smit that Kenya would not accept the incursion.")
    assert ("Piet Smit", "nationality", "Uganda") in {
        (names[r.subject], r.predicate, names.get(r.object, r.object)) for r in facts.relations}


def test_a_party_post_named_by_the_word_alone_is_in_the_party_just_named(run):
    facts, names = run("The opposition Democratic Renewal Front called a general strike for Monday. Party spokesman "
                       "Jon Tavik said the curfew amounted to collective punishment.")
    assert {(names[o.holder], o.title, names.get(o.organization)) for o in facts.offices} == {
        ("Jon Tavik", "Party Spokesman", "Democratic Renewal Front")}


def test_a_general_manager_heads_the_firm(run):
    facts, names = run("Police detained Jon Tavik, the general manager of Tresk Mining Corp, on Monday.")
    assert ("Jon Tavik", "headOf", "Tresk Mining Corp") in {
        (names[r.subject], r.predicate, names.get(r.object, r.object)) for r in facts.relations}
