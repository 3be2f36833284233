"""Dates, officials, country, relevance, kinds and occasion on short texts."""

import datetime as dt

import pytest

from releases.extraction import extract, is_relevant, relevance_score

THURSDAY = dt.date(2024, 3, 14)


def read(text: str, published: dt.date | None = THURSDAY, **kw):
    return extract(text, published=published, **kw)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The king pardoned 500 prisoners on Wednesday.", dt.date(2024, 3, 13)),
        ("The king pardoned 500 prisoners on Thursday.", dt.date(2024, 3, 14)),
        ("The king pardoned 500 prisoners last Thursday.", dt.date(2024, 3, 7)),
        ("The king pardoned 500 prisoners yesterday.", dt.date(2024, 3, 13)),
        ("The king pardoned 500 prisoners on March 9.", dt.date(2024, 3, 9)),
        ("The king pardoned 500 prisoners on 9 March 2024.", dt.date(2024, 3, 9)),
    ],
)
def test_announcement_date_resolved_against_publication(sentence, expected):
    assert read(sentence).announced_on == expected


def test_speech_date_when_the_action_has_none():
    text = "The king will pardon 500 prisoners for the holiday, the palace said on Tuesday."
    assert read(text).announced_on == dt.date(2024, 3, 12)


def test_definite_measure_date_beats_speech_date():
    text = (
        "About 500 prisoners are being freed under a royal pardon, officials said on Thursday. "
        "The pardon was granted in a decree issued on Monday."
    )
    assert read(text).announced_on == dt.date(2024, 3, 11)


def test_holiday_and_background_dates_are_not_the_announcement():
    text = (
        "The president pardoned 500 prisoners ahead of Independence Day on March 20, the presidency "
        "said on Wednesday. Many were jailed over the Jan. 6, 2021, unrest."
    )
    assert read(text).announced_on == dt.date(2024, 3, 13)


def test_dateline_date_when_nothing_else():
    text = "Amnesty approved\n\nRABAT, March 12 (Wire) - Parliament approved an amnesty for 1,000 prisoners."
    assert read(text).announced_on == dt.date(2024, 3, 12)


def test_page_date_stamp_gives_the_publication_date():
    text = "date 2024-03-14 The king pardoned 500 prisoners on Tuesday."
    assert read(text, published=None).announced_on == dt.date(2024, 3, 12)


def test_officials_with_roles_and_aliases_named_once():
    text = (
        "Judicial spokesman Farid Nasseri said the supreme leader Ayatollah Reza Mohammadi would pardon "
        '2,000 prisoners in Iran. "The pardon is a gift," Nasseri said. Interior Minister Laila Karimi, '
        "speaking in Tehran, welcomed it."
    )
    officials = {o.name: o for o in read(text).officials}
    assert set(officials) == {"Farid Nasseri", "Reza Mohammadi", "Laila Karimi"}
    assert officials["Farid Nasseri"].role == "Judicial spokesman"
    assert officials["Farid Nasseri"].aliases == ["Nasseri"]
    assert officials["Reza Mohammadi"].role == "supreme leader"
    assert officials["Laila Karimi"].country == "IR"


def test_appositive_role_and_un_official_without_country():
    text = (
        "Kenya pardoned 3,000 prisoners. Ruth Wanjiru, the director of prisons, said most were women. "
        "The UN Special Rapporteur on prisons, Tomas Lind, welcomed the pardon."
    )
    officials = {o.name: o for o in read(text).officials}
    assert officials["Ruth Wanjiru"].role == "director of prisons"
    assert officials["Tomas Lind"].country is None


def test_rights_activists_are_not_officials_but_named_prisoners_are_kept():
    text = (
        "The government freed 40 political prisoners on Monday, among them journalist Aliya Sultanova and "
        "activist Danyar Bekov. Opposition leader Marat Ispayev welcomed the release."
    )
    result = read(text)
    assert {o.name for o in result.officials} == set()
    assert "Aliya Sultanova" in result.named_prisoners


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Belarusian President Alexander Lukashenko pardoned 30 prisoners, his office in Minsk said.", "BY"),
        ("TALLINN, Estonia, Aug 16 (Wire) - Belarus's leader pardoned 30 prisoners.", "BY"),
        ("Tehran freed 2,000 prisoners, the Islamic Republic's judiciary said.", "IR"),
        ("WASHINGTON (Wire) - Nicaragua released 222 political prisoners and flew them to Washington.", "NI"),
        ("Five Americans freed by Iran landed in Qatar, where the Qatari emir greeted them.", "IR"),
        ("The Iranian judiciary said 1,000 prisoners would be pardoned.", "IR"),
        (
            "Twelve freed in Doha prisoner swap\n\nDOHA, March 14 (Wire) - Russia freed eight people on Thursday in "
            "exchange for four others, officials in Qatar said.",
            "RU",
        ),
    ],
)
def test_country_is_the_deciding_authority(text, country):
    assert read(text).country == country


def test_turkey_the_bird_is_not_turkey_the_country():
    text = "The president pardoned a turkey named Blossom. Turkey pardoned 900 prisoners for the holiday."
    assert read(text).country == "TR"


@pytest.mark.parametrize(
    "text",
    [
        "Biden pardoned two turkeys, Peach and Blossom, at the White House before Thanksgiving.",
        "Pardon me, said the singer, whose new album was released on Friday with 12 songs.",
        "The studio released the film in 3,000 cinemas; the software update was released too.",
        "The striker's contract includes a release clause of 1 billion euros.",
        "Police said 289 knives were handed in during a knife amnesty week.",
        "Fifteen sea turtles were released back into the ocean after treatment.",
        "A new prison with room for 1,700 inmates opened on Friday as ministers chase prison places.",
        "Police detained 2,100 people at rallies demanding the release of a jailed opposition leader.",
        "The parole board denied the release of the 78-year-old inmate, citing the gravity of his crimes.",
        "The government said it would not pardon anyone convicted in the coup plot.",
    ],
)
def test_not_relevant(text):
    result = read(text)
    assert not result.relevant
    assert result.figures == [] and result.country is None
    assert not is_relevant(text)


def test_relevant_and_score():
    text = "The king pardoned 1,200 prisoners. Another 300 inmates had their sentences reduced."
    assert read(text).relevant
    assert is_relevant(text)
    assert relevance_score(text) == 2


def test_kinds_and_occasion():
    text = (
        "The president pardoned 700 prisoners and commuted the sentences of 40 others to mark "
        "Independence Day, while 2,000 inmates were temporarily released on furlough."
    )
    result = read(text)
    assert set(result.kinds) == {"pardon", "commutation", "temporary_release"}
    assert result.occasion == "Independence Day"


def test_prisoner_exchange_kind():
    text = "Russia released a US journalist in a prisoner swap that freed eight people held in three countries."
    assert "prisoner_exchange" in read(text).kinds


def test_to_gold_shape():
    gold = read("The king pardoned 500 prisoners on Wednesday.").to_gold()
    assert list(gold) == [
        "relevant", "country", "kinds", "announced_on", "occasion", "officials", "figures", "named_prisoners",
    ]  # fmt: skip
    assert gold["announced_on"] == "2024-03-13"
    assert gold["figures"] == [
        {
            "value": 500,
            "metric": "pardoned",
            "category": None,
            "qualifier": "exact",
            "role": "total",
            "part_of": None,
            "quote": "pardoned 500 prisoners",
        }
    ]


def test_a_leaders_name_gives_the_country_the_text_does_not_name():
    published = dt.date(2024, 7, 25)
    fr = extract("Kaïs Saïed a gracié 1 500 détenus à l'occasion de la fête de la République.", published=published)
    assert fr.country == "TN"
    ar = extract("أصدر الملك محمد السادس عفوا عن 2476 سجينا بمناسبة عيد العرش.", published=published, language="ar")
    assert ar.country == "MA"
    es = extract("Nayib Bukele indultó a 300 presos el lunes.", published=published, language="es")
    assert es.country == "SV"


def test_people_counted_by_their_nationality_are_not_the_state_that_frees_them():
    text = (
        "علی‌اف ۶۰۰ محکوم را عفو کرد؛ هفت ایرانی در میان آزادشدگان\n\n"
        "الهام علی‌اف، رئیس‌جمهور، فرمان عفو ۶۰۰ محکوم را امضا کرد و پرونده ۳۰ نفر دیگر بررسی می‌شود."
    )
    result = extract(text, published=dt.date(2024, 3, 20), language="fa")
    assert result.country == "AZ"


def test_a_jalali_date_without_its_year_is_the_one_nearest_publication():
    text = "تهران، ۱۲ مرداد – قوه قضاییه اعلام کرد ۳۰۰ زندانی آزاد شدند."
    assert read(text, published=dt.date(2024, 8, 3), language="fa").announced_on == dt.date(2024, 8, 2)


def test_the_lead_gives_the_date_where_the_clemency_sentence_has_none():
    text = (
        "مسکو، ۱۲ مرداد – دو کشور روز پنجشنبه ۲۴ زندانی را در فرودگاه آنکارا مبادله کردند.\n\n"
        "به گفته کاخ سفید، این تبادل ماه‌ها مذاکره لازم داشت."
    )
    assert read(text, published=dt.date(2024, 8, 2), language="fa").announced_on == dt.date(2024, 8, 1)


def test_a_date_that_ends_a_period_is_not_the_announcement():
    text = (
        "CIUDAD DE MÉXICO, 19 sep – La comisión ha aprobado 458 amnistías desde 2021, según su informe, "
        "con datos hasta el 30 de agosto."
    )
    assert read(text, published=dt.date(2024, 9, 19), language="es").announced_on == dt.date(2024, 9, 19)


def test_the_first_sentence_counting_a_pardon_is_the_main_one_even_without_a_prisoner_word():
    text = (
        "DAKAR, 12 août – Quatre cent vingt personnes incarcérées ont bénéficié d'une grâce présidentielle, "
        "a annoncé dimanche le ministère.\n\nEn avril, il avait gracié 1 066 détenus le 3 avril."
    )
    assert read(text, published=dt.date(2019, 8, 12), language="fr").announced_on == dt.date(2019, 8, 11)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("El presidente indultó a 300 presos el 1º de marzo.", "es", dt.date(2024, 3, 1)),
        ("El presidente indultó a 300 presos el 2.° de marzo.", "es", dt.date(2024, 3, 2)),
        ("El presidente indultó anteayer a 300 presos.", "es", dt.date(2024, 3, 12)),
        ("Le président a gracié avant-hier 300 détenus.", "fr", dt.date(2024, 3, 12)),
        ("Le président a gracié hier 300 détenus.", "fr", dt.date(2024, 3, 13)),
    ],
)
def test_spanish_ordinal_days_and_the_day_before_yesterday(sentence, lang, expected):
    assert read(sentence, language=lang).announced_on == expected


@pytest.mark.parametrize(
    ("text", "lang", "country", "announced"),
    [
        ("La Habana, 12 mar (Agencia).- El Gobierno cubano indultó a 300 presos, informó la prensa oficial.", "es",
         "CU", dt.date(2024, 3, 12)),
        ("DAKAR, 12 mars (Agence) - Le président a gracié 500 détenus à la veille de la fête.", "fr", "SN",
         dt.date(2024, 3, 12)),
        ("Lomé, 11 mar (Agencia) - El presidente togolés indultó a 900 presos.", "es", "TG", dt.date(2024, 3, 11)),
        ("Le roi du Cambodge a gracié 150 détenus à l'occasion du Nouvel An khmer.", "fr", "KH", THURSDAY),
        ("La junta militar birmana amnistió a 9.652 presos con motivo del Día de la Independencia.", "es", "MM",
         THURSDAY),
        ("Le roi thaïlandais a accordé une amnistie à 30 000 détenus.", "fr", "TH", THURSDAY),
    ],
)  # fmt: skip
def test_french_and_spanish_agency_datelines_and_more_countries(text, lang, country, announced):
    result = read(text, language=lang)
    assert (result.country, result.announced_on) == (country, announced)


def test_afghan_month_names_a_dateline_with_its_year_and_a_count_after_a_month():
    from releases.extraction import extract

    text = "طالبان زندانیان را آزاد کردند\n\nکابل، ۹ حمل ۱۴۰۴ (پژواک) – طالبان روز ۸ حمل ۲۴۶۳ زندانی را عفو کردند."
    found = extract(text, language="fa", published=dt.date(2025, 3, 29))
    assert found.announced_on == dt.date(2025, 3, 28)  # 8 Hamal 1404, not the dateline's day
    assert [(f.value, f.metric) for f in found.figures] == [(2463, "pardoned")]


def test_amnesty_international_is_no_pardon_in_arabic_or_persian():
    text = "اعتقالات في مصر\n\nقالت منظمة العفو الدولية إن السلطات اعتقلت 300 شخص خلال الاحتجاجات."
    assert not extract(text, language="ar").relevant
    text = "بازداشت‌ها ادامه دارد\n\nسازمان عفو بین‌الملل اعلام کرد ۵۰۰ معترض زندانی شده‌اند."
    assert not extract(text, language="fa").relevant
    text = "عفو رئاسي\n\nرحبت منظمة العفو الدولية بالإفراج عن 300 سجين بموجب العفو الرئاسي."
    assert [(f.value, f.metric) for f in extract(text, language="ar").figures] == [(300, "pardoned")]


def test_the_day_releases_start_is_not_the_announcement():
    text = (
        "Laos will grant amnesty to 1,200 prisoners to mark National Day, officials said on Tuesday, "
        "with releases starting on Saturday."
    )
    assert read(text).announced_on == dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "country", "date"),
    [
        (
            "DUBAI, United Arab Emirates (Wire) — Iran announced Monday that its judiciary had pardoned 1,800 "
            "people held over the protests.",
            "IR",
            dt.date(2024, 3, 11),
        ),
        (
            "Cairo, March 14, (Wire) – Egypt's prisons authority released on Wednesday 2,100 inmates under a "
            "presidential pardon.",
            "EG",
            dt.date(2024, 3, 13),
        ),
        (
            "BANGKOK (Wire) - The king pardoned 900 prisoners on Tuesday to mark his birthday.",
            "TH",
            dt.date(2024, 3, 12),
        ),
    ],
)
def test_wire_datelines_give_the_place_filed_from_not_the_country(text, country, date):
    result = read(text)
    assert (result.country, result.announced_on) == (country, date)


def test_the_day_a_measure_takes_effect_is_not_the_announcement():
    text = "The pardons, announced on Tuesday, will take effect on Saturday for 500 prisoners."
    assert read(text).announced_on == dt.date(2024, 3, 12)


def test_the_royal_gazette_and_a_late_king_name_thailand():
    text = (
        "Eligible inmates will be freed after a royal pardon was issued to mark King Bhumibol Adulyadej's "
        "birthday, according to the Royal Gazette. About 32,000 inmates will be released."
    )
    assert read(text).country == "TH"


def test_yesterday_counts_from_the_dateline_day():
    text = "TEHRAN, March 13 (Wire) - Iran pardoned 500 prisoners yesterday, the judiciary said."
    assert read(text).announced_on == dt.date(2024, 3, 12)


def test_the_day_releases_start_from_is_not_the_announcement_date():
    text = "The country will free 2,300 prisoners from Monday to mark its national day, officials said on Thursday."
    assert read(text).announced_on == THURSDAY


def test_a_release_called_on_for_people_still_held_is_not_one_granted():
    result = read(
        "Rights groups on Wednesday called on the government to release the 900 political prisoners still held "
        "in its jails."
    )
    assert not result.relevant
