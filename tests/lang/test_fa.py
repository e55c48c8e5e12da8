"""Persian through the public pipeline, one rule family at a time.

Every sentence here is made up for the test (none is copied from an evaluation
article). Persian is verb-final: the subject and the object stand before the
verb, the light verb and its negation after the noun ("امضا نکردند"), and the
parties of an agreement noun follow it as its genitive ("معاهده ایران و روسیه").
Text in the wild often lacks the zero-width non-joiner (میکنند for می‌کنند):
rules accept both.
"""
from __future__ import annotations

import pytest

from kg.agreements import analyse, find_agreements
from kg.lexicon import load_lexicon
from kg.mentions import find_mentions
from kg.read import read_text

RU, IR, CN, IQ, PK, SA, US, AM, VE, OM, BY, KE, TR = (
    "Q159", "Q794", "Q148", "Q796", "Q843", "Q851", "Q30", "Q399", "Q717", "Q842", "Q184", "Q114", "Q43")
MOSCOW, TEHRAN, BEIJING = "Q649", "Q3616", "Q956"
PUTIN = "Q7747"
HEAD = "گسترش روابط ایران با همسایگان و شرکای منطقه ای"


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def read(body: str, published: str | None = None, head: str = HEAD, lexicon=None):
    doc = read_text(f"{head}\n\n{body}", "t.txt")
    assert doc.language == "fa"
    doc.published = published or doc.published
    return find_mentions(doc, lexicon or load_lexicon())


def agreements(body: str, published: str | None = None, **kw):
    doc = find_agreements(read(body, published, **kw))
    return {a.parties: a for a in doc.agreements}


def one(body: str, parties, published: str | None = None):
    got = agreements(body, published)
    assert frozenset(parties) in got, f"no agreement {sorted(parties)} in {[sorted(k) for k in got]}"
    return got[frozenset(parties)]


def status(record):
    return record.status.value if record.status else None


# --- agreement nouns, kinds, ZWNJ, and what is no agreement --------------------------------------

@pytest.mark.parametrize("noun, kind", [
    ("معاهده", "treaty"), ("پیمان", "pact"), ("قرارداد", "agreement"), ("یادداشت تفاهم", "memorandum"),
    ("تفاهم‌نامه", "memorandum"), ("تفاهمنامه", "memorandum"), ("موافقت‌نامه", "agreement"),
    ("موافقتنامه", "agreement"), ("توافقنامه", "agreement"), ("پروتکل", "protocol"), ("سند همکاری", "agreement"),
])
def test_agreement_nouns_and_their_kinds(noun, kind):
    record = one(f"ایران و روسیه یک {noun} همکاری امضا کردند.", {IR, RU})
    assert status(record) == "signed"
    assert record.kind == kind


def test_talk_of_cooperation_is_no_agreement():
    assert agreements("ایران و روسیه درباره گسترش همکاری های اقتصادی گفتگو کردند.") == {}


def test_the_verb_to_agree_is_no_agreement_noun():
    assert agreements("روسیه و ایران توافق کردند که همکاری نظامی را گسترش دهند.") == {}


def test_an_agreement_noun_inside_an_organisation_name_is_no_agreement():
    assert agreements("روسیه و بلاروس بر تقویت سازمان پیمان امنیت جمعی تاکید کردند.") == {}


def test_a_document_noun_is_a_whole_word(lexicon):
    # امتناع (refusal) holds the letters of متن (text)
    doc = read("وزیر خارجه چین از توضیح درباره جزئیات امتناع کرد.", lexicon=lexicon)
    assert not [t for s in analyse(doc, lexicon) for t in s.triggers]


# --- the genitive after the noun names the parties -------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("معاهده ایران و روسیه روز جمعه در مسکو امضا شد.", "signed"),
    ("قرارداد همکاری ۲۵ ساله ایران و چین در تهران به امضا رسید.", "signed"),
    ("قرارداد ایران و چین اجرایی شد.", "in_force"),
])
def test_the_parties_follow_the_noun(sentence, expected):
    got = agreements(sentence)
    assert len(got) == 1
    assert status(next(iter(got.values()))) == expected


def test_the_genitive_gives_place_date_and_term():
    record = one("قرارداد همکاری ۲۵ ساله ایران و چین در فروردین ۱۴۰۰ در تهران به امضا رسید.", {IR, CN})
    assert record.signed_at.value == TEHRAN and record.duration.value == "P25Y" and record.signed_on.value == "2021"


# --- references back ----------------------------------------------------------------------------

def test_a_demonstrative_reference_continues_the_agreement():
    got = agreements("ایران و ارمنستان سال گذشته یک موافقتنامه امنیتی امضا کردند. "
                     "مجلس ارمنستان این موافقتنامه را تصویب کرد.", "2025-03-12")
    assert set(got) == {frozenset({IR, AM})}
    assert status(got[frozenset({IR, AM})]) == "ratified"


def test_a_demonstrative_marks_the_trigger(lexicon):
    doc = read("ایران و روسیه معاهده ای امضا کردند. کارشناسان این معاهده را مهم می دانند.", lexicon=lexicon)
    assert analyse(doc, lexicon)[2].triggers[0].demonstrative


# --- lifecycle cues -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("ایران و روسیه معاهده مشارکت راهبردی را امضا کردند.", "signed"),
    ("ایران و روسیه معاهده مشارکت راهبردی را امضاء کردند.", "signed"),
    ("ایران و روسیه معاهده مشارکت راهبردی را امضا نمودند.", "signed"),
    ("معاهده مشارکت راهبردی ایران و روسیه منعقد شد.", "signed"),
    ("مجلس ایران معاهده با روسیه را تصویب کرد.", "ratified"),
    ("معاهده ایران و روسیه در مجلس به تصویب رسید.", "ratified"),
    ("معاهده ایران و روسیه لازم‌الاجرا شد.", "in_force"),
    ("معاهده ایران و روسیه لازم الاجرا شد.", "in_force"),
    ("معاهده ایران و روسیه لازمالاجرا شد.", "in_force"),
    ("روسیه از معاهده با ایران خارج شد.", "terminated"),
    ("روسیه معاهده با ایران را لغو کرد.", "terminated"),
    ("قرار است ایران و روسیه معاهده همکاری راهبردی را امضا کنند.", "planned"),
    ("ایران و روسیه معاهده همکاری راهبردی را امضا خواهند کرد.", "planned"),
    ("ایران و روسیه در حال مذاکره برای یک معاهده جدید هستند.", "planned"),
    ("پیش‌نویس معاهده ایران و روسیه آماده شده است.", "planned"),
    ("ایران و روسیه به توافق رسیدند و یادداشت تفاهمی امضا کردند.", "signed"),
])
def test_lifecycle_cues(sentence, expected):
    assert status(one(sentence, {IR, RU})) == expected


def test_a_yes_vote_ratifies():
    assert status(one("نمایندگان مجلس به موافقتنامه همکاری ایران و ارمنستان رای مثبت دادند.", {IR, AM})) == "ratified"


def test_a_step_after_ratification_is_no_ratification():
    record = one("ایران و روسیه معاهده ای امضا کردند. این معاهده که برای مدت ۲۰ سال منعقد شده، پس از تصویب در "
                 "مجالس دو کشور لازم‌الاجرا خواهد شد.", {IR, RU})
    assert status(record) == "signed" and record.duration.value == "P20Y"


def test_a_nominal_headline_reports_the_ratification():
    doc = read("نمایندگان دوما روز سه شنبه به این معاهده رای دادند.", head="تصویب معاهده ایران و روسیه در دومای دولتی")
    got = {a.parties: a for a in find_agreements(doc).agreements}
    assert status(got[frozenset({IR, RU})]) == "ratified"


def test_approval_of_an_object_is_ratification_but_confirming_is_not():
    assert status(one("شورای نگهبان معاهده ایران و روسیه را تایید کرد.", {IR, RU})) == "ratified"
    assert status(one("سخنگوی دولت تایید کرد که ایران و روسیه معاهده را امضا کردند.", {IR, RU})) == "signed"


# --- modality: the negated or modal light verb after the noun ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "ایران و روسیه معاهده را امضا نکردند.",
    "ایران و روسیه هنوز معاهده را امضا نکرده اند.",
    "ایران و روسیه معاهده را امضا نمی‌کنند.",
    "ایران و روسیه معاهده را امضا نمیکنند.",
])
def test_a_negated_signing_is_no_signing(sentence):
    assert status(one(sentence, {IR, RU})) != "signed"


@pytest.mark.parametrize("sentence, absent", [
    ("مجلس معاهده ایران و روسیه را تصویب نکرد.", "ratified"),
    ("معاهده ایران و روسیه لازم الاجرا نشده است.", "in_force"),
])
def test_other_negated_acts(sentence, absent):
    assert status(one(sentence, {IR, RU})) != absent


@pytest.mark.parametrize("sentence", [
    "ممکن است ایران و عربستان توافقنامه امنیتی امضا کنند.",
    "ایران و عربستان باید توافقنامه امنیتی را امضا کنند.",
    "ایران و عربستان فردا توافقنامه امنیتی را امضا میکنند.",
])
def test_modal_and_present_forms_are_not_done(sentence):
    assert status(one(sentence, {IR, SA})) == "planned"


def test_a_condition_states_no_fact():
    got = agreements("اگر ایران و آمریکا توافق هسته ای امضا کنند تحریم ها لغو می شود.")
    assert all(a.status is None for a in got.values())


def test_a_hedge_gives_no_mutual_defence():
    record = one("ایران و روسیه معاهده ای امضا کردند. گفته می شود این معاهده احتمالا شامل دفاع متقابل است.",
                 {IR, RU})
    assert record.mutual_defense is None


# --- roles: passive agent, with, between, mediator, witness, envoy, places --------------------------

def test_passive_agent_before_the_verb_names_the_signers():
    record = one("معاهده ایران و روسیه توسط پزشکیان و پوتین امضا شد.", {IR, RU})
    assert {c.value for c in record.signatories} == {"person:pezeshkian", PUTIN}


def test_passive_agent_with_az_suye():
    record = one("این معاهده از سوی وزیر خارجه ایران عباس عراقچی و سرگئی لاوروف وزیر خارجه روسیه امضا شد.",
                 {IR, RU})
    assert {c.value for c in record.signatories} == {"person:araghchi", "person:lavrov"}


def test_with_partner_is_a_party():
    assert status(one("ایران با ارمنستان یک یادداشت تفاهم امضا کرد.", {IR, AM})) == "signed"


def test_between_list_names_the_parties():
    assert frozenset({IR, PK}) in agreements("یادداشت تفاهم همکاری میان ایران و پاکستان امضا شد.")


def test_a_mediator_is_no_party():
    got = agreements("ایران و عربستان با میانجیگری چین توافقی را در پکن امضا کردند.")
    assert set(got) == {frozenset({IR, SA})}
    assert got[frozenset({IR, SA})].signed_at.value == BEIJING


def test_a_host_is_no_party():
    got = agreements("ایران و عربستان به میزبانی چین توافقی را امضا کردند.")
    assert set(got) == {frozenset({IR, SA})}


def test_a_witness_is_no_party():
    got = agreements("ایران و عراق در حضور نخست وزیر پاکستان توافقنامه امنیتی امضا کردند.")
    assert set(got) == {frozenset({IR, IQ})}


def test_an_envoy_posting_is_no_party(lexicon):
    doc = read("سفیر ایران در روسیه گفت که معاهده به زودی امضا خواهد شد.", lexicon=lexicon)
    roles = {g.role for s in analyse(doc, lexicon) for g in s.groups if RU in g.keys}
    assert roles == {"envoy"}


def test_a_locative_city_is_the_place():
    assert one("ایران و روسیه در مسکو معاهده را امضا کردند.", {IR, RU}).signed_at.value == MOSCOW


def test_a_palace_before_a_seat_gives_its_city():
    assert one("ایران و روسیه در کاخ کرملین معاهده را امضا کردند.", {IR, RU}).signed_at.value == MOSCOW


def test_a_visit_gives_the_place():
    assert one("ایران و روسیه در سفر پزشکیان به مسکو معاهده را امضا کردند.", {IR, RU}).signed_at.value == MOSCOW


# --- sides, multilateral lists -----------------------------------------------------------------

def test_the_two_sides_continue_the_agreement():
    record = one("ایران و عمان درباره یک یادداشت تفاهم دریایی مذاکره کردند. دو طرف این یادداشت تفاهم را "
                 "دیروز در مسقط امضا کردند.", {IR, OM}, published="2025-03-12")
    assert status(record) == "signed" and record.signed_on.value == "2025-03-11"


def test_a_trilateral_list_is_one_agreement():
    got = agreements("ایران با چین و روسیه یک توافقنامه سه جانبه امضا کرد.")
    assert set(got) == {frozenset({IR, CN, RU})}


# --- clauses: mutual defence and durations ----------------------------------------------------

def test_mutual_defence_pledge():
    assert one("پیمان دفاعی پاکستان و عربستان سعودی شامل دفاع متقابل است.", {PK, SA}).mutual_defense.value is True


@pytest.mark.parametrize("sentence", [
    "معاهده ایران و روسیه بند دفاع متقابل ندارد.",
    "معاهده میان ایران و روسیه شامل بند دفاع متقابل نیست.",
    "معاهده ایران و روسیه که سال گذشته امضا شد شامل هیچ تعهدی برای دفاع متقابل نیست.",
])
def test_mutual_defence_denied_after_the_clause(sentence):
    assert one(sentence, {IR, RU}).mutual_defense.value is False


@pytest.mark.parametrize("sentence, duration", [
    ("ایران و ونزوئلا سند همکاری ۲۰ ساله امضا کردند.", "P20Y"),
    ("ایران و ونزوئلا سند همکاری بیست ساله امضا کردند.", "P20Y"),
    ("ایران و ونزوئلا یک موافقتنامه همکاری به مدت ده سال امضا کردند.", "P10Y"),
    ("ایران و ونزوئلا یک قرارداد همکاری برای مدت ۲۰ سال امضا کردند.", "P20Y"),
    ("ایران و ونزوئلا یک توافقنامه آتش بس به مدت ۹۰ روز امضا کردند.", "P90D"),
])
def test_durations(sentence, duration):
    assert one(sentence, {IR, VE}).duration.value == duration


def test_an_extension_is_not_the_term():
    record = one("ایران و ونزوئلا قرارداد همکاری را به مدت پنج سال دیگر تمدید کردند.", {IR, VE})
    assert record.duration is None


# --- dates: Solar Hijri and Gregorian months, weekdays, numbers ---------------------------------------

@pytest.mark.parametrize("when, value", [
    ("روز دوشنبه ۲۰ اسفند ۱۴۰۳", "2025-03-10"),
    ("در ۲۷ دی ماه ۱۴۰۳", "2025-01-16"),
    ("در ۲۷ دی‌ماه ۱۴۰۳", "2025-01-16"),
    ("در تاریخ ۱۴۰۳/۱۰/۲۷", "2025-01-16"),
    ("در ۱۷ ژانویه ۲۰۲۵", "2025-01-17"),
    ("در ماه مه ۲۰۲۴", "2024-05"),
    ("در ۲۰ اسفند", "2025-03-10"),
    ("روز سه‌شنبه", "2025-03-11"),
    ("روز سه شنبه", "2025-03-11"),
    ("یکشنبه گذشته", "2025-03-09"),
    ("پنجشنبه هفته گذشته", "2025-03-06"),
    ("دیروز", "2025-03-11"),
    ("روز گذشته", "2025-03-11"),
    ("در سال ۲۰۲۴", "2024"),
])
def test_signing_dates(when, value):
    record = one(f"ایران و روسیه معاهده همکاری را {when} امضا کردند.", {IR, RU}, published="2025-03-12")
    assert record.signed_on.value == value


def test_weekdays_are_whole_words(lexicon):
    # شنبه (Saturday) ends یکشنبه, دوشنبه, سه‌شنبه...
    doc = read("ایران و روسیه معاهده را یکشنبه امضا کردند.", "2025-03-12", lexicon=lexicon)
    assert [d.value for d in doc.dates] == ["2025-03-09"]


def test_a_date_ahead_of_publication_is_a_plan():
    record = one("ایران و روسیه معاهده را پنجشنبه آینده در مسکو امضا می کنند.", {IR, RU}, published="2025-03-12")
    assert status(record) == "planned"


def test_month_names_are_whole_words(lexicon):
    # می (May) opens میان (between), دی (Dey) opens دیدار (meeting)
    doc = read("این سند جایگزین قرارداد سال ۲۰۰۱ میان تهران و مسکو می شود و در دیدار ۲ دیپلمات اعلام شد.",
               "2025-03-12", lexicon=lexicon)
    assert [d.value for d in doc.dates] == ["2001"]


def test_early_in_a_solar_month(lexicon):
    doc = read("ایران و روسیه معاهده را اوایل اسفند امضا کردند.", "2025-03-12", lexicon=lexicon)
    assert [d.value for d in doc.dates] == ["2025"]  # Esfand straddles February and March


def test_a_bare_date_word_is_prose_not_the_publication_date():
    doc = read("ایران و روسیه معاهده را در تاریخ ۱۴۰۳/۱۰/۲۸ امضا کردند.")
    assert doc.published is None and "ایران و روسیه معاهده" in doc.text
    doc = read("تاریخ: ۱۴۰۳/۱۰/۲۸\nایران و روسیه معاهده همکاری راهبردی را در مسکو امضا کردند.")
    assert doc.published == "2025-01-17"


# --- titles -> persons ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, state, role", [
    ("وزیر امور خارجه کنیا موسالیا مودوادی گفت این توافق مهم است.", KE, "foreign_minister"),
    ("وزیر خارجه کنیا موسالیا مودوادی روز دوشنبه گفت.", KE, "foreign_minister"),
    ("رئیس جمهور کنیا ویلیام روتو در نایروبی گفت این توافق مهم است.", KE, "head_of_state"),
    ("رئیس‌جمهور کنیا ویلیام روتو گفت این توافق مهم است.", KE, "head_of_state"),
    ("رئیسجمهور کنیا ویلیام روتو گفت این توافق مهم است.", KE, "head_of_state"),
    ("رییس جمهور کنیا ویلیام روتو گفت این توافق مهم است.", KE, "head_of_state"),
    ("رئیس جمهوری کنیا، ویلیام روتو گفت این توافق مهم است.", KE, "head_of_state"),
    ("وزیر دفاع ترکیه یاشار گولر به خبرنگاران گفت.", TR, "defence_minister"),
])
def test_titles_introduce_persons_with_their_state(lexicon, sentence, state, role):
    doc = read(sentence, lexicon=lexicon)
    persons = [m for m in doc.mentions if m.kind == "person"]
    assert len(persons) == 1
    assert persons[0].stands_for == state and persons[0].role == role
    assert len(persons[0].surface.split()) == 2


def test_a_title_without_a_state_introduces_nobody(lexicon):
    doc = read("وزیر خارجه در نشست خبری گفت این توافق مهم است.", lexicon=lexicon)
    assert not [m for m in doc.mentions if m.kind == "person"]


@pytest.mark.parametrize("sentence", [
    "پزشکیان و پوتین روز جمعه معاهده ایران و روسیه را امضا کردند.",
    "وزیر خارجه ایران عباس عراقچی و همتای روسی او سرگئی لاوروف یادداشت تفاهم را امضا کردند.",
])
def test_the_subject_before_the_object_signs(sentence):
    record = one(sentence, {IR, RU})
    assert len(record.signatories) == 2


# --- publisher: credits -------------------------------------------------------------------------

BODY = "ایران و روسیه روز گذشته در مسکو معاهده همکاری راهبردی را امضا کردند و این سند را مهم خواندند."


@pytest.mark.parametrize("credit, publisher", [
    ("به گزارش ایسنا، ", "outlet:isna"),
    ("به گزارش خبرگزاری تسنیم، ", "outlet:tasnim"),
    ("به گزارش ایرنا از مسکو، ", "outlet:irna"),
    ("به گزارش خبرنگار سیاسی ایرنا، ", "outlet:irna"),
    ("به گزارش گروه بین‌الملل خبرگزاری تسنیم، ", "outlet:tasnim"),
    ("به گزارش گروه بین الملل خبرگزاری تسنیم به نقل از رویترز، ", "outlet:tasnim"),
])
def test_credits_name_the_publisher(lexicon, credit, publisher):
    assert read(credit + BODY, lexicon=lexicon).publisher == publisher


@pytest.mark.parametrize("credit", ["به گزارش خبرنگار مهر به نقل از تاس، ", "خبرگزاری مهر - گروه بین‌الملل: "])
def test_a_credit_with_an_ordinary_word_names_a_local_outlet(lexicon, credit):
    doc = read(credit + BODY, lexicon=lexicon)
    assert doc.publisher and "مهر" in doc.entities[doc.publisher].names


# --- page furniture -----------------------------------------------------------------------------

def test_furniture_lines_are_dropped():
    body = "\n".join([BODY, "برچسب‌ها: ایران، روسیه", "بیشتر بخوانید: سفر پوتین به تهران", "زمان مطالعه: ۳ دقیقه",
                      "اشتراک گذاری"])
    doc = read(body)
    for gone in ("برچسب", "بیشتر بخوانید", "زمان مطالعه", "اشتراک"):
        assert gone not in doc.text
    assert "ایران و روسیه روز گذشته" in doc.text


def test_a_related_news_heading_cuts_the_teasers():
    doc = read(f"{BODY}\nاخبار مرتبط\nایران و پاکستان یادداشت تفاهم امنیتی امضا کردند.")
    assert "پاکستان" not in doc.text
    assert set(a.parties for a in find_agreements(doc).agreements) == {frozenset({IR, RU})}


# --- whole-word negation, visits, "به امضای X رسید" ----------------------------------------------

def test_a_name_ending_in_na_negates_nothing():
    """آستانه (Astana) ends in نه: negation is a whole word."""
    rec = one("معاهده همکاری ایران و قزاقستان در جریان سفر پزشکیان به آستانه امضا شد.", (IR, "Q232"))
    assert status(rec) == "signed" and rec.signed_at is not None and rec.signed_at.value == "Q1520"


def test_signers_after_be_emzaye():
    rec = one("ایران و قزاقستان معاهده‌ای امضا کردند. این معاهده به امضای عباس عراقچی وزیر امور خارجه ایران "
              "و همتای قزاق وی رسید.", (IR, "Q232"))
    assert [c.value for c in rec.signatories] == ["person:araghchi"]
