"""Persian reading rules: scale words glued to their multiplier, detainees freed on bail and census
headlines as relevant, a table's lines under a heading with no count before them, a one on a labelled
line, names that open with a given name, counts placed after a repeated "با", a report dated a day
before the announcement, a category that ends at "؛" and the day a census was taken."""

import datetime as dt

from releases.extraction import extract
from releases.extraction.lexicon_arfa import FA
from releases.extraction.numbers import find_numbers

PUBLISHED = dt.date(2025, 11, 26)


def _extract(text: str, published: dt.date = PUBLISHED, title: str = ""):
    return extract(text, published=published, title=title, language="fa")


def _figures(text: str, published: dt.date = PUBLISHED, title: str = "") -> dict[int, object]:
    return {f.value: f for f in _extract(text, published, title).figures}


def _names(text: str, published: dt.date = PUBLISHED) -> set[str]:
    return {o.name for o in _extract(text, published).officials}


def test_a_scale_word_glued_to_its_multiplier_is_one_number():
    values = [n.value for n in find_numbers("از مدت حبس پنجهزار و 412 زندانی کاسته شد", FA)]
    assert values == [5412]
    figures = _figures(
        "دیوان عالی اعلام کرد ۲ هزار و ۱۰۰ زندانی عفو شدند و از مدت حبس چهارهزار و ۳۱۷ زندانی دیگر نیز کاسته شد."
    )
    assert figures[4317].metric == "sentence_reduced"
    assert 317 not in figures


def test_detainees_freed_on_bail_make_the_article_relevant():
    extraction = _extract(
        "رئیس کل دادگستری استان روز دوشنبه گفت بیشتر بازداشت‌شدگان تجمعات اخیر با قرار وثیقه آزاد شده‌اند.\n\n"
        "او گفت برای ۹۰ نفر کیفرخواست صادر شده است."
    )
    assert extraction.relevant


def test_a_census_headline_makes_the_article_relevant():
    extraction = _extract(
        "شمار کل زندانیان کشور به ۱۹۸ هزار و ۴۰۰ نفر رسید\n\n"
        "بر پایه تازه‌ترین آمار، ۱۹۸ هزار و ۴۰۰ نفر در زندان‌های کشور به سر می‌برند.",
        title="شمار کل زندانیان کشور به ۱۹۸ هزار و ۴۰۰ نفر رسید",
    )
    assert extraction.relevant
    text = "گیلان پرزندانی‌ترین استان شمال شد\n\nدر زندان‌های گیلان ۹ هزار و ۲۰۰ نفر به سر می‌برند."
    assert _extract(text, title="گیلان پرزندانی‌ترین استان شمال شد").relevant


def test_a_tables_lines_take_the_verb_of_their_heading():
    figures = _figures(
        "شمار کل زندانیان کشور ۲۰۰ هزار نفر است\n\n"
        "شمار کل زندانیان کشور ۲۰۰ هزار نفر است. پس از تهران، بیشترین زندانی در این استان‌ها به سر می‌برند:\n"
        "فارس: ۱۵ هزار و ۱۰۰ نفر\nاصفهان: ۱۳ هزار و ۹۰۰ نفر\nکرمان: ۱۰ هزار و ۵۰ نفر\n\n"
        "آمار تهران منتشر نشده است."
    )
    for value in (15100, 13900, 10050):
        assert figures[value].metric == "prison_population"
        assert figures[value].role == "context"


def test_a_heading_with_no_verb_lends_no_metric():
    figures = _figures(
        "گزارش تازه درباره استان‌ها منتشر شد. فهرست استان‌ها:\nفارس: ۱۵ هزار و ۱۰۰ نفر\nاصفهان: ۱۳ هزار و ۹۰۰ نفر"
    )
    assert 15100 not in figures and 13900 not in figures


def test_a_one_written_as_a_word_counts_on_a_labelled_line():
    figures = _figures(
        "ستاد دیه استان از آزادی ۵۰ زندانی جرائم غیرعمد خبر داد.\n\n"
        "مدیر ستاد گفت آزادشدگان به این دلایل در زندان بودند:\n"
        "محکومیت مالی: ۳۰ نفر\nمهریه: ۱۹ نفر\nتصادف رانندگی: یک نفر"
    )
    assert (figures[1].metric, figures[1].role, figures[1].part_of) == ("released", "part", 50)
    # A one in running prose is still no count.
    assert 1 not in _figures("یک نفر از مسئولان گفت ۵۰ زندانی آزاد شدند.")


def test_a_name_before_a_comma_and_a_title_opens_with_its_given_name():
    names = _names(
        "مرکز رسانه قوه قضاییه اعلام کرد ۸۰۰ زندانی با دستور ویژه غلامحسین محسنی اژه‌ای، رئیس قوه قضاییه، آزاد شدند."
    )
    assert "غلامحسین محسنی اژه‌ای" in names
    assert not any(name.startswith("ویژه") for name in names)


def test_a_given_name_after_a_titled_lead_speaks_before_a_place():
    extraction = _extract(
        "مدیر ستاد دیه استان سمنان از آزادی ۶۰ زندانی جرائم غیرعمد خبر داد.\n\n"
        "محمدرضا کاظمی در گفت‌وگو با خبرنگاران افزود: بدهی این افراد ۹۰ میلیارد تومان بود."
    )
    officials = {o.name: o for o in extraction.officials}
    assert "محمدرضا کاظمی" in officials
    assert officials["محمدرضا کاظمی"].role.startswith("مدیر ستاد دیه")
    # A sentence opened by two words that are no given name names no one.
    names = _names(
        "مدیر ستاد دیه استان سمنان از آزادی ۶۰ زندانی جرائم غیرعمد خبر داد.\n\n"
        "زندانیان آزادشده در مراسمی با خانواده‌هایشان دیدار کردند و مدیر ستاد گفت: کمک‌ها ادامه دارد."
    )
    assert "زندانیان آزادشده" not in names


def test_counts_placed_after_a_repeated_preposition_are_parts():
    figures = _figures(
        "قوه قضاییه روز سه‌شنبه اعلام کرد ۹۰۰ زندانی از زندان‌های ۱۵ استان آزاد شده‌اند. بیشترین آزادشدگان "
        "از استان خوزستان بوده‌اند با ۱۴۰ نفر و پس از آن استان کرمان با ۱۱۰ نفر قرار دارد."
    )
    assert figures[900].role == "total"
    for value in (140, 110):
        assert (figures[value].metric, figures[value].role, figures[value].part_of) == ("released", "part", 900)


def test_a_pluperfect_report_dated_a_day_before_is_another_release():
    figures = _figures(
        "قوه قضاییه روز سه‌شنبه اعلام کرد ۹۰۰ زندانی آزاد شده‌اند.\n\n"
        "خبرگزاری میزان روز دوشنبه هم گزارش داده بود که ۴۰۰ زندانی پس از پیروزی تیم ملی آزاد شده‌اند."
    )
    assert figures[900].role == "total"
    assert figures[400].role == "other_event"
    # A report of the same day keeps its count.
    same_day = _figures(
        "قوه قضاییه روز سه‌شنبه اعلام کرد ۹۰۰ زندانی آزاد شده‌اند و خبرگزاری میزان گزارش داد که ۴۰۰ نفر از آنان زن هستند."
    )
    assert same_day[400].role != "other_event"


def test_a_category_ends_at_an_arabic_script_semicolon():
    figures = _figures(
        "آزادی ۸۰۰ زندانی با دستور رئیس قوه قضاییه؛ شماری از بازداشت‌شدگان اعتراضات در میان آنان\n\n"
        "مرکز رسانه قوه قضاییه اعلام کرد ۸۰۰ زندانی آزاد شده‌اند."
    )
    assert figures[800].category is None


def test_the_day_a_census_was_taken_is_not_the_announcement():
    extraction = _extract(
        "شمار کل زندانیان کشور ۲۰۸ هزار نفر است\n\n"
        "بر پایه آخرین آمارگیری که روز ۱۵ آبان امسال انجام شد، شمار کل زندانیان کشور ۲۰۸ هزار نفر است.",
        title="شمار کل زندانیان کشور ۲۰۸ هزار نفر است",
    )
    assert extraction.announced_on != dt.date(2025, 11, 6)


def test_freedom_of_speech_beside_detainees_is_no_release():
    extraction = _extract(
        "بازداشت روزنامه‌نگاران در شیراز\n\n"
        "دادستان شیراز روز یکشنبه گفت سه روزنامه‌نگار بازداشت شدند. نهادهای مدافع آزادی بیان گفتند "
        "بازداشت‌شدگان تنها گزارش نوشته بودند."
    )
    assert not extraction.relevant


def test_dari_passive_release_and_people_counted_in_tan():
    figures = _figures(
        "کابل – اداره زندان‌ها روز یکشنبه اعلام کرد که ۶۳۰ زندانی بر اساس فرمان رهبر طالبان رها گردیدند. "
        "از این میان ۱۱۰ تن در ولایت هرات، ۷۵ تن در بلخ و ۶۰ تن در کندهار آزاد شده‌اند."
    )
    assert (figures[630].metric, figures[630].role) == ("released", "total")
    for value in (110, 75, 60):
        assert (figures[value].metric, figures[value].role, figures[value].part_of) == ("released", "part", 630)


def test_tonnes_of_goods_are_still_no_people():
    figures = _figures("کابل – طالبان ۲۰۰ زندانی را رها کردند و ۲۰ تن گندم میان خانواده‌ها توزیع شد.")
    assert 200 in figures and 20 not in figures


def test_a_table_line_ending_in_tan_is_a_line():
    figures = _figures(
        "کابل – در پی فرمان رهبر طالبان ۴۰۰ زندانی از زندان‌های ولایات رها شدند.\n\n"
        "آمار رهاشدگان به تفکیک ولایت چنین است:\nهرات: ۷۰ تن\nبلخ: ۴۰ تن\nننگرهار: ۲۵ تن"
    )
    for value in (70, 40, 25):
        assert figures[value].metric == "released"
        assert figures[value].role == "part"


def test_a_subgroup_with_no_commas_leaves_the_closing_verb_to_its_count():
    figures = _figures("کابل – در پی فرمان رهبر طالبان ۳۸۰ زندانی به شمول ۲۲ زن و ۹ کودک از زندان‌های ولایات رها شدند.")
    assert (figures[380].metric, figures[380].role) == ("released", "total")
    assert (figures[22].category, figures[22].role, figures[22].part_of) == ("women", "part", 380)
    assert (figures[9].category, figures[9].role, figures[9].part_of) == ("juveniles", "part", 380)


def test_times_a_capacity_is_no_count():
    title = "قزلحصار سه برابر ظرفیت زندانی دارد"
    figures = _figures(
        f"{title}\n\nزندان قزلحصار که ظرفیت ۵ هزار نفر را دارد، اکنون بیش از ۱۵ هزار زندانی را در خود جای داده است.",
        title=title,
    )
    assert 3 not in figures
    assert figures[15000].metric == "prison_population"
