"""Persian reading rules of pass eight: a head of state named in full with no title who approves the measure,
days still to come ("فردا، یکشنبه", a weekday whose clause ends in a present or future verb) that date nothing,
a dated dateline that dates a lead naming no day, people freed under a measure the same sentence names with
its act ("بر اساس فرمان عفو …"), "other" people given another act that are not a part, "به‌طور موقت" written
with a zero-width joiner, the clause after a copula ("… نفر است که …") that does not say who a population is,
a list's line and a count told for itself in a later paragraph as two groups, a "meanwhile" sentence as
another act's own count, and "N نفر از آنان" taking the kind of the group its sentence named."""

import datetime as dt

from releases.extraction import extract


def _extract(text: str, published: dt.date, title: str = ""):
    return extract(text, published=published, title=title, language="fa")


def _figures(text: str, published: dt.date, title: str = "") -> dict[int, object]:
    return {f.value: f for f in _extract(text, published, title).figures}


def test_a_head_of_state_named_in_full_with_no_title_who_approves_is_an_official():
    extraction = _extract(
        "خبرگزاری قوه قضاییه روز پنجشنبه نوشت علی خامنه‌ای با درخواست رئیس این قوه برای عفو یا تخفیف مجازات "
        "هزار و ۴۰۰ نفر از محکومان دادگاه‌های عمومی و انقلاب و سازمان تعزیرات حکومتی موافقت کرده است.",
        dt.date(2024, 5, 16),
    )
    assert "علی خامنه‌ای" in {o.name for o in extraction.officials}


def test_a_head_of_state_only_named_in_passing_is_no_official():
    extraction = _extract(
        "رئیس کل دادگستری استان گفت ۳۰۰ زندانی آزاد شدند. این زندان در دوره حسن روحانی بازسازی شده بود.",
        dt.date(2024, 5, 16),
    )
    assert "حسن روحانی" not in {o.name for o in extraction.officials}


def test_tomorrow_named_with_its_weekday_is_not_the_announcement():
    # Published on Tuesday 7 May 2024: "فردا، چهارشنبه" is 8 May, and the Tuesday of the speech is the date.
    extraction = _extract(
        "رئیس کل دادگستری استان از اجرای عفو ۲۱۰ محکوم به مناسبت عید خبر داد و گفت آزادی آنان از فردا، "
        "چهارشنبه، آغاز می‌شود.\n\n"
        "او روز سه‌شنبه در جمع خبرنگاران افزود فهرست مشمولان به همه زندان‌های استان فرستاده شده است.",
        dt.date(2024, 5, 7),
    )
    assert extraction.announced_on == dt.date(2024, 5, 7)


def test_a_weekday_whose_clause_ends_in_a_present_verb_is_still_to_come():
    # Published on Monday 10 February 2025: the Wednesday of the anniversary is two days away.
    extraction = _extract(
        "قوه قضاییه روز دوشنبه اعلام کرد مجازات ۱۸۰۰ محکوم بخشوده شد. این عفو به مناسبت سالگرد انقلاب است "
        "که روز چهارشنبه برگزار می‌شود.",
        dt.date(2025, 2, 10),
    )
    assert extraction.announced_on == dt.date(2025, 2, 10)


def test_a_dated_dateline_dates_a_lead_that_names_no_day():
    # 12 Jawza 1403 is 1 June 2024; the governor's Thursday (30 May) is another speaker's.
    extraction = _extract(
        "هرات، ۱۲ جوزا (خبرگزاری آریانا) – ستره محکمه اعلام کرده است که بر اساس فرمان عفو رهبر طالبان ۴۲۰ "
        "زندانی از محبس‌های کشور آزاد شده‌اند.\n\n"
        "والی بادغیس روز پنجشنبه به خبرنگاران گفت بر اساس این فرمان ۳۰ زندانی از محبس آن ولایت رها شدند.",
        dt.date(2024, 6, 1),
    )
    assert extraction.announced_on == dt.date(2024, 6, 1)


def test_people_freed_under_a_pardon_decree_named_in_their_sentence_are_pardoned():
    figures = _figures(
        "به گزارش رسانه‌های محلی، بر اساس فرمان عفو رهبر طالبان، یک هزار و ۳۱۲ زندانی از محبس‌های مرکزی و "
        "ولایتی در آستانه عید فطر آزاد شده‌اند.",
        dt.date(2024, 4, 9),
    )
    assert figures[1312].metric == "pardoned"
    furlough = _figures(
        "به موجب بخشنامه مرخصی رئیس قوه قضاییه، ۹ هزار زندانی استان برای تعطیلات نوروز از زندان بیرون آمدند.",
        dt.date(2024, 3, 18),
    )
    assert furlough[9000].metric == "temporarily_released"


def test_other_people_given_another_act_are_not_a_part_of_the_release():
    figures = _figures(
        "دیوان عالی اعلام کرد ۱۶۰۰ زندانی به فرمان عفو آزاد شده‌اند. همچنین از مدت حبس ۳۵۰ زندانی دیگر نیز "
        "کاسته شده است.",
        dt.date(2024, 4, 9),
    )
    assert (figures[350].metric, figures[350].role) == ("sentence_reduced", "total")


def test_temporarily_written_with_a_zero_width_joiner_is_a_furlough():
    figures = _figures(
        "سخنگوی قوه قضاییه گفت نزدیک به ۶۰ هزار زندانی به‌طور موقت از زندان‌ها بیرون فرستاده شده‌اند.",
        dt.date(2020, 3, 4),
    )
    assert figures[60000].metric == "temporarily_released"


def test_the_clause_after_a_copula_does_not_say_who_a_population_is():
    figures = _figures(
        "رهبر جمهوری اسلامی با عفو ۹۰۰ محکوم موافقت کرد. بر پایه گزارش سازمان ملل، شمار زندانیان ایران ۲۰۱ "
        "هزار نفر است که ده‌ها روزنامه‌نگار نیز در میان آنان‌اند.",
        dt.date(2021, 2, 1),
    )
    assert (figures[201000].metric, figures[201000].category) == ("prison_population", None)


def test_a_list_line_and_a_count_told_for_itself_later_are_two_groups():
    extraction = _extract(
        "گروه طالبان می‌گوید به مناسبت عید ۵۰ تن از اسیران خود را رها کرده است:\n"
        "هلمند: ۲۰ تن\nغزنی: ۱۲ تن\nفراه: ۱۸ تن\n\n"
        "همزمان، حکومت به فرمان رئیس‌جمهور بیست تن از اعضای طالبان را از زندان بگرام رها کرد.",
        dt.date(2019, 6, 5),
    )
    twenties = [f for f in extraction.figures if f.value == 20]
    assert len(twenties) == 2
    assert sorted(f.role for f in twenties) == ["part", "total"]


def test_them_take_the_kind_of_the_group_their_sentence_named():
    figures = _figures(
        "دادستان کل روز یکشنبه گفت ۳۱۰۰ محکوم عفو شدند. پارسال نیز عفو شامل بازداشت‌شدگان تجمعات اعتراضی شد "
        "و دادستان بعدها گفت ۸ هزار نفر از آنان آزاد شده‌اند.",
        dt.date(2024, 2, 11),
    )
    assert figures[8000].category == "protesters"
