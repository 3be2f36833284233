"""Officials named in Arabic and Persian script, where no capital letter marks a name.

A name is found by the title next to it, in the two orders the languages use:

- **title, then name** (Arabic): a title word ("الرئيس", "وزير", "العاهل", "المبعوث") and the
  words that complete the office (words with the article, "ال…"; construct nouns of institutions,
  "إدارة", "لجنة"; a preposition and its noun, "لدى اليمن", "باسم الحكومة"), then honorifics
  ("العميد", "القاضي", "الفريق أول ركن"), then the name; an honorific alone ("آیت‌الله",
  "قاضی", "الشيخ") also opens a name in both languages;
- **name, title** (both): a name in apposition before a comma and a title word ("جو بایدن،
  رئیس‌جمهور آمریکا", "ماجد فضائل، عضو الوفد").

A name is the run of words up to punctuation, a particle, a verb of saying or a time word, at
most four words with the linking words of Arabic names ("عبد", "بن", "آل") binding the next;
a family name with the article ("الأسد", "الثاني") or after "آل" ends it. A single word is not
kept: a name here has a given name and a family name. The official's country is the first
state the title names ("السفير السعودي" is Saudi Arabia's), else the article's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .countries import gazetteer
from .leaders import find_leaders, full_name
from .officials import Official
from .text import Sentence
from .wordlist import words

_TOKEN = re.compile(r"[\w\u200c]+|[^\w\s\u200c]")
_PUNCT = frozenset("،,.:;؛()«»\"'“”–—-!?؟")
# Words that open a title.
_HEADS = frozenset(
    words(
        "الرئيس رئيس الملك العاهل الأمير أمير ولي وزير الوزير معاون نائب مدير المدير المتحدث الناطق السفير "
        "المبعوث مبعوث عضو محافظ قائد زعيم أمين النائب المستشار المنسق المحامي المحامية السلطان سلطان حاكم "
        # Offices in the plural name a group, never one person: "أصحاب السمو حكام الإمارات" (they end a
        # name and open none).
        "حكام الحكام "
        # Women holding an office: "وزيرة العدل", "المتحدثة باسم", "المنسقة الأممية".
        "رئيسة الرئيسة وزيرة الوزيرة مديرة المديرة المتحدثة الناطقة السفيرة سفيرة المبعوثة مبعوثة النائبة "
        "المستشارة المنسقة الأمينة محافظة "
        "رئیس رئیس‌جمهور رئیس‌جمهوری وزیر سخنگوی سخنگو رهبر دادستان معاون مدیر مدیرکل نماینده سفیر "
        "نخست‌وزیر عضو دبیرکل فرمانده پادشاه امیر گزارشگر وکیل فعال فرستاده "
        # Governors, secretaries and heads of a province's courts: "والی هرات", "رئیس‌کل دادگستری".
        "والی استاندار فرماندار دبیر سرپرست رئیس‌کل رییس‌کل مدیرعامل "
        # "آرنون پرلمن، مشاور رسانه‌ای …", "مایکل گاتلیب، مقام ملکی امریکایی": an adviser, an official.
        "مشاور مقام "
        # Afghan and informal spelling of "رئیس".
        "رییس رییس‌جمهور ریيس"
    )
)
_PLURAL_HEADS = frozenset(words("حكام الحكام"))
# Honorifics between a title and the name, or opening a name on their own.
_HONORIFICS = frozenset(
    words(
        "الملك الأمير الشيخ العميد اللواء العقيد القاضي الفريق أول ركن الركن الدكتور المستشار السيد المشير "
        # Gulf forms of address: "جلالة السلطان", "حضرة صاحب الجلالة الملك", "صاحب السمو الشيخ".
        "السلطان جلالة حضرة صاحب الجلالة السمو سمو فخامة معالي سعادة "
        "آیت‌الله آيت‌الله حجت‌الاسلام والمسلمین والمسلمين قاضی سرتیپ سردار دکتر شیخ ملا مولوی قاری مولانا "
        # Persian military ranks: "سرهنگ دوم بری جانسون، سخنگوی نظامی آمریکا".
        "سرهنگ سرگرد سروان ستوان سرلشکر سپهبد ارتشبد دریادار ژنرال تیمسار "
        # Afghan ranks: "جنرال عبدالرشید دوستم", "قوماندان جوره‌بیگ".
        "جنرال قوماندان"
    )
)
# Nouns that stand in construct inside an Arabic title: "مدير إدارة مراكز الإصلاح".
_INSTITUTIONS = frozenset(
    words(
        "إدارة مراكز لجنة مجلس هيئة شؤون وزارة مديرية دائرة جهاز مكتب وزير الوفد وفد منظمة معهد شبكة الأمم محكمة قوات "
        "تحرير صحيفة جريدة موقع مجلة قناة وكالة "
        "بعثة مفوضية نقابة حزب حركة جمعية رابطة اتحاد مؤسسة مصلحة سلطة حكومة "
        # "وزيرة حقوق الإنسان", "رئيس مركز البحرين لحقوق الإنسان", "النائب عن كتلة الوفاق".
        "حقوق مركز كتلة"
    )
)
_OUTLETS = frozenset(words("صحيفة جريدة موقع مجلة قناة وكالة"))
_PREPOSITIONS = frozenset(words("في لدى إلى الى باسم لشؤون"))
# Linking words of Arabic names: they bind the word after them.
_BINDERS = frozenset(words("عبد عبيد بن بنت ابن أبو ابو آل ولد"))  # "ولد": the Mauritanian "son of"
# Words that end a name: particles, verbs of saying, time words, the nouns a name governs.
_STOPS = frozenset(
    words(
        "قد إن أن أمس اليوم حينها آنذاك حينذاك وقتها أيضا عام خلال نهاية بعد قبل الذي التي الذين في من على عن إلى الى مع كما لكن ولكن "
        "قال وقال أكد وأكد أعلن وأعلن أوضح وأوضح أصدر وأصدر وقع ووقع يوم صباح مساء قوله قولها تأكيده تصريحه "
        "قرر وقرر أمر وأمر منح ومنح عفا وعفا يعفو دعا ودعا رحب ورحب "
        # Verbs of acting and demonstratives: "رئيس الجمهورية اتخذ إجراءات عفو", "أصدر الملك هذا الأسبوع عفوا".
        "اتخذ واتخذ فتح وفتح وجه ووجه شمل وشمل هذا هذه ذلك تلك "
        # Places and times after a name: "خالد علي أمام بوابة السجن", "عشية الخامس من يوليو".
        "أمام وأمام عشية داخل خارج قرب عند لدى "
        # Prepositions of accordance: "رئيس الجمهورية وفق الدستور".
        "وفق وفقا طبقا حسب بحسب بموجب "
        # Prepositions of time, topic and cause: "الرئيس محمد مرسي منذ توليه السلطة", "… بشأن المعتقلين".
        "منذ بشأن حول عبر إثر اثر عقب تجاه إزاء ضمن "
        # What an office-holder takes: "تولي صدام حسين الحكم".
        "الحكم السلطة "
        "که و به از در با را برای این آن اما نیز هم فرمان دستور پیشنهاد حکم گفت روز امروز دیروز پس پیش طی "
        # "از سوی امامعلی رحمان", "در کنار برایان هوک": the noun of a compound preposition; "like", "trip", "meeting".
        "سوی کنار مانند همچون سفر دیدار "
        # "همراه آدام بولر", "از قول عبدالولی محمود", "از جمله ایلقار محمداف", "در میان آزادشدگان حاتم قفیشه",
        # "با وتوی عسکر آقایف", "جلوگیری از آزادی فلیکس کولوف": the noun a name stands after, not its first word.
        "همراه قول جمله میان آزادشدگان وتوی آزادی "
        # "به گفته ایمل فیضی", "به درخواست حامد کرزی": according to, at the request of.
        "گفته درخواست تقاضای خواست "
        "هم‌زمان همزمان همچنین "
        # Copulas: "… و مولوی محمد نبی عمری هستند".
        "هستند است بود بودند "
        # Adverbs of time before a name: "پیش‌تر طارق عزیز گفته بود".
        "پیش‌تر پیشتر سپس اکنون هنوز "
        # The grade of a rank ("سرهنگ دوم") and "just before" ("أمر رئيس الدولة قبيل الشهر الكريم").
        "دوم یکم قبيل "
        # "قائم مقام رهبری" typed with a space: a deputy's office, "مقام" no official's after a name.
        "قائم قایم قايم"
    )
)
# Nouns that follow a title as its object or complement, never a given name: "تولي الملك مقاليد الحكم",
# "منح الرئيس حق إصدار العفو".
_NOT_NAMES = frozenset(
    words(
        "مقاليد حق خروج منصب مهام صلاحيات صلاحية سلطة سلطات عرش قرار قرارا مرسوم مرسوما عفو عفوا بيان بيانا "
        "كلمة خطاب خطابا زيارة لقاء حكم دعوة مبادرة رسالة أوامر أمرا توجيهات تعليمات موافقة عيد ذكرى "
        # Feasts and occasions after a title: "ثورة الملك والشعب وعيد الشباب", "إلى الأمة بمناسبة حلول شهر شوال".
        "وعيد وعيدي وذكرى بمناسبة لمناسبة حلول "
        # A province, not a name: "در استان همسایه آذربایجان غربی، رئیس کل دادگستری …".
        "استان "
        # Persian: "قاضی ناظر زندان" is an office, "چهلمین سالگرد انقلاب، رهبر ایران" a time.
        "ناظر سالگرد سالروز مناسبت "
        # "به گزارش خبرگزاری میزان، رهبر …": the source of a report, not a name before a title.
        "گزارش خبرگزاری پایگاه روزنامه نقل "
        # Offices and bodies, never a person's name: "دفتر مطبوعاتی والی ننگرهار اعلام کرد".
        "دفتر اداره ستاد سازمان وزارت مرکز شورای شورا دولت حکومت مطبوعاتی رسانه‌ای مقام‌های مسئولان "
        # Arabic bodies an office heads: "رئيس قسم أصول الفقه في كلية الشريعة".
        "قسم مكتب مجلس هيئة لجنة إدارة دائرة كلية جامعة مديرية عدد شعبة حقوق منظمة جمعية مؤسسة "
        # What an office-holder names or leaves unnamed: "ولم يحدد الوزير طبيعة القضايا".
        "طبيعة أسماء قائمة تفاصيل موعد "
        # "وليد العماري، أحد منظمي الاعتصام": one of a group, never a name.
        "أحد إحدى"
    )
)
_ONE_NAME_HONORIFICS = frozenset(words("مولوی ملا قاری مولانا"))
# Persian light verbs: the word before one is the verb's noun ("… خامنه‌ای ارائه کرده بود"), not a name's.
_LIGHT_VERBS = frozenset(
    words(
        "کرد کرده کردند داد داده دادند نمود نموده نمودند شد شده شدند گردید گردیده کند کنند دهد دهند "
        "گرفت گرفته گرفتند بود بودند"
    )
)
_REFERENCE_NOUNS = frozenset(
    words(
        "عزل وعزل إسقاط اغتيال وفاة رحيل عهد حكم نظام حقبة زمن أنصار مؤيدي معارضي نجل شقيق زوجة ابنة "
        "دوران زمان حکومت سقوط برکناری ترور "
        # A martyr commemorated: "سالگرد شهادت سردار حاج قاسم سلیمانی".
        "شهادت شهید "
        # The late: "الراحل الشيخ خليفة" is named in passing, not acting.
        "الراحل الراحلة الفقيد المرحوم فقید مرحوم "
        # The leader of the forces or group the people counted belong to: "القوات التي يقودها المشير …".
        "يقودها يقوده يتزعمها يتزعمه "
        # A resignation: "در استعفای امرالله صالح، رئیس پیشین امنیت ملی" names him in passing.
        "استعفای استعفا استقالة"
    )
)
_DEFINITE = re.compile(r"^(?:[وفبلك]?ال|لل)\w")
# Prepositions carrying a pronoun: the word before one is a verb ("صادق عليها البرلمان"), not a name's.
_PRONOUN_PREPOSITIONS = frozenset(
    words("عليه عليها عليهم له لها لهم به بها بهم منه منها منهم إليه إليها إليهم عنه عنها عنهم")
)
# Honorifics written as two words in Arabic: "آية الله", "حجة الإسلام".
_HONORIFIC_PAIRS = frozenset([("آية", "الله"), ("آيت", "الله"), ("حجة", "الإسلام"), ("حجت", "الاسلام")])
# A glued preposition before a verbal noun ends a name: "قيس سعيد بتمتيع", "بإطلاق".
_GLUED_VERBAL_NOUN = re.compile(r"^(?:بت|بإ|لت)\w{3,}")
_AMONG_WORDS = frozenset(words("بينهم منهم فيهم عن سراح"))
_MAX_NAME = 4
# "لإمارة دبي", "لولاية الخرطوم": an office's territory in construct, with "ل" glued on.
_GLUED_PLACE = re.compile(r"^ل(?:إمارة|امارة|ولاية|محافظة|مدينة|منطقة|دولة|جمهورية|مملكة|إقليم|اقليم)$")


def find_officials(text: str, sentences: list[Sentence], country: str | None, lang: str) -> list[Official]:
    """Officials in Arabic or Persian text, in order of first mention, each once."""
    found: dict[str, Official] = {}
    arabic = lang == "ar"
    previous: list[tuple[str, int]] = []
    for sentence in sentences[:400]:
        tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(text, sentence.start, sentence.end)]
        found_here = _title_first(tokens, arabic) + _apposition(tokens, arabic)
        found_here += _title_then_name_in_commas(tokens)
        if not arabic:
            found_here += _name_then_title(tokens) + _kin_speaker(tokens) + _title_then_given_name(tokens)
            # "ناصر عتباتی … گفت: … آیت‌الله خامنه‌ای با پیشنهاد …": the speaker opening his sentence is read
            # even where the sentence names other officials after him.
            lead = _name_after_titled_lead(tokens, previous)
            if lead and (not found_here or lead[0][2] < min(start for *_, start in found_here)):
                found_here = lead + found_here
        previous = [] if found_here else tokens
        for name, role, start in found_here:
            if name not in found:
                found[name] = Official(name, role, _role_country(role) or country, start=start)
    if not arabic:
        found.update(_leaders_untitled(text, found, country))
    # "الشيخ محمد بن راشد آل مكتوم، نائب …" is read twice, the second time cut short at the front.
    names = list(found)
    kept = [o for o in found.values() if not any(o.name != n and n.endswith(" " + o.name) for n in names)]
    # "الرئيس المعزول عمر البشير", "زلمی خلیل‌زاد، نماینده ویژه آمریکا، … به سر می‌برد": a deposed ruler, or
    # another state's official who neither speaks nor acts, is only named in passing.
    kept = [o for o in kept if not _DEPOSED.search(o.role) and not _freed(text, o) and not _targeted(text, o)]
    kept = [o for o in kept if o.country in (None, country) or _voiced(text, o.name)]
    if arabic:
        # "بعد لقاء جمع نائب رئيس المجلس … بمناوي، بوساطة الرئيس التشادي إدريس ديبي": an office holder who
        # neither speaks, acts nor reacts anywhere in the article is only named in passing.
        kept = [o for o in kept if (_voiced(text, o.name) or _acting(text, o)) and not _among_freed(text, o)]
    return sorted(kept, key=lambda o: o.start)


# The measure he acts on, however long the clause before its verb: "… با پیشنهاد … برای عفو … موافقت کرد".
_LEADER_ACTS = re.compile(r"[^.؛;\n]{0,300}?(?<![\w\u200c])(?:موافقت|فرمان\s+داد|دستور\s+داد|صادر\s+کرد|امضا\s+کرد)")


def _leaders_untitled(text: str, found: dict[str, Official], country: str | None) -> dict[str, Official]:
    """ "قوه قضاییه اعلام کرد علی خامنه‌ای با پیشنهاد … موافقت کرده است": a listed head of state of the
    article's country, named in full with no title before him, who acts on the measure or speaks."""
    added: dict[str, Official] = {}
    for start, end, code in find_leaders(text):
        name = text[start:end]
        if " " not in name or name.isascii() or code != country or name in found or name in added:
            continue
        if any(n.endswith(name) or name.endswith(" " + n) for n in found):
            continue
        if not (_voiced(text, name) or _LEADER_ACTS.match(text, end)):
            continue
        added[name] = Official(name, "", code, start=start)
    return added


# "… و روح‌الله آخوندزاده، رئیس شاخه حزب …، نیز آزاد شدند": one of those freed, whatever office he holds.
# A relative clause's "می‌کرد" ("که … حبس ابد را سپری می‌کرد") is not the name's own verb.
_FREED_AFTER = re.compile(
    r"(?:(?!(?<!می\u200c)کرد|گفت|داد(?![\w\u200c])|نمود|قال|أعلن|أكد|أمر)[^.؛;\n]){0,120}?(?<![\w\u200c])(?:(?:نیز\s+|هم\s+)?(?:آزاد|رها|عفو)\s+(?:شد|شدند|شده|شده\u200cاند)(?![\w\u200c])|"
    # "… از زندان اوین بیرون آمد": walked out of prison.
    r"از\s+زندان\S*\s+(?:[^\s.\u060c]+\s+)?(?:بیرون\s+آمد|خارج\s+شد)(?:ند|ه)?(?![\w\u200c])|"
    r"(?:أفرج|أُفرج)\s+عن(?:ه|ها|هم)|أطلق\s+سراح(?:ه|ها|هم))"
)
# "به فرمان X، رهبر …، ۴۰۶ زندانی آزاد شدند": the one whose decree frees them is no prisoner.
_ORDER_BEFORE = re.compile(r"(?:فرمان|دستور|حکم|امر|موافقت|پیشنهاد|مرسوم|أمر|بأمر|قرار|توجيه\w*)\s+(?:\S+\s+){0,2}$")


def _freed(text: str, official: Official) -> bool:
    """Whether the name is told as one of those freed (not as the one ordering it)."""
    if _ORDER_BEFORE.search(text, max(0, official.start - 30), official.start):
        return False
    if _VOICE_BEFORE.search(text, max(0, official.start - 60), official.start):
        return False  # "به گفته مولوی عبدالکبیر، …، ۵۰۰ زندانی آزاد شدند": the one who tells it
    return _FREED_AFTER.match(text, official.start + len(official.name)) is not None


# "تحریم‌هایی علیه وزارت اطلاعات ایران و محمود احمدی‌نژاد، رئیس‌جمهور پیشین": the target of a measure.
_TARGET_BEFORE = re.compile(r"(?<![\w\u200c])(?:علیه|برضد|بر\s+ضد|ضد)\s+(?:[^\s.\u060c،]+\s+){0,5}$")


def _targeted(text: str, official: Official) -> bool:
    """Whether the name is told as what a measure is against, not as who acts."""
    return _TARGET_BEFORE.search(text, max(0, official.start - 50), official.start) is not None


# Deposed or ousted: "الرئيس المعزول", "المخلوع", "رئیس‌جمهور برکنارشده"; the late: "الرئيس الراحل".
_DEPOSED = re.compile(r"المعزول|المخلوع|المطاح|الراحل|الراحلة|برکنار\w*|سرنگون\w*")
# Verbs of saying, acting on a measure, or reacting to it, after the name (past its title) or before it.
_VOICE_AFTER = re.compile(
    r"[^.؛;\n]{0,160}?(?<![\w\u200c])(?:[وف]?(?:قال|يقول|أكد|أعلن|صرح|أوضح|أضاف|أصدر|أمر|وقع|عفا|يعفو|رحب|دعا|أشاد|"
    r"وصف|اعتبر|كتب|طالب|انتقد|شكر|وجه|توقع|ذكر|أشار|لفت|شدد|نفى|قدر|رأى|قوله|تصريح|شكك|حذر|أعرب|"
    r"عبر|رفض|علق|وافق|ندد|استنكر)\w*|گفت\w*|افزود|اعلام|خواند|خواست|تأکید|تاکید|نوشت|صادر|امضا|دستور|"
    r"استقبال|موافقت|فرمان\s+داد|انتقاد|ابراز|(?:عفو|آزاد|رها)\s+(?:کرد|کرده|می\u200c?کند)\w*|بخشید)"
)
_VOICE_BEFORE = re.compile(r"(?:قال|وقال|أكد|به\s+گفته|بنا\s+بر\s+اعلام|حسب|بحسب|وفقا\s+ل\S*)\s+(?:\S+\s+){0,4}$")


# An act told before the title and the name: "أصدر الملك محمد السادس", "بعد قرار أصدره رئيس المجلس …",
# "تنفيذا لقرار الرئيس …", "بأمر من".
_ACT_BEFORE = re.compile(
    r"(?<!\w)(?:[وف]?(?:أصدر|أمر|قرر|وقع|أعلن|عفا|منح|أطلق|أفرج|أقر|صادق|يصدر|يأمر|أصدرت|أعلنت|"
    r"قال|يقول|أكد|أوضح|صرح|ذكر|أشار|أضاف|شدد|لفت|رأى|اعتبر|وصف|تابع|ختم|"
    r"رحب|أشاد|انتقد|دعا|طالب|ندد|استنكر|شكر|أثنى|نفى|كشف|أفاد|بين|شكك|حذر|أعرب|عبر|رفض|علق|"
    r"وافق|اعتمد|أوعز|وجه|تعهد|أعفى|كتب|غرد)\w{0,2}|[وف]?بحضور|"
    r"(?:[وف]?[بل]?)?(?:قرار|مرسوم|أمر|عفو|توجيه\w*|موافقة|مبادرة|مكرمة)\s+(?:من\s+|سامية?\s+من\s+)?)"
    r"\s*(?:\S+\s+){0,12}$"
)
_MARKS = dict.fromkeys(range(0x064B, 0x0653), None)
_MARK = re.compile("[\u064b-\u0652]")


@lru_cache(maxsize=4)
def _unmarked(text: str) -> str:
    """The text without Arabic vowel marks ("وجّه" reads "وجه"), worked out once per article."""
    return _MARK.sub("", text) if _MARK.search(text) else text


def _acting(text: str, official: Official) -> bool:
    """Whether an act on the measure is told right before the official's title and name (of which he is
    the subject, not the object: "أفرجت السلطات عن الدكتور …")."""
    starts = [official.start]
    at = text.find(official.name)
    while at >= 0 and len(starts) < 20:  # any mention: "الرئيس تبون يعفو …" then "وقع الرئيس عبد المجيد تبون …"
        starts.append(at)
        at = text.find(official.name, at + len(official.name))
    for start in starts:
        clause = re.split(r"[.؛;\n]", text[max(0, start - 90) : start])[-1].translate(_MARKS)
        act = _ACT_BEFORE.search(clause)
        while act is not None:
            # "أصدر الرئيس عفوا عن 166 سجينا، وفق ما أعلنه وزير العدل …": the act nearest the title is his.
            later = _ACT_BEFORE.search(clause, act.start() + 1)
            if later is None:
                break
            act = later
        if act is not None and not _OBJECT_MARK.search(clause, act.start()):
            return True
    return False


# "… بينهم الدكتور محمد البلتاجي", "أفرج عن الشيخ …", "شمل العفو الصحفي …": one of the people the measure
# reaches, named with a title or an honorific.
_OBJECT_MARK = re.compile(r"(?<!\w)(?:عن|سراح|بحق|ضد|بينهم|منهم|فيهم|شمل\w*|يشمل\w*)(?!\w)")
_AMONG_BEFORE = re.compile(
    r"(?<!\w)(?:بينهم|منهم|من\s+بينهم|بمن\s+فيهم|\w*(?:فرج|إفراج|افراج|عفو|عفا)\w*\s+عن|سراح)\s+(?:\S+\s+){0,3}$"
)


def _among_freed(text: str, official: Official) -> bool:
    lo = max(0, official.start - 60)
    clause = re.split(r"[.؛;\n،,]", text[lo : official.start])[-1].translate(_MARKS)
    return _AMONG_BEFORE.search(clause) is not None


def _voiced(text: str, name: str) -> bool:
    """Whether a name speaks, acts on the measure or reacts to it somewhere in the text."""
    text, name = _unmarked(text), name.translate(_MARKS)
    at, seen = text.find(name), 0
    while at >= 0 and seen < 20:
        end = at + len(name)
        if _VOICE_AFTER.match(text, end) or _VOICE_BEFORE.search(text, max(0, at - 60), at):
            return True
        at, seen = text.find(name, end), seen + 1
    return False


def _title_first(tokens: list[tuple[str, int]], arabic: bool) -> list[tuple[str, str, int]]:
    # A Persian office has no article to show where it ends ("رئیس قوه قضاییه"): there only an
    # honorific ("آیت‌الله", "قاضی") opens a name.
    result = []
    i = 0
    named_end = -1  # where the last name read ends
    while i < len(tokens):
        word = tokens[i][0]
        if arabic and word[:1] == "و" and word not in _HEADS and word[1:] in _HEADS:
            # "بحضور ذويهم ووزير العدل حسن الشمري": "and" glued to the title; not a list of those freed ("بينهم
            # الباحث … والمحامي محمد الباقر").
            if any(t in _AMONG_WORDS for t, _ in tokens[max(0, i - 8) : i]):
                i += 1
                continue
            word = word[1:]
            joined = True
        else:
            joined = False
        appositive = i > 0 and tokens[i - 1][0] in ("،", ",")  # "X، مدير …" describes the name before it
        pair = _honorific_pair(tokens, i)
        # "منذ عزل الرئيس محمد مرسي", "در دوران ریاست‌جمهوری …": an office named as a time or a target.
        referred = i > 0 and tokens[i - 1][0] in _REFERENCE_NOUNS
        given_name = i + 1 < len(tokens) and tokens[i + 1][0] in ("بن", "بنت")  # "سلطان بن محمد"
        given_name = given_name or word in _PLURAL_HEADS
        # "دعا مدير المناصرة في معهد …، ومقره لندن، السيد أحمد الوداعي": an honorific after a comma opens
        # the name of the office told before it.
        titled_after_comma = appositive and arabic and word in _HONORIFICS and word not in _HEADS
        opens = (arabic and word in _HEADS and not given_name) or word in _HONORIFICS or pair
        if arabic and word in _HEADS and i == named_end and not joined:
            # "اللواء حبيب العادلي وزير الداخلية فحص ملفات": the title of the name just read, not one before a name.
            i = _title_end(tokens, i)
            continue
        if opens and (not appositive or titled_after_comma) and not referred:
            end = _title_end(tokens, i) if word in _HEADS else i + (pair or 1)
            while end < len(tokens) and (tokens[end][0] in _HONORIFICS or _honorific_pair(tokens, end)):
                end += _honorific_pair(tokens, end) or 1
            name = _name_after(tokens, end, arabic) or _leader_after(tokens, end)
            if name and tokens[end - 1][0] in _OUTLETS:
                name = []  # "رئيسة تحرير موقع مدى مصر لينا …": where the outlet's name ends cannot be told
            if name:
                role = " ".join([word] + [t for t, _ in tokens[i + 1 : end]])
                if titled_after_comma:
                    role = _office_before(tokens, i) or role
                result.append((" ".join(name), role, tokens[end][1]))
                i = named_end = end + len(name)
                continue
        i += 1
    return result


def _office_before(tokens: list[tuple[str, int]], i: int) -> str:
    """The office told before a comma and an honorific, up to the comma that ends it ("" where none is)."""
    for k in range(i - 1, max(-1, i - 16), -1):
        if tokens[k][0] in ("\n", ".", "؛", ";"):
            break
        if tokens[k][0] in _HEADS and tokens[k][0] not in _PLURAL_HEADS:
            end = k + 1
            while end < i and tokens[end][0] not in _PUNCT:
                end += 1
            return " ".join(t for t, _ in tokens[k:end])
    return ""


def _honorific_pair(tokens: list[tuple[str, int]], i: int) -> int:
    """2 where tokens[i] opens a two-word honorific ("آية الله"), else 0."""
    return 2 if i + 1 < len(tokens) and (tokens[i][0], tokens[i + 1][0]) in _HONORIFIC_PAIRS else 0


def _leader_after(tokens: list[tuple[str, int]], start: int) -> list[str]:
    """A head of state named by the surname alone after a title ("آیت‌الله خامنه‌ای", "الرئيس تبون")."""
    if start >= len(tokens):
        return []
    whole = full_name(tokens[start][0])
    return whole.split() if whole and not whole[:1].isascii() else []


# Given names written with the article, common in the Maghreb: "الطيب بلعيز", "الحبيب الصيد", "الباجي قائد السبسي".
_DEFINITE_GIVEN = frozenset(words("الطيب الحبيب الهادي الصادق المنصف الباجي المهدي العربي الأمين الشاذلي المختار"))


def _title_end(tokens: list[tuple[str, int]], i: int) -> int:
    """The end of the office that opens at tokens[i]: its definite, construct and prepositional words."""
    end = i + 1
    while end < len(tokens):
        word = tokens[end][0]
        if full_name(word):
            break  # "الرئيس السيسي": a head of state's surname with the article is the name, not the office
        if word in _DEFINITE_GIVEN and end + 1 < len(tokens) and _is_name_word(tokens[end + 1][0]):
            break  # "وزير العدل الطيب بلعيز": a given name with the article opens the name
        if word in _PREPOSITIONS and end + 1 < len(tokens) and tokens[end + 1][0] not in _PUNCT:
            end += 2
        elif word == "حافظ" and end + 1 < len(tokens) and tokens[end + 1][0] == "الأختام":
            # "وزير العدل حافظ الأختام الطيب بلعيز": the Keeper of the Seals closes Algeria's minister of justice's
            # office; the name follows, whatever its article.
            return end + 2
        elif _GLUED_PLACE.match(word) and end + 1 < len(tokens) and tokens[end + 1][0] not in _PUNCT:
            end += 2  # "النائب العام لإمارة دبي": the office's place, glued to "ل"
        elif word in ("من", "عن") and end + 1 < len(tokens) and tokens[end + 1][0] in _INSTITUTIONS:
            end += 2  # "النائب المستقيل من كتلة الوفاق": the body the office belongs to
        elif word[:1] == "ل" and word[1:] in _INSTITUTIONS:
            end += 1  # "مركز البحرين لحقوق الإنسان": an institution's complement, glued to "ل"
        elif end == i + 1 and tokens[i][0] in _HEADS and _state_name(word):
            end += 1  # "سلطان عمان", "أمير قطر": the state in construct after the title
        elif end + 1 < len(tokens) and (word, tokens[end + 1][0]) in _TWO_WORD_PLACES:
            end += 2  # "حاكم رأس الخيمة": an emirate of two words after the title
        elif word not in _HONORIFICS and word not in _STOPS and (_DEFINITE.match(word) or word in _INSTITUTIONS):
            end += 1
        else:
            break
    return end


_TWO_WORD_PLACES = frozenset([("رأس", "الخيمة"), ("أم", "القيوين"), ("راس", "الخيمة"), ("ام", "القيوين")])


def _state_name(word: str) -> bool:
    """A state's Arabic name standing alone ("عمان", "قطر")."""
    match = gazetteer().arabic.fullmatch(word)
    return match is not None


# A given name that is also a time word: "الشيخ صباح الأحمد" (not "صباح اليوم", "صباح الأحد").
_NAME_OR_TIME = frozenset(words("صباح"))
_TIME_AFTER = frozenset(words("اليوم يوم الغد أمس الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الباكر"))
# Ruling families whose names take the article, after a chain of patronymics that take it too:
# "صباح الأحمد الجابر الصباح", "سلطان بن محمد القاسمي".
_DYNASTIES = frozenset(words("الصباح القاسمي النعيمي المعلا الشرقي"))


def _name_after(tokens: list[tuple[str, int]], start: int, arabic: bool) -> list[str]:
    name: list[str] = []
    window = tokens[start : start + _MAX_NAME + 2]
    for k, (word, _) in enumerate(window):
        given = (
            not name
            and word in _NAME_OR_TIME
            and k + 1 < len(window)
            and _DEFINITE.match(window[k + 1][0]) is not None
            and window[k + 1][0] not in _TIME_AFTER
        )
        # "الشيخ الدكتور سلطان بن محمد القاسمي": a title word before "بن" is a given name.
        lineage = k + 1 < len(window) and window[k + 1][0] in ("بن", "بنت")
        if not given and (
            word in _PUNCT
            or word in _STOPS
            or (word in _HEADS and not lineage)
            or word.isdigit()
            or not _is_name_word(word)
        ):
            break
        if name and start + k + 1 < len(tokens) and tokens[start + k + 1][0] in _LIGHT_VERBS:
            break
        if name and _GLUED_VERBAL_NOUN.match(word):
            break
        if name and arabic and word[:1] in ("ل", "ب") and (word[1:] in _HEADS or word[1:] in _INSTITUTIONS):
            break  # "أحمد لعيبي لوكالة الأنباء": a body after the name ("and" glued on is no name word at all)
        if name and arabic and start + k + 1 < len(tokens) and tokens[start + k + 1][0] in _PRONOUN_PREPOSITIONS:
            break  # "مولاتو تيشومي صادق عليها": a verb and its object, not a name's last word
        if len(name) >= 3 and name[-2] in ("بن", "بنت", "ابن") and word not in _BINDERS and not _DEFINITE.match(word):
            break  # "عبدالعزيز بن سعود" ends unless the lineage goes on
        bound = bool(name) and name[-1] in _BINDERS
        definite = arabic and _DEFINITE.match(word)  # Persian names may open with "ال" ("الهام")
        # "النائب الأول لرئيس مجلس الوزراء": a title glued to its preposition goes on with the office.
        glued_title = arabic and word[:1] in ("ل", "ب") and word[1:] in _HEADS
        if (definite or word in _NOT_NAMES or glued_title) and not name and word not in _DEFINITE_GIVEN:
            break  # a name opens with a given name, not "الأسبوع" or "مقاليد"
        name.append(word)
        if len([w for w in name if w not in _BINDERS]) >= _MAX_NAME:
            break
        if definite and not bound and name[-1] not in _DYNASTIES:
            dynasty = next((n for n in range(k + 1, min(len(window), k + 3)) if window[n][0] in _DYNASTIES), None)
            if dynasty is not None and all(_DEFINITE.match(w) for w, _ in window[k + 1 : dynasty + 1]):
                continue  # a patronymic with the article, before the ruling family's name
        if (bound and name[-2] == "آل") or (definite and not bound and len(name) > 1):
            break  # a family name ends the name; a given name with the article ("الطيب") opens one
        if definite and bound and len([w for w in name if w not in _BINDERS]) >= 3:
            break  # "حليمة إبراهيم عبد الرحمن": a compound with "عبد" after a given name and a father's ends it
    while name and name[-1] in _BINDERS:
        name.pop()
    return name if len([w for w in name if w not in _BINDERS]) >= 2 else []


def _apposition(tokens: list[tuple[str, int]], arabic: bool) -> list[tuple[str, str, int]]:
    """'NAME، TITLE …': the words before a comma that a title follows."""
    result = []
    for k, (word, _) in enumerate(tokens):
        if word not in ("،", ",") or k + 1 >= len(tokens):
            continue
        # "محمد الهندی، از رهبران جنبش جهاد اسلامی": one of a body's leaders.
        one_of = not arabic and tokens[k + 1][0] == "از" and k + 2 < len(tokens) and tokens[k + 2][0] in _FA_ONE_OF
        if tokens[k + 1][0] not in _HEADS and not one_of:
            continue
        j = _name_start(tokens, k, _MAX_NAME)
        if not arabic and tokens[j][0] not in _FA_GIVEN:
            # "با دستور ویژه غلامحسین محسنی اژه‌ای، رئیس قوه قضاییه": the name opens with its given name.
            j = next((g for g in range(j + 1, k - 1) if tokens[g][0] in _FA_GIVEN), j)
        name = [t for t, _ in tokens[j:k]]
        # "مولوی عبدالکبیر، وزیر …": Afghan officials are often known by one name after their honorific.
        known_by_one = not arabic and len(name) == 1 and j > 0 and tokens[j - 1][0] in _ONE_NAME_HONORIFICS
        if (len(name) < 2 and not known_by_one) or (arabic and _DEFINITE.match(name[0])):
            continue
        if any(w in _HEADS or w in _NOT_NAMES for w in name):
            continue
        if name[0] in _REFERENCE_NOUNS or (j > 0 and tokens[j - 1][0] in _REFERENCE_NOUNS):
            continue  # "در استعفای امرالله صالح، رئیس پیشین …": named in passing
        role_end = k + 1
        while role_end < len(tokens) and tokens[role_end][0] not in _PUNCT and role_end - k <= 8:
            if not arabic and (tokens[role_end][0] in _SAYING or tokens[role_end][0] in _TIME_AFTER_NAME):
                break  # "…، سخنگوی قوه قضاییه روز سه‌شنبه گفت": the office ends before the time and the verb
            role_end += 1
        result.append((" ".join(name), " ".join(t for t, _ in tokens[k + 1 : role_end]), tokens[j][1]))
    return result


def _name_start(tokens: list[tuple[str, int]], k: int, most: int = 3) -> int:
    """Where a name of up to `most` words ending just before token k starts (k when none)."""
    j = k
    # "حمد بن عیسی آل خلیفه": the words that bind a lineage do not count toward the most.
    while j > 0 and sum(1 for t, _ in tokens[j:k] if t not in _BINDERS) < most + (tokens[j][0] in _BINDERS):
        previous = tokens[j - 1][0]
        if (
            previous in _PUNCT
            or previous in _STOPS
            or previous in _HONORIFICS
            or previous in _LIGHT_VERBS  # "… اعلام کرد شوکت میرضیایف، رئیس جمهور": the clause before ends
            or not _is_name_word(previous)
        ):
            break
        j -= 1
    while j < k and tokens[j][0] in ("بن", "بنت"):
        j += 1  # a name does not open with "بن"
    return j


def _name_then_title(tokens: list[tuple[str, int]]) -> list[tuple[str, str, int]]:
    """Persian 'NAME TITLE' with no comma, the name opening its clause: "، علی رضایی دادستان تهران گفت"."""
    result = []
    for k, (word, _) in enumerate(tokens):
        if word not in _HEADS or k < 2:
            continue
        j = _name_start(tokens, k)
        opens_clause = j == 0 or tokens[j - 1][0] in _PUNCT
        name = [t for t, _ in tokens[j:k]]
        if not opens_clause or len(name) < 2 or any(w in _HEADS or w in _NOT_NAMES for w in name):
            continue
        role_end = k + 1
        while role_end < len(tokens) and role_end - k <= 4:
            following = tokens[role_end][0]
            if following in _PUNCT or following in _STOPS or following in _SAYING:
                break
            role_end += 1
        result.append((" ".join(name), " ".join(t for t, _ in tokens[k:role_end]), tokens[j][1]))
    return result


# Common given names: after a Persian office with no comma, one of them opens the holder's name
# ("دادستان کل کشور محمد جعفر منتظری روز دوشنبه گفت").
_FA_ONE_OF = frozenset(words("رهبران اعضای مقامات مقام‌های فرماندهان مسئولان"))
_FA_GIVEN = frozenset(
    words(
        "محمد علی حسین حسن رضا مهدی احمد محمود غلامحسین غلامعلی غلامرضا مصطفی مرتضی مجتبی سعید اصغر اکبر "
        "امین جواد کاظم ابراهیم عباس ناصر عبدالله یوسف صادق هادی مسعود حمید امیر کریم جعفر قاسم اسماعیل "
        "محمدرضا محمدجعفر محمدباقر محمدعلی محمدحسین علیرضا حمیدرضا اسدالله ذبیح‌الله عبدالمتین عبدالحق "
        "عبدالکبیر عبدالسلام امیرخان سراج‌الدین فاطمه زهرا مریم معصومه الهام شهلا زهره فضل"
    )
)


def _title_then_given_name(tokens: list[tuple[str, int]]) -> list[tuple[str, str, int]]:
    """Persian 'TITLE office … GIVEN-NAME SURNAME' with no comma: the office runs to a common given name,
    the name to a time word, a verb of saying, a particle or punctuation."""
    result = []
    for k, (word, _) in enumerate(tokens):
        if word not in _HEADS or (k and tokens[k - 1][0] in ("،", ",")):
            continue
        given = next(
            (
                g
                for g in range(k + 1, min(len(tokens), k + 7))
                if tokens[g][0] in _FA_GIVEN or tokens[g][0] in _PUNCT or tokens[g][0] in _STOPS
            ),
            None,
        )
        if given is None or given == k + 1 or tokens[given][0] not in _FA_GIVEN:
            continue
        end = given + 1
        while end < len(tokens) and end - given < 3 and _is_name_word(tokens[end][0]):
            following = tokens[end][0]
            if following in _STOPS or following in _SAYING or following in _TIME_AFTER_NAME or following in _HEADS:
                break
            end += 1
        closed = end >= len(tokens) or tokens[end][0] in _PUNCT or tokens[end][0] in _STOPS
        closed = (
            closed or tokens[end][0] in _SAYING or tokens[end][0] in _TIME_AFTER_NAME or _SAID.match(tokens[end][0])
        )
        name = [t for t, _ in tokens[given:end]]
        if len(name) < 2 or not closed or any(w in _NOT_NAMES or w in _LIGHT_VERBS for w in name):
            continue
        result.append((" ".join(name), " ".join(t for t, _ in tokens[k:given]), tokens[given][1]))
    return result


# Kin of a prisoner, quoted: "تقی رحمانی، همسر او که در پاریس زندگی می‌کند، گفت".
_KIN = frozenset(words("همسر پدر مادر برادر خواهر فرزند پسر دختر"))


def _kin_speaker(tokens: list[tuple[str, int]]) -> list[tuple[str, str, int]]:
    """Persian 'NAME، KIN …' whose sentence has a speaker's singular verb: a relative who comments."""
    result = []
    for k, (word, _) in enumerate(tokens):
        if word not in ("،", ",") or k + 1 >= len(tokens) or tokens[k + 1][0] not in _KIN:
            continue
        if not any(_SAID.fullmatch(t) for t, _ in tokens[k + 2 :]):
            continue
        j = _name_start(tokens, k)
        name = [t for t, _ in tokens[j:k]]
        opens_clause = j == 0 or tokens[j - 1][0] in _PUNCT
        if not opens_clause or len(name) < 2 or any(w in _HEADS or w in _NOT_NAMES or w in _KIN for w in name):
            continue
        role_end = k + 2
        while role_end < len(tokens) and role_end - k <= 3 and tokens[role_end][0] not in _PUNCT:
            if tokens[role_end][0] in _STOPS or tokens[role_end][0] in _SAYING:
                break
            role_end += 1
        result.append((" ".join(name), " ".join(t for t, _ in tokens[k + 1 : role_end]), tokens[j][1]))
    return result


def _title_then_name_in_commas(tokens: list[tuple[str, int]]) -> list[tuple[str, str, int]]:
    """'TITLE، NAME،': "سخنگوی قوه قضاییه، مسعود رضایی، گفت", "قال المتحدث باسم الوزارة، أحمد سالم، إن"."""
    result = []
    for k, (word, _) in enumerate(tokens):
        if word not in _HEADS or (k and tokens[k - 1][0] not in _PUNCT and tokens[k - 1][0] not in _STOPS):
            continue
        comma = next((c for c in range(k + 1, min(len(tokens), k + 7)) if tokens[c][0] in ("،", ",")), None)
        if comma is None or any(tokens[c][0] in _PUNCT or tokens[c][0] in _SAYING for c in range(k + 1, comma)):
            continue
        first = comma + 1
        while first < len(tokens) and tokens[first][0] in _HONORIFICS:
            first += 1  # "والی هرات، مولوی اسلام جار، گفت": the honorific opens the name
        end = first
        while end < len(tokens) and end - first <= 2 and _is_name_word(tokens[end][0]):
            if tokens[end][0] in _STOPS or tokens[end][0] in _HEADS or tokens[end][0] in _SAYING:
                break
            end += 1
        name = [t for t, _ in tokens[first:end]]
        closed = end < len(tokens) and tokens[end][0] in ("،", ",")
        if closed and 2 <= len(name) <= 3 and not any(w in _NOT_NAMES for w in name):
            result.append((" ".join(name), " ".join(t for t, _ in tokens[k:comma]), tokens[first][1]))
    return result


# Words of time that follow a Persian speaker's name: "X روز چهارشنبه … گفت".
_TIME_AFTER_NAME = frozenset(words("روز امروز دیروز صبح عصر شب بامداد"))
# A speaker's singular verbs: a plural one ("گفتند") has a group for its subject, not a person.
_SAID = re.compile(r"(?<![\w\u200c])(?:گفت|افزود|نوشت|خواند|(?:اظهار|تصریح|تاکید|تأکید|خاطرنشان)\s+کرد)(?![\w\u200c])")


def _name_after_titled_lead(
    tokens: list[tuple[str, int]], previous: list[tuple[str, int]]
) -> list[tuple[str, str, int]]:
    """Persian news names the office in one sentence and the person in the next: "مدیرکل زندان‌های استان
    اصفهان از … خبر داد. اسدالله گرجی‌زاده روز چهارشنبه … گفت". The name opens its sentence, a time word
    follows it and the sentence says what he said; the office is the one the sentence before told with no name."""
    head = next((k for k, (word, _) in enumerate(previous) if word in _HEADS), None)
    if head is None:
        return []
    if len(tokens) > 2 and tokens[0][0] == "به" and tokens[1][0] == "گزارش":
        # "به گزارش پایگاه اطلاع‌رسانی …، علی استادی گفت": the name opens the clause after the source.
        comma = next((j for j, (word, _) in enumerate(tokens[:15]) if word in ("،", ",")), None)
        if comma is None:
            return []
        tokens = tokens[comma + 1 :]
    k = 0
    while k < len(tokens) and k < 3:
        word = tokens[k][0]
        if word in _PUNCT or word in _STOPS or word in _HEADS or word in _HONORIFICS or word in _NOT_NAMES:
            break
        if word in _TIME_AFTER_NAME or not _is_name_word(word) or word.endswith(("\u200cها", "\u200cهای")):
            break
        k += 1
    # "محمدعلی شاه‌حسینی در گفت‌وگو با خبرنگار … افزود": a common given name may open it before a place
    # or a manner instead of a time.
    given = tokens[0][0] in _FA_GIVEN and k < len(tokens) and tokens[k][0] in _SPEAKING_OPENERS | _SAID_ALONE
    if k < 2 or k >= len(tokens) or (tokens[k][0] not in _TIME_AFTER_NAME and not given):
        return []
    if not _SAID.search(" ".join(word for word, _ in tokens)):
        return []
    end = head + 1
    while end < len(previous) and end - head <= 8:
        word = previous[end][0]
        if word in _PUNCT or (word in _STOPS and word != "و") or word in _SAYING:
            break
        end += 1
    role = " ".join(word for word, _ in previous[head:end])
    return [(" ".join(word for word, _ in tokens[:k]), role, tokens[0][1])]


# Words that open what a speaker named alone says or where: "X در گفت‌وگو با …", "X با اشاره به …".
_SPEAKING_OPENERS = frozenset(words("در با ضمن طی"))
# A singular verb of saying right after the name: "علی استادی گفت:".
_SAID_ALONE = frozenset(words("گفت افزود"))
# Verbs of saying that end a Persian title: "دادستان تهران گفت".
_SAYING = frozenset(words("گفت گفته افزود اعلام کرد خبر داد نوشت"))


def _is_name_word(word: str) -> bool:
    """A word in Arabic script that is not a number or a glued preposition before a noun ("بالعفو")."""
    return (
        not word[:1].isascii()
        and word[:1].isalpha()
        # "السلطان هيثم والعاهل السعودي", "رئيس المجلس وأعضاءه": "and the …", "and its …" open another noun.
        and not re.match(r"^(?:بال|وبال|لل|وال|وأ|وإ|وو)", word)
        # "وجهاز الردع", "ورئيس المكتب": "and" glued to a body or an office.
        and not (word[:1] == "و" and (word[1:] in _INSTITUTIONS or word[1:] in _HEADS))
        and not re.search(r"(?:مرسوم|قرار|عفو)", word)
    )


def _role_country(role: str) -> str | None:
    gaz = gazetteer()
    match = gaz.arabic.search(role)
    if not match:
        return None
    word = match.group()
    # The pattern lets a prefix and a short suffix through: "رئيسة الوزراء الإيطالية" is Italy's.
    for form in (word, word[1:] if word[:1] in "وبلف" else word):
        for cut in range(4):
            code = gaz.codes.get(form[: len(form) - cut] if cut else form)
            if code:
                return code
    return None
