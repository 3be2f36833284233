"""Persian reading rules of pass nine: a list's line whose own label names no act after lines that named theirs
(a visit, not more people freed), a number with a scale word after "آن سال" (a count, not a year), a martyr
commemorated ("سالگرد شهادت سردار …") who is no official, a speaker with no title who opens the clause after
"به گزارش …،" or opens a sentence that names other officials after him, a release counted in the sentence after
a pardon told of people not yet counted ("شماری از زندانیان … مشمول عفو شده‌اند"), a decree named with the
indefinite "ی" ("فرمانی برای عفو") and the release "در اجرای این فرمان", a series that names the release first
("آزادی یا کاهش حبس"), the Taliban who keep the prisons ("در زندان‌های طالبان") who are not the people's kind,
and the perfects of the active reduction ("کاسته بودند")."""

import datetime as dt

from releases.extraction import extract


def _extract(text: str, published: dt.date, title: str = ""):
    return extract(text, published=published, title=title, language="fa")


def _figures(text: str, published: dt.date, title: str = "") -> dict[int, object]:
    return {f.value: f for f in _extract(text, published, title).figures}


def test_a_list_line_whose_label_names_no_act_after_lines_that_named_theirs_is_no_figure():
    figures = _figures(
        "مدیرکل زندان‌های استان گیلان از اجرای بخشنامه عید خبر داد.\n\n"
        "او نتیجه این بخشنامه را چنین اعلام کرد:\n"
        "- آزادی زندانیان: ۴۸ نفر\n"
        "- اعطای مرخصی: ۶۱۰ نفر\n"
        "- معاینه پزشکی رایگان: ۲۲۵ نفر",
        dt.date(2024, 4, 2),
    )
    assert figures[48].metric == "released"
    assert figures[610].metric == "temporarily_released"
    assert 225 not in figures


def test_list_lines_of_places_under_a_counted_line_still_share_its_act():
    figures = _figures(
        "رئیس کل دادگستری استان گفت در این عفو ۲۰۰ محکوم آزاد شدند:\n- رشت: ۱۲۰ نفر\n- لاهیجان: ۸۰ نفر",
        dt.date(2024, 4, 2),
    )
    assert figures[120].metric == figures[80].metric == figures[200].metric


def test_a_number_with_a_scale_word_after_that_year_is_a_count_not_a_year():
    figures = _figures(
        "سخنگوی قوه قضاییه در اسفند ۱۳۹۸ گفته بود در آن سال ۵۴ هزار و ۱۱۰ زندانی به مرخصی رفته‌اند.",
        dt.date(2024, 4, 2),
    )
    assert figures[54110].metric == "temporarily_released"


def test_a_martyr_commemorated_is_no_official_and_the_speaker_after_the_source_is():
    extraction = _extract(
        "یاسوج – مدیرکل زندان‌های استان کهگیلویه و بویراحمد از آزادی ۱۹ زندانی به مناسبت سالروز شهادت "
        "سردار محمد ناظری خبر داد.\n\n"
        "به گزارش روابط عمومی اداره کل زندان‌های استان، حسین رستمی گفت: این زندانیان با کمک خیران آزاد شدند.",
        dt.date(2024, 6, 10),
    )
    names = {o.name for o in extraction.officials}
    assert "محمد ناظری" not in names and "سردار محمد ناظری" not in names
    assert "حسین رستمی" in names


def test_a_speaker_opening_his_sentence_is_read_though_it_names_officials_after_him():
    extraction = _extract(
        "کرمان – رئیس کل دادگستری استان کرمان از شمول عفو بر ۹۴۰ محکوم خبر داد.\n\n"
        "ابراهیم حمیدی در جلسه شورای قضایی استان گفت: آیت‌الله خامنه‌ای با پیشنهاد حجت‌الاسلام والمسلمین "
        "غلامحسین محسنی اژه‌ای با این عفو موافقت کردند.",
        dt.date(2025, 9, 15),
    )
    assert "ابراهیم حمیدی" in {o.name for o in extraction.officials}


def test_a_release_counted_after_a_pardon_of_people_not_yet_counted_is_the_pardon():
    figures = _figures(
        "ستره محکمه روز دوشنبه گفت به دستور رهبر طالبان شماری از محبوسان به مناسبت عید مشمول عفو شده‌اند.\n\n"
        "به گفته این نهاد، ۸۷۰ زندانی از محبس‌های شش ولایت رها شده‌اند.",
        dt.date(2025, 6, 10),
    )
    assert figures[870].metric == "pardoned"


def test_a_release_after_people_denied_the_pardon_keeps_its_verb():
    figures = _figures(
        "دادستان استان گفت شماری از متهمان پرونده‌های امنیتی مشمول عفو نشده‌اند.\n\n"
        "او افزود ۶۵ متهم دیگر با قرار کفالت آزاد شدند.",
        dt.date(2025, 6, 10),
    )
    assert figures[65].metric != "pardoned"


def test_a_release_under_a_decree_named_with_an_indefinite_suffix_is_a_pardon():
    figures = _figures(
        "رهبر طالبان به مناسبت عید قربان فرمانی برای عفو زندانیان صادر کرد.\n\n"
        "دادگاه عالی می‌گوید در اجرای این فرمان ۱۲۴۰ زندانی از محبس‌ها آزاد شده‌اند.",
        dt.date(2024, 6, 17),
    )
    assert figures[1240].metric == "pardoned"


def test_a_series_that_names_the_release_first_is_a_release():
    figures = _figures(
        "این نهاد در نوروز گذشته نیز از آزادی یا کاهش حبس سه هزار و ۲۱۰ زندانی خبر داده بود.",
        dt.date(2025, 6, 10),
    )
    assert figures[3210].metric == "released"


def test_the_taliban_who_keep_the_prisons_are_not_the_kind_of_the_people_held():
    figures = _figures(
        "طالبان به مناسبت عید ۶۰۰ زندانی را آزاد کردند. گزارشگر سازمان ملل می‌گوید دست‌کم ۱۴ هزار نفر در "
        "زندان‌های طالبان نگهداری می‌شوند.",
        dt.date(2025, 6, 10),
    )
    assert figures[14000].category is None
    assert figures[14000].metric == "prison_population"


def test_the_pluperfect_of_the_active_reduction_reduces_sentences():
    figures = _figures(
        "طالبان در عید فطر پارسال از حبس دو هزار و ۸۱۶ زندانی کاسته بودند.",
        dt.date(2025, 6, 10),
    )
    assert figures[2816].metric == "sentence_reduced"
