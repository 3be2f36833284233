"""A quote an editor types or pastes in the figures inline is found in its source's text
(its offsets stored and marked in the source panel), or the editor is told it is not there
and nothing is saved."""

import pytest
from django.urls import reverse

from releases.choices import Metric, Status
from releases.desk.quotes import locate_quote
from releases.models import Figure
from tests.conftest import make_announcement, make_source
from tests.test_admin import figure_form

pytestmark = pytest.mark.django_db

TEXT = "Cairo, 9 April.\nPresident Sisi on Tuesday  pardoned 1,200 prisoners for Eid, the agency said."


def test_a_quote_is_found_as_typed_or_with_its_offsets():
    assert locate_quote(TEXT, "pardoned 1,200 prisoners") == (TEXT.index("pardoned"), TEXT.index(" for Eid"))
    start = TEXT.index("pardoned")
    assert locate_quote(TEXT, "pardoned", start, start + 8) == (start, start + 8)
    # Offsets that no longer hold are not trusted.
    assert locate_quote(TEXT, "pardoned", 0, 8) == (start, start + 8)


def test_a_quote_typed_with_other_spacing_case_or_quote_marks_is_found_in_the_articles_words():
    text = "He said: \u201cWe will free 500 detainees\u201d \u2014 on Monday."
    start, end = locate_quote(text, '"we will   free 500 detainees" - on')
    assert text[start:end] == "\u201cWe will free 500 detainees\u201d \u2014 on"
    start, end = locate_quote(TEXT, "on tuesday pardoned")
    assert TEXT[start:end] == "on Tuesday  pardoned"


def test_a_quote_that_is_not_there_is_not_found():
    assert locate_quote(TEXT, "pardoned 1,300 prisoners") is None
    assert locate_quote("", "anything") is None and locate_quote(TEXT, "   ") is None


def announcement_post(announcement, rows: list[dict]) -> dict:
    data = {
        "title": announcement.title, "status": announcement.status, "kind": announcement.kind,
        "country": announcement.country.code, "announced_on": announcement.announced_on.isoformat(),
        "occasion": "", "summary": "", "sources": [s.pk for s in announcement.sources.all()],
        "officials-TOTAL_FORMS": "0", "officials-INITIAL_FORMS": "0",
        "follows-TOTAL_FORMS": "0", "follows-INITIAL_FORMS": "0",
        "follow_ups-TOTAL_FORMS": "0", "follow_ups-INITIAL_FORMS": "0",
        "figures-TOTAL_FORMS": str(len(rows)),
        "figures-INITIAL_FORMS": str(sum(1 for row in rows if row.get("id"))),
    }  # fmt: skip
    for n, row in enumerate(rows):
        data |= figure_form(f"figures-{n}", announcement=announcement.pk, **row)
    return data


@pytest.fixture
def draft():
    source = make_source(text=TEXT, title="Egypt pardons prisoners for Eid")
    return make_announcement(title="Egypt pardons 1,200 for Eid", status=Status.DRAFT, country="EG", sources=[source])


def test_a_hand_typed_quote_gets_its_offsets_and_is_marked(editor_client, draft):
    source = draft.sources.get()
    url = reverse("admin:releases_announcement_change", args=[draft.pk])
    row = {"value": 1200, "metric": Metric.PARDONED, "source": source.pk, "quote": "pardoned 1,200 prisoners for Eid"}
    response = editor_client.post(url, announcement_post(draft, [row]))
    assert response.status_code == 302, response.content.decode()[:3000]
    figure = Figure.objects.get(announcement=draft, value=1200)
    assert (figure.quote_start, figure.quote_end) == (TEXT.index("pardoned"), TEXT.index(", the agency"))
    page = editor_client.get(url).content.decode()
    assert "pardoned 1,200 prisoners for Eid</mark>" in page


def test_a_quote_not_in_the_source_is_refused_with_a_clear_message(editor_client, draft):
    source = draft.sources.get()
    url = reverse("admin:releases_announcement_change", args=[draft.pk])
    row = {"value": 1300, "metric": Metric.PARDONED, "source": source.pk, "quote": "pardoned 1,300 prisoners"}
    response = editor_client.post(url, announcement_post(draft, [row]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "This quote is not in the text of “Egypt pardons prisoners for Eid”" in page
    assert "pardoned 1,300 prisoners</textarea>" in page  # what was typed is still there
    assert not Figure.objects.filter(announcement=draft).exists()


def test_a_quote_from_a_source_not_fetched_yet_is_kept_without_offsets(editor_client, draft):
    unfetched = make_source(text="", status="new")
    draft.sources.add(unfetched)
    url = reverse("admin:releases_announcement_change", args=[draft.pk])
    row = {"value": 40, "metric": Metric.RELEASED, "source": unfetched.pk, "quote": "freed 40 people"}
    response = editor_client.post(url, announcement_post(draft, [row]))
    assert response.status_code == 302, response.content.decode()[:3000]
    figure = Figure.objects.get(announcement=draft, value=40)
    assert figure.quote == "freed 40 people" and figure.quote_start is None


def test_an_old_quote_does_not_block_correcting_the_value(editor_client, draft):
    """A figure saved before with a quote the text lacks (an older import) can still be edited."""
    source = draft.sources.get()
    figure = Figure.objects.create(
        announcement=draft, source=source, value=1100, metric=Metric.PARDONED, quote="a quote from elsewhere"
    )
    url = reverse("admin:releases_announcement_change", args=[draft.pk])
    row = {"id": figure.pk, "value": 1200, "metric": Metric.PARDONED, "source": source.pk, "quote": figure.quote}
    response = editor_client.post(url, announcement_post(draft, [row]))
    assert response.status_code == 302, response.content.decode()[:3000]
    figure.refresh_from_db()
    assert figure.value == 1200


def test_the_figures_own_page_locates_a_changed_quote(editor_client, draft):
    source = draft.sources.get()
    figure = Figure.objects.create(announcement=draft, source=source, value=1200, metric=Metric.PARDONED, headline=True)
    url = reverse("admin:releases_figure_change", args=[figure.pk])
    page = editor_client.get(url).content.decode()
    assert 'name="value"' in page and 'name="quote"' in page  # the whole figure, not just its quote
    data = {
        "announcement": draft.pk, "value": 1200, "metric": Metric.PARDONED, "qualifier": "exact", "category": "",
        "country": "EG", "as_of": "", "source": source.pk, "quote": "1,200 prisoners", "translation": "",
        "entered_by": "editor", "evidence": "reported", "headline": "on", "note": "", "role": "total", "part_of": "",
    }  # fmt: skip
    response = editor_client.post(url, {k: str(v) for k, v in data.items()})
    assert response.status_code == 302, response.content.decode()[:3000]
    figure.refresh_from_db()
    assert TEXT[figure.quote_start : figure.quote_end] == "1,200 prisoners"
