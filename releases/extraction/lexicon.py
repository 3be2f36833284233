"""English vocabulary of the figure rules, and the shape every language's vocabulary takes.

A cue is a phrase that says what a number counts: "pardoned" before it, "were freed"
after it. Each cue has a metric, a strength (3 clemency verbs, 2 detention and
population phrases, 1 weak hints such as "held") and a kind: "pop" (prison
population wording) or "det" (detention wording) for the two counting metrics.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .wordlist import words

P, R, T, S = "pardoned", "released", "temporarily_released", "sentence_reduced"
POP, DET = "prison_population", "detained"
W = r"(?:[\w'\u2019-]+\s+)"  # one word and its trailing space, for bounded gaps
WORD = r"(?:[^\W\d][\w'\u2019-]*\s+)"  # the same, never a number: a cue before a count must not swallow it


@dataclass(frozen=True)
class Cue:
    metric: str
    strength: int
    pattern: str
    kind: str = ""  # "pop", "det" or "hold" (weak "held": population if prisons are named)


@dataclass(frozen=True, eq=False)  # hashed by identity: one instance per language
class Lexicon:
    lang: str
    left: tuple[Cue, ...]  # cues before the number: "pardoned 870", "release of 43"
    right: tuple[Cue, ...]  # cues after the counted noun: "were freed", "in prison"
    np_cues: tuple[Cue, ...]  # participles inside the noun phrase: "700 pardoned prisoners"
    person_nouns: str  # heads that count people
    default_detained: str  # nouns that imply detention on their own ("detainees")
    aux: str  # words that make a bare number a subject: "2,090 had ...", "63 are ..."
    stop: str  # words that end the noun-phrase scan
    partitive: str  # "of those", "of them"
    inherit: str  # "including", "among them": the number belongs to the figure before
    comparison: str  # "last year's 3,026"
    capacity: str  # "designed for 11,000": a capacity, not people
    approx: str
    at_least: str
    up_to: str
    plus_suffix: str
    time_units: str
    money_before: str
    money_after: str
    other_units: str
    scale: dict[str, int]
    number_words: dict[str, int]
    multipliers: dict[str, int]
    connectors: str
    months: dict[str, int]
    weekdays: dict[str, int]
    categories: tuple[tuple[str, str], ...]
    official_sources: str
    reported_sources: str
    estimate_words: str
    extra: dict[str, Any] = field(default_factory=dict)  # patterns (str) and, in Persian, Gregorian month names


EN_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        words(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen"
        )
    )
} | {w: 10 * i for i, w in enumerate(words("_ _ twenty thirty forty fifty sixty seventy eighty ninety")) if i > 1}

EN_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
EN_WEEKDAYS = {d: i for i, d in enumerate(words("monday tuesday wednesday thursday friday saturday sunday"))}

EN_CATEGORIES = (
    ("journalists", r"journalists?|reporters?|bloggers?|media\s+workers?|newspaper\s+editors?"),
    ("dual_nationals", r"dual[\s-](?:citizens?|nationals?|nationality|nationalities)|(?<=[a-z]-)iranians?\b|(?<=[a-z]-)americans?\b"),
    ("protesters", r"protest\w*|demonstrat\w*|rall(?:y|ies)\b|unrest|riots?\b|uprising|crackdown"),
    ("security", r"terror\w*|(?<![\"\u201c])extremis\w*|national\s+security|security[\s-]related|security\s+(?:charges|offen[cs]es|cases)|espionage|spying|banned\s+(?:organi[sz]ations|groups)|militan\w*|insurgen\w*|jihadi\w*"),
    ("religious_minorities", r"baha'?is?\b|christians?|religious\s+minorit\w*|jehovah|uyghurs?|ahmadis?|falun\s+gong"),
    # "convicted of \"extremist crimes\"": a charge in scare quotes is the state's label for its critics.
    ("political", r"(?<=[\"\u201c])extremis\w*|political|prisoners?\s+of\s+conscience|opposition|dissidents?|activists?|opponents?|democracy|individual\s+freedoms"),
    ("foreign_nationals", r"foreign(?:ers?|\s+(?:nationals?|citizens?|prisoners|inmates|detainees))|(?:nationals|citizens)\s+of\s+(?:other|foreign)\s+countries|expatriates?"),
    ("women", r"(?<!\bmen\sand\s)(?<!\bmen\sor\s)\bwomen\b|\bfemale\b|\bgirls\b|\bmothers\b"),
    ("juveniles", r"juveniles?|\bminors?\b(?!\s+(?:offen[cs]es?|crimes?|charges?|infractions?|violations?|cases?|misdemeanou?rs?))|\bchildren\b|teenagers?|under\s+(?:the\s+age\s+of\s+)?18\b|young\s+offenders"),
    ("elderly", r"elderly|older\s+(?:prisoners|inmates|people)|(?:over|older\s+than|above)\s+(?:the\s+age\s+of\s+)?(?:60|65|70|75|80)\b|aged\s+(?:over\s+)?(?:60|65|70)\b"),
    # "31 seriously wounded soldiers" handed back in a swap.
    ("sick", r"\bill\b|illness\w*|\bsick\b|disabilit\w*|disabled|terminal\w*|(?:medical|health)\s+grounds|cancer|"
     r"(?:seriously|severely|badly|gravely)\s+(?:wounded|injured)"),
)  # fmt: skip

EN = Lexicon(
    lang="en",
    left=(
        Cue(
            T,
            3,
            r"temporar(?:il)?y\s+(?:releas\w*|free\w*|let\s+out)|furlough\w*|prison\s+leave|"
            # "granted Christmas leave to 1,997 inmates": leave for a holiday.
            r"(?:granted|gave|give|grants)\s+(?:christmas|holiday|festive|easter|new\s+year|eid|home|family)\s+leave\s+to|"
            rf"(?:released|freed)\s+{WORD}{{0,2}}?(?:temporarily|on\s+(?:furlough|leave|bail))|"
            # "granted bail to 408 under-trial prisoners": let out for a while, pending trial.
            r"(?:grant\w*|gave|give|approv\w*|allow\w*)\s+(?:interim\s+|post-arrest\s+|pre-arrest\s+)?bail\s+(?:to|for)|"
            # "ordered the release on bail of 2,961 prisoners"
            r"(?:release|freeing)\s+on\s+bail\s+of",
        ),
        Cue(
            S,
            3,
            rf"commut\w*|(?:reduc\w*|cut|cuts|cutting|shorten\w*|halv\w*|lessen\w*|lighten\w*|remit(?:s|ted|ting)?)\s+{WORD}{{0,3}}?(?:sentences?|terms?)\b|sentence\s+(?:reductions?|cuts)|"
            r"spar(?:ed|es|ing)(?:\s+the\s+lives\s+of)?|remission\w*|"
            # "ordered shorter sentences for another 200,000": the measure named by its result.
            r"(?:shorter|reduced|lighter|lesser)\s+(?:prison\s+|jail\s+)?(?:sentences|terms)\s+(?:for|to)\b|"
            # "grants alternative penalties for 585 inmates": prison swapped for another punishment.
            r"(?:alternative|non-custodial|community)\s+(?:penalties|sentences|punishments|measures)\s+(?:for|to)\b|"
            # "Prison terms will also be cut for more than 12,800 other convicts": the passive before its people.
            rf"(?:sentences|terms)\s+(?:will|would|are|were|have\s+been|had\s+been|to)\s+{WORD}{{0,2}}?(?:be\s+)?"
            r"(?:cut|reduced|shortened|halved|commuted|lightened)\s+(?:for|of)\b|"
            # "converted the death sentences of 60 inmates into prison terms": a commutation.
            r"(?:convert|turn)\w*\s+(?:the\s+)?(?:death\s+|capital\s+|life\s+)?sentences\s+of|"
            # "The sentences of 1,250 prisoners were reduced by a third": the passive after its people.
            r"(?:sentences|terms)\s+of(?=\s+[^;:!?]{0,60}?\b(?:were|have\s+been|had\s+been|are|will\s+be)\s+(?:\w+\s+)?"
            r"(?:reduced|cut|shortened|halved|commuted|lightened)\b)",
        ),
        # The beneficiaries of a measure are pardoned: "benefiting some 7,000 inmates".
        Cue(
            P,
            3,
            r"pardon\w*|clemency|amnest\w*|forgiv\w*|forgave|reprieve\w*|waiv\w*|benefit(?:s|ed|ing|ting|ted)?\b|"
            r"prerogative\s+of\s+mercy|royal\s+mercy|"
            # "would clear the records of about 45,000 people": old convictions pardoned.
            r"clear(?:ed|s|ing)?\s+(?:the\s+)?(?:criminal\s+)?records\s+of|expung\w*\s+(?:the\s+)?(?:criminal\s+)?records\s+of|"
            # "Buhari used the power in April 2022 for 159 convicts": the power of clemency told before.
            r"(?:used|uses|using|exercised|exercises|exercising|invoked)\s+(?:the|this|that|his|her|its|the\s+same)\s+(?:power|prerogative)\b",
        ),
        Cue(
            R,
            3,
            r"releas\w*|in\s+(?:return|exchange)\s+for|(?<![\w-])free(?:d|s|ing)?\b(?!-)|set\s+free|let\s+out|liberat\w*|discharg\w*|(?:left|leave|leaves|leaving)\s+(?:the\s+)?(?:prisons?|jails?)\b|exchang\w*|swap\w*|handed\s+over|walk(?:ed|s)?\s+(?:out|free)|parol\w*|(?:granted|gave|gives|give|restored)\s+(?:their\s+)?(?:freedom|liberty)\s+to|"
            # "Ukraine brought home 390 of its citizens", "will have traded nearly 6,000": a swap's sides.
            r"(?:brought|bring|brings|bringing)\s+(?:back\s+)?home|trad(?:ed|ing)\b|"
            # "let some 18,000 prisoners out early", "handed 32 Armenian captives back": the particle after the
            # people counted.
            r"(?:let|lets|letting|set|sets|setting|handed|hands|handing|sent|sends|sending)"
            r"(?=\s+(?:some|about|around|nearly|almost|roughly|more\s+than|over|another|a\s+further)?\s*\d[\d,.]*"
            r"(?:\s+[\w'-]+){1,4}?\s+(?:out|free|back|home)\b)|"
            # "returned 31 wounded soldiers", "handed back 246 Russian soldiers": a swap's sides (not "returned 5 to prison").
            r"(?:returned|handed\s+back|got\s+back|brought\s+back)(?=\s+(?:some\s+|about\s+|another\s+|a\s+further\s+)?\d[\d,]*\s+"
            r"(?:[\w-]+\s+){0,3}?(?:prisoners|captives|soldiers|servicemen|POWs|detainees|fighters|troops|civilians)\b(?!\s+to\s+(?:prison|jail|custody)))",
        ),
        Cue(
            POP,
            2,
            r"(?:prisons?|jails?|penitentiaries|system|(?:prison\s+)?estate|(?:correctional|custodial|detention|penal)\s+(?:centres|centers|facilities|institutions))(?:,?\s+(?:which|that))?"
            # "The country's 68 jails, built for 42,000, hold more than 88,000": past the capacity told aside.
            r"(?:,\s+(?:built|designed|meant|intended)\s+(?:to\s+hold\s+|for\s+)(?:about\s+|some\s+|only\s+)?[\d,.]+(?:\s+(?:people|prisoners|inmates))?,)?"
            r"(?:\s+(?:in|across)\s+the\s+(?:country|nation)|\s+nationwide)?"
            r"\s+(?:system\s+)?(?:currently\s+|now\s+)?(?:held|hold|holds|housed|houses|holding)|"
            r"(?:prison|inmate|prisoner|penal|jail)\s+population|incarcerat\w*|"
            # "the facilities hold almost 270,000 inmates": the country's prisons named as its facilities.
            r"facilities\s+(?:currently\s+|now\s+)?(?:hold|held|house|housed)",
            "pop",
        ),
        # "it now accommodates more than 420 prisoners": what a place holds, right before the count.
        Cue(
            POP,
            3,
            r"(?:accommodat(?:es|ed|ing)|houses|housed|housing)(?=\s+(?:(?:about|some|around|nearly|almost|roughly|"
            r"more\s+than|over|up\s+to)\s+)?\d[\d,.]*\s+(?:\w+\s+)?(?:prisoners|inmates|detainees|people|convicts)\b)",
            "pop",
        ),
        Cue(
            DET,
            2,
            r"(?<!house\s)arrest\w*|detain\w*|detention\s+of|imprisoned|jailed|locked\s+up|rounded\s+up|abduct\w*|kidnap\w*|behind\s+bars|in\s+custody|(?:held|taken)\s+hostage|counted",
            "det",
        ),
        Cue(POP, 1, r"\bheld\b|\bholding\b", "hold"),
        Cue(POP, 1, rf"serving\s+{WORD}{{0,2}}?(?:sentences?|terms?|time)", "pop"),
    ),
    right=(
        Cue(
            T,
            3,
            rf"temporar(?:il)?y\s+(?:releas\w*|freed|let\s+out)|(?:released|freed|sent\s+home|let\s+out)\s+{W}{{0,2}}?(?:temporarily|on\s+(?:furlough|leave|bail))|on\s+furlough|furloughed|"
            r"(?:released|freed|let\s+out)\s+{W}{{0,2}}?under\s+judicial\s+(?:control|supervision)|"
            r"(?:placed|put|sent|allowed)\s+on\s+(?:home\s+|temporary\s+|prison\s+)?(?:leave|furlough)|"
            # "1,997 inmates let out on Christmas leave": leave for a holiday.
            r"(?:released|freed|sent\s+home|let\s+out|allowed\s+out)\s+(?:\w+\s+){0,2}?on\s+(?:christmas|holiday|festive|easter|new\s+year|eid|family|compassionate)\s+leave|"
            r"(?:moved|transferred|released|sent)\s+(?:in)?to\s+house\s+arrest|granted\s+(?:(?:a\s+)?(?:temporary|home)\s+leave|(?:a\s+)?furlough)|"
            # "another 45,000 will serve the rest of their sentences under house arrest"
            rf"(?:serve|serving|served|spend|spending)\s+{W}{{0,5}}?under\s+house\s+arrest|"
            # "2,719 have been granted unconditional bail", "2,719 remand prisoners were bailed"
            r"(?:granted|given|released\s+on|freed\s+on)\s+(?:\w+\s+)?bail\b|bailed\b",
        ),
        Cue(
            S,
            3,
            rf"(?:sentences?|terms?)\s+{W}{{0,3}}?(?:reduced|cut|shortened|halved|commuted|lightened|lessened)|commuted\b|"
            # "six have their punishment replaced by a milder one": a lighter sentence in place of the first.
            rf"(?:punishments?|sentences?|penalt(?:y|ies))\s+{W}{{0,2}}?(?:replaced|substituted|changed|converted)\s+"
            r"(?:by|with|to|into)\s+(?:an?\s+)?(?:milder|lighter|more\s+lenient|less\s+severe)\b|"
            # "had their death sentences replaced with prison terms", "converted to life imprisonment".
            rf"(?:death\s+)?(?:sentences?|penalt(?:y|ies))\s+{W}{{0,2}}?(?:replaced|substituted|changed|converted|reduced)\s+"
            r"(?:by|with|to|into)\s+(?:an?\s+)?(?:\w+[\s-]+)?(?:prison|jail|life|terms?|imprisonment|years?)\b|"
            rf"benefit\w*\s+from\s+(?:the\s+|a\s+)?(?:special\s+)?(?:reduction|reductions|commutation|commutations|cuts?|remissions?)\b|"
            # "138,175 inmates will benefit from reduced prison terms".
            r"benefit\w*\s+from\s+(?:reduced|shorter|lighter)\s+(?:prison\s+|jail\s+)?(?:terms|sentences)\b|"
            r"(?:eligible|qualif(?:y|ies|ied|ying))\s+for\s+(?:a\s+)?(?:(?:reduced|shorter|lighter)\s+(?:sentences?|terms?)|sentence\s+reductions?|remissions?)\b|"
            # "108,000 inmates will be eligible for a one-time credit of 12 weeks": time taken off, as a credit.
            r"(?:eligible|qualif(?:y|ies|ied|ying))\s+for\s+(?:an?\s+)?(?:one-time\s+|extra\s+|additional\s+|special\s+)?"
            r"(?:sentence\s+|good[\s-]time\s+|good[\s-]conduct\s+)?credits?\b|"
            r"(?:will|would|are|were|is|was|to)\s+be\s+(?:shortened|commuted|halved)\b|"
            rf"(?:granted|given|receives?|received|gets?|got|obtains?|obtained|won|secured)\s+{W}{{0,2}}?(?:remissions?|(?:sentence\s+)?reductions?|commutations?)\b|"
            # "had between one and six months taken off their sentences"
            rf"(?:had|have|has|get|gets|got|will\s+have)\s+{W}{{0,5}}?(?:days?|weeks?|months?|years?)\s+"
            rf"(?:taken|knocked|shaved|cut|struck)\s+off\b",
        ),
        Cue(
            P,
            3,
            # "118 are released from punishments other than prison": relieved of the sentence itself.
            r"(?:released|freed|exempted|relieved)\s+from\s+(?:(?:the|their|his|her|further|other|any)\s+)?"
            r"(?:punishments?|penalt(?:y|ies)|serving\s+(?:the|their|his|her)\s+(?:sentences?|terms?))|"
            rf"(?:eligible|qualif(?:y|ies|ied|ying))\s+for\s+(?:an?\s+|the\s+)?{W}{{0,2}}?(?:pardons?|amnest(?:y|ies)|clemency)\b|"
            rf"pardoned|amnestied|forgiven|(?:will|would|to|could|shall)\s+benefit\b(?!\s+from\s+(?:the\s+|a\s+)?(?:special\s+)?(?:reduction|commutation|cut|remission|reduced|shorter|lighter))|benefit(?:ed|ted)\b|covered\s+by\s+(?:the|this|an?)\s+{W}{{0,2}}?(?:decree|pardon|amnesty|measure)|(?:were|was|are|is|been|be)\s+covered\b(?!\s+(?:in|with|up)\b)|(?:granted|receives?|received|obtains?|obtained|gets?|got|given|won)\s+{W}{{0,2}}?(?:clemency|amnesty|amnesties|pardons?|reprieves?)|(?:under|in|through|by)\s+(?:an?|the)\s+{W}{{0,2}}?(?:pardon|amnesty)\b|benefit\w*\s+from\s+{W}{{0,2}}?(?:pardon|amnesty|clemency)|cancel+ed|waived|remitted|quashed|annulled|expunged",
        ),
        Cue(
            R,
            3,
            rf"released|freed|liberated|discharged|set\s+free|set\s+at\s+liberty|(?:scheduled|set|due|slated)\s+for\s+(?:early\s+)?release|let\s+(?:out|go)\b|walk(?:ed|s|ing)?\s+(?:out|free)|step(?:ped|s|ping)?\s+out\s+of\b|paroled|(?:left|leave|leaves|leaving)\s+(?:the\s+)?(?:prisons?|jails?)\b|(?:granted|given|won)\s+(?:early\s+|conditional\s+)?(?:parole|release)|(?:regain|regained|regaining|recover|recovered)\s+(?:their\s+)?(?:freedom|liberty)|(?:earned|won|secured|gained)\s+(?:their|his|her)\s+(?:early\s+)?(?:release|freedom|liberty)|(?:went|go|going)\s+free|(?:flown|sent|returned|returning|came|come|comes|coming|brought|went|going|arrived|on\s+(?:their|his|her)\s+way)\s+home|flown\s+to|(?:in|as\s+part\s+of)\s+(?:an?|the)\s+{W}{{0,2}}?(?:exchange|swap)|exchanged|swapped|handed\s+(?:over|back)|(?:changed|change|changes|changing)\s+hands|traded",
        ),
        # "were taken to Russia", "were repatriated": moved home at a release, not to a cell or a court.
        Cue(
            R,
            2,
            r"(?:taken|driven|transferred|returned)\s+(?:back\s+)?to\s+(?!(?:a|the|an)\s)(?!prisons?\b|jails?\b|custody\b|court\b|hospital\b)(?-i:[A-Z])[\w-]*(?!\s+(?:prison|jail|detention|camp|court|police)\b)|repatriated",
        ),
        Cue(
            POP,
            2,
            rf"\bin\s+{W}{{0,2}}?(?:prisons?|jails?|penitentiar\w+)\b|held\s+in\s+{W}{{0,3}}?(?:prisons?|jails?)|incarcerated|"
            # "out of the 216,522 inmates now in the system": the prison system's whole population.
            r"(?:now\s+|currently\s+)?in\s+the\s+(?:prison\s+|penal\s+|correctional\s+)?system\b|"
            # "270,207 people behind bars across Indonesia": the whole country's prisons.
            r"behind\s+bars\s+(?:across|throughout|nationwide|(?:in\s+)?the\s+(?:whole\s+|entire\s+)?country)",
            "pop",
        ),
        Cue(
            DET,
            2,
            r"arrested|detained|imprisoned|jailed|locked\s+up|rounded\s+up|abducted|kidnapped|(?:taken|held)\s+hostage|in\s+(?:detention|custody|captivity)|behind\s+bars",
            "det",
        ),
        # "the 1,200 political prisoners it still holds", "who remain behind bars": held now.
        Cue(
            DET,
            3,
            r"(?:(?:it|they|he|she|the\s+\w+)\s+)?still\s+(?:holds?|detains?|jails?|held|detained|jailed|imprisoned|behind\s+bars)\b|(?:(?:who|that)\s+)?(?:remains?|remained|are\s+still|were\s+still)\s+"
            r"(?:held|detained|jailed|imprisoned|behind\s+bars|in\s+(?:[A-Z][\w-]+\s+)?(?:prisons?|jails?|custody|detention))\b|"
            # "Some 144 are still deprived of their liberty", "another 60 are still awaiting trial": held now.
            r"(?:are|were|remain|remained)\s+still\s+(?:deprived\s+of\s+(?:their\s+)?(?:liberty|freedom)|awaiting\s+(?:trial|sentencing))|"
            # "27 of those amnestied were back in custody": held again.
            r"(?:are|were|was|is)\s+(?:already\s+)?back\s+(?:in|behind)\s+(?:custody|prison|jail|bars)|"
            # "About 13,000 people are held on remand": held before their trial, not the whole population.
            r"(?:held|kept|detained)\s+on\s+remand\b",
            "still",
        ),
        # "the three men who remain on death row": held now, whatever was told of the others.
        Cue(
            DET,
            3,
            r"(?:(?:who|that)\s+)?(?:remains?|remained|still|are|were|is|was|left)?\s*on\s+(?:(?:federal|state|military)\s+)?death\s+row\b",
            "still",
        ),
        Cue(POP, 1, r"\bheld\b|(?:it|they)\s+(?:currently\s+|now\s+)?(?:holds|hold|houses|house)\b", "hold"),
        Cue(
            POP,
            1,
            rf"serving\s+{W}{{0,2}}?(?:sentences?|terms?|time)|awaiting\s+trial",
            "pop",
        ),
    ),
    np_cues=(
        Cue(P, 3, r"pardoned|amnestied|beneficiar(?:y|ies)|pardons|amnesties"),
        Cue(S, 3, r"commutations"),
        Cue(R, 3, r"freed|released|(?:early\s+)?releases"),
        Cue(DET, 2, r"detained|jailed|imprisoned|arrested|incarcerated", "det"),
    ),
    person_nouns=r"prisoners?|inmates?|agents|guards|contractors|congressmen|policemen|detainees?|convicts?|PDLs?|defenders|returnees|sergeants|privates|guardsmen|marines|captives?|hostages?|people|persons?|individuals?|men|women|girls|boys|juveniles?|minors?|children|teenagers?|youths?|foreigners?|nationals?|citizens?|members?|activists?|dissidents?|journalists?|reporters?|bloggers?|protesters?|protestors?|demonstrators?|opponents?|defendants?|others|students?|clerics?|monks?|priests?|lawyers?|soldiers?|servicemen|troops|fighters?|militants?|insurgents?|islamists?|offenders?|christians|muslims|baha'?is|buddhists|uyghurs|uighurs|rohingya|tamils|kurds|baloch|hazaras|internees?|pows|prisoners-of-war|beneficiar(?:y|ies)|pardons|amnesties|commutations|sentences|(?<!press\s)releases|fishermen|sailors|(?:french|english|dutch|irish|scots)m[ae]n|seamen|pilots|crew|civilians|officers|politicians|lawmakers|legislators|rebels|mercenaries|combatants|workers|farmers|nuns|teachers|doctors|academics|scholars|writers|artists|tourists|businessmen|expatriates|asylum[\s-]seekers|convicted|refugees?|migrants?|"
    # People named by their crime: "400 thieves and 240 fraudsters".
    r"thie(?:f|ves)|robbers?|murderers?|killers?|traffickers?|smugglers?|dealers?|fraudsters?|rapists?|addicts?|debtors?|"
    r"felons?|criminals?|burglars?|pickpockets?|gangsters?|poachers?|bandits?|"
    # People named by their place in a movement, their trade or their faith: "32 owners of small firms", "40 peasants".
    r"owners|guerrillas|suspects|peasants|believers|supporters|partisans|jihadists|followers|villagers|traders|"
    r"vendors|herders|labou?rers|aid\s+workers|volunteers|trade\s+unionists|unionists|opposition\s+figures|leaders|"
    r"generals|colonels|"
    # Officials of a fallen government, held and freed: "two ministers; 18 senior administrative officials",
    # "480 military and civilian personnel".
    r"ministers|officials|personnel|cadres",
    default_detained=r"detainees?|captives?|hostages?|internees?|pows",
    aux=r"are|were|is|was|had|have|has|will|would|could|can|may|might|remain|remained|remain|received|got|did|also|aged|"
    # "Of these, 191 came from the New Bilibid Prison": where the people of a count came from.
    r"came|come|"
    r"earned|won|walked|regained|secured",
    stop=r"of|in|to|for|from|at|on|by|with|who|that|which|the|a|an|this|these|those|their|his|her|its|and|or|but|as|than|since|after|before|into|under|over|per|each|every",
    partitive=r"of\s+(?:those|them|whom|these)\b",
    inherit=r"(?:including|among\s+them|among\s+whom|of\s+whom|along\s+with|as\s+well\s+as|plus|another|and|"
    r"(?:who|which)\s+(?:include|included|includes))\s*$|"
    # "Among them, 203 were men": a sentence opened by the people just counted.
    r"^\s*(?:among|of)\s+(?:them|these|those)\s*,\s*$",
    comparison=r"(?:last\s+year's|previous\s+year's|compared\s+(?:with|to)|up\s+from|down\s+from)\s*$",
    capacity=r"(?:(?:designed|built|intended|meant)\s+(?:to\s+(?:hold|house|accommodate)\s+|for\s+)(?:only\s+|just\s+)?|"
    r"capacity\s+(?:of|for)\s+|room\s+for\s+|places\s+for\s+)"
    r"(?:(?:about|around|some|roughly|nearly|almost|approximately|up\s+to|fewer\s+than|less\s+than|more\s+than)\s+)?$",
    approx=r"(?:about|around|some|roughly|nearly|almost|approximately|approx\.|close\s+to|an\s+estimated|estimated|circa|more\s+or\s+less|just\s+(?:under|over)|the\s+roughly|the\s+nearly)\s*$",
    at_least=r"(?:at\s+least|more\s+than|(?<!handed\s)(?<!hand\s)(?<!hands\s)(?<!turned\s)over|upwards\s+of|in\s+excess\s+of|no\s+(?:fewer|less)\s+than|above|exceeding|exceeds?|exceeded|surpass(?:es|ed)?)\s*$",
    up_to=r"(?:up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|under|no\s+more\s+than|at\s+most)\s*$",
    plus_suffix=r"-?plus\b|\+|\s+or\s+more\b",
    time_units=r"years?|yrs?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)|nights?|-year|-month|-day|-week|-hour",
    # A currency's letters are a word of their own: "prisoners. Fourteen" ends in "rs." but is no rupee.
    money_before=r"(?:[$\u20ac\u00a3\u00a5]|(?<![A-Za-z])(?:US\$|USD|EUR|GBP|Rs\.?|N))\s*$",
    money_after=r"dollars?|euros?|pounds?|sterling|dong|yuan|renminbi|r[ou]+bles?|riyals?|rials?|dinars?|dirhams?|tomans?|liras?|lira|rupees?|francs?|pesos?|bolivars?|naira|shillings?|rand|yen|won|baht|usd|eur|gbp",
    other_units=r"%|percent|per\s+cent|km|kilomet\w*|miles?|kg|kilos?|tonnes?|tons?|metres?|meters?|feet|acres?|hectares?|degrees?|votes?|seats?|units?|copies|streams|points?|goals?|times",
    scale={
        "thousand": 1000,
        "million": 10**6,
        "millions": 10**6,
        "billion": 10**9,
        "lakh": 10**5,
    },
    number_words=EN_NUMBER_WORDS,
    multipliers={"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9},
    connectors=r"and|-",
    months=EN_MONTHS,
    weekdays=EN_WEEKDAYS,
    categories=EN_CATEGORIES,
    official_sources=r"state\s+(?:media|television|tv|news\s+agency|broadcaster|radio)|official|ministry|minister|spokes(?:man|woman|person)|presiden(?:t|cy|tial)|government|judiciary|authorities|decree|prosecutor|palace|royal|police|corrections|department|office\b",
    reported_sources=r"rights\s+groups?|human\s+rights|activists|opposition|ngo|amnesty\s+international|watch\b|monitor|campaigners|according\s+to\s+(?:reports|media|sources)|relatives|lawyers?",
    estimate_words=r"estimat\w*|believed|thought\s+to|projected",
    extra={
        # The dead and the wounded are not people held or freed: "530 protesters were killed".
        "casualty": r"\s*(?:,\s*)?(?:(?:were|was|have\s+been|had\s+been|are|being)\s+(?:\w+\s+)?"
        r"(?:killed|executed|shot\s+dead|wounded|injured|hanged|put\s+to\s+death)|died|killed|dead\b|lost\s+their\s+lives|"
        # The sick of an outbreak are no figure either: "17 inmates in five open prisons had tested positive".
        r"(?:(?:in|at)\s+(?:[\w-]+\s+){0,3}?(?:prisons?|jails?)\s+)?(?:had|have|has|were|was)\s+(?:since\s+|also\s+)?"
        r"(?:tested\s+positive|been\s+infected|caught\s+the\s+virus|contracted\s+the\s+(?:virus|disease))|"
        # A crowd is no count of prisoners either: "more than 160 people gathered outside the prison".
        r"(?:had\s+|have\s+)?(?:gathered|rallied|assembled|demonstrated|marched|cheered|turned\s+out)\b|"
        # The dead brought home: "two soldiers whose bodies were repatriated".
        r"(?:[a-z]+\s+)?whose\s+(?:bodies|remains)\b)",
        # "the deaths of her four children": the dead.
        "casualty_before": r"\b(?:killed|killing|kills|executed|executing|hanged|shot\s+dead|wounded|injured|death\s+toll\s+(?:of|at|to)|"
        r"deaths?\s+of\s+(?:her|his|their|the))"
        r"\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+|over\s+|around\s+)?$",
    },
)
