"""Round r10 (fuse6), classes read from fusion_own4 tune misses; every sentence and name here is
our own: a government and its own police, army or spy service name one participant, its
parliament or courts do not; a role named in apposition ("her Peruvian counterpart, Rosa
Quilla") adds its holder beside the state; a person's country guessed from its sentence does not
veto another report's happening."""

from __future__ import annotations

from dataclasses import replace

from test_fusion_events import actor, day, mention

from realpolitik.fusion import fuse_events
from realpolitik.fusion.actor_match import match_strength
from realpolitik.model import ActorMention

POLICE = ("RUR.COP", "Ruritanian police", "RUR", "COP")
GOVERNMENT = ("RUR.GOV", "Ruritania's government", "RUR", "GOV")
ARMY = ("RUR.MIL", "Ruritanian army", "RUR", "MIL")
PARLIAMENT = ("RUR.LEG", "Ruritania's parliament", "RUR", "LEG")
FISHERS = ("OST.CVL", "Osterlich fishermen", "OST", "CVL")


def test_a_government_and_its_forces_may_be_one_participant() -> None:
    assert match_strength(actor(GOVERNMENT, "a"), actor(POLICE, "b")) == 1
    assert match_strength(actor(ARMY, "a"), actor(GOVERNMENT, "b")) == 1
    # two forces, or the government and its parliament, stay two participants
    assert match_strength(actor(ARMY, "a"), actor(POLICE, "b")) == 0
    assert match_strength(actor(GOVERNMENT, "a"), actor(PARLIAMENT, "b")) == 0


def test_the_police_act_and_the_governments_act_on_one_day_are_one_happening() -> None:
    a = mention("a", 0, "COERCE", (POLICE,), (FISHERS,), trigger="deported",
                sentence="Ruritanian police deported 30 Osterlich fishermen on Friday.",
                date=day("2025-09-12"))  # fmt: skip
    b = mention("b", 0, "COERCE", (GOVERNMENT,), (FISHERS,), trigger="sent home",
                sentence="Ruritania's government sent home 30 Osterlich fishermen on 12 September.",
                date=day("2025-09-12"))  # fmt: skip
    c = mention("c", 0, "COERCE", (PARLIAMENT,), (FISHERS,), trigger="expelled",
                sentence="Ruritania's parliament expelled Osterlich fishermen on 12 September.",
                date=day("2025-09-12"))  # fmt: skip
    events = fuse_events([a, b, c])
    assert len(events) == 2
    assert {len(e.mentions) for e in events} == {2, 1}
    alone = next(e for e in events if len(e.mentions) == 1)
    assert alone.mentions[0].doc_id == "c"


def _mention(analyse, text: str, trigger: str):
    return next(m for m in analyse(text) if m.trigger == trigger)


def test_a_role_named_in_apposition_adds_its_holder_beside_the_state(analyse) -> None:
    m = _mention(analyse, "The Dutch envoy held talks with his Peruvian counterpart, Rosa Quilla, "
                 "in Lima.", "held talks")  # fmt: skip
    # the counterpart spans its noun and holds an office (lead, stop 69)
    assert {a.text for a in m.target} >= {"Peruvian counterpart", "Rosa Quilla"}
    m = _mention(analyse, "Soldiers detained Chad's former army chief, Idriss Moussa, at dawn.",
                 "detained")  # fmt: skip
    assert "Idriss Moussa" in {a.text for a in m.target}


def test_an_apposition_that_names_no_person_adds_nothing(analyse) -> None:
    m = _mention(analyse, "Kenya, a close ally, sent troops to Haiti.", "sent")
    assert [a.actor_id for a in m.target] == ["HTI"]


def test_a_subjects_apposition_adds_no_second_actor(analyse) -> None:
    # two actors on the subject would read as two parties acting together
    m = _mention(analyse, "Peru's navy commander, Admiral Jorge Salas, ordered drills off Callao.",
                 "ordered")  # fmt: skip
    assert len(m.source) == 1


def test_putting_ones_signature_to_an_accord_is_signing_it(analyse) -> None:
    text = "The Lao and Thai ministers put their signatures to a border accord on Friday."
    assert _mention(analyse, text, "put their signatures").plover_type == "SUPPORT"


def _person(name: str, country: str | None, how: str) -> ActorMention:
    return replace(actor((f"new:{name.lower().replace(' ', '_')}", name, country, None), "b"),
                   how=how)  # fmt: skip


def test_a_persons_country_guessed_from_its_sentence_does_not_veto_another_report() -> None:
    envoy = ("RUR.GOV", "Ruritania's trade envoy", "RUR", "GOV")
    host = ("new:anton_hradek", "Prime Minister Anton Hradek", "OST", None)
    first = mention("a", 0, "CONSULT", (envoy,), (host,), trigger="met", date=day("2025-03-04"),
                    sentence="Ruritania's trade envoy met Prime Minister Anton Hradek on Tuesday.")  # fmt: skip
    second = mention("b", 0, "CONSULT", trigger="held talks", date=day("2025-03-04"),
                     sentence="Envoy Mila Voss held talks with Prime Minister Anton Hradek on 4 March.")  # fmt: skip
    hradek = replace(actor(host, "b"), how="role+place")
    guessed = replace(second, source=[_person("Mila Voss", "OST", "role+context")], target=[hradek])
    assert len(fuse_events([first, guessed])) == 1
    # a country the person's own phrase gave still rules the match out
    own = replace(second, source=[_person("Mila Voss", "OST", "role+place")], target=[hradek])
    assert len(fuse_events([first, own])) == 2
