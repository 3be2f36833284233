"""Persian reading rules: counts governed by a decree named before, lists, partitives, background
counts, furloughs beside pardons, and officials named the way Persian news names them."""

import datetime as dt

from releases.extraction import extract

PUBLISHED = dt.date(2024, 6, 24)


def _figures(text: str, published: dt.date = PUBLISHED) -> dict[int, object]:
    return {f.value: f for f in extract(text, published=published, language="fa").figures}


def _officials(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return [o.name for o in extract(text, published=published, language="fa").officials]


def test_a_teenager_is_a_person_and_a_juvenile():
    figures = _figures(
        "رهبر انقلاب با عفو ۲۶۵۴ محکوم موافقت کرد. به گفته معاون قوه قضاییه، ۱۸۲ زن و ۶ نوجوان زیر ۱۸ سال "
        "در میان عفوشدگان هستند."
    )
    assert figures[6].metric == "pardoned"
    assert figures[6].category == "juveniles"
    assert (figures[6].role, figures[6].part_of) == ("part", 2654)


def test_others_counted_with_tan_are_people_not_tonnes():
    figures = _figures(
        "دولت در دو روز گذشته ۳۱۷ زندانی طالبان را آزاد کرد. ۱۸۳ تن دیگر از فهرست طالبان هنوز در بند هستند."
    )
    assert figures[183].metric == "detained"
    assert figures[183].role == "context"


def test_a_country_name_is_not_a_demonym():
    figures = _figures(
        "به فرمان رهبر طالبان ۹۳۵ زندانی آزاد شدند. این زندانیان از زندان‌های ۳۴ ولایت افغانستان رها شده‌اند."
    )
    assert 935 in figures
    assert 34 not in figures


def test_a_demonym_still_counts_people():
    figures = _figures("علی‌اف ۶۲۵ محکوم را عفو کرد و هفت ایرانی در میان آزادشدگان هستند.")
    assert 7 in figures


def test_a_pluperfect_request_is_the_announcement_not_background():
    figures = _figures(
        "رهبر انقلاب روز دوشنبه با پیشنهاد رئیس قوه قضاییه موافقت کرد. رئیس قوه قضاییه در نامه‌ای درخواست کرده "
        "بود مجازات سه هزار و هشتصد و چهل نفر از محکومان عفو یا تخفیف داده شود."
    )
    assert figures[3840].metric == "pardoned"
    assert figures[3840].role == "total"


def test_a_time_counted_back_that_opens_the_sentence_is_background():
    figures = _figures(
        "رهبر انقلاب با عفو ۳۸۴۰ محکوم موافقت کرد. دو سال پیش، در چهلمین سالگرد انقلاب، رهبر ایران با عفوی "
        "گسترده موافقت کرده بود که بیش از ۵۰ هزار زندانی را در بر گرفت."
    )
    assert figures[3840].role == "total"
    assert figures[50000].role == "other_event"


def test_a_running_total_is_background():
    figures = _figures(
        "حکومت در دو روز گذشته سیصد و هفده زندانی گروه طالبان را آزاد کرده است. با رهایی این گروه، شمار "
        "زندانیان آزادشده طالبان به ۴ هزار و ۹۱۷ نفر رسیده است."
    )
    assert figures[317].role == "total"
    assert figures[4917].role == "other_event"


def test_a_running_total_told_with_now_is_background():
    figures = _figures(
        "دولت ۳۱۷ زندانی طالبان را رها کرد. شمار زندانیان رهاشده طالبان اکنون به ۴ هزار و ۹۱۴ نفر رسیده است."
    )
    assert figures[4914].role == "other_event"


def test_others_also_freed_later_are_a_later_stage():
    figures = _figures(
        "دولت ۳۱۷ زندانی طالبان را آزاد کرد. رئیس‌جمهور گفته بود که تا روز چهارم عید ۵۰۰ زندانی دیگر طالبان "
        "نیز آزاد می‌شوند."
    )
    assert figures[317].role == "total"
    assert figures[500].role == "other_event"


def test_a_pardon_also_told_after_furloughs_is_its_own_total():
    figures = _figures(
        "مدیرکل زندان‌های استان از اعطای پنج هزار و ۲۳ مورد مرخصی به زندانیان خبر داد. او گفت ۵۲۱ نفر از "
        "محکومان نیز مورد عفو رهبری قرار گرفتند.",
        dt.date(2017, 4, 5),
    )
    assert figures[5023].metric == "temporarily_released"
    assert (figures[521].metric, figures[521].role) == ("pardoned", "total")


def test_a_release_also_told_under_a_pardon_is_still_its_part():
    figures = _figures(
        "الهام علی‌اف فرمان عفو ۶۲۵ محکوم را امضا کرد. سه محکوم به حبس ابد نیز مشمول تخفیف شدند.",
        dt.date(2021, 3, 19),
    )
    assert (figures[3].role, figures[3].part_of) == ("part", 625)


def test_some_of_them_keep_the_act_of_the_count_before():
    figures = _figures(
        "رئیس قوه قضاییه گفته بود ۸۲ هزار و ۶۵۶ نفر مشمول آن عفو شدند که ۲۲ هزار و ۶۲۸ نفر از آنان در "
        "جریان اعتراضات بازداشت شده بودند."
    )
    assert figures[22628].metric == "pardoned"
    assert figures[22628].category == "protesters"


def test_some_of_them_with_their_own_release_keep_it():
    figures = _figures("رهبر انقلاب ۲۰۰۰ محکوم را عفو کرد و ۳۰۰ نفر از آنان آزاد شدند.")
    assert figures[300].metric == "released"


def test_a_narrower_verb_after_the_count_beats_the_pardon_framing_it():
    figures = _figures(
        "رهبر انقلاب با عفو یا تخفیف مجازات ۲ هزار و ۸۸۷ نفر از محکومان موافقت کرد. در میان مشمولان این عفو "
        "مجازات اعدام ۵۹ نفر به حبس تبدیل شده است."
    )
    assert figures[2887].metric == "pardoned"
    assert figures[59].metric == "sentence_reduced"
    assert (figures[59].role, figures[59].part_of) == ("part", 2887)


def test_an_adjacent_pardon_keeps_the_count():
    figures = _figures("رهبر انقلاب با عفو ۱۰ هزار زندانی موافقت کرد و مدت حبس آنان کاهش یافت.")
    assert figures[10000].metric == "pardoned"


def test_remaining_prisoners_are_still_held():
    figures = _figures(
        "دولت ۳۱۷ زندانی طالبان را آزاد کرد. رئیس‌جمهور تصمیم درباره ۴۰۰ زندانی باقی‌مانده طالبان را به لویه "
        "جرگه واگذار کرده بود."
    )
    assert figures[400].metric == "detained"
    assert figures[400].role == "context"


def test_the_rest_of_a_sentence_is_no_one_held():
    figures = _figures("علی‌اف ۶۲۵ محکوم را عفو کرد. بیست‌وسه نفر از این اتباع خارجی از گذراندن باقی‌مانده حبس معاف شدند.")
    assert figures[23].metric != "detained"


def test_a_measure_named_before_a_long_noun_phrase_covers_the_count():
    figures = _figures(
        "رهبر انقلاب با عفو و تخفیف مجازات شماری از محکومان موافقت کرد. این فرمان دو هزار و ۱۰۰ نفر از "
        "محکومان دادگاه‌های عمومی و انقلاب را در بر می‌گیرد."
    )
    assert figures[2100].metric == "pardoned"


def test_of_this_number_opens_a_subgroup():
    figures = _figures("رئیس قوه قضاییه روز سه‌شنبه دستور آزادی ۶۵۰ زندانی را صادر کرد. از این تعداد ۱۲۰ نفر زن هستند.")
    assert figures[120].metric == "released"
    assert figures[120].category == "women"
    assert (figures[120].role, figures[120].part_of) == ("part", 650)


def test_list_lines_with_no_closing_mark():
    figures = _figures(
        "با موافقت رهبر انقلاب، ۲۶۰۰ محکوم مورد عفو و تخفیف قرار گرفتند که از این میان:\n"
        "۲۲۰۰ نفر محکومان دادگاه‌های عمومی و انقلاب\n"
        "۳۰۰ نفر محکومان سازمان تعزیرات\n"
        "۱۰۰ نفر محکومان سازمان قضایی نیروهای مسلح"
    )
    for value in (2200, 300, 100):
        assert figures[value].metric == "pardoned"
        assert (figures[value].role, figures[value].part_of) == ("part", 2600)
    assert figures[100].category is None  # the armed forces' courts, not an armed group


def test_a_line_that_does_not_open_with_its_count_is_no_line():
    figures = _figures(
        "با موافقت رهبر انقلاب، ۲۶۰۰ محکوم مورد عفو قرار گرفتند که از این میان:\n"
        "۲۲۰۰ نفر محکومان دادگاه‌های عمومی\n"
        "در همین حال ۴۰۰ زندانی در زندان اوین نگهداری می‌شوند"
    )
    assert figures[400].metric != "pardoned"


def test_armed_robbery_is_not_security():
    figures = _figures("۱۵۰ زندانی محکوم به سرقت مسلحانه از عفو بهره‌مند شدند.")
    assert figures[150].category is None


def test_an_armed_rebel_is_security():
    figures = _figures("دولت ۱۵۰ شورشی مسلح را آزاد کرد.")
    assert figures[150].category == "security"


def test_a_name_ends_before_a_light_verb():
    names = _officials(
        "رهبر انقلاب روز جمعه با عفو ۲۸۸۷ محکوم موافقت کرد. حجت‌الاسلام والمسلمین محسنی اژه‌ای این درخواست را "
        "به آیت‌الله سید علی خامنه‌ای ارائه کرده بود."
    )
    assert "سید علی خامنه‌ای" in names
    assert not any("ارائه" in name for name in names)


def test_a_supervising_judge_is_no_name():
    names = _officials("مدیرکل زندان‌های استان در دیدار با کارکنان زندان مرکزی و قاضی ناظر زندان گفت ۵۲۱ نفر عفو شدند.")
    assert not any("ناظر" in name for name in names)


def test_an_anniversary_before_a_title_is_no_name():
    names = _officials(
        "رهبر انقلاب با عفو ۳۸۴۰ محکوم موافقت کرد. دو سال پیش، در چهلمین سالگرد انقلاب، رهبر ایران با عفوی "
        "گسترده موافقت کرده بود."
    )
    assert not any("سالگرد" in name for name in names)


def test_a_name_in_the_sentence_after_its_office():
    text = (
        "مدیرکل زندان‌های استان اصفهان از اعطای پنج هزار و ۲۳ مورد مرخصی به زندانیان خبر داد.\n\n"
        "اسدالله گرجی‌زاده روز چهارشنبه در دیدار نوروزی با کارکنان زندان مرکزی گفت: ۵۲۱ نفر نیز مورد عفو "
        "قرار گرفتند."
    )
    result = extract(text, published=dt.date(2017, 4, 5), language="fa")
    official = next(o for o in result.officials if o.name == "اسدالله گرجی‌زاده")
    assert official.role.startswith("مدیرکل")


def test_a_group_that_speaks_after_an_office_is_no_name():
    text = (
        "رئیس دادگستری استان از آزادی ۱۲۰ زندانی خبر داد.\n\n"
        "مقام‌های محلی روز پنجشنبه گفتند این زندانیان از زندان مرکزی آزاد شدند."
    )
    assert _officials(text) == []


def test_a_weekday_resolves_against_a_dateline_a_day_later():
    text = (
        "تهران، ۲۱ بهمن (خبرگزاری فردا) – آیت‌الله سید علی خامنه‌ای، رهبر انقلاب اسلامی، روز دوشنبه با عفو "
        "سه هزار و ۸۴۰ محکوم موافقت کرد."
    )
    result = extract(text, published=dt.date(2021, 2, 9), language="fa")
    assert result.announced_on == dt.date(2021, 2, 8)


def test_cases_of_a_measure_count_people():
    figures = _figures(
        "مدیرکل زندان‌های استان از اعطای ۵۰۲۳ مورد مرخصی و ۵۲۱ مورد عفو رهبری به مناسبت نوروز خبر داد.",
        dt.date(2017, 4, 5),
    )
    assert figures[5023].metric == "temporarily_released"
    assert figures[521].metric == "pardoned"


def test_cases_of_something_else_are_no_count():
    figures = _figures("دادگاه در این پرونده ۱۲ مورد تخلف را بررسی کرد و ۴۰ زندانی آزاد شدند.")
    assert 12 not in figures


def test_the_number_of_those_freed_is_no_prison_population():
    figures = _figures(
        "دولت ۳۱۷ زندانی طالبان را رها کرد. شمار زندانیان رهاشده طالبان اکنون به ۴ هزار و ۹۱۴ نفر رسیده است."
    )
    assert figures[4914].metric == "released"


def test_the_number_of_prisoners_is_still_the_population():
    figures = _figures("رئیس قوه قضاییه با آزادی ۲۰۰۰ زندانی موافقت کرد. تعداد زندانیان کشور حدود ۱۹۰ هزار نفر است.")
    assert figures[190000].metric == "prison_population"


def test_a_report_source_before_a_title_is_no_name():
    names = _officials(
        "به گزارش خبرگزاری میزان، رهبر معظم انقلاب اسلامی با عفو و تخفیف مجازات ۲۲۷۲ نفر از محکومان موافقت کردند."
    )
    assert not any("گزارش" in name or "خبرگزاری" in name for name in names)


def test_an_office_in_apposition_ends_before_the_time_and_the_verb():
    result = extract(
        "غلامحسین اسماعیلی، سخنگوی قوه قضاییه روز سه‌شنبه گفت حدود ۸۵ هزار زندانی به مرخصی رفته‌اند.",
        published=dt.date(2020, 3, 17),
        language="fa",
    )
    official = next(o for o in result.officials if o.name == "غلامحسین اسماعیلی")
    assert official.role == "سخنگوی قوه قضاییه"


def test_gregorian_months_written_in_persian():
    result = extract(
        "بی‌بی‌سی فارسی - آیت‌الله خامنه‌ای روز ۲۰ سپتامبر با عفو یا تخفیف مجازات ۲۸۸۷ زندانی موافقت کرد.",
        published=dt.date(2024, 9, 22),
        language="fa",
    )
    assert result.announced_on == dt.date(2024, 9, 20)


def test_jalali_months_stay_jalali():
    result = extract(
        "طبق اعلام دفتر رهبری، رهبر انقلاب در ۲۰ بهمن ۱۳۹۹ با عفو ۳۸۴۰ محکوم موافقت کرد.",
        published=dt.date(2021, 2, 10),
        language="fa",
    )
    assert result.announced_on == dt.date(2021, 2, 8)


def test_the_taliban_name_afghanistan():
    result = extract(
        "طالبان روز ۸ ژوئیه اعلام کردند ۹۳۵ زندانی را به مناسبت عید قربان آزاد کرده‌اند.",
        published=dt.date(2022, 7, 10),
        language="fa",
    )
    assert result.country == "AF"
    assert result.announced_on == dt.date(2022, 7, 8)


def test_the_freed_written_joined_hold_a_part():
    figures = _figures("امارت اسلامی از رهایی ۱۵۰ تن از زندان‌های کشور خبر داد. ۲۳ زن نیز در میان رهاشدگان هستند.")
    assert figures[23].metric == "released"
    assert figures[23].category == "women"
    assert (figures[23].role, figures[23].part_of) == ("part", 150)


def test_a_measure_that_covers_counts_told_after_shamel():
    figures = _figures("رهبر انقلاب با عفو ۲۰۰۰ محکوم موافقت کرد. این فرمان شامل ۱۳۵ زن و ۴۰ تبعه خارجی نیز می‌شود.")
    assert (figures[135].metric, figures[135].category, figures[135].part_of) == ("pardoned", "women", 2000)
    assert (figures[40].metric, figures[40].category, figures[40].part_of) == ("pardoned", "foreign_nationals", 2000)


def test_shamel_with_no_verb_of_covering_reads_as_before():
    figures = _figures("رهبر انقلاب ۶۲۵ محکوم را عفو کرد. آزادشدگان شامل ۳۳۸ مرد و ۲۸۷ زن هستند.")
    assert figures[338].metric == "pardoned"


def test_freed_under_this_decree_named_a_pardon_before():
    figures = _figures(
        "رهبر طالبان به مناسبت عید فطر فرمان عفو زندانیان را صادر کرد. بر اساس این فرمان، ۲ هزار و ۴۶۳ زندانی "
        "از زندان‌های سراسر کشور رها شدند.",
        dt.date(2025, 3, 29),
    )
    assert figures[2463].metric == "pardoned"


def test_freed_under_this_circular_named_a_furlough_before():
    figures = _figures(
        "رئیس قوه قضاییه بخشنامه مرخصی نوروزی زندانیان را ابلاغ کرد. در اجرای این بخشنامه ۱۲۰۰ زندانی از "
        "زندان آزاد شدند.",
        dt.date(2025, 3, 20),
    )
    assert figures[1200].metric == "temporarily_released"


def test_freed_under_this_decree_whose_count_was_told_keep_their_release():
    figures = _figures(
        "الهام علی‌اف فرمان عفو ۶۲۵ محکوم را امضا کرد. بر اساس این فرمان، ۴۷۵ نفر پیش از پایان دوران محکومیت "
        "آزاد می‌شوند.",
        dt.date(2021, 3, 19),
    )
    assert figures[475].metric == "released"
    assert (figures[475].role, figures[475].part_of) == ("part", 625)


def test_freed_on_an_order_are_released():
    figures = _figures("به دستور رئیس قوه قضاییه، ۸۰۰ زندانی جرائم غیرعمد آزاد شدند.", dt.date(2025, 3, 29))
    assert figures[800].metric == "released"


def test_nine_closes_a_persian_compound():
    from releases.extraction.lexicon_intl import LEXICONS
    from releases.extraction.numbers import find_numbers

    lex = LEXICONS["fa"]
    assert [m.value for m in find_numbers("نود و نه نفر", lex)] == [99]
    assert [m.value for m in find_numbers("صد و نه نفر", lex)] == [109]
    assert [m.value for m in find_numbers("بیست\u200cونه نفر", lex)] == [29]
    assert [m.value for m in find_numbers("نه زندانیان سیاسی و نه دیگران", lex)] == []


def test_millions_and_thousands_joined_by_and():
    from releases.extraction.lexicon_intl import LEXICONS
    from releases.extraction.numbers import find_numbers

    assert [m.value for m in find_numbers("یک میلیون و 200 هزار نفر", LEXICONS["fa"])] == [1_200_000]
    assert [m.value for m in find_numbers("2 میلیون و 300 هزار و 500 نفر", LEXICONS["fa"])] == [2_300_500]


def test_dari_prisoners_are_people():
    figures = _figures(
        "کابل – اداره زندان‌ها اعلام کرد که به فرمان رهبر امارت اسلامی ۵۰۰ محبوس در آستانه عید رها شدند.",
        dt.date(2024, 4, 10),
    )
    assert figures[500].metric == "pardoned"


def test_financial_is_not_mali():
    result = extract("با کمک خیران ۲۵۰ بدهکار مالی از زندان آزاد شدند.", published=PUBLISHED, language="fa")
    assert result.country == "IR"
    assert {f.value for f in result.figures} == {250}


def test_who_they_had_been_among_them_keeps_the_pardon():
    figures = _figures(
        "غلامحسین محسنی اژه‌ای روز دوشنبه گفت تاکنون ۸۲ هزار و ۶۵۶ نفر مشمول عفو رهبری شده‌اند که ۲۲ هزار و ۶۲۸ "
        "نفر از آنان از بازداشت‌شدگان اعتراضات بوده‌اند.",
        dt.date(2023, 3, 14),
    )
    assert (figures[22628].metric, figures[22628].category) == ("pardoned", "protesters")
    assert (figures[22628].role, figures[22628].part_of) == ("part", 82656)


def test_of_these_convicts_is_a_part():
    figures = _figures(
        "رهبر انقلاب با عفو و تخفیف مجازات ۲ هزار و ۲۷۲ نفر از محکومان موافقت کرد. حکم اعدام ۴۳ نفر از این "
        "محکومان به حبس تبدیل شد.",
        dt.date(2022, 7, 18),
    )
    assert figures[43].metric == "sentence_reduced"
    assert (figures[43].role, figures[43].part_of) == ("part", 2272)


def test_counts_placed_one_by_one_share_the_last_noun_and_verb():
    figures = _figures(
        "طالبان به مناسبت عید فطر ۸۵۰ زندانی را آزاد کردند. از این میان در ولایت هرات ۱۲۰، در کندهار ۸۰ و در "
        "بلخ ۶۵ زندانی آزاد شدند.",
        dt.date(2024, 4, 10),
    )
    for value in (120, 80, 65):
        assert figures[value].metric == "released"
        assert (figures[value].role, figures[value].part_of) == ("part", 850)


def test_a_placed_number_with_no_people_after_the_list_is_no_count():
    figures = _figures(
        "طالبان ۸۵۰ زندانی را آزاد کردند. در ولایت هرات ۱۲ و در کندهار ۸ مدرسه بسته شد.", dt.date(2024, 4, 10)
    )
    assert set(figures) == {850}


def test_an_afghan_province_names_afghanistan():
    result = extract(
        "به گزارش طلوع‌نیوز، مسئولان در هرات می‌گویند ۱۲۰ زندانی، از جمله ۱۵ زن، از زندان این ولایت آزاد شده‌اند.",
        published=dt.date(2024, 4, 10),
        language="fa",
    )
    assert result.country == "AF"


def test_yesterday_counts_from_a_persian_dateline_a_day_before_publication():
    result = extract(
        "کابل، ۱۲ اسد (آژانس خبری کابل) – دفتر شورای امنیت ملی دیروز اعلام کرد ۳۱۷ زندانی طالبان آزاد شدند.",
        published=dt.date(2020, 8, 3),
        language="fa",
    )
    assert result.announced_on == dt.date(2020, 8, 1)


def test_yesterday_counts_from_publication_with_a_dateline_of_the_same_day():
    result = extract(
        "تهران، ۲۱ بهمن (خبرگزاری فردا) – رهبر انقلاب دیروز با عفو ۳۸۴۰ محکوم موافقت کرد.",
        published=dt.date(2021, 2, 9),
        language="fa",
    )
    assert result.announced_on == dt.date(2021, 2, 8)


def test_an_electronic_tag_lets_them_out_for_a_while():
    figures = _figures(
        "رئیس قوه قضاییه گفت ۱۲ هزار زندانی با پابند الکترونیک از زندان خارج شده‌اند و ۳ هزار و ۴۰۰ نفر نیز از "
        "آزادی مشروط بهره‌مند شدند."
    )
    assert figures[12000].metric == "temporarily_released"
    assert figures[3400].metric == "released"


def test_leaving_prison_is_a_release():
    figures = _figures("به مناسبت عید ۲۰۰ زندانی از زندان مرکزی خارج شدند.")
    assert figures[200].metric == "released"


def test_a_suspended_sentence_is_reduced():
    figures = _figures("دادستان گفت ۸۰ متهم با قرار وثیقه آزاد شدند و مجازات ۲۵ نفر دیگر تعلیق شد.")
    assert figures[80].metric == "temporarily_released"
    assert figures[25].metric == "sentence_reduced"


def _official(text: str, name: str, published: dt.date = dt.date(2024, 4, 10)):
    return next((o for o in extract(text, published=published, language="fa").officials if o.name == name), None)


def test_governors_secretaries_and_provincial_court_heads_are_titles():
    official = _official("والی هرات، مولوی اسلام جار، گفت ۵۰۰ زندانی آزاد شدند.", "اسلام جار")
    assert official is not None and official.role == "والی هرات"
    assert _official("رئیس‌کل دادگستری استان فارس، کاظم موسوی، گفت ۵۰۰ زندانی آزاد شدند.", "کاظم موسوی")
    assert _official("استاندار تهران، محسن منصوری، گفت ۵۰۰ زندانی آزاد شدند.", "محسن منصوری")
    assert _official("سید اسدالله جولایی دبیر ستاد دیه کشور گفت ۵۰۰ زندانی آزاد شدند.", "سید اسدالله جولایی")


def test_an_afghan_honorific_opens_a_name():
    assert _official("قاری یوسف احمدی، سخنگوی طالبان، گفت ۵۰۰ زندانی آزاد شدند.", "یوسف احمدی")


def test_one_name_after_an_afghan_honorific_and_the_speaker_is_not_freed():
    official = _official("به گفته مولوی عبدالکبیر، وزیر امور مهاجرین طالبان، ۵۰۰ زندانی آزاد شدند.", "عبدالکبیر")
    assert official is not None and official.part == "announcer"


def test_a_press_office_is_no_name():
    names = _officials(
        "دفتر مطبوعاتی والی ننگرهار روز چهارشنبه اعلام کرد ۳۲ عضو طالبان از زندان این ولایت آزاد شدند.",
        dt.date(2019, 6, 13),
    )
    assert not any("دفتر" in name for name in names)


def test_people_a_pardon_does_not_cover_are_still_held():
    figures = _figures(
        "رهبر انقلاب با عفو ۲۰۰۰ محکوم موافقت کرد. به گفته فعالان حقوق بشر، ۴۰۰ زندانی سیاسی مشمول این عفو نمی‌شوند."
    )
    assert figures[2000].metric == "pardoned"
    assert (figures[400].metric, figures[400].category, figures[400].role) == ("detained", "political", "context")


def test_people_not_freed_are_still_held():
    figures = _figures("رئیس قوه قضاییه گفت ۵۰۰ زندانی آزاد شدند اما ۳۰۰ نفر دیگر آزاد نشدند.")
    assert figures[500].metric == "released"
    assert figures[300].metric == "detained"


def test_a_release_demanded_leaves_them_held():
    figures = _figures("رهبر انقلاب ۱۰۰۰ محکوم را عفو کرد. خانواده‌ها خواستار آزادی ۲۰۰ زندانی سیاسی شدند.")
    assert (figures[200].metric, figures[200].role) == ("detained", "context")


def test_a_release_approved_at_a_request_is_a_release():
    figures = _figures("رئیس قوه قضاییه با درخواست آزادی ۵۰۰ زندانی موافقت کرد.")
    assert figures[500].metric == "released"


def test_the_dead_and_wounded_are_no_figure():
    figures = _figures(
        "رهبر انقلاب با عفو ۲۰۰۰ محکوم موافقت کرد. به گفته سازمان حقوق بشر ایران، ۵۵۱ معترض در جریان اعتراضات "
        "جان باختند و ۲۲ هزار نفر بازداشت شدند."
    )
    assert 551 not in figures
    assert figures[22000].metric == "detained"


def test_the_wounded_later_freed_are_still_counted():
    figures = _figures("۳۰۰ زندانی آزاد شدند و ۲۰ نفر زخمی شدند.")
    assert figures[300].metric == "released"


def test_a_solar_hijri_date_in_figures():
    result = extract(
        "رهبر انقلاب در تاریخ ۱۴۰۳/۰۴/۰۳ با عفو ۲۶۵۴ محکوم موافقت کرد.", published=dt.date(2024, 6, 25), language="fa"
    )
    assert result.announced_on == dt.date(2024, 6, 23)


def test_a_page_stamp_in_figures_is_not_the_announcement():
    result = extract(
        "کد خبر: ۱۲۳۴۵ | تاریخ انتشار: ۱۴۰۳/۰۴/۰۵\n\nرهبر انقلاب روز یکشنبه با عفو ۲۶۵۴ محکوم موافقت کرد.",
        published=dt.date(2024, 6, 25),
        language="fa",
    )
    assert result.announced_on == dt.date(2024, 6, 23)


def test_a_list_of_long_noun_phrases_in_one_sentence_shares_the_closing_verb():
    figures = _figures(
        "رهبر انقلاب اسلامی به مناسبت عید مبعث با عفو و تخفیف مجازات ۱۵۲۶ نفر از محکومان موافقت کردند. از این "
        "تعداد، ۱۴۲۰ نفر از محکومان دادگاه‌های عمومی و انقلاب، ۶۴ نفر از محکومان سازمان قضایی نیروهای مسلح و ۴۲ "
        "نفر از محکومان سازمان تعزیرات حکومتی هستند.",
        dt.date(2025, 1, 28),
    )
    for value in (1420, 64, 42):
        assert figures[value].metric == "pardoned"
        assert (figures[value].role, figures[value].part_of) == ("part", 1526)


def test_people_among_them_with_an_aside_keep_the_act():
    figures = _figures(
        "رهبر انقلاب با عفو ۲۰۰۰ محکوم موافقت کرد که ۴۰ تبعه خارجی، از جمله ۳ شهروند ایتالیایی، در میان آنان هستند."
    )
    assert (figures[40].metric, figures[40].category) == ("pardoned", "foreign_nationals")
    assert (figures[40].role, figures[40].part_of) == ("part", 2000)
    assert (figures[3].category, figures[3].role, figures[3].part_of) == ("foreign_nationals", "part", 40)


def test_a_european_demonym_makes_foreign_nationals_in_an_iranian_release():
    result = extract(
        "قوه قضاییه ایران اعلام کرد دو شهروند آلمانی که در زندان اوین بودند آزاد شدند.",
        published=dt.date(2024, 6, 15),
        language="fa",
    )
    assert result.country == "IR"
    assert [(f.value, f.category) for f in result.figures] == [(2, "foreign_nationals")]
