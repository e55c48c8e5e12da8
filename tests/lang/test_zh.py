"""Chinese (both scripts) through the public pipeline, on sentences written for these tests.

Every test reads a made-up article with :func:`kg.read.read_text`, finds mentions and
agreements, and asserts on what a reader of the sentence would expect. Each rule family
of ``kg/lang/zh`` has positive and negative cases; traditional-script variants check that
rules written in simplified characters meet folded text.
"""
from __future__ import annotations

from typing import Optional

import pytest

from kg.agreements import analyse, find_agreements
from kg.lang import get
from kg.lexicon import load_lexicon
from kg.mentions import find_mentions
from kg.read import read_text

RU, IR, KP, CN, US, JP, IN, UK, FR, DE = "Q159", "Q794", "Q423", "Q148", "Q30", "Q17", "Q668", "Q145", "Q142", "Q183"
PH, AU, VN, LA, KR, BY, KZ, BR, SA, PK = "Q928", "Q408", "Q881", "Q819", "Q884", "Q184", "Q232", "Q155", "Q851", "Q843"
UA, MY, ASEAN, AM, AZ, EG, TR, SG = "Q212", "Q833", "Q7768", "Q399", "Q227", "Q79", "Q43", "Q334"
MOSCOW, BEIJING, TOKYO, MANILA, KL, PYONGYANG, ISTANBUL, RIYADH, CANBERRA = (
    "Q649", "Q956", "Q1490", "Q1461", "Q1865", "Q18808", "Q406", "Q3692", "Q3114")

LEXICON = load_lexicon()
ZH = get("zh")


def read(body: str, published: Optional[str] = None, headline: str = "国际新闻"):
    """A made-up article (headline, blank line, body) read, with mentions and agreements."""
    doc = read_text(f"{headline}\n\n{body}" if headline else body, "zh_test.txt")
    assert doc.language == "zh"
    doc.published = published
    find_mentions(doc, LEXICON)
    return find_agreements(doc, LEXICON)


def agreements(body: str, published: Optional[str] = None, **kw):
    """The agreements of an article, keyed by their party sets."""
    return {frozenset(a.parties): a for a in read(body, published, **kw).agreements}


def one(body: str, published: Optional[str] = None, parties=None, **kw):
    """The single agreement of an article (or the one between ``parties``)."""
    got = agreements(body, published, **kw)
    if parties is not None:
        assert frozenset(parties) in got, f"no agreement {sorted(parties)}: {[sorted(k) for k in got]}"
        return got[frozenset(parties)]
    assert len(got) == 1, [sorted(k) for k in got]
    return next(iter(got.values()))


def status(record) -> Optional[str]:
    return record.status.value if record.status else None


def value(claim):
    return claim.value if claim is not None else None


def signers(record) -> list[str]:
    return [c.value for c in record.signatories]


def persons(body: str, published: Optional[str] = None):
    doc = read(body, published)
    return {m.surface: m for m in doc.mentions if m.kind == "person"}


def units(body: str, published: Optional[str] = None):
    """The sentences of an article read into units (groups, triggers, cues)."""
    doc = read(body, published)
    return doc, analyse(doc, LEXICON)


def cues(body: str, published: Optional[str] = None) -> list[tuple[str, str, str]]:
    doc, sentences = units(body, published)
    return [(doc.text[c.start:c.end], c.kind, c.mode) for s in sentences for c in s.cues]


def dates(body: str, published: Optional[str]) -> list[tuple[str, Optional[str]]]:
    doc = read(body, published)
    return [(doc.text[d.span.start:d.span.end], d.value) for d in doc.dates]


# --- agreement nouns and their kinds ---------------------------------------------------------

@pytest.mark.parametrize("noun, kind", [
    ("条约", "treaty"), ("公约", "convention"), ("议定书", "protocol"), ("备忘录", "memorandum"),
    ("宪章", "charter"), ("协定", "agreement"), ("协议", "agreement"), ("盟约", "pact"),
])
def test_agreement_nouns_and_kinds(noun, kind):
    rec = one(f"越南与老挝昨天在万象签署了一项边境管理{noun}。", "2025-03-12")
    assert rec.parties == frozenset({VN, LA}) and rec.kind == kind and status(rec) == "signed"


def test_traditional_script_nouns_fold_onto_simplified_rules():
    rec = one("越南與老撾昨天簽署了一項邊境管理協議。", "2025-03-12")
    assert rec.parties == frozenset({VN, LA}) and status(rec) == "signed"
    assert value(rec.signed_on) == "2025-03-11"


def test_cooperation_talk_is_no_agreement():
    assert agreements("印度和巴西同意加强在能源和农业领域的合作。", "2025-03-12") == {}
    assert agreements("中国与巴西的双边关系不断发展，两国贸易额再创新高。", "2025-03-12") == {}


def test_a_joint_statement_is_no_agreement():
    assert agreements("中国国家主席习近平和俄罗斯总统普京签署了联合声明。", "2025-03-12") == {}


def test_he_yue_before_an_amount_is_no_peace_treaty():
    # 和约 is "peace treaty", but 人口和约30% is "the population and about 30%"
    doc, sentences = units("该地区覆盖全球三分之一的人口和约30%的经济总量。", "2025-03-12")
    assert not [t for s in sentences for t in s.triggers]
    doc, sentences = units("以色列和约旦签署了和约。", "2025-03-12")
    assert len([t for s in sentences for t in s.triggers]) == 1
    rec = one("两国在莫斯科签署了和约。埃及与以色列的和约已经生效四十多年。", "2025-03-12", parties={EG, "Q801"})
    assert status(rec) == "in_force"


def test_an_organisation_name_is_no_agreement():
    doc, sentences = units("北大西洋公约组织秘书长表示，成员国将增加军费。", "2025-03-12")
    assert not [t for s in sentences for t in s.triggers if t.kind == "convention"]


def test_quoted_title_names_the_agreement():
    rec = one("日本和菲律宾周二在马尼拉签署《互惠准入协定》。", "2024-07-10")
    assert rec.parties == frozenset({JP, PH})
    assert "互惠准入协定" in [c.value for c in rec.names]
    assert value(rec.signed_on) == "2024-07-09" and value(rec.signed_at) == MANILA


# --- references back, determiners, new agreements --------------------------------------------

def test_a_determiner_refers_back_to_the_agreement_in_focus():
    text = "俄罗斯与伊朗上周签署了全面战略伙伴关系条约。伊朗议会周三批准了该条约。"
    got = agreements(text, "2025-05-22")
    assert set(got) == {frozenset({RU, IR})} and status(got[frozenset({RU, IR})]) == "ratified"


def test_the_document_refers_back_and_its_signers_count():
    text = "俄罗斯与伊朗签署了条约。两国外长拉夫罗夫和阿拉格齐在该文件上签字。"
    rec = one(text, "2025-05-22")
    assert rec.parties == frozenset({RU, IR}) and len(signers(rec)) == 2


def test_this_agreement_in_traditional_script():
    text = "日本與英國簽署了防務協定。這項協定規定雙方共享情報。"
    rec = one(text, "2025-05-22")
    assert rec.parties == frozenset({JP, UK}) and status(rec) == "signed"


def test_a_new_agreement_is_another_one():
    doc, sentences = units("俄罗斯与朝鲜正在磋商一项新的安全条约。", "2024-05-09")
    trigger = next(t for s in sentences for t in s.triggers)
    assert trigger.new and not trigger.definite


# --- lifecycle cues ---------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["签署了", "签订了", "缔结了", "草签了", "簽署了", "簽訂了"])
def test_signing_verbs(verb):
    rec = one(f"美国和越南上个月{verb}一份贸易协定。", "2025-03-15")
    assert status(rec) == "signed" and value(rec.signed_on) == "2025-02"


def test_ratification():
    rec = one("英国议会批准了与日本的经济伙伴关系协定。", "2025-03-15")
    assert rec.parties == frozenset({UK, JP}) and status(rec) == "ratified"
    rec = one("俄羅斯國家杜馬週三批准了與朝鮮的全面戰略夥伴關係條約。", "2024-10-26")
    assert rec.parties == frozenset({RU, KP}) and status(rec) == "ratified"


def test_a_law_ratifying_the_treaty_is_no_signing_of_it():
    text = "俄罗斯与伊朗签署了条约。普京签署法令批准该条约。"
    rec = one(text, "2025-05-22")
    assert status(rec) == "ratified"


def test_entry_into_force():
    rec = one("中国与马尔代夫的自由贸易协定自今年1月1日起生效。", "2025-05-22")
    assert rec.parties == frozenset({CN, "Q826"}) and status(rec) == "in_force"
    rec = one("俄罗斯与伊朗签署了条约。两国互换了批准书，条约正式生效。", "2025-05-22")
    assert status(rec) == "in_force"


def test_pushing_for_entry_into_force_is_not_in_force():
    rec = one("俄罗斯与伊朗签署了条约。两国将推动条约早日生效。", "2025-05-22")
    assert status(rec) == "signed"


@pytest.mark.parametrize("verb", ["退出", "废除", "终止", "暂停履行", "撕毁"])
def test_termination(verb):
    rec = one(f"美国宣布{verb}与伊朗的核协议。", "2018-05-09")
    assert rec.parties == frozenset({US, IR}) and status(rec) == "terminated"


def test_not_leaving_is_no_termination():
    rec = one("俄罗斯与伊朗签署了条约。伊朗表示不会退出该条约。", "2025-01-16")
    assert status(rec) == "signed"


def test_expiry_is_termination():
    rec = one("俄罗斯与伊朗签署了条约。该条约已于2024年到期失效。", "2025-01-16")
    assert status(rec) == "terminated"


def test_ending_a_conflict_ends_no_agreement():
    rec = one("俄罗斯与伊朗签署了条约。两国表示希望尽快终止地区冲突。", "2025-01-16")
    assert status(rec) == "signed"


@pytest.mark.parametrize("text", [
    "俄罗斯与伊朗计划签署战略伙伴关系条约。",
    "俄罗斯与伊朗正在就一项条约进行谈判。",
    "俄罗斯与伊朗打算很快签署全面战略伙伴关系条约。",
    "俄罗斯与伊朗即将签署全面战略伙伴关系条约。",
    "俄羅斯與伊朗將於下月簽署條約。",
    "俄罗斯和伊朗同意签署条约。",
    "俄罗斯和伊朗决定尽快缔结条约。",
    "俄罗斯与伊朗的条约草案已经拟定。",
])
def test_plans_and_future_signings_are_planned(text):
    rec = one(text, "2025-01-10")
    assert rec.parties == frozenset({RU, IR}) and status(rec) == "planned"
    assert rec.signed_on is None and not rec.signatories


def test_an_agreement_reached_counts_as_signed():
    rec = one("越南与老挝上个月达成了边界协定。", "2025-01-10")
    assert status(rec) == "signed"


def test_an_agreement_still_to_be_reached_is_planned():
    rec = one("越南与老挝有望达成边界协定。", "2025-01-10")
    assert status(rec) == "planned"


# --- modality: past, negation, hedge, condition, purpose -------------------------------------

def test_negated_signing_is_not_signed():
    rec = one("俄罗斯与伊朗尚未签署条约。", "2025-01-16")
    assert status(rec) != "signed" and rec.signed_on is None
    assert agreements("两国并未签署任何协议。", "2025-01-16") == {}


def test_hedged_signing_is_not_reported_as_signed():
    rec = one("据报道，越南与老挝或将签署边界协定。", "2024-05-09")
    assert status(rec) == "planned"
    rec = one("俄罗斯与伊朗可能会签署一项新条约。", "2025-01-16")
    assert status(rec) == "planned"


@pytest.mark.parametrize("text", [
    "假如俄罗斯与伊朗签署条约，美国将作出回应。",
    "如果美国与伊朗达成协议，局势将会缓和。",
    "外界关注俄罗斯和伊朗是否会签署共同防御条约。",
    "一旦俄羅斯與伊朗簽署條約，地區局勢將發生變化。",
])
def test_conditions_report_no_stage(text):
    for rec in agreements(text, "2025-05-02").values():
        assert status(rec) is None and rec.signed_on is None and rec.mutual_defense is None


def test_cue_modes():
    got = cues("俄罗斯与伊朗签署了条约。俄罗斯与伊朗将签署条约。俄罗斯与伊朗没有签署条约。"
               "俄罗斯与伊朗可能签署条约。如果俄罗斯与伊朗签署条约，美国将回应。", "2025-01-16")
    modes = [mode for _s, kind, mode in got if kind == "sign"]
    assert modes == ["actual", "future", "negated", "hedged", "conditional"]


def test_purpose_makes_the_stage_ahead():
    got = cues("俄罗斯与伊朗签署了条约。两国议会为了使条约生效加快了审议。", "2025-01-16")
    assert ("生效", "in_force", "future") in got


def test_past_marker_beats_a_later_future_word():
    rec = one("俄罗斯与伊朗已经签署了条约，两国还将在莫斯科举行会谈。", "2025-01-16")
    assert status(rec) == "signed"


# --- parties: with, between, compounds, sides, multilateral ----------------------------------

def test_with_partner_and_subject():
    rec = one("俄罗斯总统普京在莫斯科与伊朗总统佩泽希齐扬签署了条约。", "2025-01-18")
    assert rec.parties == frozenset({RU, IR})


def test_between_after_a_list():
    rec = one("日本与英国之间的防务协定于周三生效。", "2025-01-18")
    assert rec.parties == frozenset({JP, UK}) and status(rec) == "in_force"


def test_one_character_compounds():
    rec = one("美乌矿产协议已于周三签署。", "2025-05-02")
    assert rec.parties == frozenset({US, UA}) and status(rec) == "signed" and value(rec.signed_on) == "2025-04-30"
    rec = one("俄朝條約已經簽署了。", "2025-05-02")
    assert rec.parties == frozenset({RU, KP})
    rec = one("俄乌和平协议仍在谈判中。", "2025-05-02")
    assert rec.parties == frozenset({RU, UA}) and status(rec) == "planned"
    rec = one("中美两国签署了第一阶段经贸协议。", "2020-01-18")
    assert rec.parties == frozenset({CN, US})


def test_one_character_words_that_are_no_compound():
    assert agreements("该地区古老的协议早已失效。", "2025-05-02") == {}


def test_hub_split_is_one_agreement_each():
    got = agreements("俄罗斯与白俄罗斯和哈萨克斯坦分别签署了协议。", "2024-06-20")
    assert set(got) == {frozenset({RU, BY}), frozenset({RU, KZ})}


def test_trilateral_is_one_agreement():
    got = agreements("俄罗斯、白俄罗斯和哈萨克斯坦签署了三方协议。", "2024-06-20")
    assert set(got) == {frozenset({RU, BY, KZ})}
    got = agreements("伊朗与中国、俄罗斯签署了三国合作备忘录。", "2024-06-20")
    assert set(got) == {frozenset({IR, CN, RU})}


def test_the_two_sides_continue_the_agreement_in_focus():
    text = "俄罗斯与伊朗签署了条约。双方还签署了多项合作文件，两国外长出席了仪式。"
    got = agreements(text, "2025-01-18")
    assert set(got) == {frozenset({RU, IR})}


def test_mediators_in_place_phrases_are_no_parties():
    rec = one("在土耳其和联合国的斡旋下，俄罗斯与乌克兰在伊斯坦布尔签署了粮食协议。", "2022-07-23")
    assert rec.parties == frozenset({RU, UA}) and value(rec.signed_at) == ISTANBUL


def test_witnesses_are_no_parties_nor_signers():
    rec = one("在普京的见证下，俄罗斯与白俄罗斯签署了联盟国家条约。", "2023-03-11")
    assert rec.parties == frozenset({RU, BY}) and "Q7747" not in signers(rec)
    rec = one("在美国总统特朗普的见证下，亚美尼亚与阿塞拜疆签署了和平协议。", "2025-08-09")
    assert rec.parties == frozenset({AM, AZ}) and "Q22686" not in signers(rec)


def test_an_envoy_posting_is_no_party():
    doc, sentences = units("俄罗斯驻伊朗大使说，俄方重视与伊朗的合作。", "2025-01-18")
    first = next(g for s in sentences for g in s.groups if IR in g.keys)
    assert first.role == "envoy"
    rec = one("俄罗斯驻伊朗大使说，俄罗斯与白俄罗斯签署了条约。", "2025-01-18")
    assert rec.parties == frozenset({RU, BY})


# --- places: locative, place lead, capital, visit ---------------------------------------------

def test_locative_city_is_the_place_not_a_party():
    rec = one("日本与澳大利亚在首都堪培拉签署了安全合作协定。", "2022-10-30")
    assert rec.parties == frozenset({JP, AU}) and value(rec.signed_at) == CANBERRA


def test_state_and_place_word_before_the_city():
    rec = one("中國與東盟在馬來西亞首都吉隆坡簽署自貿區升級議定書。", "2025-10-28")
    assert rec.parties == frozenset({CN, ASEAN}) and value(rec.signed_at) == KL
    rec = one("伊朗与沙特阿拉伯在中国北京签署了恢复外交关系的协议。", "2023-03-11", parties={IR, SA})
    assert value(rec.signed_at) == BEIJING


def test_a_localiser_closes_no_place_phrase():
    # 在会谈中 is "during the talks": the cities after it are the parties' metonyms
    rec = one("在会谈中莫斯科和德黑兰签署了条约。", "2025-01-18")
    assert rec.parties == frozenset({RU, IR})


def test_progressive_zai_is_no_locative():
    rec = one("目前莫斯科和德黑兰正在落实已经签署的条约，德黑兰现在莫斯科设有常设机构。", "2025-01-18")
    assert rec.parties == frozenset({RU, IR})


def test_seat_of_power_is_a_place_in_its_city():
    rec = one("俄罗斯总统普京与伊朗总统佩泽希齐扬17日在克里姆林宫签署了全面战略伙伴关系条约。", "2025-01-18")
    assert value(rec.signed_at) == MOSCOW and value(rec.signed_on) == "2025-01-17"


def test_a_visit_gives_the_place():
    rec = one("印度总理莫迪访问东京期间，印度与日本签署了防务协议。", "2025-05-09")
    assert rec.parties == frozenset({IN, JP}) and value(rec.signed_at) == TOKYO


def test_the_capital_phrase_in_front():
    rec = one("在朝鲜首都平壤，俄罗斯与朝鲜签署了条约。", "2024-06-20")
    assert rec.parties == frozenset({RU, KP}) and value(rec.signed_at) == PYONGYANG


# --- signatories: titles and persons ---------------------------------------------------------

def test_titled_persons_sign():
    rec = one("俄罗斯外长拉夫罗夫和伊朗外长阿拉格齐在莫斯科签署了合作协议。", "2025-09-18")
    assert len(signers(rec)) == 2 and value(rec.signed_at) == MOSCOW


def test_unknown_people_found_by_title():
    found = persons("越南总理范明正与老挝总理宋赛签署了合作协议。巴西外长维埃拉表示欢迎。", "2025-01-19")
    assert found["范明正"].stands_for == VN and found["范明正"].role == "head_of_government"
    assert found["宋赛"].stands_for == LA
    assert found["维埃拉"].stands_for == BR and found["维埃拉"].role == "foreign_minister"
    found = persons("沙特王储穆罕默德·本·萨勒曼会见了俄罗斯副总理诺瓦克。", "2025-01-19")
    assert found["诺瓦克"].stands_for == RU


@pytest.mark.parametrize("text, name, state, role", [
    ("俄罗斯第一副总理曼图罗夫说，合作顺利。", "曼图罗夫", RU, "head_of_government"),
    ("伊朗第一副总统阿雷夫说，合作顺利。", "阿雷夫", IR, "vice_president"),
    ("韩国国防部长申源湜说，合作顺利。", "申源湜", KR, "defence_minister"),
    ("埃及外交部长阿卜杜勒阿提说，合作顺利。", "阿卜杜勒阿提", EG, "foreign_minister"),
    ("巴基斯坦总理谢里夫说，合作顺利。", "谢里夫", PK, "head_of_government"),
    ("朝鲜领导人金正恩说，合作顺利。", "金正恩", KP, "head_of_state"),
    ("日本外务大臣岩屋毅说，合作顺利。", "岩屋毅", JP, "foreign_minister"),
    ("法國總統馬克龍說，合作順利。", "馬克龍", FR, "head_of_state"),
])
def test_titles_give_country_and_role(text, name, state, role):
    found = persons(text, "2025-01-19")
    assert name in found and found[name].stands_for == state
    assert found[name].role in (role, None) or found[name].key.startswith("Q")


def test_a_title_without_a_state_names_nobody():
    found = persons("总统表示，他将访问亚洲。部长说，谈判顺利。", "2025-01-19")
    assert found == {}


def test_a_name_ends_before_a_verb_or_function_word():
    found = persons("德国外长贝尔伯克与法国外长巴罗签署了一项协议。", "2025-01-19")
    assert set(found) >= {"贝尔伯克", "巴罗"}
    found = persons("美国总统特朗普夫人出席了仪式。", "2025-01-19")
    assert all("夫人" not in name for name in found)


def test_passive_signers_follow_the_agent_marker():
    text = "日本与英国签署了协议。该协议由日本外务大臣岩屋毅和英国外交大臣拉米签署。"
    rec = one(text, "2024-06-20")
    assert len(signers(rec)) == 2


def test_signers_in_traditional_script():
    rec = one("英國首相施凱爾與法國總統馬克龍簽署了防務條約。", "2025-01-19")
    assert rec.parties == frozenset({UK, FR}) and len(signers(rec)) == 2


def test_the_two_leaders_signed():
    text = ("俄罗斯与朝鲜将签署全面战略伙伴关系条约。朝鲜领导人金正恩与俄罗斯总统普京举行了会谈。"
            "随后，两国领导人签署了这一条约。")
    rec = one(text, "2024-06-20")
    assert rec.parties == frozenset({RU, KP}) and set(signers(rec)) == {"Q7747", "Q56226"}


def test_the_two_foreign_ministers_signed():
    text = "俄罗斯外长拉夫罗夫与伊朗外长阿拉格齐会谈。俄罗斯与伊朗签署了协议，两国外长签署了这份协议。"
    rec = one(text, "2024-06-20")
    assert len(signers(rec)) == 2


def test_a_state_nearer_the_verb_than_any_person_signs_alone():
    rec = one("埃及外交部长阿卜杜勒阿提说，埃及与苏丹签署了协议。", "2025-09-19")
    assert signers(rec) == []


# --- duration ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, iso", [
    ("印度和日本于本周三在东京签署了为期10年的防务协议。", "P10Y"),
    ("印度和日本签署了为期十年的防务协议。", "P10Y"),
    ("俄罗斯与伊朗的条约有效期20年。", "P20Y"),
    ("俄罗斯与伊朗签署了一份20年期的条约。", "P20Y"),
    ("印度和日本签署了为期六个月的临时协议。", "P6M"),
    ("俄羅斯與伊朗簽署的條約有效期為二十年。", "P20Y"),
])
def test_duration(text, iso):
    assert value(one(text, "2025-03-08").duration) == iso


def test_an_extension_is_no_term():
    text = "俄罗斯与伊朗签署了条约。该条约有效期为25年，期满后自动延长5年。"
    assert value(one(text, "2025-09-18").duration) == "P25Y"
    text = "俄罗斯与伊朗签署了条约。双方同意将条约延长五年。"
    assert one(text, "2025-09-18").duration is None


def test_a_number_of_years_not_bound_to_the_agreement_is_no_term():
    rec = one("两国建交30年来，俄罗斯与伊朗首次签署了条约。", "2025-09-18")
    assert rec.duration is None


# --- mutual defence ---------------------------------------------------------------------------

def test_mutual_defence_clause():
    rec = one("沙特与巴基斯坦在利雅得签署了战略共同防御协议。", "2025-09-18")
    assert rec.mutual_defense is not None and value(rec.mutual_defense) is True
    assert value(rec.signed_at) == RIYADH


def test_mutual_assistance_wording():
    text = "俄朝条约规定，一方遭到武装攻击时，另一方应立即提供军事援助。"
    assert value(one(text, "2025-05-02").mutual_defense) is True


@pytest.mark.parametrize("text", [
    "日本与英国签署的协定不包括共同防御条款。",
    "俄伊条约不包含共同防御条款。",
    "日本与菲律宾的协定并非军事同盟。",
    "日菲協定不含共同防禦義務。",
])
def test_negated_mutual_defence_is_false(text):
    assert value(one(text, "2025-05-02").mutual_defense) is False


def test_hedged_mutual_defence_says_nothing():
    rec = one("中国与俄罗斯的条约可能不会含有共同防御条款。", "2025-05-02")
    assert rec.mutual_defense is None


def test_comparison_gives_the_compared_treaty_the_clause():
    text = "日本与印度签署了一项协议。但与俄罗斯去年与朝鲜签署的条约不同，这项协议并不包括共同防御条款。"
    got = agreements(text, "2025-01-18")
    assert status(got[frozenset({RU, KP})]) == "signed"
    assert got[frozenset({RU, KP})].mutual_defense is None or value(got[frozenset({RU, KP})].mutual_defense) is True
    assert value(got[frozenset({JP, IN})].mutual_defense) is False


def test_a_word_ending_in_a_determiner_character_is_no_reference_back():
    # 日本 ends in 本 ("this"), 应该 in 该, 此前 opens with 此: none of them refers back
    for text in ("日本与印度签署了一项协议。", "两国应该签署协议。", "两国此前签署的协议"):
        doc, sentences = units(text + "俄罗斯与伊朗也有合作。", "2025-01-18")
        assert not [t for s in sentences for t in s.triggers if t.definite], text
    doc, sentences = units("日本与印度签署了协议。这项协议生效。本协议有效期五年。该協議很重要。", "2025-01-18")
    assert [t.definite for s in sentences for t in s.triggers] == [False, True, True, True]


# --- dates --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, iso", [
    ("外交部发言人说，俄罗斯与伊朗于2025年1月17日签署了条约。", "2025-05-19", "2025-01-17"),
    ("俄罗斯与伊朗于2025年1月签署了条约。", "2025-05-19", "2025-01"),
    ("俄罗斯与伊朗2025年签署了条约。", "2025-05-19", "2025"),
    ("俄罗斯与伊朗于今年一月十七号签署了条约。", "2025-05-19", "2025-01-17"),
    ("俄罗斯与伊朗于去年12月签署条约。", "2025-01-19", "2024-12"),
    ("俄罗斯与伊朗于1月17日（星期五）签署了条约。", "2025-05-19", "2025-01-17"),
    ("俄罗斯与伊朗17日（周五）签署了条约。", "2025-01-19", "2025-01-17"),
    ("俄罗斯与伊朗本月17日签署了条约。", "2025-01-22", "2025-01-17"),
    ("俄罗斯与伊朗上月17日签署了条约。", "2025-02-22", "2025-01"),
    ("俄罗斯与伊朗今天签署了条约。", "2025-01-17", "2025-01-17"),
    ("俄罗斯与伊朗昨天签署了条约。", "2025-01-18", "2025-01-17"),
    ("俄罗斯与伊朗前天签署了条约。", "2025-01-19", "2025-01-17"),
    ("俄罗斯与伊朗周五签署了条约。", "2025-01-18", "2025-01-17"),
    ("俄羅斯與伊朗星期五簽署了條約。", "2025-01-18", "2025-01-17"),
    ("据报道，俄罗斯与伊朗于2025-01-17签署了条约。", "2025-05-19", "2025-01-17"),
])
def test_signing_dates(text, published, iso):
    assert value(one(text, published).signed_on) == iso


def test_relative_dates_need_an_anchor():
    rec = one("俄罗斯与伊朗昨天签署了条约。", None)
    assert rec.signed_on is None and status(rec) == "signed"


def test_a_year_decade_is_no_year():
    assert not [v for s, v in dates("两国关系在1990年代迅速发展。", "2025-01-18") if v == "1990"]


def test_dateline_day_anchors_relative_dates():
    text = "新华社莫斯科1月17日电 俄罗斯与伊朗今天签署了全面战略伙伴关系条约。"
    rec = one(text, "2025-01-18")
    assert value(rec.signed_on) == "2025-01-17"
    assert read(text, "2025-01-18").publisher == "outlet:xinhua"


def test_dateline_day_alone():
    text = "（中央社记者王小明东京10日专电）日本与英国10日签署防务协定。"
    rec = one(text, "2025-01-11")
    assert value(rec.signed_on) == "2025-01-10"


def test_a_date_ahead_of_the_article_is_not_a_signing_done():
    rec = one("俄罗斯与伊朗将于1月17日签署条约。", "2025-01-10")
    assert status(rec) == "planned" and rec.signed_on is None
    rec = one("俄罗斯与伊朗签署了条约，该条约于2025年3月1日生效。", "2025-01-10")
    assert status(rec) == "signed"


def test_talks_that_are_over_are_no_plan():
    rec = one("经过多轮谈判，越南与老挝达成了边界协定。", "2025-01-10")
    assert status(rec) == "signed"
    rec = one("越南与老挝的边界协定谈判结束后，双方签署了协定。", "2025-01-10")
    assert status(rec) == "signed"
    rec = one("越南与老挝正在就边界协定进行谈判。", "2025-01-10")
    assert status(rec) == "planned"


# --- publisher: datelines, credits, source lines ------------------------------------------------

@pytest.mark.parametrize("body, outlet", [
    ("新华社北京5月8日电 中国和塞尔维亚8日签署了自由贸易协定。", "outlet:xinhua"),
    ("新華社北京5月8日電 中國和塞爾維亞8日簽署了自由貿易協定。", "outlet:xinhua"),
    ("中新网北京5月3日电 中国与洪都拉斯签署了协议。", "outlet:chinanews"),
    ("中央社台北12日电 美国与日本签署了贸易协议。", "outlet:cna_tw"),
    ("（德国之声中文网）德国与法国周三签署了一项防务协议。", "outlet:dw"),
    ("自由亚洲电台记者赵六报道，中国与巴西签署了多项协议。", "outlet:rfa"),
    ("美國之音記者周七報道，中國與巴西簽署了多項協議。", "outlet:voa"),
    ("【环球网报道 记者 王某】中国与巴西签署了多项协议。", "outlet:global_times"),
    ("来源：环球网\n中国与巴西签署了多项协议。", "outlet:global_times"),
    ("來源：人民網\n中國與巴西簽署了多項協議。", "outlet:peoples_daily"),
])
def test_publisher_from_datelines_and_credits(body, outlet):
    assert read(body, "2025-05-04").publisher == outlet


def test_an_unknown_outlet_credit_is_a_local_outlet():
    doc = read("【联合早报讯】新加坡与马来西亚昨天签署了经济特区协议。", "2025-01-08")
    assert doc.publisher and doc.publisher.startswith("outlet:")
    assert any(p.name == "联合早报" for p in doc.printed_names)


def test_a_cited_agency_is_not_the_publisher():
    doc = read("据俄罗斯卫星通讯社报道，俄罗斯与伊朗前天签署了条约。", "2025-01-19")
    assert doc.publisher != "outlet:sputnik"
    assert "outlet:sputnik" in [c.value for c in doc.cited_agencies]


def test_no_credit_no_publisher():
    assert read("本台消息：中国与巴西签署了多项协议。", "2025-05-04").publisher is None


# --- page furniture -----------------------------------------------------------------------------

@pytest.mark.parametrize("extra", [
    "责任编辑：张三", "【責任編輯：李四】", "分享到：", "标签：中国 巴西 协议", "返回顶部", "点击查看更多",
])
def test_furniture_lines_are_dropped(extra):
    doc = read(f"中国与巴西签署了多项协议。\n{extra}", "2025-05-04")
    assert extra not in doc.text and "签署" in doc.text


def test_read_also_teasers_are_cut():
    doc = read("中国与巴西签署了多项协议。\n相关阅读：\n美国与日本签署防务协定", "2025-05-04")
    assert "美国" not in doc.text
    assert set(agreements("中国与巴西签署了多项协议。\n延伸閱讀：\n美國與日本簽署防務協定", "2025-05-04")) == \
        {frozenset({CN, BR})}


def test_end_marks_are_removed_inline():
    doc = read("中国与巴西签署了多项协议。（完）", "2025-05-04")
    assert "完" not in doc.text


def test_folding_is_one_to_one():
    text = "俄羅斯與伊朗簽署《全面戰略夥伴關係條約》・普京"
    assert len(ZH.fold(text)) == len(text)
    assert ZH.fold("簽署條約") == "签署条约"


# --- found on made-up variants of common wordings -------------------------------------------

def test_expiry_terms_are_no_termination():
    text = "俄罗斯与伊朗签署了条约。条约有效期为20年，到期自动延长5年。"
    rec = one(text, "2025-04-22")
    assert status(rec) == "signed" and value(rec.duration) == "P20Y"
    text = "俄罗斯与伊朗签署了条约。條約有效期為20年，到期後可以續簽。"
    assert status(one(text, "2025-04-22")) == "signed"
    assert status(one("美国与伊朗签署的协议将于明年到期。美国与伊朗的协议已经到期。", "2025-04-22")) == "terminated"


@pytest.mark.parametrize("act", ["签署法律文件", "簽署法令", "签署了总统令", "签署法案"])
def test_signing_an_act_glued_to_the_verb_is_no_signing(act):
    text = f"俄罗斯与伊朗签署了条约。普京当地时间21日{act}，批准该条约。"
    rec = one(text, "2025-04-22")
    assert status(rec) == "ratified" and value(rec.signed_on) != "2025-04-21"


def test_pushing_for_a_treaty_is_no_mediation():
    rec = one("在推动俄罗斯与伊朗签署条约的过程中，中国发挥了作用。", "2025-04-22")
    assert rec.parties == frozenset({RU, IR})


def test_a_verb_phrase_after_zai_is_no_place_phrase():
    doc, sentences = units("日本在批评美国的同时，与英国签署了防务协定。", "2025-04-22")
    assert [g.role for s in sentences for g in s.groups if US in g.keys] == ["subject"]
    doc, sentences = units("这条路线倾向于采用通过伊朗和阿塞拜疆的陆路走廊，俄罗斯与伊朗签署了协议。", "2025-04-22")
    roles = [g.role for s in sentences for g in s.groups if AZ in g.keys]
    assert roles and "locative" not in roles


def test_yi_is_purpose_only_before_a_verb_of_purpose():
    rec = one("伊朗议会周三以压倒性多数批准了与俄罗斯签署的全面战略伙伴关系条约。", "2025-05-22")
    assert status(rec) == "ratified"
    got = cues("俄罗斯与伊朗签署了条约。两国议会将加快审议以推动条约生效。", "2025-05-22")
    assert ("生效", "in_force", "future") in got


@pytest.mark.parametrize("text", [
    "普京邀请佩泽希齐扬今年访问俄罗斯并签署两国的战略条约。",
    "美国敦促俄罗斯与伊朗尽快签署条约。",
    "中方呼吁俄罗斯与伊朗签署条约。",
])
def test_asking_someone_to_sign_is_a_plan(text):
    rec = one(text, "2024-10-31", parties={RU, IR})
    assert status(rec) == "planned" and rec.signed_on is None


def test_paris_is_no_compound_of_pakistan_and_lebanon():
    for rec in agreements("美國總統川普宣布退出巴黎協定。", "2025-01-21").values():
        assert "Q822" not in rec.parties
    rec = one("黎巴嫩与以色列的停火协议于周三生效。黎以停火协议由美国斡旋达成。", "2024-11-28")
    assert rec.parties == frozenset({"Q822", "Q801"})


def test_deputy_ministers_sign_on_the_document_before_the_verb():
    """"X、Y分别代表本国政府在备忘录上签字": the object in 在…上 stands before the verb."""
    from kg.agreements import find_agreements
    from kg.lexicon import load_lexicon
    from kg.mentions import find_mentions
    from kg.read import read_text
    lexicon = load_lexicon()
    doc = find_agreements(find_mentions(read_text(
        "肯尼亚外交部副部长约翰·奥蒂诺和加纳外交部副部长科菲·门萨分别代表本国政府在备忘录上签字。", "t.txt"), lexicon), lexicon)
    signers = [c.value for a in doc.agreements for c in a.signatories]
    assert len(signers) == 2, signers
