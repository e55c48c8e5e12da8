"""The extract stage on small articles written for the test, one rule at a time, per language."""
import pytest

from kg.extract import extract
from kg.read import read_text


def run(text: str, lang: str, published: str | None = None):
    doc = read_text("Headline\n\n" + text if lang in ("en", "fr", "es") else "标题\n\n" + text, "t.txt")
    doc.language, doc.published = lang, published
    return {frozenset(a.parties): a for a in extract(doc).agreements}, doc


def facts(record):
    return {
        "status": record.status and record.status.value,
        "signed_on": record.signed_on and record.signed_on.value,
        "signed_at": record.signed_at and record.signed_at.value,
        "signatories": sorted(c.value for c in record.signatories),
        "duration": record.duration and record.duration.value,
        "mutual_defense": record.mutual_defense and record.mutual_defense.value,
    }


RU, IR, KP, CN, JP, IN, FR, DE, EG, SO, US = "Q159", "Q794", "Q423", "Q148", "Q17", "Q668", "Q142", "Q183", "Q79", "Q1045", "Q30"


def test_zh_planned_from_future_markers():
    agreements, _ = run("俄罗斯与伊朗打算很快签署全面战略伙伴关系条约。", "zh", "2024-10-31")
    assert facts(agreements[frozenset({RU, IR})])["status"] == "planned"


def test_zh_signed_with_relative_date_place_and_duration():
    agreements, _ = run("印度和日本于本周三在东京签署了为期10年的防务协议。", "zh", "2025-03-08")
    got = facts(agreements[frozenset({IN, JP})])
    assert got["status"] == "signed" and got["signed_on"] == "2025-03-05"
    assert got["signed_at"] == "Q1490" and got["duration"] == "P10Y"


def test_zh_hub_split_and_carried_subject():
    agreements, _ = run("俄罗斯已经跟平壤和白俄罗斯签署了安全条约，与中国达成了合作协议。", "zh")
    assert set(agreements) == {frozenset({RU, KP}), frozenset({RU, "Q184"}), frozenset({RU, CN})}


def test_zh_comparison_gives_the_compared_treaty_the_clause():
    text = "日本与印度签署了一项协议。但与俄罗斯去年与朝鲜签署的条约不同，这项协议并不包括共同防御条款。"
    agreements, _ = run(text, "zh", "2025-01-18")
    assert facts(agreements[frozenset({RU, KP})])["mutual_defense"] is True
    assert facts(agreements[frozenset({RU, KP})])["signed_on"] == "2024"
    assert facts(agreements[frozenset({JP, IN})])["mutual_defense"] is False


def test_zh_hedged_absence_is_not_a_no():
    agreements, _ = run("中国与俄罗斯的条约可能不会含有共同防御条款。", "zh")
    assert facts(agreements[frozenset({CN, RU})])["mutual_defense"] is None


def test_zh_hypotheticals_make_no_agreement():
    agreements, _ = run("如果美国与伊朗达成协议，局势将会缓和。", "zh")
    assert agreements == {}


def test_zh_traditional_script_and_abbreviations():
    agreements, _ = run("俄朝條約已經簽署了。", "zh")
    assert facts(agreements[frozenset({RU, KP})])["status"] == "signed"


def test_ar_signed_with_signatories_and_place():
    text = "وقع الرئيس المصري عبد الفتاح السيسي ونظيره الصومالي حسن شيخ محمود اتفاقية للدفاع المشترك في القاهرة أمس."
    agreements, _ = run(text, "ar", "2024-08-15")
    got = facts(agreements[frozenset({EG, SO})])
    assert got["status"] == "signed" and got["signed_on"] == "2024-08-14"
    assert got["signed_at"] == "Q85" and got["mutual_defense"] is True
    assert len(got["signatories"]) == 2


def test_ar_planned():
    agreements, _ = run("تعتزم روسيا وإيران توقيع معاهدة شاملة قريبا.", "ar")
    assert facts(agreements[frozenset({RU, IR})])["status"] == "planned"


def test_en_signed_date_place_clause():
    text = "France and Germany signed a defence treaty in Paris on March 3, 2024, pledging mutual defence."
    agreements, _ = run(text, "en")
    got = facts(agreements[frozenset({FR, DE})])
    assert got == {"status": "signed", "signed_on": "2024-03-03", "signed_at": "Q90", "signatories": [],
                   "duration": None, "mutual_defense": True}


def test_en_passive_names_no_signers_and_negated_clause():
    text = "The pact between Egypt and Somalia was signed during the visit of President Abdel Fattah el-Sisi. It does not include a mutual defence clause."
    agreements, _ = run(text, "en")
    got = facts(agreements[frozenset({EG, SO})])
    assert got["signatories"] == []


def test_en_ratification_is_the_latest_stage():
    text = "Japan and the Philippines signed a reciprocal access agreement in 2024. Japan's parliament ratified the agreement."
    agreements, _ = run(text, "en")
    assert facts(agreements[frozenset({JP, "Q928"})])["status"] == "ratified"


def test_en_if_is_not_a_fact():
    agreements, _ = run("If China and Japan sign a peace treaty, trade will grow.", "en")
    assert agreements == {}


def test_ru_case_endings_and_date():
    text = "Россия и Китай подписали соглашение о стратегическом партнерстве в Пекине 5 мая 2024 года."
    agreements, _ = run(text, "ru")
    got = facts(agreements[frozenset({RU, CN})])
    assert got["status"] == "signed" and got["signed_on"] == "2024-05-05" and got["signed_at"] == "Q956"


def test_ru_ratification_of_a_treaty_with_an_inflected_state():
    agreements, _ = run("Госдума ратифицировала договор с Беларусью.", "ru")
    assert frozenset({RU, "Q184"}) in agreements or frozenset({"Q184"}) not in agreements


def test_fr_signed_mutual_defence():
    text = "Le Pakistan et l'Arabie saoudite ont signé mercredi un accord de défense mutuelle."
    agreements, _ = run(text, "fr", "2025-09-18")
    got = facts(agreements[frozenset({"Q843", "Q851"})])
    assert got["status"] == "signed" and got["signed_on"] == "2025-09-17" and got["mutual_defense"] is True


def test_fa_signed_in_june():
    text = "ولادیمیر پوتین در ماه ژوئن به کره شمالی سفر کرد و این معاهده را با کیم جونگ اون امضا کرد."
    agreements, _ = run(text, "fa", "2024-11-11")
    got = facts(agreements[frozenset({RU, KP})])
    assert got["status"] == "signed" and got["signed_on"] == "2024-06" and len(got["signatories"]) == 2


def test_every_claim_quotes_its_sentence():
    agreements, doc = run("俄罗斯与伊朗打算很快签署条约。美国与日本签署了协议。", "zh")
    for record in agreements.values():
        for claim in record.party_claims + record.stages:
            quote = doc.text[claim.evidence.start:claim.evidence.end]
            assert quote and quote in doc.text


def test_each_agreement_keeps_its_own_date_and_place():
    text = ("France signed the Aachen treaty with Germany in Aachen in January 2019, "
            "and France signed the Quirinal treaty with Italy in Rome in November 2021.")
    agreements, _ = run(text, "en", "2025-05-10")
    italy = facts(agreements[frozenset({FR, "Q38"})])
    assert italy["signed_on"] == "2021-11" and italy["signed_at"] == "Q220"
    germany = facts(agreements[frozenset({FR, DE})])
    assert germany["signed_on"] == "2019-01" and germany["signed_at"] != "Q220"


def test_a_capital_after_a_locative_is_the_place_not_a_party():
    agreements, _ = run("Egypt and Somalia signed a military protocol in Moscow on Monday.", "en", "2024-08-15")
    assert set(agreements) == {frozenset({EG, SO})}
    assert facts(agreements[frozenset({EG, SO})])["signed_at"] == "Q649"


def test_a_pronoun_subject_continues_the_agreement_in_focus():
    text = "Japan and Australia have a reciprocal access agreement. It was signed in January 2022 in Tokyo."
    agreements, _ = run(text, "en", "2023-08-14")
    got = facts(agreements[frozenset({JP, "Q408"})])
    assert got["status"] == "signed" and got["signed_on"] == "2022-01"


def test_treaty_inside_an_organisation_name_is_not_an_agreement():
    agreements, _ = run("Armenia froze its part in the Collective Security Treaty Organization.", "en")
    assert agreements == {}


def test_obligation_is_not_yet_done():
    agreements, _ = run("Le traité entre la France et la Pologne doit encore être ratifié par les Parlements.", "fr")
    assert facts(agreements[frozenset({FR, "Q36"})])["status"] != "ratified"


def test_multilateral_list_is_one_agreement():
    text = "Le Mali, le Burkina Faso et le Niger ont signé samedi à Bamako une charte de défense mutuelle."
    agreements, _ = run(text, "fr", "2023-09-18")
    assert frozenset({"Q912", "Q965", "Q1032"}) in agreements
