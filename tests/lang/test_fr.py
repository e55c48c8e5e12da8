"""French on made-up news sentences, through the public pipeline, one rule family at a time.

Every sentence here was written for the test (none is copied from an article). Each test names
the rule family of ``kg/lang/fr`` it exercises; negative cases sit beside the positive ones.
"""
from __future__ import annotations

import pytest

from helpers import LanguageCase, persons, signers


FR, IN, DE, IT, MA, MR, SN, ML, BF, NE = "Q142", "Q668", "Q183", "Q38", "Q1028", "Q1025", "Q1041", "Q912", "Q965", "Q1032"
TN, GR, AM, AZ, US, IR, RU, KP, CA, EU = "Q948", "Q41", "Q399", "Q227", "Q30", "Q794", "Q159", "Q423", "Q16", "Q458"
PARIS, DELHI, RABAT, DAKAR, ROME = "Q90", "Q987", "Q3551", "Q3718", "Q220"
MACRON, MODI, SCHOLZ, PUTIN = "Q3052772", "Q1058", "Q61053", "Q7747"

HEAD = "Les principaux événements de la semaine en politique"
PUBLISHED = "2024-06-20"  # a Thursday


CASE = LanguageCase("fr", HEAD, PUBLISHED)
read, records, record, status, sentence_units = CASE.read, CASE.records, CASE.record, CASE.status, CASE.sentence_units


# --- agreement nouns and their kinds --------------------------------------------------------

@pytest.mark.parametrize("noun, kind", [
    ("un traité", "treaty"), ("un accord", "agreement"), ("un pacte", "pact"), ("un protocole", "protocol"),
    ("un mémorandum", "memorandum"), ("une convention", "convention"), ("une charte", "charter"),
    ("un accord-cadre", "agreement"),
])
def test_agreement_nouns_and_kinds(noun, kind):
    _, s = sentence_units(f"La France et l'Inde ont signé {noun} de coopération.")
    assert [t.kind for t in s.triggers] == [kind]


def test_talk_of_cooperation_is_no_agreement():
    assert records("La France et l'Allemagne ont discuté de coopération énergétique à Berlin.") == {}


@pytest.mark.parametrize("body", [
    "La Russie et l'Ukraine se sont mises d'accord sur un échange de prisonniers.",
    "La France a agi en accord avec l'Allemagne.",
    "La France et l'Inde ont décidé d'un commun accord de renforcer leur coopération.",
])
def test_agreeing_is_no_agreement(body):
    assert records(body) == {}


def test_a_memorandum_of_understanding_is_one_noun():
    _, s = sentence_units("La France et l'Inde ont signé un protocole d'accord.")
    assert [t.kind for t in s.triggers] == ["protocol"]


def test_an_organisation_named_with_treaty_is_no_agreement():
    assert records("L'Arménie a gelé sa participation à l'Organisation du traité de sécurité collective.") == {}


# --- references back --------------------------------------------------------------------------

def test_determiners_refer_back_and_new_introduces():
    _, s = sentence_units("Ce traité remplace l'ancien, et un nouvel accord sera signé plus tard.")
    first, second = s.triggers
    assert first.definite and first.demonstrative and not first.new
    assert second.new


def test_the_text_continues_the_agreement_in_focus():
    rec = record("La France et l'Inde ont signé un traité. Le texte est entré en vigueur en janvier.", FR, IN)
    assert rec.status.value == "in_force"


def test_the_two_countries_continue_the_agreement_in_focus():
    rec = record("La France et l'Inde ont signé un traité. Les deux pays l'ont ratifié en mars.", FR, IN)
    assert rec.status.value == "ratified"


# --- lifecycle cues and their modality ---------------------------------------------------------

def test_signed():
    assert status("La France et l'Inde ont signé un accord de défense.", FR, IN) == "signed"


@pytest.mark.parametrize("body", [
    "La France et l'Inde signeront un accord de défense la semaine prochaine.",
    "La France et l'Inde vont signer un traité d'amitié.",
    "La France prévoit de signer un accord avec l'Inde.",
    "La signature de l'accord entre la France et l'Inde aura lieu à New Delhi.",
    "La cérémonie de signature de l'accord entre la France et l'Inde est prévue pour jeudi.",
])
def test_future_and_planned_signing_is_planned(body):
    assert status(body, FR, IN) == "planned"


def test_negated_signing_is_not_signed():
    assert status("La France et l'Inde n'ont pas signé l'accord.", FR, IN) != "signed"


def test_a_hedge_signs_nothing():
    assert status("La France et l'Inde pourraient signer un accord.", FR, IN) != "signed"


def test_a_condition_gives_no_stage():
    doc = read("Si la France et l'Inde signent un accord, les échanges augmenteront.")
    assert [a for a in doc.agreements if a.status is not None] == []


def test_a_treaty_that_provides_for_something_is_not_planned():
    rec = record("La France et l'Inde ont signé un traité qui prévoit une coopération navale.", FR, IN)
    assert rec.status.value == "signed"


def test_ratified():
    assert status("L'Assemblée nationale a ratifié le traité entre la France et l'Italie.", FR, IT) == "ratified"


def test_obligation_is_not_yet_done():
    assert status("Le traité entre la France et l'Italie doit encore être ratifié par le Sénat.", FR, IT) != "ratified"


def test_in_force():
    assert status("L'accord entre l'Union européenne et le Canada est entré en vigueur en 2017.", EU, CA) == "in_force"


def test_entering_into_force_later_is_not_in_force():
    assert status("Le traité entre la France et l'Italie entrera en vigueur l'année prochaine.", FR, IT) != "in_force"


@pytest.mark.parametrize("body, parties", [
    ("Les États-Unis se sont retirés de l'accord nucléaire avec l'Iran en 2018.", (US, IR)),
    ("Les États-Unis ont quitté l'accord nucléaire avec l'Iran.", (US, IR)),
    ("La Russie a suspendu sa participation au traité de désarmement avec les États-Unis.", (RU, US)),
])
def test_terminated(body, parties):
    assert status(body, *parties) == "terminated"


def test_an_agreement_reached_is_signed():
    assert status("La France et l'Australie sont parvenues à un accord sur les sous-marins.", FR, "Q408") == "signed"


def test_signing_the_exchange_protocol_is_no_signing_of_the_treaty():
    body = ("Les vice-ministres ont signé le protocole d'échange des instruments de ratification du traité entre "
            "la Russie et la Corée du Nord.")
    rec = record(body, RU, KP)
    assert rec.status.value == "ratified" and rec.signatories == []


def test_cue_modes():
    _, s = sentence_units("La France n'a pas signé l'accord, mais elle le signera en juillet.")
    assert [c.mode for c in s.cues if c.kind == "sign"] == ["negated", "future"]


# --- who is a party ----------------------------------------------------------------------------

def test_between():
    _, s = sentence_units("L'accord entre la France et le Maroc a été signé.")
    assert [g.role for g in s.groups] == ["between"] and s.triggers[0].parties == [FR, MA]


def test_with_partner():
    assert status("La France a signé avec le Maroc un accord de coopération.", FR, MA) == "signed"


def test_with_two_partners_is_one_agreement_each():
    got = records("La France a signé des accords avec le Maroc et la Tunisie.")
    assert set(got) == {frozenset({FR, MA}), frozenset({FR, TN})}


def test_multilateral_list_is_one_agreement():
    got = records("Le Mali, le Burkina Faso et le Niger ont signé une charte trilatérale de défense.")
    assert set(got) == {frozenset({ML, BF, NE})}


def test_a_mediator_is_no_party():
    got = records("L'Arménie et l'Azerbaïdjan ont signé un accord de paix sous l'égide des États-Unis.")
    assert set(got) == {frozenset({AM, AZ})}


def test_a_witness_is_no_party_nor_signer():
    got = records("Le Maroc et la Mauritanie ont signé un accord en présence du président français Emmanuel Macron.")
    assert set(got) == {frozenset({MA, MR})}
    assert MACRON not in signers(got[frozenset({MA, MR})])


def test_an_envoys_posting_is_no_party():
    _, s = sentence_units("L'ambassadeur de l'Inde au Maroc a salué l'accord.")
    roles = {p.key: g.role for g in s.groups for p in g.members}
    assert roles.get(MA) == "envoy"


def test_a_capital_after_a_locative_is_the_place():
    rec = record("La France et le Maroc ont signé un accord le 3 mars 2023 à Rabat.", FR, MA)
    assert rec.signed_at.value == RABAT and rec.signed_on.value == "2023-03-03"
    assert set(records("La France et le Maroc ont signé un accord le 3 mars 2023 à Rabat.")) == {frozenset({FR, MA})}


def test_the_place_of_a_visit_is_the_place_of_signing():
    rec = record("La France et l'Inde ont signé un accord lors de la visite du président Macron à New Delhi.", FR, IN)
    assert rec.signed_at.value == DELHI


# --- signatories -----------------------------------------------------------------------------

def test_signers_with_their_demonyms():
    body = "Le Premier ministre indien Narendra Modi et le président français Emmanuel Macron ont signé un accord."
    assert signers(record(body, FR, IN)) == {MODI, MACRON}


def test_signers_named_in_apposition():
    body = ("Le ministre des Affaires étrangères du Sénégal, Yassine Fall, et son homologue français "
            "Jean-Noël Barrot ont signé un protocole à Dakar.")
    rec = record(body, SN, FR)
    assert len(rec.signatories) == 2 and rec.signed_at.value == DAKAR


def test_active_signing_with_a_direct_object_is_no_passive():
    body = "Le président iranien Massoud Pezeshkian et son homologue russe Vladimir Poutine ont signé le traité."
    rec = record(body, IR, RU)
    assert PUTIN in signers(rec) and len(rec.signatories) == 2


def test_passive_with_agent():
    rec = record("Le traité entre la France et l'Allemagne a été signé par Emmanuel Macron et Olaf Scholz.", FR, DE)
    assert signers(rec) == {MACRON, SCHOLZ}


def test_participle_with_date_place_and_agent():
    body = ("L'accord, signé le 5 mai à Paris par Emmanuel Macron et Narendra Modi, renforce la coopération entre "
            "la France et l'Inde.")
    rec = record(body, FR, IN)
    assert signers(rec) == {MACRON, MODI} and rec.signed_on.value == "2024-05-05" and rec.signed_at.value == PARIS


# --- titles -> persons -------------------------------------------------------------------------

def test_a_title_with_its_state_introduces_a_person():
    doc = read("Le ministre malien des Affaires étrangères Abdoulaye Diop est arrivé à Paris.")
    (diop,) = [m for m in persons(doc) if "Diop" in m.surface]
    assert diop.stands_for == ML and diop.role == "foreign_minister"


def test_a_later_mention_by_family_name_is_the_same_person():
    doc = read("Le ministre malien des Affaires étrangères Abdoulaye Diop est arrivé à Paris. Diop a rencontré "
               "des diplomates.")
    found = [m for m in persons(doc) if "Diop" in m.surface]
    assert len(found) == 2 and len({m.key for m in found}) == 1


# --- clauses: mutual defence and duration ------------------------------------------------------

@pytest.mark.parametrize("body", [
    "La France et la Grèce ont signé un accord de défense mutuelle.",
    "La France et la Grèce ont signé un accord. L'accord comporte une clause d'assistance mutuelle.",
    "La France et la Grèce ont signé un accord qui prévoit une assistance militaire immédiate en cas d'agression.",
])
def test_mutual_defence(body):
    assert record(body, FR, GR).mutual_defense.value is True


@pytest.mark.parametrize("second", [
    "L'accord ne prévoit pas de défense mutuelle.",
    "L'accord ne comporte aucune clause de défense mutuelle.",
    "Ce n'est pas une alliance militaire.",
])
def test_denied_mutual_defence_is_false(second):
    assert record(f"La France et la Grèce ont signé un accord. {second}", FR, GR).mutual_defense.value is False


def test_hedged_mutual_defence_says_nothing():
    rec = record("La France et la Grèce ont signé un accord. Il pourrait inclure une défense mutuelle.", FR, GR)
    assert rec.mutual_defense is None


@pytest.mark.parametrize("body, term", [
    ("La France et l'Inde ont signé un accord pour une durée de 20 ans.", "P20Y"),
    ("La France et l'Inde ont signé un accord d'une durée de dix ans.", "P10Y"),
    ("La France et l'Inde ont signé un accord pour vingt ans.", "P20Y"),
    ("La France et l'Inde ont signé un accord valable dix ans.", "P10Y"),
    ("La France et l'Inde ont signé un accord de 15 ans.", "P15Y"),
    ("La France et l'Inde ont signé un accord pour une période de six mois.", "P6M"),
])
def test_duration(body, term):
    assert record(body, FR, IN).duration.value == term


def test_an_extension_is_no_term():
    rec = record("La France et l'Inde ont signé un accord. Il a été prolongé pour cinq ans.", FR, IN)
    assert rec.duration is None


# --- dates ------------------------------------------------------------------------------------

@pytest.mark.parametrize("when, value", [
    ("le 3 mars 2023", "2023-03-03"),
    ("en janvier 2024", "2024-01"),
    ("lundi", "2024-06-17"),
    ("mercredi dernier", "2024-06-19"),
    ("hier", "2024-06-19"),
    ("l'an dernier", "2023"),
    ("le 1er juillet", "2023-07-01"),
    ("début mars", "2024-03"),
])
def test_signing_dates(when, value):
    assert record(f"La France et le Maroc ont signé un accord {when}.", FR, MA).signed_on.value == value


def test_a_signing_dated_after_the_article_is_still_ahead():
    assert status("La France et le Maroc ont signé un accord le 3 mars 2025.", FR, MA) == "planned"


# --- publisher, datelines, furniture -----------------------------------------------------------

@pytest.mark.parametrize("line, outlet", [
    ("PARIS (AFP) - La France et l'Inde ont signé un accord de défense mercredi.", "Q40464"),
    ("(AFP) - La France et l'Inde ont signé un accord de défense mercredi.", "Q40464"),
    ("NEW DELHI (Reuters) - La France et l'Inde ont signé un accord de défense mercredi.", "Q130879"),
    ("Dakar, le 5 juin 2024 (APS) – La France et le Sénégal ont signé un accord de défense.", "outlet:aps"),
])
def test_datelines_name_the_publisher(line, outlet):
    assert read(line, head="La France et l'Inde signent un accord de défense").publisher == outlet


def test_a_dateline_day_anchors_weekdays():
    body = "Rabat, 5 juin (MAP) - La France et le Maroc ont signé mercredi un accord de coopération."
    assert record(body, FR, MA).signed_on.value == "2024-06-05"


def test_no_dateline_no_publisher():
    assert read("La France et l'Inde ont signé un accord de défense mercredi à New Delhi.").publisher is None


def test_furniture_is_dropped():
    body = ("La France et l'Inde ont signé un accord de défense.\n"
            "Lire aussi : Le Japon et l'Australie signent un traité\n"
            "Mots-clés : France, Inde\n"
            "Partager cet article")
    doc = read(body)
    assert "Japon" not in doc.text and "Mots-clés" not in doc.text and "Partager" not in doc.text
    assert set(records(body)) == {frozenset({FR, IN})}


def test_a_byline_is_dropped():
    doc = read("Par Jeanne Dupont\nLa France et l'Inde ont signé un accord de défense.")
    assert "Dupont" not in doc.text
