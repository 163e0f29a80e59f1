"""The seeds scorer: run the pipeline on ../shared/seeds and check spec/seeds-acceptance.md.

The checks live in `gold/seeds.yaml` (evaluation gold, never read by the pipeline).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

import yaml

GOLD = Path(__file__).parent / "gold" / "seeds.yaml"
# A careful reader's list of every event in the seeds (issue 9); how it is matched: its header.
READER = Path(__file__).parent / "gold" / "seeds_reader.yaml"
# What the seeds do not report as facts (issue 9, precision); how it is matched: its header.
NON_EVENTS = Path(__file__).parent / "gold" / "seeds_non_events.yaml"
# Our own articles in the seeds' styles on other topics, with a careful reader's list written
# before any code ran on them (issue 9 item 4): the held-out figure for the reader's list.
READER_OWN1 = Path(__file__).parent / "gold" / "reader_own1.yaml"
READER_OWN1_DIR = Path(__file__).parent / "gold" / "reader_own1"
# The second such set, on topics neither the seeds nor reader_own1 cover, written by another
# hand after reader_own1's rules (its first run is the held-out figure of those rules).
READER_OWN2 = Path(__file__).parent / "gold" / "reader_own2.yaml"
READER_OWN2_DIR = Path(__file__).parent / "gold" / "reader_own2"
# The third, dense with hypotheticals (plans, offers, threats, conditions, expectations) on new
# topics, written after reader_own2's rules (its first run is their held-out figure).
READER_OWN3 = Path(__file__).parent / "gold" / "reader_own3.yaml"
READER_OWN3_DIR = Path(__file__).parent / "gold" / "reader_own3"
# The fourth, one article in each form scraped news takes (wire, regional outlet, live blog,
# analysis, press statement, follow-up), written after reader_own3's rules.
READER_OWN4 = Path(__file__).parent / "gold" / "reader_own4.yaml"
READER_OWN4_DIR = Path(__file__).parent / "gold" / "reader_own4"
# The fifth, one regional security story told by several outlets in the seeds' shape (a visit to
# build a front against an armed group, one meeting reported twice with names spelt two ways),
# written after reader_own4's rules.
READER_OWN5 = Path(__file__).parent / "gold" / "reader_own5.yaml"
READER_OWN5_DIR = Path(__file__).parent / "gold" / "reader_own5"
# The sixth, one crisis told by several outlets (an ultimatum to armed separatists, threats with
# conditions and the acts they name, one meeting reported twice), written after reader_own5's rules.
READER_OWN6 = Path(__file__).parent / "gold" / "reader_own6.yaml"
READER_OWN6_DIR = Path(__file__).parent / "gold" / "reader_own6"
# The seventh, one border crisis told by several outlets (accusations and denials, offers and
# conditions, coordinated and participial verbs, nominal events, one meeting reported twice),
# written after reader_own6's rules.
READER_OWN7 = Path(__file__).parent / "gold" / "reader_own7.yaml"
READER_OWN7_DIR = Path(__file__).parent / "gold" / "reader_own7"
READER_OWN8 = Path(__file__).parent / "gold" / "reader_own8.yaml"
READER_OWN8_DIR = Path(__file__).parent / "gold" / "reader_own8"
# The ninth, a Baltic border crisis told by several outlets (the pronoun subject of a second
# coordinated verb, requests side by side, "came under fire" both ways, one meeting reported twice
# with names transliterated two ways), written after reader_own8's rules.
READER_OWN9 = Path(__file__).parent / "gold" / "reader_own9.yaml"
READER_OWN9_DIR = Path(__file__).parent / "gold" / "reader_own9"
# The tenth, an Andean border and migrants crisis told by several outlets (Chile and Bolivia at
# the Colchane crossing: accusations and denials, a conditional threat, offers, a quota floated and
# declined, a live blog of a day at the border, one Lima meeting reported twice with names spelt two
# ways), written after reader_own9's rules.
READER_OWN10 = Path(__file__).parent / "gold" / "reader_own10.yaml"
READER_OWN10_DIR = Path(__file__).parent / "gold" / "reader_own10"
# The eleventh, an Arctic fisheries and sea-zone crisis told by several outlets (Norway and Russia
# after a trawler is detained off Svalbard: accusations and denials, a note with a demand, a
# conditional threat of naval escorts, a captain's account of being stopped and ordered back, a
# planned round of talks, a live blog, one Reykjavik meeting reported twice with names spelt two
# ways), written after reader_own10's rules.
READER_OWN11 = Path(__file__).parent / "gold" / "reader_own11.yaml"
READER_OWN11_DIR = Path(__file__).parent / "gold" / "reader_own11"
# The twelfth, a Central Asian river-water dispute told by several outlets (Kazakhstan and
# Kyrgyzstan over water held back on the Talas river and a closed freight crossing: a summons and a
# denial, a conditional threat, farmers' roadblock, owned request and demand nouns ("the governor's
# request for patience"), "expected Astana to pay", a live blog of the day the crossing reopens, one
# Tashkent meeting reported twice with names spelt two ways), written after reader_own11's rules.
READER_OWN12 = Path(__file__).parent / "gold" / "reader_own12.yaml"
READER_OWN12_DIR = Path(__file__).parent / "gold" / "reader_own12"
# The thirteenth, an East African lake fisheries dispute told by several outlets (Kenya and Uganda
# over fourteen fishermen seized near the invented Ndere Rock in Lake Victoria: an accusation, a
# summons and a denial, "Nobody was abducted. They were arrested", a conditional threat to suspend
# sugar imports, a march and tear gas, a conditional flotilla, an analysis of options Nairobi
# "could" take, a live blog of the day the men are freed, one Arusha meeting reported twice with
# names spelt two ways), written after reader_own12's rules.
READER_OWN13 = Path(__file__).parent / "gold" / "reader_own13.yaml"
READER_OWN13_DIR = Path(__file__).parent / "gold" / "reader_own13"
# The fourteenth, a Himalayan dam quarrel told by several outlets (Nepal and India after the gates of
# the invented Tilachaur barrage on the Mahakali river flood villages in Darchula: an accusation, a
# summons and a denial, China's offer of tents accepted, a road blockade and a conditional march,
# options Kathmandu "could" take, a live blog of the joint team's visit, a compensation demand
# rejected, one Kathmandu meeting reported twice with names spelt two ways), written after
# reader_own13's rules.
READER_OWN14 = Path(__file__).parent / "gold" / "reader_own14.yaml"
READER_OWN14_DIR = Path(__file__).parent / "gold" / "reader_own14"
# The fifteenth, a Timor land-border quarrel told by several outlets (Timor-Leste and Indonesia after
# soldiers fire on farmers near the invented Motaulun crossing of the Oecusse enclave: an accusation,
# a summons and a denial, a closed crossing, "would take the matter to ASEAN if", Australia's offer
# of observers, a blockade with a demand, options Dili "could" take, a live blog of the day the
# crossing reopens, a West Timor outlet telling the other side, one Denpasar meeting reported twice
# with names spelt two ways), written after reader_own14's rules.
READER_OWN15 = Path(__file__).parent / "gold" / "reader_own15.yaml"
READER_OWN15_DIR = Path(__file__).parent / "gold" / "reader_own15"
# The sixteenth, a Caucasus border-demarcation row told by several outlets (Georgia and Azerbaijan
# after border posts appear on the invented Mtvrali ridge by a cave monastery: an accusation and a
# summons, a deadline demand, a flock driven off and handed back, "would ask the OSCE ... if", the EU
# envoy's offer of talks, a road blockade with a demand, options Tbilisi "could" take, a live blog of
# the survey, an Azerbaijani regional outlet telling the other side, one Tbilisi meeting reported
# twice with names spelt two ways), written after reader_own15's rules.
READER_OWN16 = Path(__file__).parent / "gold" / "reader_own16.yaml"
READER_OWN16_DIR = Path(__file__).parent / "gold" / "reader_own16"
# The seventeenth, a Pacific island election crisis told by several outlets (Solomon Islands after a
# disputed by-election count sets off a night of unrest in Auki: an accusation and a demand, a
# denial, a conditional boycott and a warning, Australia "ready to send extra officers if", a local
# paper's curfew and promises, options the prime minister "could" take, a live blog with a warning
# that has no verb of warning, an Australian outlet's offers and rejection of claims, one Honiara
# meeting reported twice with names spelt two ways, a court-ordered recount), written after
# reader_own16's rules.
READER_OWN17 = Path(__file__).parent / "gold" / "reader_own17.yaml"
READER_OWN17_DIR = Path(__file__).parent / "gold" / "reader_own17"
# The eighteenth, a Lake Chad fishing-rights clash told by several outlets (Niger and Chad after
# Chadian lake guards seize fourteen canoes of fishermen from Bosso near the invented Gadira island:
# an accusation and a summons, a denial and the other side's account, a threat with no verb of
# threatening, a gathering and a blocked road, a fisherman's "They took ...", options Niamey "could"
# take, a live blog with a warning after "on local radio:", a Chadian outlet's rejection and "has not
# ruled out", one N'Djamena meeting reported twice with names spelt two ways, canoes handed back),
# written after reader_own17's rules.
READER_OWN18 = Path(__file__).parent / "gold" / "reader_own18.yaml"
READER_OWN18_DIR = Path(__file__).parent / "gold" / "reader_own18"
# The nineteenth, a Copperbelt border-trade blockade told by several outlets (Zambian lorry drivers
# block the Kasumbalesa post against a Congolese road levy; tear gas, a summons, denials, a
# conditional border closure, a live blog, a Congolese outlet, one Lubumbashi meeting reported twice
# with names spelt two ways, the levy suspended), written after reader_own18's rules.
READER_OWN19 = Path(__file__).parent / "gold" / "reader_own19.yaml"
READER_OWN19_DIR = Path(__file__).parent / "gold" / "reader_own19"
# The twentieth, a Central American river-border stand-off told by several outlets (Belize and
# Guatemala after a Guatemalan gunboat turns back a Belizean army patrol on the Sarstoon river and
# sailors seize fishermen's nets: a summons, acts told by one side, denials with and without a verb
# of denying, conditional threats with no verb of threatening, a refusal "until", options Belmopan
# "could" take, a live blog, one Flores meeting reported twice with names spelt two ways, nets
# handed back), written after reader_own19's rules.
READER_OWN20 = Path(__file__).parent / "gold" / "reader_own20.yaml"
READER_OWN20_DIR = Path(__file__).parent / "gold" / "reader_own20"
# The twenty-first, a Pacific fisheries boarding told by several outlets (Fiji and Tonga after a
# Tongan patrol boat boards a Fijian longliner near the Minerva Reefs and detains its crew: a
# summons, acts told by one side, conditional threats, one with a generic subject, refusals
# "until", options Suva "could" take, a live blog, one Apia meeting reported twice with names spelt
# two ways, the crew handed over), written after reader_own20's rules.
READER_OWN21 = Path(__file__).parent / "gold" / "reader_own21.yaml"
READER_OWN21_DIR = Path(__file__).parent / "gold" / "reader_own21"
# The twenty-second, a Horn of Africa farmland dispute told by several outlets (Ethiopia and Sudan
# after a raid on Sudanese farmhands in al-Fashaga: acts told by nouns and participles, more
# attributions, shelling told by unverified residents, warnings with "if" and "should", one Juba
# meeting reported twice with names spelt two ways, labourers released), written after
# reader_own21's rules and harder on purpose.
READER_OWN22 = Path(__file__).parent / "gold" / "reader_own22.yaml"
READER_OWN22_DIR = Path(__file__).parent / "gold" / "reader_own22"
# The twenty-third, a Southeast Asian temple-border quarrel told by several outlets (Thailand and
# Cambodia after a soldier is killed near the invented Prasat Ta Sok: a killing told in a relative
# clause, fire told by one side, denials without a verb of denying, "has never recognised", one
# Kuala Lumpur meeting reported twice with names spelt two ways, observers, a landmine, men freed),
# written after reader_own22's rules and at least as hard.
READER_OWN23 = Path(__file__).parent / "gold" / "reader_own23.yaml"
READER_OWN23_DIR = Path(__file__).parent / "gold" / "reader_own23"
# The twenty-fourth, a Balkan quarrel over licence plates and the north's police told by several
# outlets (Kosovo and Serbia after a police raid on a Serb-run office in Zvecan: acts told by nouns
# ("an overnight raid on", "the police takeover of", "the release of"), "believed to belong to", a
# joint committee as subject, "due to meet", "pull out of the town of", one Brussels meeting
# reported twice with names spelt two ways, a denial of troop moves), written after reader_own23's
# rules and at least as hard.
READER_OWN24 = Path(__file__).parent / "gold" / "reader_own24.yaml"
READER_OWN24_DIR = Path(__file__).parent / "gold" / "reader_own24"
# The twenty-fifth, a South Caucasus corridor quarrel told by several outlets (Armenia and
# Azerbaijan after a checkpoint goes up at the Hakari bridge on the Lachin road: acts told by
# nouns and participles ("a move ... denounced as", "an arrest warrant issued in", "a charge Baku
# rejected", "lengthy inspections", "displaced from"), "believed to have come from", "could offer"
# and "might withhold", "the two countries fought", one Brussels meeting reported twice with names
# spelt two ways, denials of blocking and of a promise), written after reader_own24's rules and at
# least as hard.
READER_OWN25 = Path(__file__).parent / "gold" / "reader_own25.yaml"
READER_OWN25_DIR = Path(__file__).parent / "gold" / "reader_own25"
# The twenty-sixth, an Indian Ocean sea-boundary quarrel told by several outlets (Kenya and
# Somalia after the Kenya Navy boards a survey ship working for Mogadishu and tows it to Lamu:
# acts told by nouns and participles ("an operation ... condemned as", "on suspicion of spying",
# "the expulsion of its envoy", "IGAD-brokered talks", "trained by Turkey"), "believed to have
# crossed from", "could offer" and "might ask", a journalist "questioned", one Djibouti meeting
# reported twice with names spelt two ways, denials of warning shots, of an order and of a
# request), written after reader_own25's rules and at least as hard.
READER_OWN26 = Path(__file__).parent / "gold" / "reader_own26.yaml"
READER_OWN26_DIR = Path(__file__).parent / "gold" / "reader_own26"
# The twenty-seventh, a West African land-border quarrel told by several outlets (Sierra Leone and
# Guinea after Guinean soldiers cross the Makona at Yenga, detain fourteen farmers and raise their
# flag: acts told by nouns and participles ("the closure of the road", "a suspension of all fuel
# exports", "the burning of three granaries", "bought from Turkey", "invited ... to help repel"),
# mid-clause attributions ("of which, MPs say,"), "could offer" and "might press", one Abuja
# meeting reported twice with names spelt two ways, denials of entry, of tear gas, of shots and
# of a request), written after reader_own26's rules and at least as hard.
READER_OWN27 = Path(__file__).parent / "gold" / "reader_own27.yaml"
READER_OWN27_DIR = Path(__file__).parent / "gold" / "reader_own27"
# The twenty-eighth, a Strait of Gibraltar enclave quarrel told by several outlets (Spain and
# Morocco after thousands cross into Ceuta while Moroccan border forces stand aside and a Moroccan
# patrol boat tows a Ceuta trawler into M'diq: background clauses that tell earlier acts ("which
# cut gas flows ... last year"), passives with no doer ("were deployed along the beach"), acts told
# by nouns ("four days' detention", "a proposal by Madrid to station"), rumours never confirmed,
# "might offer", "would accept ... if", one Lisbon meeting reported twice with names spelt two
# ways, denials of a seizure, of a visa stop and of loosened controls), written to be harder than
# reader_own27.
READER_OWN28 = Path(__file__).parent / "gold" / "reader_own28.yaml"
READER_OWN28_DIR = Path(__file__).parent / "gold" / "reader_own28"
# The twenty-ninth, an Essequibo river-border quarrel told by several outlets (Guyana and
# Venezuela after National Guard troops from Ankoko island board a Guyanese gold dredge on the
# Cuyuni and detain its seven miners: background clauses that tell earlier acts ("which occupied
# ... in 1966", "after Georgetown expelled ... last month"), passives with and without a doer,
# acts told by nouns ("The boarding of the miners' dredge", "Brazil's offer of mediation"),
# gunfire and requests rumoured, meetings and visits still to come, a camp taken after its workers
# fled it, one Bridgetown meeting reported twice with names spelt two ways, denials of a crossing,
# of an overflight and of a beating), written to be as hard as reader_own28.
READER_OWN29 = Path(__file__).parent / "gold" / "reader_own29.yaml"
READER_OWN29_DIR = Path(__file__).parent / "gold" / "reader_own29"
# The thirtieth, Sudan and South Sudan over Abyei told by several outlets (Sudanese troops at a
# new checkpoint on the Kiir river bridge detain eleven South Sudanese traders and seize their
# lorries: a body of both states meeting ("The joint committee on Abyei met"), background clauses
# that tell earlier acts ("which pulled ... in 2022", "which overran Abyei town in May 2011"),
# acts told by nouns ("the envoy's proposal", "a protest note demanding"), a troop move and a
# request rumoured, conditional threats, offers and releases, meetings and visits still to come,
# one Addis Ababa meeting reported twice with names spelt two ways, denials of reinforcements and
# of a beating), written to be as hard as reader_own29.
READER_OWN30 = Path(__file__).parent / "gold" / "reader_own30.yaml"
READER_OWN30_DIR = Path(__file__).parent / "gold" / "reader_own30"
# The thirty-first, Bangladesh and Myanmar over shells fired across the border told by several
# outlets (two mortar shells from fighting between the Myanmar army and the Arakan Army kill a boy
# in a Bandarban village, and 42 Myanmar Border Guard Police flee into Bangladesh: a meeting of
# both states' border officials reported twice with names spelt two ways, background clauses that
# tell earlier acts ("that has seized much of northern Rakhine state", "which brokered a
# ceasefire ... last year"), acts told by nouns ("an accusation the group's spokesman rejected",
# "the transfer, agreed at a meeting"), a letter to the UN Security Council, a troop move told by
# villagers, a conditional refusal to fire, offers on conditions, a rumoured meeting and denials
# of shelling and of a request), written to be as hard as reader_own30.
READER_OWN31 = Path(__file__).parent / "gold" / "reader_own31.yaml"
READER_OWN31_DIR = Path(__file__).parent / "gold" / "reader_own31"
# The thirty-second, Lebanon and Israel over a Tyre fishing boat seized by the Israeli navy near
# the buoy line off Ras Naqoura, told by several outlets (a meeting of both armies' officers under
# UNIFIL reported twice with names and the place spelt two ways, background clauses that tell
# earlier acts ("which launched drones towards Israel's Karish gas platform", "who helped broker
# the 2022 maritime boundary agreement"), acts told by nouns ("a request the force commander
# accepted", "at Beirut's request"), a troop move and a drone told through perception verbs, a
# refused meeting, a rumoured understanding both deny, conditional steps and offers), written to
# be as hard as reader_own31.
READER_OWN32 = Path(__file__).parent / "gold" / "reader_own32.yaml"
READER_OWN32_DIR = Path(__file__).parent / "gold" / "reader_own32"
# The thirty-third, Burundi and Rwanda after gunmen from across the Rusizi kill three Burundian
# soldiers on Rugembe hill and Burundi shuts the Ruhwa crossing and detains four Rwandan traders,
# told by several outlets (a meeting of the two border governors reported twice with names and
# the crossing spelt two ways, background clauses that tell earlier acts ("which claimed a
# mortar attack on Bujumbura in 2021", "who mediated between Kenya and Uganda"), acts told by
# nouns and participles ("Bujumbura's request for an inquiry", "the traders it detained"),
# trenches told through a perception verb, a denied drone, visits due and put off, conditional
# steps), written to be as hard as reader_own32.
READER_OWN33 = Path(__file__).parent / "gold" / "reader_own33.yaml"
READER_OWN33_DIR = Path(__file__).parent / "gold" / "reader_own33"
# The thirty-fourth, Malawi and Tanzania over the boundary on Lake Nyasa after Tanzanian marine
# police board the survey vessel Mphamvu off Itungi and detain its crew, told by several outlets
# (a meeting of the two foreign ministers reported twice with names and the border post spelt two
# ways, acts told by nouns, participles and relative clauses ("the seizure of a survey vessel",
# "summoned in Lilongwe yesterday", "who was called home last week"), acts attributed several
# clauses away, role-only parties, hedged, rumoured and denied acts), written to be harder than
# reader_own33.
READER_OWN34 = Path(__file__).parent / "gold" / "reader_own34.yaml"
READER_OWN34_DIR = Path(__file__).parent / "gold" / "reader_own34"
# The thirty-fifth, Colombia and Peru over Santa Rosa island in the Amazon after Peruvian naval
# infantry board the Colombian fuel barge Dona Rubiela and take its crew to Caballococha, told by
# several outlets (a meeting of the two foreign ministers reported twice with names and the island
# spelt two ways, acts told by nouns, participles and relative clauses, acts attributed several
# clauses away, role-only parties, hedged, rumoured and denied acts, acts to come), written to be
# as hard as reader_own34 was asked to be.
READER_OWN35 = Path(__file__).parent / "gold" / "reader_own35.yaml"
READER_OWN35_DIR = Path(__file__).parent / "gold" / "reader_own35"
# The thirty-sixth, Costa Rica and Nicaragua over navigation on the San Juan river after
# Nicaraguan soldiers board the Costa Rican supply launch Garza Morena near Isla Calero and take its
# crew to San Juan de Nicaragua, told by several outlets (a meeting of the two foreign ministers
# reported twice with names spelt two ways, acts told by nouns, participles and relative clauses,
# acts attributed several clauses away, role-only parties, hedged, rumoured and denied acts, acts
# to come), written to be as hard as reader_own35 was asked to be.
READER_OWN36 = Path(__file__).parent / "gold" / "reader_own36.yaml"
READER_OWN36_DIR = Path(__file__).parent / "gold" / "reader_own36"
# The thirty-seventh, Slovenia and Croatia over fishing in the Bay of Piran after Croatian police
# board the Slovenian trawler Modra Ribica south of the 2017 arbitration line and take its two
# fishermen to Umag, told by several outlets (a meeting of the two foreign ministers reported twice
# with names spelt two ways, acts told by nouns, participles and relative clauses, acts attributed
# several clauses away, role-only parties, hedged, rumoured and denied acts, acts to come), written
# to come out near the 0.59 reader_own36 was asked for.
READER_OWN37 = Path(__file__).parent / "gold" / "reader_own37.yaml"
READER_OWN37_DIR = Path(__file__).parent / "gold" / "reader_own37"
# The thirty-eighth, Tajikistan and Kyrgyzstan over the (invented) Tash-Kuduk water post on the
# Isfara river after Tajik border guards detain three Kyrgyz water engineers and put them before a
# court in Isfara, told by several outlets (a meeting of the two regional governors reported twice
# with names spelt two ways, acts told by nouns, participles and relative clauses, acts attributed
# several clauses away, role-only parties, pronouns for parties, hedged, rumoured and denied acts,
# acts to come), written to come out near the 0.59 asked of reader_own37.
READER_OWN38 = Path(__file__).parent / "gold" / "reader_own38.yaml"
READER_OWN38_DIR = Path(__file__).parent / "gold" / "reader_own38"
# The thirty-ninth, Benin and Niger over the Malanville-Gaya bridge on the Niger river after
# Beninese gendarmes detain six Nigerien lorry drivers and impound their onion lorries, told by
# several outlets (a meeting of the Alibori prefect and the Dosso governor reported twice with names
# spelt two ways, acts told by nouns, participles and relative clauses, acts attributed several
# clauses away, role-only parties, pronouns for parties, hedged, rumoured and denied acts, declared
# refusals, acts to come), written to come out near the 0.59 asked of reader_own38.
READER_OWN39 = Path(__file__).parent / "gold" / "reader_own39.yaml"
READER_OWN39_DIR = Path(__file__).parent / "gold" / "reader_own39"
# The fortieth, Belize and Guatemala over the Sarstoon river after Guatemalan sailors detain three
# Belizean fishermen of Barranco and tow their skiff to Livingston, told by several outlets (a
# hand-over of two fishermen reported twice with names spelt two ways, acts told by nouns,
# participles and relative clauses, passives told by a spokesman, role-only parties, hedged and
# denied acts, declared refusals, acts to come), written to come out near the 0.59 asked of
# reader_own39.
READER_OWN40 = Path(__file__).parent / "gold" / "reader_own40.yaml"
READER_OWN40_DIR = Path(__file__).parent / "gold" / "reader_own40"
# The forty-first, Namibia and Botswana over the Chobe river after a Botswana Defence Force patrol
# detains four Namibian fishermen of Impalila Island and tows their boat to Kasane, told by
# several outlets (a hand-over of two fishermen reported twice with names spelt two ways, acts
# told by nouns, participles and relative clauses, passives told by a spokesman, role-only
# parties, hedged and denied acts, declared refusals, acts to come), written to come out near the
# 0.59 asked of reader_own40.
READER_OWN41 = Path(__file__).parent / "gold" / "reader_own41.yaml"
READER_OWN41_DIR = Path(__file__).parent / "gold" / "reader_own41"
# The forty-second, France and Brazil over the Oyapock river after French gendarmes detain nine
# Brazilian gold miners and burn their dredge, told by several outlets (a hand-over of three
# miners reported twice with names spelt two ways, acts told by nouns, relative and participial
# clauses and the second verbs of coordinations, light verbs, denied and hypothetical acts,
# reported speech, role-only parties, acts to come), written to come out near the 0.59 asked of
# reader_own41.
READER_OWN42 = Path(__file__).parent / "gold" / "reader_own42.yaml"
READER_OWN42_DIR = Path(__file__).parent / "gold" / "reader_own42"
# The forty-third, Costa Rica and Panama over the Sixaola river after Panamanian border police
# seize a Costa Rican cargo launch and hold its seven crewmen, told by several outlets (a hand-over
# of two boatmen reported twice with names spelt two ways, acts told by nouns, relative and
# participial clauses and the second verbs of coordinations, light verbs, denied and hypothetical
# acts, reported speech, role-only parties, acts to come, stop 63's leftovers as plain wording),
# written to come out near the 0.59 asked of reader_own42.
READER_OWN43 = Path(__file__).parent / "gold" / "reader_own43.yaml"
READER_OWN43_DIR = Path(__file__).parent / "gold" / "reader_own43"
# The forty-fourth, Estonia and Russia over Lake Peipus after Russian border guards board an
# Estonian fishing boat, tow it to their shore and hold its five crew, told by several outlets (a
# hand-over of two fishermen reported twice with names spelt two ways, acts told by nouns,
# relative and participial clauses and the second verbs of coordinations, light verbs, denied and
# hypothetical acts, reported speech, role-only parties, acts to come, stop 64's leftovers as
# plain wording of our own), written to come out near the 0.59 asked of reader_own43.
READER_OWN44 = Path(__file__).parent / "gold" / "reader_own44.yaml"
READER_OWN44_DIR = Path(__file__).parent / "gold" / "reader_own44"
# Round r46 (reader50): Burundi and the DR Congo over Lake Tanganyika after Congolese naval forces
# board a Burundian fishing boat, tow it to Uvira and hold its six crew, told by several outlets (a
# hand-over of two fishermen reported twice with names spelt two ways, acts told by nouns,
# relative and participial clauses and the second verbs of coordinations, light verbs, denied and
# hypothetical acts, reported speech, role-only parties, acts to come, stop 65's leftovers as
# plain wording of our own), written to come out near the 0.59 asked of reader_own44.
READER_OWN45 = Path(__file__).parent / "gold" / "reader_own45.yaml"
READER_OWN45_DIR = Path(__file__).parent / "gold" / "reader_own45"
# Round r47 (reader51): Honduras and El Salvador over the Gulf of Fonseca after a Salvadoran navy
# patrol stops a Honduran fishing launch near Isla Conejo and takes its five fishermen to La Unión,
# told by several outlets (a hand-over of two fishermen reported twice with names spelt two ways,
# acts told by nouns, relative and participial clauses and the second verbs of coordinations,
# light verbs, denied and hypothetical acts, reported speech, role-only parties, acts to come,
# stop 66's leftovers as plain wording of our own), written to come out near the 0.59 asked of
# reader_own46.
READER_OWN46 = Path(__file__).parent / "gold" / "reader_own46.yaml"
READER_OWN46_DIR = Path(__file__).parent / "gold" / "reader_own46"
# Round r48 (reader52): Croatia and Serbia over the Danube after Serbian river police stop a
# Croatian survey boat near Šarengrad island and take its four surveyors to Bačka Palanka, told by
# several outlets (a hand-over of two surveyors reported twice with names spelt two ways, acts told
# by nouns, relative and participial clauses and the second verbs of coordinations, light verbs,
# denied and hypothetical acts, reported speech, role-only parties, acts to come, stop 67's
# leftovers as plain wording of our own), written to come out near the 0.59 asked of
# reader_own47.
READER_OWN47 = Path(__file__).parent / "gold" / "reader_own47.yaml"
READER_OWN47_DIR = Path(__file__).parent / "gold" / "reader_own47"
# Round r49 (reader53): the Dominican Republic and Haiti over a canal dug off the Massacre river
# after Dominican border soldiers stop a Haitian crew near Dajabón and march six labourers to the
# army post, told by several outlets (a hand-over of two labourers reported twice with names spelt
# two ways, acts told by nouns, relative and participial clauses and the second verbs of
# coordinations, light and causative verbs, denied and hypothetical acts, reported speech,
# role-only parties, acts to come, stop 68's leftovers as classes in wording of our own), written
# to come out near the 0.59 asked of reader_own48.
READER_OWN48 = Path(__file__).parent / "gold" / "reader_own48.yaml"
READER_OWN48_DIR = Path(__file__).parent / "gold" / "reader_own48"
# Round r50 (reader54): Montenegro and Albania over the mouth of the Bojana river after
# Montenegrin border police board an Albanian dredger off Ada Bojana and take its five crewmen to
# Ulcinj, told by several outlets (a hand-over of two crewmen reported twice with names spelt two
# ways, acts told by nouns, relative and participial clauses and the second verbs of
# coordinations, light and causative verbs, denied and hypothetical acts, reported speech,
# role-only parties, acts to come, stop 69's leftovers as classes in wording of our own), written
# to come out near the 0.59 asked of reader_own49.
READER_OWN49 = Path(__file__).parent / "gold" / "reader_own49.yaml"
READER_OWN49_DIR = Path(__file__).parent / "gold" / "reader_own49"
# Round r51 (reader55): Thailand and Laos over the upper Mekong after Lao river police stop a Thai
# cargo boat opposite Chiang Khong and hold its six crewmen at Huay Xai, told by several outlets (a
# hand-over of two crewmen reported twice with names spelt two ways, acts told by nouns, relative
# and participial clauses and the second verbs of coordinations, light and causative verbs,
# denied and hypothetical acts, reported speech, role-only parties, acts to come, stop 70's
# leftovers as classes in wording of our own), written to come out near the 0.59 asked of
# reader_own50.
READER_OWN50 = Path(__file__).parent / "gold" / "reader_own50.yaml"
READER_OWN50_DIR = Path(__file__).parent / "gold" / "reader_own50"
# Round r52 (reader56): Guyana and Suriname over the mouth of the Corentyne river after a
# Surinamese coast guard cutter intercepts a Guyanese trawler and takes its seven crewmen to Nieuw
# Nickerie, told by several outlets (a hand-over of two crewmen reported twice with names spelt two
# ways, most check acts told by nouns, relative clauses and gapped or second verbs of
# coordinations, denied and hypothetical acts, role-only parties, acts to come, stop 71's
# leftovers as classes in wording of our own), written to come out near the 0.59 asked after
# reader_own50's check came out at 0.70, with tune and check equally hard.
READER_OWN51 = Path(__file__).parent / "gold" / "reader_own51.yaml"
READER_OWN51_DIR = Path(__file__).parent / "gold" / "reader_own51"
# Round r53 (reader57): Malawi and Zambia over a Malawian cargo plane that Zambian air force jets
# force down at Chipata, holding its five crew, told by several outlets (a hand-over of two
# crewmen reported twice, active and agentless passive, with names spelt two ways; acts told by
# nouns, relative clauses and gapped or second verbs of coordinations spread evenly over tune and
# check; denied and hypothetical acts, role-only parties, acts to come, stop 72's leftovers as
# classes in wording of our own), written to come out near the 0.59 asked with tune and check
# equally hard after reader_own51 came out at 0.34 tune and 0.52 check.
READER_OWN52 = Path(__file__).parent / "gold" / "reader_own52.yaml"
READER_OWN52_DIR = Path(__file__).parent / "gold" / "reader_own52"
# Each own set: its split prefix (`own_part(prefix, ...)`), its reader's list, its articles.
READER_OWN_SETS = (
    ("reader_own1", READER_OWN1, READER_OWN1_DIR),
    ("reader_own2", READER_OWN2, READER_OWN2_DIR),
    ("reader_own3", READER_OWN3, READER_OWN3_DIR),
    ("reader_own4", READER_OWN4, READER_OWN4_DIR),
    ("reader_own5", READER_OWN5, READER_OWN5_DIR),
    ("reader_own6", READER_OWN6, READER_OWN6_DIR),
    ("reader_own7", READER_OWN7, READER_OWN7_DIR),
    ("reader_own8", READER_OWN8, READER_OWN8_DIR),
    ("reader_own9", READER_OWN9, READER_OWN9_DIR),
    ("reader_own10", READER_OWN10, READER_OWN10_DIR),
    ("reader_own11", READER_OWN11, READER_OWN11_DIR),
    ("reader_own12", READER_OWN12, READER_OWN12_DIR),
    ("reader_own13", READER_OWN13, READER_OWN13_DIR),
    ("reader_own14", READER_OWN14, READER_OWN14_DIR),
    ("reader_own15", READER_OWN15, READER_OWN15_DIR),
    ("reader_own16", READER_OWN16, READER_OWN16_DIR),
    ("reader_own17", READER_OWN17, READER_OWN17_DIR),
    ("reader_own18", READER_OWN18, READER_OWN18_DIR),
    ("reader_own19", READER_OWN19, READER_OWN19_DIR),
    ("reader_own20", READER_OWN20, READER_OWN20_DIR),
    ("reader_own21", READER_OWN21, READER_OWN21_DIR),
    ("reader_own22", READER_OWN22, READER_OWN22_DIR),
    ("reader_own23", READER_OWN23, READER_OWN23_DIR),
    ("reader_own24", READER_OWN24, READER_OWN24_DIR),
    ("reader_own25", READER_OWN25, READER_OWN25_DIR),
    ("reader_own26", READER_OWN26, READER_OWN26_DIR),
    ("reader_own27", READER_OWN27, READER_OWN27_DIR),
    ("reader_own28", READER_OWN28, READER_OWN28_DIR),
    ("reader_own29", READER_OWN29, READER_OWN29_DIR),
    ("reader_own30", READER_OWN30, READER_OWN30_DIR),
    ("reader_own31", READER_OWN31, READER_OWN31_DIR),
    ("reader_own32", READER_OWN32, READER_OWN32_DIR),
    ("reader_own33", READER_OWN33, READER_OWN33_DIR),
    ("reader_own34", READER_OWN34, READER_OWN34_DIR),
    ("reader_own35", READER_OWN35, READER_OWN35_DIR),
    ("reader_own36", READER_OWN36, READER_OWN36_DIR),
    ("reader_own37", READER_OWN37, READER_OWN37_DIR),
    ("reader_own38", READER_OWN38, READER_OWN38_DIR),
    ("reader_own39", READER_OWN39, READER_OWN39_DIR),
    ("reader_own40", READER_OWN40, READER_OWN40_DIR),
    ("reader_own41", READER_OWN41, READER_OWN41_DIR),
    ("reader_own42", READER_OWN42, READER_OWN42_DIR),
    ("reader_own43", READER_OWN43, READER_OWN43_DIR),
    ("reader_own44", READER_OWN44, READER_OWN44_DIR),
    ("reader_own45", READER_OWN45, READER_OWN45_DIR),
    ("reader_own46", READER_OWN46, READER_OWN46_DIR),
    ("reader_own47", READER_OWN47, READER_OWN47_DIR),
    ("reader_own48", READER_OWN48, READER_OWN48_DIR),
    ("reader_own49", READER_OWN49, READER_OWN49_DIR),
    ("reader_own50", READER_OWN50, READER_OWN50_DIR),
    ("reader_own51", READER_OWN51, READER_OWN51_DIR),
    ("reader_own52", READER_OWN52, READER_OWN52_DIR),
)
OUTCOMES = ("no_event", "not_asserted")


def score_seeds(seeds_dir: Path, db: Path | None = None, own: bool = True) -> dict[str, Any]:
    """Run the seeds into a fresh database (or `db`) and score every acceptance check; with
    `own`, also run each set of own articles (`READER_OWN_SETS`) and score its reader's list."""
    events, documents = run_events(seeds_dir, db)
    scores = check_seeds(events, documents)
    if own:
        for prefix, gold, folder in READER_OWN_SETS:
            own_events, _ = run_events(folder)
            scores[prefix] = check_reader_parts(own_events, gold, prefix)
    return scores


def run_events(folder: Path, db: Path | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The exported events and documents of the pipeline run on `folder` (into `db` or a
    throw-away database)."""
    from realpolitik.pipeline import run
    from realpolitik.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        path = db or Path(tmp) / "run.duckdb"
        run([str(folder)], path)
        with Store(path, read_only=True) as store:
            return store.records("events"), store.records("documents")


def check_seeds(events: list[dict[str, Any]], documents: list[dict[str, Any]]) -> dict[str, Any]:
    """Score exported events and documents against the acceptance checks."""
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    results: list[dict[str, Any]] = []
    for check in gold["cleaning"]:
        text = _doc_text(documents, check["doc"])
        problems = [f"still has {s!r}" for s in check.get("absent", []) if s in text]
        problems += [f"lost {s!r}" for s in check.get("present", []) if s not in text]
        results.append({"check": f"cleaning {check['doc']}", "ok": not problems, "why": problems})
    for check in gold["events"]:
        matches = [e for e in events if _event_matches(e, check)]
        results.append({
            "check": check["name"],
            "ok": bool(matches),
            "why": [] if matches else [_closest_miss(events, check)],
        })  # fmt: skip
    for check in gold["not_asserted"]:
        bad = [
            e for e in events
            for m in e["mentions"]
            if _has_cues(m["sentence"], check["cue"]) and m.get("polarity", e["polarity"]) == "asserted"
            and _trigger_in_cue_clause(m, check["cue"])
        ]  # fmt: skip
        results.append({
            "check": f"not asserted: {' '.join(check['cue'])}",
            "ok": not bad,
            "why": [f"asserted {e['plover_type']} '{e['mentions'][0]['trigger']}'" for e in bad],
        })  # fmt: skip
    passed = sum(r["ok"] for r in results)
    event_checks = [r for r in results if r["check"][:1].isdigit()]
    return {
        "passed": passed,
        "total": len(results),
        "score": round(passed / len(results), 4),
        "events_found": sum(r["ok"] for r in event_checks),
        "events_total": len(event_checks),
        "checks": results,
        **check_reader(events),
        **check_non_events(events),
    }


def check_reader(events: list[dict[str, Any]], path: Path = READER) -> dict[str, Any]:
    """How many of the careful reader's events are found, and how many events the text does not
    assert come out asserted (`reader_hypothetical_asserted`)."""
    return _reader_counts(events, reader_entries(path))


def reader_entries(path: Path) -> list[dict[str, Any]]:
    """The careful reader's entries of a reader file, their types as current PLOVER roots
    (`plover_roots`: "FIGHT" is ASSAULT); an unknown label is a `UsageError` naming the entry."""
    from realpolitik.eval.gold_files import plover_roots

    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["events"]
    for entry in entries:
        name = f"entry {' '.join(entry.get('cue') or [])!r}"
        entry["types"] = plover_roots(path, name, entry.get("types"))
    return entries


def _reader_counts(events: list[dict[str, Any]], entries: list[dict[str, Any]]) -> dict[str, Any]:
    found, missed, wrongly_asserted = 0, [], []
    for entry in entries:
        if any(reader_matches(e, entry, entry["asserted"]) for e in events):
            found += 1
        else:
            missed.append(_reader_name(entry))
        if not entry["asserted"] and any(reader_matches(e, entry, True) for e in events):
            wrongly_asserted.append(_reader_name(entry))
    return {
        "reader_found": found,
        "reader_total": len(entries),
        "reader_hypothetical_asserted": len(wrongly_asserted),
        "reader_missed": missed,
        "reader_wrongly_asserted": wrongly_asserted,
    }


def article_key(doc: str) -> str:
    """The split key of an own article: its number without a trailing letter, so that the
    reports of one happening by two outlets ("r04a", "r04b") fall in one part ("r04")."""
    match = re.match(r"[a-z]*\d+", doc)
    return match.group() if match else doc


def check_reader_parts(events: list[dict[str, Any]], path: Path, prefix: str) -> dict[str, Any]:
    """`check_reader` on an own article set, per fixed part (`own_part(prefix, article_key)`):
    found, total and hypotheticals asserted for tune and check; the names of misses and wrongly
    asserted entries only for tune (check items are never read while tuning)."""
    from realpolitik.eval.splits import PARTS, own_part

    entries = reader_entries(path)
    out: dict[str, Any] = {}
    for part in PARTS:
        mine = [e for e in entries if own_part(prefix, article_key(e["docs"][0])) == part]
        if {own_part(prefix, article_key(d)) for e in mine for d in e["docs"]} - {part}:
            raise ValueError(f"{path}: an entry's documents lie in both parts")
        result = _reader_counts(events, mine)
        figures = {
            "found": result["reader_found"],
            "total": result["reader_total"],
            "found_share": round(result["reader_found"] / result["reader_total"], 4) if mine else 1.0,
            "hypothetical_asserted": result["reader_hypothetical_asserted"],
        }
        if part == "tune":
            figures["missed"] = result["reader_missed"]
            figures["wrongly_asserted"] = result["reader_wrongly_asserted"]
        out[part] = figures
    return out


def check_non_events(events: list[dict[str, Any]], path: Path = NON_EVENTS) -> dict[str, Any]:
    """How many of the seeds' non-events come out wrong: a `no_event` entry present at all, a
    `not_asserted` one present and asserted (`reader_non_events_wrong` of `..._total`);
    `reader_non_events_labelled` counts the `not_asserted` ones present with another polarity."""
    from realpolitik.errors import UsageError
    from realpolitik.eval.gold_files import read_gold_yaml

    entries = (read_gold_yaml(path, "the seeds' non-events") or {}).get("non_events") or []
    wrong, labelled = [], 0
    for entry in entries:
        if {"doc", "cue", "trigger", "outcome"} - set(entry) or entry["outcome"] not in OUTCOMES:
            raise UsageError(f"{path}: entry {entry!r} needs doc, cue, trigger and an outcome "
                             f"({' or '.join(OUTCOMES)})")  # fmt: skip
        polarities = [
            m.get("polarity", e["polarity"])
            for e in events
            for m in e["mentions"]
            if Path(m["doc_id"]).name.startswith(entry["doc"])
            and _has_cues(m["sentence"], entry["cue"])
            and entry["trigger"].lower() in m["trigger"].lower()
        ]
        name = f"{entry['doc']} {entry['outcome']} ({entry.get('class', '')}): " + " ".join(
            entry["cue"]
        ) + f" [{entry['trigger']}]"
        if entry["outcome"] == "no_event" and polarities:
            wrong.append(f"{name} -> present ({', '.join(polarities)})")
        elif entry["outcome"] == "not_asserted" and "asserted" in polarities:
            wrong.append(f"{name} -> asserted")
        elif polarities:
            labelled += 1
    return {
        "reader_non_events_total": len(entries),
        "reader_non_events_wrong": len(wrong),
        "reader_non_events_right_share": round(1 - len(wrong) / len(entries), 4) if entries else 1.0,
        "reader_non_events_labelled": labelled,
        "reader_non_events_wrong_list": wrong,
    }


def _reader_name(entry: dict[str, Any]) -> str:
    trigger = f" ({entry['trigger']})" if "trigger" in entry else ""
    docs, types, cue = "/".join(entry["docs"]), "|".join(entry["types"]), " ".join(entry["cue"])
    return f"{docs} {types}: {cue}{trigger}"


def reader_matches(event: dict[str, Any], entry: dict[str, Any], asserted: bool) -> bool:
    """The exported event is the reader's entry (see the header of gold/seeds_reader.yaml), told
    asserted (`asserted`) or not."""
    if event["plover_type"] not in entry["types"]:
        return False
    for role in ("source", "target", "claimed_by"):
        if role in entry and not _group_ok(event[role], entry[role]):
            return False
    if "parties" in entry and not _group_ok(event["source"] + event["target"], entry["parties"]):
        return False
    for doc in entry["docs"]:
        if not any(
            Path(m["doc_id"]).name.startswith(doc)
            and _has_cues(m["sentence"], entry["cue"])
            and entry.get("trigger", "").lower() in m["trigger"].lower()
            and (m.get("polarity", event["polarity"]) == "asserted") == asserted
            for m in event["mentions"]
        ):
            return False
    return True


def _doc_text(documents: list[dict[str, Any]], prefix: str) -> str:
    for d in documents:
        if Path(d["doc_id"]).name.startswith(prefix):
            return str(d.get("text") or "")
    return ""


def _has_cues(sentence: str, cues: list[str]) -> bool:
    low = sentence.lower()
    return all(c.lower() in low for c in cues)


def _trigger_in_cue_clause(mention: dict[str, Any], cues: list[str]) -> bool:
    """The trigger lies inside the cue phrase's clause: from the cue to the sentence's end."""
    sentence = mention["sentence"]
    at = sentence.lower().find(cues[0].lower())
    return at >= 0 and mention["trigger"].lower() in sentence[at:].lower()


def _actor_matches(actor: dict[str, Any], alternatives: list[str]) -> bool:
    for alt in alternatives:
        if len(alt) == 3 and alt.isupper() and actor.get("country") == alt:
            return True
        low = alt.lower()
        for key in ("name", "actor_id", "text"):
            if low in str(actor.get(key) or "").lower():
                return True
    return False


def _group_ok(actors: list[dict[str, Any]], groups: list[list[str]]) -> bool:
    return all(any(_actor_matches(a, g) for a in actors) for g in groups)


def _event_matches(e: dict[str, Any], check: dict[str, Any]) -> bool:
    if e["plover_type"] not in check["types"]:
        return False
    if "mode" in check and e.get("plover_mode") != check["mode"]:
        return False
    if "cue" in check and not any(_has_cues(m["sentence"], check["cue"]) for m in e["mentions"]):
        return False
    if "source" in check and not _group_ok(e["source"], check["source"]):
        return False
    if "target" in check and not _group_ok(e["target"], check["target"]):
        return False
    if "either" in check and not _group_ok(e["source"] + e["target"], check["either"]):
        return False
    if "claimed_by" in check and not _group_ok(e["claimed_by"], check["claimed_by"]):
        return False
    if "fatalities" in check and e.get("fatalities") != check["fatalities"]:
        return False
    if "location" in check:
        name = (e.get("location") or {}).get("name") or ""
        if check["location"].lower() not in name.lower():
            return False
    if "documents" in check:
        docs = {Path(m["doc_id"]).name[:3] for m in e["mentions"]}
        if not set(check["documents"]) <= docs or e["n_documents"] < len(check["documents"]):
            return False
    if len(e["mentions"]) < check.get("min_mentions", 1):
        return False
    if "date" in check:
        want = check["date"]
        date = e["date"]
        if "start" in want and date.get("start") != want["start"]:
            return False
        if "precision" in want and date.get("precision") != want["precision"]:
            return False
        if "text_contains" in want and want["text_contains"] not in (date.get("text") or ""):
            return False
    return True


def _closest_miss(events: list[dict[str, Any]], check: dict[str, Any]) -> str:
    """Say which events came close (right type and cue) to help whoever debugs the pipeline."""
    near = [
        e for e in events
        if e["plover_type"] in check["types"]
        and ("cue" not in check or any(_has_cues(m["sentence"], check["cue"]) for m in e["mentions"]))
    ]  # fmt: skip
    if not near:
        cue_hits = [
            f"{e['plover_type']} '{e['mentions'][0]['trigger']}'"
            for e in events
            if "cue" in check and any(_has_cues(m["sentence"], check["cue"]) for m in e["mentions"])
        ]
        return "no event of that type with the cue" + (f"; cue events: {cue_hits}" if cue_hits else "")
    e = near[0]
    return (
        f"closest: {e['plover_type']} src={[a['name'] for a in e['source']]} "
        f"tgt={[a['name'] for a in e['target']]} loc={(e.get('location') or {}).get('name')} "
        f"date={e['date']} fat={e.get('fatalities')} claimed={[a['name'] for a in e['claimed_by']]} "
        f"docs={e['n_documents']} mentions={len(e['mentions'])} mode={e.get('plover_mode')}"
    )
