"""French, Spanish, Arabic and Persian vocabulary of the figure rules (see lexicon.py)."""

from __future__ import annotations

from .lexicon import DET, EN, POP, Cue, Lexicon, P, R, S, T
from .wordlist import words

_FR_UNITS = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
# Arabic hundreds are one word each ("خمسمائة"), spelt with مائة or مئة; Persian ones too ("هشتصد").
_AR_HUNDREDS = {
    f"{unit}{hundred}": 100 * (i + 3)
    for i, unit in enumerate(words("ثلاث أربع خمس ست سبع ثمان تسع"))
    for hundred in ("مائة", "مئة")
}
_AR_TENS = {w: 10 * (i + 6) for i, w in enumerate(words("ستون سبعون ثمانون تسعون"))}
_FA_TEENS = {w: i + 13 for i, w in enumerate(words("سیزده چهارده پانزده شانزده هفده هجده نوزده"))}
_FA_HUNDREDS = {w: 100 * (i + 4) for i, w in enumerate(words("چهارصد پانصد ششصد هفتصد هشتصد نهصد"))}
_ES_UNITS = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro "
    "veinticinco veintiséis veintisiete veintiocho veintinueve"
)

FR = Lexicon(
    lang="fr",
    left=(
        Cue(
            T,
            3,
            r"libér\w*\s+(?:provisoirement|temporairement)|libération\s+(?:provisoire|conditionnelle)|permissions?\s+de\s+sortir",
        ),
        Cue(
            S,
            3,
            r"commu\w*|réduction\w*\s+de\s+peine|remises?\s+de\s+peine|rédui\w*\s+(?:la\s+|les\s+)?peines?",
        ),
        Cue(P, 3, r"gr[aâ]ci\w*|grâce|amnisti\w*|clémence"),
        # The beneficiaries of the measure: weaker than a clemency word, so "grâce … au profit de" reads the grâce.
        Cue(P, 2, r"au\s+profit\s+d[eu']|profit\w*\s+(?:à|aux)"),
        Cue(R, 3, r"libér\w*|relâch\w*|élargi\w*|remise?\s+en\s+liberté|échang\w*"),
        Cue(
            POP,
            2,
            r"prisons?\s+(?:\w+\s+)?(?:comptai\w*|compt\w*|abrit\w*)|population\s+carcérale",
            "pop",
        ),
        Cue(
            DET,
            2,
            r"arrêt\w*|interpell\w*|emprisonn\w*|incarcér\w*|écrou\w*|détention\s+de",
            "det",
        ),
    ),
    right=(
        Cue(T, 3, r"libér\w*\s+(?:provisoirement|temporairement)|en\s+permission"),
        Cue(S, 3, r"peines?\s+(?:\w+\s+){0,2}(?:réduites?|commuées?)|commué\w*"),
        Cue(
            P,
            3,
            r"gr[aâ]ci\w*|amnisti\w*|bénéfici\w*\s+(?:[\w'\u2019]+\s+){0,2}(?:grâce|amnistie|remise|mesure|faveur|clémence)|"
            r"remise\s+totale|(?:par|d['\u2019]une)\s+(?:la\s+)?(?:grâce|amnistie)\b",
        ),
        Cue(S, 3, r"remise\s+partielle"),
        Cue(
            R,
            3,
            r"libér\w*|relâch\w*|élargi\w*|remis\s+en\s+liberté|retrouv\w*\s+(?:\w+\s+)?(?:la\s+|leur\s+)?liberté|"
            r"sorti\w*\s+(?:\w+\s+)?de\s+prison",
        ),
        Cue(
            POP,
            2,
            r"en\s+prison|dans\s+(?:les|ses|leurs|nos|des)\s+(?:\w+\s+)?(?:prisons|établissements\s+pénitentiaires)|"
            r"derrière\s+les\s+barreaux|incarcér\w*",
            "pop",
        ),
        Cue(
            DET,
            2,
            r"arrêt\w*|interpell\w*|emprisonn\w*|en\s+détention|détenus(?=\s+(?:en|dans)\s)",
            "det",
        ),
    ),
    np_cues=(Cue(P, 3, r"graciés?|amnistiés?|bénéficiaires"), Cue(R, 3, r"libérés?")),
    person_nouns=r"bénéficiaires|prisonni\w+|détenu\w*|personnes?|condamné\w*|femmes|hommes|étrangers|mineurs|journalistes|manifestants|opposants|militants|ressortissants|citoyens|individus|membres|autres|captifs|otages|reclus",
    default_detained=r"détenus?\s+politiques|otages|captifs",
    aux=r"sont|ont|seront|étaient|avaient|furent|vont|ont\s+été",
    stop=r"de|des|du|d'|à|au|aux|en|dans|pour|par|sur|qui|que|le|la|les|un|une|et|ou|avec",
    partitive=r"d['\u2019]entre\s+eux|parmi\s+eux",
    inherit=r"(?:dont|parmi\s+lesquels|y\s+compris|ainsi\s+que)\s*$",
    comparison=r"(?:contre|l'an\s+dernier)\s*$",
    capacity=r"(?:capacité\s+de|prévue?s?\s+pour|conçue?s?\s+pour)\s+$",
    approx=r"(?:environ|près\s+de|quelque|quelques|presque|approximativement|une\s+centaine\s+de|autour\s+de)\s*$",
    at_least=r"(?:plus\s+de|au\s+moins|plus\s+d'|au-delà\s+de)\s*$",
    up_to=r"(?:jusqu['\u2019]à|moins\s+de)\s*$",
    plus_suffix=r"\s+(?:ou\s+plus)\b",
    time_units=r"ans?|années?|mois|semaines?|jours?|heures?|décennies?|siècles?",
    money_before=r"[$\u20ac\u00a3]\s*$",
    money_after=r"euros?|dollars?|dinars?|dirhams?|francs?|livres?|FCFA|CFA",
    other_units=r"%|pour\s+cent|km|kilomètres?|kg|tonnes?|mètres?|voix|sièges",
    scale={
        "mille": 1000,
        "million": 10**6,
        "millions": 10**6,
        "milliard": 10**9,
        "milliards": 10**9,
    },
    number_words={w: i for i, w in enumerate(_FR_UNITS.split())}
    | {
        "vingt": 20,
        "trente": 30,
        "quarante": 40,
        "cinquante": 50,
        "soixante": 60,
        "quatre-vingt": 80,
        "quatre-vingts": 80,
    },
    multipliers={
        "cent": 100,
        "cents": 100,
        "mille": 1000,
        "millier": 1000,  # "un millier de détenus"; the plural "des milliers" is no count
        "million": 10**6,
        "millions": 10**6,
    },
    connectors=r"et|-",
    months={
        m: i + 1
        for i, m in enumerate(
            words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre")
        )
    },
    weekdays={d: i for i, d in enumerate(words("lundi mardi mercredi jeudi vendredi samedi dimanche"))},
    categories=(
        ("journalists", r"journalistes?|blogueurs?"),
        ("protesters", r"manifest\w*|contestation|hirak"),
        ("security", r"terroris\w*|extrémis\w*|sûreté\s+de\s+l'état|espionnage"),
        ("political", r"politiques?|opposants?|opinion|militants?"),
        ("foreign_nationals", r"étrangers?|ressortissants?\s+étrangers"),
        ("women", r"\bfemmes\b|détenues"),
        ("juveniles", r"mineurs?|enfants|jeunes\s+détenus"),
        ("elderly", r"âgés|personnes\s+âgées"),
        ("sick", r"malades?|maladie"),
    ),
    official_sources=r"ministère|ministre|présiden\w+|gouvernement|décret|officiel\w*|autorités|royal|cabinet|communiqué",
    reported_sources=r"ong|droits\s+(?:de\s+l'homme|humains)|militants|opposition|selon\s+des\s+médias",
    estimate_words=r"estim\w*",
)

ES = Lexicon(
    lang="es",
    left=(
        Cue(
            T,
            3,
            r"libertad\s+(?:condicional|provisional|temporal)|permisos?\s+(?:de\s+salida|penitenciarios?)|liber\w*\s+temporalmente|"
            r"sal\w+\s+de\s+permiso",
        ),
        Cue(
            S,
            3,
            r"conmut\w*|reducci\w*\s+de\s+(?:la\s+)?(?:pena|condena)|rebaj\w*\s+de\s+(?:la\s+)?(?:pena|condena)",
        ),
        Cue(P, 3, r"indult\w*|amnist\w*|clemencia|perdon\w*|gracias?|beneficiad[oa]s"),
        Cue(P, 2, r"(?:en|a)\s+favor\s+de|benefici\w*\s+a"),
        Cue(
            R,
            3,
            r"liber\w*|excarcel\w*|puest[oa]s?\s+en\s+libertad|(?:dej[óo]|dejar[áa]?)\s+en\s+libertad|excarcelación|canje\w*|intercambi\w*",
        ),
        Cue(
            POP,
            2,
            r"cárceles\s+(?:\w+\s+){0,2}(?:alberga\w*|tien\w*)|población\s+(?:penitenciaria|carcelaria|reclusa)",
            "pop",
        ),
        Cue(DET, 2, r"detuv\w*|arrest\w*|encarcel\w*|captur\w*", "det"),
    ),
    right=(
        Cue(
            T,
            3,
            r"liber\w*\s+temporalmente|(?:en|con)\s+libertad\s+(?:condicional|provisional)|(?:de|con)\s+permisos?\b",
        ),
        Cue(
            S,
            3,
            r"(?:penas?|condenas?)\s+(?:\w+\s+){0,2}(?:reducid\w*|conmutad\w*|rebajad\w*)|conmutad\w*",
        ),
        Cue(
            P,
            3,
            r"indultad\w*|amnistiad\w*|perdonad\w*|beneficiad\w*|"
            r"(?:por|mediante|con)\s+(?:un\s+|el\s+|la\s+)?(?:indulto|amnistía|gracia)\b",
        ),
        Cue(
            R,
            3,
            r"liberad\w*|excarcelad\w*|puest[oa]s?\s+en\s+libertad|"
            r"sal\w+\s+(?:\w+\s+){0,3}?de\s+(?:la\s+|las\s+)?(?:cárcel\w*|prisi\w*)|"
            r"(?:qued\w+|estar\w*|sal\w+)\s+en\s+libertad|recuper\w+\s+(?:la\s+|su\s+)?libertad",
        ),
        Cue(
            POP,
            2,
            r"en\s+(?:las\s+)?(?:cárceles|prisiones|prisión)|tras\s+las\s+rejas|recluid\w*",
            "pop",
        ),
        Cue(
            DET,
            2,
            r"detenid\w*|arrestad\w*|encarcelad\w*|capturad\w*|en\s+detención",
            "det",
        ),
    ),
    # Participles, and the nouns that count acts of clemency, one per person ("376 amnistías").
    np_cues=(
        Cue(P, 3, r"indultad\w*|amnistiad\w*|indultos|amnistías|gracias|beneficiari[oa]s"),
        Cue(R, 3, r"liberad\w*|excarcelad\w*|excarcelaciones|liberaciones"),
        Cue(S, 3, r"conmutaciones"),
    ),
    person_nouns=r"beneficiari[oa]s|excarcelaciones|liberaciones|indultos|amnistías|conmutaciones|pres[oa]s|reos|reclus[oa]s|detenid[oa]s|prisioner[oa]s|personas|condenad[oa]s|internos|mujeres|hombres|extranjer[oa]s|menores|periodistas|manifestantes|opositores|activistas|ciudadan[oa]s|miembros|otros|otras|rehenes|privados",
    default_detained=r"pres[oa]s\s+políticos|rehenes|detenid[oa]s",
    aux=r"son|fueron|eran|han|habían|serán|están|estaban|tienen|recibieron|saldrán",
    stop=r"de|del|a|al|en|por|para|con|que|el|la|los|las|un|una|y|o",
    partitive=r"de\s+(?:ellos|ellas|los\s+cuales)|entre\s+(?:los|las)(?=\s+\w+\s+(?:hay|figuran|están|se\s+encuentran))",
    inherit=r"(?:entre\s+ellos|entre\s+ellas|incluidos?|incluidas?|además\s+de)\s*$",
    comparison=r"(?:frente\s+a|contra)\s*$",
    capacity=r"(?:capacidad\s+para|diseñad\w+\s+para)\s+$",
    approx=r"(?:unos|unas|alrededor\s+de|cerca\s+de|casi|aproximadamente|en\s+torno\s+a|aprox\.)\s*$",
    at_least=r"(?:más\s+de|al\s+menos|por\s+lo\s+menos)\s*$",
    up_to=r"(?:hasta|menos\s+de)\s*$",
    plus_suffix=r"\s+o\s+más\b",
    time_units=r"años?|meses|mes|semanas?|días?|horas?|décadas?",
    money_before=r"[$\u20ac\u00a3]\s*$",
    money_after=r"euros?|dólares?|pesos?|bolívares?|soles|quetzales?|córdobas?|lempiras?",
    other_units=r"%|por\s+ciento|km|kilómetros?|kg|toneladas?|metros?|votos|escaños",
    scale={"mil": 1000, "millón": 10**6, "millones": 10**6},
    number_words={w: i for i, w in enumerate(_ES_UNITS.split())}
    | {
        "treinta": 30,
        "cuarenta": 40,
        "cincuenta": 50,
        "sesenta": 60,
        "setenta": 70,
        "ochenta": 80,
        "noventa": 90,
        "cien": 100,
        "ciento": 100,
        "doscientos": 200,
        "doscientas": 200,
        "trescientos": 300,
        "trescientas": 300,
        "cuatrocientos": 400,
        "quinientos": 500,
        "seiscientos": 600,
        "setecientos": 700,
        "ochocientos": 800,
        "novecientos": 900,
    },
    multipliers={"mil": 1000, "millón": 10**6, "millones": 10**6},
    connectors=r"y",
    months={
        m: i + 1
        for i, m in enumerate(
            words("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre")
        )
    },
    weekdays={d: i for i, d in enumerate(words("lunes martes miércoles jueves viernes sábado domingo"))},
    categories=(
        ("journalists", r"periodistas?"),
        ("protesters", r"manifesta\w*|protest\w*"),
        ("security", r"terroris\w*|espionaje"),
        ("political", r"políticos?|opositores?|presos\s+de\s+conciencia|activistas?"),
        ("foreign_nationals", r"extranjer\w*"),
        ("women", r"\bmujeres\b|reclusas|presas"),
        ("juveniles", r"menores"),
        ("elderly", r"mayores\s+de\s+(?:60|65|70)|ancianos"),
        ("sick", r"enferm\w*"),
    ),
    official_sources=r"ministerio|ministr[oa]|presiden\w+|gobierno|decreto|oficial\w*|autoridades|fiscal\w*",
    reported_sources=r"ong|derechos\s+humanos|activistas|oposición|según\s+medios",
    estimate_words=r"estim\w*|calcul\w*",
)

# Arabic and Persian words carry clitics ("و", "ال", "ب"): the patterns match stems.
AR = Lexicon(
    lang="ar",
    left=(
        Cue(T, 3, r"(?:الإفراج|الافراج|إفراج|افراج)\s+(?:المؤقت|المشروط|مؤقت)|إجاز\w*"),
        Cue(
            S,
            3,
            r"تخفيف\s*\w*|تخفيض\s+(?:العقوب\w*|الأحكام|مدة)|خفض\s+(?:العقوب\w*|الأحكام)",
        ),
        Cue(P, 3, r"\w*عفو\w*|\w*عفا\b|يعفو|\w*معف[ىي]\w*|رأفة"),
        Cue(P, 2, r"لفائدة|لصالح"),
        Cue(
            R,
            3,
            r"\w*(?:الإفراج|الافراج|إفراج|افراج|أفرج|افرج|يفرج)\w*|(?:إطلاق|اطلاق|أطلق|اطلق)\s+سراح|إخلاء\s+سبيل|تبادل",
        ),
        Cue(DET, 2, r"اعتقال|احتجاز|اعتقل\w*|توقيف", "det"),
        Cue(POP, 2, r"نزلاء\s+السجون|عدد\s+(?:ال)?(?:سجناء|نزلاء)", "pop"),
    ),
    right=(
        Cue(T, 3, r"(?:الإفراج|إفراج|أفرج)\w*\s+(?:مؤقت\w*|المؤقت|بشكل\s+مؤقت)|إجاز\w*"),
        Cue(S, 3, r"تخفيف\s*\w*|خفض\w*"),
        Cue(P, 3, r"بموجب\s+(?:\S+\s+){0,2}?\S*عفو\w*|\w*عفو\w*|عفا\b|(?:شمل|يشمل|شملهم)\s+(?:\w+\s+)?العفو"),
        Cue(R, 3, r"(?:الإفراج|الافراج|أفرج|افرج|يفرج|أطلق|اطلق|إطلاق)\w*|سراح\w*"),
        Cue(POP, 2, r"في\s+(?:\w+\s+)?(?:السجون|السجن)|نزلاء", "pop"),
        Cue(DET, 2, r"معتقل\w*|محتجز\w*|اعتقل\w*|اعتقال\w*", "det"),
    ),
    np_cues=(Cue(P, 3, r"المعفو|المشمولين"),),
    person_nouns=r"\w{0,3}(?:سجين|سجناء|سجينا|معتقل|محكوم|نزيل|نزلاء|مسجون|موقوف|شخص|أشخاص|سجينة|سجينات|نساء|امرأة|أجنبي|أجانب|صحفي|صحافي|متظاهر|ناشط|مواطن|معارض|رهين|رهائن|أسير|أسرى|محتجز|"
    r"محبوس|متهم|سيدة|سيدات|فتاة|فتيات|لاجئ|متمرد|مقاتل|عضو|أعضاء|طالب|طلاب|جندي|جنود|عسكري|قاصر|طفل|أطفال)\w*",
    default_detained=r"\w*(?:معتقل|محتجز|رهائن|رهين|أسرى)\w*",
    aux=r"هم|كانوا|قد",
    stop=r"من|في|على|إلى|الى|عن|مع|الذين|التي|الذي|أو|ثم",
    partitive=r"منهم|من\s+بينهم|من\s+(?:المعفى|المفرج|المشمولين|المطلق)\w*(?:\s+عنهم|\s+سراحهم|\s+بالعفو)?",
    inherit=r"(?:بينهم|منهم|بمن\s+فيهم|فضلا\s+عن)\s*$",
    comparison=r"(?:مقابل|مقارنة\s+ب\w*)\s*$",
    capacity=r"(?:طاقة|سعة|قدرة)\s+\w*\s*$",
    approx=r"(?:نحو|حوالي|حوالى|قرابة|زهاء|تقريبا|ما\s+يقارب|ما\s+يناهز)\s*$",
    at_least=r"(?:أكثر\s+من|اكثر\s+من|ما\s+لا\s+يقل\s+عن|أزيد\s+من|ما\s+يزيد\s+عن|ما\s+يزيد\s+على)\s*$",
    up_to=r"(?:حتى|أقل\s+من)\s*$",
    plus_suffix=r"\s+(?:أو\s+أكثر)",
    time_units=r"\w{0,2}(?:سنة|سنوات|سنين|عام|عاما|أعوام|شهر|شهرا|أشهر|شهور|يوم|يوما|أيام|ساعة|ساعات|أسبوع|أسابيع)\b",
    money_before=r"[$\u20ac\u00a3]\s*$",
    money_after=r"\w{0,2}(?:دولار|يورو|جنيه|درهم|دينار|ريال|ليرة)\w*",
    other_units=r"%|بالمئة|بالمائة|في\s+المئة|كيلومتر\w*|كلم|طن\w*|متر",
    scale={
        "ألف": 1000,
        "الف": 1000,
        "آلاف": 1000,
        "الاف": 1000,
        "ألفا": 1000,
        "مليون": 10**6,
        "ملايين": 10**6,
    },
    number_words={
        "اثنان": 2,
        "اثنين": 2,
        "ثلاثة": 3,
        "ثلاث": 3,
        "أربعة": 4,
        "أربع": 4,
        "خمسة": 5,
        "خمس": 5,
        "ستة": 6,
        "ست": 6,
        "سبعة": 7,
        "سبع": 7,
        "ثمانية": 8,
        "ثماني": 8,
        "تسعة": 9,
        "تسع": 9,
        "عشرة": 10,
        "عشر": 10,
        "عشرين": 20,
        "عشرون": 20,
        "ثلاثين": 30,
        "ثلاثون": 30,
        "أربعين": 40,
        "أربعون": 40,
        "خمسين": 50,
        "خمسون": 50,
        "ستين": 60,
        "سبعين": 70,
        "ثمانين": 80,
        "تسعين": 90,
        "مئة": 100,
        "مائة": 100,
        "مئتين": 200,
        "مائتين": 200,
        "ألفين": 2000,
        "ألفي": 2000,  # the construct form: "ألفي و 600 سجين"
        "مئتي": 200,
        "مائتي": 200,
        "أحد": 1,  # only inside a compound: "أحد عشر"
        "إحدى": 1,
        "اثنا": 2,
        "اثنتا": 2,
        "اثنتين": 2,
    }
    | _AR_HUNDREDS
    | _AR_TENS,
    multipliers={
        "مئة": 100,
        "مائة": 100,
        "ألف": 1000,
        "آلاف": 1000,
        "ألفا": 1000,
        "مليون": 10**6,
    },
    connectors=r"و",
    months={
        m: i + 1
        for i, m in enumerate(words("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"))
    }
    | {
        m: i + 1
        for i, m in enumerate(
            words("كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول")
        )
    },
    weekdays={d: i for i, d in enumerate(words("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد"))}
    | {"الإثنين": 0, "الاربعاء": 2, "الاحد": 6},
    categories=(
        ("journalists", r"صحفي\w*|صحافي\w*"),
        ("protesters", r"متظاهر\w*|احتجاج\w*|مظاهر\w*|حراك"),
        ("security", r"إرهاب\w*|ارهاب\w*|أمن\s+الدولة|تجسس"),
        ("political", r"سياسي\w*|معارض\w*|رأي|ناشط\w*"),
        ("foreign_nationals", r"أجانب|أجنبي\w*|جنسيات"),
        ("women", r"نساء|سجينات|امرأة|سيدة|سيدات|فتاة|فتيات"),
        ("juveniles", r"أحداث|قاصر\w*|أطفال"),
        ("elderly", r"مسن\w*|كبار\s+السن"),
        ("sick", r"مرض\w*|مريض\w*"),
    ),
    official_sources=r"وزار\w*|وزير|رئاس\w*|الرئيس|الحكومة|مرسوم|رسمي\w*|السلطات|الملك|الديوان|وكالة\s+الأنباء",
    reported_sources=r"منظم\w*|حقوق\s+الإنسان|ناشطون|المعارضة",
    estimate_words=r"تقدير\w*|يقدر|يُقدر",
)

FA = Lexicon(
    lang="fa",
    left=(
        Cue(T, 3, r"مرخصی|آزادی\s+موقت|موقتا\s+آزاد|موقتاً\s+آزاد"),
        Cue(S, 3, r"تخفیف|کاهش\s+(?:مجازات|محکومیت|حبس)|تبدیل\s+مجازات"),
        Cue(P, 3, r"عفو|بخشود\w*|بخشش"),
        Cue(P, 2, r"شامل\s+حال"),
        Cue(R, 3, r"آزاد\w*|رهایی|تبادل"),
        Cue(DET, 2, r"بازداشت\w*|دستگیر\w*", "det"),
        Cue(POP, 2, r"تعداد\s+زندانیان|جمعیت\s+(?:کیفری|زندان\w*)", "pop"),
    ),
    right=(
        Cue(T, 3, r"به\s+مرخصی|مرخصی|موقت\w*\s+آزاد|آزادی\s+موقت"),
        Cue(S, 3, r"تخفیف|کاهش\s+\w+"),
        Cue(P, 3, r"عفو|بخشود\w*|مشمول\s+عفو"),
        Cue(R, 3, r"آزاد\w*"),
        Cue(POP, 2, r"در\s+زندان\w*|زندان\u200cها", "pop"),
        Cue(DET, 2, r"بازداشت\w*|دستگیر\w*|زندانی\s+شد\w*", "det"),
    ),
    np_cues=(),
    person_nouns=r"زندانی\w*|زندانیان|نفر|تن|محکوم\w*|متهم\w*|بازداشتی\w*|زنان|زن|خارجی\w*|اتباع|تبعه|روزنامه\u200c?نگار\w*|معترض\w*|فعال\w*|شهروند\w*|اسیر|اسرا|مددجو\w*|عضو|اعضای|کودک\w*|دانشجو\w*|سرباز\w*|نظامی\w*",
    default_detained=r"بازداشتی\w*|اسیر|اسرا",
    aux=r"از",
    stop=r"در|به|با|که|و|را|برای|تا",
    partitive=r"از\s+(?:آنان|آنها|این\s+افراد)",
    inherit=r"(?:از\s+جمله|شامل)\s*$",
    comparison=r"(?:در\s+مقایسه\s+با)\s*$",
    capacity=r"(?:ظرفیت)\s+$",
    approx=r"(?:حدود|حدودا|حدوداً|نزدیک\s+به|قریب\s+به|تقریبا|تقریباً)\s*$",
    at_least=r"(?:بیش\s+از|بالغ\s+بر|دست\u200c?کم|حداقل|بیشتر\s+از)\s*$",
    up_to=r"(?:تا|کمتر\s+از)\s*$",
    plus_suffix=r"\s+(?:یا\s+بیشتر)",
    time_units=r"سال\w*|ماه\w*|روز\w*|هفته\w*|ساعت\w*",
    money_before=r"[$\u20ac\u00a3]\s*$",
    money_after=r"تومان|ریال|دلار|یورو|میلیارد\s+(?:تومان|ریال)",
    other_units=r"%|درصد|کیلومتر|تن\s+\w+",
    scale={"هزار": 1000, "میلیون": 10**6, "ملیون": 10**6, "میلیارد": 10**9},
    number_words={
        "دو": 2,
        "سه": 3,
        "چهار": 4,
        "پنج": 5,
        "شش": 6,
        "هفت": 7,
        "هشت": 8,
        "ده": 10,
        "یازده": 11,
        "دوازده": 12,
        "بیست": 20,
        "سی": 30,
        "چهل": 40,
        "پنجاه": 50,
        "شصت": 60,
        "هفتاد": 70,
        "هشتاد": 80,
        "نود": 90,
        "صد": 100,
        "یکصد": 100,
        "دویست": 200,
        "سیصد": 300,
        "یک": 1,  # only inside a compound: "یک هزار"
    }
    | _FA_TEENS
    | _FA_HUNDREDS,
    multipliers={"هزار": 1000, "میلیون": 10**6, "صد": 100},
    connectors=r"و",
    months={
        m: i + 1 for i, m in enumerate(words("فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند"))
    },
    # Compound day names are written joined, with a zero-width non-joiner, or with a space.
    weekdays={
        spelling: i
        for i, (head, tail) in enumerate(
            [
                ("دو", "شنبه"),
                ("سه", "شنبه"),
                ("چهار", "شنبه"),
                ("پنج", "شنبه"),
                ("جمعه", ""),
                ("شنبه", ""),
                ("یک", "شنبه"),
            ]
        )
        for spelling in {head + tail, f"{head}\u200c{tail}" if tail else head, f"{head} {tail}" if tail else head}
    },
    categories=(
        ("journalists", r"روزنامه\u200c?نگار\w*"),
        ("protesters", r"اعتراض\w*|معترض\w*|اغتشاش\w*|ناآرامی\w*"),
        ("security", r"امنیتی|جاسوسی|تروریس\w*"),
        ("political", r"سیاسی|عقیدتی"),
        ("dual_nationals", r"دوتابعیتی"),
        ("foreign_nationals", r"خارجی|اتباع\s+(?:خارجی|بیگانه)"),
        ("women", r"(?:زنان|زن)(?![\w\u200c])"),
        ("juveniles", r"نوجوان\w*|اطفال"),
        ("elderly", r"سالمند\w*"),
        ("sick", r"بیمار\w*"),
    ),
    official_sources=r"قوه\s+قضاییه|قوه\s+قضائیه|سخنگو\w*|رئیس|رهبر|وزیر|وزارت|دولت|رسمی|خبرگزاری|سازمان\s+زندان\w*",
    reported_sources=r"حقوق\s+بشر|فعالان|گروه\w*\s+حقوق",
    estimate_words=r"برآورد\w*|تخمین\w*",
    extra={"months_calendar": "jalali"},
)

LEXICONS = {"en": EN, "fr": FR, "es": ES, "ar": AR, "fa": FA}
