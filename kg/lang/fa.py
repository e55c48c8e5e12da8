"""Persian (folded text: ی->ي, ک->ك, آ->ا, ZWNJ->space, Persian digits->ASCII)."""
import re

from kg.dates import alternation, compile_patterns
from kg.text import fold_keys

MONTHS = {name: i for i, names in enumerate([
    ("ژانويه",), ("فوريه",), ("مارس",), ("اوريل",), ("مه", "مي"), ("ژوئن",), ("ژوييه", "ژوئيه", "جولاي"),
    ("اوت", "اگوست"), ("سپتامبر",), ("اكتبر",), ("نوامبر",), ("دسامبر",),
], start=1) for name in names}
WEEKDAYS = {"دوشنبه": 0, "سه شنبه": 1, "چهارشنبه": 2, "پنجشنبه": 3, "پنج شنبه": 3, "جمعه": 4, "شنبه": 5, "يكشنبه": 6}
DAY_REL = {"امروز": 0, "ديروز": -1}
WEEK_REL = {"گذشته": 1}
YEAR_REL = {"سال گذشته": -1, "پارسال": -1, "امسال": 0}
MONTH_REL = {"ماه گذشته": -1, "ماه جاري": 0, "اين ماه": 0}

SOLAR_MONTHS = {m: i for i, m in enumerate(["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
                                              "آذر", "دی", "بهمن", "اسفند"], 1)}
MONTHS, WEEKDAYS = fold_keys(MONTHS, "fa"), fold_keys(WEEKDAYS, "fa")
SOLAR_MONTHS = fold_keys(SOLAR_MONTHS, "fa")
_S = alternation(SOLAR_MONTHS)
_M, _W = alternation(MONTHS), alternation(WEEKDAYS)
DATE_PATTERNS = compile_patterns([
    r"(?P<mrel>ماه گذشته|ماه جاري|اين ماه)",
    rf"(?P<y>\d{{4}})/(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})(?!\d)",
    rf"(?P<d>\d{{1,2}})\s+(?P<sm>{_S})(?:\s+(?:ماه\s+)?(?P<sy>1[34]\d\d))?(?!\w)",
    rf"(?P<d>\d{{1,2}})\s+(?P<m>{_M})\s+(?:سال\s+)?(?P<y>\d{{4}})",
    rf"(?P<m>{_M})\s+(?:سال\s+)?(?P<y>\d{{4}})",
    rf"(?:ماه\s+)(?P<m>{_M})(?:\s+(?P<yrel>سال گذشته|امسال))?",
    rf"(?P<d>\d{{1,2}})\s+(?P<m>{_M})(?!\s*\d)",
    rf"(?:روز\s+)?(?P<wd>{_W})(?:\s+(?P<wrel>گذشته))?",
    r"(?P<yrel>سال گذشته|پارسال|امسال)",
    r"(?P<drel>امروز|ديروز)",
])

AGREEMENT = re.compile(r"معاهده|موافقت ?نامه|توافق ?نامه|توافق|پيمان|قرارداد|تفاهم ?نامه|پروتكل|سند همكاري")
KINDS = {"معاهده": "treaty", "پيمان": "pact", "قرارداد": "agreement", "تفاهم": "memorandum", "پروتكل": "protocol"}
ANAPHORA = re.compile(r"(?:اين|آن|همين|ان)\s+(?P<np>)$")
#: a true demonstrative always refers back; a bare definite article only when the parties fit
DEMONSTRATIVE = re.compile(r"(?<!\w)(?:اين|آن|ان|همين)(?!\w)")
CONNECTOR = re.compile(r"^\s*(?:و|با|ميان|بين)(?!\w)|^\s*[،-]")
MAX_GAP = 30
SIGN = re.compile(r"امضا|منعقد")
RATIFY = re.compile(r"تصويب|تاييد كرد|تنفيذ")
IN_FORCE = re.compile(r"لازم ?الاجرا شد|به اجرا درامد|اجرايي شد(?!ن)")
TERMINATE = re.compile(r"خروج از|لغو|فسخ|تعليق")
PLAN = re.compile(r"قرار است|خواهد|خواهند|مذاكره|اماده|پيش ?نويس")
#: future, intention and obligation ("must still be ratified", "仍需"): not yet done
FUTURE = re.compile(r"خواهد|خواهند|قرار است|به زودي|اينده|بايد|هنوز")
PAST = re.compile(r"امضا (?:كرد|كردند|شد|شده|كرده)|به امضا رسيد|امضا شده")
HYPOTHETICAL = re.compile(r"(?<!\w)(?:اگر|ايا|چنانچه)(?!\w)|؟\s*$")
NEGATION = re.compile(r"ندارد|نمي|نخواهد|بدون|فاقد|نيست")
HEDGE = re.compile(r"ممكن|احتمال|شايد|گفته مي شود")
MUTUAL_DEFENSE = re.compile(r"دفاع متقابل|دفاع مشترك|بند دفاعي|كمك نظامي متقابل|به ياري يكديگر|به كمك يكديگر")
COMPARE = [re.compile(r"(?:مانند|مشابه|همانند|برخلاف|بر خلاف)(?P<region>[^،.]+)")]
NUMBERS = {"يك": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
           "پانزده": 15, "بيست": 20, "بيست و پنج": 25, "سي": 30, "پنجاه": 50, "صد": 100}
_N = "|".join(sorted(NUMBERS, key=len, reverse=True))
DURATION = [re.compile(rf"(?P<n>\d+|{_N}) ?ساله"), re.compile(rf"به مدت (?P<n>\d+|{_N}) سال")]
#: Persian puts the verb last: "تعهدی برای دفاع مشترک ندارد" negates after the clause
NEGATION_AFTER = True
PLACE_PREP = re.compile(r"(?<!\w)(?:در|به)\s+$")
MULTILATERAL = re.compile(r"سه جانبه|چهار جانبه|چهارجانبه|چندجانبه|چند جانبه")
QUOTES = "\"«»“”"
#: where the signers stand relative to the signing verb ("A and B signed" / "وقع A و B")
SIGNER_SIDE = "before"
#: a passive signing names no signers unless an agent follows ("was signed by", "由")
PASSIVE = re.compile(r"امضا شده|به امضا رسيد")
AGENT = re.compile(r"از سوي|توسط")
#: a finite signing verb: only its subject (or agent) signs; a noun ("the signing") names no signer
SIGN_VERB = re.compile(r"امضا (?:كرد|كردند|كرده|مي كنند|مي كند)")
#: "A with B and C" is two bilateral agreements around A; "A, B and C" is one multilateral
WITH = re.compile(r"(?<!\w)با(?!\w)")
#: a sentence opening with a pronoun or "the document" continues the agreement in focus
PRONOUN = re.compile(r"\s*(?:این سند|این متن)(?!\w)")

#: page furniture the reader strips or reads in this language (see kg.lang.boilerplate)
from kg.lang.boilerplate import Boilerplate, _months  # noqa: E402

BOILERPLATE = Boilerplate(
    lang="fa",
    drop_line=(
        r"^(?:برچسب\u200c?ها|کلیدواژه\u200c?ها|کلید واژه\u200c?ها|موضوعات)\s*[:：]",
        r"^(?:اشتراک\u200c?گذاری|به اشتراک بگذارید|اشتراک در .{1,20})$",
        r"^(?:زمان مطالعه\s*[:：]?\s*)?\d+\s*دقیقه$",
        r"^(?:بیشتر بخوانید|بخوانید)\s*[:：]\s*\S.*$",
    ),
    header_drop=(r"^(?:نویسنده|خبرنگار)\s*[:：]\s*\S.{1,60}$",),
    cut_from=((r"(?:بیشتر بخوانید|مطالب مرتبط|اخبار مرتبط|بخوانید|پربازدیدترین\u200c?ها)\s*[:：]?",),),
    source_labels=("منبع",),
    published_labels=("تاریخ انتشار", "منتشر شده", "تاریخ"),
    sections=("بین\u200cالملل", "بین الملل", "سیاسی", "اقتصادی", "جهان"),
    home_words=("خانه", "صفحه اصلی"),
    months=_months("ژانویه|ژانویهٔ", "فوریه", "مارس", "آوریل", "مه|مى|می", "ژوئن",
                   "ژوئیه|جولای", "اوت|آگوست", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"),
    jalali_months=_months("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد|امرداد", "شهریور",
                          "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"),
)

#: titles that introduce a person's name (see kg.lang.titles and kg.persons)

TITLES = {
    "titles": [
        (r"معاون\s+اول\s+رئیس\s*جمهور(?:ی)?", "vice_president", False),
        (r"معاون\s+رئیس\s*جمهور(?:ی)?", "vice_president", False),
        (r"رئیس\s*جمهور(?:ی)?", "head_of_state", False),
        (r"نخست\s*وزیر", "head_of_government", False),
        (r"وزیر\s+امور\s+خارجه", "foreign_minister", False),
        (r"وزیر\s+خارجه", "foreign_minister", False),
        (r"وزیر\s+دفاع", "defence_minister", False),
        (r"ولی\s*عهد", "crown_prince", False),
        (r"پادشاه", "head_of_state", False),
        (r"امیر", "head_of_state", True),
        (r"صدر\s*اعظم", "head_of_government", False),
        (r"رهبر", "head_of_state", True),
        (r"دبیر\s*کل", "secretary_general", False),
        (r"همتای", None, False),
    ],
    "require_state": True,
    "post_skip": ["خود", "کشورمان"],
    "honorifics": ["آقای", "خانم", "دکتر", "شیخ", "آیت الله", "آیت‌الله", "حجت الاسلام", "سردار", "ژنرال",
                   "سرلشکر", "شاهزاده", "ملک", "سلطان"],
    "particles": ["بن", "آل"],
    "compound_first": ["عبد"],
    "stop": [
        "در", "به", "با", "از", "که", "را", "و", "برای", "تا", "این", "آن", "او", "وی", "ایشان", "روز",
        "امروز", "دیروز", "فردا", "گفت", "کرد", "کردند", "است", "بود", "شد", "شده", "خود", "نیز", "هم",
        "طی", "ضمن", "پس", "پیش", "بر", "بین", "میان", "درباره", "هنگام", "شنبه", "یکشنبه", "دوشنبه",
        "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "دیدار", "سفر", "امضا", "اعلام", "تاکید", "گفتگو",
        "گفت‌وگو", "نظیر", "همتای", "همتایش", "می", "نمی", "سابق", "جدید", "کشور", "کشورمان", "دولت",
        "توافق", "توافقنامه", "قرارداد", "معاهده", "پیمان", "یادداشت", "بیانیه", "نامه", "اظهار", "کرده",
        "داشت", "دارد", "خواهد", "باید", "افزود", "گفته", "اشاره", "همچنین", "فرمان", "قانون", "طرح", "لایحه",
        "حکم", "دستور", "سند", "پیام", "تلفنی", "رسمی", "هیئت", "هیات",
    ],
    "name_words": (2, 3),
}
