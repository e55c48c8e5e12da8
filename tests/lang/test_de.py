"""German, added as one package (kg/lang/de) plus lexicon columns: a whole article built end to end.

The article is written for this test. It checks that a new language needs no engine change:
reading, language id, dates, parties, stage, place, signers, duration and mutual defence.
"""
from __future__ import annotations

from helpers import LanguageCase, signers

KE, GH, NAIROBI = "Q114", "Q117", "Q3870"
CASE = LanguageCase("de", "Kenia und Ghana unterzeichnen Verteidigungsabkommen", None)

ARTICLE = """NAIROBI (dpa) - Kenia und Ghana haben am Montag in Nairobi ein Verteidigungsabkommen unterzeichnet.
Das Abkommen wurde von dem kenianischen Präsidenten William Ruto und dem ghanaischen Präsidenten John Mahama unterzeichnet.
Es hat eine Laufzeit von zehn Jahren und enthält eine Beistandspflicht: ein Angriff auf einen der beiden Staaten gilt als Angriff auf beide.
Das Parlament in Accra muss den Vertrag noch ratifizieren."""


def test_a_german_article_builds_every_fact():
    doc = CASE.read(ARTICLE, published="2025-03-12")
    assert doc.language == "de"
    (agreement,) = [a for a in doc.agreements if a.parties == frozenset((KE, GH))]
    assert agreement.status.value == "signed"
    assert agreement.signed_on.value == "2025-03-10"
    assert agreement.signed_at is not None and agreement.signed_at.value == NAIROBI
    assert agreement.duration is not None and agreement.duration.value == "P10Y"
    assert agreement.mutual_defense is not None and agreement.mutual_defense.value is True
    assert len(signers(agreement)) == 2
    assert doc.publisher is not None


def test_german_stages():
    assert CASE.status("Kenia und Ghana wollen nächste Woche ein Handelsabkommen unterzeichnen.", KE, GH) == "planned"
    assert CASE.status("Das Abkommen zwischen Kenia und Ghana ist am Dienstag in Kraft getreten.", KE, GH) == "in_force"
    assert CASE.status("Kenia ist aus dem Abkommen mit Ghana ausgetreten.", KE, GH) == "terminated"
