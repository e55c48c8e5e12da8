"""Chinese (rules apply to text folded to simplified characters)."""
import re

from kg.dates import compile_patterns

_N = r"\d{1,2}|[一二三四五六七八九十]{1,3}"

MONTHS: dict[str, int] = {}
WEEKDAYS = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6}
DAY_REL = {"今天": 0, "今日": 0, "今": 0, "昨天": -1, "昨日": -1, "前天": -2}
WEEK_REL = {"本": 0, "这": 0, "上": 1, "上个": 1}
YEAR_REL = {"今年": 0, "去年": -1, "前年": -2}
MONTH_REL = {"上个月": -1, "上月": -1, "本月": 0, "这个月": 0}

DATE_PATTERNS = compile_patterns([
    r"(?P<mrel>上个月|上月|本月|这个月)",
    rf"(?P<y>\d{{4}})\s*年\s*(?P<m>{_N})\s*月\s*(?P<d>{_N})\s*[日号]",
    rf"(?P<y>\d{{4}})\s*年\s*(?P<m>{_N})\s*月",
    rf"(?P<yrel>今年|去年|前年)\s*(?P<m>{_N})\s*月(?:\s*(?P<d>{_N})\s*[日号])?",
    rf"(?<![\d年])(?P<m>{_N})\s*月\s*(?P<d>{_N})\s*[日号]",
    rf"(?P<wrel>本|这|上个|上)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])",
    rf"(?P<y>\d{{4}})\s*年(?!代)",
    r"(?P<yrel>今年|去年|前年)(?!\s*(?:\d|[一二三四五六七八九十])+月)",
    r"(?P<drel>今天|今日|昨天|昨日|前天)",
    rf"(?P<drel>今)\s*[（(]\s*(?P<d>\d{{1,2}})\s*日",
])

#: agreement nouns; the kind is read from the noun (see KINDS)
AGREEMENT = re.compile(r"条约|协议|协定|公约|盟约|议定书|备忘录|伙伴关系文件|合约")
KINDS = {"条约": "treaty", "公约": "convention", "盟约": "pact", "议定书": "protocol",
         "备忘录": "memorandum"}
#: a demonstrative before the noun makes it refer back ("该协议", "这一条约")
ANAPHORA = re.compile(r"(?:这|该|此|上述|那)(?:一|项|份|个|些|部)?(?P<np>[^，,。！？、；;：:]{0,12})$")
#: a true demonstrative always refers back; a bare definite article only when the parties fit
DEMONSTRATIVE = re.compile(r"这|该|此|上述|那")
CONNECTOR = re.compile(r"与|和|同|跟|及|以及|、|暨|-")
MAX_GAP = 6
SIGN = re.compile(r"签署|签订|签字|签约|缔结|敲定|订立|草签|达成")
RATIFY = re.compile(r"(?:批准|核准|(?:审议)?通过(?:了)?(?:该|这一|此)?(?:项|份)?(?:条约|协议|协定))(?![后时前])")
#: "生效后" (after it takes effect), "才能生效" (can only take effect): a condition, not the fact
IN_FORCE = re.compile(r"(?<![将会能可需须后])(?<!早日)(?<!尽快)(?<!推动)(?:正式)?生效(?![后时前])|正式实施")
TERMINATE = re.compile(r"退出|废除|终止|废止|撕毁|中止")
PLAN = re.compile(r"酝酿|准备|拟议|打算|计划|谈判|磋商|草案|有望|愿望|邀请|即将|将")
#: future, intention and obligation ("must still be ratified", "仍需"): not yet done
FUTURE = re.compile(r"将(?!其|两国|双方|这|该)|即将|准备|打算|计划|拟|很快|尽快|有望|就要|在即|明年|未来|仍需|尚需|还需|有待|需经|须经|尚未|仍未")
PAST = re.compile(r"(?:签署|签订|签字|签约|缔结|敲定|达成)了|已经?|曾经?|此前|业已")
#: a participle that reads as past unless the sentence speaks of the future ("本周五签署的协议")
SIGNED_FORM = re.compile(r"(?:签署|签订|缔结|达成|敲定)(?:了)?(?:该|这项|这份|此)?(?:协议|条约|协定|文件|备忘录)?的")
HYPOTHETICAL = re.compile(r"如果|假如|倘若|若是|要是|即便|即使|就算|是否|无论|不管|能否|会不会|可能性|[？?]\s*$")
NEGATION = re.compile(r"(?:并不|不会|不|没有|并未|未|无)(?:包括|包含|含有|含|涉及|规定|提供|构成|设有|带有|具备)")
HEDGE = re.compile(r"可能|或许|也许|大概|恐怕|预计|预料|据悉")
MUTUAL_DEFENSE = re.compile(
    r"共同防御|共同防务|集体防御|互助条款|相互援助|互相援助|军事互助|协防"
    r"|(?:一方|缔约方)[^。]{0,20}(?:侵略|攻击|进攻|入侵)[^。]{0,30}(?:另一方|对方)[^。]{0,20}(?:援助|协防|支援)")
COMPARE = [
    re.compile(r"(?:类似于?|如同|有别于|不同于|比照)(?P<region>[^，,。；;]+)"),
    re.compile(r"(?:与|和|同|跟)(?P<region>[^，,。；;]{2,60}?)(?:不同|一样|相似|相同)(?=[，,。；;]|$)"),
]
DURATION = [re.compile(rf"(?:为期|有效期(?:为|是)?|期限(?:为|是)?)\s*(?P<n>\d+|[一二三四五六七八九十]+)\s*年")]
PLACE_PREP = re.compile(r"(?:在|于)$")
MULTILATERAL = re.compile(r"三方|四方|多方|多边|三国|四国|五国|各国共同|成员国")
QUOTES = "“”《》「」『』\""
#: where the signers stand relative to the signing verb ("A and B signed" / "وقع A و B")
SIGNER_SIDE = "before"
#: a passive signing names no signers unless an agent follows ("was signed by", "由")
PASSIVE = re.compile(r"被(?:签署|签订)")
AGENT = re.compile(r"由")
#: a finite signing verb: only its subject (or agent) signs; a noun ("the signing") names no signer
SIGN_VERB = SIGN
#: "A with B and C" is two bilateral agreements around A; "A, B and C" is one multilateral
WITH = re.compile(r"跟|同|与")
#: a sentence opening with a pronoun or "the document" continues the agreement in focus
PRONOUN = re.compile(r"\s*(?:它|该文件|这份文件|此文件|该文本)")
