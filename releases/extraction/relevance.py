"""Is the article about clemency or a prison population? What kinds of measure, for what occasion?

A sentence speaks for relevance when a clemency cue ("pardoned", "amnesty", "freed")
stands in it together with a word about prisoners or sentences, and no look-alike
context surrounds the cue: a turkey, an album, a release clause, a knife amnesty,
animals going back to the wild, a prison being built.
"""

from __future__ import annotations

import bisect
import re

from .rules import word_regex, word_scanner
from .text import Sentence

# Walking free, said of prisoners: "sale libre de Puente Grande".
_WALKS_FREE = r"sal(?:e|en|ió|ieron|drá|drán)\s+libres?"
_CLEMENCY = word_scanner(
    r"pardon\w*|clemency|amnest(?!y\s+international)\w*|forgiv\w*|forgave|releas\w*|reduc\w*+(?!\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?charges?\b)|shorten\w*|alternative\s+penalties|(?<![\w-])free(?:d|s|ing)?\b|let\s+out|commut\w*|"
    r"swap\w*|exchange\w*|furlough\w*|paroled|(?:granted|on)\s+parole|home\s+leave|gr[aâ]ci\w*|grâces?|amnisti\w*|lib[éè]r\w*|indult\w*|liber[óa]\w*|liberad\w*|"
    r"excarcel\w*|solt(?:ó|aron|ará|arán|ad[oa]s)\b|arresto\s+domiciliario|prisión\s+domiciliaria|detención\s+domiciliaria|"
    # Hostages handed back: "El ELN entrega a 28 secuestrados", "regresaron este miércoles con sus familias".
    r"(?:entreg|liber)\w*\s+a\s+(?:\S+\s+){0,2}?(?:secuestrad\w*|rehenes|cautiv\w*)|regres\w+\s+(?:\w+\s+){0,2}?con\s+sus\s+familias|libertad\s+(?:anticipada|condicional|plena|provisional|inmediata)|desterr\w*|destierr\w*|conmut\w*|amnist[ií]\w*|clemencia|clémence|élargi\w*|relâch\w*|preliber\w*|perdon\w*|"
    r"sorti\w*\s+(?:\w+\s+){0,2}?d(?:e|es)\s+(?:la\s+)?prisons?|quitt\w+\s+(?:\w+\s+)?(?:la\s+|les\s+)?prisons?|"
    # "abandonó este jueves el penal femenino de Miraflores", "llegó a París como un hombre libre".
    r"abandon\w+\s+(?:\w+\s+){0,3}?(?:el|la|los|las)\s+(?:penal\w*|cárcel\w*|prisi\w+|penitenciar\w+|reclusorio)|"
    r"(?:hombre|mujer|homme|femme)s?\s+libres?|free\s+(?:man|woman|men|women)\b|"
    r"sal(?:ieron|drán|en|ió|drá)\s+(?:\w+\s+){0,2}?de\s+(?:la\s+|las\s+|los\s+)?(?:cárcel\w*|prisi\w+|penal\w*)|"
    # "salieron por esa vía 2.908 reos comunes": the verb of leaving before the prisoners it counts.
    r"sal(?:ieron|en|ió)\s+(?:[^\W\d]+\s+){0,4}?(?:unos\s+|unas\s+|más\s+de\s+|otros\s+)?\d[\d.]*\s+"
    r"(?:pres[oa]s|reos|reclus[oa]s|intern[oa]s|detenid[oa]s|prisioner[oa]s)\b|"
    r"(?:remis|mis|puest)[oae]?s?\s+en\s+libert[éa]d?|rebaj\w*\s+de\s+(?:penas?|condenas?)|réduction\w*\s+de\s+peines?|عفو(?!\s*(?:الدولية|بين|بین))|العفو(?!\s+الدولية)|الإفراج|الافراج|أفرج|افرج|سراح|آزاد\w*|بخشود\w*|"
    # Arabic verbs of release in the present and future ("ستفرج", "يفرج عن") and exchanges ("تبادل الأسرى").
    r"[وف]?(?:[يتن]|ست|سي|سن)فرج\w*|[وف]?(?:لل|بال|وال|[يتن]|ست|سي)?(?:تبادل|مبادلة)\w*|"
    # Arabic and Persian sentence cuts and commutations: "خفضت سنة من عقوبة", "بتخفيض العقوبة", "استبدلت عقوبة
    # الإعدام", "کاهش مدت حبس", "تخفیف مجازات".
    r"[وف]?(?:خفض\w*|[بل]?تخفيض\w*|استبدل\w*|[بل]?استبدال|[بل]?إبدال|تبديل)|کاهش\s+(?:مدت\s+)?(?:حبس|مجازات)|"
    r"تخفیف\s+(?:در\s+)?(?:مجازات|حبس)|تبدیل\s+مجازات|"
    # Persian furloughs, releases and walking out of prison: "مرخصی", "رها شدند", "از زندان اوین بیرون آمد".
    r"مرخصی|رها\s+(?:شد|شده|کرد|کرده|گردید|گردیده|نمود|نموده)\w*|رهاشد\w*|رهایی|تبادله\w*|"
    r"از\s+زندان\S*\s+(?:\S+\s+)?(?:بیرون\s+آمد|خارج\s+شد)\w*|"
    # One person walking free: "sale libre de Puente Grande", "abandonó en libertad el reclusorio", "a retrouvé jeudi
    # la liberté", "أخلت سبيل سيف الإسلام".
    rf"{_WALKS_FREE}\b|abandon\w+\s+en\s+libertad|"
    r"(?:retrouv|recouvr)\w*\s+(?:\w+\s+){0,2}?(?:la\s+)?liberté|[وف]?(?:أخل|اخل|يخلي|تخلي)\w*\s+سبيل|[وب]?(?:إخلاء|اخلاء)\s+سبيل",
    re.IGNORECASE,
)
# A pardon told as done to someone, or someone walking free, needs no word for prison: "le roi gracie Sam Rainsy",
# "a été gracié vendredi", "indultó al exmilitar" (English "pardoned" is also said of a Thanksgiving turkey).
_PARDONED = re.compile(
    r"gr[aâ]ci(?:é|ée|és|ées|e|ent|era|ait)|indult(?:ó|ado|ada|ados|adas|aron|ará)|"
    r"amnisti(?:é|ée|és|ées|ó|ado|ada|ados|adas)|" + _WALKS_FREE,
    re.IGNORECASE,
)
_PRISON = word_scanner(
    r"prisoners?|inmates?|detainees?|convicts?|convicted|jail\w*|prisons?|imprison\w*|sentences?|sentenced|custody|"
    r"detention|detained|behind\s+bars|incarcerat\w*|hostages?|captives?|penal|correctional|decree|offen[cs]es|"
    r"offenders?|arrested|prisonni\w*|détenu\w*|peines?|condamn\w*|pres[oa]s|reos|reclus\w*|detenid\w*|cárcel\w*|"
    r"prisión|condena\w*|internos|internas|sancionad\w*|sentenciad\w*|privad[oa]s\s+de\s+(?:la\s+)?libertad|"
    r"penitenciari\w*|pénitentiaire\w*|incarcér\w*|encarcel\w*|prévenus|otages|rehenes|détention|detención|"
    r"prisioner\w*|carcéra\w*|carcelari\w*|penales|"
    # "freed on medical parole", "a labour camp", "derrière les barreaux", "treize ans d'emprisonnement", "المحتجز".
    r"(?-i:(?:on|medical|granted|early)\s+parole|parole\s+board)|labou?r\s+camps?|barreaux|emprisonn\w*|reclusorio\w*|[وب]?(?:ال)?محتجز\w*|احتجز\w*|احتجاز\w*|"
    # People prosecuted, whom an amnesty law covers: "la ley de amnistía para los encausados por el 'procés'".
    r"encausad[oa]s|procesad[oa]s|imputad[oa]s|secuestrad[oa]s|سجن\w*|سجين\w*|السجناء|معتقل\w*|محكوم\w*|نزلاء|زندان\w*|محکوم\w*|"
    # Arabic: the held by other names ("محبوس", "نزيل", "أسرى", "موقوف", "مدان"), the offences and the decree.
    # Persian "جرائم" is fines: the offences count with the Arabic article only.
    r"[وبلف]?(?:ال)?(?:محبوس\w*|نزيل\w*|أسرى|أسير\w*|موقوف\w*|مدان\w*|مساجين|مرسوم\w*|متهم\w*)|[وبلف]?ال(?:جرائم|جنح|جنايات)|"
    # Persian detainees: "بازداشت‌شدگان", "بازداشتی‌ها".
    r"بازداشت\u200c?(?:شدگان|شده|ی|یان)\w*|"
    # Persian imprisonment and hostages: "حبس ابد را سپری می‌کرد", "گروگان".
    r"حبس\w*|گروگان\w*",
    re.IGNORECASE,
)
_LOOKALIKE = word_scanner(
    r"(?-i:turkeys?)\b|dindes?\b|dindons?\b|pavos?\b|guajolotes?\b|بوقلمون|(?:ال)?ديك\s+(?:ال)?رومي|thanksgiving|album|\bfilm|movie|\bsingles?\b|\bsongs?\b|record\s+label|box\s+office|trailer|"
    r"software|\bapps?\b|firmware|\bversion|iphone|console|video\s+game|release\s+clause|clause|buyout|footballer|"
    r"striker|midfielder|contract\s+extension|knife|knives|blades?|weapons\s+amnesty|guns?\b|firearms|tax\s+amnest|"
    r"library|turtles?|animals?|wildlife|\bbirds?\b|\bfish\b|\bpups?\b|whales?|dolphins?|streaming|\bcharts?\b|"
    r"pardon\s+(?:me|my|the\s+(?:interruption|pun|expression))|press\s+release|earnings|hormones?|\bgas\b|emissions|"
    # Leave from work, not from prison: "مرخصی زایمان", "مرخصی استعلاجی".
    r"مرخصی\s+(?:زایمان|استعلاجی|تحصیلی|بدون\s+حقوق|کارمندان|کارکنان)|"
    # Freedom of speech, of the press: a liberty, not a release.
    r"آزادی\s+(?:بیان|مطبوعات|اندیشه|عقیده|رسانه\S*)|"
    # Rights and freedoms: "مرکز «عدالت برای حقوق و آزادی‌ها»", "آزادی‌های مدنی".
    r"حقوق\s+و\s+آزادی\S*|آزادی\u200c?های\s+(?:مدنی|سیاسی|فردی|اساسی|اجتماعی)",
    re.IGNORECASE,
)
_POPULATION_HEADLINE = re.compile(
    r"prison\s+population|overcrowd\w*|inmates|prisoners|\bcapacity\b|congest\w*|(?:jails?|prisons?)\s+(?:hold|are\s+full)|población\s+penitenciaria|population\s+carcérale|"
    r"surpopulation|surpeupl\w*|\bdétenus\b|hacinamiento|sobrepoblación|\breclusos\b|\bpresos\b|"
    r"población\s+(?:en\s+prisión|reclusa|carcelaria)|privad[oa]s\s+de\s+(?:la\s+)?libertad|\brecluid[oa]s\b|"
    # Arabic and Persian: overcrowding, how many are held, and prisoners counted in a country.
    r"اكتظاظ|مكتظ\w*|عدد\s+(?:ال)?(?:سجناء|نزلاء)|نزيل|تراکم|ظرفیت|(?:تعداد|شمار|آمار)\s+(?:کل\s+)?زندانیان|جمعیت\s+(?:کیفری|زندان\w*)|"
    # "پنجمین استان پرزندانی کشور": the province that holds the most.
    r"زندانی\s+در\s+کشور|پر\u200c?زندانی\w*|"
    # "رئیس سازمان زندان‌ها: ۱۵۳ هزار نفر در زندان‌های ایران‌اند", "مندوبية السجون: 105094 سجينا في المغرب": how many
    # the prisons hold, told by their administration.
    r"در\s+زندان\S*\s+(?:ایران|کشور)|سازمان\s+زندان|مندوبية\s+(?:\S+\s+)?السجون|إدارة\s+السجون|(?:سجينا|سجين)\s+(?:في|ب)|"
    # "الهيئة العامة للسجون: 20504 مساجين في تونس", "السجون التونسية تضم 20504 مساجين".
    r"الهيئة\s+العامة\s+للسجون|مساجين|(?:ال)?سجون\s+(?:\S+\s+)?(?:تضم|تؤوي)",
    re.IGNORECASE,
)
_CONSTRUCTION = re.compile(
    r"new\s+(?:\S+\s+)?prison|prison\s+places|\bopens\b|construction|\bbuil[dt]",
    re.IGNORECASE,
)
# A riot, a massacre or a jailbreak is its own news ("56 killed in Manaus prison riot"), unless the headline is
# about the population itself ("Prison population hits record … in wake of riots").
_RIOT = re.compile(
    r"\briots?\b|\bkilled\b|\bmassacre|\bescaped?\b|\bjailbreak|\bémeutes?\b|\bmutinerie|\bévasion|\bmotín|\bfuga\b|"
    # "Nearly 1,900 inmates on the run after attack on Freetown prison": a prison break.
    r"\bon\s+the\s+run\b|\bbreakout\b|\bprison\s+break|\bévadés\b|\bfugados\b|\bse\s+fugaron\b|"
    r"شغب|هروب|فرار|شورش",
    re.IGNORECASE,
)
_POPULATION_WORD = re.compile(r"population|población|جمعیت|عدد\s+(?:ال)?(?:سجناء|نزلاء)", re.IGNORECASE)

KIND_PATTERNS = (
    (
        "prisoner_exchange",
        word_regex(
            r"prisoner\s+(?:exchange|swap)|\bswap\w*|in\s+exchange\s+for|exchang(?:ed|es|ing)\s+(?:[\w,-]+\s+){0,3}?(?:prisoners|captives|detainees|POWs)\b|échange\s+de\s+prisonniers|canje|intercambio\s+de\s+presos|تبادل|مبادله|تبادله|در\s+بدل",
            re.IGNORECASE,
        ),
    ),
    (
        "pardon",
        word_regex(
            r"pardon\w*|clemency|forgiv\w*|forgave|gr[aâ]ci\w*|grâces?|indult\w*|(?<!عفو\s)عفو(?!\s+عام)|بعفو(?!\s+عام)|وعفو(?!\s+عام)|بخشود\w*",
            re.IGNORECASE,
        ),
    ),
    (
        "amnesty",
        word_regex(r"amnest\w*|amnisti\w*|amnist[ií]a|عفو\s+عام", re.IGNORECASE),
    ),
    (
        "commutation",
        word_regex(
            r"commut\w*|conmut\w*|(?:sentences?|terms?|peines?|penas?)\s+(?:[\w-]+\s+){0,3}?(?:reduced|cut|shortened|halved|réduites?|reducidas?)|(?:reduc\w*|cut|shorten\w*)\s+(?:[\w-]+\s+){0,3}?(?:sentences|terms)|time\s+behind\s+bars\s+shortened|تخفيف|تخفیف",
            re.IGNORECASE,
        ),
    ),
    (
        "temporary_release",
        word_regex(
            r"temporar\w*\s+(?:releas\w*|freed)|furlough\w*|lib[éè]r\w*\s+provisoirement|libertad\s+(?:provisional|condicional)|مرخصی|آزادی\s+موقت|الإفراج\s+المؤقت",
            re.IGNORECASE,
        ),
    ),
)

# "no pardon", "not covered by any amnesty": the measure is denied.
_NEGATED = re.compile(r"\b(?:no|not|without|never|nor|non|sans|sin|ni)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "called for an amnesty", "urged the king to pardon": the measure is asked for, not taken.
_REQUESTED = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+(?:for|on|upon)|urg(?:e|ed|es|ing)|demand(?:ed|s|ing)?|ask(?:ed|s|ing)?\s+for|"
    r"appeal(?:ed|s|ing)?\s+for|campaign(?:ed|s|ing)?\s+for|plead(?:ed|s|ing)?\s+for|plea\s+for|"
    r"hop(?:e|es|ed|ing)\s+for|seek(?:s|ing)?|sought|request(?:ed|s|ing)?|petition(?:ed|s|ing)?|"
    r"refus(?:e|ed|es|ing)|reject(?:ed|s|ing)?|den(?:y|ies|ied|ying)|rul(?:e|ed|es|ing)\s+out|"
    r"réclam\w*|exig\w*|pid(?:e|en|ió|ieron))\s+(?:\w+\s+){0,4}$",
    re.IGNORECASE,
)
# A release or pardon demanded is not one granted: "marched to demand the release of", "calls for an amnesty".
_ASKED_FOR = re.compile(
    r"\b(?:demand(?:ed|s|ing)?|call(?:ed|s|ing)?\s+(?:for|on|upon)|urg(?:e|ed|es|ing)|press(?:ed|es|ing)?\s+for|"
    r"campaign(?:ed|s|ing)?\s+for|appeal(?:ed|s|ing)?\s+for|push(?:ed|es|ing)?\s+for|lobb(?:y|ied|ying)\s+for)"
    r"\s+(?:[\w'\u2019-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "a demandé lundi aux autorités de libérer", "exige la libération de", "pidió al Gobierno liberar a".
_FR_ES_ASKED_FOR = re.compile(
    r"\b(?:réclam|exig|demand|exhort|appel|plaid|somm|reclam|pid|pedí|ped|solicit|inst)\w*"
    r"\s+(?:[\w'\u2019-]+\s+){0,6}?(?:(?:de|d['\u2019]|à|a|que)\s+)?(?:la\s+)?$",
    re.IGNORECASE,
)
_REFUSED = re.compile(
    r"\b(?:den(?:y|ied|ies|ying)|refus(?:e|ed|es|ing)|reject(?:ed|s|ing)?|(?:would|will|did|does|do|could)\s+not|"
    r"won['\u2019]t|wouldn['\u2019]t|rul(?:e|ed|es|ing)\s+out|"
    # "n'a pas l'intention de", "does not intend to", "pas de libération massive", "exclut toute libération",
    # "descarta indultos", "تستبعد الإفراج", "لا تعتزم الإفراج".
    r"pas\s+l['\u2019]intention\s+de|no\s+tiene\s+(?:la\s+)?intención\s+de|(?:does|do|did)\s+not\s+(?:intend|plan)\s+to|"
    r"pas\s+de|exclu(?:t|ent|ait)|écart(?:e|ent|ait)|descart(?:a|an|ó|aron)|niega|negó|(?<!\w)لا\s+[يت](?:عتزم|نوي)|(?<!\w)[يتا]?ستبعد\w*)"
    r"\s+(?:[\w'\u2019-]+\s+){0,2}$",
    re.IGNORECASE,
)
_OCCASION_TRIGGER = re.compile(
    r"\b(?:to\s+mark|to\s+celebrate|marking|on\s+the\s+occasion\s+of|in\s+honou?r\s+of|ahead\s+of|to\s+commemorate|"
    r"for|in\s+response\s+to|à\s+l'occasion\s+de|pour\s+marquer|à\s+l'approche\s+de|con\s+motivo\s+de|por\s+el)\s+"
    r"(?:the\s+|his\s+|its\s+|the\s+country's\s+|la\s+|le\s+|l'|el\s+)?",
    re.IGNORECASE,
)
_OCCASION_WORDS = re.compile(
    r"New\s+Year|Nowruz|Norouz|Eid|Ramadan|Independence|National\s+Day|Throne|Revolution|Republic\s+Day|Victory|"
    r"Constitution|Unity|Liberation|Christmas|Easter|Vesak|Thingyan|Tet\b|Diwali|Mawlid|birthday|accession|"
    r"coronation|jubilee|anniversary|Lunar|Day\b|coronavirus|covid|pandemic|epidemic|fête|Aïd|Navidad|"
    r"Independencia|aniversario|Nouvel\s+An|عيد|العيد|رمضان|ذكرى|بمناسبة|نوروز|عید|سالگرد|مبعث|غدیر|نیمه\s+شعبان",
    re.IGNORECASE,
)
_OCCASION_AR = re.compile(r"(?:بمناسبة|به\s+مناسبت)\s+([^\s،,.]+(?:\s+[^\s،,.]+)?)")


_ACQUITTAL = re.compile(
    r"\b(?:acquitt(?:é|ée|és|ées|ed|al|ement)|relax(?:é|ée|és|ées)|absuelt[oa]s?|absolvi\w*|absoluci[oó]n|"
    r"not\s+guilty|تبرئه|برائت|براءة|برأت)\b",
    re.IGNORECASE,
)


def clemency_sentences(text: str, sentences: list[Sentence]) -> tuple[list[int], int]:
    """Indices of sentences where a clemency cue concerns prisoners; and the look-alike count."""
    # One pass over the text for each pattern, then cheap position checks per cue.
    lookalike_starts = [m.start() for m in _LOOKALIKE.finditer(text)]
    found, lookalikes = [], 0
    for sentence in sentences[:300]:
        prison = None
        for cue in _CLEMENCY.finditer(text, sentence.start, sentence.end):
            low = bisect.bisect_left(lookalike_starts, max(sentence.start, cue.start() - 60))
            if low < len(lookalike_starts) and lookalike_starts[low] < min(sentence.end, cue.end() + 60):
                lookalikes += 1
                continue
            if _ASKED_FOR.search(text, max(sentence.start, cue.start() - 50), cue.start()):
                continue  # "rallies demanding Navalny's release": asked for, not granted
            if _FR_ES_ASKED_FOR.search(text, max(sentence.start, cue.start() - 70), cue.start()):
                continue  # "réclame la libération de 36 manifestants", "pidió liberar a": asked for
            if _ACQUITTAL.search(text, max(sentence.start, cue.start() - 80), cue.start()):
                continue  # "ont été acquittés et doivent quitter la prison": a court's verdict, not clemency
            if _REFUSED.search(text, max(sentence.start, cue.start() - 40), cue.start()):
                continue  # "the parole board denied the release", "would not pardon anyone"
            if prison is None:
                prison = _PRISON.search(text, sentence.start, sentence.end) is not None
            if prison or _PARDONED.fullmatch(cue.group()):
                found.append(sentence.index)
                break
    return found, lookalikes


def is_relevant(
    text: str, sentences: list[Sentence], headline_end: int, title: str = ""
) -> tuple[bool, str, list[int]]:
    """Relevance, why, and the sentences that speak for it."""
    found, lookalikes = clemency_sentences(text, sentences)
    # The lead weighs like the headline, even after a dateline cut into pieces ("MADRID, 30 May.", "(EUROPA
    # PRESS) -"): the first body sentence of some length.
    lead = next((s.index for s in sentences[:8] if s.start >= headline_end and s.end - s.start >= 40), 2)
    score = sum(2 if sentences[i].start < headline_end or i <= max(2, lead) else 1 for i in found)
    if title:
        title_found, title_lookalikes = clemency_sentences(title, [Sentence(0, len(title), 0, 0)])
        score += 2 * len(title_found)
        lookalikes += title_lookalikes
    if score >= 2 and score > lookalikes:
        first = sentences[found[0]] if found else None
        evidence = text[first.start : first.start + 120] if first else title[:120]
        return True, f"clemency wording about prisoners: '{evidence}'", found
    why = "clemency words in another sense" if lookalikes else "no clemency wording about prisoners"
    return False, why, found


def is_population_story(text: str, headline_end: int, title: str) -> bool:
    """A headline about how many people are held, not about building prisons."""
    headline = title or text[:headline_end]
    if _RIOT.search(headline) and not _POPULATION_WORD.search(headline):
        return False
    return bool(_POPULATION_HEADLINE.search(headline)) and not _CONSTRUCTION.search(headline)


# "في يوم الأسير: أكثر من 9500 معتقل في سجون الاحتلال", "5,000 political prisoners in Iran's jails": a count of
# people held in a state's prisons, the news itself.
_HELD_IN_PRISONS_HEADLINE = re.compile(
    r"\d[\d,.\s]*\s*(?:(?:political\s+)?(?:prisoners|detainees|inmates)|(?:prisonniers|détenus)(?:\s+politiques)?|"
    r"pres[oa]s(?:\s+políticos)?|(?:ال)?(?:معتقل\w*|أسير\w*|أسرى|سجين\w*|سجناء)|زندانی\S*)"
    r"\s+(?:\S+\s+){0,2}?(?:in|dans\s+les|en\s+las|في|در)\s+(?:\S+\s+)?(?:prisons|jails|cárceles|سجون|زندان\S*)",
    re.IGNORECASE,
)


def is_held_in_prisons_story(text: str, headline_end: int, title: str) -> bool:
    """A headline counting people held in a state's prisons."""
    return bool(_HELD_IN_PRISONS_HEADLINE.search(title or text[:headline_end]))


def find_kinds(text: str, spans: list[tuple[int, int]], metrics: set[str]) -> list[str]:
    """Kinds of measure named in the relevant spans (headline, lead, sentences with figures).

    A kind counts where its word names the measure taken, not one asked for or refused
    ("rights groups called for an amnesty", "no pardon for the leaders").
    """
    kinds = []
    spans = sorted(set(spans))
    for kind, pattern in KIND_PATTERNS:
        if any(_decided(text, start, match) for start, end in spans for match in pattern.finditer(text, start, end)):
            kinds.append(kind)
    if "temporarily_released" in metrics and "temporary_release" not in kinds:
        kinds.append("temporary_release")
    if "sentence_reduced" in metrics and "commutation" not in kinds:
        kinds.append("commutation")
    held_only = bool(metrics) and metrics <= {"prison_population", "detained"}
    if not {"pardon", "amnesty"} & set(kinds) and ("released" in metrics or not (kinds or held_only)):
        kinds.append("release")
    return kinds


def _decided(text: str, span_start: int, match: re.Match[str]) -> bool:
    """Whether a kind's word names a measure taken, judged from the words just before it."""
    before = text[max(span_start, match.start() - 60) : match.start()]
    before = re.split(r"[,;:.]", before)[-1]
    return not (_NEGATED.search(before) or _REQUESTED.search(before))


def find_occasion(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The holiday or event the measure marks ("Throne Day", "Eid al-Adha")."""
    for start, end in spans:
        for trigger in _OCCASION_TRIGGER.finditer(text, start, end):
            phrase = re.split(
                r"[,;.()\n]|\s(?:on|and|when|which|after|by|in|to)\s",
                text[trigger.end() : trigger.end() + 80],
            )[0]
            phrase = phrase.strip()
            if _OCCASION_WORDS.search(phrase) and len(phrase) > 2:
                return phrase[:80]
        match = _OCCASION_AR.search(text, start, end)
        if match:
            return match.group(1)
    return None
