"""Clemency reports, pass ten: the readings the tenth round of development articles showed missing,
each written as a class of wording rather than one article's sentence."""

import datetime as dt

from tests import extraction_readings as readings

PUBLISHED = dt.date(2020, 11, 27)  # a Friday


read, figures, officials = readings.in_any_language(PUBLISHED)


def test_a_dateline_with_a_long_credit_in_brackets_still_dates_only_the_report():
    # The credit names two agencies: the dateline's date is the report's, the weekday the release's.
    credit = "(روزنامه افق امروز، با استفاده از گزارش‌های ایرنا و خبرگزاری فرانسه)"
    text = (
        "پژوهشگر استرالیایی در مبادله با سه ایرانی آزاد شد\n\n"
        f"تهران، ۷ آذر ۱۳۹۹ {credit} – این پژوهشگر که بیش از دو سال در زندان بود، روز چهارشنبه در یک "
        "مبادله آزاد شد. در مقابل، سه ایرانی که از سال ۲۰۱۲ در تایلند زندانی بودند به تهران بازگشتند."
    )
    assert read(text, "fa").announced_on == dt.date(2020, 11, 25)
