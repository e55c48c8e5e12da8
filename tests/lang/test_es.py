"""Spanish on made-up news sentences, through the public pipeline, one rule family at a time.

Every sentence here was written for the test (none is copied from an article). Each test names
the rule family of ``kg/lang/es`` it exercises; negative cases sit beside the positive ones.
"""
from __future__ import annotations

import pytest

from helpers import LanguageCase, persons, signers


ES, MA, FR, IT, IN, MR, TN, ML, BF, NE = "Q29", "Q1028", "Q142", "Q38", "Q668", "Q1025", "Q948", "Q912", "Q965", "Q1032"
RU, IR, KP, US, AM, AZ, EU, AR, CL = "Q159", "Q794", "Q423", "Q30", "Q399", "Q227", "Q458", "Q414", "Q298"
MADRID, RABAT, MOSCOW = "Q2807", "Q3551", "Q649"
MACRON, MODI, PUTIN = "Q3052772", "Q1058", "Q7747"

HEAD = "Los principales acontecimientos de la semana en política"
PUBLISHED = "2024-06-20"  # a Thursday


CASE = LanguageCase("es", HEAD, PUBLISHED)
read, records, record, status, sentence_units = CASE.read, CASE.records, CASE.record, CASE.status, CASE.sentence_units


# --- agreement nouns and their kinds --------------------------------------------------------

@pytest.mark.parametrize("noun, kind", [
    ("un tratado", "treaty"), ("un acuerdo", "agreement"), ("un pacto", "pact"), ("un protocolo", "protocol"),
    ("un memorándum de entendimiento", "memorandum"), ("un convenio", "convention"),
    ("una carta", "charter"), ("un acuerdo marco", "agreement"),
])
def test_agreement_nouns_and_kinds(noun, kind):
    _, s = sentence_units(f"España y Marruecos firmaron {noun} de cooperación.")
    assert [t.kind for t in s.triggers] == [kind]


def test_talk_of_cooperation_is_no_agreement():
    assert records("España y Francia hablaron de cooperación energética en Madrid.") == {}


@pytest.mark.parametrize("body", [
    "De acuerdo con el Gobierno de España, Marruecos ha reforzado sus controles.",
    "España y Marruecos están de acuerdo en reforzar la cooperación.",
    "España actuó de acuerdo con Francia.",
])
def test_de_acuerdo_is_no_agreement(body):
    assert records(body) == {}


def test_a_draft_agreement_is_planned():
    assert status("España y Marruecos presentaron un borrador de acuerdo de pesca.", ES, MA) == "planned"


def test_a_package_of_agreements_is_one():
    assert status("España y Marruecos firmaron un paquete de acuerdos comerciales.", ES, MA) == "signed"


def test_the_north_atlantic_treaty_organisation_is_no_agreement():
    assert records("Suecia ingresó en la Organización del Tratado del Atlántico Norte.") == {}


# --- references back --------------------------------------------------------------------------

def test_determiners_refer_back_and_new_introduces():
    _, s = sentence_units("Este tratado sustituye al anterior y un nuevo acuerdo será firmado más tarde.")
    first, second = s.triggers
    assert first.definite and first.demonstrative and not first.new
    assert second.new


def test_the_text_continues_the_agreement_in_focus():
    rec = record("España y Marruecos firmaron un tratado. El texto entró en vigor en enero.", ES, MA)
    assert rec.status.value == "in_force"


def test_both_countries_continue_the_agreement_in_focus():
    rec = record("España y Marruecos firmaron un tratado. Ambos países lo ratificaron en marzo.", ES, MA)
    assert rec.status.value == "ratified"


# --- lifecycle cues and their modality ---------------------------------------------------------

def test_signed():
    assert status("España y Marruecos firmaron un acuerdo de cooperación.", ES, MA) == "signed"


def test_signed_in_the_perfect_tense():
    rec = record("España y Marruecos han firmado en Rabat un acuerdo de cooperación.", ES, MA)
    assert rec.status.value == "signed" and rec.signed_at.value == RABAT


@pytest.mark.parametrize("body", [
    "España y Marruecos firmarán un acuerdo la próxima semana.",
    "España y Marruecos van a firmar un tratado de amistad.",
    "España prevé firmar un acuerdo con Marruecos.",
    "La firma del acuerdo entre España y Marruecos tendrá lugar en Rabat.",
    "La ceremonia de firma del tratado entre España y Marruecos está prevista para el jueves.",
])
def test_future_and_planned_signing_is_planned(body):
    assert status(body, ES, MA) == "planned"


def test_negated_signing_is_not_signed():
    assert status("España y Marruecos no firmaron el acuerdo.", ES, MA) != "signed"


def test_a_hedge_signs_nothing():
    assert status("España y Marruecos podrían firmar un acuerdo.", ES, MA) != "signed"


def test_a_condition_gives_no_stage():
    doc = read("Si España y Marruecos firman un acuerdo, el comercio crecerá.")
    assert [a for a in doc.agreements if a.status is not None] == []


def test_a_treaty_that_provides_for_something_is_not_planned():
    rec = record("España y Marruecos firmaron un tratado que prevé un aumento de las exportaciones.", ES, MA)
    assert rec.status.value == "signed"


def test_ratified():
    assert status("El Congreso ratificó el tratado entre España y Francia.", ES, FR) == "ratified"


def test_obligation_is_not_yet_done():
    assert status("El tratado entre España y Marruecos aún debe ser ratificado por el Senado.", ES, MA) != "ratified"


def test_in_force():
    assert status("El acuerdo entre la Unión Europea y Chile entró en vigor el 1 de febrero de 2024.", EU, CL) == \
        "in_force"


def test_entering_into_force_later_is_not_in_force():
    assert status("El tratado entre España e Italia entrará en vigor el próximo año.", ES, IT) != "in_force"


@pytest.mark.parametrize("body", [
    "Estados Unidos se retiró del acuerdo nuclear con Irán en 2018.",
    "Estados Unidos abandonó el acuerdo nuclear con Irán.",
    "Estados Unidos salió del acuerdo nuclear con Irán.",
])
def test_terminated(body):
    assert status(body, US, IR) == "terminated"


def test_an_agreement_reached_is_signed():
    assert status("Rusia e Irán alcanzaron un acuerdo sobre el suministro de gas.", RU, IR) == "signed"


def test_signing_the_exchange_protocol_is_no_signing_of_the_treaty():
    body = ("Los vicecancilleres firmaron el protocolo sobre el intercambio de ratificaciones del tratado entre "
            "Rusia y Corea del Norte.")
    rec = record(body, RU, KP)
    assert rec.status.value == "ratified" and rec.signatories == []


def test_cue_modes():
    _, s = sentence_units("España no firmó el acuerdo, pero lo firmará en julio.")
    assert [c.mode for c in s.cues if c.kind == "sign"] == ["negated", "future"]


def test_purpose_is_not_yet_done():
    _, s = sentence_units("El Parlamento se reunió para ratificar el tratado con Marruecos.")
    assert [c.mode for c in s.cues if c.kind == "ratify"] == ["future"]


def test_the_signing_noun_is_no_finite_verb():
    _, s = sentence_units("La firma del acuerdo se celebró en Rabat.")
    assert [c.verb for c in s.cues if c.kind == "sign"] == [False]


# --- who is a party ----------------------------------------------------------------------------

def test_between():
    _, s = sentence_units("El acuerdo entre España y Marruecos fue firmado.")
    assert [g.role for g in s.groups] == ["between"] and s.triggers[0].parties == [ES, MA]


def test_with_partner():
    assert status("España firmó con Marruecos un acuerdo de cooperación.", ES, MA) == "signed"


def test_with_two_partners_is_one_agreement_each():
    got = records("España firmó acuerdos con Marruecos y Túnez.")
    assert set(got) == {frozenset({ES, MA}), frozenset({ES, TN})}


def test_multilateral_list_is_one_agreement():
    got = records("Mali, Burkina Faso y Níger firmaron un pacto trilateral de defensa.")
    assert set(got) == {frozenset({ML, BF, NE})}


def test_a_mediator_is_no_party():
    got = records("Armenia y Azerbaiyán firmaron un acuerdo de paz con la mediación de Estados Unidos.")
    assert set(got) == {frozenset({AM, AZ})}


def test_a_witness_is_no_party_nor_signer():
    got = records("Marruecos y Mauritania firmaron un acuerdo en presencia del presidente francés Emmanuel Macron.")
    assert set(got) == {frozenset({MA, MR})}
    assert MACRON not in signers(got[frozenset({MA, MR})])


def test_an_envoys_posting_is_no_party():
    _, s = sentence_units("El embajador de India en Marruecos celebró el acuerdo.")
    roles = {p.key: g.role for g in s.groups for p in g.members}
    assert roles.get(MA) == "envoy"


def test_a_capital_after_a_locative_is_the_place():
    rec = record("España y Marruecos firmaron un acuerdo el 3 de marzo de 2023 en Rabat.", ES, MA)
    assert rec.signed_at.value == RABAT and rec.signed_on.value == "2023-03-03"


def test_the_place_of_a_visit_is_the_place_of_signing():
    body = "España y Marruecos firmaron un acuerdo durante la visita del presidente del Gobierno a Rabat."
    assert record(body, ES, MA).signed_at.value == RABAT


# --- signatories -----------------------------------------------------------------------------

def test_signers_named_in_apposition():
    body = ("El presidente ruso, Vladímir Putin, y su homólogo iraní, Masud Pezeshkian, han firmado el tratado.")
    rec = record(body, RU, IR)
    assert PUTIN in signers(rec) and len(rec.signatories) == 2


def test_three_appositions():
    body = "El primer ministro indio, Narendra Modi, y el presidente ruso, Vladímir Putin, firmaron un acuerdo."
    assert signers(record(body, RU, IN)) == {MODI, PUTIN}


def test_passive_with_agent():
    body = ("El tratado entre España y Francia fue firmado por el presidente francés Emmanuel Macron y el jefe "
            "del Gobierno español.")
    assert MACRON in signers(record(body, ES, FR))


def test_the_exchange_of_ratifications_names_no_signer_of_the_treaty():
    body = ("El vicecanciller de Rusia Andréi Rudenko y el vicecanciller de Corea del Norte, Kim Jong Gyu, firmaron "
            "el protocolo sobre el intercambio de ratificaciones del tratado entre Rusia y Corea del Norte.")
    assert record(body, RU, KP).signatories == []


# --- titles -> persons -------------------------------------------------------------------------

@pytest.mark.parametrize("line, state, role", [
    ("El ministro maliense de Asuntos Exteriores, Abdoulaye Diop, llegó a Madrid.", ML, "foreign_minister"),
    ("El canciller de Mali Abdoulaye Diop llegó a Madrid.", ML, "foreign_minister"),
    ("El presidente senegalés Bassirou Diomaye Faye llegó a Madrid.", "Q1041", "head_of_state"),
    ("El ministro de Defensa de Marruecos, Abdellatif Loudiyi, llegó a Madrid.", MA, "defence_minister"),
])
def test_a_title_with_its_state_introduces_a_person(line, state, role):
    (person,) = persons(read(line))
    assert person.stands_for == state and person.role == role


# --- clauses: mutual defence and duration ------------------------------------------------------

def test_mutual_defence():
    assert record("Rusia y Corea del Norte firmaron un tratado de defensa mutua.", RU, KP).mutual_defense.value is True


@pytest.mark.parametrize("second", [
    "El acuerdo no incluye una cláusula de defensa mutua.",
    "El texto no prevé ninguna cláusula de defensa mutua.",
    "El pacto no es una alianza militar.",
])
def test_denied_mutual_defence_is_false(second):
    rec = record(f"Rusia y Corea del Norte firmaron un tratado. {second}", RU, KP)
    assert rec.mutual_defense.value is False


def test_hedged_mutual_defence_says_nothing():
    rec = record("Rusia y Corea del Norte firmaron un tratado. El acuerdo podría incluir una cláusula de defensa "
                 "mutua.", RU, KP)
    assert rec.mutual_defense is None


@pytest.mark.parametrize("body, term", [
    ("España y Marruecos firmaron un acuerdo por 20 años.", "P20Y"),
    ("España y Marruecos firmaron un acuerdo por un período de veinte años.", "P20Y"),
    ("España y Marruecos firmaron un acuerdo con una duración de cinco años.", "P5Y"),
    ("España y Marruecos firmaron un acuerdo con una vigencia de diez años.", "P10Y"),
    ("España y Marruecos firmaron un acuerdo válido por diez años.", "P10Y"),
    ("España y Marruecos firmaron un acuerdo de 15 años.", "P15Y"),
    ("España y Marruecos firmaron un acuerdo por un período de seis meses.", "P6M"),
])
def test_duration(body, term):
    assert record(body, ES, MA).duration.value == term


def test_an_extension_is_no_term():
    rec = record("El acuerdo entre España y Marruecos fue prorrogado por cinco años.", ES, MA)
    assert rec.duration is None


# --- dates ------------------------------------------------------------------------------------

@pytest.mark.parametrize("when, value", [
    ("el 3 de marzo de 2023", "2023-03-03"),
    ("en enero de 2024", "2024-01"),
    ("el lunes", "2024-06-17"),
    ("el miércoles pasado", "2024-06-19"),
    ("ayer", "2024-06-19"),
    ("el año pasado", "2023"),
    ("el 1 de julio", "2023-07-01"),
    ("a principios de marzo", "2024-03"),
])
def test_signing_dates(when, value):
    assert record(f"España y Marruecos firmaron un acuerdo {when}.", ES, MA).signed_on.value == value


def test_a_signing_dated_after_the_article_is_still_ahead():
    assert status("España y Marruecos firmaron un acuerdo el 3 de marzo de 2025.", ES, MA) == "planned"


# --- publisher, datelines, furniture -----------------------------------------------------------

@pytest.mark.parametrize("line, outlet", [
    ("MADRID (EFE).- España y Marruecos firmaron este miércoles un acuerdo de cooperación.", "outlet:efe"),
    ("Madrid, 5 jun (EFE).- España y Marruecos firmaron este miércoles un acuerdo de cooperación.", "outlet:efe"),
    ("BUENOS AIRES (Reuters) - Argentina y Chile firmaron este miércoles un acuerdo de cooperación.", "Q130879"),
    ("LA HABANA, 5 jun (Prensa Latina) España y Cuba firmaron este miércoles un acuerdo de cooperación.",
     "outlet:prensa_latina"),
])
def test_datelines_name_the_publisher(line, outlet):
    assert read(line, head="España y Marruecos firman un acuerdo de cooperación").publisher == outlet


def test_a_dateline_day_anchors_weekdays():
    body = "Madrid, 5 jun (EFE).- España y Marruecos firmaron este miércoles un acuerdo de cooperación."
    assert record(body, ES, MA).signed_on.value == "2024-06-05"


def test_no_dateline_no_publisher():
    assert read("España y Marruecos firmaron este miércoles un acuerdo de cooperación.").publisher is None


def test_furniture_is_dropped():
    body = ("España y Marruecos firmaron un acuerdo de cooperación.\n"
            "Lee también: Japón y Australia firman un tratado\n"
            "Etiquetas: España, Marruecos\n"
            "Compartir en Facebook")
    doc = read(body)
    assert "Japón" not in doc.text and "Etiquetas" not in doc.text and "Compartir" not in doc.text
    assert set(records(body)) == {frozenset({ES, MA})}
