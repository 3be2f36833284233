"""French, Spanish, Arabic and Persian articles end to end: figures (value and metric), country and date."""

import datetime as dt

import pytest

from releases.extraction import extract

PUBLISHED = dt.date(2024, 3, 20)

FRENCH = (
    "Le roi a gracié 1 500 détenus à l'occasion de la fête du Trône, a annoncé mardi le ministère "
    "de la Justice à Rabat. Parmi eux, 35 détenus condamnés pour terrorisme ont bénéficié de la grâce "
    "royale. Les prisons marocaines comptaient environ 100 000 détenus fin 2023. Selon une ONG, près de "
    "deux cents personnes ont été libérées provisoirement."
)
SPANISH = (
    "El Gobierno de Cuba indultó a 2 900 presos con motivo de la Semana Santa, informó el miércoles el "
    "diario oficial en La Habana. Además, más de 300 presos políticos siguen detenidos, según "
    "organizaciones de derechos humanos. Las cárceles del país albergan a unos 90.000 reclusos. El "
    "indulto alcanza también a 120 mujeres, que cumplían condenas de cinco años."
)
ARABIC = (
    "أصدر الرئيس عبد المجيد تبون عفوا عن ٤٬٧٠٠ سجين بمناسبة عيد الاستقلال، حسبما أعلنت الرئاسة "
    "الجزائرية يوم الأحد. وقالت وزارة العدل إنه تم الإفراج عن 850 محكوما قضوا أكثر من ثلاث سنوات. "
    "ويقدر عدد نزلاء السجون في الجزائر بنحو ٦٥ ألف سجين."
)
PERSIAN = (
    "رئیس قوه قضاییه اعلام کرد با موافقت رهبر انقلاب، ۱۰ هزار نفر از زندانیان به مناسبت عید نوروز "
    "مورد عفو قرار گرفتند. همچنین حدود ۸۵ هزار زندانی به مرخصی رفتند. سخنگوی قوه قضاییه گفت تعداد "
    "زندانیان در ایران ۱۸۹٬۵۰۰ نفر است."
)


@pytest.mark.parametrize(
    ("text", "language", "country", "expected"),
    [
        (
            FRENCH,
            "fr",
            "MA",
            {(1500, "pardoned"), (35, "pardoned"), (100000, "prison_population"), (200, "temporarily_released")},
        ),
        (SPANISH, "es", "CU", {(2900, "pardoned"), (300, "detained"), (90000, "prison_population"), (120, "pardoned")}),
        (ARABIC, "ar", "DZ", {(4700, "pardoned"), (850, "released"), (65000, "prison_population")}),
        (PERSIAN, "fa", "IR", {(10000, "pardoned"), (85000, "temporarily_released"), (189500, "prison_population")}),
    ],
)
def test_figures_and_country_in_other_languages(text, language, country, expected):
    result = extract(text, published=PUBLISHED)
    assert result.language == language
    assert result.relevant
    assert result.country == country
    assert {(f.value, f.metric) for f in result.figures} == expected
    for figure in result.figures:
        assert text[figure.start : figure.end] == figure.quote


def test_categories_and_qualifiers_in_other_languages():
    french = {f.value: f for f in extract(FRENCH, published=PUBLISHED).figures}
    assert french[35].category == "security"
    assert french[100000].qualifier == "approximately"
    spanish = {f.value: f for f in extract(SPANISH, published=PUBLISHED).figures}
    assert (spanish[300].category, spanish[300].qualifier) == ("political", "at_least")
    assert spanish[120].category == "women"
    persian = {f.value: f for f in extract(PERSIAN, published=PUBLISHED).figures}
    assert persian[10000].category is None  # "زن" inside "زندانیان" is not "women"


def test_weekday_in_arabic_resolves_against_publication():
    assert extract(ARABIC, published=PUBLISHED).announced_on == dt.date(2024, 3, 17)


def test_jalali_date_in_persian():
    text = "رئیس قوه قضاییه روز ۲۸ اسفند ۱۳۹۸ اعلام کرد ۱۰ هزار زندانی عفو شدند."
    assert extract(text, published=dt.date(2020, 3, 19)).announced_on == dt.date(2020, 3, 18)


def test_language_can_be_given():
    assert extract("Le roi a gracié 300 détenus.", language="fr").language == "fr"


# Short articles in each language, each with its figures, country and announcement date.
# Published on Thursday 11 April 2024 unless the article says otherwise.
THURSDAY = dt.date(2024, 4, 11)
ARTICLES = [
    pytest.param(
        "Le roi Mohammed VI a gracié 2 476 détenus à l'occasion de l'Aïd al-Fitr, a annoncé mercredi le ministère "
        "de la Justice à Rabat. Parmi eux, 29 personnes condamnées pour terrorisme ont vu leur peine réduite. "
        "Le Maroc compte près de 100 000 détenus dans ses prisons, selon la délégation pénitentiaire.",
        THURSDAY, "fr", "MA", dt.date(2024, 4, 10),
        {(2476, "pardoned"), (29, "sentence_reduced"), (100000, "prison_population")},
        id="fr-royal-pardon-for-eid",
    ),
    pytest.param(
        "Tunisie : libération provisoire de 300 détenus\n\nTUNIS - Les autorités tunisiennes ont libéré "
        "provisoirement 300 détenus le 8 avril 2024 pour désengorger les prisons, a indiqué le porte-parole du "
        "ministère de la Justice. Plus de 23 000 personnes sont incarcérées en Tunisie.",
        THURSDAY, "fr", "TN", dt.date(2024, 4, 8),
        {(300, "temporarily_released"), (23000, "prison_population")},
        id="fr-temporary-release-explicit-date",
    ),
    pytest.param(
        "Le président a gracié 150 prisonniers mardi dernier, a rapporté l'agence officielle à Alger.",
        THURSDAY, "fr", "DZ", dt.date(2024, 4, 9),
        {(150, "pardoned")},
        id="fr-mardi-dernier",
    ),
    pytest.param(
        "El presidente de Cuba indultó a 553 presos con motivo del Día de la Independencia, informó el miércoles "
        "el Consejo de Estado en La Habana. Entre los beneficiados hay 36 mujeres y 20 extranjeros. Las cárceles "
        "cubanas albergan a unos 90.000 reclusos, según organizaciones de derechos humanos.",
        THURSDAY, "es", "CU", dt.date(2024, 4, 10),
        {(553, "pardoned"), (36, "pardoned"), (20, "pardoned"), (90000, "prison_population")},
        id="es-pardon-for-independence-day",
    ),
    pytest.param(
        "Venezuela excarcela a 110 presos políticos\n\nCARACAS - El Gobierno de Venezuela excarceló el 9 de abril "
        "de 2024 a 110 presos políticos, según el Foro Penal, que estima que unas 270 personas siguen detenidas "
        "por razones políticas.",
        THURSDAY, "es", "VE", dt.date(2024, 4, 9),
        {(110, "released"), (270, "detained")},
        id="es-release-explicit-date",
    ),
    pytest.param(
        "El Gobierno de Bolivia concedió el martes pasado libertad condicional a 400 reclusos en La Paz.",
        THURSDAY, "es", "BO", dt.date(2024, 4, 9),
        # Parole is an early release for good, not leave for a while: the corpus counts it as released.
        {(400, "released")},
        id="es-martes-pasado",
    ),
    pytest.param(
        "أصدر الملك محمد السادس عفوا عن 1304 أشخاص بمناسبة عيد الفطر، حسبما أعلنت وزارة العدل المغربية يوم "
        "الأربعاء. ويبلغ عدد نزلاء السجون في المغرب نحو مئة ألف سجين.",
        THURSDAY, "ar", "MA", dt.date(2024, 4, 10),
        {(1304, "pardoned"), (100000, "prison_population")},
        id="ar-royal-pardon-wednesday",
    ),
    pytest.param(
        "أفرجت السلطات المصرية في 8 أبريل 2024 عن 250 سجينا بعفو رئاسي بمناسبة عيد الفطر. وقالت منظمات "
        "حقوقية إن نحو 60 ألف معتقل سياسي ما زالوا في السجون المصرية.",
        THURSDAY, "ar", "EG", dt.date(2024, 4, 8),
        {(250, "pardoned"), (60000, "detained")},
        id="ar-presidential-pardon-explicit-date",
    ),
    pytest.param(
        "رئیس قوه قضاییه روز چهارشنبه اعلام کرد با موافقت رهبر انقلاب، ۲ هزار و ۵۰۰ زندانی به مناسبت عید فطر "
        "عفو شدند. همچنین ۷۰۰ زندانی به مرخصی رفتند.",
        THURSDAY, "fa", "IR", dt.date(2024, 4, 10),
        {(2500, "pardoned"), (700, "temporarily_released")},
        id="fa-pardon-and-leave-wednesday",
    ),
    pytest.param(
        "سخنگوی قوه قضاییه روز ۲۹ اسفند ۱۳۹۸ اعلام کرد ۱۰ هزار زندانی در ایران عفو شدند و حدود ۸۵ هزار زندانی "
        "به مرخصی رفتند.",
        dt.date(2020, 3, 20), "fa", "IR", dt.date(2020, 3, 19),
        {(10000, "pardoned"), (85000, "temporarily_released")},
        id="fa-solar-hijri-date",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "language", "country", "announced", "expected"), ARTICLES)
def test_articles_end_to_end(text, published, language, country, announced, expected):
    result = extract(text, published=published)
    assert (result.language, result.relevant, result.country) == (language, True, country)
    assert {(f.value, f.metric) for f in result.figures} == expected
    assert result.announced_on == announced
    for figure in result.figures:
        assert text[figure.start : figure.end] == figure.quote


def test_persian_search_phrase_for_the_march_2020_pardon():
    result = extract("عفو ۱۰ هزار زندانی", published=dt.date(2020, 3, 19))
    assert result.language == "fa"
    assert [(f.value, f.metric) for f in result.figures] == [(10000, "pardoned")]
    assert result.country == "IR"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("سه شنبه", dt.date(2020, 3, 17)),
        ("سه\u200cشنبه", dt.date(2020, 3, 17)),
        ("پنج شنبه", dt.date(2020, 3, 19)),
        ("یک\u200cشنبه", dt.date(2020, 3, 15)),
        ("شنبه", dt.date(2020, 3, 14)),
    ],
)
def test_persian_weekdays_in_every_spelling(day, expected):
    text = f"رئیس قوه قضاییه روز {day} گفت ۳۰۰ زندانی آزاد شدند."
    assert extract(text, published=dt.date(2020, 3, 19)).announced_on == expected


def test_arabic_and_persian_thousands_joined_by_and():
    assert [f.value for f in extract("عفو عن 3 آلاف و200 سجين", published=PUBLISHED).figures] == [3200]
    assert [f.value for f in extract("۲ هزار و ۵۰۰ زندانی عفو شدند", published=PUBLISHED).figures] == [2500]


@pytest.mark.parametrize(
    ("lang", "title", "paragraphs", "country", "expected"),
    [
        (
            "fa",
            "عفو ۱۰ هزار زندانی به مناسبت نوروز",
            [
                "سخنگوی قوه قضاییه روز چهارشنبه اعلام کرد با موافقت رهبر انقلاب، ۱۰ هزار زندانی به مناسبت عید نوروز "
                "عفو می‌شوند.",
                "به گفته او حدود ۸۵ هزار زندانی نیز به مرخصی رفته‌اند و مرخصی آنان تمدید شده است.",
            ],
            "IR",
            {(10000, "pardoned"), (85000, "temporarily_released")},
        ),
        (
            "fr",
            "Le roi gracie 1 500 détenus pour la fête du Trône",
            [
                "Le roi a gracié 1 500 détenus à l'occasion de la fête du Trône, a annoncé mercredi le ministère de "
                "la Justice à Rabat.",
                "Les prisons marocaines comptaient environ 100 000 détenus à la fin de l'année dernière.",
            ],
            "MA",
            {(1500, "pardoned"), (100000, "prison_population")},
        ),
    ],
)
def test_html_page_in_another_language_end_to_end(lang, title, paragraphs, country, expected):
    from releases.ingest.pages import parse_page

    direction = "rtl" if lang in ("fa", "ar") else "ltr"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        f"<!DOCTYPE html><html lang='{lang}' dir='{direction}'><head><title>{title}</title>"
        "<meta property='article:published_time' content='2024-03-21T09:00:00+03:30'></head><body>"
        f"<nav><a href='/'>{title}</a></nav><main><article><h1>{title}</h1>{body}</article></main></body></html>"
    )
    page = parse_page(html)
    assert page.language == lang
    result = extract(page.text, published=page.published, title=page.title, language=page.language)
    assert (result.language, result.country) == (lang, country)
    assert {(f.value, f.metric) for f in result.figures} == expected
    assert result.announced_on == dt.date(2024, 3, 20)


def test_a_series_of_measures_that_names_a_pardon_first_counts_a_pardon():
    text = (
        "Le président a décidé une mesure de grâce, réduction ou commutation de peines au profit de 1 526 "
        "personnes, a annoncé le ministère de la Justice."
    )
    assert {(f.value, f.metric) for f in extract(text, language="fr").figures} == {(1526, "pardoned")}


def test_a_persian_clause_ends_at_its_verb():
    # The verb of the first clause ("آزاد شدند") does not govern the number of the next one.
    text = "با فرمان عفو ۹۰۰ زندانی، ۶۰۰ نفر از آنان آزاد شدند و مجازات ۳۰۰ نفر دیگر کاهش یافت."
    found = {(f.value, f.metric) for f in extract(text, language="fa").figures}
    assert (300, "sentence_reduced") in found
    assert (300, "released") not in found


def test_arabic_and_persian_nouns_and_demonyms_that_count_people():
    ar = extract(
        "أصدر الرئيس عفوا عن 300 محبوس و45 متهما، بينهم 12 سيدة. وأفرج عن سبعة سعوديين و23 سودانيا.",
        language="ar",
    )
    found = {(f.value, f.metric, f.category) for f in ar.figures}
    assert {(300, "pardoned", None), (45, "pardoned", None), (12, "pardoned", "women")} <= found
    assert {(7, "released"), (23, "released")} <= {(f.value, f.metric) for f in ar.figures}
    ar = extract("قال المسؤول إن 33 من المعفى عنهم كانوا محبوسين في قضايا التظاهر.", language="ar")
    assert [(f.value, f.metric) for f in ar.figures] == [(33, "pardoned")]
    fa = extract("روز گذشته ۲۰ تبعه خارجی و ۳۲ عضو این گروه از زندان آزاد شدند.", language="fa")
    assert {(20, "released"), (32, "released")} <= {(f.value, f.metric) for f in fa.figures}


def test_governing_words_of_the_measures_beneficiaries():
    def read(text, lang):
        return {(f.value, f.metric) for f in extract(text, language=lang).figures}

    assert read("Un décret présidentiel a profité à 2 300 condamnés, selon le ministère.", "fr") == {(2300, "pardoned")}
    assert read("Depuis, 420 détenus ont retrouvé la liberté, selon la présidence.", "fr") == {(420, "released")}
    assert read("De ellos, 900 salieron el viernes de las cárceles del país.", "es") == {(900, "released")}
    assert read("La comisión resolvió 600 casos: 250 por amnistía y 350 por indulto.", "es") == {
        (250, "pardoned"),
        (350, "pardoned"),
    }
    assert read("Del total, 153 beneficiarios son mujeres.", "es") == {(153, "pardoned")}
    assert read("عفو رهبری شامل حال ۵ هزار زندانی خواهد شد.", "fa") == {(5000, "pardoned")}
    assert read("أصدر الرئيس قرارا لفائدة 320 موقوفا.", "ar") == {(320, "pardoned")}


def test_spanish_house_arrest_and_sending_home_are_temporary_releases():
    text = (
        "Colombia enviará a casa a unos 2.000 presos durante seis meses. Alrededor de 2.000 reclusos podrán pasar "
        "seis meses en sus casas en lugar de en la cárcel, informó el Gobierno."
    )
    result = extract(text, language="es")
    assert result.relevant
    assert {(f.value, f.metric) for f in result.figures} == {(2000, "temporarily_released")}


def test_freed_by_the_amnesty_named_after_the_verb_counts_the_amnesty():
    text = (
        "El Gobierno calcula que al menos 2.400 personas dejarán las cárceles gracias al decreto presidencial de "
        "amnistía e indulto, informó el ministerio."
    )
    assert {(f.value, f.metric) for f in extract(text, language="es").figures} == {(2400, "pardoned")}
    # "gracias a" alone is "thanks to", not a pardon.
    text = "Unos 300 presos salieron de la cárcel gracias a la presión de sus familias, informó la prensa."
    assert {(f.value, f.metric) for f in extract(text, language="es").figures} == {(300, "released")}


def test_a_persian_verb_after_the_number_governs_over_a_cue_far_before_it():
    text = "این افراد مشمول «عفو» شناخته شده‌اند و علاوه بر آنان، مدت حبس سه هزار و ۱۲۰ زندانی دیگر نیز کاهش یافته است."
    found = {(f.value, f.metric) for f in extract(text, language="fa").figures}
    assert found == {(3120, "sentence_reduced")}


def test_parole_is_a_release_and_provisional_release_is_temporary():
    fr = extract("Le ministre a accordé la libération conditionnelle à 1 035 détenus supplémentaires.", language="fr")
    assert {(f.value, f.metric) for f in fr.figures} == {(1035, "released")}
    fr = extract("Les autorités ont accordé une libération provisoire à 300 détenus.", language="fr")
    assert {(f.value, f.metric) for f in fr.figures} == {(300, "temporarily_released")}


def test_an_arabic_demonym_of_another_state_counts_foreign_nationals():
    text = "صنعاء، 14 أبريل – أفرجت جماعة الحوثي في اليمن عن 900 أسير، بينهم سبعة سعوديين."
    figures = {f.value: f for f in extract(text, language="ar").figures}
    assert figures[7].category == "foreign_nationals"
    assert figures[900].category is None


def _read(text, lang, published=None):
    return {(f.value, f.metric) for f in extract(text, language=lang, published=published).figures}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Dropped charges free the accused.
        ("Le chef de l'Etat a ordonné l'arrêt des poursuites contre 140 manifestants arrêtés en mai.", "fr",
         {(140, "released")}),
        ("Le gouvernement a annoncé l'abandon des poursuites visant 75 prévenus.", "fr", {(75, "released")}),
        # Held "in connection with" something is detained; held in a named country is the prison population.
        ("Le président a gracié 300 détenus. Quelque 600 personnes seraient incarcérées en lien avec les troubles.",
         "fr", {(300, "pardoned"), (600, "detained")}),
        ("Le président a gracié 300 détenus. Plus de 40 000 personnes sont incarcérées au Sénégal.", "fr",
         {(300, "pardoned"), (40000, "prison_population")}),
        # A release whose instrument is a pardon decree keeps the pardon.
        ("Au total, 812 détenus vont quitter les prisons du pays à la faveur d'un décret de grâce présidentielle.",
         "fr", {(812, "pardoned")}),
        ("Les 230 bénéficiaires de la mesure de clémence ont quitté leurs cellules lundi.", "fr",
         {(230, "pardoned")}),
        # A series naming a pardon before a release counts the pardon.
        ("Le président a signé des décrets de grâce et de libération conditionnelle concernant 510 détenus.", "fr",
         {(510, "pardoned")}),
        ("Les 70 pensionnaires ont obtenu une remise de peine, a indiqué la direction.", "fr",
         {(70, "sentence_reduced")}),
        # People still behind bars after a pardon are detained, not pardoned.
        ("Pese al indulto, seguirán entre rejas 95 presos políticos, según la ONG.", "es", {(95, "detained")}),
        ("El Gobierno amnistió a 500 presos. Tras la amnistía, 40 opositores permanecen detenidos en El Chipote.",
         "es", {(500, "pardoned"), (40, "detained")}),
        ("La medida favorece a más de dos mil sancionados por delitos menores.", "es", {(2000, "pardoned")}),
        ("El Gobierno indultó a 500 presos. En las cárceles del país hay más de 80.000 presos.", "es",
         {(500, "pardoned"), (80000, "prison_population")}),
        ("Unos 250 internos recibieron la conmutación de la pena el martes.", "es", {(250, "sentence_reduced")}),
        ("Otros 12 reclusos obtuvieron el indulto por razones humanitarias.", "es", {(12, "pardoned")}),
        ("Unos 1.200 internos podrían beneficiarse de la nueva ley, calculó el ministerio.", "es",
         {(1200, "pardoned")}),
        ("Un total de 64 sentenciados abandonaron los penales de Lima tras recibir la gracia.", "es",
         {(64, "pardoned")}),
    ],
)  # fmt: skip
def test_french_and_spanish_governing_words(text, lang, expected):
    assert _read(text, lang) == expected


def test_a_duration_needs_its_unit_as_a_whole_word():
    # "à Vogan" is a place, not "à … an" (a year): the breakdown's line is a count.
    text = (
        "La grâce profite à 120 détenus, répartis ainsi : quarante-sept (47) à Vogan et soixante-treize (73) à Mango."
    )
    assert {(47, "pardoned"), (73, "pardoned")} <= _read(text, "fr")


def test_a_count_in_apposition_and_a_breakdown_line_with_an_article():
    es = extract(
        "El Gobierno concedió gracias a 60 internos. La mayoría, 52, recibió la conmutación de la pena.", language="es"
    )
    figures = {f.value: f for f in es.figures}
    assert (figures[52].metric, figures[52].role, figures[52].part_of) == ("sentence_reduced", "part", 60)
    fr = extract(
        "Le roi a gracié 90 détenus : soixante-dix (70) obtiennent une remise totale, vingt (20) une remise partielle.",
        language="fr",
    )
    assert {(f.value, f.metric) for f in fr.figures} == {(90, "pardoned"), (70, "pardoned"), (20, "sentence_reduced")}


def test_the_count_of_the_measure_told_again_keeps_its_metric():
    fr = extract(
        "Le président a gracié 612 détenus, a annoncé la présidence. Les lignes sont : 500 à Lomé, 112 à Kara. "
        "Plus de six cents détenus retrouvent ainsi la liberté.",
        language="fr",
    )
    figures = {f.value: f for f in fr.figures}
    assert (figures[600].metric, figures[600].role) == ("pardoned", "alternative")
    fr = extract(
        "Le gouvernement a adopté une amnistie au bénéfice de 415 personnes. Environ 400 personnes sont donc "
        "concernées par le texte.",
        language="fr",
    )
    assert {(f.value, f.metric) for f in fr.figures} == {(415, "pardoned"), (400, "pardoned")}
    # "ainsi" with a verb of its own that is no release does not restate the count.
    fr = extract("Le roi a gracié 300 détenus. 40 autres ont ainsi vu leur peine réduite.", language="fr")
    assert (40, "sentence_reduced") in {(f.value, f.metric) for f in fr.figures}


def test_a_subgroup_marker_before_a_verb_divides_the_count_told_before():
    es = extract(
        "El presidente firmó un decreto que concede el indulto a 95 opositores. Entre ellos figuran 12 periodistas "
        "y varios sindicalistas.",
        language="es",
    )
    figures = {f.value: f for f in es.figures}
    assert (figures[12].metric, figures[12].role, figures[12].part_of) == ("pardoned", "part", 95)


def test_freed_after_the_government_granted_a_pardon_counts_the_pardon():
    text = (
        "Unos 75 internos de distintos penales del país quedarán en libertad en los próximos días después de que "
        "el Gobierno les otorgara el indulto humanitario, informó el ministerio."
    )
    assert _read(text, "es") == {(75, "pardoned")}


def test_bail_and_supervised_residence_are_temporary_and_tandis_que_ends_a_clause():
    assert _read("Au total, 900 détenus ont été libérés sous caution, a précisé le ministère.", "fr") == {
        (900, "temporarily_released")
    }
    text = "Quelque 1 200 détenus ont vu leur peine commuée, tandis que 300 autres ont été libérés."
    assert _read(text, "fr") == {(1200, "sentence_reduced"), (300, "released")}


def test_others_after_the_verb_and_the_people_just_named_by_tous_deux():
    text = "La presidenta concedió el indulto a 40 reclusos y conmutó la pena de otros 25."
    assert _read(text, "es") == {(40, "pardoned"), (25, "sentence_reduced")}
    text = "Le président a gracié 500 détenus, dont les opposants Jean Malo et Paul Dia. Tous deux ont recouvré la liberté."
    assert _read(text, "fr") == {(500, "pardoned")}


def test_a_reporting_incise_ends_the_clause_after_the_number():
    text = (
        "Le président a accordé sa grâce à 640 détenus. Près de 640 personnes sont visées, a expliqué le ministre, "
        "qui a invité les familles dont un proche a été arrêté à se manifester."
    )
    assert _read(text, "fr") == {(640, "pardoned")}


def test_a_breakdown_by_ground_and_a_heading_before_its_lines():
    result = extract(
        "La comisión concedió 300 amnistías. Por tipo de delito, se reparten así: 280 por delitos contra la salud y "
        "20 por robo simple. Por sexo, 200 son hombres y 100 mujeres.",
        language="es",
    )
    figures = {(f.value, f.metric, f.role, f.part_of) for f in result.figures}
    assert {(280, "pardoned", "part", 300), (20, "pardoned", "part", 300)} <= figures
    assert {(200, "pardoned", "part", 300), (100, "pardoned", "part", 300)} <= figures


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A sentence reduction stays one after "bénéficié d'une".
        ("Au total, 2 100 détenus ont bénéficié d'une remise de peine, selon le ministère.", "fr",
         {(2100, "sentence_reduced")}),
        # A release demanded is not done: those people are still held.
        ("Le président a gracié 40 détenus. L'opposition réclame la libération des 900 autres détenus d'opinion.",
         "fr", {(40, "pardoned"), (900, "detained")}),
        ("El Gobierno excarceló a 60 presos; la ONG exige la liberación de 700 presos políticos.", "es",
         {(60, "released"), (700, "detained")}),
        ("El Gobierno liberó a 103 detenidos, mientras que otras 1.500 personas siguen privadas de libertad.", "es",
         {(103, "released"), (1500, "detained")}),
        ("La jueza concedió la libertad a 15 reos, mientras que otros 40 continúan en el penal de Tocorón.", "es",
         {(15, "released"), (40, "detained")}),
        ("Un total de 900 reos recibirán la preliberación en los próximos meses, anunció la presidenta.", "es",
         {(900, "released")}),
        ("Le roi a gracié 300 détenus. Les prisons surpeuplées, qui accueillent 70 000 détenus, sont saturées.",
         "fr", {(300, "pardoned"), (70000, "prison_population")}),
    ],
)  # fmt: skip
def test_french_and_spanish_reductions_demands_and_people_still_held(text, lang, expected):
    assert _read(text, lang) == expected


def test_an_authority_named_before_its_state_in_french_and_spanish():
    text = (
        "Un total de 90 presos políticos salieron el jueves de las cárceles del Gobierno de Nicaragua y fueron "
        "trasladados a Guatemala en un vuelo pagado por Estados Unidos, según anunció Washington."
    )
    assert extract(text, language="es").country == "NI"
    text = (
        "Quelque 200 prisonniers sont sortis jeudi des prisons du Mali et sont arrivés à Niamey, selon le "
        "Niger, qui a affrété l'avion."
    )
    assert extract(text, language="fr").country == "ML"


def test_a_subgroup_inside_its_totals_clause_and_breakdown_lines_with_their_own_cue():
    es = extract("Un total de 62 reos, entre ellos 12 mujeres, fueron indultados por el presidente.", language="es")
    figures = {f.value: f for f in es.figures}
    assert (figures[62].metric, figures[62].role) == ("pardoned", "total")
    assert (figures[12].role, figures[12].part_of) == ("part", 62)
    es = extract(
        "El indulto alcanza a 1.200 presos: 800 obtendrán la libertad plena y 400 una rebaja de condena.", language="es"
    )
    assert (400, "sentence_reduced") in {(f.value, f.metric) for f in es.figures}
    fr = "La grâce concerne 1 200 détenus : 800 bénéficient d'une remise totale et 400 d'une réduction de peine."
    assert {(800, "pardoned"), (400, "sentence_reduced")} <= _read(fr, "fr")


def test_people_kept_in_police_custody_or_under_arrest_are_detained():
    fr = "Les autorités ont relâché 45 manifestants, mais 12 autres restent en garde à vue."
    assert _read(fr, "fr") == {(45, "released"), (12, "detained")}
    es = "Las autoridades liberaron a 45 manifestantes, pero otros 12 siguen bajo arresto."
    assert _read(es, "es") == {(45, "released"), (12, "detained")}


def test_a_royal_pardon_broken_down_by_what_each_group_receives():
    text = (
        "Le roi a accordé sa grâce à 1 400 personnes. Parmi les bénéficiaires, 1 100 sont actuellement en détention. "
        "Le souverain a levé le reliquat de la peine pour 30 détenus, allégé la durée d'emprisonnement pour 1 065 "
        "autres et commué la perpétuité en peine à temps pour 5 condamnés."
    )
    figures = {f.value: f for f in extract(text, language="fr").figures}
    assert (figures[1100].metric, figures[1100].role, figures[1100].part_of) == ("pardoned", "part", 1400)
    assert (figures[30].metric, figures[30].part_of) == ("pardoned", 1100)
    assert (figures[1065].metric, figures[1065].part_of) == ("sentence_reduced", 1100)
    assert (figures[5].metric, figures[5].part_of) == ("sentence_reduced", 1100)
    text = (
        "Le roi a gracié 900 détenus. Il s'agit de 850 détenus qui bénéficient d'une remise de la peine "
        "d'emprisonnement et de 50 détenus qui profitent d'une grâce sur le reliquat de la peine."
    )
    assert _read(text, "fr") == {(900, "pardoned"), (850, "sentence_reduced"), (50, "pardoned")}


def test_a_category_after_the_next_number_is_that_numbers():
    es = extract(
        "Entre los beneficiarios del indulto de 900 presos, 300 son mujeres y 45 son extranjeros.", language="es"
    )
    categories = {f.value: f.category for f in es.figures}
    assert (categories[300], categories[45]) == ("women", "foreign_nationals")


def test_leaving_prison_before_the_number():
    assert _read("Salieron de prisión 16 guerrilleros el miércoles por la noche.", "es") == {(16, "released")}


def test_spanish_personal_a_after_a_clemency_verb_marks_a_count_of_people():
    assert _read("Las cárceles están llenas y el Gobierno indultó a 300, informó la prensa.", "es") == {
        (300, "pardoned")
    }
    # Without a clemency verb before it, "a 300" is a distance or anything else.
    assert _read("El presidente indultó a 50 presos tras viajar a 300 kilómetros.", "es") == {(50, "pardoned")}


def test_french_nationality_nouns_and_a_spanish_singular_participle_of_someone_else():
    assert _read("Les pays occidentaux ont relâché 8 Russes jeudi.", "fr") == {(8, "released")}
    text = (
        "El decreto concede el indulto a 60 opositores. Entre ellos figuran 12 diputados y cuatro suplentes, además "
        "de Pedro Ruiz, jefe de campaña, detenido desde marzo."
    )
    assert {(12, "pardoned"), (4, "pardoned")} <= _read(text, "es")


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("Le président a gracié 257 membres de groupes armés.", "fr", "security"),
        ("Le régime a libéré 12 chrétiens détenus depuis mai.", "fr", "religious_minorities"),
        ("Le régime a libéré 3 binationaux franco-iraniens.", "fr", "dual_nationals"),
        ("Le roi a gracié 40 détenus âgés de plus de 70 ans.", "fr", "elderly"),
        ("El Gobierno excarceló a 13 pastores evangélicos.", "es", "religious_minorities"),
        ("El presidente indultó a 20 reos con doble nacionalidad.", "es", "dual_nationals"),
        ("El presidente indultó a 45 adultos mayores.", "es", "elderly"),
        ("El presidente indultó a 30 guerrilleros de las FARC.", "es", "security"),
    ],
)
def test_french_and_spanish_categories(text, lang, category):
    assert [f.category for f in extract(text, language=lang).figures] == [category]


def test_a_release_after_the_pardon_named_and_exile_as_release():
    assert _read("Venezuela excarcela a 75 presos políticos tras el indulto presidencial.", "es") == {(75, "pardoned")}
    assert _read("Le régime a libéré 40 opposants après sa grâce présidentielle.", "fr") == {(40, "pardoned")}
    result = extract("Nicaragua destierra a 135 presos políticos a Guatemala.", language="es")
    assert result.relevant
    assert {(f.value, f.metric) for f in result.figures} == {(135, "released")}


def test_spanish_early_release_persons_deprived_of_liberty_and_de_las_cuales():
    text = "Un total de 350 reos recibieron el beneficio de la libertad anticipada, según el ministerio."
    assert _read(text, "es") == {(350, "released")}
    result = extract(
        "El decreto beneficia a 1.500 personas privadas de libertad, de las cuales 300 son mujeres y 50 adultos "
        "mayores.",
        language="es",
    )
    figures = {f.value: f for f in result.figures}
    assert (figures[300].metric, figures[300].category, figures[300].part_of) == ("pardoned", "women", 1500)
    assert (figures[50].metric, figures[50].category) == ("pardoned", "elderly")


def test_people_still_held_are_no_women_unless_counted_as_detainees():
    fr = extract("Le président a gracié 50 détenus. Au moins 1 200 personnes restent détenues.", language="fr")
    assert {f.value: f.category for f in fr.figures}[1200] is None
    fr = extract("Le président a gracié 40 détenues condamnées pour vol.", language="fr")
    assert [f.category for f in fr.figures] == ["women"]


def test_as_well_as_is_no_restatement():
    text = "Le président a gracié 900 détenus. Par ailleurs, 300 prisonniers ainsi que 40 femmes ont été libérés."
    found = _read(text, "fr")
    assert (300, "released") in found
    text = "El presidente indultó a 900 presos. Además, 300 reos así como 40 mujeres fueron liberados."
    assert (300, "released") in _read(text, "es")


def test_spanish_verbs_that_cut_a_sentence():
    assert _read("El líder supremo redujo las penas de 2.000 presos.", "es") == {(2000, "sentence_reduced")}
    assert _read("El Gobierno rebajó la condena a 300 reos.", "es") == {(300, "sentence_reduced")}
    assert _read("El presidente indultó o redujo las penas de 900 condenados.", "es") == {(900, "pardoned")}


def test_spanish_soltar_is_a_release_and_soltero_is_no_verb():
    assert _read("La policía soltó a 50 presos tras la protesta.", "es") == {(50, "released")}
    assert _read("Unos 40 detenidos fueron soltados el lunes.", "es") == {(40, "released")}
    assert not extract("El soltero fue detenido con 3 presos.", language="es").relevant


def test_the_category_of_a_count_in_apposition_is_read_after_it():
    es = extract(
        "El Gobierno concedió gracias a 60 internos. La mayoría, 52, recibió la conmutación por ser mayores de 65 años.",
        language="es",
    )
    assert {f.value: f.category for f in es.figures}[52] == "elderly"


def test_a_count_told_with_donc_but_another_act_is_no_restatement():
    text = "Le président a gracié 900 détenus. Les 300 autres seront donc transférés vers Kara."
    assert (300, "pardoned") not in _read(text, "fr")


def test_a_maison_darret_is_a_prison_not_an_arrest():
    text = (
        "Le président a gracié 2 500 détenus. La Maison d'arrêt et de correction d'Abidjan, prévue pour 1 500 "
        "places, accueille plus de 8 000 détenus. La police a procédé à l'arrestation de 40 manifestants."
    )
    assert _read(text, "fr") == {(2500, "pardoned"), (8000, "prison_population"), (40, "detained")}


def test_arabic_commutation_reduction_and_parole_wordings():
    assert _read("وقرر الملك التخفيض من العقوبة لفائدة 85 نزيلا.", "ar") == {(85, "sentence_reduced")}
    assert _read("كما تقرر تحويل عقوبة الإعدام إلى المؤبد لـ 12 محكوما.", "ar") == {(12, "sentence_reduced")}
    # Parole is a release, not a temporary one.
    assert _read("وأعلنت الوزارة الإفراج الشرطي عن 640 سجينا.", "ar") == {(640, "released")}
    assert _read("ووافقت اللجنة على الإفراج المشروط عن 210 نزلاء.", "ar") == {(210, "released")}


def test_persian_reduction_wordings_and_a_counter_with_its_suffix():
    assert _read("رئیس قوه قضاییه با کاهش مدت حبس ۹۵۰ زندانی موافقت کرد.", "fa") == {(950, "sentence_reduced")}
    assert _read("بر اساس این حکم از مجازات ۱۲۰ نفر دیگر کاسته می‌شود.", "fa") == {(120, "sentence_reduced")}
    assert _read("این لایحه عفو کامل بیش از ۳ هزار نفری را پیش‌بینی می‌کند.", "fa") == {(3000, "pardoned")}


def test_people_still_held_are_detained_whatever_release_is_asked():
    found = extract("ودعت المنظمة إلى الإفراج عن نحو 40 ألف شخص ما زالوا معتقلين في سجون البلاد.", language="ar")
    assert [(f.value, f.metric, f.role) for f in found.figures] == [(40000, "detained", "context")]
    found = extract("این گروه خواستار آزادی ۳۰۰ نفر شد که همچنان در زندان به سر می‌برند.", language="fa")
    assert [(f.value, f.metric) for f in found.figures] == [(300, "detained")]


def test_a_count_taken_from_a_named_group_reads_the_groups_metric():
    assert _read("به گزارش رسانه‌ها، ۱۵ نفر از عفوشدگان زندانی سیاسی بودند.", "fa") == {(15, "pardoned")}
    assert _read("وقالت المنظمة إن 40 شخصا من المفرج عنهم كانوا من الطلاب.", "ar") == {(40, "released")}
    # A group with no clemency word leaves the count to the rest of the sentence.
    assert _read("وأوقفت الشرطة 40 شخصا من الطلاب.", "ar") != {(40, "released")}


def test_a_breakdown_line_that_tells_how_people_were_held_keeps_the_lists_metric():
    text = (
        "وأعلنت الرئاسة العفو عن 300 سجين. وأوضحت الوزارة أن من بين المستفيدين:\n"
        "45 امرأة؛\n"
        "20 شخصا كانوا قاصرين لحظة اعتقالهم؛\n"
        "12 طالبا اعتقلوا خلال الاحتجاجات."
    )
    assert _read(text, "ar") == {(300, "pardoned"), (45, "pardoned"), (20, "pardoned"), (12, "pardoned")}


def test_a_measure_that_covers_people_gives_them_its_metric():
    text = "رئیس‌جمهور فرمان عفو ۴۰۰ محکوم را امضا کرد. این فرمان ۱۸ تبعه خارجی را نیز در بر می‌گیرد."
    assert _read(text, "fa") == {(400, "pardoned"), (18, "pardoned")}


def test_a_release_by_decree_is_a_pardon():
    text = "به فرمان رهبر انقلاب، ۱۲۰۰ زندانی به مناسبت عید فطر آزاد شدند."
    assert _read(text, "fa") == {(1200, "pardoned")}
    assert _read("وبموجب مرسوم ملكي أفرج عن 700 سجين بمناسبة العيد.", "ar") == {(700, "pardoned")}
    assert _read("أفرجت السلطات عن 700 سجين بعد انتهاء محكومياتهم.", "ar") == {(700, "released")}


def test_a_pardon_told_of_a_subgroup_or_of_them_far_after():
    # The pardon after "بينهم" is the subgroup's; the count before it stays a release.
    found = _read("وأعلنت الوزارة الإفراج عن 900 سجين، بينهم 300 نالوا عفوا خاصا.", "ar")
    assert found == {(900, "released"), (300, "pardoned")}
    text = "ثلاثمائة وعشرون أسيرا غادروا السجن المركزي صباح أمس بعد قرار أصدره رئيس المجلس بالعفو العام عنهم."
    assert _read(text, "ar") == {(320, "pardoned")}


def test_an_arabic_pluperfect_with_its_subject_and_a_year_after_a_preposition_are_past():
    text = "أصدر الملك عفوا عن 500 سجين اليوم. وكانت وزارة الداخلية قد أعلنت عام 2019 الإفراج عن 800 سجين."
    roles = {f.value: f.role for f in extract(text, language="ar", published=dt.date(2024, 4, 10)).figures}
    assert roles == {500: "total", 800: "other_event"}


def test_arabic_clemency_verbs_with_a_clitic_before_them():
    assert _read("ووافق الطرفان على اتفاق لتبادل 400 أسير.", "ar") == {(400, "released")}
    assert _read("وطالبت الأسر بإطلاق سراح 70 صيادا محتجزا.", "ar") == {(70, "released")}
    assert _read("وقرر المجلس بتخفيف الأحكام عن 35 محكوما.", "ar") == {(35, "sentence_reduced")}


def test_both_sides_of_a_swap_are_released_alike():
    text = "وقع الطرفان صفقة تبادل تشمل 900 من أسرى الحكومة مقابل 600 من أسرى الجماعة."
    assert _read(text, "ar") == {(900, "released"), (600, "released")}
    text = "طرفین در این مبادله ۱۲ زندانی را آزاد کردند و در ازای آن ۱۰ زندانی دیگر آزاد شدند."
    assert (10, "released") in _read(text, "fa")


def test_a_list_or_agreement_that_covers_people_takes_the_announcements_metric():
    text = "وأصدر الرئيس عفوا عن 420 سجينا. وتضم القائمة 35 امرأة."
    assert _read(text, "ar") == {(420, "pardoned"), (35, "pardoned")}
    text = "عفو رهبری ۹۰۰ محکوم را در بر می‌گیرد. این عفو ۴۰ زن را نیز شامل می‌شود."
    assert _read(text, "fa") == {(900, "pardoned"), (40, "pardoned")}


def test_a_subgroup_of_people_still_held_stays_detained():
    text = (
        "أصدر الرئيس عفوا عن 500 سجين. وطالبت المنظمة بالإفراج عن نحو 20 ألف شخص ما زالوا محتجزين، "
        "نحو 9 آلاف منهم في عداد المفقودين."
    )
    found = {(f.value, f.metric, f.role) for f in extract(text, language="ar").figures}
    assert found == {(500, "pardoned", "total"), (20000, "detained", "context"), (9000, "detained", "context")}


def test_a_long_breakdown_keeps_its_head_past_the_usual_reach():
    lines = "؛\n".join(f"{n} نزيلا من سجن {town}" for n, town in [(50, "الشمال"), (40, "الجنوب"), (30, "الغرب")])
    text = (
        "وأعلنت الوزارة العفو عن 300 نزيل. وجاء توزيعهم كالآتي:\n"
        + lines
        + "؛\n20 شخصا اعتقلوا بعد عودتهم من الخارج؛\n10 أشخاص أوقفوا في المطار."
    )
    found = _read(text, "ar")
    assert {(20, "pardoned"), (10, "pardoned")} <= found
    assert not {m for v, m in found if m == "detained"}


def test_arabic_release_verbs_with_their_subject_inside():
    assert _read("وأطلقت السلطات البحرينية سراح 50 معتقلا.", "ar") == {(50, "released")}
    assert _read("وأخلت النيابة سبيل 30 موقوفا.", "ar") == {(30, "released")}
    assert _read("وخففت محكمة الاستئناف أحكام 12 متهما.", "ar") == {(12, "sentence_reduced")}
    assert _read("أعلنت الرئاسة أن الرئيس عفا عن 90 مدانا.", "ar") == {(90, "pardoned")}
    found = _read("قررت الوزارة الإفراج بالعفو عن 2500 نزيل والإفراج الشرطي عن 2000 آخرين.", "ar")
    assert found == {(2500, "pardoned"), (2000, "released")}


def test_release_on_bail_is_temporary():
    assert _read("أفرجت السلطات عن 300 معتقل بكفالة مالية.", "ar") == {(300, "temporarily_released")}
    assert _read("بیش از ۲ هزار زندانی با قرار وثیقه آزاد شدند.", "fa") == {(2000, "temporarily_released")}


def test_persian_commutation_and_letting_go_after_the_number():
    assert _read("حکم ۵۰ محکوم به اعدام به حبس ابد تبدیل شد.", "fa") == {(50, "sentence_reduced")}
    assert _read("طالبان ۲۰۰ زندانی را رها کردند.", "fa") == {(200, "released")}


def test_an_arabic_series_joined_by_or_that_names_a_pardon_first_is_a_pardon():
    assert _read("وافق المرشد على عفو أو خفض أو تبديل العقوبة بحق 1450 من المحكومين.", "ar") == {(1450, "pardoned")}


def test_a_category_is_read_before_the_next_count_in_the_sentence():
    found = extract("أصدر الرئيس مرسوما بالعفو عن 120 محكوما بينهم 14 امرأة و6 أجانب.", language="ar").figures
    assert {(f.value, f.category) for f in found} == {(120, None), (14, "women"), (6, "foreign_nationals")}


def test_persian_demonyms_ending_in_ye_count_people():
    assert _read("تهران با آزادی ۴ آمریکایی موافقت کرد.", "fa") == {(4, "released")}


def test_persian_nouns_with_a_suffix_after_a_non_joiner_count_people():
    text = "آزادشدگان بخشی از نهصد و دوازده (۹۱۲) زندانی‌اند که رئیس‌جمهور دستور آزادی آنان را داده است."
    assert (912, "released") in _read(text, "fa")


def test_persian_people_held_and_a_country_that_holds_prisoners():
    found = extract("عفو ۵۰۰ زندانی اعلام شد. در این زندان اکنون ۱۸۰۰ نفر محبوس‌اند.", language="fa").figures
    assert {(f.value, f.metric, f.role) for f in found} == {(500, "pardoned", "total"), (1800, "detained", "context")}
    found = extract("عفو ۵۰۰ زندانی اعلام شد. این کشور نزدیک به ۱۲۰ هزار زندانی دارد.", language="fa").figures
    assert (120000, "prison_population") in {(f.value, f.metric) for f in found}


def test_a_persian_pluperfect_tells_another_event_but_not_a_report_of_this_one():
    text = (
        "رئیس‌جمهور فرمان عفو ۶۰۰ زندانی را امضا کرد. او سال ۱۳۹۸ نیز ۴۰۰ محکوم را بخشیده بود. "
        "خبرگزاری‌ها پیش‌تر نوشته بودند که این فرمان شامل حال حدود ۵۰۰ زندانی خواهد شد."
    )
    found = extract(text, language="fa", published=dt.date(2022, 3, 10)).figures
    roles = {f.value: (f.metric, f.role) for f in found}
    assert roles[600] == ("pardoned", "total")
    assert roles[400] == ("pardoned", "other_event")
    assert roles[500][1] != "other_event"


def test_the_predicate_of_the_number_of_takes_its_subjects_metric():
    text = "شمار مشمولان قانون در میان متهمانی که با قید کفالت آزادند نیز به ۹۰ هزار نفر رسیده است."
    assert _read(text, "fa") == {(90000, "pardoned")}
    assert _read("قالت المديرية إن عدد المستفيدين من العفو بلغ 960 سجينا.", "ar") == {(960, "pardoned")}


def test_persian_people_counted_in_tonnes_word_and_exempted_from_the_rest_of_a_sentence():
    text = "فرمان عفو ۳۰۰ زندانی امضا شد. ۱۸ تن از آنان زن هستند. ۲۰ تن مواد مخدر نیز کشف شد."
    found = {(f.value, f.metric) for f in extract(text, language="fa").figures}
    assert (18, "pardoned") in found and 20 not in {v for v, _ in found}
    text = "عفو زندانیان اعلام شد. دوازده نفر از گذراندن باقی‌مانده حبس معاف شدند و مجازات دو نفر نیز کاهش یافت."
    assert (12, "released") in _read(text, "fa")


def test_arabic_categories_with_the_article_or_a_particle_glued_on():
    text = "أصدر الرئيس عفوا عن 80 من المتظاهرين و12 من الصحفيين و30 من المعتقلين السياسيين."
    found = {(f.value, f.category) for f in extract(text, language="ar").figures}
    assert found == {(80, "protesters"), (12, "journalists"), (30, "political")}
    text = "وأفرج عن 45 من المتمردين في إطار اتفاق السلام."
    assert [f.category for f in extract(text, language="ar").figures] == ["security"]


def test_maghreb_and_moroccan_month_names_date_an_announcement():
    found = extract("الجزائر، 5 جويلية – أصدر رئيس الجمهورية عفوا عن 1200 محبوس.", language="ar",
                    published=dt.date(2023, 7, 6))  # fmt: skip
    assert found.announced_on == dt.date(2023, 7, 5)
    found = extract("الرباط، 29 يوليوز – أصدر الملك عفوه على 1300 شخص.", language="ar", published=dt.date(2024, 7, 30))
    assert found.announced_on == dt.date(2024, 7, 29)


def test_a_count_taken_from_those_pardoned_is_a_part():
    text = "شمل قرار العفو 100 سجين. وقالت مصادر إن 30 من المعفى عنهم صحفيون."
    roles = {f.value: f.role for f in extract(text, language="ar").figures}
    assert roles == {100: "total", 30: "part"}


def test_arabic_vowel_marks_and_tatweel_do_not_split_words_and_quotes_keep_them():
    text = "أُفرج أمس عن 15 ألفاً من المعتقلينَ، وصدر قرارٌ بالعفو عن باقي العقوبة لـ 1500 محكومٍ."
    found = extract(text, language="ar").figures
    assert {(f.value, f.metric) for f in found} == {(15000, "released"), (1500, "pardoned")}
    for figure in found:
        assert text[figure.start : figure.end] == figure.quote
    assert any("ألفاً" in f.quote for f in found)


def test_a_pardon_in_the_next_clause_after_a_comma_and_is_not_the_releases():
    found = _read("أفرجت السلطات عن 200 معتقل، وصدر قرار بالعفو عن 90 محكوما آخرين.", "ar")
    assert found == {(200, "released"), (90, "pardoned")}


def test_their_number_counts_the_group_named_before_it():
    text = "أصدر الملك عفوه على 900 شخص، والمستفيدون من العفو الموجودون في حالة اعتقال وعددهم 700 نزيل."
    assert _read(text, "ar") == {(900, "pardoned"), (700, "pardoned")}


def test_the_number_of_them_counts_the_people_of_the_clause_before():
    text = "این زندانیان با پرداخت دیه آزاد شدند و تعداد آنان ۴۵ نفر است."
    assert _read(text, "fa") == {(45, "released")}


def test_a_prison_that_holds_people_is_not_a_measure_that_covers_them():
    text = "أصدر الرئيس عفوا عن 300 سجين. ويضم السجن المركزي 5000 نزيل، ويضم سجن الجنوب 2000 نزيل."
    found = {(f.value, f.metric) for f in extract(text, language="ar").figures}
    assert (300, "pardoned") in found and not {v for v, m in found if m == "pardoned"} - {300}


def test_more_arabic_and_persian_clemency_wordings():
    assert _read("صدر عفو رئاسي عن 500 من الغارمين والغارمات.", "ar") == {(500, "pardoned")}
    assert _read("وقرر الملك إسقاط العقوبة عن 350 محكوما.", "ar") == {(350, "pardoned")}
    assert _read("وتقرر إعفاء 60 محكوما من باقي العقوبة.", "ar") == {(60, "pardoned")}
    assert _read("۱۵۰ زندانی با گذشت شاکیان رهایی یافتند.", "fa") == {(150, "released")}


def test_a_demonym_after_the_noun_of_people_is_their_nationality_not_the_state_acting():
    found = extract("عفو زندانیان\n\nدولت ایران ۷ زندانی ونزوئلایی را آزاد کرد.", language="fa")
    assert found.country == "IR"
    assert [(f.value, f.category) for f in found.figures] == [(7, "foreign_nationals")]
    found = extract("عفو عن سجناء\n\nأفرجت السلطات المصرية عن 20 سجينا أمريكيا.", language="ar")
    assert found.country == "EG"
    assert [(f.value, f.category) for f in found.figures] == [(20, "foreign_nationals")]


def test_a_release_the_amnesty_law_allows_is_the_amnesty():
    text = "صادق البرلمان على قانون العفو العام. وقال الوزير إن القانون يتيح الإفراج عن 5200 نزيل."
    assert _read(text, "ar") == {(5200, "pardoned")}
    # An agreement that provides for a release is a release.
    text = "وقع الطرفان اتفاقا. وقال الوسيط إن الاتفاق يقضي بالإفراج عن 900 محتجز."
    assert _read(text, "ar") == {(900, "released")}


def test_a_count_taken_from_a_group_is_of_the_groups_kind():
    text = "در میان عفوشدگان ۸۰ تبعه خارجی، از جمله ۵ زن، دیده می‌شوند؛ ۵۰ نفر از آنان آزاد شدند و مجازات ۳۰ نفر دیگر کاهش یافت."
    found = {f.value: f.category for f in extract(text, language="fa").figures}
    assert found == {80: "foreign_nationals", 5: "women", 50: "foreign_nationals", 30: "foreign_nationals"}
    text = "وأصدر الرئيس عفوا عن 300 سجين. وأوضح البيان أن من بين المفرج عنهم:\n40 امرأة؛\n25 شخصا من الشمال."
    found = {f.value: f.category for f in extract(text, language="ar").figures}
    assert found == {300: None, 40: "women", 25: None}


def test_arrests_that_include_people_are_detentions_not_a_measure_that_covers_them():
    text = "أصدر الرئيس عفوا عن 500 سجين. وشملت الاعتقالات 300 شخص في العاصمة."
    found = {(f.value, f.metric, f.role) for f in extract(text, language="ar").figures}
    assert found == {(500, "pardoned", "total"), (300, "detained", "context")}


def test_a_decision_that_applies_to_people_gives_them_the_measures_metric():
    text = (
        "أصدر الرئيس قرارا بالعفو عن باقي العقوبة لبعض المحكوم عليهم. "
        "وانتهت لجان الفحص إلى أن القرار ينطبق على 410 نزلاء."
    )
    assert _read(text, "ar") == {(410, "pardoned")}
    text = "وأفرج عن 300 نزيل بالعفو و200 إفراجا شرطيا، وبذلك يكون عدد المفرج عنهم 500 شخص."
    assert (500, "released") in _read(text, "ar")


def test_persian_typed_with_arabic_yeh_and_kaf():
    text = "عفو زندانيان\n\nتهران، ۲۱ بهمن (ايرنا) – رهبر انقلاب با عفو و كاهش مجازات ۲۲۰۰ نفر از محكومان موافقت كرد."
    found = extract(text)
    assert found.language == "fa"
    assert [(f.value, f.metric) for f in found.figures] == [(2200, "pardoned")]
    assert found.figures[0].quote in text
    # Arabic stays Arabic.
    assert extract("أصدر الملك عفوا عن 500 سجين في هذه المناسبة التي يحتفل بها الشعب.").language == "ar"


def test_arabic_release_without_its_object_noun_only_right_before_a_count():
    assert _read("عفو\n\nإطلاق 300 معتقل في البحرين", "ar") == {(300, "released")}
    assert _read("عفو عن سجناء\n\nوأفرج عن 20 سجينا بعد إطلاق النار على 3 متظاهرين.", "ar") == {(20, "released")}


def test_a_survey_that_includes_people_is_no_measure():
    assert _read("أصدر الرئيس عفوا عن 500 سجين. وشمل الاستطلاع 1200 شخص في العاصمة.", "ar") == {(500, "pardoned")}
    assert _read("أصدر الرئيس عفوا عن 500 سجين. ويشمل القرار 40 امرأة.", "ar") == {(500, "pardoned"), (40, "pardoned")}


def test_still_held_means_in_detention_not_still_waiting():
    text = "أصدر الرئيس عفوا عن 500 سجين. وأفرجت السلطات عن 200 سجين لا يزالون في انتظار أوراقهم."
    assert _read(text, "ar") == {(500, "pardoned"), (200, "released")}
    text = "أصدر الرئيس عفوا عن 500 سجين. وقال إن 600 سجين سياسي ما زالوا خلف القضبان."
    assert _read(text, "ar") == {(500, "pardoned"), (600, "detained")}


def test_arabic_name_particles_do_not_make_english_spanish():
    from releases.extraction.text import detect_language

    text = (
        "Kuwait's Emir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah issued an Amiri decree pardoning 700 prisoners and "
        "reducing the sentences of 900 others."
    )
    assert detect_language(text) == "en"
    assert detect_language("Al parecer, el gobierno liberó a 200 presos y al menos 30 mujeres.") == "es"


def test_a_part_of_the_pardoned_whose_own_verb_names_a_narrower_act_keeps_it():
    text = (
        "Le roi a accordé sa grâce à 692 personnes. Parmi les bénéficiaires, 640 détenus ont vu leur peine "
        "réduite, tandis que 52 condamnés ont été graciés du reste de leur peine."
    )
    assert _read(text, "fr") == {(692, "pardoned"), (640, "sentence_reduced"), (52, "pardoned")}
    # A release told of some of the pardoned keeps the pardon: the schema records the act of clemency.
    assert _read("The king pardoned 400 prisoners. Of those pardoned, 63 were freed on Sunday.", "en") == {
        (400, "pardoned"), (63, "pardoned")
    }  # fmt: skip


def test_french_pronoun_en_stands_for_the_measure():
    text = (
        "Le chef de l'État a gracié 2 000 condamnés lundi. L'an dernier, 1 800 détenus en avaient bénéficié, "
        "et 950 en ont profité à Noël."
    )
    assert {(1800, "pardoned"), (950, "pardoned")} <= _read(text, "fr")


def test_french_and_spanish_counts_gapped_after_a_year():
    text = "Le président a gracié 3 000 détenus. Des grâces avaient touché 2 100 prisonniers en 2019, 1 700 en 2020 et 900 en 2021."
    found = {(f.value, f.metric): f.role for f in extract(text, language="fr").figures}
    assert found[(1700, "pardoned")] == "other_event"
    assert found[(900, "pardoned")] == "other_event"
    text = "El Gobierno indultó a 500 reos. Antes se habían indultado 400 reclusos en 2018, 300 en 2019 y 250 en 2020."
    assert {(300, "pardoned"), (250, "pardoned")} <= _read(text, "es")


def test_a_proportion_is_no_count():
    text = "Le président a gracié 5 000 détenus, soit près de quatre détenus adultes sur dix."
    assert _read(text, "fr") == {(5000, "pardoned")}
    text = "El Gobierno indultó a 900 presos; cuatro de cada diez reclusos siguen sin condena."
    assert _read(text, "es") == {(900, "pardoned")}


def test_provisional_release_and_partial_remission_in_french():
    text = "En mars, 120 militants ont été remis en liberté provisoire par le juge d'instruction."
    assert _read(text, "fr") == {(120, "temporarily_released")}
    text = "Le décret accorde la grâce à 800 condamnés ; 300 détenus voient leur peine partiellement remise."
    assert (300, "sentence_reduced") in _read(text, "fr")


def test_spanish_arrests_counted_by_their_noun_and_pretrial_detention():
    text = (
        "El Gobierno indultó a 40 manifestantes. Según la Fiscalía, hubo unas 2.000 detenciones durante las "
        "protestas; de los 1.500 aprehendidos, 600 siguen presos. Había 211 personas presas: 144 en prisión "
        "preventiva y 67 con condena firme."
    )
    found = _read(text, "es")
    assert {(2000, "detained"), (1500, "detained"), (211, "detained"), (144, "detained"), (67, "detained")} <= found
    assert (144, "prison_population") not in found


def test_clergy_are_counted_people():
    text = "El Gobierno excarceló a 19 religiosos: dos obispos, 15 sacerdotes y dos seminaristas."
    assert {(19, "released"), (15, "released")} <= _read(text, "es")


def test_the_lines_of_a_pardon_breakdown_are_parts_of_it():
    text = (
        "Le décret de grâce profite à 900 condamnés. Il les répartit en deux groupes :\n"
        "- 500 condamnés obtiennent une libération totale ;\n"
        "- 400 voient leur peine réduite."
    )
    found = {(f.value, f.metric): (f.role, f.part_of) for f in extract(text, language="fr").figures}
    assert found == {
        (900, "pardoned"): ("total", None),
        (500, "released"): ("part", 900),
        (400, "sentence_reduced"): ("part", 900),
    }


def test_a_release_asked_for_with_an_infinitive_is_no_release():
    text = (
        "Cameroun : une ONG réclame la libération de 40 militants\n\nYAOUNDÉ, 3 mai – Une ONG a demandé lundi aux "
        "autorités de libérer quarante militants détenus depuis trois ans dans la prison centrale."
    )
    found = extract(text, language="fr")
    assert not found.relevant
    text = "El Gobierno indultó a 300 reos. La familia pidió al Gobierno liberar a 12 presos políticos de Tipitapa."
    assert _read(text, "es") == {(300, "pardoned"), (12, "detained")}


def test_amnesty_international_names_no_amnesty():
    text = (
        "Amnesty International dénonce des arrestations\n\nDAKAR, 3 mai – Amnesty International a dénoncé "
        "l'interpellation de 30 manifestants, toujours en détention à la prison de Rebeuss."
    )
    assert not extract(text, language="fr").relevant


def test_a_count_after_a_passive_verb_at_the_end_of_its_clause():
    text = "El Consejo de Estado indultó a 2.000 reos. En 1998 fueron excarcelados unos 300, y en 2011 otros 2.900."
    assert (300, "released") in _read(text, "es")


def test_the_number_a_spokesman_put_on_the_same_people():
    text = (
        "La Fiscalía anunció la excarcelación de otros 110 detenidos. En febrero, el fiscal había cifrado en casi "
        "1.900 los excarcelados desde noviembre."
    )
    found = {(f.value, f.metric): f.role for f in extract(text, language="es").figures}
    assert found[(1900, "released")] == "other_event"


def test_a_headline_count_of_others_around_a_name_is_the_body_s_count():
    text = (
        "Ortega excarcela al obispo Pérez y a otros 18 religiosos\n\nMANAGUA, 15 ene – El Gobierno excarceló el "
        "sábado a diecinueve religiosos y los envió a Roma."
    )
    assert _read(text, "es") == {(19, "released")}


def test_a_benefit_named_a_few_words_after_the_verb():
    text = "Le roi a gracié 500 détenus. L'an dernier, 425 prisonniers avaient bénéficié de la même faveur."
    assert (425, "pardoned") in _read(text, "fr")


def test_the_first_two_named_are_no_count():
    text = "Le président a gracié 700 détenus. Les deux premiers bénéficiaires ont quitté la prison de Makala."
    assert _read(text, "fr") == {(700, "pardoned")}


def test_a_release_the_amnesty_law_brings_is_a_pardon():
    text = (
        "La Ley de Amnistía suma 458 beneficiarios. Cuando la ley se publicó, el Gobierno calculó que podrían "
        "recuperar la libertad 6 mil 200 personas."
    )
    found = {(f.value, f.metric): f.role for f in extract(text, language="es").figures}
    assert found[(6200, "pardoned")] == "other_event"


def test_prisoners_put_on_a_plane_abroad_are_released():
    text = "El Gobierno excarceló a 135 presos políticos. En 2023 embarcó rumbo a Washington a 222 opositores."
    assert (222, "released") in _read(text, "es")


def test_a_list_line_opens_with_its_capitalised_cue():
    text = (
        "Le Roi a accordé Sa grâce à 1 250 personnes.\n\nLes bénéficiaires en détention sont au nombre de 1 100 "
        "détenus, répartis comme suit :\n- Grâce sur le reliquat de la peine au profit de 80 détenus ;\n"
        "- Réduction de la peine au profit de 1 020 détenus."
    )
    assert {(80, "pardoned"), (1020, "sentence_reduced")} <= _read(text, "fr")


def test_a_french_partitive_reads_its_predicate_past_an_adverb():
    text = (
        "Le chef de l'Etat a signé un décret de grâce au profit de 2 000 détenus. Selon le garde des Sceaux, "
        "1 200 d'entre eux recouvreront immédiatement la liberté, tandis que 800 verront leur peine réduite."
    )
    assert _read(text, "fr") == {(2000, "pardoned"), (1200, "released"), (800, "sentence_reduced")}


def test_a_french_or_spanish_nationality_after_the_noun_is_foreign():
    text = "Iran : deux Français libérés\n\nPARIS, 22 août – L'Iran a libéré mercredi deux ressortissants français."
    found = extract(text, language="fr")
    assert [(f.value, f.category) for f in found.figures] == [(2, "foreign_nationals")]
    text = "El Gobierno de Venezuela liberó este miércoles a seis ciudadanos estadounidenses, informó la Casa Blanca."
    assert [(f.value, f.category) for f in extract(text, language="es").figures] == [(6, "foreign_nationals")]


def test_more_french_and_spanish_verbs_of_clemency():
    assert _read("Le président a fait bénéficier 300 détenus d'une mesure de grâce.", "fr") == {(300, "pardoned")}
    text = "Le juge a libéré 40 prévenus. La justice a placé 25 opposants sous contrôle judiciaire."
    assert (25, "temporarily_released") in _read(text, "fr")
    assert _read("La Fiscalía sobreseyó las causas de 80 manifestantes.", "es") == {(80, "released")}


def test_freedom_of_speech_is_no_release_and_the_dead_are_no_figure():
    text = (
        "La libération de la parole des victimes\n\nPARIS, 3 mai – Depuis le mouvement #MeToo, la libération de la "
        "parole a conduit 300 femmes à porter plainte, selon une étude."
    )
    assert not extract(text, language="fr").relevant
    text = (
        "Libertad de prensa en retroceso\n\nMADRID, 3 may – La libertad de prensa retrocedió y 120 periodistas "
        "fueron asesinados, según una ONG."
    )
    assert not extract(text, language="es").relevant
    text = "Le président a gracié 300 détenus. Lors des émeutes, 25 manifestants ont été tués."
    assert _read(text, "fr") == {(300, "pardoned")}
    text = "La ley permitirá que podrían recuperar la libertad 6 mil 200 personas, calculó el Gobierno."
    assert (6200, "released") in _read(text, "es")


def test_a_count_joined_after_a_short_modifier_shares_the_verb():
    text = "Le roi a gracié 300 détenus âgés de plus de 60 ans et 40 détenus gravement malades."
    assert _read(text, "fr") == {(300, "pardoned"), (40, "pardoned")}
    text = "El presidente conmutó la pena de 48 presos mayores de 65 años y de 12 enfermos terminales."
    found = {(f.value, f.metric, f.category) for f in extract(text, language="es").figures}
    assert found == {(48, "sentence_reduced", "elderly"), (12, "sentence_reduced", "sick")}


def test_a_verb_of_inclusion_before_a_count_makes_it_a_subgroup():
    text = "Le roi a gracié 4 000 détenus. Parmi les 4 000 bénéficiaires figurent 150 détenues."
    found = {(f.value, f.metric): (f.category, f.role) for f in extract(text, language="fr").figures}
    assert found[(150, "pardoned")] == ("women", "part")
    text = "El Gobierno indultó a 900 reos. Entre los indultados figuran 20 mujeres."
    assert (20, "pardoned") in _read(text, "es")


def test_french_and_spanish_yesterday_counts_from_a_dateline_filed_the_day_before():
    published = dt.date(2024, 8, 22)
    text = (
        "Le président gracie 500 détenus\n\nDAKAR, 21 août (APS) – Le président de la République a gracié hier "
        "500 détenus, a annoncé le ministère."
    )
    assert extract(text, language="fr", published=published).announced_on == dt.date(2024, 8, 20)
    text = "El presidente indulta a 500 reos\n\nLIMA, 21 ago (EFE) – El presidente indultó ayer a 500 reos."
    assert extract(text, language="es", published=published).announced_on == dt.date(2024, 8, 20)


def test_the_subject_of_a_count_predicate_says_who_they_are():
    text = (
        "El Gobierno excarceló a 225 personas. Según una ONG, el total de presos políticos en el país asciende a 1.976."
    )
    found = {(f.value, f.metric, f.category) for f in extract(text, language="es").figures}
    assert (1976, "detained", "political") in found


def test_arabic_shooting_is_no_release_and_a_sentencing_story_is_not_relevant():
    text = (
        "طهران، 5 يونيو – قضت محكمة بسجن 12 ناشطا وقعوا بيانا مع 60 ناشطا آخرين يدين إطلاق النار على المحتجين. "
        "وقال محامون إنهم سيطعنون في الأحكام."
    )
    assert not extract(text, language="ar").relevant


def test_prison_overcrowding_stories_in_arabic_and_persian_count_the_population():
    arabic = (
        "اكتظاظ السجون يتفاقم\n\nبيروت، 4 أيار – قالت مصادر إن السجن يضم نحو 4000 سجين، وإن في البلاد ما يقارب "
        "9 آلاف سجين وموقوف موزعين على 20 سجنا."
    )
    result = extract(arabic, language="ar")
    assert result.relevant
    assert {(f.value, f.metric) for f in result.figures} >= {(4000, "prison_population"), (9000, "prison_population")}
    persian = (
        "تراکم زندان‌ها ادامه دارد\n\nتهران، ۱۰ آذر – مدیرکل سازمان زندان‌ها تعداد فعلی زندانیان کشور را "
        "۲۰۰ هزار نفر اعلام کرد."
    )
    result = extract(persian, language="fa")
    assert result.relevant
    assert (200000, "prison_population") in {(f.value, f.metric) for f in result.figures}


def test_of_various_nationalities_is_no_category_of_foreigners():
    text = "دبي، 2 ديسمبر – أمر حاكم دبي بالإفراج عن 900 محكوم من نزلاء المؤسسات العقابية من مختلف الجنسيات."
    figures = {f.value: f for f in extract(text, language="ar").figures}
    assert figures[900].category is None
    assert figures[900].role == "total"


def test_the_freed_told_after_a_pardon_are_its_people_and_a_list_after_a_comma_continues():
    text = (
        "کابل، ۲۲ حمل – به فرمان رهبر طالبان ۳۰۰ زندانی عفو و آزاد شدند. آزادشدگان شامل ۲۵۰ مرد، ۳۰ زن و ۲۰ کودک هستند."
    )
    figures = {f.value: f for f in extract(text, language="fa").figures}
    assert {v: figures[v].metric for v in (300, 250, 30, 20)} == dict.fromkeys((300, 250, 30, 20), "pardoned")
    assert figures[20].category == "juveniles"
    text = "جلال‌آباد، ۱۴ حوت – ۷۰ زندانی عفو و آزاد شدند. رییس محکمه گفت شش زن در میان آزادشدگان هستند."
    figures = {f.value: f for f in extract(text, language="fa").figures}
    assert figures[6].metric == "pardoned"


def test_persian_house_arrest_is_a_temporary_release_and_a_swap_is_an_exchange():
    text = (
        "تهران، ۲۷ شهریور – ایران و آمریکا زندانیان خود را مبادله کردند و سه زندانی آزاد شدند. در مرداد "
        "چهار نفر از زندان اوین به حبس خانگی منتقل شده بودند."
    )
    result = extract(text, language="fa")
    assert "prisoner_exchange" in result.kinds
    assert (4, "temporarily_released") in {(f.value, f.metric) for f in result.figures}


def test_a_rounded_headline_takes_the_metric_of_the_bodys_count():
    text = (
        "عراق: بیش از ۳۱ هزار نفر با قانون عفو عمومی آزاد شدند\n\nبغداد، ۱۴ اسفند – شورای عالی قضایی اعلام کرد "
        "که شمار کسانی که از زندان‌ها آزاد شده‌اند به ۳۱ هزار و ۲۰۰ نفر رسیده است."
    )
    result = extract(text, title="عراق: بیش از ۳۱ هزار نفر با قانون عفو عمومی آزاد شدند", language="fa")
    assert {(f.value, f.metric) for f in result.figures} == {(31200, "released"), (31000, "released")}


def test_a_small_group_lends_its_category_to_no_larger_line():
    text = (
        "آنکارا، ۱۲ مرداد – دو کشور ۳۰ زندانی را مبادله کردند. ترکیه شمار افراد مبادله‌شده را ۳۰ نفر اعلام کرد "
        "که دو کودک را نیز شامل می‌شود. مقصد آزادشدگان چنین بود:\nآلمان: ۱۲ نفر\nروسیه: ۱۸ نفر"
    )
    figures = {f.value: f for f in extract(text, language="fa").figures}
    assert figures[12].category is None
    assert figures[18].category is None


def test_what_a_measure_enables_them_to_do_is_their_act():
    text = (
        "تونس، 20 مارس – قرر الرئيس تمتيع 1500 محكوم بالعفو الخاص. وأوضحت الرئاسة أن هذا العفو سيمكّن 400 محكوم "
        "من المشمولين به من استعادة حريتهم."
    )
    assert _read(text, "ar") == {(1500, "pardoned"), (400, "released")}


def test_persian_population_counts_in_a_list_and_with_a_subgroup_aside():
    text = (
        "کابل، ۲۲ حمل – طالبان ۴۰۰ زندانی را آزاد کردند. در حال حاضر ۱۸ هزار تن از شهروندان کشور، ۳۰ شهروند "
        "خارجی و حدود ۷۰۰ زن در زندان‌های این گروه به سر می‌برند. رییس زندان گفت هزار و ۲۰۰ نفر، به‌شمول ۶۰ "
        "کودک و ۴۰ زن، در این زندان محبوس‌اند."
    )
    got = _read(text, "fa")
    assert {(18000, "prison_population"), (1200, "prison_population"), (30, "detained")} <= got


def test_armed_movements_and_a_subgroup_of_a_group_keep_its_category():
    text = (
        "الخرطوم، 4 يوليو – أصدر المجلس عفوا عن 200 أسير من حركة جيش تحرير السودان. وكان الرئيس قد أصدر "
        "في مارس 2017 عفوا عن 250 من المتمردين، بينهم 60 محكوما بالإعدام."
    )
    figures = {f.value: f for f in extract(text, language="ar", published=dt.date(2019, 7, 4)).figures}
    assert figures[200].category == "security"
    assert figures[60].category == "security"


def test_the_number_of_the_held_put_at_a_count_with_no_noun_after_it():
    text = "دمشق، 12 يناير – أطلقت السلطات سراح 450 معتقلا. ويقدر عدد المعتقلين في السجون بنحو 130 ألفا."
    assert _read(text, "ar") == {(450, "released"), (130000, "detained")}


def test_persian_active_reduction_out_of_this_number_and_kama_opens_a_clause():
    text = "کابل، ۲۶ سرطان – امارت اسلامی ۱۲۰۰ زندانی را عفو کرد و از مدت حبس ۲۰۰ زندانی دیگر کاست."
    assert _read(text, "fa") == {(1200, "pardoned"), (200, "sentence_reduced")}
    text = (
        "دوشنبه، ۱۵ شهریور – مجلس قانون عفو را تصویب کرد که شامل حال ۱۶ هزار نفر می‌شود؛ از این شمار ۳ هزار و "
        "۶۰۰ نفر از زندان آزاد خواهند شد."
    )
    figures = {f.value: f for f in extract(text, language="fa").figures}
    assert (figures[3600].role, figures[3600].part_of) == ("part", 16000)
    text = "الرياض، 10 مارس – صدر أمر بالعفو عن 1500 سجين من نزلاء السجون العامة، كما سددت اللجنة ديون 320 سجينا."
    assert (320, "prison_population") not in _read(text, "ar")


def test_persian_yesterday_the_number_of_the_freed_and_others_after_a_category():
    result = extract(
        "تهران – رئیس قوه قضاییه روز گذشته از آزادی ۳۲۰ زندانی جرائم غیرعمد خبر داد.",
        language="fa",
        published=dt.date(2024, 5, 20),
    )
    assert result.announced_on == dt.date(2024, 5, 19)
    text = "بغداد، 1 يونيو – قال المجلس إن عدد المفرج عنهم بموجب قانون العفو العام بلغ 23 ألفا و512 شخصا."
    assert _read(text, "ar") == {(23512, "released")}
    text = (
        "تهران، ۲۲ اسفند – سخنگوی قوه قضاییه اعلام کرد ۲۰ هزار نفر از بازداشت‌شدگان اعتراضات عفو شده‌اند و ۷۰ "
        "هزار نفر دیگر مشمول عفو شدند."
    )
    figures = {f.value: f for f in extract(text, language="fa").figures}
    assert figures[20000].role == "total"


def test_this_year_holds_no_yesterday_and_gulf_forms_of_address_open_a_name():
    result = extract(
        "تهران، ۲۰ بهمن – رئیس سازمان زندان‌ها گفت از ابتدای امسال ۵۰ هزار زندانی آزاد شده‌اند.",
        language="fa",
        published=dt.date(2024, 2, 9),
    )
    assert result.announced_on == dt.date(2024, 2, 9)
    result = extract(
        "مسقط، 17 نوفمبر – أصدر جلالة السلطان سالم بن ناصر عفوا ساميا عن 500 نزيل بمناسبة العيد الوطني.",
        language="ar",
        published=dt.date(2023, 11, 17),
    )
    assert [o.name for o in result.officials] == ["سالم بن ناصر"]


def test_people_still_held_told_before_a_partitive_count_are_detained():
    text = (
        "بيروت، 15 أيلول – أفرجت السلطات عن 30 سجينا. ويشكل السوريون أكبر كتلة بين النزلاء، ولا يزال نحو 1400 "
        "منهم موقوفين من دون محاكمة."
    )
    assert _read(text, "ar") == {(30, "released"), (1400, "detained")}
