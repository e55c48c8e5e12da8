"""Chinese (rules apply to text folded to simplified characters)."""
import re

from kg.dates import compile_patterns
from kg.lang.boilerplate import Boilerplate

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
DEMONSTRATIVE = re.compile(r"这|该|此|上述|那")
CONNECTOR = re.compile(r"与|和|同|跟|及|以及|、|暨|-")
MAX_GAP = 6
SIGN = re.compile(r"签署|签订|签字|签约|缔结|敲定|订立|草签|达成")
RATIFY = re.compile(r"(?:批准|核准|(?:审议)?通过(?:了)?(?:该|这一|此)?(?:项|份)?(?:条约|协议|协定))(?![后时前])")
#: "生效后" (after it takes effect), "才能生效" (can only take effect): a condition, not the fact
IN_FORCE = re.compile(r"(?<![将会能可需须后])(?<!早日)(?<!尽快)(?<!推动)(?:正式)?生效(?![后时前])|正式实施")
TERMINATE = re.compile(r"退出|废除|终止|废止|撕毁|中止")
PLAN = re.compile(r"酝酿|准备|拟议|打算|计划|谈判|磋商|草案|有望|愿望|邀请|即将|将")
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
SIGNER_SIDE = "before"
PASSIVE = re.compile(r"被(?:签署|签订)")
AGENT = re.compile(r"由")
SIGN_VERB = SIGN
WITH = re.compile(r"跟|同|与")
PRONOUN = re.compile(r"\s*(?:它|该文件|这份文件|此文件|该文本)")


BOILERPLATE = Boilerplate(
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


TITLES = {
    "titles": [
        (r"副总统", "vice_president", False),
        (r"总统", "head_of_state", False),
        (r"副总理", "head_of_government", False),
        (r"总理", "head_of_government", False),
        (r"首相", "head_of_government", False),
        (r"外交部长", "foreign_minister", False),
        (r"外交大臣", "foreign_minister", False),
        (r"外长", "foreign_minister", False),
        (r"国务卿", "foreign_minister", False),
        (r"国防部长", "defence_minister", False),
        (r"国防大臣", "defence_minister", False),
        (r"防长", "defence_minister", False),
        (r"王储", "crown_prince", False),
        (r"国王", "head_of_state", False),
        (r"埃米尔", "head_of_state", False),
        (r"国家主席", "head_of_state", False),
        (r"国务委员长", "head_of_state", False),
        (r"委员长", "head_of_state", False),
        (r"主席", "head_of_state", False),
        (r"最高领袖", "supreme_leader", False),
        (r"总书记", "head_of_state", False),
        (r"秘书长", "secretary_general", False),
        (r"总理兼外长", "head_of_government", False),
    ],
    "require_state": True,
    #: between the state and the title: 俄罗斯新任总统, 伊朗前外长
    "pre_gap": r"(?:新任|现任|前任|时任|代理|候任|当选|首任|前|代|新)?",
    "honorifics": ["谢赫"],
    #: characters used in transliterated foreign names (Xinhua usage); a run of them is a name
    "translit": (
        "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查柴彻达戴丹道德登迪蒂丁东杜多厄恩尔法凡范菲费芬丰"
        "弗福富盖甘冈戈格根古瓜圭哈海汉豪赫亨洪胡华怀霍基吉加贾杰捷金津卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗"
        "劳勒雷蕾黎里理利莉列林琳玲隆卢鲁路伦罗洛吕马玛迈麦曼芒梅门蒙孟米敏明莫默姆牧穆纳娜奈南内尼宁纽努诺"
        "历山大契娅丽瑞琪茨涅通那"
        "欧帕潘庞培佩彭皮珀普齐奇恰乔切钦琴琼丘萨塞赛桑瑟森沙莎善尚舍什施史舒斯松苏索塔泰坦汤唐特提图托瓦万"
        "旺威韦维温沃乌伍武西希锡席夏谢辛休修雅亚扬耶叶伊因英尤约泽扎詹兹祖佐卓"
    ),
    #: family names that start a Chinese, Korean or Japanese name (尹锡悦, 石破茂)
    "surnames": (
        "李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶"
        "阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖"
        "龚文朴岸菅安岩茂河麻阮裴"
    ),
    #: a character that ends a name (function words, verbs, time words)
    "stop_chars": "在于与和同跟及对向从把被将已曾也还都就又再说称表的了是为今昨上下前后周星月日年等一会访抵致出签举见指宣通发并以而则即均亦率携俩人先女",
    #: characters that never stand inside a Chinese, Korean or Japanese given name
    "inner_stop_chars": "的了是与和及同跟对向从被把将已曾也还都就说称表",
    #: two-character words that end a name even when they start with a transliteration character
    "stop_words": ["特别", "多次", "达成", "加强", "希望", "坦言", "亚洲", "西方", "东方", "南方", "北方", "本人",
                   "本周", "本月", "当天", "当日", "随后", "此前", "此次", "同时", "表示", "政府", "当局", "会见",
                   "会晤", "会谈", "访问", "出席", "签署", "举行", "抵达", "发表", "致电", "通电话", "宣布", "强调",
                   "指出", "提出", "阁下", "先生", "女士", "夫人", "伊始", "明天", "明年", "明确"],
}
