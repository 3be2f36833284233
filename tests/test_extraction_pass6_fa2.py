"""Persian reading rules: the months of this year gone by, the last line of a breakdown, demonyms that
describe people, prisons as places, people who walk out of prison, kin who comment, the number of
prisoners held, releases for a while, swaps announced by heads of government, and a headline's
nationality over the body's bare count."""

import datetime as dt

from releases.extraction import countries, extract, roles

PUBLISHED = dt.date(2025, 12, 23)


def _extract(text: str, published: dt.date = PUBLISHED):
    return extract(text, published=published, language="fa")


def _figures(text: str, published: dt.date = PUBLISHED) -> dict[int, object]:
    return {f.value: f for f in _extract(text, published).figures}


def _officials(text: str, published: dt.date = PUBLISHED) -> dict[str, object]:
    return {o.name: o for o in _extract(text, published).officials}


def test_the_months_of_this_year_gone_by_are_not_last_year():
    figures = _figures(
        "ستاد دیه استان از آزادی ۴۰۰ زندانی خبر داد.\n\n"
        "رئیس کل دادگستری استان گفت: در شش ماهی که از امسال گذشته است، ۴۰۰ نفر از زندانیان جرائم غیرعمد "
        "آزاد شده‌اند که ۳۰ نفر از آنان زن و ۳۷۰ نفر مرد هستند."
    )
    assert (figures[30].role, figures[30].part_of) == ("part", 400)
    assert figures[30].category == "women"
    assert (figures[370].role, figures[370].part_of) == ("part", 400)


def test_last_year_is_still_background():
    figures = _figures(
        "رئیس کل دادگستری استان از آزادی ۴۰۰ زندانی جرائم غیرعمد خبر داد. سال گذشته نیز ۲۵۰ زندانی با کمک "
        "ستاد دیه آزاد شدند."
    )
    assert figures[400].role == "total"
    assert figures[250].role == "other_event"


def test_the_others_of_a_breakdown_told_by_why_they_were_held_are_its_last_line():
    figures = _figures(
        "ستاد دیه استان ۱۰۰ زندانی جرائم غیرعمد را آزاد کرد.\n\n"
        "علت حبس این افراد چنین بود:\n"
        "بدهی مالی: ۶۰ نفر\n"
        "مهریه: ۳۰ نفر\n\n"
        "به گفته مدیرکل، ۱۰ نفر دیگر نیز به دلیل حادثه رانندگی در زندان بودند."
    )
    assert figures[10].metric == "released"
    assert (figures[10].role, figures[10].part_of) == ("part", 100)


def test_others_still_in_prison_after_a_count_stay_held():
    figures = _figures("ستاد دیه استان ۱۰۰ زندانی جرائم غیرعمد را آزاد کرد. ۴۰ نفر دیگر هنوز در زندان هستند.")
    assert figures[40].metric == "detained"
    assert figures[40].role == "context"


def test_a_demonym_describing_people_weighs_nothing_for_the_country():
    text = "ایران دو زندانی سوئدی را آزاد کرد"
    mention = next(m for m in countries.find_mentions(text, "fa") if m.code == "SE")
    assert countries.mention_weight(text, mention, 0, 0)[0] == 0
    plural = "نام امریکایی‌های رهاشده اعلام نشد"
    mention = next(m for m in countries.find_mentions(plural, "fa") if m.code == "US")
    assert countries.mention_weight(plural, mention, 0, 0)[0] == 0


def test_a_swap_told_with_the_other_side_s_nationals_is_the_releasing_state_s():
    result = _extract(
        "ایران دو زندانی سوئدی را آزاد کرد\n\n"
        "ایران و سوئد روز شنبه زندانیان خود را مبادله کردند و ایران دو زندانی سوئدی را آزاد کرد. دو شهروند "
        "سوئدی پس از آزادی از زندان اوین با هواپیما به استکهلم رفتند. دادگاه سوئد پیش‌تر یک مقام پیشین ایرانی "
        "را به حبس ابد محکوم کرده بود.",
        dt.date(2024, 6, 15),
    )
    assert result.country == "IR"
    assert {f.value: f.category for f in result.figures}[2] == "foreign_nationals"


def test_a_prison_of_iran_names_iran():
    result = _extract(
        "این فعال حقوق بشر روز چهارشنبه پس از تعلیق حکمش برای سه هفته با مرخصی از زندان اوین بیرون آمد. "
        "همسرش که در پاریس زندگی می‌کند از این خبر استقبال کرد.",
        dt.date(2024, 12, 5),
    )
    assert result.country == "IR"


def test_one_who_walks_out_of_prison_is_no_official():
    officials = _officials(
        "نرگس محمدی، فعال حقوق بشر و برنده جایزه صلح نوبل، روز چهارشنبه پس از تعلیق حکمش از زندان اوین "
        "بیرون آمد. مصطفی نیلی، وکیل این زندانی، گفت حکم او برای سه هفته تعلیق شده است.",
        dt.date(2024, 12, 5),
    )
    assert "نرگس محمدی" not in officials
    assert officials["مصطفی نیلی"].part == "commenter"


def test_one_freed_past_a_relative_clause_is_no_official():
    officials = _officials(
        "کابل – وزارت خارجه طالبان اعلام کرد که خان محمد، عضو این گروه که در کالیفرنیا حبس ابد را سپری "
        "می‌کرد، در بدل دو شهروند امریکایی آزاد شده است.",
        dt.date(2025, 1, 21),
    )
    assert "خان محمد" not in officials


def test_kin_who_speak_comment():
    officials = _officials(
        "این زندانی سیاسی روز چهارشنبه با مرخصی از زندان آزاد شد. تقی رحمانی، همسر او که در پاریس زندگی "
        "می‌کند، گفت او روحیه خوبی دارد.",
        dt.date(2024, 12, 5),
    )
    assert officials["تقی رحمانی"].part == "commenter"


def test_kin_named_without_a_verb_of_saying_are_no_officials():
    officials = _officials(
        "ده زندانی سیاسی روز چهارشنبه آزاد شدند. علی رضایی، پدر یکی از این زندانیان، نیز در میان جمعیت "
        "مقابل زندان بود.",
        dt.date(2024, 12, 5),
    )
    assert "علی رضایی" not in officials


def test_the_number_of_prisoners_falling_to_a_count_is_the_prison_population():
    figures = _figures(
        "۳ هزار زندانی استان به مرخصی نوروزی رفتند. به گفته مسئولان قضایی، شمار زندانیان این استان در "
        "سال ۹۸ به حدود ۱۲ هزار نفر کاهش یافته است.",
        dt.date(2020, 4, 9),
    )
    assert figures[12000].metric == "prison_population"
    assert figures[12000].role == "context"
    assert figures[12000].qualifier == "approximately"


def test_walking_out_of_prison_for_a_while_is_a_temporary_release():
    figures = _figures(
        "سخنگوی قوه قضاییه گفت حدود ۵۰ هزار زندانی در سراسر کشور به طور موقت از زندان‌ها بیرون آمده‌اند.",
        dt.date(2020, 3, 17),
    )
    assert figures[50000].metric == "temporarily_released"


def test_walking_out_of_prison_is_a_release():
    figures = _figures("۱۲ زندانی سیاسی روز دوشنبه از زندان اوین بیرون آمدند.", dt.date(2024, 6, 3))
    assert figures[12].metric == "released"


def test_a_head_of_government_announces_his_side_of_a_swap():
    assert roles.official_part("نخست‌وزیر سوئد", "SE", "IR", True) == "announcer"
    assert roles.official_part("Swedish Prime Minister", "SE", "IR", True) == "announcer"
    assert roles.official_part("نخست‌وزیر سوئد", "SE", "IR", False) == "commenter"


def test_norway_is_named_in_persian():
    officials = _officials(
        "نرگس محمدی با مرخصی از زندان آزاد شد. یورگن واتنه فریدنس، رئیس کمیته نوبل نروژ، گفت این کمیته "
        "خواهان آزادی همیشگی او است.",
        dt.date(2024, 12, 5),
    )
    assert officials["یورگن واتنه فریدنس"].country == "NO"
    assert officials["یورگن واتنه فریدنس"].part == "commenter"


def test_a_headline_nationality_names_the_body_s_bare_count():
    result = _extract(
        "طالبان سه شهروند آلمانی را آزاد کردند\n\n"
        "کابل – وزارت خارجه طالبان روز سه‌شنبه اعلام کرد سه شهروند این کشور پس از گفت‌وگو با میانجی‌گری "
        "قطر رها شده‌اند.",
        dt.date(2025, 1, 21),
    )
    figures = {f.value: f for f in result.figures}
    assert figures[3].metric == "released"
    assert figures[3].category == "foreign_nationals"


def test_a_headline_category_other_than_a_nationality_stays_the_headline_s():
    result = _extract(
        "عفو ۵۰۰ زندانی از جمله روزنامه‌نگاران\n\nتهران – رهبر انقلاب با عفو ۵۰۰ محکوم موافقت کرد.",
        dt.date(2024, 4, 8),
    )
    figures = {f.value: f for f in result.figures}
    assert figures[500].category is None


def test_the_afghan_spelling_of_america_is_a_demonym():
    result = _extract(
        "کابل – طالبان دو شهروند امریکایی را آزاد کردند. به گزارش رسانه‌ها، دست‌کم سه امریکایی دیگر "
        "هنوز در بازداشت طالبان هستند.",
        dt.date(2025, 1, 21),
    )
    figures = {f.value: f for f in result.figures}
    assert result.country == "AF"
    assert figures[2].category == "foreign_nationals"
    assert figures[3].metric == "detained"
    assert figures[3].role == "context"


def test_a_nationality_in_the_noun_phrase_beats_the_holder_told_after_it():
    figures = _figures(
        "کابل – طالبان پنج زندانی را آزاد کردند. به گزارش رسانه‌ها، دست‌کم سه امریکایی هنوز در بازداشت طالبان هستند.",
        dt.date(2025, 1, 21),
    )
    assert figures[3].category == "foreign_nationals"


def test_a_day_named_as_the_occasion_is_not_the_announcement():
    result = _extract(
        "رهبر انقلاب اسلامی به مناسبت ۲۲ بهمن با عفو و تخفیف مجازات ۲ هزار و ۸۰۰ نفر از محکومان موافقت کردند.",
        dt.date(2025, 2, 9),
    )
    assert result.announced_on == dt.date(2025, 2, 9)
    assert {f.value: f.metric for f in result.figures}[2800] == "pardoned"


def test_leave_from_work_is_no_furlough():
    result = _extract(
        "مجلس طرح افزایش مرخصی زایمان کارمندان زن به ۹ ماه را تصویب کرد. به گفته نماینده‌ها ۲۰۰ هزار کارمند "
        "زن از این مرخصی بهره‌مند می‌شوند.",
        dt.date(2024, 5, 1),
    )
    assert result.relevant is False


def test_people_a_court_acquits_are_freed_by_its_verdict():
    result = _extract(
        "دادگاه تجدیدنظر استان تهران سه متهم پرونده فساد را تبرئه کرد و آنان از زندان آزاد شدند.",
        dt.date(2024, 5, 1),
    )
    assert result.relevant is False


def test_a_furlough_for_yalda_is_still_a_furlough():
    result = _extract(
        "شیراز – مدیرکل زندان‌های استان فارس گفت: به مناسبت شب یلدا ۱۲۰ زندانی زن با مرخصی به خانه بازگشتند.",
        dt.date(2024, 12, 21),
    )
    assert result.relevant is True
    figure = result.figures[0]
    assert (figure.value, figure.metric, figure.category) == (120, "temporarily_released", "women")


def test_a_cue_before_a_semicolon_is_the_clause_before_s():
    figures = _figures(
        "سخنگوی قوه قضاییه گفت: در این عفو ۸۹۰ زندانی آزاد می‌شوند؛ ۶۳۶ نفر دیگر از تخفیف مجازات بهره‌مند شده‌اند.",
        dt.date(2025, 3, 30),
    )
    assert figures[890].metric == "pardoned"
    assert figures[636].metric == "sentence_reduced"


def test_this_figure_told_again_for_another_time_is_background():
    figures = _figures(
        "رئیس کل دادگستری استان گیلان گفت دو هزار و پانصد زندانی در سال ۱۴۰۳ با کمک ستاد دیه آزاد شدند و "
        "سال گذشته این رقم هزار و ۸۰۰ نفر بود.",
        dt.date(2025, 3, 30),
    )
    assert figures[2500].role == "total"
    assert figures[1800].metric == "released"
    assert figures[1800].role == "other_event"


def test_dari_hundreds_written_joined_are_numbers():
    figures = _figures("کابل – طالبان پنجصد زندانی را به مناسبت عید فطر رها کردند.", dt.date(2024, 4, 10))
    assert figures[500].metric == "released"


def test_a_dari_partitive_without_az_counts_people_not_tonnes():
    figures = _figures("کابل – طالبان ۸۰۰ زندانی را رها کردند که ۳۰ تن آنان زن بودند.", dt.date(2024, 4, 10))
    assert figures[800].category is None
    assert figures[30].category == "women"
    assert (figures[30].role, figures[30].part_of) == ("part", 800)


def test_an_office_then_a_given_name_with_no_comma_names_the_holder():
    officials = _officials(
        "تهران – دادستان کل کشور محمد جعفر منتظری روز دوشنبه گفت ۳۰۰ زندانی آزاد شدند.", dt.date(2024, 5, 6)
    )
    assert officials["محمد جعفر منتظری"].role == "دادستان کل کشور"
    assert officials["محمد جعفر منتظری"].part == "announcer"


def test_a_given_name_glued_into_another_word_opens_no_name():
    officials = _officials("تهران – رهبر انقلاب علی‌رغم فشارها با عفو ۳۰۰ زندانی موافقت کرد.", dt.date(2024, 5, 6))
    assert officials == {}


def test_the_target_of_a_measure_is_no_official():
    officials = _officials(
        "تهران – پنج زندانی آزاد شدند. جو بایدن، رئیس‌جمهور آمریکا، در بیانیه‌ای تحریم‌های تازه‌ای علیه وزارت "
        "اطلاعات ایران و محمود احمدی‌نژاد، رئیس‌جمهور پیشین، اعلام کرد.",
        dt.date(2023, 9, 18),
    )
    assert "محمود احمدی‌نژاد" not in officials
    assert "جو بایدن" in officials


def test_a_photo_caption_gives_neither_the_date_nor_a_count():
    result = _extract(
        "رئیس کل دادگستری استان از آزادی ۱۲۰ زندانی خبر داد.\n\n"
        "عکس: آزادی ۳۰۰ زندانی در زندان مرکزی کرمانشاه، آرشیو ۲۰ دی ۱۴۰۲",
        dt.date(2025, 2, 4),
    )
    assert [f.value for f in result.figures] == [120]
    assert result.announced_on == dt.date(2025, 2, 4)


def test_an_english_photo_caption_is_the_picture_s_too():
    result = extract(
        "Morocco's king pardons 1,200 prisoners\n\nRABAT, April 9 (Wire) - King Mohammed VI pardoned 1,200 "
        "prisoners, the ministry said.\n\nPhoto: 300 prisoners freed in Rabat, March 3, 2023",
        published=dt.date(2024, 4, 9),
        language="en",
    )
    assert [f.value for f in result.figures] == [1200]


def test_these_people_include_counts_covered_by_the_measure_told_before():
    figures = _figures(
        "رهبر انقلاب با عفو ۲۰۰۰ محکوم موافقت کرد. این افراد شامل ۴۵۰ محکوم مالی، ۱۲۰ محکوم مواد مخدر و ۸۳ نفر "
        "از اتباع بیگانه می‌شوند.",
        dt.date(2024, 5, 5),
    )
    assert [(figures[v].metric, figures[v].role, figures[v].part_of) for v in (450, 120, 83)] == [
        ("pardoned", "part", 2000)
    ] * 3
    assert figures[83].category == "foreign_nationals"


def test_the_country_s_prisoners_are_its_prison_population():
    figures = _figures(
        "رئیس سازمان زندان‌ها گفت ۳۰ درصد از ۱۸۰ هزار زندانی کشور را زندانیان مواد مخدر تشکیل می‌دهند. در این "
        "مناسبت ۵۰۰ نفر آزاد شدند.",
        dt.date(2024, 5, 5),
    )
    assert figures[180000].metric == "prison_population"
    assert figures[180000].role == "context"
    assert figures[500].role == "total"
