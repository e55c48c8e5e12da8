"""Arabic (rules apply to folded text: أإآ->ا, ة->ه, ى/ی->ي, no diacritics or tatweel)."""
import re

from kg.dates import alternation, compile_patterns
from kg.text import fold_keys

MONTHS = {name: i for i, names in enumerate([
    ("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "اذار"), ("ابريل", "نيسان"),
    ("مايو", "ايار"), ("يونيو", "يونيه", "حزيران"), ("يوليو", "يوليه", "تموز"), ("اغسطس", "اب"),
    ("سبتمبر", "ايلول"), ("اكتوبر", "تشرين الاول"), ("نوفمبر", "تشرين الثاني"), ("ديسمبر", "كانون الاول"),
], start=1) for name in names}
WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
DAY_REL = {"اليوم": 0, "امس": -1, "الامس": -1, "البارحه": -1}
WEEK_REL: dict[str, int] = {"الماضي": 1}
YEAR_REL = {"العام الماضي": -1, "السنه الماضيه": -1, "العام الجاري": 0, "هذا العام": 0, "العام الحالي": 0}
MONTH_REL = {"الشهر الماضي": -1, "الشهر الجاري": 0, "هذا الشهر": 0}

MONTHS, WEEKDAYS = fold_keys(MONTHS, "ar"), fold_keys(WEEKDAYS, "ar")
_M = alternation(MONTHS)
_W = alternation(WEEKDAYS)
DATE_PATTERNS = compile_patterns([
    r"(?P<mrel>الشهر الماضي|الشهر الجاري|هذا الشهر)",
    rf"(?:منتصف|اوائل|اواخر|مطلع|نهايه)\s+(?:شهر\s+)?(?P<m>{_M})(?:\s+(?P<y>\d{{4}}))?",
    rf"(?P<d>\d{{1,2}})\s*(?:من\s+)?(?P<m>{_M})\s*(?:من\s+)?(?:عام\s+)?(?P<y>\d{{4}})",
    rf"(?P<m>{_M})\s+(?:من\s+)?(?:عام\s+)?(?P<y>\d{{4}})",
    rf"(?P<d>\d{{1,2}})\s+(?P<m>{_M})(?!\s*\d)",
    rf"(?P<drel>امس|الامس|اليوم)\s+(?:يوم\s+)?(?P<wd>{_W})",
    rf"(?:يوم\s+)?(?P<wd>{_W})(?:\s+(?P<wrel>الماضي))?",
    rf"(?:في|خلال|منذ)\s+(?:شهر\s+)?(?P<m>{_M})(?:\s+(?:من\s+)?(?P<yrel>العام الماضي|السنه الماضيه|هذا العام|العام الجاري))?",
    r"(?P<yrel>العام الماضي|السنه الماضيه|العام الجاري|هذا العام|العام الحالي)",
    r"(?:عام|سنه)\s+(?P<y>\d{4})",
    r"(?P<drel>اليوم|امس|الامس|البارحه)",
])

AGREEMENT = re.compile(r"معاهد[هت]|اتفاقي[هت]|اتفاق(?!ي)|بروتوكول|برتوكول|مذكر[هت] (?:ال)?تفاهم|ميثاق|حلف|صفق[هت]")
KINDS = {"معاهد": "treaty", "بروتوكول": "protocol", "برتوكول": "protocol", "مذكر": "memorandum",
         "حلف": "pact", "ميثاق": "charter", "صفق": "deal"}
ANAPHORA = re.compile(r"(?:هذه|هذا|تلك|ذلك)\s+(?P<np>)(?:و|ب|ل)?(?:ال)?$|(?<!\w)(?P<np2>)(?:و|ب|ل|ف)?ال$")
#: a true demonstrative always refers back; a bare definite article only when the parties fit
DEMONSTRATIVE = re.compile(r"هذه|هذا|تلك|ذلك")
#: the gap between two coordinated names starts with the conjunction (the clitic و of "وإيران"
#: ends it): "روسيا وإيران", "بوتين وزعيم كوريا", "مع"
CONNECTOR = re.compile(r"^\s*(?:و|مع(?!\w)|بين(?!\w)|،|-)|(?<!\w)و$")
MAX_GAP = 30
SIGN = re.compile(r"وقع|توقيع|يوقع|توقع|ستوقع|سيوقع|يوقعان|الموقع|ابرام|ابرم")
RATIFY = re.compile(r"صادق|مصادق|يصادق|تصادق|التصديق|تصديق|اقر البرلمان|اقرار")
IN_FORCE = re.compile(r"دخل(?:ت)? حيز التنفيذ|دخول(?:ها|ه)? حيز التنفيذ")
TERMINATE = re.compile(r"انسحب|انسحاب|الغاء|الغت|الغى|انهاء|علقت")
PLAN = re.compile(r"تعتزم|يعتزم|تعتزمان|تستعد|يستعد|المزمع|مزمع|من المقرر|مفاوضات|يتفاوض|تتفاوض|التفاوض|مشروع|للتوقيع|ستوقع|سيوقع|سيتم|تعد")
#: future, intention and obligation ("must still be ratified", "仍需"): not yet done
FUTURE = re.compile(r"(?<!\w)(?:ست|سي|سن)(?:وقع|تم|صبح|كون|تضمن|شمل|عقد|بدا|دخل)\w*|تعتزم|يعتزم|تعتزمان|قريبا|المقبل|القادم|المستقبل|من المقرر|المزمع|سوف|للتوقيع|يجب|ينبغي|يتعين|لا يزال|لم (?:يتم|يدخل)")
PAST = re.compile(r"(?<!\w)(?:و|ف)?(?:وقع|وقعت|وقعا|وقعوا|ابرم|ابرمت)(?!\w)|الموقع[هت]|تم توقيع|جرى توقيع")
HYPOTHETICAL = re.compile(r"(?<!\w)(?:اذا|لو|هل|ربما)(?!\w)|؟\s*$")
NEGATION = re.compile(r"(?<!\w)(?:لا|لن|لم|ليس|ليست|دون|بدون|خلو)(?!\w)")
HEDGE = re.compile(r"(?<!\w)(?:قد|ربما|يحتمل)(?!\w)|من المتوقع|من المحتمل|يتوقع")
MUTUAL_DEFENSE = re.compile(
    r"الدفاع المشترك|الدفاع المتبادل|دفاع مشترك|دفاع متبادل|للدفاع المتبادل|للدفاع المشترك|الدفاع الجماعي"
    r"|المساعده المتبادله|مساعده متبادله|المساعده العسكريه المتبادله|مساعده البلدين لبعضهما")
COMPARE = [re.compile(r"(?:مثل|على غرار|شبيه[هت]? ب|مماثل[هت]? ل|بخلاف|خلافا ل|على عكس)(?P<region>[^،.]+)")]
NUMBERS = {"ثلاث": 3, "ثلاثه": 3, "خمس": 5, "خمسه": 5, "عشر": 10, "عشره": 10, "خمس عشره": 15,
           "عشرين": 20, "عشرون": 20, "خمسه وعشرين": 25, "ثلاثين": 30, "خمسين": 50}
_NW = "|".join(sorted(NUMBERS, key=len, reverse=True))
DURATION = [re.compile(rf"(?:لمد[هت]|مدتها|مدته)\s*(?P<n>\d+|{_NW})\s*(?:عاما|عام|سنه|سنوات)"),
            re.compile(rf"(?<!\w)ل?(?P<n>\d+|{_NW})\s*(?:عاما|سنه|سنوات)(?!\w)")]
PLACE_PREP = re.compile(r"(?:(?<!\w)في\s+|(?<!\w)ب)$")
MULTILATERAL = re.compile(r"ثلاثي|رباعي|خماسي|متعدد[هت]? الاطراف|الدول الثلاث")
QUOTES = "\"“”«»"
#: where the signers stand relative to the signing verb ("A and B signed" / "وقع A و B")
SIGNER_SIDE = "both"
#: a passive signing names no signers unless an agent follows ("was signed by", "由")
PASSIVE = re.compile(r"تم توقيع|جرى توقيع|(?<!\w)وقعت(?!\w)")
AGENT = re.compile(r"من قبل|من جانب")
#: a finite signing verb: only its subject (or agent) signs; a noun ("the signing") names no signer
SIGN_VERB = re.compile(r"(?<!\w)[وف]?(?:وقع|وقعت|وقعا|وقعوا|يوقع|يوقعان|توقعان|ابرم|ابرمت|ابرما)(?!\w)")
#: "A with B and C" is two bilateral agreements around A; "A, B and C" is one multilateral
WITH = re.compile(r"(?<!\w)مع(?!\w)")
#: a sentence opening with a pronoun or "the document" continues the agreement in focus
PRONOUN = re.compile(r"\s*(?:و)?(?:الوثيقه|النص)(?!\w)")
