"""French and Spanish vocabulary of the figure rules (see lexicon.py), and every language's lexicon."""

from __future__ import annotations

from .lexicon import DET, EN, POP, Cue, Lexicon, P, R, S, T
from .lexicon_arfa import AR, FA
from .wordlist import words

_FR_UNITS = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"

_ES_UNITS = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro "
    "veinticinco veintiséis veintisiete veintiocho veintinueve"
)

FR = Lexicon(
    lang="fr",
    left=(
        # A swap's sides: "Kiev a récupéré 144 militaires", "a remis 55 prisonniers", "a rendu 200 soldats".
        Cue(
            R,
            3,
            r"(?:récupér|remis|rendu|restitu)\w*(?=\s+(?:(?:environ|quelque|plus\s+de|près\s+de|au\s+moins)\s+)?\d)",
        ),
        Cue(
            T,
            3,
            r"lib[éè]r\w*\s+(?:provisoirement|temporairement)|libération\s+provisoire|permissions?\s+de\s+sortir|"
            # Not "29 procédures d'assignation à résidence" against rioters: orders served on people never held.
            r"liberté\s+provisoire|(?<!procédures\sd')(?<!procédures\sd\u2019)(?<!mesures\sd')(?<!mesures\sd\u2019)"
            r"assignation\s+à\s+résidence|résidence\s+surveillée|"
            # "en congé pénitentiaire prolongé": prison leave.
            r"congés?\s+pénitentiaires?|permissions?\s+de\s+sortie|"
            # "placés aux arrêts domiciliaires", "en détention à domicile": house arrest.
            r"arrêts\s+domiciliaires|détention\s+(?:domiciliaire|à\s+domicile)|"
            # "une libération sous caution à 2 961 détenus": out on bail.
            r"sous\s+caution",
        ),
        Cue(
            S,
            3,
            # "commuée", "commutation", never "communiqué".
            r"commu(?:[eéè]\w*|tations?)|réduction\w*\s+de\s+(?:la\s+|leur\s+|sa\s+)?peines?|"
            r"remises?\s+de\s+(?:la\s+|leur\s+)?peine(?!\s+restant\s+à\s+courir)|"
            # "une remise gracieuse d'un an": a year taken off by grace, a reduction.
            r"remises?\s+gracieuses?|"
            r"rédui\w*\s+(?:la\s+|les\s+)?peines?|"
            r"allég\w*|"
            # "qui transforme en peines de prison les condamnations à mort d'environ 60 détenus": a commutation.
            r"(?:transform|convert)\w*\s+(?:en\s+(?:[\w'\u2019]+\s+){1,4}?)?(?:les|la|leurs?|ses)\s+(?:condamnations?|peines?)|"
            # "Les peines de 1 250 détenus ont été réduites d'un tiers": the passive after its people.
            r"peines\s+d(?:e|es)(?=\s+[^;:!?]{0,60}?\b(?:ont\s+été|sont|seront|avaient\s+été)\s+(?:\w+\s+)?"
            r"(?:réduites|raccourcies|commuées|allégées|diminuées)\b)",
        ),
        Cue(
            P,
            3,
            r"gr[aâ]ci\w*|grâces?|amnisti\w*|clémence|bénéficiaires|pardonn\w*|"
            r"(?:lev\w*|remis\w*|annul\w*|effac\w*)\s+(?:le|du)\s+reliquat|"
            # An amnesty law "efface les condamnations de soixante-quinze opposants": their convictions wiped out.
            r"(?:effac|annul)\w*\s+(?:les|la)\s+condamnations?\s+(?:de|des|d['\u2019])|"
            # "la remise de la peine restant à courir à sept détenus": the rest of the term remitted, a pardon.
            r"remises?\s+(?:totales?\s+)?(?:du\s+reliquat|de\s+la\s+peine\s+restant\s+à\s+courir)",
        ),
        # "Le décret concerne trois détenus": the measure told before covers them.
        Cue(P, 2, r"(?<!ne\s)concern(?:e|ent|ait|aient|era|eront)\b(?!\s+pas\b)", "covers"),
        # The beneficiaries of the measure: weaker than a clemency word, so "grâce … au profit de" reads the grâce.
        Cue(
            P,
            2,
            r"au\s+profit\s+d[eu']|profit\w*\s+(?:à|aux)|au\s+bénéfice\s+d[eu']|bénéfici\w*\s+(?:à|aux)|"
            r"(?:fait|faire|faisant)\s+bénéficier|en\s+faveur\s+d(?:e|u|es|['\u2019])",
        ),
        # People still held, nearest to the number: "restent en prison 40 …" wins over a pardon told before.
        Cue(
            DET,
            3,
            r"(?:rest\w*|demeur\w*)\s+(?:toujours\s+|encore\s+)?(?:en\s+prison|derrière\s+les\s+barreaux|détenu\w*|incarcér\w*)",
            "det",
        ),
        Cue(
            DET,
            3,
            r"(?:réclam|exig|demand)\w*\s+(?:la\s+)?(?:libération|remise\s+en\s+liberté)\s+(?:de|des|d['\u2019])|"
            # "a demandé lundi aux autorités de libérer 36 militants": asked for, not done.
            r"(?:réclam|exig|demand|exhort|appel)\w*\s+(?:[\w'\u2019]+\s+){0,5}?(?:de|à)\s+(?:libérer|relâcher|gracier)",
            "det",
        ),
        # Dropped charges let the accused go: "l'arrêt des poursuites contre 333 personnes".
        Cue(
            R,
            3,
            r"lib[éè]r(?!ation\s+(?:de\s+la\s+parole|des\s+ondes|des\s+énergies|nationale|du\s+(?:pays|territoire)))\w*|"
            r"relâch\w*|élargi\w*|remis(?:es?)?\s+en\s+liberté(?!\s+provisoire)|mis\w*\s+en\s+liberté(?!\s+provisoire)|échang\w*|"
            r"(?:fin|arrêt|abandon|levée|extinction)\s+(?:aux|des)\s+poursuites|sorti\w*\s+de\s+prison|"
            # "le ministre a fait sortir 421 détenus": let out on his order.
            r"(?:fai\w*|fit)\s+sortir",
        ),
        Cue(
            POP,
            2,
            r"(?:prisons?|établissements\s+pénitentiaires|maisons?\s+d['\u2019]arrêt|centres?\s+pénitentiaires?)\s+"
            r"(?:[\w'\u2019]+,?\s+){0,3}?(?:comptai\w*|compt\w*|abrit\w*|accueill\w*|héberg\w*|détiennent)|population\s+(?:carcérale|pénale|pénitentiaire)|"
            # "Le nombre de détenus s'élève à 80 893": the count of everyone held.
            r"nombre\s+(?:total\s+)?de\s+(?:détenus|prisonniers|personnes\s+(?:détenues|incarcérées|écrouées))"
            r"(?=\s+(?:\w+\s+){0,3}?(?:s['\u2019]élève|atteint|a\s+atteint|est\s+de|était\s+de|dépasse|avoisine)\b)|"
            # "un effectif total de 21 186 détenus": the headcount of everyone held.
            r"effectif\s+(?:total\s+)?de|"
            # "Le système carcéral haïtien compte quelque 7 200 détenus": the whole system's population.
            r"(?:système|parc)\s+(?:carcéral|pénitentiaire)\s+(?:[\w'\u2019]+\s+){0,2}?(?:compt\w*|abrit\w*|accueill\w*)|"
            # "Le pays comptait 33 200 détenus fin 2023": the country's count of everyone held.
            # "Le Sénégal compte plus de 11 000 détenus": a country named for it.
            r"(?:\bpays|(?-i:\b(?:Le|La|Les)\s+[A-ZÉÈ][\w-]+|\bL['\u2019][A-ZÉÈ][\w-]+))\s+compt\w*"
            r"(?=\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+)?\d[\d\s]*\s+(?:détenus|prisonniers)\b)|"
            # "les établissements du pays hébergeaient mardi 11 569 personnes": a day may come between.
            r"(?:accueill|héberg|abrit)\w*(?=\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|alors)\s+)?"
            r"(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+)?\d)",
            "pop",
        ),
        Cue(
            DET,
            2,
            r"(?<!d['\u2019])arrêt\w*|arrestation\w*|interpell\w*|(?<!d['\u2019])emprisonn\w*|incarcér\w*|écrou\w*|détention\s+de",
            "det",
        ),
    ),
    right=(
        # "Cent dix (110) prisonniers sont concernés": covered by the measure told before.
        Cue(P, 2, r"(?:sont|seront|étaient|sont\s+également|seraient)\s+concerné\w*", "covers"),
        # "80 792 personnes étaient détenues au 1er décembre": held, the prisons' population where prisons are named.
        Cue(
            POP,
            1,
            r"(?:étaient|sont|seront|se\s+trouv\w+)\s+(?:actuellement\s+|déjà\s+|encore\s+)?(?:détenu\w*|écroué\w*)",
            "hold",
        ),
        # "sur les 12 000 que comptent les prisons du pays": the population the prisons hold, told after it.
        Cue(
            POP,
            2,
            r"(?:que|qu['\u2019])\s*(?:compt|abrit|accueill|héberg|détienn)\w*\s+(?:les|ses)\s+(?:prisons|établissements)",
            "pop",
        ),
        Cue(
            T,
            3,
            r"lib[éè]r\w*\s+(?:provisoirement|temporairement|sous\s+caution)|en\s+permission|(?:en|sous)\s+liberté\s+provisoire|"
            # "remis en liberté provisoire": the release is only for a while.
            r"(?:remis|mis|laissé)\w*\s+en\s+liberté\s+provisoire|"
            r"placé\w*\s+(?:en\s+résidence\s+surveillée|sous\s+contrôle\s+judiciaire)|"
            r"(?:en|sous)\s+résidence\s+surveillée|assigné\w*\s+à\s+résidence|sous\s+contrôle\s+judiciaire|"
            r"placé\w*\s+aux\s+arrêts\s+domiciliaires|(?:aux|en)\s+arrêts\s+domiciliaires|"
            r"(?:pour|en)\s+(?:un\s+)?congés?\s+pénitentiaires?|"
            r"(?:libérés?|remis\w*\s+en\s+liberté)\s+sous\s+caution|"
            # "ont bénéficié d'une permission de sortir": leave from prison.
            r"(?:bénéfici\w*|obtenu|reçu)\s+(?:d['\u2019]une|une|des|de)\s+permissions?\s+de\s+sorti[er]",
        ),
        Cue(
            S,
            3,
            r"peines?\s+(?:[\w'\u2019]+\s+){0,2}(?:réduites?|commuées?|allégées?|raccourcies?|écourtées?)|commué\w*|commutation\w*|"
            # "15 condamnés à la réclusion perpétuelle obtiennent une peine à durée déterminée": a life term turned into
            # a fixed one.
            r"(?:obtien\w*|obt\w+|bénéfici\w*\s+d['\u2019])\s+une\s+peine\s+(?:à\s+durée\s+déterminée|limitée)|"
            r"peines?\s+(?:partiellement\s+remises?|remises?\s+(?:en\s+partie|partiellement))|"
            r"(?:réduction|remise)s?\s+de\s+(?:leurs?\s+|la\s+)?peines?|"
            r"(?:réduction|remise)s?\s+de\s+(?:leurs?\s+|la\s+)?(?:durée|peine)\s+d['\u2019](?:emprisonnement|incarcération)|"
            # "94 détenus voient leur durée d'emprisonnement réduite", "pour 87 autres, la peine est remplacée par une
            # sanction plus légère": the time to serve cut, the penalty swapped for a lighter one.
            r"durée\s+d['\u2019](?:emprisonnement|incarcération|détention)\s+(?:réduite|raccourcie|allégée|écourtée)s?|"
            r"peines?\s+(?:est|sont|sera|seront)\s+remplacées?\s+par|"
            # "une réduction de la durée de leur peine"
            r"(?:réduction|remise|diminution)s?\s+de\s+(?:la\s+)?durée\s+de\s+(?:leurs?|sa|la)\s+(?:peines?|détention)",
        ),
        Cue(
            P,
            3,
            r"(?<!remise\s)(?<!remises\s)gr[aâ]ci\w*|amnisti\w*|bénéfici\w*\s+(?:[\w'\u2019]+\s+){0,3}?(?:grâce|amnistie|remise(?!\s+(?:de\s+(?:la\s+|leur\s+)?peine|partielle))|"
            r"mesure|faveur|clémence)|"
            r"remise\s+totale|remise\s+du\s+reliquat|(?:par|d['\u2019]une)\s+(?:la\s+)?(?:grâce|amnistie)\b|"
            # "171 sont dispensés du reliquat de leur peine", "182 personnes … exemptées de leur peine": the rest of the
            # term remitted, a pardon.
            r"(?:dispensé|exempté|exonéré)\w*\s+(?:en\s+tout\s+ou\s+(?:en\s+)?partie\s+)?(?:du|de\s+(?:la|leur)|des?)\s+"
            r"(?:reliquat|peine|reste)|"
            r"\ben\s+(?:(?:ont|avaient|auront|avait|a|aurait|auraient)\s+(?:déjà\s+|aussi\s+|également\s+)?)?"
            r"(?:bénéfici|profit)\w*|"
            # "1 566 détenus bénéficient de ces mesures": the measure told before, named again.
            r"bénéfici\w*\s+(?:de\s+(?:ces|cette|la|les|ce)|du|des)\s+(?:\w+\s+)?(?:mesures?|décrets?|grâces?)\b|"
            r"(?:obt\w+|re[çc]\w+|profit\w*\s+d['\u2019]une|profit\w*\s+de)\s+(?:une\s+|la\s+|leur\s+)?"
            r"(?:grâce|amnistie|clémence)\b|"
            r"(?:à\s+la\s+faveur|en\s+vertu|au\s+titre|dans\s+le\s+cadre)\s+d['\u2019](?:\w+\s+){0,3}?(?:grâce|amnistie)\b|"
            r"(?:d['\u2019]une?|du|des|le|la|un|une|ce|cette|par|au|aux|à\s+la|à\s+l['\u2019])\s*(?:\w+\s+)?"
            r"(?:décrets?|mesures?|ordonnances?|lois?)\s+"
            r"(?:\w+\s+)?(?:de\s+|d['\u2019])(?:grâce|amnistie|clémence)\b|"
            r"après\s+(?:avoir\s+)?(?:bénéfici\w*|obtenu|reçu)\s+(?:d['\u2019]une\s+|une\s+|la\s+)?(?:grâce|amnistie)\b|"
            r"(?:après|suite\s+à)\s+(?:la|sa|une|leur)\s+(?:\w+\s+)?(?:grâce|amnistie)\b",
        ),
        Cue(S, 3, r"remise\s+partielle"),
        Cue(
            R,
            3,
            r"lib[éè]r\w*|relâch\w*|élargi\w*|remis(?:es?)?\s+en\s+liberté(?!\s+provisoire)|"
            # "placés en liberté conditionnelle": let out early for good (parole).
            r"placé\w*\s+en\s+liberté\s+conditionnelle|"
            # "175 militaires russes détenus en Ukraine ont été rapatriés": brought home in a swap.
            r"(?:ont\s+été\s+|sont\s+|seront\s+)rapatrié\w*|retrouv\w*\s+(?:\w+\s+)?(?:la\s+|leur\s+)?liberté|"
            r"sorti\w*\s+(?:\w+\s+)?de\s+prison|recouvr\w*\s+(?:\w+ment\s+)?(?:la\s+|leur\s+)?liberté|mis\w*\s+en\s+liberté(?!\s+provisoire)|"
            r"quitt\w+\s+(?:\w+\s+)?(?:la\s+|les\s+|leurs?\s+)?(?:prisons?|cellules?|établissements\s+pénitentiaires|"
            r"maisons?\s+(?:centrales?|d['\u2019]arrêt)|centres?\s+pénitentiaires?)|"
            # "commenceront l'année hors les murs": outside the prison walls.
            r"hors\s+(?:des|les)\s+murs|"
            # "277 de nos combattants sont rentrés chez eux", "185 prisonniers ont été rendus à Kiev": captives home again.
            # Not a second verb after the act told first ("ont obtenu une rémission et sont rentrés chez eux").
            r"(?:ont\s+été|sont|seront|avaient\s+été)\s+(?:rapatrié\w*|rendue?s\s+(?:à|aux?)\s)|(?:pu|pourront|ont\s+pu)\s+rentrer\s+(?:au\s+pays|chez\s+eux)|"
            r"(?<!\bet\s)(?:sont|seront|étaient)\s+(?:\w+\s+)?rentr[ée]e?s\s+(?:chez\s+eux|chez\s+elles|au\s+pays|dans\s+leur\s+pays)",
        ),
        Cue(
            POP,
            2,
            r"en\s+prison|dans\s+(?:les|ses|leurs|nos|des)\s+(?:\w+\s+)?(?:prisons|établissements\s+pénitentiaires)|"
            r"derrière\s+les\s+barreaux|incarcér\w*(?=\s+(?:au|aux|dans\s+(?:les|le\s+pays)|en\s+(?-i:[A-ZÉ])))",
            "pop",
        ),
        Cue(
            DET,
            2,
            r"(?:rest\w*|demeur\w*|toujours|encore)\s+(?:\w+\s+)?(?:en\s+prison|derrière\s+les\s+barreaux|détenu\w*|"
            r"en\s+garde\s+à\s+vue|en\s+détention|privée?s?\s+de\s+(?:leur\s+)?liberté)|en\s+garde\s+à\s+vue|"
            # "144 personnes attendent toujours d'être jugées": held until their trial.
            r"attend\w*\s+(?:toujours|encore)\s+(?:d['\u2019]être\s+jugée?s?|leur\s+procès)|"
            # Not "la maison d'arrêt", a jail.
            r"(?<!d['\u2019])arrêt\w*|interpell\w*|emprisonn\w*|incarcér\w*|en\s+détention|détenus(?=\s+(?:en|dans)\s)",
            "det",
        ),
    ),
    np_cues=(
        Cue(P, 3, r"graciée?s?|amnistiée?s?|bénéficiaires|grâces|amnisties"),
        Cue(R, 3, r"libérés?"),
        Cue(DET, 3, r"interpellations|arrestations|interpellés|arrêtés", "det"),
    ),
    person_nouns=r"interpellations|arrestations|bénéficiaires|graciés|graciées|amnistiés|amnistiées|grâces|amnisties|prisonni\w+|détenu\w*|personnes?|condamné\w*|femmes|hommes|étrangers|mineurs|journalistes|manifestants|opposants|militants|ressortissants|citoyens|individus|membres|ex-membres|ex-rebelles|rebelles|ex-combattants|combattants|autres|restants|restantes|captifs|otages|reclus|candidats|"
    r"pensionnaires|prévenus|inculpés|accusés|rebelles|combattants|soldats|militaires|policiers|civils|migrants|enfants|"
    r"adolescents|jeunes|étudiants|dissidents|séparatistes|insurgés|islamistes|jihadistes|djihadistes|partisans|"
    r"responsables|dirigeants|cadres|députés|élus|avocats|activistes|blogueurs|exilés|pêcheurs|fidèles|binationaux|"
    r"chrétiens|prêtres|pasteurs|religieux|religieuses|guérilleros|séparatistes|universitaires|chercheurs|évêques|"
    r"séminaristes|imams|moines|interpellés|arrêtés|manifestantes|malades|mères|veuves|officiers|sous-officiers|"
    # People named by their trade: "32 propriétaires", "40 paysans", "12 syndicalistes".
    r"propriétaires|agriculteurs|paysans|marins|médecins|travailleurs|ouvriers|réfugiés|syndicalistes|commerçants|"
    r"éleveurs|villageois|généraux|colonels|"
    # Agents and staff held abroad: "Quatre agents de la DGSE … ont été libérés", "deux diplomates".
    r"agents|fonctionnaires|diplomates|espions|gendarmes|employés|humanitaires|touristes",
    default_detained=r"détenus?\s+politiques|otages|captifs",
    aux=r"sont|ont|seront|étaient|avaient|furent|vont|ont\s+été|obtiennent|bénéficient|bénéficieront|recouvrent|"
    r"retrouvent|quittent|sortent|pourront|peuvent|pourraient|doivent|devraient|restent|demeurent|seraient|voient|"
    r"verront|ont\s+vu",
    stop=r"de|des|du|d'|à|au|aux|en|dans|pour|par|sur|qui|que|le|la|les|un|une|et|ou|avec",
    partitive=r"d['\u2019]entre\s+(?:eux|elles)|parmi\s+(?:eux|elles)|de\s+ces\s+(?=\w+\s+(?:étant|sont|ont|bénéfici))|parmi\s+(?:les|ces)(?=\s+(?:bénéficiaires|graciés|amnistiés|libérés)\b)",
    inherit=r"(?:dont|parmi\s+lesquels|parmi\s+lesquelles|parmi\s+eux|y\s+compris|ainsi\s+que|il\s+s['\u2019]agit\s+de)"
    r"(?:\s+(?:figurent|se\s+trouvent|on\s+compte|on\s+trouve))?\s*$|"
    # "Parmi eux, 203 sont des hommes": a sentence opened by the people just counted.
    r"^\s*(?:parmi|d['\u2019]entre)\s+(?:eux|elles|ceux-ci|celles-ci)\s*,\s*$|"
    # "Parmi les 4 000 bénéficiaires figurent 150 détenues": the verb of inclusion before the count.
    r"\b(?:figurent|se\s+trouvent|on\s+compte|on\s+dénombre)\s*$",
    comparison=r"(?:contre|l'an\s+dernier)\s*$",
    capacity=r"(?:capacité\s+(?:d'accueil\s+)?de|(?:prévue?s?|conçue?s?|construite?s?)\s+pour"
    r"(?:\s+(?:accueillir|abriter|recevoir|loger|contenir))?)\s+"
    r"(?:(?:environ|quelque|près\s+de|moins\s+de|plus\s+de)\s+)?$",
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
        "millier": 1000,  # "1,2 millier de détenus"
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
        "une": 1,  # "trente et une personnes", "quatre mille huit cent trente et une"
    },
    multipliers={
        "cent": 100,
        "cents": 100,
        "mille": 1000,
        "millier": 1000,  # "un millier de détenus"; the plural "des milliers" is no count
        "centaine": 100,  # "une centaine de détenus", "deux centaines"; "des centaines" alone is vague
        "centaines": 100,
        "million": 10**6,
        "millions": 10**6,
    },
    connectors=r"et|-",
    months={
        m: i + 1
        for i, m in enumerate(
            words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre")
        )
    }
    # Agency datelines abbreviate months: "DAKAR, 10 avr (APS) –".
    | {"janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12},
    weekdays={d: i for i, d in enumerate(words("lundi mardi mercredi jeudi vendredi samedi dimanche"))},
    categories=(
        ("journalists", r"journalistes?|blogueurs?|reporters?"),
        ("protesters", r"manifest\w*|contestation|hirak|protestataires?"),
        (
            "security",
            r"terroris\w*|extrémis\w*|sûreté\s+de\s+l'état|espionnage|groupes?\s+armés|rebelles?|jihadistes?|djihadistes?|"
            r"coups?\s+d['\u2019]\s?[ée]tat|putsch\w*",
        ),
        ("political", r"politiques?|opposants?|opinion|militants?|dissidents?|indépendantistes?|sédition"),
        ("religious_minorities", r"baha['\u2019]?[iï]s?|bahá['\u2019]?ís?|chrétiens|évangéli\w*|prêtres|pasteurs"),
        ("dual_nationals", r"binationa\w*|double\s+nationalité"),
        ("foreign_nationals", r"étrangers?|ressortissants?\s+étrangers"),
        ("women", r"\bfemmes\b|(?<!\w\s)détenues"),  # "40 détenues", not "personnes restent détenues"
        ("juveniles", r"(?<!infractions\s)(?<!délits\s)mineurs?\b|enfants|jeunes\s+détenus|adolescents"),
        ("elderly", r"âgés|personnes\s+âgées|septuagénaires|octogénaires|plus\s+de\s+(?:60|65|70|75)\s+ans"),
        ("sick", r"malades?|maladie"),
    ),
    official_sources=r"ministère|ministre|présiden\w+|gouvernement|décret|officiel\w*|autorités|royal|cabinet|communiqué",
    extra={
        # The dead and wounded are not people held or freed: "120 manifestants ont été tués".
        "casualty": r"\s*(?:,\s*)?(?:(?:ont\s+été|avaient\s+été|ont|sont|furent|seraient)\s+(?:\w+\s+)?"
        r"(?:tués|tuées|assassinés|assassinées|exécutés|blessés|blessées|morts|mortes|décédés|abattus|fusillés)|"
        r"(?:sont|seraient)\s+morts|ont\s+péri|ont\s+perdu\s+la\s+vie|"
        # A crowd: "plus de 160 personnes s'étaient rassemblées devant la prison".
        r"s['\u2019](?:étai|sont)\w*\s+rassembl\w*|se\s+sont\s+rassembl\w*|ont\s+manifesté|manifestaient|"
        # The dead brought home: "deux gendarmes mobiles dont les dépouilles ont été rapatriées".
        r"(?:[^\W\d]+\s+)?dont\s+les\s+(?:dépouilles|corps|restes))",
    },
    reported_sources=r"ong|droits\s+(?:de\s+l'homme|humains)|militants|opposition|selon\s+des\s+médias",
    estimate_words=r"estim\w*",
)

ES = Lexicon(
    lang="es",
    left=(
        # A swap's sides: "Kiev recuperó a 390 de sus ciudadanos", "recibió a otros 390", "entregó a 205".
        Cue(
            R,
            3,
            r"(?:recuper|recibi|entreg|devolvi|devuelv)\w*\s+a(?=\s+(?:(?:unos|unas|otros|otras|más\s+de|al\s+menos|cerca\s+de)\s+)?\d)",
        ),
        Cue(
            T,
            3,
            r"libertad\s+(?:provisional|temporal)|permisos?\s+(?:de\s+salida|penitenciarios?)|liber\w*\s+temporalmente|"
            r"sal\w+\s+de\s+permiso|(?:envi|mand)\w*\s+a\s+(?:sus\s+)?casas?|(?:prisión|detención)\s+domiciliaria|"
            # "48.179 presos con salida navideña", "dejaron temporalmente las cárceles": out for the holidays.
            r"salidas?\s+(?:navideñas?|temporales|temporal|de\s+(?:navidad|fin\s+de\s+año))|dej\w+\s+temporalmente|"
            r"arresto\s+domiciliario|casa\s+por\s+cárcel|"
            # "la libertad bajo fianza a 2.961 presos": out on bail.
            r"bajo\s+fianza",
        ),
        Cue(
            S,
            3,
            r"conmut\w*|reducci\w*\s+de\s+(?:la\s+)?(?:pena|condena)|rebaj\w*\s+de\s+(?:la\s+)?(?:pena|condena)|"
            # "una remisión especial de condena a 12.641 reclusos": part of the sentence remitted.
            r"remisi[oó]n(?:es)?\s+(?:especial(?:es)?|parcial(?:es)?)\b|"
            r"(?:redu[jc]\w*|rebaj\w*|acort\w*)\s+(?:las\s+|sus\s+|la\s+|su\s+)?(?:penas?|condenas?)|"
            # "transformó en penas de prisión las condenas a muerte de 60 reos": a commutation.
            r"(?:transform|convirt|convert)\w*\s+(?:en\s+(?:\w+\s+){1,4}?)?(?:las|la|sus?)\s+(?:condenas?|penas?)|"
            # "Las condenas de 1.250 presos fueron reducidas en un tercio": the passive after its people.
            r"(?:condenas|penas)\s+de(?=\s+[^;:!?]{0,60}?\b(?:fueron|han\s+sido|serán|habían\s+sido|son)\s+(?:\w+\s+)?"
            r"(?:reducidas|rebajadas|conmutadas|acortadas)\b)",
        ),
        Cue(
            P,
            3,
            r"indult\w*|amnist\w*|clemencia|perd[oó]n\w*|gracias?(?!\s+al?\b)|beneficiad[oa]s|beneficiari[oa]s|"
            r"(?:conced|otorg)\w*\s+(?:\w+\s+)?(?:indultos?|gracias?|amnistías?)|"
            # "los decretos alcanzan a doce personas", "el mismo decreto, adoptado en el Consejo de Gabinete,
            # alcanza a otras 171 personas": the people a measure reaches.
            r"(?:decretos?|medidas?|beneficios?|leyes|ley)(?:\s+(?:\w+\s+){0,2}?|,[^,.;]{1,60},\s*)alcanz\w*\s+"
            r"(?:(?:también|además|asimismo)\s+)?a",
        ),
        Cue(
            P,
            2,
            r"(?:en|a)\s+favor\s+de|benefici\w*\s+(?:también\s+|además\s+|al\s+menos\s+|por\s+lo\s+menos\s+)?a|"
            r"favorec\w*\s+(?:también\s+)?a",
        ),
        Cue(
            DET,
            3,
            r"(?:pid\w*|exig\w*|reclam\w*|demand\w*)\s+(?:la\s+)?(?:liberación|excarcelación)\s+de|"
            r"(?:pid\w*|exig\w*|reclam\w*|solicit\w*|inst\w*)\s+(?:[\w'\u2019]+\s+){0,5}?(?:que\s+|a\s+)?"
            r"(?:liberar|excarcelar|indultar|liber\w+n)\b",
            "det",
        ),
        # People still held, nearest to the number: "seguirán entre rejas 336 presos" after a pardon.
        Cue(
            DET,
            3,
            r"(?:sig\w+|seguir\w*|seguí\w+|permanec\w+|continú\w+|continua\w+|qued(?:an|aban|arán))\s+(?:[^\W\d]+\s+)?"
            r"(?:(?:entre|tras)\s+(?:las\s+)?rejas|en\s+(?:prisión|la\s+cárcel|las\s+cárceles)|detenid\w*|encarcelad\w*|pres[oa]s)|"
            # "quedaban 142 presos": what remains, the verb right before the count.
            r"qued(?:an|aban|aron)(?=\s+(?:aún\s+|todavía\s+)?\d)|"
            # The place first: "en las celdas del Sistema Penitenciario siguen 39 personas".
            r"en\s+(?:las\s+|sus\s+)?(?:celdas|cárceles|prisiones|penales)\b(?:\s+[\w.]+){0,5}?\s+"
            r"(?:siguen|permanecen|quedan|continúan)|"
            # A rights group's tally of people held: "el Mecanismo … tenía registrados 245 en su lista".
            r"(?:tiene|tenía|tienen|tenían|mantiene|mantenía)\s+(?:registrad|contabilizad|documentad)[oa]s|"
            # Held where no one knows: "se desconoce el paradero de 38 presos".
            r"desconoc\w+\s+(?:el\s+)?paradero\s+de",
            "det",
        ),
        Cue(
            R,
            3,
            r"liber(?!tad\b|al\w*)\w*|preliber\w*|excarcel\w*|solt(?:ó|aron|ar|ará|arán)\b|"
            # The verb before its subject: "podrían recuperar la libertad 6 mil 200 personas".
            r"(?:recuper|recobr|obten|obtuv|gan)\w*\s+(?:la\s+|su\s+)?libertad\b|(?:qued|sal)\w*\s+en\s+libertad\b|"
            # "quedaron libres otros 50 detenidos": free, the verb before its subject.
            r"qued\w*\s+libres\b|"
            # Taken out of prison: "sacó de las cárceles este jueves a 222 presos políticos".
            r"sac\w+\s+(?:\w+\s+){0,2}?de\s+(?:la\s+|las\s+|sus\s+)?(?:cárcel\w*|prisi\w*|penal\w*|celdas?)\b|"
            r"libertad\s+(?:condicional|anticipada|plena|inmediata|definitiva)|"
            r"(?:conced|otorg|dio|dieron|d[aá]r\w*|devolv|orden|dispus|dispon)\w*\s+(?:\w+\s+){0,2}?(?:la\s+)?libertad\b|puest[oa]s?\s+en\s+libertad|"
            r"(?:dej(?:ó|o|ar|ará|arán|aron|ado|a|an)|pus(?:o|ieron)|pon(?:er|drá|drán|e|en))\s+en\s+libertad|excarcelación|"
            # "permitió la salida de 287 presos": their leaving prison (not "permisos de salida", leave).
            r"(?<!permisos\s)(?<!permiso\s)salida\s+(?:de\s+(?:la\s+)?(?:cárcel|prisión)\s+)?de(?=\s+(?:unos\s+|unas\s+|"
            r"más\s+de\s+|cerca\s+de\s+|casi\s+|otros\s+)?[\d\w])|"
            r"canje\w*|intercambi\w*|sal\w+\s+(?:\w+\s+){0,2}?de\s+(?:la\s+|las\s+|sus?\s+)?(?:cárcel\w*|prisi\w*|penal\w*|"
            r"centros?\s+(?:de\s+detención|penitenciarios?|de\s+reclusión))|"
            r"desterr\w*|destierr\w*|"
            # The verb of leaving before its subject: "salieron por esa vía 2.908 reos comunes", "el lunes salieron 102
            # internos del penal" (in the future, "de la que saldrán 300 reos", the measure's own people).
            r"sal(?:ieron|en|ió)(?=\s+(?:[^\W\d]+\s+){0,4}?(?:unos\s+|unas\s+|más\s+de\s+|otros\s+)?"
            r"\d[\d.]*\s+(?:pres[oa]s|reos|reclus[oa]s|intern[oa]s|detenid[oa]s|prisioner[oa]s|privad[oa]s|personas))|"
            # Hostages handed over: "El ELN entrega a 28 secuestrados".
            r"entreg\w*\s+a(?=\s+(?:unos\s+|unas\s+|más\s+de\s+)?[\w.]+\s+(?:secuestrad|rehenes|retenid))|"
            # Charges dropped: "sobreseyó las causas de 80 manifestantes".
            r"sobrese\w*\s+(?:\w+\s+){0,3}?(?:de|a|contra)|"
            # Put on a plane abroad: "embarcó rumbo a Washington a 222 opositores".
            r"embarc\w+\s+(?:rumbo|con\s+destino)\s+a",
        ),
        Cue(
            POP,
            2,
            r"(?:cárceles|prisiones|penales|centros\s+penitenciarios|sistema\s+(?:penitenciario|carcelario))\s+"
            r"(?:\w+,?\s+){0,3}?(?:alberga\w*|tien\w*|hay|había|viven|permanecen|se\s+hacinan)|"
            r"población\s+(?:penitenciaria|carcelaria|reclusa|penal|privada\s+de\s+(?:la\s+)?libertad)|"
            # "El número de presos en el país ascendió a 59.411": the count of everyone held.
            r"(?:número|cifra|cantidad|total)\s+(?:total\s+)?de\s+(?:pres[oa]s|reclus[oa]s|reos|internos|"
            r"privad[oa]s\s+de\s+(?:la\s+)?libertad)(?=\s+(?:en\s+(?:el\s+país|las\s+cárceles|los\s+penales|\w+)\s+)?"
            r"(?:ascend\w*|lleg\w*|alcanz\w*|sub\w*|es|era|fue|se\s+sitú\w*|rond\w*)\b)",
            "pop",
        ),
        # Strong, so that a pardon asked for just before does not take them: "la Defensoría, que había pedido
        # un indulto extraordinario, contaba en enero unos 19.000 presos".
        Cue(
            POP,
            3,
            # "en el país hay al menos 18.000 privados de libertad": everyone held in the country.
            r"(?:en\s+(?:todo\s+)?el\s+país|a\s+nivel\s+nacional)\s+(?:hay|había|existen|existían)|"
            r"(?:hay|había|existen|existían)\s+(?:en\s+(?:todo\s+)?el\s+país|a\s+nivel\s+nacional)|"
            # "Había 33.200 reclusos en el país a fines de 2023": the country named after the count.
            r"(?:hay|había|existen|existían)(?=\s+(?:unos\s+|unas\s+|más\s+de\s+|cerca\s+de\s+|casi\s+|al\s+menos\s+)?"
            r"\d[\d.]*\s+(?:pres[oa]s|reclus[oa]s|reos|internos|(?:personas\s+)?privad[oa]s\s+de\s+(?:la\s+)?libertad)\s+"
            r"en\s+(?:todo\s+)?el\s+país\b)|"
            # "En Perú hay unos 4.200 presos por terrorismo", "Hoy hay en Uruguay unas 8.700 personas privadas de
            # libertad": the country named.
            r"en\s+(?-i:[A-ZÁÉÍÓÚ])\w+(?:\s+(?-i:[A-ZÁÉÍÓÚ])\w+)?\s+(?:hay|había)\b|"
            r"(?:hay|había)\s+(?:hoy\s+|actualmente\s+)?en\s+(?-i:[A-ZÁÉÍÓÚ])\w+\b|"
            # "la Defensoría contaba en enero unos 19.000 presos": a tally of everyone held.
            r"(?:contaba|contaban|contabilizaba|contabilizaban|registraba|registraban)(?=\s+(?:en\s+\w+\s+)?"
            r"(?:unos\s+|unas\s+|más\s+de\s+|cerca\s+de\s+|casi\s+|al\s+menos\s+)?\d[\d.]*\s+"
            r"(?:pres[oa]s|reclus[oa]s|reos|internos|privad[oa]s)\b"
            # "La ONG contaba 350 presos políticos excarcelados": those let out, not those held.
            r"(?!\s+(?:[^\W\d]+\s+)?(?:excarcelad|liberad|indultad|amnistiad|beneficiad|puest[oa]s\s+en\s+libertad)))",
            "pop",
        ),
        # "1.809 reclusos: remisión de la pena o del resto de la condena": the sentence remitted, a pardon.
        Cue(P, 3, r"remisi[oó]n\s+(?:total\s+)?(?:de\s+la\s+|del\s+resto\s+de\s+la\s+)(?:pena|condena)"),
        # "alberga a más de 420 presos", "un sistema que encierra a unas 680.000 personas": what a place holds, right
        # before the count.
        Cue(
            POP,
            3,
            r"(?:alberga\w*|aloja\w*|acoge|acogía|acogen|encierra|encierran|encerraba|encerraban)(?:\s+a)?"
            r"(?=\s+(?:(?:unos|unas|más\s+de|cerca\s+de|casi|alrededor\s+de)\s+)?"
            r"\d[\d.]*\s+(?:\w+\s+)?(?:pres[oa]s|reclus[oa]s|reos|internos|internas|personas|detenid[oa]s|condenad[oa]s)\b)",
            "pop",
        ),
        # "la policía ha detenido a más de 3.500 personas": the participle after its auxiliary.
        Cue(DET, 2, r"detuv\w*|arrest\w*|encarcel\w*|captur\w*|(?:ha|han|había|habían|hayan)\s+detenido\s+a", "det"),
        # "personas privadas de libertad" names prisoners: it is no release.
        Cue(POP, 1, r"privad[oa]s\s+de\s+(?:la\s+)?libertad", "hold"),
    ),
    right=(
        # "Siete ciudadanos estadounidenses presos en Venezuela … regresaron el sábado a Estados Unidos gracias a un
        # canje": people held abroad who return home are freed.
        Cue(
            R,
            3,
            r"regres\w+\s+(?:(?:el|este|esta|ayer|hoy)\s+(?:\w+\s+)?)?a\s+(?!prisi|la\s+cárcel|cárcel|la\s+prisión)"
            r"(?:su\s+país|sus\s+países|casa|sus\s+casas|sus\s+hogares|su\s+patria|(?-i:[A-ZÁÉÍÓÚ])\w+)|"
            # Hostages handed back: "regresaron este miércoles con sus familias".
            r"regres\w+\s+(?:\w+\s+){0,2}?con\s+sus\s+familias",
        ),
        # "de los 33.000 que albergan las cárceles del país": the population the prisons hold, told after it.
        Cue(POP, 2, r"que\s+(?:albergan|alojan|tienen|hay\s+en)\s+(?:las|sus)\s+(?:cárceles|prisiones|penales)", "pop"),
        Cue(
            T,
            3,
            r"liber\w*\s+temporalmente|(?:en|con)\s+libertad\s+provisional|(?:de|con)\s+permisos?\b|bajo\s+fianza|"
            # "48.179 presos con salida navideña", "Más de 46.000 presos dejaron temporalmente las cárceles".
            r"con\s+salidas?\s+(?:navideñas?|temporal(?:es)?)|dej\w+\s+temporalmente|sal\w+\s+temporalmente|"
            # "pasarán de la fase de confianza a la de semilibertad": out by day, back at night.
            r"semi-?libertad|"
            # "recibieron permisos de salida": leave from prison.
            r"(?:recib|obtuv|obtien|disfrut|goz)\w*\s+(?:de\s+)?(?:un\s+|unos\s+|sus\s+|la\s+|una\s+)?(?:permisos?|licencias?)\s+"
            r"(?:de\s+salida|penitenciari[oa]s?)|"
            r"pas\w+\s+(?:\w+\s+){0,3}?en\s+(?:sus\s+)?casas?\b|(?:prisión|detención)\s+domiciliaria|arresto\s+domiciliario",
        ),
        Cue(
            S,
            3,
            r"(?:penas?|condenas?)\s+(?:\w+\s+){0,2}(?:reducid\w*|conmutad\w*|rebajad\w*)|conmutad\w*|"
            # "uno obtiene la conmutación": the commutation the count's own verb names.
            r"(?:obtien\w*|obtuv\w*|recib\w*)\s+(?:la\s+|una\s+)?conmutaci\w*|conmutaci\w*|"
            # "otros 8.732 verán reducidas sus condenas": the participle before the sentence it cuts.
            r"(?:reducid|rebajad|acortad)[oa]s?\s+(?:sus\s+|las\s+|su\s+|la\s+)?(?:penas?|condenas?)|"
            r"(?:reducci\w*|rebaj\w*)\s+de\s+(?:sus?\s+|la\s+)?(?:penas?|condenas?)|"
            # "12.562 internos recibieron la llamada remisión especial", "2.296 reclusos obtuvieron 15 días de rebaja".
            r"(?:recib|obtuv|obtien)\w*\s+(?:la\s+|una\s+)?(?:llamada\s+)?remisi[oó]n|(?:días|meses|años)\s+de\s+rebaja|"
            # "a 260 reos se les sustituirá la pena de prisión por una restricción de libertad": a lighter penalty.
            r"se\s+les?\s+(?:sustitu|reemplaz|conmut|reduc|rebaj)\w*\s+(?:la\s+|las\s+|sus?\s+)?(?:penas?|condenas?)",
        ),
        Cue(
            P,
            3,
            r"indultad\w*|amnistiad\w*|perdonad\w*|beneficiad\w*|"
            # "nueve quedan exentos de ambas penas", "a 146 se les condona la multa": the penalty remitted.
            r"qued\w+\s+exent[oa]s|(?:se\s+les?\s+)?condon\w*\s+(?:la\s+|las\s+|el\s+resto\s+de\s+la\s+)?(?:multas?|penas?|condenas?)|"
            # "a 800 personas se les perdonará el resto de sus condenas": the rest of the sentence forgiven.
            r"se\s+les?\s+perdon\w*|"
            r"(?:por|mediante|con|al\s+amparo\s+de|en\s+aplicación\s+de)\s+(?:un\s+|el\s+|la\s+)?"
            r"(?:(?:ley|decreto)\s+(?:\S+\s+){0,3}?de\s+)?(?:indulto|amnistía|gracia)\b|"
            r"(?:gracias\s+al?|en\s+virtud\s+del?)\s+(?:\S+\s+){0,4}?(?:amnist\w*|indult\w*|perd[oó]n\b)|"
            r"(?:recib\w*|obtuv\w*|obtien\w*|obtendr\w*|acced\w*|acog\w*)\s+(?:a\s+)?(?:el\s+|un\s+|la\s+|una\s+|al\s+)?"
            r"(?:indulto|amnistía|gracia|perdón)\b|benefici(?:ar\w*|a|an|aron|ó|e|en|ase|asen|ara|aran)\b|"
            # The measure named again: "al menos dos mil presos podrían acogerse a ella", "… a la norma".
            r"acog\w+\s+a\s+(?:ella|él|la\s+(?:norma|medida|ley)|esta\s+(?:norma|medida|ley))\b|"
            r"(?:tras|después\s+del?|luego\s+del?|con\s+motivo\s+del?)\s+(?:el\s+|la\s+|su\s+)?(?:\w+\s+)?(?:indulto|amnistía)\b|"
            r"(?:(?:después|luego)\s+de\s+que|tras)\s+(?:\w+\s+){0,4}?(?:conced\w*|otorg\w*|recib\w*)\s+(?:\w+\s+){0,2}?"
            r"(?:indultos?|amnistías?|gracias?)\b|"
            r"(?:conced\w*|otorg\w*)\s+(?:\w+\s+){0,2}?(?:indultos?|amnistías?|gracias?)\b",
        ),
        Cue(
            R,
            3,
            r"liberad\w*|excarcelad\w*|soltad[oa]s|puest[oa]s?\s+en\s+libertad|(?:recib|obt)\w+\s+(?:la\s+)?preliberación|"
            # Exiled on release: "222 presos políticos fueron desterrados a Estados Unidos".
            r"desterrad[oa]s|expulsad[oa]s\s+del\s+país|"
            r"sal\w+\s+(?:\w+\s+){0,3}?de\s+(?:la\s+|las\s+|los\s+|el\s+|sus?\s+)?(?:cárcel\w*|prisi\w*|penal\w*|"
            r"penitenciar[ií]\w*|centros?\s+(?:de\s+detención|penitenciarios?|de\s+reclusión))|"
            r"dej\w+\s+(?:la\s+|las\s+)?(?:cárcel\w*|prisi\w*)|"
            # "diez presos políticos han quedado libres": free now.
            r"(?:qued\w+|estar\w*|sal\w+)\s+en\s+libertad|qued\w+\s+libres?\b|"
            # "175 militares rusos fueron repatriados tras el canje": brought home in a swap.
            r"(?:fueron|han\s+sido|serán|habían\s+sido)\s+repatriad\w*|"
            # "recobraron hoy la libertad": a word of time may come between the verb and the freedom.
            r"(?:recuper|recobr|obtuv|obtien|obten|logr)\w+\s+(?:(?:hoy|ayer|ya|así|finalmente|anoche)\s+)?(?:la\s+|su\s+)?libertad|"
            # "abandonaron ayer sábado la Penitenciaría Central": a word of time between the verb and the prison.
            r"(?:abandon|dej)\w+\s+(?:(?:hoy|ayer|anoche|este|esta|el|la|lunes|martes|miércoles|jueves|viernes|sábado|"
            r"domingo|mañana|tarde|noche)\s+){0,3}?(?:los\s+|el\s+|la\s+|las\s+)?(?:penal\w*|centros?\s+penitenciarios?|cárcel\w*|prisi\w*|reclusorios?|"
            r"penitenciar[ií]\w*|presidios?)|"
            # "regresaron este miércoles con sus familias": home again.
            r"(?:regres|volv|retorn)\w+\s+(?:\w+\s+){0,3}?(?:con\s+sus\s+familias|a\s+sus\s+(?:casas|hogares|familias))|"
            r"libertad\s+(?:anticipada|condicional|plena|inmediata|definitiva)|"
            # "688 salieron a la calle": walked free; "500 presos políticos cuya liberación había ordenado": their
            # release, told in a relative clause.
            r"sal\w+\s+a\s+la\s+calle|cuy[oa]s?\s+(?:liberación|excarcelación|puesta\s+en\s+libertad)|"
            # "59 presos políticos a los que el Gobierno tuvo que excarcelar": the release told in a relative clause.
            r"(?:a\s+(?:los|las)\s+que|a\s+quienes)\s+(?:[^\W\d]+\s+){1,10}?(?:excarcel|liber(?!tad)|solt)\w*",
        ),
        # Held awaiting trial: "144 en prisión preventiva" are detained, not the prison population.
        Cue(DET, 3, r"(?:en|bajo|con)\s+prisión\s+(?:preventiva|provisional)", "det"),
        Cue(
            POP,
            2,
            r"en\s+(?:las\s+)?(?:cárceles|prisiones|prisión)|tras\s+las\s+rejas|entre\s+rejas|recluid\w*",
            "pop",
        ),
        Cue(
            DET,
            2,
            r"(?:sig\w+|seguir\w*|seguí\w+|permanec\w+|continú\w+|continua\w+)\s+(?:\w+\s+)?(?:(?:entre|tras)\s+(?:las\s+)?rejas|"
            r"en\s+(?:prisión|la\s+cárcel|las\s+cárceles|el\s+penal|el\s+centro)|detenid\w*|encarcelad\w*|pres[oa]s|"
            r"privad[oa]s\s+de\s+(?:la\s+)?libertad|bajo\s+(?:arresto|custodia))|bajo\s+arresto|"
            # "Todavía 144 están privados de libertad", "144 personas aguardan todavía una sentencia": held now.
            r"(?:están|estaban|se\s+encuentran)\s+(?:todavía\s+|aún\s+)?privad[oa]s\s+de\s+(?:la\s+)?libertad|"
            r"(?:aguard|esper)\w*\s+(?:todavía\s+|aún\s+)?(?:una\s+|su\s+)?(?:sentencia|juicio)|"
            r"detenid\w*|arrestad\w*|encarcelad\w*|capturad\w*|aprehendid\w*|en\s+detención|(?<=personas\s)pres[oa]s",
            "det",
        ),
    ),
    # Participles, and the nouns that count acts of clemency, one per person ("376 amnistías").
    np_cues=(
        Cue(P, 3, r"indultad\w*|amnistiad\w*|indultos|amnistías|gracias|beneficiari[oa]s"),
        # "4 mil 461 preliberaciones": early releases, one per person.
        Cue(R, 3, r"liberad\w*|excarcelad\w*|excarcelaciones|liberaciones|preliberaciones|preliberad[oa]s"),
        Cue(S, 3, r"conmutaciones"),
        Cue(DET, 3, r"detenciones|arrestos|capturas|aprehensiones|aprehendid[oa]s|arrestad[oa]s|capturad[oa]s", "det"),
    ),
    person_nouns=r"beneficiari[oa]s|integrantes|indultad[oa]s|amnistiad[oa]s|excarcelad[oa]s|excarcelaciones|liberaciones|preliberaciones|preliberad[oa]s|indultos|amnistías|conmutaciones|pres[oa]s|reos|reclus[oa]s|detenid[oa]s|prisioner[oa]s|personas|condenad[oa]s|intern[oa]s|mujeres|hombres|varones|secuestrad[oa]s|retenid[oa]s|extranjer[oa]s|menores|periodistas|manifestantes|opositor[ea]s|activistas|ciudadan[oa]s|miembros|otros|otras|restantes|demás|rehenes|privad[oa]s|"
    r"sancionad[oa]s|procesad[oa]s|imputad[oa]s|acusad[oa]s|sentenciad[oa]s|jóvenes|adolescentes|niñ[oa]s|estudiantes|"
    r"civiles|soldados|militares|policías|guerriller[oa]s|combatientes|migrantes|indígenas|campesin[oa]s|dirigentes|"
    r"líderes|sindicalistas|disidentes|diputad[oa]s|suplentes|concejales|alcaldes|funcionarios|sacerdotes|religios[oa]s|"
    r"exiliad[oa]s|pandiller[oa]s|marer[oa]s|individuos|connacionales|compatriotas|adultos|ancianos|ancianas|obispos|"
    r"seminaristas|curas|monjas|pastores|aprehendid[oa]s|arrestad[oa]s|capturad[oa]s|detenciones|arrestos|capturas|"
    r"aprehensiones|enferm[oa]s|madres|gestantes|embarazadas|"
    # Colombia's transitional justice: "230 exmiembros de la fuerza pública, entre ellos 17 oficiales".
    r"exmiembros|excombatientes|exguerriller[oa]s|exmilitares|oficiales|suboficiales|militantes|"
    # "los 69 agentes de la Policía Militar", "doce agentes de la Policía municipal": officers counted.
    r"agentes|uniformad[oa]s|gendarmes|carabineros|"
    # Staff held abroad: "dos diplomáticos", "tres cooperantes", "cuatro espías".
    r"espías|diplomáticos|empleados|turistas|cooperantes|"
    # "1.879 objetores de conciencia", "cuatro exguardias de la empresa": people named by their refusal or former post.
    r"objetores|exguardias|exfuncionari[oa]s",
    default_detained=r"pres[oa]s\s+(?:políticos|por\s+motivos\s+políticos)|rehenes|detenid[oa]s",
    aux=r"son|fueron|eran|han|habían|serán|están|estaban|tienen|recibieron|saldrán|recibió|recibirán|reciben|obtienen|"
    r"obtuvieron|podrán|podrían|quedarán|quedan|quedaron|salen|salieron|deberán|siguen|seguirán|permanecen|serían|"
    r"estarían|recobran|recuperan|recuperaron|abandonaron|dejaron|obtendrán|tendrán|gozarán|recibirán|ven|verán|"
    r"vieron|seguían|permanecían|continuaban",
    stop=r"de|del|a|al|en|por|para|con|que|el|la|los|las|un|una|y|o",
    partitive=r"de\s+(?:ellos|ellas|los\s+cuales|las\s+cuales|estos|estas)|"
    r"de\s+(?:los|las)\s+(?:liberad|excarcelad|indultad|amnistiad|beneficiad|desterrad)\w*|entre\s+(?:los|las)(?=\s+\w+\s+(?:hay|figuran|están|se\s+encuentran))|"
    r"entre\s+(?:los|las)(?=\s+(?:beneficiari|indultad|amnistiad|liberad|excarcelad)\w*\s*,)",
    inherit=r"(?:entre\s+ellos|entre\s+ellas|incluidos?|incluidas?|además\s+de|de\s+(?:los|las)\s+cuales|de\s+ell[oa]s)"
    r"(?:\s+(?:hay|figuran|están|se\s+encuentran|destacan))?\s*$|"
    # "De ellos, 203 son hombres": a sentence opened by the people just counted.
    r"^\s*(?:entre|de)\s+(?:ellos|ellas|estos|estas|éstos|éstas)\s*,\s*$|"
    # "detalló que se trata de 84 varones y siete mujeres": who the count told before is.
    r"\bse\s+trata\s+de\s*$|"
    # "Entre los 900 indultados figuran 20 mujeres": the verb of inclusion before the count.
    r"\b(?:figuran|se\s+encuentran|destacan)\s*$",
    comparison=r"(?:frente\s+a|contra)(?:\s+(?:los|las))?\s*$",
    capacity=r"(?:capacidad\s+(?:oficial\s+)?(?:para|de)|(?:diseñad|construid)\w+\s+para"
    r"(?:\s+(?:albergar|alojar|acoger|recibir|contener)(?:\s+a)?)?)\s+"
    r"(?:(?:unos|unas|cerca\s+de|alrededor\s+de|menos\s+de|más\s+de)\s+)?$",
    approx=r"(?:unos|unas|alrededor\s+de|cerca\s+de|casi|aproximadamente|en\s+torno\s+a|aprox\.)\s*$",
    at_least=r"(?:más\s+de|al\s+menos|por\s+lo\s+menos)\s*$",
    up_to=r"(?:hasta|menos\s+de)\s*$",
    plus_suffix=r"\s+o\s+más\b",
    time_units=r"años?|meses|mes|semanas?|días?|horas?|décadas?",
    money_before=r"[$\u20ac\u00a3]\s*$",
    money_after=r"euros?|dólares?|pesos?|bolívares?|soles|quetzales?|córdobas?|lempiras?",
    other_units=r"%|por\s+ciento|km|kilómetros?|kg|toneladas?|metros?|votos|escaños",
    scale={"mil": 1000, "millar": 1000, "millón": 10**6, "millones": 10**6},
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
        # Feminine hundreds ("cuatrocientas mujeres"), apocopes and unaccented spellings.
        "cuatrocientas": 400,
        "quinientas": 500,
        "seiscientas": 600,
        "setecientas": 700,
        "ochocientas": 800,
        "novecientas": 900,
        "un": 1,
        "una": 1,
        "veintiún": 21,
        "veintiuna": 21,
        "veintidos": 22,
        "veintitres": 23,
        "veintiseis": 26,
        "dieciseis": 16,
    },
    # "un millar de presos", "casi dos centenares de presos", "medio centenar"; "centenares" alone is vague.
    multipliers={"mil": 1000, "millar": 1000, "centenar": 100, "centenares": 100, "millón": 10**6, "millones": 10**6},
    connectors=r"y",
    months={
        m: i + 1
        for i, m in enumerate(
            words("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre")
        )
    }
    # Agency datelines abbreviate months: "La Habana, 10 abr (EFE).-".
    | {
        "setiembre": 9,
        "ene": 1,
        "feb": 2,
        "mar": 3,
        "abr": 4,
        "jun": 6,
        "jul": 7,
        "ago": 8,
        "sep": 9,
        "sept": 9,
        "set": 9,
        "oct": 10,
        "nov": 11,
        "dic": 12,
    },  # fmt: skip
    weekdays={d: i for i, d in enumerate(words("lunes martes miércoles jueves viernes sábado domingo"))},
    categories=(
        ("journalists", r"periodistas?|reporteros?|comunicadores"),
        ("protesters", r"manifesta\w*|protest\w*"),
        ("security", r"terroris\w*|espionaje|grupos?\s+armados|guerriller\w*|insurgentes"),
        (
            "political",
            r"políticos?|opositores?|presos\s+de\s+conciencia|activistas?|disidentes?|independentistas?|sedición",
        ),
        ("religious_minorities", r"religios\w*|evangélic\w*|sacerdotes|pastores|seminaristas|bahá['\u2019]?ís?"),
        ("dual_nationals", r"doble\s+nacionalidad"),
        ("foreign_nationals", r"extranjer\w*"),
        ("women", r"\bmujeres\b|reclusas|(?<!personas\s)presas"),  # "personas presas" are not women
        # "delitos menores" are minor offences, not minors.
        ("juveniles", r"(?<!delitos\s)(?<!faltas\s)(?<!penas\s)menores(?!\s+de\s+\d)|adolescentes|jóvenes"),
        ("elderly", r"mayores\s+de\s+(?:60|65|70|75)|ancianos|adultos\s+mayores|tercera\s+edad"),
        ("sick", r"enferm\w*"),
    ),
    official_sources=r"ministerio|ministr[oa]|presiden\w+|gobierno|decreto|oficial\w*|autoridades|fiscal\w*",
    extra={
        # The dead and wounded are not people held or freed: "120 periodistas fueron asesinados".
        # An adjective of the noun may come first: "22 presos políticos fueron fusilados".
        "casualty": r"\s*(?:,\s*)?(?:[^\W\d]+\s+)?(?:(?:fueron|han\s+sido|habían\s+sido|resultaron|murieron|son)\s+(?:\w+\s+)?"
        r"(?:asesinad[oa]s|muert[oa]s|ejecutad[oa]s|herid[oa]s|fallecid[oa]s|abatid[oa]s|fusilad[oa]s|"
        r"masacrad[oa]s)|murieron|fallecieron|(?:ha|han|había|habían|hayan)\s+(?:muerto|fallecido)|perdieron\s+la\s+vida|"
        # A crowd: "unas 200 personas se concentraron ante el penal".
        r"se\s+(?:congregaron|concentraron|reunieron|manifestaron)|marcharon|protestaron|"
        # The dead brought home: "dos soldados cuyos restos fueron repatriados".
        r"(?:[^\W\d]+\s+)?cuyos\s+(?:restos|cuerpos|cadáveres))",
    },
    reported_sources=r"ong|derechos\s+humanos|activistas|oposición|según\s+medios",
    estimate_words=r"estim\w*|calcul\w*",
)

LEXICONS = {"en": EN, "fr": FR, "es": ES, "ar": AR, "fa": FA}
