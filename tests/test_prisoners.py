"""Named prisoners: their pages, where each one is now, and what never shows (proposals,
events of drafts)."""

import datetime
import re

import pytest
from django.urls import reverse

from releases.choices import Kind, Status
from releases.models import Prisoner, PrisonerEvent
from tests.conftest import make_announcement, make_prisoner, make_source

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

D = datetime.date


def event(prisoner, kind: str, day: datetime.date, *, announcement=None, source=None, note: str = ""):
    return PrisonerEvent.objects.create(
        prisoner=prisoner, kind=kind, happened_on=day, announcement=announcement, source=source, note=note
    )


@pytest.fixture
def cases(db):
    """Three confirmed prisoners (one held, one released, one on temporary release), a
    proposal, one named only in a draft, and an event of a draft."""
    from types import SimpleNamespace

    furlough = make_announcement(title="Furlough of 85,000", kind=Kind.TEMPORARY_RELEASE, announced_on=D(2020, 3, 17))
    release = make_announcement(title="Two dual nationals freed", kind=Kind.RELEASE, announced_on=D(2022, 3, 16))
    draft = make_announcement(title="Unreviewed release rumour", status=Status.DRAFT, announced_on=D(2023, 1, 1))
    arrest_report = make_source(outlet="Example Daily", title="Aid worker detained at the airport")
    furlough.sources.add(arrest_report)

    nazanin = make_prisoner(name="Nazanin Zaghari-Ratcliffe", nationalities=["GB", "IR"])
    nazanin.announcements.set([furlough, release])
    event(nazanin, "arrested", D(2016, 4, 3), source=arrest_report, note="Detained at the airport")
    event(nazanin, "sentenced", D(2016, 9, 9), source=arrest_report)
    event(nazanin, "temporarily_released", D(2020, 3, 17), announcement=furlough)
    event(nazanin, "released", D(2022, 3, 16), announcement=release)

    held = make_prisoner(name="Still Held Person", nationalities=["IR"])
    held.announcements.set([furlough])
    event(held, "arrested", D(2019, 1, 1), announcement=furlough)
    event(held, "temporarily_released", D(2020, 3, 17), announcement=furlough)
    event(held, "returned_to_prison", D(2020, 6, 1), announcement=furlough)
    # A release only a draft reports: it must not count.
    event(held, "released", D(2023, 1, 1), announcement=draft)

    furloughed = make_prisoner(name="Furloughed Person", nationalities=["FR", "IR"])
    furloughed.announcements.set([furlough])
    event(furloughed, "temporarily_released", D(2020, 3, 17), announcement=furlough)

    proposal = make_prisoner(name="Proposed Name", confirmed=False)
    proposal.announcements.set([furlough])
    event(proposal, "released", D(2020, 3, 17), announcement=furlough)
    only_draft = make_prisoner(name="Only In Draft")
    only_draft.announcements.set([draft])
    event(only_draft, "arrested", D(2022, 12, 1), announcement=draft)
    return SimpleNamespace(
        furlough=furlough, release=release, draft=draft, nazanin=nazanin, held=held, furloughed=furloughed,
        proposal=proposal, only_draft=only_draft, arrest_report=arrest_report,
    )  # fmt: skip


def names(response) -> list[str]:
    return re.findall(r'<tr class="prisoner-row">\s*<td><a href="[^"]+">([^<]+)</a>', response.content.decode())


def test_timeline_from_several_announcements_and_a_source(client, cases):
    response = client.get(cases.nazanin.get_absolute_url())
    assert response.status_code == 200
    assert "releases/prisoner_detail.html" in [t.name for t in response.templates]
    page = response.content.decode()
    kinds = re.findall(r'<li class="event event-([a-z_]+)">', page)
    assert kinds == ["arrested", "sentenced", "temporarily_released", "released"]
    for title in ("Furlough of 85,000", "Two dual nationals freed", "Aid worker detained at the airport"):
        assert title in page
    assert 'datetime="2016-04-03"' in page and 'datetime="2022-03-16"' in page
    assert "United Kingdom" in page and "Iran" in page
    assert "status-released" in page
    assert cases.furlough.get_absolute_url() in page and cases.release.get_absolute_url() in page


def test_still_held_filter_counts_rows(client, cases):
    url = reverse("releases:prisoner-list")
    assert names(client.get(url)) == ["Furloughed Person", "Nazanin Zaghari-Ratcliffe", "Still Held Person"]
    assert names(client.get(url, {"status": "held"})) == ["Still Held Person"]
    assert names(client.get(url, {"status": "released"})) == ["Nazanin Zaghari-Ratcliffe"]
    assert names(client.get(url, {"status": "temporary"})) == ["Furloughed Person"]
    both = client.get(url + "?status=held&status=temporary")
    assert names(both) == ["Furloughed Person", "Still Held Person"]
    assert names(client.get(url, {"nationality": "FR"})) == ["Furloughed Person"]
    assert names(client.get(url, {"q": "zaghari"})) == ["Nazanin Zaghari-Ratcliffe"]


def test_status_reads_the_latest_public_event_only(cases):
    statuses = dict(Prisoner.objects.public().with_status().values_list("name", "latest_kind"))
    # The draft's "released" is later, but not public: the person is still held.
    assert statuses["Still Held Person"] == "returned_to_prison"


def test_bad_status_is_a_400(client, cases):
    response = client.get(reverse("releases:prisoner-list"), {"status": "escaped"})
    assert response.status_code == 400


def test_list_partial_for_htmx(client, cases):
    response = client.get(reverse("releases:prisoner-list"), {"status": "held"}, headers={"HX-Request": "true"})
    page = response.content.decode()
    assert response.status_code == 200 and '<div id="results"' in page and "<html" not in page


def test_no_proposals_drafts_or_draft_events_leak(client, cases):
    listing = client.get(reverse("releases:prisoner-list")).content.decode()
    for hidden in ("Proposed Name", "Only In Draft"):
        assert hidden not in listing
    assert client.get(cases.proposal.get_absolute_url()).status_code == 404
    assert client.get(cases.only_draft.get_absolute_url()).status_code == 404
    held = client.get(cases.held.get_absolute_url()).content.decode()
    assert "Unreviewed release rumour" not in held and 'datetime="2023-01-01"' not in held
    assert "status-held" in held
    search = client.get(reverse("releases:search"), {"q": "Proposed"}).content.decode()
    assert "Proposed Name" not in search


def test_an_event_backed_only_by_a_source_of_a_draft_is_hidden(client, cases):
    rumour = make_source(title="Rumour mill")
    cases.draft.sources.add(rumour)
    event(cases.nazanin, "returned_to_prison", D(2023, 2, 1), source=rumour)
    page = client.get(cases.nazanin.get_absolute_url()).content.decode()
    assert "Rumour mill" not in page and "status-released" in page


# --- The importer proposes, editors confirm or merge ------------------------------------


def test_the_importer_proposes_unknown_names_and_matches_known_ones(cases):
    from releases import services

    assert services.prisoner_match(name="nazanin zaghari ratcliffe") == cases.nazanin
    proposal = services.prisoner_match(name="Anoosheh Ashoori")
    assert proposal.confirmed is False
    assert services.prisoner_match(name="Anoosheh  Ashoori") == proposal


def test_editors_confirm_a_proposal(editor_client, client, cases):
    url = reverse("admin:releases_prisoner_changelist")
    response = editor_client.post(url, {"action": "confirm", "_selected_action": [cases.proposal.pk]})
    assert response.status_code == 302
    cases.proposal.refresh_from_db()
    assert cases.proposal.confirmed
    assert "Proposed Name" in client.get(reverse("releases:prisoner-list")).content.decode()


def test_editors_merge_a_proposal_into_a_known_prisoner(editor_client, client, cases):
    cases.proposal.name, cases.proposal.nationalities = "N. Zaghari Ratcliffe", ["IR", "GB", "AU"]
    cases.proposal.save()
    other = make_announcement(title="A later report naming her")
    cases.proposal.announcements.add(other)
    url = reverse("admin:releases_prisoner_changelist")
    selected = {"action": "merge_prisoners", "_selected_action": [cases.proposal.pk, cases.nazanin.pk]}
    form = editor_client.post(url, selected)
    assert form.status_code == 200
    html = form.content.decode()
    assert "Merge prisoners" in html and f'value="{cases.nazanin.pk}" id="into-{cases.nazanin.pk}" checked' in html

    done = editor_client.post(url, selected | {"apply": "1", "into": cases.nazanin.pk})
    assert done.status_code == 302
    assert not Prisoner.objects.filter(pk=cases.proposal.pk).exists()
    nazanin = Prisoner.objects.get(pk=cases.nazanin.pk)
    assert "N. Zaghari Ratcliffe" in nazanin.alias_list
    assert sorted(c.code for c in nazanin.nationalities) == ["AU", "GB", "IR"]
    assert set(nazanin.announcements.values_list("title", flat=True)) >= {
        "A later report naming her",
        "Furlough of 85,000",
    }
    assert nazanin.events.filter(kind="released", happened_on=D(2020, 3, 17)).exists()
    # Merging again finds nothing to merge.
    from releases.records.prisoners import prisoner_merge

    assert prisoner_merge(prisoner=cases.proposal, into=nazanin) == nazanin
    assert "A later report naming her" in client.get(nazanin.get_absolute_url()).content.decode()


def test_merge_needs_two_records(editor_client, cases):
    url = reverse("admin:releases_prisoner_changelist")
    response = editor_client.post(
        url, {"action": "merge_prisoners", "_selected_action": [cases.proposal.pk]}, follow=True
    )
    assert "two or more" in response.content.decode()
    assert Prisoner.objects.filter(pk=cases.proposal.pk).exists()


def test_prisoner_admin_edits_events_inline(editor_client, cases):
    page = editor_client.get(reverse("admin:releases_prisoner_change", args=[cases.nazanin.pk])).content.decode()
    assert 'name="events-0-kind"' in page and "2016-04-03" in page


def test_a_proposed_name_is_not_searchable_until_confirmed(client, cases):
    from releases.records.prisoners import prisoners_confirm

    cases.furlough.refresh_search_text()
    found = client.get(reverse("releases:announcement-list"), {"q": "Proposed Name"}).context["page"].object_list
    assert list(found) == []
    prisoners_confirm(prisoners=Prisoner.objects.filter(pk=cases.proposal.pk))
    found = client.get(reverse("releases:announcement-list"), {"q": "Proposed Name"}).context["page"].object_list
    assert [a.title for a in found] == ["Furlough of 85,000"]
