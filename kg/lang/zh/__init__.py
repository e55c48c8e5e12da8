"""Chinese, both scripts: rules are written in simplified characters and meet text folded to them."""
from __future__ import annotations

import os

from kg.lang.base import Cues, Dates, Furniture, Language, LazyMap, Morphology, Script, Titles
from kg.lang.zh.numerals import parse as parse_numeral

_DOTS = {"・": "·", "•": "·", "‧": "·", "･": "·", "∙": "·", "⋅": "·", "．": "·"}


def _t2s() -> dict[str, str]:
    """Traditional -> simplified, one character to one character, from the table opencc ships.

    Character by character keeps offsets aligned (phrase conversion would not);
    Taiwan variants are first mapped to their standard traditional form.
    """
    import opencc  # opencc-python-reimplemented: its dictionaries are in the wheel

    base = os.path.join(os.path.dirname(opencc.__file__), "dictionary")
    table: dict[str, str] = {}
    for name in ("TWVariantsRev.txt", "TSCharacters.txt"):
        path = os.path.join(base, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 2:
                    src, dst = parts[0], parts[1].split(" ")[0]
                    if len(src) == 1 and len(dst) == 1:
                        table[src] = table.get(dst, dst)
    for src, dst in list(table.items()):
        table[src] = table.get(dst, dst)
    # an interpunct inside transliterated names comes in many shapes; the full stop 。 stays
    return table | _DOTS


_NUM = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
#: a weekday in brackets after a date ("17日（星期五）"): part of that date, never a date of its own
_WD_AFTER = r"(?:\s*[(（]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）])?"
#: what stands between 在/于 and a city: the state or region and a place word ("在马来西亚首都吉隆坡",
#: "在沙特港口城市吉达", "在中国北京"): a place phrase, never one closed by a localizer (在会谈中, 在会上)
_LEAD_NO = r"\s,，。、；;：:“”《》()（）与和同跟及对向在于将已是为的了并"
#: verb characters no state or region name contains: "在推动俄罗斯与伊朗…" is no place phrase
_LEAD_VERB = "推动批评采用通过支持反对促帮助使让把被给从由经据按强建展进行实施签署举办召开表示说称指认望要求呼吁敦邀请会晤见谈判讨论打击攻制裁援访问处理解决参协作抗应关"
_PLACE_LEAD = rf"(?:[^{_LEAD_NO}]{{0,10}}(?:首都|首府|城市|港口|港|市|省|州|地区|郊区|小镇|镇)|[^{_LEAD_NO}{_LEAD_VERB}]{{1,7}}[^{_LEAD_NO}{_LEAD_VERB}中上下内外里后前时间期])?"
DATES = Dates(
    numeral=parse_numeral,
    weekdays={c: i for i, c in enumerate("一二三四五六日")} | {"天": 6},
    day_words={"今天": 0, "今日": 0, "今": 0, "昨天": -1, "昨日": -1, "昨": -1, "前天": -2},
    week_words={"本": 0, "这": 0, "上": 1, "上个": 1},
    month_words={"上个月": -1, "上月": -1, "本月": 0, "这个月": 0},
    year_words={"今年": 0, "去年": -1, "前年": -2, "明年": 1},
    patterns=(
        rf"(?:本月|这个月|当月)\s*(?P<d>{_NUM})\s*[日号]{_WD_AFTER}",
        r"(?P<mrel>上个月|上月|本月|这个月)",
        rf"(?P<y>\d{{4}})\s*年\s*(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*[日号]{_WD_AFTER}",
        rf"(?P<y>\d{{4}})\s*年\s*(?P<m>{_NUM})\s*月",
        rf"(?<!\d)(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*,\s*(?P<y>\d{{4}})(?!\d)",
        rf"(?P<yrel>今年|去年|前年|明年)\s*(?P<m>{_NUM})\s*月(?:\s*(?P<d>{_NUM})\s*[日号])?{_WD_AFTER}",
        rf"(?<![\d年])(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*[日号]{_WD_AFTER}",
        rf"(?<![(（])(?:(?P<wrel>本|这|上个|上)|(?<![本这上个]))(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])",
        rf"(?P<y>\d{{4}})\s*年(?!代)",
        r"(?P<yrel>今年|去年|前年|明年)(?!\s*(?:\d|[一二三四五六七八九十])+月)",
        r"(?P<drel>今天|今日|昨天|昨日|前天)",
        r"(?P<drel>今|昨)\s*[(]\s*(?P<d>\d{1,2})\s*日",
        rf"(?<![\d月年])(?P<d>{_NUM})\s*日(?=[电電]|[(]){_WD_AFTER}",
        rf"(?<![\d月年/.-])(?P<d>\d{{1,2}})日{_WD_AFTER}(?=[^\d])",
    ),
)

#: talks as a plan: not when they are over ("经过多轮谈判", "谈判结束后", "通过磋商达成")
_TALKS = (r"(?<!经过)(?<!经过.)(?<!经过..)(?<!经过...)(?<!通过)(?<!通过.)(?<!通过..)(?<!经)"
          r"(?:谈判|磋商)(?![^,，。]{0,3}(?:后|之后|结束|完成|成果|达成))")

NUMBERS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
           "十五": 15, "二十": 20, "二十五": 25, "三十": 30, "五十": 50, "一百": 100, "百": 100}

CUES = Cues(
    agreement=(r"条约|协议书|协议|协定|公约|盟约|议定书|备忘录|合约|宪章|框架文件"
               r"|和约(?![\d一二两三四五六七八九十百千万]|[有为占达旦翰定束会见请谈合])"),
    kinds={"条约": "treaty", "公约": "convention", "盟约": "pact", "议定书": "protocol", "备忘录": "memorandum",
           "宪章": "charter", "和约": "treaty"},
    document=r"文件|文本",
    # determiners, not the same characters inside words: 日本, 应该, 此前/因此/彼此, 那不勒斯
    anaphora=(r"(?:这|(?<!应)该|(?<![因对为如彼从由就])此(?![前后外])|上述|那(?!不勒斯|霸))(?:一|项|份|个|些|部)?"
              r"[^,，。；;：:、]{0,8}$|(?<![日资根基成版])本(?:项|份)?$"),
    demonstrative=r"这|(?<!应)该|(?<![因对为如彼从由就])此(?![前后外])|上述|那(?!不勒斯|霸)",
    new=r"新(?:的)?(?=[^,，。]{0,6}$)|另一|另外一|类似",
    organisation_tail=r"^(?:组织|理事会|秘书处|委员会)",
    name_boundary="的了一项份个这该此签署订达成为期年中和与同及在",
    sign=r"签署|签订|签字|签约|缔结|草签|订立|签下|签了",
    sign_verb=r"签署|签订|签字|缔结|草签|订立|签下|签了",
    ratify=r"批准|核准|审议通过|(?:通过)(?=了?(?:该|这一|此)?(?:项|份)?(?:条约|协议|协定))|互换批准书",
    in_force=r"(?<!早日)(?<!尽快)(?<!推动)(?:正式)?生效|正式实施|开始实施|付诸实施",
    terminate=r"退出|废除|终止|废止|撕毁|中止|暂停履行|暂停|失效|(?:已经?|正式|于[^,，。]{1,12})到期|到期(?=了)|解除|不再续签|宣布无效",
    plan=r"酝酿|准备|拟议|拟|打算|计划|" + _TALKS + r"|草案|有望|即将|商签|期盼已久|有意|将(?=[^,，。]{0,8}签)"
         # an intention before a signing verb: "同意签署", "决定缔结", "希望尽快签署"
         r"|(?:同意|决定|希望|寻求|争取|力争|愿意|承诺|商定|约定)(?=[^,，。]{0,8}(?:签署|签订|缔结|草签|签约))",
    conclude=r"达成|敲定|谈妥|同意",
    # (the engine looks for an act one character after the signing verb, which Chinese writes
    # glued on: "签署法令", "签署总统令"; the second half of each word lets it find them)
    act=r"法律|法令|法案|总统令|批准书|议定书(?=[^,，。]{0,4}互换)|(?<=法)(?:律|令|案)|(?<=总)统令|(?<=批)准书",
    participation=r"参与|参加|履行|成员资格",
    # 以 is "in order to" only before a verb of purpose ("以推动条约生效"); "以压倒性多数批准" is "by a majority"
    purpose=r"(?:为了|以便|以期|以求|旨在|以(?=推动|确保|促进|加快|争取|使|利))[^,，。]{0,6}$",
    future=(r"将(?!其|两国|双方|这|该)|即将|准备|打算|计划|拟|很快|尽快|有望|就要|在即|明年|未来|仍需|尚需|还需"
            r"|才能|才会|方能|方可"  # "批准后才能生效": only then will it
            r"|有待|需经|须经|尚未|仍未|会(?=签)|有意|期盼|年底前|年内|月底前|下半年"
            r"|(?:同意|决定|希望|寻求|争取|力争|愿意|承诺|商定|约定)(?=[^,，。]{0,8}(?:签署|签订|缔结|草签|签约))"
            # asking someone to sign: "邀请他访问俄罗斯并签署条约", "敦促两国尽快签署"
            r"|(?:邀请|让|请|要求|敦促|呼吁|促请|督促)(?=[^。]{0,30}(?:签署|签订|缔结|签约))"),
    past=r"了|已经?|曾经?|此前|业已|过(?=[^,，。]{0,4}(?:条约|协议|协定))",
    negation=r"不(?!仅|但|断|久)|没有|并未|未(?!来)|无(?!论)|非(?!常|洲)",
    hedge=r"可能|或许|也许|大概|恐怕|预计|预料|或将",
    conditional=r"如果|假如|倘若|若是|要是|即便|即使|就算|是否|无论|不管|能否|会不会|一旦|[?？]\s*$",
    passive=r"被(?:签署|签订)|由[^,，。]{1,40}签(?:署|订)",
    agent=r"由",
    signer_side="before",
    conjunction=r"与|和|同|跟|及|以及|、|暨",
    # "A与B在C签署": C after the locative is no partner of 与 (a party stands between)
    with_=r"(?:与|同|跟)(?![^,，。]{0,20}(?:在|于)[^,，。]{0,12}$)",
    between=r"(?:之)?间",
    # "在X的斡旋下", "经X调停": the mediator stands between the marker and the noun (在推动A与B… is no mediation)
    mediator=r"在(?=[^,，。]{1,20}(?:斡旋|调停|主持|撮合|推动|调解)下)|经(?=[^,，。]{1,20}(?:斡旋|调停|调解))|通过(?=[^,，。]{1,20}主办)",
    object_phrase=r"在[^,，。]{0,20}?上\s*$",
    witness=r"在(?=[^,，。]{0,30}(?:见证|陪同|出席|注视)下)|见证下",
    envoy=r"驻",
    locative=r"(?:(?<![正现存实所])在|(?<![由关对属等至基终处])于|驻)",
    place_lead=_PLACE_LEAD,
    visit=r"(?:访问|出访)(?=[^,，。]{0,10})",
    capital=r"首都",
    filler=r"的|各成员国|成员国",
    multilateral=r"三方|四方|多方|多边|三国|四国|五国|各国共同|成员国",
    sides=r"双方|两国|两方|各方|彼此|他们|两国政府",
    office_subjects=(
        (r"两国外长|双方外长|两位外长", "foreign_minister"),
        (r"两国总理|两国首相|两位总理", "head_of_government"),
        (r"两国元首|两国总统|两位总统", "head_of_state"),
        (r"两国领导人|双方领导人|两位领导人|三国领导人|各国领导人", "leader"),
        (r"两国部长|双方部长", "minister"),
    ),
    mutual_defence=(r"共同防御|共同防务|集体防御|互助条款|相互援助|互相援助|军事互助|协防|共同防卫|军事同盟"
                    r"|(?:一方|缔约方|任何一方)[^。]{0,20}(?:侵略|攻击|进攻|入侵|武装攻击)[^。]{0,30}(?:另一方|对方)[^。]{0,20}(?:援助|协防|支援|协助)"
                    r"|互相提供(?:军事)?援助|提供军事援助"),
    validity=r"为期|有效期|期限",
    extension=r"延长|延期|续签|展期",
    duration=(rf"(?:为期|有效期(?:为|是|至)?|期限(?:为|是)?)\s*(?P<n>\d+|[一二三四五六七八九十百两]+)\s*(?P<unit>年|天|日|个月)",
              r"(?P<n>\d+|[一二三四五六七八九十百两]+)\s*(?P<unit>年)期",
              r"(?P<n>\d+|[一二三四五六七八九十百两]+)\s*(?P<unit>年)(?=[^,，。]{0,6}(?:条约|协议|协定))"),
    units={"年": "Y", "天": "D", "日": "D", "个月": "M"},
    numbers=NUMBERS,
    compare=(r"(?:类似于?|如同|比照)(?P<region>[^,，。；;]+)",
             r"(?:与|和|同|跟)(?P<region>[^,，。；;]{2,60}?)(?:一样|相似|相同)(?=[,，。；;]|$)"),
    contrast=(r"(?:有别于|不同于)(?P<region>[^,，。；;]+)",
              r"(?:与|和|同|跟)(?P<region>[^,，。；;]{2,60}?)不同(?=[,，。；;]|$)"),
)

TITLES = Titles(
    titles=(
        (r"副总统", "vice_president", False),
        (r"总统", "head_of_state", False),
        (r"副总理", "head_of_government", False),
        (r"总理", "head_of_government", False),
        (r"首相", "head_of_government", False),
        (r"外交部长|外交部部长|外交和国际合作部长|外交与国际合作部长", "foreign_minister", False),
        (r"外交大臣|外务大臣|外务相|外相", "foreign_minister", False),
        (r"外长", "foreign_minister", False),
        (r"国务卿", "foreign_minister", False),
        (r"国防部长|国防部部长|防卫大臣|防卫相", "defence_minister", False),
        (r"国防大臣", "defence_minister", False),
        (r"防长", "defence_minister", False),
        (r"商务部长|商务部部长|贸易部长|经济部长|能源部长|财政部长", "minister", False),
        # any ministry's minister or deputy: "外交部副部长", "内外贸易部部长", "副外长"
        (r"(?:外交|国防|商务|贸易|内外贸易|对外贸易|经济|能源|财政|农业|工业|交通|司法|内政|卫生|教育)部副?部长"
         r"|副外长|副防长", "minister", False),
        (r"王储", "crown_prince", False),
        (r"国王", "head_of_state", False),
        (r"埃米尔", "head_of_state", False),
        (r"国家主席", "head_of_state", False),
        (r"国务委员长", "head_of_state", False),
        (r"委员长", "head_of_state", False),
        (r"主席", "head_of_state", False),
        (r"最高领袖|最高领导人", "supreme_leader", False),
        (r"领导人", "head_of_state", False),
        (r"总书记", "head_of_state", False),
        (r"秘书长", "secretary_general", False),
        (r"总理兼外长", "head_of_government", False),
        (r"大使", "ambassador", False),
        (r"顾问", "minister", False),
    ),
    require_state=True,
    pre_gap=r"(?:新任|现任|前任|时任|代理|候任|当选|首任|前|代|新)?(?:第一)?",
    honorifics=("谢赫",),
    translit=(
        "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查柴彻达戴丹道德登迪蒂丁东杜多厄恩尔法凡菲费芬丰"
        "弗福富盖甘冈戈格根古瓜圭哈海汉豪赫亨洪胡华怀霍基吉加贾杰捷金津卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗"
        "劳勒雷蕾黎里理利莉列林琳玲隆卢鲁路伦罗洛吕马玛迈麦曼芒梅门蒙孟米敏明莫默姆牧穆纳娜奈南内尼宁纽努诺"
        "历山大契娅丽瑞琪茨涅通那夫娃卜绍敦顿缪妮茹廷翁欣惠腊黛曲哥翰霍桑"
        "欧帕潘庞培佩彭皮珀普齐奇恰乔切钦琴琼丘萨塞赛桑瑟森沙莎善尚舍什施史舒斯松苏索塔泰坦汤唐特提图托瓦万"
        "旺威韦维温沃乌伍武西希锡席夏谢辛休修雅亚扬耶叶伊因英尤约泽扎詹兹祖佐卓"
    ),
    surnames=(
        "李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶"
        "阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖"
        "龚文朴岸菅安岩茂河麻阮裴申全柳闵洪"
    ),
    stop_chars="在于与和同跟及对向从把被将已曾也还都就又再说称表的了是为今昨上下前后周星月日年等一会访抵致出签举见指宣通发并以而则即均亦率携俩人先女",
    inner_stop_chars="的了是与和及同跟对向从被把将已曾也还都就说称表",
    stop_words=("特别", "多次", "达成", "加强", "希望", "坦言", "亚洲", "西方", "东方", "南方", "北方", "本人",
                "本周", "本月", "当天", "当日", "随后", "此前", "此次", "同时", "表示", "政府", "当局", "会见",
                "会晤", "会谈", "访问", "出席", "签署", "举行", "抵达", "发表", "致电", "通电话", "宣布", "强调",
                "指出", "提出", "阁下", "先生", "女士", "夫人", "伊始", "明天", "明年", "明确"),
    name_dots="·",
)

FURNITURE = Furniture(
    drop_line=(
        r"^分享到\s*[:：]?",
        r"^【?\s*字[號号]\s*[:：]",
        r"^【?\s*(?:[責责]任)?[編编][輯辑]\s*[:：].*】?$",
        r"^\S{1,8}\s*/\s*(?:核稿)?[編编][輯辑]$",
        r"^(?=.{0,80}$)(?!.*[，。；,;]).*(?:下[載载]\s*APP|APP\s*下[載载]|下[載载]客[戶户]端)",
        r"^(?=.{0,40}$)(?!.*[，。；,;]).*(?:加入|关注|關注|订阅|訂閱|扫码|掃碼).{0,20}(?:粉[絲丝][團团]|公[众眾][号號]|[频頻]道)\W*$",
        r"^(?:返回[顶頂]部|回到[顶頂]部)$",
        r"^更\s*多$",
        r"^(?:点击|點擊)(?:进入|進入|查看|閱讀|阅读)",
        r"^(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字)\s*[:：]",
        r"^(?:\d+\s*)?(?:阅读|閱讀)(?:约需|約需|时间|時間)?\s*\d*\s*分[钟鐘]$",
        r"^(?:快[讯訊]|独家|獨家|突发|突發|关注|關注|订阅|訂閱)$",
    ),
    header_drop=(r"^(?:作者|记者|記者|撰文|文|图|圖)\s*[:：/|｜]\s*\S.{0,40}$",),
    read_also=(r"(?:相关阅读|相關閱讀|延伸阅读|延伸閱讀|相关新闻|相關新聞|推荐阅读|推薦閱讀|热门新闻|熱門新聞|猜你喜欢|猜你喜歡)\s*[:：]?",),
    inline=(r"[（(]\s*完\s*[)）]\s*$", r"【[編编][輯辑]\s*[:：][^】]*】\s*$",
            r"[（(](?:譯者|译者|編輯|编辑|核稿)[:：][^)）]{1,30}[)）]\s*\d{0,8}\s*$"),
    blocks=((r"^(?:全文\s*\d+\s*字|划重点|AI\s*摘要|内容摘要)", r".*(?:以上内容由|由).{0,30}(?:AI|人工智能|大模型|元宝).{0,10}生成.*"),),
    source_labels=("稿件来源", "稿件來源", "新闻来源", "新聞來源", "文章来源", "文章來源", "来源", "來源", "出处", "出處"),
    published_labels=("发布时间", "發布時間", "發佈時間", "发布日期", "發布日期", "發佈日期", "发表时间", "發表時間",
                      "发表于", "發表於", "时间", "時間", "日期"),
    sections=("国际", "國際", "国内", "國內", "时政", "時政", "财经", "財經", "军事", "軍事", "两岸", "兩岸", "政治",
              "要闻", "要聞", "综合", "綜合", "即时报导", "即時報導", "即时报道", "即時報道"),
    outlet_suffixes=("中文网", "中文網", "电视台", "電視台", "通讯社", "通訊社", "新闻网", "新聞網", "之声", "之聲",
                     "日报", "日報", "时报", "時報", "晚报", "晚報", "周刊", "週刊", "网", "網",
                     "社", "台", "报", "報"),
    home_words=("首页", "首頁", "主页", "主頁", "当前位置", "當前位置", "您的位置"),
    credit=("记者", "記者", "特派记者", "特派記者", "专电", "專電", "电", "電", "综合外电报导", "綜合外電報導"),
    function_words=tuple("的 了 是 在 和 与 也 将 对 为".split()),
    datelines=(r"^[(]?(?P<name>[^\s(),。:]{2,10}?(?:社|台|网|报))[^\s(),。\d]{0,12}?(?P<day>\d{1,2}(?:月\d{1,2})?日)(?:专|特)?电",
               r"^[(]?(?P<name>[^\s(),。:]{2,10}?(?:社|台|网|报))[^\s(),。\d]{0,12}?(?P<day>\d{1,2}日)综合外电报导",
               r"^(?P<name>[^\s/]{2,12})\s*/\s*(?:记者|[^\s/\d]{2,10}?(?P<day>\d{1,2}日))",
               # 【联合早报讯】, 【环球网报道 记者 王某】
               r"^【(?P<name>[^】\s]{2,8}?)(?:综合)?(?:专讯|报道|讯|消息|快讯)(?:\s*[^】\s][^】]{0,20})?】",
               r"^(?P<name>[^\s,，。:：]{2,8}?(?:网|台|社|报|之音|之声|电台))消息\s*[:：(（]",
               # a credit opening the story: "自由亚洲电台记者X报道", "美国之音驻北京记者X"
               r"^(?P<name>[^\s,，。:：(（【]{2,10}?(?:社|台|网|报|之音|之声|电台))(?:驻[^\s,，。]{1,8}?)?(?:特派|首席)?记者"),
    promos=(r"(?:请)?加入(?P<name>[^\s!,。]{2,12}?)(?:粉丝团|频道|公众号)", r"关注(?P<name>[^\s!,。]{2,12}?)(?:微信)?公众号"),
    url_labels=("原文链接", "原文連結", "原文網址", "原文地址"),
)

LANGUAGE = Language(
    code="zh", name="Chinese", columns=("zh", "zh_Hant"), label_column="zh",
    script=Script(system="Han", marks="", spaced=False, cased=False, fold=LazyMap(_t2s), terminators="。！？!?",
                  clause_breaks=r"[,，;；:：]|——", quotes=(("《", "》"), ("“", "”"), ("「", "」"), ("『", "』"), ('"', '"'))),
    morphology=Morphology(abbreviation_context=r"[条协关双两合军战《“友同峰会联之间外贸核]|自贸|边境|首脑|元首|领导人|伙伴|对话|冲突"
                                            # the words that commonly stand between a compound and its agreement
                                            # noun: 美乌矿产协议, 俄乌和平协议, 印巴停火协议, 美日安保条约
                                            r"|和平|停火|矿产|经贸|经济|安全|安保|防务|防卫|共同防御|能源|投资|渔业|海洋"
                                            r"|天然气|石油|引渡|司法|货币|全面|战略|互惠|睦邻|友好"),
    dates=DATES, titles=TITLES, cues=CUES, furniture=FURNITURE,
)
