"""Page furniture the READ stage strips or reads, per language: data, not code.

Scraped articles arrive wrapped in whatever the site printed around them:
share buttons, tag clouds, "read also" teasers, machine summaries, app
promos. Left in the text they become false facts (a teaser about another
treaty, a tag that names a country). Each :class:`Boilerplate` lists, for one
language, regexes that recognise that furniture by its *form* (a labelled
line, a widget caption), never by one article's wording, so the next site
with the same widget is handled too. :mod:`kg.read` applies the rules of all
languages at once, since the language is only known after cleaning.

All regexes are matched case-insensitively against one stripped line, with
Persian/Arabic-Indic digits already turned into ASCII digits.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping


@dataclass(frozen=True)
class Boilerplate:
    """One language's furniture rules (see the module docstring)."""

    lang: str
    #: a line matching any of these (``re.search``) is dropped
    drop_line: tuple[str, ...] = ()
    #: like ``drop_line`` but only among the first lines (author bylines:
    #: "By ..." opens body sentences too)
    header_drop: tuple[str, ...] = ()
    #: consecutive-line patterns (``re.fullmatch`` each); the first line of a
    #: match and everything below it is dropped ("read also" + another article)
    cut_from: tuple[tuple[str, ...], ...] = ()
    #: removed from inside a line
    inline: tuple[str, ...] = ()
    #: ``(start, end)``: a start line, the lines after it up to and including
    #: the end line are dropped (machine summaries); end within 40 lines
    blocks: tuple[tuple[str, str], ...] = ()
    #: "来源", "المصدر": ``label: outlet`` names the publisher
    source_labels: tuple[str, ...] = ()
    #: "Published", "تاريخ النشر": ``label: date`` is the publication date
    published_labels: tuple[str, ...] = ()
    #: section names in an ``Outlet/ Section`` byline under the headline
    sections: tuple[str, ...] = ()
    #: endings of outlet names, for a leading ``(德国之声中文网)`` credit
    outlet_suffixes: tuple[str, ...] = ()
    #: regexes with a ``name`` group that name the publishing outlet (weak)
    publisher_patterns: tuple[str, ...] = ()
    #: words a breadcrumb starts with ("首页 > 国际")
    home_words: tuple[str, ...] = ()
    #: Gregorian month names (lower case) -> 1..12
    months: Mapping[str, int] = field(default_factory=dict)
    #: Solar Hijri month names -> 1..12 (dates using them are Jalali)
    jalali_months: Mapping[str, int] = field(default_factory=dict)


#: a run of capitalised names ("Jane Doe and John Roe"); case-sensitive inside
#: the case-insensitive rules, so "By 2030 the pact..." is not a byline
_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’.-]*)"
NAMES = rf"{_NAME}(?:(?:\s+|\s*,\s*|\s+(?:and|et|y|und|&)\s+){_NAME}){{0,7}}"


def _months(*names: str) -> dict[str, int]:
    """``"jan|january", "feb|february", ...`` -> name -> month number."""
    return {alias: number for number, group in enumerate(names, 1) for alias in group.split("|")}


COMMON = Boilerplate(
    lang="*",
    drop_line=(
        r"^(?:\d{1,7}|\d{1,3}(?:,\d{3})+)$",      # a view counter / pagination digit
        r"^(?:https?://|www\.)\S+$",           # a bare link
        r"^(?:top|↑|▲)$",                      # back-to-top button
        r"^[\W_]+$",                           # a rule, bullets, ornaments only
    ),
    inline=(
        # Al Jazeera's inline teaser list (its aria text is English in every edition)
        r"(?:阅读更多|閱讀更多|Read more|اقرأ المزيد|إقرأ المزيد|Читать далее|En savoir plus|بیشتر بخوانید)?"
        r"\s*list of \d+ items?\s*list 1 of \d+.*?end of list",
        r"^Array(?=[^\x00-\x7f])",             # a PHP "Array" glued to the text
    ),
)

ZH = Boilerplate(
    lang="zh",
    drop_line=(
        r"^分享到\s*[:：]?",
        r"^【?\s*字[號号]\s*[:：]",
        r"^【?\s*(?:[責责]任)?[編编][輯辑]\s*[:：].*】?$",
        r"^\S{1,8}\s*/\s*(?:核稿)?[編编][輯辑]$",            # 莊文仁/核稿編輯
        # promos: short lines only, news paragraphs mention apps and WeChat accounts too
        r"^(?=.{0,80}$)(?!.*[，。；,;]).*(?:下[載载]\s*APP|APP\s*下[載载]|下[載载]客[戶户]端)",
        r"^(?=.{0,40}$)(?!.*[，。；,;]).*(?:加入|关注|關注|订阅|訂閱|扫码|掃碼).{0,20}(?:粉[絲丝][團团]|公[众眾][号號]|[频頻]道)\W*$",
        r"^(?:返回[顶頂]部|回到[顶頂]部)$",
        r"^(?:全文\s*\d+\s*字|帮我划重点|划重点$)",
        r"获取更多RSS|獲取更多RSS",
        r"^更\s*多$",
        r"^(?:点击|點擊)(?:进入|進入|查看|閱讀|阅读)",
        r"^(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字)\s*[:：]",
        r"^(?:\d+\s*)?(?:阅读|閱讀)(?:约需|約需|时间|時間)?\s*\d*\s*分[钟鐘]$",
    ),
    header_drop=(r"^(?:作者|记者|記者|撰文|文|图|圖)\s*[:：/|｜]\s*\S.{0,40}$",),
    cut_from=(
        (r"(?:相关阅读|相關閱讀|延伸阅读|延伸閱讀|相关新闻|相關新聞|推荐阅读|推薦閱讀|热门新闻|熱門新聞|猜你喜欢|猜你喜歡)\s*[:：]?",),
        (r"(?:视频|視頻|影音)", r"更\s*多"),
    ),
    inline=(
        r"[（(]\s*完\s*[)）]\s*$",
        r"【[編编][輯辑]\s*[:：][^】]*】\s*$",
    ),
    blocks=(
        # Tencent's "划重点" machine summary
        (r"^全文\s*\d+\s*字", r".*以上内容由.{0,30}生成.*"),
    ),
    # not 消息来源: in running text that is an informant, not an outlet
    source_labels=("稿件来源", "稿件來源", "新闻来源", "新聞來源", "文章来源", "文章來源",
                   "来源", "來源", "出处", "出處"),
    published_labels=("发布时间", "發布時間", "發佈時間", "发布日期", "發布日期", "發佈日期",
                      "发表时间", "發表時間", "发表于", "發表於", "时间", "時間", "日期"),
    sections=("国际", "國際", "国内", "國內", "时政", "時政", "财经", "財經", "军事", "軍事",
              "两岸", "兩岸", "政治", "要闻", "要聞", "综合", "綜合"),
    outlet_suffixes=("中文网", "中文網", "电视台", "電視台", "通讯社", "通訊社", "新闻网", "新聞網",
                     "之声", "之聲", "日报", "日報", "时报", "時報", "晚报", "晚報", "周刊", "週刊",
                     "网", "網", "社", "台", "报", "報"),
    publisher_patterns=(
        r"(?:請|请)?加入(?P<name>[^\s!！,，。]{2,12}?)(?:粉絲團|粉丝团)",
    ),
    home_words=("首页", "首頁", "主页", "主頁", "当前位置", "當前位置", "您的位置"),
    months={},
)

EN = Boilerplate(
    lang="en",
    drop_line=(
        r"accessibility shortcuts",
        r"^skip to (?:main )?content$",
        r"^\d+\s*(?:min|mins|minutes?)\.?\s*read$",
        r"^(?:share|share this(?: article| story| page)?|tweet|email|print|copy link|comments?)$",
        r"^(?:follow us|sign up for|subscribe to) .{0,60}$",
        r"^(?:advertisement|sponsored|listen to (?:this )?article.*)$",
        r"^(?:tags?|topics?|keywords?)\s*:",
        r"^(?:read (?:also|more)|also read|see also|related)\s*:\s*\S.*$",
    ),
    header_drop=(rf"^(?:by|written by|reporting by)\s+{NAMES}$", r"^(?:author|reporter)s?\s*:.{2,60}$"),
    cut_from=(
        (r"(?:read (?:also|more)|also read|related(?: articles| stories| news| content)?|"
         r"more on this(?: story| topic)?|you may also like|recommended(?: for you)?|more stories)\s*:?",),
    ),
    source_labels=("Source",),
    published_labels=("First published on", "First published", "Published on", "Published",
                      "Posted on", "Posted", "Date"),
    sections=("World", "International", "Politics", "Business", "Asia", "Middle East", "Europe",
              "News", "Opinion"),
    outlet_suffixes=("News", "Press", "Agency", "Times", "Post", "TV", "Radio", "Herald", "Tribune"),
    home_words=("Home", "Homepage", "You are here"),
    months=_months("jan|january", "feb|february", "mar|march", "apr|april", "may",
                   "jun|june", "jul|july", "aug|august", "sep|sept|september",
                   "oct|october", "nov|november", "dec|december"),
)

FR = Boilerplate(
    lang="fr",
    drop_line=(
        r"^partager(?: cet article| sur .{1,20})?$",
        r"^publicité$",
        r"^(?:mots[- ]clés|tags|thèmes)\s*:",
        r"^(?:temps de lecture\s*:\s*)?\d+\s*min(?:utes?)?(?: de lecture)?$",
        r"^(?:à |a )?lire (?:aussi|également)\s*:\s*\S.*$",
    ),
    header_drop=(rf"^par\s+{NAMES}$",),
    cut_from=(
        (r"(?:(?:à |a )?lire (?:aussi|également)|sur le même sujet|nos articles sur le sujet|"
         r"dans la même rubrique)\s*:?",),
    ),
    source_labels=("Source",),
    published_labels=("Publié le", "Publié", "Mis en ligne le", "Mis à jour le"),
    sections=("Monde", "International", "Politique", "Économie", "Afrique"),
    home_words=("Accueil",),
    months=_months("janvier|janv", "février|fevrier|févr|fevr", "mars", "avril|avr", "mai",
                   "juin", "juillet|juil", "août|aout", "septembre|sept",
                   "octobre|oct", "novembre|nov", "décembre|decembre|déc|dec"),
)

ES = Boilerplate(
    lang="es",
    drop_line=(r"^compartir(?: en .{1,20})?$", r"^publicidad$", r"^(?:etiquetas|temas)\s*:"),
    header_drop=(rf"^por\s+{NAMES}$",),
    cut_from=((r"(?:lee también|leer más|te puede interesar|noticias relacionadas)\s*:?",),),
    source_labels=("Fuente",),
    published_labels=("Publicado el", "Publicado", "Fecha de publicación"),
    sections=("Internacional", "Mundo", "Política"),
    home_words=("Inicio", "Portada"),
    months=_months("enero|ene", "febrero|feb", "marzo|mar", "abril|abr", "mayo|may", "junio|jun",
                   "julio|jul", "agosto|ago", "septiembre|setiembre|sept|sep", "octubre|oct",
                   "noviembre|nov", "diciembre|dic"),
)

DE = Boilerplate(
    lang="de",
    drop_line=(r"^teilen$", r"^anzeige$", r"^(?:schlagworte|themen)\s*:"),
    header_drop=(rf"^von\s+{NAMES}$",),
    cut_from=((r"(?:lesen sie auch|mehr zum thema|das könnte sie auch interessieren)\s*:?",),),
    source_labels=("Quelle",),
    published_labels=("Veröffentlicht am", "Veröffentlicht", "Stand"),
    sections=("Ausland", "Politik", "Welt"),
    home_words=("Startseite",),
    months=_months("januar|jan|jänner", "februar|feb", "märz|maerz|mär", "april|apr", "mai",
                   "juni|jun", "juli|jul", "august|aug", "september|sep|sept",
                   "oktober|okt", "november|nov", "dezember|dez"),
)

RU = Boilerplate(
    lang="ru",
    drop_line=(
        r"^\d+\s*мин\.?\s*(?:чтения|на чтение|читать)$",
        r"^(?:теги|метки|темы)\s*:",
        r"^(?:поделиться|поделиться в .{1,20}|реклама)$",
        r"^(?:читайте также|смотрите также)\s*:\s*\S.*$",
    ),
    header_drop=(r"^(?:автор|текст|фото)\s*:.{2,60}$",),
    cut_from=((r"(?:читайте также|читать также|смотрите также|похожие (?:новости|материалы)|"
                r"другие новости|новости по теме)\s*:?",),),
    source_labels=("Источник",),
    published_labels=("Опубликовано", "Дата публикации", "Дата"),
    sections=("В мире", "Мир", "Политика", "Экономика", "Международные"),
    outlet_suffixes=("пресс", "news", "ТВ", "новости"),
    publisher_patterns=(
        # "Как передает X, об этом сообщает Y": X relays Y's report, so X publishes
        r"как переда[её]т (?:корреспондент )?(?P<name>[^,.]{2,40}), (?:об этом )?сообща",
    ),
    home_words=("Главная",),
    months=_months("января|январь|янв", "февраля|февраль|фев", "марта|март|мар",
                   "апреля|апрель|апр", "мая|май", "июня|июнь|июн", "июля|июль|июл",
                   "августа|август|авг", "сентября|сентябрь|сен|сент", "октября|октябрь|окт",
                   "ноября|ноябрь|ноя", "декабря|декабрь|дек"),
)

AR = Boilerplate(
    lang="ar",
    drop_line=(
        r"شارك هذا المقال|شارك الخبر|مشاركة الخبر",
        r"^(?:كلمات دلالية|كلمات مفتاحية|الوسوم|وسوم)\s*[:：]",
        r"^(?:تابعونا على|تابعوا .{1,30} على).{0,60}$",  # not اشترك في: also "took part in"
        r"^(?:إ|ا)قرأ (?:أيض(?:اً|ًا|ا)|المزيد)\s*[:：]\s*\S.*$",
        r"^(?:مشاركة|شارك)\s*[:：]?$",
        r"^(?:مدة القراءة\s*[:：]?\s*)?\d+\s*(?:دقيقة|دقائق)(?: للقراءة)?$",
    ),
    header_drop=(r"^(?:بقلم|كتب|كتبت)\s*[:：]?\s*\S.{1,60}$",),
    cut_from=((r"(?:(?:إ|ا)قرأ (?:أيض(?:اً|ًا|ا)|المزيد)|(?:مواضيع|أخبار|مقالات) (?:ذات صلة|متعلقة)|"
                r"الأكثر قراءة)\s*[:：]?",),),
    source_labels=("المصدر",),
    published_labels=("تاريخ النشر", "نشر في", "نُشر في", "تاريخ النشر والتحديث"),
    sections=("دولي", "محلي", "عربي", "سياسة", "اقتصاد", "أخبار", "متابعات", "عربي ودولي",
              "دوليات", "خاص", "تقارير"),
    outlet_suffixes=("برس", "نيوز", "تيفي"),
    home_words=("الرئيسية",),
    months=_months("يناير|كانون الثاني|جانفي", "فبراير|شباط|فيفري", "مارس|آذار|اذار",
                   "أبريل|ابريل|إبريل|نيسان|أفريل", "مايو|أيار|ايار|ماي",
                   "يونيو|حزيران|يونيه|جوان", "يوليو|تموز|يوليه|جويلية|يوليوز",
                   "أغسطس|اغسطس|آب|اب|أوت|غشت", "سبتمبر|أيلول|ايلول|شتنبر",
                   "أكتوبر|اكتوبر|تشرين الأول|تشرين الاول", "نوفمبر|تشرين الثاني|نونبر",
                   "ديسمبر|كانون الأول|كانون الاول|دجنبر"),
)

FA = Boilerplate(
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

#: every language's rules; :mod:`kg.read` merges them
RULES: tuple[Boilerplate, ...] = (COMMON, ZH, EN, FR, ES, DE, RU, AR, FA)
