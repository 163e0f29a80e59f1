"""Classes of phrasing of issue 9's eleventh round, on sentences written for the test (not the
held-out sentences that prompted them): sanctions, embargoes and asset freezes are SANCTION;
signing a document of agreement is the signing, not the document's noun; sharing information
or data and working together are cooperation; a build-up or massing of forces is a show of force
with no event verb; standing shoulder to shoulder is support; a cooperative act an actor is
unlikely or not expected to do is a refusal; an act done "in protest" is a protest; dismissing a
protest or an accusation is rejecting it; seeking an arrest warrant is a request; goods delivered
to a party are aid; an assault an army prepares is a mobilization; a veto or a pledge as the
sentence's event; trading barbs is accusing; idioms of refusal and welcome; accepting an offer;
an order to leave is an expulsion; harassing is coercion, water cannon and tear gas an assault
(crowd-control: round r11 read the PLOVER manual, p.25, over round 11's coercion); a vow to do
a cooperative or untyped act is a promise, a vow of a hostile act or of revenge a threat."""

from __future__ import annotations

import pytest
from event_helpers import pipeline_events

from realpolitik.eval.plover import top_event
from realpolitik.events.lexicon import load_lexicon


def test_events_round11_cameo_sanction_code_reads_as_sanction():
    lex = load_lexicon()
    for lemma, obj in (("impose", "sanctions"), ("continue", "embargo"), ("freeze", "asset")):
        hit = lex.pattern(lemma, "", obj)
        assert hit is not None and hit.plover_type == "SANCTION", (lemma, obj)
    assert lex.nouns["sanction"].plover_type == "SANCTION"
    # a code the table does not name keeps its crosswalk type ("call for sanctions" has had an
    # own row since round r13: a third party's call denounces the target, ACCUSE)
    assert lex.pattern("consider", "", "embargo").plover_type == "THREATEN"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("The Treasury imposed sanctions on three Iranian shipping firms on Thursday.", "SANCTION"),
        ("Britain sanctioned two Serbian officials accused of stoking unrest in Bosnia.",
         "SANCTION"),
        ("Fresh EU sanctions against Caracas were announced after the disputed vote.", "SANCTION"),
        ("Rebel commanders and the army signed a truce in Juba on Monday.", "SUPPORT"),
        ("Nepal and India signed a memorandum on power trade.", "SUPPORT"),
        ("Ghana's police shared information on jihadist movements with Togolese officers.",
         "COOPERATE"),
        ("Customs agencies from Chile and Peru are working together to stop smuggling.",
         "COOPERATE"),
        ("The two militias joined forces against the government.", "COOPERATE"),
        ("A build-up of Serbian forces along the boundary has worried NATO commanders.",
         "MOBILIZE"),
        ("The massing of Indian troops in Ladakh worried officials.", "MOBILIZE"),
        ("Latvia stood shoulder to shoulder with its Baltic neighbours.", "SUPPORT"),
        ("Egypt is unlikely to agree to a new proposal from Ethiopia on the dam.", "REJECT"),
        ("The junta is not expected to accept the mediators' plan.", "REJECT"),
        ("Serbia has no plans to recognise Kosovo, the president said.", "REJECT"),
        ("Lawmakers boycotted the session in protest at the arrest of their leader.", "PROTEST"),
        ("Students occupied the campus in protest against fee rises.", "PROTEST"),
        ("The minister dismissed the union's protest over pay as political theatre.", "REJECT"),
        ("Beijing dismissed accusations of forced labour in its western provinces.", "REJECT"),
        ("Prosecutors in Lima sought an arrest warrant for the former president.", "REQUEST"),
        ("Norway delivered generators and water pumps to the flooded region of Sindh.", "AID"),
        ("Kuwait delivered a stern warning to Baghdad over the border.", "THREATEN"),
        ("Turkey's veto of Sweden's membership bid held up the alliance's expansion.", "REJECT"),
        ("A Saudi pledge of $2 billion for Pakistan's central bank eased fears of default.",
         "AGREE"),
        ("Russia and Ukraine traded barbs over the shelling of the nuclear plant.", "ACCUSE"),
        ("Tehran turned a deaf ear to European calls for restraint.", "REJECT"),
        ("Moscow rolled out the red carpet for North Korea's leader.", "CONSULT"),
        ("An Egyptian offer to mediate between Israel and Hamas was accepted on Monday.", "AGREE"),
        ("Mali ordered the French ambassador to leave the country within 72 hours.", "SANCTION"),
        ("Chad asked the German ambassador to leave the country.", "REQUEST"),
        ("Cyprus said Turkish warships had harassed a survey vessel in its waters.", "COERCE"),
        ("The Chinese coast guard fired water cannon at a Philippine supply boat.", "ASSAULT"),
        ("Riot police fired teargas at demonstrators in Tbilisi.", "ASSAULT"),
        ("Gabon's junta vowed to hand power back to civilians within two years.", "AGREE"),
        ("The president vowed to help flood victims in the north.", "AGREE"),
        ("Rebels vowed to fight on until the capital falls.", "THREATEN"),
        ("The rebels vowed revenge for the killing of their commander.", "THREATEN"),
        ("Azerbaijani forces were preparing to attack the town, residents said.", "MOBILIZE"),
        ("The rebel army prepared to launch a fresh offensive on the port city.", "MOBILIZE"),
    ],
)
def test_events_round11_main_event_type(resources, text, plover_type):
    top = top_event(pipeline_events(text, resources))
    assert top is not None and top.plover_type == plover_type


@pytest.mark.slow
def test_events_round11_likely_and_bare_together_keep_their_reading(resources):
    likely = top_event(pipeline_events("Egypt is likely to accept the proposal.", resources))
    assert likely is not None and likely.plover_type == "AGREE"
    # "prepared" as an adjective is intent: a cooperative act stays AGREE, not a mobilization
    ready = top_event(pipeline_events("Iran is prepared to lift the ban on imports.", resources))
    assert ready is not None and ready.plover_type == "AGREE"
    # a speech delivered is no aid
    speech = "The president delivered a speech to parliament on the budget."
    assert all(e.plover_type != "AID" for e in pipeline_events(speech, resources))
    # an assault done "in protest" stays an assault
    text = "Gunmen shot dead two guards in protest at the verdict."
    shot = top_event(pipeline_events(text, resources))
    assert shot is not None and shot.plover_type == "ASSAULT"
