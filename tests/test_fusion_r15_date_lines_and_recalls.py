"""Round r15 (fuse14), read from fusion_own9 and fusion_own8 tune misses; outlets, places,
names and sentences here are our own."""

from datetime import date

from realpolitik.ingest.dates import dateline_date


def _article(date_line: str) -> str:
    return f"{date_line}\n\nGrain convoy turned back\n\nThe customs service stopped the lorries on Monday."


def test_an_outlet_with_its_town_in_brackets_before_the_date_is_a_date_line() -> None:
    assert dateline_date(_article("Lakeside Observer (Kisumu) - 4 August 2026")) == date(2026, 8, 4)
    assert dateline_date(_article("Pampas Weekly (Rosario) - Aug. 4, 2026")) == date(2026, 8, 4)
    assert dateline_date(_article("Harbour Echo (Port Vila) | 04.08.2026")) == date(2026, 8, 4)


def test_an_outlet_name_may_hold_small_linking_words() -> None:
    assert dateline_date(_article("Journal de l'Estuaire - 4 August 2026")) == date(2026, 8, 4)
    assert dateline_date(_article("Review of the Gulf (Muscat) - 4 August 2026")) == date(
        2026, 8, 4
    )
    assert dateline_date(_article("Echo d'Orient - 17/08/2026")) == date(2026, 8, 17)


def test_a_sentence_ending_in_a_date_is_still_no_date_line() -> None:
    assert dateline_date(_article("Talks ended in the capital - 4 August 2026")) is None
    assert dateline_date(_article("The convoy (of grain) left - 4 August 2026")) is None
    # a slashed date whose order no number tells stays unread, brackets or not
    assert dateline_date(_article("Lakeside Observer (Kisumu) - 04/08/2026")) is None


# --- a slashed date line of no telling order, read nearest to the run's previous document


def test_a_slashed_date_of_no_telling_order_is_read_nearest_the_previous_document() -> None:
    line = _article("Lakeside Observer (Kisumu) - 04/08/2026")
    assert dateline_date(line, None, date(2026, 8, 1)) == date(2026, 8, 4)  # 4 August
    assert dateline_date(line, None, date(2026, 4, 6)) == date(2026, 4, 8)  # 8 April
    # the run's --published date wins over the previous document
    assert dateline_date(line, date(2026, 4, 1), date(2026, 8, 1)) == date(2026, 4, 8)
    # a reference far from both readings trusts neither
    assert dateline_date(line, None, date(2025, 12, 1)) is None


def test_the_reader_passes_the_previous_documents_date_on(tmp_path) -> None:
    from realpolitik.ingest.readers import read_inputs

    (tmp_path / "a_wire.txt").write_text(
        "Convoy stopped\n\nKISUMU, Aug. 3, 2026 (Lake Wire) - Customs stopped a grain convoy.\n",
        encoding="utf-8",
    )
    (tmp_path / "b_weekly.txt").write_text(
        _article("Lakeside Observer - 05/08/2026"), encoding="utf-8"
    )
    dates = {d.doc_id: d.published for d in read_inputs([str(tmp_path)])}
    assert dates == {"a_wire.txt": date(2026, 8, 3), "b_weekly.txt": date(2026, 8, 5)}


# --- "the release of X": X is the party set free, not the one freeing it


def test_the_of_party_of_a_release_is_the_party_set_free(nlp) -> None:
    from event_helpers import event_on, events_with_actors

    text = "Sunday's release of the Ruritanian fishermen ended a month of talks."
    events = events_with_actors(nlp, text, ("Ruritanian", "RUR", None))
    release = event_on(events, "release")
    assert [a.actor_id for a in release.target] == ["x:ruritanian"]
    assert release.source == []


def test_the_of_party_of_a_withdrawal_still_does_it(nlp) -> None:
    from event_helpers import event_on, events_with_actors

    text = "The withdrawal of Ruritanian troops from the border began on Sunday."
    events = events_with_actors(nlp, text, ("Ruritanian", "RUR", None))
    assert [a.actor_id for a in event_on(events, "withdrawal").source] == ["x:ruritanian"]


# --- a party-less recall whose own sentence names the happening's parties


def test_a_sentence_names_states_by_name_adjective_or_seat() -> None:
    from realpolitik.fusion.sentence_parties import sentence_countries

    assert sentence_countries("Friday's talks in Nairobi gave Ochieng Tanzania's backing.") == {
        "KEN",
        "TZA",
    }
    assert sentence_countries("The Peruvian accord of last week ties the two ports.") == {"PER"}
    assert sentence_countries("The accord of last week ties the two ports.") == set()


def test_a_sentence_names_a_person_by_the_family_name_another_report_gave() -> None:
    from realpolitik.fusion.sentence_parties import countries_of_persons_named
    from realpolitik.model import ActorMention

    full = ActorMention("a", 0, 15, "Amina Wanjikuu", "new:amina_wanjikuu", "Amina Wanjikuu", "KEN")
    other = ActorMention("a", 20, 30, "Joseph Otieno", "new:joseph_otieno", "Joseph Otieno", "UGA")
    sentence = "Friday's talks in Arusha gave Wanjiku a second term."
    assert countries_of_persons_named(sentence, [full, other]) == {"KEN"}


def test_a_recall_naming_the_parties_in_its_own_sentence_joins_their_happening() -> None:
    from test_fusion_events import day, mention

    from realpolitik.fusion import fuse_events

    kenya = ("KEN.GOV", "Kenya", "KEN", "GOV")
    tanzania = ("TZA.GOV", "Tanzania", "TZA", "GOV")
    told = mention("a", 0, "CONSULT", (kenya,), (tanzania,), trigger="held talks",
                   sentence="Kenya held talks with Tanzania in Arusha on Friday.",
                   date=day("2025-03-07"))  # fmt: skip
    recall = mention("b", 0, "CONSULT", trigger="talks", date=day("2025-03-07"),
                     sentence="Friday's talks gave Kenya Tanzania's backing for the port.")  # fmt: skip
    events = fuse_events([told, recall])
    assert len(events) == 1
    # without the parties in its sentence (nor in its article), the recall stays alone
    bare = mention("b", 0, "CONSULT", trigger="talks", date=day("2025-03-07"),
                   sentence="Friday's talks were a success, officials said.")  # fmt: skip
    assert len(fuse_events([told, bare])) == 2


def test_a_support_verbs_act_is_named_by_its_noun() -> None:
    from realpolitik.fusion.back_references import act_root, same_root

    assert same_root(act_root("held talks"), act_root("talks"))
    assert same_root(act_root("carried out a raid"), act_root("raid"))
    assert not same_root(act_root("held talks"), act_root("held"))
    assert act_root("seized") == act_root("seizure")


# --- a wire's agency in the brackets of its date line is no actor


def test_a_state_named_in_a_wire_agencys_brackets_is_no_actor(nlp) -> None:
    from realpolitik.actors.candidates import Candidate
    from realpolitik.actors.not_actors import drop_wire_agencies

    text = (
        "Border post closed\n\nKISUMU, Aug. 3, 2026 (Horn of Africa Wire) - Police in Kenya "
        "on Monday closed a border post with Uganda."
    )
    sdoc = nlp(text)
    at = {t.text: t.i for t in sdoc}
    cands = [
        Candidate(at["Africa"], at["Africa"] + 1, None, "kb", "state"),
        Candidate(at["Kenya"], at["Kenya"] + 1, "KEN", "kb", "state"),
        Candidate(at["Uganda"], at["Uganda"] + 1, "UGA", "kb", "state"),
    ]
    kept = drop_wire_agencies(sdoc, cands)
    assert [c.actor_id for c in kept] == ["KEN", "UGA"]


def test_brackets_in_a_sentence_are_left_to_the_recogniser(nlp) -> None:
    from realpolitik.actors.candidates import Candidate
    from realpolitik.actors.not_actors import drop_wire_agencies

    sdoc = nlp("Police in Kenya (and in Uganda) closed two border posts on Monday.")
    at = {t.text: t.i for t in sdoc}
    cands = [Candidate(at["Uganda"], at["Uganda"] + 1, "UGA", "kb", "state")]
    assert drop_wire_agencies(sdoc, cands) == cands


# --- a rank opening a name, translated or left out by another report


def _person(name: str, country: str | None = None):
    from realpolitik.model import ActorMention

    slug = "new:" + name.lower().replace(" ", "_")
    return ActorMention("a", 0, len(name), name, slug, name, country)


def test_a_translated_rank_before_a_name_is_set_aside() -> None:
    from realpolitik.fusion.person_names import same_name

    assert same_name(_person("Kapitan Dubrovin", "RUS"), _person("Captain Dubrovin"))
    assert same_name(_person("Général Sangaré"), _person("General Sangare", "MLI"))
    assert same_name(_person("Colonel Amadou Sangare"), _person("Sangaré"))


def test_a_shared_rank_does_not_make_two_names_one() -> None:
    from realpolitik.fusion.person_names import same_name

    assert not same_name(_person("Captain Dubrovin"), _person("Captain Petrenko"))
    assert not same_name(_person("General Sangare"), _person("General Traore"))
    # a rank alone is still a word of the name
    assert same_name(_person("Captain"), _person("Captain"))


# --- a creed adjective tagged as a proper noun before a group noun describes the group


def test_a_creed_descriptor_before_a_group_noun_is_no_actor_of_its_own(nlp) -> None:
    from realpolitik.actors.candidates import Candidate
    from realpolitik.actors.not_actors import drop_descriptions

    sdoc = nlp("Separatist fighters stormed the Kolo barracks on 4 May.")
    first = Candidate(0, 1, None, "ner", "norp")
    assert drop_descriptions(sdoc, [first]) == []
    # a name the recogniser found on its own, not a descriptor, stays
    sdoc = nlp("Kolo fighters stormed the barracks on 4 May.")
    assert drop_descriptions(sdoc, [Candidate(0, 1, None, "ner", "org")]) != []
