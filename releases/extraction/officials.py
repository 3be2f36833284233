"""Officials (people who announced, ordered or spoke for a measure) and named prisoners.

A name is a run of capitalised words ("Khalifa bin Zayed Al Nahyan", "Mohammed VI").
It is an official when a public role stands next to it: before it ("judicial spokesman
Gholamhossein Esmaili", "UAE President Sheikh ...") or in apposition ("Hicham Mellati,
the ministry's director of ...", "the UN Special Rapporteur ..., Javaid Rehman,").
Later mentions by surname ("Esmaili") become aliases of the same official. An official's
country is the one the role names ("U.S. Secretary of State", "Britain's foreign minister",
"President ... of Ghana"), else the article's.

A named prisoner is a person's name (two to four capitalised words, not a group, creed or
place: not "Proud Boys", "Revolutionary Guard", "Abu Dhabi") near words about detention,
and not the source of a quote.

Capitalised runs are found with one pattern; the words around a run are read only when
they can hold its role, which keeps the cost of a long article low.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from . import leaders
from .countries import LEADER_REACH, gazetteer
from .leaders import abroad_country, find_leaders
from .text import Sentence
from .wordlist import words

_WORD = re.compile(r"(?:[A-Z]\.){2,}|[\w'\u2019-]+(?:\.(?=\w)[\w'\u2019-]*)*|[,;:()\"\u201c\u201d]")
_PARTICLES = frozenset(words("bin bint ibn al el Al El de da van von der du dos del la le Abdel Abdul Abu abu"))
_ROMAN = re.compile(r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)")
_HEADS = frozenset(
    words(
        "president king queen emir sultan prince monarch minister spokesman spokeswoman spokesperson judge "
        "prosecutor prosecutor-general director-general attorney-general secretary ruler governor speaker rapporteur "
        "commissioner chancellor premier ambassador envoy mayor pope senator general ombudsman leader head chief "
        "director chairman chairwoman chair official commander warden regent lawyer attorney deputy gov "
        # French and Spanish titles come before the name the same way ("le président Macky Sall").
        "président présidente roi reine ministre porte-parole procureur juge chef émir premier gouverneur "
        "presidente presidenta rey ministro ministra viceministro vicepresidente portavoz fiscal juez jefe "
        "mandatario canciller gobernador asesor asesora vocero vocera secretario secretaria viceministra directeur "
        "conseiller secrétaire guide monarque souverain garde procureure directrice délégué déléguée médiateur "
        "líder monarca soberano titular procurador procuradora directora delegado delegada defensor dictador "
        "sultán príncipe général vicepresidenta vice-présidente jueza comisionado comisionada consejero consejera "
        "gouverneure ombudsman coronel capitán capitaine commandant avocat avocate abogado abogada relator relatora "
        "magistrado magistrada homologue bâtonnier bâtonnière"
    )
)
# Heads that name a public office only with state context ("Supreme Leader", "junta chief").
_WEAK_HEADS = frozenset(
    words(
        "leader head chief director chairman chairwoman chair official commander general guide líder titular "
        "directrice directora délégué déléguée delegado delegada général coronel capitán capitaine commandant "
        "deputy"
    )
)
_STATE = re.compile(
    r"supreme|ministry|ministers?|department|government|state|council|court|judiciary|judicial|office|presidential|"
    r"military|junta|corrections|police|prison|parliament|national|federal|royal|palace|army|security|prosecutor|"
    r"état|estado|gobierno|gouvernement|justicia|justice|république|república|suprême|suprem[oa]|judiciaire|poder|"
    r"pouvoir|presidencial|présidentiel|présidence|presidencia|presidency|ministère|ministerio|administration|administración|penitenciari|pénitentiaire|"
    # Mexico's interior ministry, named without "Secretaría de": "la titular de Gobernación".
    r"gobernación|"
    # Chile's prison service and police: "el director regional de Gendarmería".
    r"gendarmer[ií]a|carabineros|prisiones|"
    r"junte|transition|transición|\bforeign\s+policy|\bEU\b|"
    r"(?-i:\bUN\b|U\.N\.)|united\s+nations|\bsenate\b|\bhouse\b",
    re.IGNORECASE,
)
_NOT_OFFICIAL = re.compile(
    r"opposition|activist|rights\s+(?:group|defender|organi[sz]ation|campaigner)|campaign|laureate|founder|"
    r"party\s+leader|rebel|\bgroup\b|movement|organi[sz]ation|association|\bNGO\b|charity|monks?\b|clerics?\b",
    re.IGNORECASE,
)
# A French or Spanish office in a party or a movement: "président de la Démocratie chrétienne", "jefe de
# despacho del líder opositor", "jefe de Acción Democrática".
_NOT_OFFICIAL_ROMANCE = re.compile(
    r"\b(?:parti|partido|mouvement|movimiento|opositor\w*|opposant\w*|démocratie|acción|frente|rassemblement)\b",
    re.IGNORECASE,
)
_TITLES = frozenset(
    words(
        "sheikh ayatollah seyyed sayyed sayyid seyed dr mr mrs ms sir lord senior major grand his her crown marine soldier sergeant sgt "
        "gen lt col maj brig adm capt cmdr "
        "captain colonel corporal reverend rev father pastor imam rabbi me maître ayatolá cheikh jeque majesté "
        "monseigneur monseñor m mme sr sra cardenal"
    )
)
_MODS = frozenset(
    words(
        "supreme foreign interior justice law human rights and of the judicial judiciary ministry ministry's senior "
        "major former acting prime deputy vice state house federal national security public affairs criminal "
        "corrections department council member executive special un u.n. united nations crown chief military ruling "
        "court appeals high attorney presidential press on in a an defence defense finance economy health education "
        "office labour labor internal home islamic revolutionary guards police prison prisons province provincial "
        "prosecutions prosecution regional general first second lieutenant information communications technology permanent assistant "
        "de la du des del l' justicia justice intérieur interior exteriores affaires étrangères relations "
        "république república nacional national gouvernement gobierno état estado cabinet ex policy eu democratic "
        "republican"
    )
)
# French and Spanish words of an office between its head and the name: "le guide suprême iranien, l'ayatollah
# Ali Khamenei", "el vocero presidencial", "la procureure générale", "le chef du pouvoir judiciaire".
_ROMANCE_MODS = frozenset(
    words(
        "le la les el los las suprême supremo suprema judiciaire judicial pouvoir poder sceaux presidencial "
        "présidentiel présidentielle général générale adjoint adjointe intérimaire interino interina sortant "
        "saliente actuel actuelle actual nouveau nouvelle nuevo nueva militaire militar gouvernemental "
        "gubernamental pénitentiaire penitenciario penitenciaria carcéral l'état l'etat d'état d'etat "
        "l'administration l'intérieur l'interior iranien iranienne iraní marocain marocaine marroquí algérien "
        "algérienne argelino tunisien tunisienne tunecino sénégalais malien malienne nigérien tchadien camerounais "
        "togolais burkinabè guinéen béninois gabonais ivoirien ivoirienne congolais rwandais burundais "
        "mauritanien égyptien egipcio jordanien jordano saoudien saudí émirati emiratí qatari catarí bahreïni "
        "koweïtien omanais syrien sirio libanais irakien iraquí birman birmane birmano thaïlandais tailandés "
        "cambodgien camboyano russe ruso biélorusse bielorruso américain américaine estadounidense cubain cubano "
        "cubana vénézuélien venezolano venezolana nicaraguayen nicaragüense bolivien boliviano boliviana colombien "
        "colombiano colombiana péruvien peruano peruana mexicain mexicano mexicana salvadorien salvadoreño "
        "guatémaltèque guatemalteco hondurien hondureño équatorien ecuatoriano chilien chileno argentin argentino "
        "brésilien brasileño espagnol español española français francés francesa ukrainien ucraniano turc turco "
        "encargado encargada designado designada electo electa allemand allemande italien italienne"
    )
)
_ARTICLES = frozenset(("le", "la", "el", "l'"))
_ARTICLES_ALL = frozenset(("le", "la", "les", "el", "los", "las"))
_SKIP_IN_ROLE = frozenset(("his", "her", "its"))
# Small words trimmed from either end of a role.
_EDGE_WORDS = frozenset(
    (
        "and",
        "of",
        "on",
        "in",
        "the",
        "a",
        "an",
        "le",
        "la",
        "les",
        "el",
        "los",
        "las",
        "l'",
        "de",
        "del",
        "du",
        "des",
        "d'",
    )
)
_CLAUSE_WORDS = frozenset(words("who which whose said says told was is has had were are"))
_LINKING = frozenset(("of", "the", "for", "at", "on", "in", "a", "an", "de", "del", "du", "des", "d'", "la", "l'"))
_ORG_WORDS = re.compile(
    r"\b(?:Ministry|Department|Council|Prison|Party|League|Group|Media|News|Agency|Day|University|Airport|Court|"
    r"Republic|Union|Nations|House|Office|Committee|Institute|Watch|International|Service|Corrections|Olympic|"
    r"Guard|Guards|Assembly|Senate|Congress|Parliament|Front|Movement|Federation|Association|Organisation|"
    r"Organization|Commission|Bank|Television|Times|Post|Press|Wire|Revolution|Festival|Year|Eid|Street|Square|"
    r"Conseil|Consejo|Mouvement|Movimiento|Parti|Partido|Comité|Ministère|Ministerio|Assemblée|Asamblea|Cour|Corte|"
    r"Tribunal|Démocratie|Democracia|Democrática|Acción|Comunicación|Justicia|Frente|République|República|Hospital|"
    r"Internacional|Internationale|Headquarters|Directorate|Bureau|Defensoría|Sistema|Système|Instituto|Dirección|"
    r"Direction|Procuraduría|Fiscalía|Gobierno|Gouvernement|Policía|Police|Ejército|Armée|Sala|Chambre|Chamber|"
    # The second half of a ministry's name: "el ministro de Trabajo y Asuntos Sociales".
    r"Asuntos|Affaires|Affairs|"
    # "el ministro de Justicia y Derechos Humanos", "the Ministry of Homeland Security"; a feast's name ("Aid el
    # Fitr", "Aïd El Adha").
    r"Derechos|Humanos|Droits|Rights|Security|Fitr|Adha|A[iï]d|Kebir|Mawlid|Nowruz)\b"
)
_COMMON_CAPS = frozenset(
    words(
        "The A An In On At By For From Among Under After Before Since During With Without Former Exiled Late "
        "He She They It His Her Their This That These Those Some Many Most Several All Both Each When While But And "
        "Also Yet Still However Meanwhile Separately Last Next Monday Tuesday Wednesday Thursday Friday Saturday "
        "Sunday January February March April May June July August September October November December Jan Feb Mar "
        "Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Sheikh Ayatollah King Queen President Prime Minister "
        "Senior General Major Deputy Director-General Prosecutor-General Secretary Speaker Judge Chief Emir Sultan "
        "Pope Prince Crown Supreme Leader Nobel Peace Prize Human Rights Republican Democrat Catholic Islamic "
        # Spanish and French prepositions that open a sentence before a place: "En Valparaíso, el director …".
        "En Desde Tras Según Durante Hasta Dans Depuis Selon Après"
    )
)
_UPPER = "".join(re.escape(chr(c)) for c in range(0x41, 0x530) if chr(c).isupper())
_CAP_TOKEN = rf"[{_UPPER}](?:(?<=[A-Z])\.(?:[A-Z]\.)+|[\w'\u2019-]*(?:\.(?=\w)[\w'\u2019-]*)*)"
# A run of capitalised words, with particles and "al-" names inside: the only places a name can
# be. It opens with its capital (the word-start check comes after it) so the scan skips ahead fast.
_CAP_RUN = re.compile(
    rf"{_CAP_TOKEN.replace('](?:', "](?<![\\w'\u2019.-].)(?:", 1)}"
    rf"(?:\.?\s+(?:{_CAP_TOKEN}|(?:al|el)-[\w'\u2019-]+|(?:{'|'.join(sorted(_PARTICLES))})(?=\s+[{_UPPER}])"
    # "Miguel Obando y Bravo": one capitalised word after "y" that closes the name.
    rf"|y(?=\s[{_UPPER}][\w'\u2019-]+(?:[,.;:)]|\s+[^\W\d{_UPPER}]|$))))*"
)
_OF_COUNTRY = re.compile(r",?\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})")
_INTERNATIONAL = re.compile(r"\b(?:UN|U\.N\.|United Nations|international)\b", re.IGNORECASE)
# Words that make a capitalised run a group, a creed or a place, not a person.
_GROUP_WORDS = frozenset(
    words(
        "Boys Sons Daughters Keepers Brothers Brotherhood Wolves Tigers Panthers Lions Eagles Hawks Knights Riders "
        "Warriors Patriots Defenders Guardians Fighters Volunteers Militia Army Forces Brigade Brigades Battalion "
        "Network Society Foundation Centre Center Church Mosque Temple Hotel Company Corporation Club Team Council "
        "Christian Christians Muslim Muslims Buddhist Buddhists Catholic Catholics Jewish Jews Sunni Shia Shiite "
        "Hindu Sikh Kurdish Kurds Baha'i Bahai Orthodox Protestant Islamist Islamists Airport Island Islands "
        "Province Region State States City Valley River Mountains Coast Gulf Sea "
        "Penal Rights Initiative Coalition Alliance Campaign Project Fund Trust Monitor Observatory Tribune Herald "
        "Gazette Journal Daily Radio Channel "
        # "the Assistance Association for Political Prisoners says": the people a body speaks for, not a name.
        "Prisoners Detainees Association Union Committee Commission Organisation Organization Institute League"
    )
)
# The one who leads an institution: "el Consejo de Estado, presidido por Raúl Castro".
_LED_BY = re.compile(
    r"\b((?:presidid|dirigid|encabezad)[oa]s?\s+por|(?:présid|dirig)ée?s?\s+par|(?:led|headed|chaired)\s+by|"
    # "el órgano que preside X": the one who heads it; "el Gobierno que copresiden Daniel Ortega y Rosario Murillo":
    # both who head it.
    r"que\s+(?:preside|presiden|copreside|copresiden|dirige|dirigen|encabeza|encabezan|présidait|préside|président|"
    r"copréside|coprésident))\s+(?:(?-i:[A-ZÁÉÍÓÚ])[\w'\u2019-]+\s+){0,3}?(?:(?<=\s)(?:y|et)\s+)?(?:(?:Me|Maître|Dr\.?)\s+)?$"
)
_LED_BODY = re.compile(r"(?:^|[.;:,]\s+)((?:[\w'\u2019-]+\s+){1,12}?[\w'\u2019-]+),\s*$")
_FR_ES_APPOSITION = re.compile(r",\s+(?P<role>[^,.;]{3,120}?)[,.]")
# "El obispo auxiliar de Managua, Silvio Báez, …": the office before the comma.
_FR_ES_ROLE_BEFORE = re.compile(r"(?:^|[.;:]\s+)((?:[\w'\u2019-]+\s+){1,10}?[\w'\u2019-]+),\s*$")
_SPEAKS_AFTER = re.compile(r",?\s+(?:said|says|told|added|wrote)\b")
_SPEAKS_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to)\s+$")
_PRISONER_CONTEXT = re.compile(
    r"freed|releas\w*|pardon\w*|jailed|imprisoned|detained|arrested|sentenced|serving|prisoners?|behind\s+bars|"
    r"custody|house\s+arrest|held\b|swap|exchange|among\s+those|convicted|hostage",
    re.IGNORECASE,
)


@dataclass
class Official:
    name: str
    role: str
    country: str | None
    aliases: list[str] = field(default_factory=list)
    start: int = 0


class Token(NamedTuple):
    text: str
    start: int
    end: int


@lru_cache(maxsize=4096)
def _is_cap(token: str) -> bool:
    if _INITIALS.fullmatch(token):
        return True  # "M.A. Sumanthiran" (the token comes without its last dot)
    return token[:1].isupper() and token[1:2] != "" and not token.isupper() or token in ("UN",)


_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def _name_runs(tokens: list[Token], lo: int, hi: int) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of capitalised words within tokens[lo:hi], particles inside."""
    runs, i = [], lo
    while i < hi:
        if _is_cap(tokens[i].text.rstrip(".")) or tokens[i].text in ("UAE", "US", "U.S.", "UN"):
            j = i + 1
            while j < hi:
                if tokens[j - 1].text.endswith(("'s", "\u2019s")):
                    break  # "President Bola Tinubu's Renewed Hope Agenda": the name ends at its possessive
                word = tokens[j].text
                # A middle initial goes on with the name: "Gamini B. Dissanayake", "Frederik W. de Klerk".
                letter = word.rstrip(".")
                initial = (
                    len(letter) == 1
                    and letter.isupper()
                    and j + 1 < hi
                    and (
                        _is_cap(tokens[j + 1].text)
                        or (tokens[j + 1].text in _PARTICLES and j + 2 < hi and _is_cap(tokens[j + 2].text))
                    )
                )
                # Spanish surnames joined by "y" go on when one capitalised word closes them: "Miguel Obando y Bravo".
                joined = (
                    word == "y"
                    and j - i >= 2
                    and j + 1 < hi
                    and _is_cap(tokens[j + 1].text)
                    and (j + 2 >= hi or not _is_cap(tokens[j + 2].text.rstrip(".")))
                    and tokens[j].start - tokens[j - 1].end == 1
                )
                if (
                    (_is_cap(word.rstrip(".")) or _ROMAN.fullmatch(word) or word.startswith(("al-", "el-")))
                    or initial
                    or joined
                    or (word in _PARTICLES and j + 1 < hi and _is_cap(tokens[j + 1].text))
                ):
                    j += 1
                else:
                    break
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


@lru_cache(maxsize=4096)
def _role_word(word: str) -> str:
    lower = word.lower().rstrip(".").removesuffix("'s").removesuffix("\u2019s")
    if lower in _HEADS or any(part in _HEADS for part in lower.split("-")):
        return "head"
    if lower in _TITLES:
        return "title"
    # A capitalised article opens a name ("Le Quy Vuong"), not an office.
    if lower in _MODS or (lower in _ROMANCE_MODS and (word[:1].islower() or lower not in _ARTICLES_ALL)):
        return "mod"
    if lower[:2] in ("l'", "d'", "l\u2019", "d\u2019") and lower[2:] in _TITLES:
        return "title"  # "l'ayatollah"
    if lower[:2] in ("l'", "l\u2019") and lower[2:] in _HEADS:
        return "head"  # "l'avocat Me …"
    if word.removesuffix("'s").removesuffix("\u2019s") in gazetteer().codes:
        return "country"
    if word[:1].islower() and _PLACE_ADJECTIVE.fullmatch(lower):
        return "mod"  # "el procurador general bonaerense": an adjective of the place the office serves
    return ""


# Spanish adjectives of a place: "bonaerense", "capitalino", "porteño" (not "defensa", "intensa").
_PLACE_ADJECTIVE = re.compile(
    r"(?!(?:defense|expense|license|suspense|incense|nonsense|intense|immense)$)\w{4,}(?:ense|enses)"
)
_PLACE_OPENERS = frozenset(words("República République Republic En Desde Dans Depuis"))
_GOVERNMENT_OF = frozenset(("Gobierno", "Gouvernement", "Government", "Régimen", "Régime"))


def _split_run(tokens: list[Token], i: int, j: int) -> int:
    """Index where the name starts inside a capitalised run: after its last role or title word."""
    start = i
    for k in range(i, j - 1):
        if _role_word(tokens[k].text) in ("head", "title") or tokens[k].text in _COMMON_CAPS and k == start:
            start = k + 1
        elif tokens[k].text in _GOVERNMENT_OF and tokens[k + 1].text in _PARTICLES:
            # "El Gobierno de Lenín Moreno": the government is named after the one who heads it.
            start = k + 2
            while start < j - 1 and tokens[start].text in _PARTICLES and tokens[start].text.islower():
                start += 1
    while start < j - 1 and _role_word(tokens[start].text) in ("mod", "country"):
        start += 1
    # A name does not open with "bin" or "al": "Sheikh Dr Sultan bin Mohammed Al Qasimi" is named Sultan.
    while (
        i < start < j and tokens[start].text in ("bin", "bint", "ibn") and _role_word(tokens[start - 1].text) == "head"
    ):
        start -= 1
    return start


def _role_before(tokens: list[Token], start: int, own_role: bool = False) -> list[Token]:
    """Role words right before a name ("Iran's supreme leader", "Law and Human Rights Minister").

    Without a role in the name's own run, an appositive before a comma counts too ("the UN
    Special Rapporteur on prisons, Tomas Lind").
    """
    role: list[Token] = []
    k = start - 1
    while k >= 0 and len(role) < 10 and _role_word(tokens[k].text):
        role.insert(0, tokens[k])
        k -= 1
    if (
        not role
        and not own_role
        and k >= 2
        and tokens[k].text[:1].islower()
        and tokens[k - 1].text in _ARTICLES_ALL
        and tokens[k - 2].text == ","
    ):
        # "el presidente del Parlamento, el chavista Jorge Rodríguez": an article and one word of
        # description between the office's comma and the name leave the office to the name.
        k -= 2
    # An honorific alone before the name does not end the role: "le guide suprême, l'ayatollah Ali Khamenei".
    if (
        k >= 0
        and tokens[k].text == ","
        and not own_role
        and all(_role_word(t.text) == "title" or t.text in _ARTICLES or t.text.lower() in _WEAK_HEADS for t in role)
    ):
        # A weak head after the comma ("le chef de la junte, le général Assimi Goïta") takes the office before it.
        after = role
        role = []
        k -= 1
        while k >= 0 and len(role) < 10 and _role_word(tokens[k].text):
            role.insert(0, tokens[k])
            k -= 1
        if not any(_role_word(t.text) == "head" for t in role):
            role = _romance_role(tokens, k + len(role))
        if after and role:
            role = role + after
    return role


def _romance_role(tokens: list[Token], k: int) -> list[Token]:
    """A French or Spanish office before a comma, its complement any words: "El ministro de Comunicación,
    Jorge Rodríguez", "le président du Conseil national de suivi de l'accord (CNSA), Joseph Olenghankoy"."""
    for h in range(k, max(-1, k - 14), -1):
        word = tokens[h].text
        if word == "," and 0 < h < k and _is_cap(tokens[h - 1].text) and _is_cap(tokens[h + 1].text):
            # "El ministro de la Presidencia, Justicia y Relaciones con las Cortes, Félix Bolaños": the
            # departments an office joins, listed with commas, are still its complement.
            continue
        if word in (",", ";", ":", '"', "\u201c", "\u201d") or word.lower() in _CLAUSE_WORDS:
            return []
        # "the Director-General of the Ghana Prisons Service, Patrick Darko Missah": English capitalises an
        # office named with its article.
        titled = word[:1].isupper() and h > 0 and tokens[h - 1].text.lower() == "the"
        if _role_word(word) == "head" and (word[:1].islower() or titled):
            # "le ministre secrétaire général de la présidence": heads side by side are one office of the state.
            first = h
            while first > 0 and _role_word(tokens[first - 1].text) == "head" and tokens[first - 1].text[:1].islower():
                first -= 1
            if first < h and _STATE.search(" ".join(t.text for t in tokens[h : k + 1])):
                h = first
            return [t for t in tokens[h : k + 1] if t.text not in ("(", ")")]
    return []


def _role_after(tokens: list[Token], end: int) -> list[Token]:
    """Appositive role after a name: ", the ministry's director of criminal affairs,".

    Up to its head every word is a role word; after it, an "of" or "for" may bring in what the
    role is over ("Ruler of Ajman", "director of criminal affairs and pardons"). Anything else
    ("a surprise move by ...") is not a role.
    """
    if end >= len(tokens) or tokens[end].text != ",":
        return []
    if end + 1 < len(tokens) and _FR_ES_VOICE_START.fullmatch(tokens[end + 1].text):
        return []  # "… y Amnistía, informó el director …": the office after the verb is its subject's
    role: list[Token] = []
    head = linked = False
    loose = 0  # words of no role before the head: "advocacy director of …", "Kellogg's deputy"
    for token in tokens[end + 1 : end + 13]:
        if token.text in (",", ";", ":", "(", ")", '"', "\u201c", "\u201d"):
            break
        kind, low = _role_word(token.text), token.text.lower()
        if low in _CLAUSE_WORDS:
            # "X, who was ...", "X, the minister said"; but "X, the U.S. envoy who led the delegation, said"
            # keeps the role read before its relative clause.
            return role if head and low in ("who", "which") and role and role[0].text.lower() == "the" else []
        if kind == "head":
            head = True
        elif low in ("of", "for", "at", "de", "du", "des", "del", "d'"):
            linked = linked or head
        elif not kind and not linked:
            loose += 1
            # A body's name before its possessive is part of the role: "Amnesty International's director".
            owner = token.text[:1].isupper() and any(
                t.text.endswith(("'s", "\u2019s")) for t in tokens[end + 1 : end + 5] if t.start >= token.start
            )
            possessive = token.text.endswith(("'s", "\u2019s"))
            if loose > 3 or head or not (token.text[:1].islower() or possessive or owner):
                return []
        role.append(token)
    return role if head else []


def _role_text(text: str, role: list[Token]) -> tuple[str, str | None]:
    """The role as written (without its country and titles), and the country it names."""
    if not role:
        return "", None
    written = text[role[0].start : role[-1].end]
    country_match = gazetteer().latin.search(written)
    country = gazetteer().codes.get(country_match.group()) if country_match else None
    if country is None:
        # Offices that name their state: "Secretary of State Antony Blinken" is American.
        office = _OFFICE_STATE.search(written)
        country = _OFFICE_CODES[office.group().lower()] if office else None
    words = []
    linked = False
    for t in role:
        kind = _role_word(t.text)
        # A French or Spanish office keeps what it is of: "presidente del Colegio de Abogados Penalistas".
        if (
            kind in ("head", "mod")
            and t.text.lower() not in _SKIP_IN_ROLE
            or (linked and not kind and t.text[:1].isupper())
        ):
            words.append(t)
        linked = t.text != "," and (linked or (bool(words) and t.text.lower() in ("de", "del", "du", "des", "d'")))
    words = [
        t
        for t in words
        if not (country_match and country_match.start() <= t.start - role[0].start < country_match.end())
    ]
    while words and words[-1].text.lower() in _EDGE_WORDS:
        words.pop()
    while words and words[0].text.lower() in _EDGE_WORDS:
        words.pop(0)
    return (text[words[0].start : words[-1].end] if words else ""), country


def _has_head(role: str) -> bool:
    return any(_role_word(word) == "head" for word in role.split())


def _public_role(role: str) -> bool:
    """A role of public office: a strong head ("minister"), or a weak one with state context."""
    heads = set()
    for word in role.lower().split():
        word = word.rstrip(".").removesuffix("'s")
        if word[:2] in ("l'", "l\u2019"):
            word = word[2:]  # "l'avocat"
        heads.update([word] if word in _HEADS else [part for part in word.split("-") if part in _HEADS])
    if not heads or _NOT_OFFICIAL.search(role):
        return False
    return bool(heads - _WEAK_HEADS) or bool(_STATE.search(role))


def find_people(
    text: str, sentences: list[Sentence], country: str | None, lang: str = ""
) -> tuple[list[Official], list[str]]:
    """Officials with roles, and the other named people held or freed."""
    officials: list[Official] = []
    others: list[tuple[str, int, Sentence]] = []
    read = 0
    for sentence in sentences[:400]:
        # Only capitalised runs can be names: find them with one pattern, and read the
        # words around a run only when they can hold a role ("spokesman X", "X, the ...").
        for run in _CAP_RUN.finditer(text, sentence.start, sentence.end):
            if run.group() in _COMMON_CAPS:
                continue  # "The", "He", "Meanwhile": a lone sentence opener
            read += 1
            if read > MAX_RUNS:
                break  # an article names a few hundred people and places at most; junk text is cut short
            window = _window(text, sentence, run)
            if window:
                tokens, lo, hi = window
                for i, j in _name_runs(tokens, lo, hi):
                    _read_name(text, tokens, i, j, country, officials, others, sentence)
    merged = _merge(officials + _leaders(text, officials, country), text)
    if lang == "en" and country:
        # "at the request of U.S. President Donald Trump": another state's official who neither speaks nor
        # acts in the article is only mentioned; so is anyone only named in passing ("the army removed
        # President X", "his father, King X, who had reigned").
        # An envoy or a pope is another state's by office ("after a visit by envoy X", "among them Pope X").
        merged = [
            o
            for o in merged
            if _speaks_or_acts(text, o)
            or (o.country in (None, country) and not _EN_SENT_ABROAD.search(o.role) and not _in_passing(text, o))
        ]
    if lang == "en":
        # "President X commuted 1,715 sentences over his two terms": one who acts only in a past tenure's
        # background is no official of this measure.
        merged = [o for o in merged if not _only_in_past_tenure(text, o)]
    return merged, _prisoners(text, others, merged)


_EN_SENT_ABROAD = re.compile(r"\b(?:envoy|pope|nuncio)\b", re.IGNORECASE)


_VOICE = re.compile(
    r"\s*(?:of\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*)?(?:,(?:[^.;]|(?<=[A-Z])\.){0,160}?,\s*|,\s*)?"
    r"(?:has\s+|had\s+|also\s+)?(?:said|says|told|added|announced|confirmed|called|welcomed|"
    r"condemned|critici[sz]ed|praised|described|wrote|thanked|congratulated|applauded|urged|warned|hailed|noted|stressed|insisted|denied|"
    r"rejected|dismissed|expressed|credited|spoke|stated|declared|acknowledged|argued|claimed|notified|informed|pardon\w*|free[sd]?\b|"
    r"releas\w*|order\w*|sign\w*|grant\w*|agreed|approved)\b",
    re.IGNORECASE,
)
_VOICE_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to|quoted)\s+(?:[\w.'\u2019-]+\s+){0,6}$", re.IGNORECASE)


_PASSING_AFTER = re.compile(
    r"(?:,\s+(?:jailed|sentenced|serving|"
    r"imprisoned|detained|who\s+(?:had\s+)?(?:reigned|ruled|died))|\s+(?:had|has|have|was|were)\s+been\s+(?:moved|jailed|"
    r"sentenced|detained|held))",
    re.IGNORECASE,
)
_PASSING_BEFORE = re.compile(
    r"\b(?:removed|ousted|overthrew|toppled|deposed|succeeded|late|father|mother|predecessor|former|ex-)\W+"
    r"(?:[\w.'\u2019-]+\W+){0,3}$",
    re.IGNORECASE,
)


_EN_PAST_TENURE = re.compile(
    r"\b(?:over|throughout|across|during)\s+(?:his|her)\s+(?:two\s+|three\s+|four\s+|first\s+|second\s+)?"
    r"(?:terms?|presidency|tenure|time\s+in\s+office|years\s+in\s+(?:office|power))\b|"
    r"\b(?:in|during)\s+(?:his|her)\s+(?:final|last|closing)\s+(?:hours|days|weeks|months)\s+(?:in\s+office|as\s+president)\b|"
    r"\bon\s+(?:his|her)\s+(?:last|final)\s+(?:full\s+)?day\s+in\s+office\b",
    re.IGNORECASE,
)


def _only_in_past_tenure(text: str, official: Official) -> bool:
    """Every mention of the name is in a sentence told of a past tenure ("over his two terms")."""
    found = False
    for name in [official.name, *official.aliases]:
        at, seen = text.find(name), 0
        while at >= 0 and seen < 20:
            found = True
            start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
            stop = text.find(". ", at)
            stop = len(text) if stop < 0 else stop
            if not _EN_PAST_TENURE.search(text, start, stop):
                return False
            at, seen = text.find(name, at + len(name)), seen + 1
    return found


def _in_passing(text: str, official: Official) -> bool:
    """Every mention names the person in passing: a prisoner ("X, jailed for"), a predecessor ("succeeded his
    father, King X"), someone removed ("the army removed President X")."""
    found = False
    for name in [official.name, *official.aliases]:
        at, seen = text.find(name), 0
        while at >= 0 and seen < 20:
            found = True
            end = at + len(name)
            if not (_PASSING_AFTER.match(text, end) or _PASSING_BEFORE.search(text, max(0, at - 50), at)):
                return False
            at, seen = text.find(name, end), seen + 1
    return found


def _speaks_or_acts(text: str, official: Official) -> bool:
    """Whether a name (or its surname alone) is the subject of a verb of saying or of clemency somewhere."""
    for name in [official.name, *official.aliases]:
        at, seen = text.find(name), 0
        while at >= 0 and seen < 20:
            end = at + len(name)
            if text[end : end + 2] not in ("'s", "\u2019s") and (
                _VOICE.match(text, end) or _VOICE_BEFORE.search(text, max(0, at - 60), at)
            ):
                return True
            at, seen = text.find(name, end), seen + 1
    return False


# The leader acts: "Alexander Lukashenko pardoned 14 prisoners", "… has ordered the release of".
_ACTS = re.compile(
    r"(?:,\s+[^,]{1,60},)?\s+(?:has\s+|had\s+|on\s+\w+\s+|also\s+)?(?:pardon|amnest|free|releas|commut|grant|order|sign|"
    r"decree|approv|agreed\s+to\s+(?:pardon|free|releas|commut|grant)|announc|issu|reduc|spar|forgave|forgiv|"
    # French and Spanish: "Kaïs Saïed a gracié", "el Gobierno de Daniel Ortega excarceló", "Bukele anunció".
    r"(?:a|ha)\s+(?:graci|indult|amnisti|libér|liber|excarcel|conmut|commu|accord|ordonn|orden|sign|firm|décrét|"
    r"decret|annonc|anunci|remis|concedi|otorg|desterr|expuls)|"
    # Finite forms only: "libérés jeudi" after a name tells who was freed, not who freed.
    r"(?:indult|amnisti|liber|excarcel|conmut|orden|firm|decret|anunci|otorg|desterr|expuls)(?:a|an|ó|aron|ará|arán)\b|"
    r"concedi(?:ó|eron)|concede\b|destierra\b|"
    # "el Gobierno de Raúl Castro pondrá en libertad a 52 presos".
    r"(?:pon(?:e|en|drá|drán)|puso|pusieron)\s+en\s+libertad\b|(?:graci|amnisti|libèr|ordonn|sign|décrèt|annonc|accord|commu)(?:e|ent)\b|"
    r"remet\b)\w*",
    re.IGNORECASE,
)
_OFFICE_CODES = {
    "secretary of state": "US",
    "state department": "US",
    "white house": "US",
    "kremlin": "RU",
    # The Holy See's offices: "secretario de Estado de la Santa Sede", "le secrétaire d'État du Saint-Siège".
    "santa sede": "VA",
    "saint-siège": "VA",
    "holy see": "VA",
    "vaticano": "VA",
    "vatican": "VA",
}
_OFFICE_STATE = re.compile(
    r"(?-i:Secretary of State|State Department|White House|Kremlin|Santa Sede|Saint-Siège|Holy See)|vaticano|vatican",
    re.IGNORECASE,
)
# "Sviatlana Tsikhanouskaya, who leads the opposition from exile, thanked …": a speaker after her clause.
# French and Spanish verbs of speaking: "X salue …", "X, président de …, juge …", "a réagi X", "dijo X".
_FR_ES_VOICE = (
    r"a\s+(?:déclaré|affirmé|estimé|dénoncé|salué|regretté|réagi|ajouté|expliqué|souligné|jugé|indiqué|précisé|"
    r"déploré|rappelé|assuré|souhaité|martelé|insisté|confié|noté|relevé|averti|prévenu|plaidé|réclamé|demandé|annoncé|"
    # Verbs of answering, defending and blaming, in French and Spanish: "X, defendió días atrás …", "X, acusó a …".
    r"défendu|accusé|rejeté|répondu|reconnu|confirmé|nié|justifié|dit|écrit|remercié|condamné|critiqué|"
    r"fustigé|qualifié|promis|admis|révélé|détaillé|commenté|répété|soutenu|observé|signalé|fait\s+savoir)|"
    r"salue|déplore|dénonce|estime|juge|regrette|affirme|déclare|souligne|rappelle|"
    r"défend|accuse|rejette|répond|reconnaît|confirme|explique|ajoute|précise|indique|assure|"
    r"s['\u2019]est\s+(?:réjoui|félicité|dit|inquiété|indigné)e?|"
    r"dijo|afirmó|declaró|denunció|celebró|reclamó|lamentó|criticó|señaló|aseguró|advirtió|agregó|añadió|sostuvo|"
    r"explicó|recordó|insistió|opinó|consideró|valoró|pidió|exigió|instó|informó|calificó|destacó|"
    r"subrayó|deseó|recalcó|manifestó|expresó|indicó|precisó|reiteró|apuntó|detalló|comentó|aseveró|remarcó|anunció|"
    r"defendió|acusó|rechazó|respondió|admitió|reconoció|confirmó|negó|justificó|cuestionó|agradeció|condenó|"
    r"aclaró|adelantó|anticipó|argumentó|puntualizó|enfatizó|resaltó|replicó|escribió|prometió|garantizó|reveló|"
    r"(?:ha|había|han|habían)\s+(?:dicho|afirmado|declarado|señalado|asegurado|explicado|adelantado|anunciado|"
    r"indicado|denunciado|confirmado|reconocido|defendido|criticado|advertido|pedido|precisado)"
)
_FR_ES_SAYS_APPOSED = re.compile(
    rf",\s+(?P<role>[^,.;\d]{{3,120}}?),\s+(?:[\w'\u2019]+\s+){{0,3}}?(?:{_FR_ES_VOICE})\b"
)
_FR_ES_CLERGY = frozenset(words("obispo évêque arzobispo archevêque cardenal cardinal"))
_FR_ES_SAYS_COMMA = re.compile(rf",\s+(?:{_FR_ES_VOICE})\b")
_FR_ES_VOICE_START = re.compile(rf"(?:{_FR_ES_VOICE})\b")
_SPEAKER_NOUNS = frozenset(
    words("activista militante militant militants opositor opositora opposant opposante dirigente dirigeant dirigeante")
)


def _titled_speaker(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The verb of speaking, an article and what the speaker is, right before his name (or none)."""
    titled = _FR_ES_SAYS_TITLED.search(text, lo, hi)
    if titled is None:
        return None
    said = titled["role"].split()
    if titled["body"]:
        # "el director ejecutivo de Foro Penal,": an office of a named body.
        known = any(_role_word(word) == "head" for word in said)
    else:
        last = said[-1]
        known = _role_word(last) in ("head", "title") or last.lower() in _FR_ES_CLERGY or last.lower() in _SPEAKER_NOUNS
    return titled if known else None


# ", quien prevé demoras", ", qui a passé …": what he does or did, not his office.
_RELATIVE_ASIDE = re.compile(r"(?:quien|quienes|que|qui|cuyo|cuya|dont|lequel|laquelle)\b", re.IGNORECASE)
_PLACE_ASIDE = re.compile(r"(?:desde|depuis|en|à|a|de|from|in|con|avec)\s", re.IGNORECASE)  # ", desde Miami,"
_FR_ES_SAYS_BEFORE = re.compile(rf"\b(?:{_FR_ES_VOICE})\s+$")
# "declaró el obispo Silvio Báez", "a déclaré l'avocat X": the verb, then what the speaker is, then his name.
# "explicó el director ejecutivo de Foro Penal, Alfredo Romero": the office may name its body, then a comma.
_FR_ES_SAYS_TITLED = re.compile(
    rf"\b(?:{_FR_ES_VOICE})\s+(?:(?:el|la|le|l['\u2019])\s*)(?P<role>[a-zà-ÿ][\w'\u2019-]*(?:\s+[a-zà-ÿ][\w'\u2019-]*){{0,3}})"
    r"(?P<body>\s+(?:de|del|du|des|de\s+la|de\s+l['\u2019]|para|pour)\s*[A-ZÀ-Ý][\w'\u2019-]*"
    r"(?:\s+(?:de|del|la|le|los|las|des|du|y|et|[A-ZÀ-Ý][\w'\u2019-]*)){0,6},)?\s+$"
)
_SAYS_AFTER_WHO = re.compile(
    r",\s+who\s+[^.;]{0,160}?,\s+(?:said|says|told|added|thanked|welcomed|called|condemned|critici[sz]ed|praised|wrote)\b"
)
MAX_RUNS = 2000
_LEAD_ROLE = re.compile(r"(?:^|[,;:(]\s*|\b(?:the|and)\s+)((?:[\w'\u2019.-]+\s+){1,6})$")
_SAYS = re.compile(
    r"\s+(?:said|says|told|added|announced|confirmed|called|welcomed|condemned|critici[sz]ed|praised|described|wrote)\b"
    rf"|\s+(?:{_FR_ES_VOICE})\b"
)
# A former holder of the office: "former President X", "l'ancien président X", "el entonces presidente X".
_EX_ROLE = re.compile(r"(?:ex|former)\s", re.IGNORECASE)
_FORMER = re.compile(
    r"(?:former|ex-|late|then-?|ousted|deposed|exiled|ancien|ancienne|entonces|défunt|difunto)\s*$", re.IGNORECASE
)


def _leaders(text: str, officials: list[Official], country: str | None) -> list[Official]:
    """A head of state named with no title ("Alexander Lukashenko pardoned 14 prisoners") is the
    announcement's official when he leads the article's country (never a former one)."""
    found: list[Official] = []
    surnames = {o.name.split()[-1] for o in officials}
    for start, end, code in find_leaders(text[:LEADER_REACH]):
        name = text[start:end]
        if code != country or " " not in name or not name[:1].isupper() or name.split()[-1] in surnames:
            continue
        if _FORMER.search(text, max(0, start - 12), start):
            continue
        if not _ACTS.match(text, end) and not _surname_speaks(text, name.split()[-1], end):
            continue
        if _THEN_TITLE.search(text, max(0, start - 30), start):  # "then-President X": another time's office
            continue
        if any(o.start <= start < o.start + len(o.name) or start <= o.start < end for o in officials):
            continue
        surnames.add(name.split()[-1])
        found.append(Official(name, "head of state", code, start=start))
    return found


_ES_SURNAME_SAYS = re.compile(
    r"\s+(?:aseguró|afirmó|dijo|declaró|anunció|defendió|sostuvo|insistió|advirtió|explicó)\b"
)


def _surname_speaks(text: str, surname: str, after: int) -> bool:
    """ "Por la noche, Ortega aseguró …": the head named in full before speaks later by his surname alone."""
    if len(surname) < 4:
        return False
    for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text[after:LEADER_REACH]):
        if _ES_SURNAME_SAYS.match(text, after + match.end()):
            return True
    return False


def _window(text: str, sentence: Sentence, run: re.Match[str]) -> tuple[list[Token], int, int] | None:
    """Tokens of a capitalised run, with the words before it that may hold its role."""
    start, end = run.span()
    comma_after = text[end : end + 3].lstrip().startswith(",")
    lone = " " not in run.group()
    if lone and not comma_after and not _may_follow_role(text[max(sentence.start, start - 30) : start]):
        return None  # one word with no role before or after it names nobody we keep
    kinds = _kinds_before(text[max(sentence.start, start - 60) : start])
    if lone and not comma_after and not kinds & {"head", "title", ","}:
        return None
    window_start = start
    # Words before the run count only if a role word among them or in the run can head a role.
    if kinds & {"head", "title", ",", "("} or (
        kinds and any(_role_word(w) in ("head", "title") for w in run.group().split())
    ):
        window_start = max(sentence.start, start - 120)
        if window_start > sentence.start:
            space = text.find(" ", window_start, start)
            window_start = space if space >= 0 else start
    tokens = [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, window_start, end)]
    lo = next((k for k, t in enumerate(tokens) if t.start >= start), len(tokens))
    return tokens, lo, len(tokens)


def _may_follow_role(before: str) -> bool:
    """A quick look at the word before a run: a comma or a role word may open a role."""
    before = before.rstrip()
    if before.endswith((",", "(")):
        return True
    word = before[before.rfind(" ") + 1 :].strip("\"'\u201c\u201d\u2018\u2019()[]\u2013\u2014:;")
    return bool(word) and _role_word(word) != ""


def _kinds_before(before: str) -> set[str]:
    """Kinds of the role words right before a run ("head", "mod"...), "," or "(" when one precedes it."""
    tail = _WORD.findall(before)
    if not tail:
        return set()
    if tail[-1] in (",", "("):
        return {tail[-1]}
    if len(tail) >= 3 and tail[-3] == "," and tail[-2] in _ARTICLES_ALL and tail[-1][:1].islower():
        return {","}  # "…, el chavista Jorge Rodríguez": the office is before the comma
    kinds = set()
    for word in reversed(tail):
        kind = _role_word(word)
        if not kind:
            break
        kinds.add(kind)
    return kinds


def _words_after(text: str, sentence: Sentence, tokens: list[Token], j: int) -> list[Token]:
    """tokens, with the words after a run's end read in when the run ends the window (for an appositive)."""
    if j == len(tokens) and j:
        end = tokens[-1].end
        tokens = tokens + [
            Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, end, min(sentence.end, end + 160))
        ]
    return tokens


_ENUMERATED_NAME = re.compile(rf"\s+(?:y|et|and|e)\s+[{_UPPER}]")
_POSSESSIVE = re.compile(r"\b(?:su|sus|son|sa|ses|leur)\s+$", re.IGNORECASE)
_BODY_NAMED = re.compile(
    rf"\b(?:ONG|NGO|organizaci[oó]n|organisation|association|asociaci[oó]n|colectivo|collectif|ligue|liga|"
    rf"observatorio|observatoire|fundaci[oó]n|fondation)(?:\s+(?:de|des|du|del|la|los|las|le|les|"
    rf"[{_UPPER}][\w'\u2019-]*))*"
)


def _owned_by_body(text: str, sentence_start: int, role_start: int, role: str) -> str:
    """The office of a body told before it with a possessive: "La ONG Foro Penal … su director presidente"
    is the NGO's director."""
    if not _POSSESSIVE.search(text, max(sentence_start, role_start - 6), role_start):
        return role
    bodies = list(_BODY_NAMED.finditer(text, sentence_start, role_start))
    return f"{role} de {bodies[-1].group().strip()}" if bodies else role


def _read_name(text, tokens, i, j, country, officials, others, sentence) -> None:
    """File the name in tokens[i:j] as an official (with a role next to it) or as another person."""
    start = _split_run(tokens, i, j)
    name_tokens = tokens[start:j]
    if not name_tokens or _ORG_WORDS.search(text[name_tokens[0].start : name_tokens[-1].end]):
        return
    if i and tokens[i - 1].text == "(":
        return  # an outlet in a dateline: "(Corvid News Service)"
    name_start, name_end = name_tokens[0].start, name_tokens[-1].end
    last = name_tokens[-1].text
    if last.endswith(("'s", "\u2019s")):
        name_end -= 2  # "President Daniel Ortega's government"
    name = text[name_start:name_end]
    if len(name_tokens) == 1 and _ENUMERATED_NAME.match(text, name_end):
        return  # "la ONG Justicia, Encuentro y Perdón": a word in a body's name, not a person
    if len(name_tokens) == 1 and start > i and _role_word(tokens[start - 1].text) == "country":
        return  # "sur France Inter, le garde des Sceaux …": an outlet named after its country
    if len(name_tokens) == 1 and start > i and tokens[start - 1].text in _PLACE_OPENERS:
        # "el presidente de la República Dominicana", "En Valparaíso, el director …": a state's or a place's
        # name, not a person's.
        return
    if len(name_tokens) == 1 and name.lower() in _ROMANCE_MODS:
        return  # "el jefe del Poder Judicial": a word of the office, not a name
    if len(name_tokens) == 1 and _BODY_WORD_BEFORE.search(text, max(0, name_start - 12), name_start):
        # "le ministre de la Communication et des Médias", "Health and Human Services", "artículo 184 de la
        # Constitución": one capitalised word after an article or a linking word ends a body's name, not a person's.
        return
    if (
        len(name_tokens) == 1
        and not text[sentence.start : name_start].strip(" \t\n\"'\u201c\u00ab")
        and text[name_end : name_end + 1] == ","
        and not re.search(rf"[{_UPPER}][\w'\u2019-]+\s+{re.escape(name)}\b", text)
    ):
        return  # "Entonces, el ministro …": a word that opens its sentence, never part of a full name
    if _is_place(text, tokens[i].start, name_start, name_end) or all(t.text in _COMMON_CAPS for t in name_tokens):
        return
    if len(name_tokens) == 1 and _PLACE_PREPOSITION.search(text, max(0, name_start - 6), name_start):
        return  # "a federal prison in Louisiana, his lawyer, …": a place, not the lawyer
    if all(_role_word(t.text) in ("head", "title", "mod") for t in name_tokens):
        return  # "… and Ruler of Dubai": an office, not a name
    # Titles alone ("Sheikh") are no role of the name's own: "the emirate's ruler, Sheikh Mohammed …".
    own_role = any(_role_word(t.text) != "title" for t in tokens[i:start])
    before = _role_before(tokens, i, own_role)
    if before and not own_role and before[-1].text.lower() in _LINKING:
        if any(_role_word(t.text) == "head" for t in before):
            return  # "general secretary of the Bodu Bala Sena": the name is what the role is of
        before = []  # "on the orders of Sheikh X": linking words with no office are no role
    role, role_country = _role_text(text, before + tokens[i:start])
    if role and not _public_role(role) and _has_head(role) and leaders.find_leaders(name):
        role = role  # a head of state under a rank alone ("le général Abdourahamane Tiani") holds the office
    elif not _public_role(role):
        after = _role_after(_words_after(text, sentence, tokens, j), j)
        after_role, after_country = _role_text(text, after)
        if (
            _public_role(after_role)
            # "Vatsa, a poet and a former minister for the Federal Capital Territory, was shot": an office
            # held before, no official of this event.
            and not _EN_FORMER_ROLE.match(after_role)
            and not _NOT_OFFICIAL.search(text, after[0].start, after[-1].end)
            and not _NOT_OFFICIAL_ROMANCE.search(text, after[0].start, after[-1].end)
        ):
            role, role_country = after_role, after_country
        elif after_role and (_of_institution(after) or _owned(after)):
            # "X, advocacy director of the Bahrain Institute for Rights and Democracy": an office in a
            # named body speaks for it (a commenter unless the body is the state's).
            role, role_country = text[after[0].start : after[-1].end], after_country
        else:
            role = ""
    if not role and any(w.text.lower() == "cardenal" for w in [*before, *tokens[i:start]][-2:]):
        role = "cardenal"  # "con el cardenal Jaime Ortega, arzobispo de La Habana": the title is his role
    if role and _EX_ROLE.match(role):
        role = ""  # "el ex procurador general de la República X": an office he no longer holds
    if role and before and _FORMER.search(text, max(0, before[0].start - 12), before[0].start):
        role = ""  # "l'ancien président X", "el entonces presidente X": no office in this event
    if role and before and _EN_FORMER_GAP.search(text, max(0, before[0].start - 20), before[0].start):
        role = ""  # "former trade minister X": the office's word comes one word after "former"
    if role and _EN_THEN_ROLE.match(role):
        role = ""  # "then-President X": the office held at an earlier time, not in this event
    if len(name_tokens) == 1 and i and tokens[i - 1].text == "," and _EN_BODY_LIST.match(text, name_end):
        return  # "the Ministry of Justice, Legal and Parliamentary Affairs": a body's name goes on
    if not role and _gulf_agent(text, tokens, i, start, name, name_end):
        role = tokens[i].text if _role_word(tokens[i].text) == "title" else "Sheikh"
    if role and _EN_HELD_LIST.search(text, max(0, name_start - 80), name_start):
        role = ""  # "amnesty for 1,116 convicts including X, secretary-general of …": one of those pardoned
    if role and _in_held_list(text, sentence.start, name_start):
        role = ""  # "114 of those freed, including …, the lawyer X": a name in the list of the people let out
    if not role:
        led = _LED_BY.search(text, max(sentence.start, name_start - 40), name_start)
        role = led.group(1) if led else ""
        body = _LED_BODY.search(text[max(sentence.start, name_start - 160) : led.start()]) if led else None
        if body:
            # "La Comisión Cubana de Derechos Humanos …, que preside X": the body he leads says what he is.
            role = f"{body.group(1)}, {role}"
    if role and _held(text, tokens[i].start if not before else before[0].start, name_end):
        role = ""  # "reduced former prime minister Thaksin Shinawatra's prison sentence": the one pardoned
    if role and " de" not in role:
        role = _owned_by_body(text, sentence.start, before[0].start if before else tokens[i].start, role)
    if role:
        if _INTERNATIONAL.search(role):
            role_country = None
        elif role_country is None:
            # "le président Emmanuel Macron a salué …" in an Ivorian story: a known head of another state is his.
            led = {code for _start, _end, code in find_leaders(name)}
            role_country = (
                _country_after(text, name_end)
                or (led.pop() if len(led) == 1 else None)
                or abroad_country(name)
                or country
            )
        officials.append(Official(name, role, role_country, start=name_start))
    elif (
        len(name_tokens) >= 2
        and _person_like(name)
        and (
            _SAYS.match(text, name_end)
            or _SAYS_AFTER_WHO.match(text, name_end, sentence.end)
            or _FR_ES_SAYS_APPOSED.match(text, name_end, sentence.end)
            # "…, Alioune Tine, a salué …": a name between commas before its verb.
            or (text[max(0, name_start - 2) : name_start].strip() == "," and _FR_ES_SAYS_COMMA.match(text, name_end))
            or _FR_ES_SAYS_BEFORE.search(text, max(sentence.start, name_start - 40), name_start)
            or _titled_speaker(text, max(sentence.start, name_start - 130), name_start)
        )
        and not _held_elsewhere(text, name)
    ):
        # "Gholamhossein Mohseni-Ejei said …" after "the head of the judiciary said": a named speaker, with
        # what is told of him right before ("Amnesty International's regional director").
        lead = _LEAD_ROLE.search(text[max(sentence.start, name_start - 70) : name_start])
        who = _SAYS_AFTER_WHO.match(text, name_end, sentence.end)
        role = lead.group(1).strip() if lead else ""
        apposed = _FR_ES_SAYS_APPOSED.match(text, name_end, sentence.end) or _FR_ES_APPOSITION.match(
            text, name_end, sentence.end
        )
        office = _FR_ES_ROLE_BEFORE.search(text[max(sentence.start, name_start - 90) : name_start])
        if _FR_ES_SAYS_BEFORE.search(text, max(sentence.start, name_start - 40), name_start):
            role = ""  # "s'est réjoui X, coordinateur …": the verb before the name is no role
        titled = _titled_speaker(text, max(sentence.start, name_start - 130), name_start)
        if titled:
            # "declaró el obispo Silvio Báez": what he is, between the verb and the name, with the body he serves.
            role = " ".join(f"{titled['role']} {titled['body'] or ''}".strip(" ,").split())
        if (
            not role
            and office
            and office.group(1)[:1].isupper()
            and any(_role_word(w) == "head" or w.lower() in _FR_ES_CLERGY for w in office.group(1).split())
        ):
            role = office.group(1)
        if (
            apposed
            and apposed["role"][:1].islower()
            and not _FR_ES_VOICE_START.match(apposed["role"])
            and not _PLACE_ASIDE.match(apposed["role"])
            and not _RELATIVE_ASIDE.match(apposed["role"])
        ):
            # "Maman Wada, président de l'Association …, juge …": the words in apposition are his role.
            role = " ".join(f"{role} {apposed['role']}".split())
        if who and not role:
            clause = text[who.start() : who.end()].rsplit(",", 1)[0]
            role = " ".join(clause.strip(" ,").split())  # "who heads a rights group"
        if role.lower().startswith("then-"):
            return  # "then-President X said at the time": a voice of an earlier event
        officials.append(Official(name, role, country, start=name_start))
    elif (
        len(name_tokens) >= 2
        and _person_like(name)
        and not _held_elsewhere(text, name)
        and _en_speaker(text, name_start, name_end, sentence)
    ):
        officials.append(Official(name, _en_speaker(text, name_start, name_end, sentence), country, start=name_start))
    elif len(name_tokens) >= 2:
        others.append((name, name_start, sentence))


_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|outside)\s+$")
_BODY_WORD_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:and|of|the|et|des|de\s+la|du|avec\s+le|y|del|de\s+los|de\s+las)\s+$"
)
_EN_SENTENCE_BREAK = re.compile(r"[.!?]\s+")
_EN_THEN_ROLE = re.compile(r"(?:then|ex)-", re.IGNORECASE)
_THEN_TITLE = re.compile(r"\b(?:then|ex)-[\w-]+\s+$", re.IGNORECASE)
_EN_FORMER_ROLE = re.compile(r"(?:former|ex-|late|then-)", re.IGNORECASE)
_EN_FORMER_GAP = re.compile(r"\b(?:former|ex-)\s*[a-z][\w-]*\s+$")
_EN_BODY_LIST = re.compile(
    r"\s+and\s+[A-Z]\w+\s+(?:Affairs|Development|Planning|Security|Services|Resources|Relations)\b"
)
# "released by Sheikh Dr Sultan bin Muhammad Al Qasimi", "on the orders of Sheikh X bin Y": a ruler titled
# by his house alone who grants the measure holds it.
_GULF_TITLES = frozenset(("sheikh", "sheikha", "emir", "amir"))
_BY_AGENT = re.compile(r"\b(?:by|orders?\s+of|directives?\s+of|instructions?\s+of)\s+$", re.IGNORECASE)


def _gulf_agent(text: str, tokens: list[Token], i: int, start: int, name: str, name_end: int) -> bool:
    if not any(t.text.lower() in _GULF_TITLES for t in tokens[i:start]) or not re.search(r"\s(?:bin|bint)\s", name):
        return False
    return bool(_BY_AGENT.search(text, max(0, tokens[i].start - 25), tokens[i].start) or _ACTS.match(text, name_end))


# A list of the people a count covers: "received 114 of those freed, including X and the lawyer Y", "Ten convicts
# were included …, among them the journalist X and Y, chairman of …". No verb of saying comes between.
# "excarcelar a cuatro dirigentes comunistas, entre ellos el fundador del Partido, José María Sison": the list
# of the people let out, in English, French and Spanish.
_HELD_MARK = re.compile(
    r"\b(?:including|among\s+them|among\s+whom|such\s+as|entre\s+ell[oa]s|entre\s+l[oa]s\s+que|entre\s+quienes|"
    r"parmi\s+eux|parmi\s+elles|parmi\s+lesquel(?:le)?s|notamment|y\s+compris|au\s+premier\s+rang\s+desquel(?:le)?s)\s+"
    # A clause after the list ends it: "…, en un gesto que el Gobierno presentó …".
    r"(?:(?!said\b|says\b|told\b|dijo\b|declaró\b|déclaré\b|affirmé\b|que\b|qui\b|quien\b)[^.;:!?])*$"
)
_HELD_NEAR = re.compile(
    r"\b(?:freed|released|pardoned|amnestied|convicts|prisoners|detainees|inmates|excarcel\w*|liberad[oa]s|"
    r"liberar|indultad[oa]s|indultar|amnistiad[oa]s|presos|reos|reclusos|detenidos|libérés|libérées|libérer|"
    r"graciés|graciées|gracier|amnistiés|détenus|prisonniers|condamnés|condamnations|opposants)\b",
    re.IGNORECASE,
)


def _in_held_list(text: str, sentence_start: int, name_start: int) -> bool:
    mark = _HELD_MARK.search(text, max(sentence_start, name_start - 160), name_start)
    return bool(mark) and bool(_HELD_NEAR.search(text, max(sentence_start, mark.start() - 80), mark.start()))


_EN_HELD_LIST = re.compile(
    r"\b(?:pardon|amnest|clemency|free|releas|commut)\w*\s+(?:for|to|of)\s+[\d,.]+\s+(?:[a-z]+\s+){0,1}[a-z]+,?\s+(?:including|among\s+them|such\s+as)\s+$"
)
# "…," said Praswad Nugraha, a former investigator at …" and "Charlie Taylor, the chief inspector of prisons, said":
# a named speaker whose apposition is his role.
_EN_NOT_PERSON = re.compile(
    r"\b(?:group|organi[sz]ation|agency|body|association|network|monitor|outlet|newspaper|ngo|charity|party|coalition|union)s?\b",
    re.IGNORECASE,
)
_EN_BODY_BEFORE = re.compile(r"(?:\b(?:for|of|the)|[A-Z]\w*)\s+$")
_EN_SAID_BEFORE = re.compile(r"(?:said|says|told\s+\w+|wrote|added)\s+$")
_EN_APPOSITION = re.compile(
    r",\s+(?:the|a|an)\s+((?:[\w.'\u2019-]+\s+){0,15}?[\w.'\u2019()-]+)\s*(?=[,;]|\.(?:\s+[A-Z\x22\u201c]|\s*$))"
)
_NAME_SUFFIX = re.compile(r"\s(?:Jr|Sr)$")
_EN_BARE_APPOSITION = re.compile(
    r",\s+([a-z][\w'\u2019-]*\s+(?:[\w.'\u2019-]+\s+){0,8}?[\w.'\u2019()-]+)\s*(?=[,;]|\.(?:\s+[A-Z\x22\u201c]|\s*$))"
)
# "of Human Rights Watch", "of the South African Prisoners' Organisation for Human Rights": a body's name after "of";
# its capitalised words and the small words between them (at most the given count of words after the first).
_EN_BODY_NAME = r"of\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|for|of|and|on|the)){{0,{}}}"
_EN_OF_BODY = re.compile(rf"\s+({_EN_BODY_NAME.format(6)})\s*(?=[,;]|\.(?:\s+[A-Z\x22\u201c]|\s*$))")
_EN_SAYS_NEXT = re.compile(r",\s+(?:said|says|told|added|wrote|warned)\b")
# "Miles Bhudu of the South African Prisoners' Organisation for Human Rights said …": a body's voice, the verb after
# the body.
_EN_OF_BODY_SAYS = re.compile(
    rf"\s+({_EN_BODY_NAME.format(7)})"
    r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?,?\s+(?:has\s+|had\s+)?(?:said|says|told|added|wrote|warned|welcomed|called)\b"
)
_EN_BODY_WORD = re.compile(
    r"\b(?:Organi[sz]ation|Association|Group|Watch|Committee|Commission|Council|Network|Institute|Centre|Center|"
    r"Society|Union|Federation|Foundation|Coalition|Movement|League|Amnesty|Rights|Families|Campaign|Alliance|Forum|"
    r"Initiative|Project|Trust|Fund)\b"
)


def _en_speaker(text: str, name_start: int, name_end: int, sentence: Sentence) -> str:
    """The role of a speaker named with an apposition, or "" when the name is no speaker's."""
    if text.startswith(".", name_end) and _NAME_SUFFIX.search(text, name_start, name_end):
        name_end += 1  # "Gregorio Catapang Jr., the bureau's director general"
    said_first = _EN_SAID_BEFORE.search(text, max(sentence.start, name_start - 12), name_start)
    body_says = _EN_OF_BODY_SAYS.match(text, name_end, sentence.end)
    if body_says and _EN_BODY_WORD.search(body_says.group(1)):
        return body_says.group(1)
    body = _EN_OF_BODY.match(text, name_end, sentence.end)
    if said_first and body and not _EN_BODY_BEFORE.search(text, max(sentence.start, name_start - 20), name_start):
        return body.group(1)  # "…," said Phil Robertson of Human Rights Watch.
    apposition = _EN_APPOSITION.match(text, name_end, sentence.end)
    if apposition is None:
        # "…," said Phil Robertson, deputy Asia director at Human Rights Watch": an office with no article.
        bare = _EN_BARE_APPOSITION.match(text, name_end, sentence.end)
        apposition = bare if bare and _has_head(bare.group(1).split(" at ")[0].split(" of ")[0]) else None
    if apposition is None or not re.search(r"[a-z]", apposition.group(1)) or _EN_NOT_PERSON.search(apposition.group(1)):
        return ""  # "the Assistance Association for Political Prisoners, a monitoring group, says": a body
    if _EN_BODY_BEFORE.search(text, max(sentence.start, name_start - 20), name_start):
        return ""
    said_before = _EN_SAID_BEFORE.search(text, max(sentence.start, name_start - 12), name_start)
    if said_before or _EN_SAYS_NEXT.match(text, apposition.end(), sentence.end):
        return apposition.group(1).split(" who ")[0].strip()  # "a law professor … who writes a blog"
    return ""


_SENTENCE_OF = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:sentence|term|jail|prison|conviction|release|pardon)")
_CLEMENCY_OF = re.compile(r"(?:pardon|free|releas|commut|reduc|spar|amnest)\w*\s+$", re.IGNORECASE)


# "Le sergent-chef X fait aussi partie de la liste", "X forma parte de los indultados": one of those listed.
_FR_ES_LISTED_AFTER = re.compile(
    r",?\s+(?:fait|font|figure|figurent|forma|formaba|figura)\s+(?:aussi\s+|également\s+|lui\s+aussi\s+|también\s+)?"
    r"(?:partie\s+(?:de\s+la\s+liste|des\s+(?:bénéficiaires|graciés|amnistiés|libérés))|"
    r"parte\s+de\s+(?:la\s+lista|los\s+(?:beneficiarios|indultados|amnistiados|excarcelados|liberados))|"
    r"sur\s+la\s+liste|en\s+la\s+lista|parmi\s+les\s+(?:bénéficiaires|graciés|libérés))",
    re.IGNORECASE,
)
# "avaient séquestré le président de la transition, X": the office holder an act was done to, not one who acts.
_FR_ES_TARGET_BEFORE = re.compile(
    r"\b(?:séquestr|renvers|destitu|évinc|enlev|assassin|secuestr|derroc)\w*\s+(?:[\w'\u2019-]+\s+){0,1}$",
    re.IGNORECASE,
)


def _held(text: str, role_start: int, name_end: int) -> bool:
    """The person is the one pardoned or freed: "X's prison sentence", "pardoned former minister X"."""
    return (
        bool(_SENTENCE_OF.match(text, name_end))
        or bool(_CLEMENCY_OF.search(text, max(0, role_start - 30), role_start))
        or bool(_FR_ES_LISTED_AFTER.match(text, name_end))
        or bool(_FR_ES_TARGET_BEFORE.search(text, max(0, role_start - 30), role_start))
    )


_HELD_BEFORE = re.compile(
    r"(?:freed|released|jailed|detained|imprisoned|sentenced|convicted|pardoned|among\s+(?:those|them)|including|"
    r"prisoners?|activists?|journalists?|bloggers?|dissidents?|opposition\s+(?:figure|leader|politician))"
    r"\W+(?:[\w'\u2019-]+\W+){0,3}$",
    re.IGNORECASE,
)


_QUOTE_CLOSE = re.compile(r"[,.!?][\x22\u201d]")


def _held_elsewhere(text: str, name: str) -> bool:
    """A quoted person named elsewhere as one held or freed ("freed activist X") is a prisoner who speaks."""
    at, seen = text.find(name), 0
    while at >= 0 and seen < 20:
        lo = max(0, at - 60)
        # "… freed include X.\n\nJohn Coale, …": the words of another sentence tell nothing of him.
        lo = max([lo] + [m.end() for m in _EN_SENTENCE_BREAK.finditer(text, lo, at)])
        # "'… not political prisoners,' said X": the quote's words before its speaker tell nothing of him.
        lo = max([lo] + [m.end() for m in _QUOTE_CLOSE.finditer(text, lo, at)])
        if _HELD_BEFORE.search(text, lo, at):
            return True
        at, seen = text.find(name, at + len(name)), seen + 1
    return False


def _owned(role: list[Token]) -> bool:
    """A role in a named body told with a possessive: "Amnesty International's regional director"."""
    for k, token in enumerate(role):
        if _role_word(token.text) == "head":
            return any(t.text.endswith(("'s", "\u2019s")) and t.text[:1].isupper() for t in role[:k])
    return False


def _of_institution(role: list[Token]) -> bool:
    """A role whose head is "of" or "at" a body with a capitalised name."""
    for k, token in enumerate(role[:-1]):
        if token.text.lower() in ("of", "at") and any(_role_word(t.text) == "head" for t in role[:k]):
            rest = [t for t in role[k + 1 :] if t.text.lower() not in ("the", "a", "an")]
            return bool(rest) and rest[-1].text[:1].isupper() and len([t for t in rest if t.text[:1].isupper()]) >= 2
    return False


def _country_after(text: str, end: int) -> str | None:
    """The country a name is "of": "President Ama Mensah of Ghana"."""
    match = _OF_COUNTRY.match(text, end)
    place = match["place"].split() if match else []
    # The longest name the words open with: "the United States Navy" is of the United States.
    return next((code for n in range(len(place), 0, -1) if (code := gazetteer().codes.get(" ".join(place[:n])))), None)


def _is_place(text: str, run_start: int, start: int, end: int) -> bool:
    """A country, city or demonym in the name: "United States", "Abu Dhabi", "Sri Lanka's"."""
    return any(m.end() > start for m in gazetteer().latin.finditer(text, run_start, end))


def _merge(officials: list[Official], text: str) -> list[Official]:
    """One official per person: 'President Mirziyoyev' joins 'Shavkat Mirziyoyev'."""
    result: list[Official] = []
    for official in sorted(officials, key=lambda o: -len(o.name.split())):
        surname = official.name.split()[-1]
        # A surname joins a full name ("Mirziyoyev" and "Shavkat Mirziyoyev"); two full names with
        # different given names are two people ("Macky Sall" and "Malick Sall").
        same = next(
            (
                o
                for o in result
                if o.name.split()[-1] == surname
                and _same_given(o.name, official.name)
                or official.name in o.name
                or shortened_name(official.name, o.name)
            ),
            None,
        )
        if same:
            if official.name != same.name and official.name not in same.aliases:
                same.aliases.append(official.name)
            same.role = same.role or official.role
            same.start = min(same.start, official.start)
            continue
        result.append(official)
    for official in result:
        if " " not in official.name:
            _given_name_told(official, text)
    for official in result:
        surname = official.name.split()[-1].removeprefix("al-").removeprefix("el-")
        fresh = len(surname) > 3 and surname not in official.aliases and surname != official.name
        if fresh and _named_alone(text, surname, official.name):
            official.aliases.append(surname)
    result.sort(key=lambda o: o.start)
    return result


def _given_name_told(official: Official, text: str) -> None:
    """ "le président Chirac" is "Jacques Chirac" where the text tells his given name once, and only one."""
    if len(official.name) < 4 or not official.name[:1].isupper():
        return
    given = {
        match.group(1)
        for match in re.finditer(
            rf"(?<![\w'\u2019.-])([A-ZÀ-Ý][a-zà-ÿ'\u2019-]+)\s+{re.escape(official.name)}(?![\w-])", text
        )
        if _role_word(match.group(1)) == ""
        and match.group(1) not in _COMMON_CAPS
        and match.group(1) not in _PLACE_OPENERS
    }
    if len(given) == 1:
        official.aliases.append(official.name)
        official.name = f"{given.pop()} {official.name}"


def shortened_name(short: str, full: str) -> bool:
    """A name told with words of the full name left out ("Mahamat Déby" for "Mahamat Idriss Déby Itno"):
    the same given name, then the other words in the full name's order. Filing joins officials of
    different articles by the same test (releases.services.official_match)."""
    words_short, words_full = short.split(), full.split()
    if not 2 <= len(words_short) < len(words_full) or words_short[0] != words_full[0]:
        return False
    rest = iter(words_full[1:])
    return all(word in rest for word in words_short[1:])


def _same_given(a: str, b: str) -> bool:
    first_a, first_b = a.split(), b.split()
    return len(first_a) == 1 or len(first_b) == 1 or first_a[0] == first_b[0]


def _named_alone(text: str, surname: str, name: str) -> bool:
    """Whether the surname stands on its own somewhere, not as the end of the full name."""
    lead = len(name) - len(surname) if name.endswith(surname) else -1
    at = text.find(surname)
    while at >= 0:
        before, after = text[at - 1 : at] if at else "", text[at + len(surname) : at + len(surname) + 1]
        alone = not (before.isalnum() or before in ("_", "-")) and not (after.isalnum() or after == "_")
        if alone and not (lead >= 0 and at >= lead and text.startswith(name, at - lead)):
            return True
        at = text.find(surname, at + 1)
    return False


def _prisoners(text: str, others: list[tuple[str, int, Sentence]], officials: list[Official]) -> list[str]:
    """Named people held or freed: a person's name (not a group's) near words about detention."""
    known = {o.name for o in officials} | {a for o in officials for a in o.aliases}
    names: list[str] = []
    for name, start, sentence in others:
        if name in known or name in names or any(name in n for n in names):
            continue
        if any(part in known for part in name.split()) or not _person_like(name):
            continue
        if _SPEAKS_AFTER.match(text, start + len(name), sentence.end) or _SPEAKS_BEFORE.search(
            text, max(sentence.start, start - 20), start
        ):
            continue  # the source of a quote, not a prisoner
        # Near a word about detention: in a short sentence anywhere, in a long one within reach.
        reach = 150 if sentence.end - sentence.start > 250 else 1000
        if _PRISONER_CONTEXT.search(text, max(sentence.start, start - reach), min(sentence.end, start + reach)):
            names.append(name)
    return names[:50]


def _person_like(name: str) -> bool:
    """Two to four capitalised words, none of them a group's or a creed's ("Proud Boys", "Kachin Christian")."""
    capitalised = [w for w in name.split() if w not in _PARTICLES]
    return 2 <= len(capitalised) <= 4 and not any(w in _GROUP_WORDS for w in capitalised)
