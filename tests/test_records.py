"""Records journalists can cite: follow-up chains, wire copies and independent outlets,
evidence levels, contested figures; and none of it from drafts."""

import csv
import datetime
import io
import json
import re

import pytest
from django.urls import reverse

from releases.choices import EnteredBy, Evidence, Kind, Metric, Qualifier, Status
from releases.extraction import Extraction, FigureMention
from releases.ingest import filing
from releases.models import Announcement, Figure, FollowUp, Source, WireBand
from releases.records import wire
from tests.conftest import make_announcement, make_figure, make_source

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

D = datetime.date
WIRE_TEXT = (
    "Iran's judiciary said on Wednesday that the Supreme Leader had pardoned 10,000 prisoners, including "
    "political detainees, to mark the Persian New Year. The spokesman said about half of the security-related "
    "prisoners would also be covered, and that some 85,000 people had already been let out on leave because "
    "of the coronavirus outbreak in the country's crowded jails."
)


def page(client, announcement) -> str:
    response = client.get(announcement.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def section(html: str, heading_id: str) -> str:
    match = re.search(rf'<section aria-labelledby="{heading_id}".*?</section>', html, re.S)
    return match.group(0) if match else ""


# --- Follow-ups -------------------------------------------------------------------------


@pytest.fixture
def chain(db):
    """A pardon announced, the names released (carries it out), then some returned to
    prison (revises the release); a draft that contradicts the last, never shown."""
    from types import SimpleNamespace

    pardon = make_announcement(title="Pardon announced for the holiday", announced_on=D(2023, 2, 5))
    names = make_announcement(title="Names of the released published", kind=Kind.RELEASE, announced_on=D(2023, 2, 20))
    back = make_announcement(
        title="Some of the released returned to prison", kind=Kind.RELEASE, announced_on=D(2023, 4, 2)
    )
    draft = make_announcement(title="Unreviewed denial of the returns", status=Status.DRAFT, announced_on=D(2023, 5, 1))
    beyond = make_announcement(title="Beyond the draft", announced_on=D(2023, 6, 1))
    FollowUp.objects.create(earlier=pardon, later=names, relation="carries_out")
    FollowUp.objects.create(earlier=names, later=back, relation="revises", note="twelve re-arrested")
    FollowUp.objects.create(earlier=back, later=draft, relation="contradicts")
    FollowUp.objects.create(earlier=draft, later=beyond, relation="revises")
    return SimpleNamespace(pardon=pardon, names=names, back=back, draft=draft, beyond=beyond)


def test_follow_up_chain_renders_in_both_directions(client, chain):
    first = section(page(client, chain.pardon), "follow-ups-heading")
    assert "Names of the released published" in first and "Some of the released returned to prison" in first
    assert "carries out this announcement" in first and "revises the one before" in first
    assert first.index("Names of the released") < first.index("Some of the released")

    last = section(page(client, chain.back), "follow-ups-heading")
    assert "Pardon announced for the holiday" in last and "Names of the released published" in last
    assert "← this announcement revises it" in last and "← a later announcement carries out it" in last
    assert "twelve re-arrested" in last
    assert last.index("Pardon announced") < last.index("Names of the released") < last.index("This announcement")

    middle = section(page(client, chain.names), "follow-ups-heading")
    assert middle.index("Pardon announced") < middle.index("This announcement") < middle.index("Some of the released")


def test_follow_ups_never_pass_through_a_draft(client, chain):
    for announcement in (chain.pardon, chain.names, chain.back, chain.beyond):
        html = page(client, announcement)
        assert "Unreviewed denial" not in html
    # The draft is the only link between `back` and `beyond`: neither shows the other.
    assert "Beyond the draft" not in section(page(client, chain.back), "follow-ups-heading")
    assert "returned to prison" not in section(page(client, chain.beyond), "follow-ups-heading")


def test_follow_up_chain_is_bounded(client):
    announcements = [make_announcement(title=f"Step {i}", announced_on=D(2020, 1, 1 + i)) for i in range(8)]
    for earlier, later in zip(announcements, announcements[1:], strict=False):
        FollowUp.objects.create(earlier=earlier, later=later, relation="carries_out")
    html = section(page(client, announcements[0]), "follow-ups-heading")
    assert "Step 4" in html and "Step 5" not in html


# --- Wire copies and independent outlets ------------------------------------------------


def test_wire_copies_collapse_in_the_independent_count(client):
    original = make_source(
        outlet="Example Wire", text=WIRE_TEXT, published_at=datetime.datetime(2020, 3, 18, 9, tzinfo=datetime.UTC)
    )
    copy = make_source(
        outlet="Example Daily",
        text=WIRE_TEXT.replace("on Wednesday", "on Wednesday,") + " Reporting by the wire desk.",
        published_at=datetime.datetime(2020, 3, 18, 11, tzinfo=datetime.UTC),
    )
    attributing = make_source(
        outlet="Example Herald",
        text="Tehran's clemency for Nowruz covers 10,000 prisoners. The source of this information is Example Wire, "
        "which cited the judiciary.",
        published_at=datetime.datetime(2020, 3, 18, 12, tzinfo=datetime.UTC),
    )
    independent = make_source(
        outlet="Example Monitor",
        text="Our correspondent in Tehran confirmed with families that releases had begun in Evin prison.",
        published_at=datetime.datetime(2020, 3, 19, 8, tzinfo=datetime.UTC),
    )
    announcement = make_announcement(title="Nowruz pardon", sources=[original, copy, attributing, independent])
    for source in (original, copy, attributing, independent):
        wire.source_group_wire(source=source)
    wired = dict(Source.objects.values_list("outlet", "wire_of__outlet"))
    assert wired == {"Example Wire": None, "Example Daily": "Example Wire", "Example Herald": "Example Wire",
                     "Example Monitor": None}  # fmt: skip
    html = section(page(client, announcement), "sources-heading")
    assert "4 sources · reported by 2 independent outlets" in html
    assert "repeats Example Wire" in html
    # Running it again changes nothing.
    for source in Source.objects.all():
        wire.source_group_wire(source=source)
    assert dict(Source.objects.values_list("outlet", "wire_of__outlet")) == wired


def test_wire_groups_stay_flat_and_never_loop():
    first = make_source(outlet="A", text=WIRE_TEXT, published_at=datetime.datetime(2020, 3, 18, tzinfo=datetime.UTC))
    second = make_source(
        outlet="B", text=WIRE_TEXT + " More.", published_at=datetime.datetime(2020, 3, 19, tzinfo=datetime.UTC)
    )
    third = make_source(
        outlet="C", text=WIRE_TEXT + " Most.", published_at=datetime.datetime(2020, 3, 20, tzinfo=datetime.UTC)
    )
    make_announcement(sources=[first, second, third])
    second.wire_of = None
    third.wire_of = second  # an old chain: C → B
    third.save()
    wire.source_group_wire(source=second)
    third.refresh_from_db()
    assert second.wire_of_id == first.pk and third.wire_of_id == first.pk
    assert wire.source_group_wire(source=first) is None


def test_attribution_names_another_outlet_of_the_same_announcement_only():
    assert wire.attributed_outlet("According to Example Wire, 500 were freed.", ["Example Wire"]) == "Example Wire"
    assert wire.attributed_outlet("Example Wire reported that 500 were freed.", ["Example Wire"]) == "Example Wire"
    assert wire.attributed_outlet("According to the judiciary, 500 were freed.", ["Example Wire"]) is None


def iran_extraction(value: int, quote: str, *, evidence: str = Evidence.OFFICIAL, prisoners=()) -> Extraction:
    return Extraction(
        relevant=True, country="IR", kinds=[Kind.PARDON], announced_on=D(2024, 2, 11),
        figures=[FigureMention(value=value, metric=Metric.PARDONED, category=None, qualifier=Qualifier.EXACT,
                               quote=quote, start=0, end=len(quote), evidence=evidence, reason="test")],
        named_prisoners=list(prisoners),
    )  # fmt: skip


def test_filing_marks_a_wire_copy_stores_evidence_and_keeps_a_disagreeing_figure():
    first = make_source(outlet="Example Wire", text="pardoned 4,893 prisoners. " + WIRE_TEXT, status="fetched")
    filing.file_extraction(source=first, result=iran_extraction(4893, "pardoned 4,893 prisoners"))
    second = make_source(outlet="Example Daily", text="nearly 5,000 prisoners. " + WIRE_TEXT, status="fetched")
    filing.file_extraction(
        source=second, result=iran_extraction(5000, "nearly 5,000 prisoners", evidence=Evidence.REPORTED)
    )
    second.refresh_from_db()
    assert second.wire_of_id == first.pk
    figures = list(Figure.objects.order_by("pk").values_list("value", "evidence", "headline", "entered_by"))
    assert figures == [(4893, "official", True, EnteredBy.MACHINE), (5000, "reported", False, EnteredBy.MACHINE)]


# --- Evidence levels --------------------------------------------------------------------


@pytest.fixture
def evidence_records(db):
    from types import SimpleNamespace

    official = make_announcement(
        title="Official count", country="MA", announced_on=D(2024, 7, 29),
        figures=[{"value": 2476, "metric": Metric.PARDONED, "evidence": Evidence.OFFICIAL}],
    )  # fmt: skip
    estimate = make_announcement(
        title="Estimated count", country="MA", announced_on=D(2024, 7, 30),
        figures=[{"value": 3000, "metric": Metric.RELEASED, "evidence": Evidence.ESTIMATE}],
    )  # fmt: skip
    draft = make_announcement(
        title="Draft with an estimate", status=Status.DRAFT,
        figures=[{"value": 999, "metric": Metric.RELEASED, "evidence": Evidence.ESTIMATE}],
    )  # fmt: skip
    return SimpleNamespace(official=official, estimate=estimate, draft=draft)


def test_evidence_level_on_pages_filters_and_exports(client, evidence_records):
    assert "evidence-official" in page(client, evidence_records.official)
    figures = client.get("/figures/", {"evidence": "estimate"})
    assert [f.value for f in figures.context["page"].object_list] == [3000]
    assert "Estimate" in figures.content.decode()
    both = client.get("/figures/?evidence=estimate&evidence=official")
    assert sorted(f.value for f in both.context["page"].object_list) == [2476, 3000]
    listing = client.get("/announcements/", {"evidence": "official"})
    assert [a.title for a in listing.context["page"].object_list] == ["Official count"]
    facet = next(f for f in listing.context["facets"] if f.name == "evidence")
    assert {(o.value, o.count) for o in facet.options} == {("official", 1), ("estimate", 1)}
    assert client.get("/figures/", {"evidence": "rumour"}).status_code == 400

    rows = list(csv.DictReader(io.StringIO(b"".join(client.get("/figures/export.csv").streaming_content).decode())))
    assert {(r["figure_value"], r["figure_evidence"]) for r in rows} == {("2476", "official"), ("3000", "estimate")}
    exported = json.loads(b"".join(client.get("/announcements/export.json?evidence=estimate").streaming_content))
    assert [(i["title"], i["figures"][0]["evidence"]) for i in exported] == [("Estimated count", "estimate")]
    items = json.loads(b"".join(client.get("/figures/export.json?evidence=estimate").streaming_content))
    assert [(i["value"], i["evidence"]) for i in items] == [(3000, "estimate")]


# --- Contested figures ------------------------------------------------------------------


@pytest.fixture
def contested(db):
    from types import SimpleNamespace

    ministry = make_source(outlet="Ministry Gazette", title="4,893 pardoned")
    outlet = make_source(outlet="Example Daily", title="Nearly 5,000 freed")
    announcement = make_announcement(title="Holiday pardon", sources=[ministry, outlet])
    exact = make_figure(
        announcement=announcement, source=ministry, value=4893, evidence=Evidence.OFFICIAL, headline=True
    )
    nearly = make_figure(
        announcement=announcement, source=outlet, value=5000, qualifier=Qualifier.APPROXIMATELY, headline=False
    )
    # The same count from a second source is not a contest.
    make_figure(announcement=announcement, source=outlet, value=12, metric=Metric.RELEASED, category="women")
    make_figure(
        announcement=announcement, source=ministry, value=12, metric=Metric.RELEASED, category="women", headline=False
    )
    return SimpleNamespace(announcement=announcement, exact=exact, nearly=nearly, ministry=ministry, outlet=outlet)


def test_contested_figures_side_by_side_with_the_headline_marked(client, contested):
    html = page(client, contested.announcement)
    block = section(html, "contested-heading")
    assert block.count('<table class="contest">') == 1
    assert "4,893" in block and "5,000" in block and "Ministry Gazette" in block and "Example Daily" in block
    headline_row = re.search(r'<tr class="headline-choice">.*?</tr>', block, re.S).group(0)
    assert "4,893" in headline_row and "Used in the headline" in headline_row
    assert "Not used in the headline" in html  # on the 5,000 card


def test_contested_figures_in_lists_and_exports(client, contested):
    entry = client.get("/announcements/").content.decode()
    assert "4,893" in entry and "5,000" not in entry  # the list shows headline figures only
    figures = client.get("/figures/", {"metric": "pardoned"}).content.decode()
    assert "4,893" in figures and "5,000" in figures and "also reported" in figures
    rows = list(
        csv.DictReader(
            io.StringIO(b"".join(client.get("/announcements/export.csv?metric=pardoned").streaming_content).decode())
        )
    )
    pardoned = {
        (r["figure_value"], r["figure_headline"], r["source_outlet"]) for r in rows if r["figure_metric"] == "pardoned"
    }
    assert pardoned == {("4893", "True", "Ministry Gazette"), ("5000", "False", "Example Daily")}
    totals = client.get("/figures/", {"metric": "pardoned"}).context["totals"]
    assert "9,893" not in str(totals) and "9893" not in str(totals)


def test_contested_figures_of_a_draft_never_show(client):
    a, b = make_source(outlet="A"), make_source(outlet="B")
    draft = make_announcement(title="Draft contest", status=Status.DRAFT, sources=[a, b])
    make_figure(announcement=draft, source=a, value=100)
    make_figure(announcement=draft, source=b, value=150, headline=False)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert "Draft contest" not in client.get("/figures/").content.decode()


# --- The editors choose the headline ----------------------------------------------------


def figure_row(prefix: str, figure: Figure, **changes) -> dict:
    row = {
        "id": figure.pk, "announcement": figure.announcement_id, "value": figure.value, "metric": figure.metric,
        "qualifier": figure.qualifier, "category": figure.category_id or "", "as_of": "", "evidence": figure.evidence,
        "source": figure.source_id, "quote": figure.quote, "translation": "", "role": figure.role,
        "part_of": figure.part_of_id or "",
    }  # fmt: skip
    if figure.headline:
        row["headline"] = "on"
    row.update(changes)
    if row.get("headline") is False:
        del row["headline"]
    return {f"{prefix}-{k}": str(v) for k, v in row.items()}


def announcement_form(announcement, figures: list[Figure], **changes) -> dict:
    data = {
        "title": announcement.title, "slug": announcement.slug, "status": announcement.status,
        "kind": announcement.kind, "country": announcement.country.code,
        "announced_on": announcement.announced_on.isoformat(), "occasion": announcement.occasion,
        "summary": announcement.summary, "sources": [s.pk for s in announcement.sources.all()],
        "categories": [c.pk for c in announcement.categories.all()],
        "figures-TOTAL_FORMS": str(len(figures)), "figures-INITIAL_FORMS": str(len(figures)),
        "figures-MIN_NUM_FORMS": "0", "figures-MAX_NUM_FORMS": "1000",
        "follows-TOTAL_FORMS": "0", "follows-INITIAL_FORMS": "0",
        "official_links-TOTAL_FORMS": "0",
        "official_links-INITIAL_FORMS": "0",
        "follow_ups-TOTAL_FORMS": "0", "follow_ups-INITIAL_FORMS": "0",
    }  # fmt: skip
    data.update(changes)
    return data


def test_admin_refuses_two_headlines_for_one_quantity(editor_client, contested):
    figures = list(contested.announcement.figures.order_by("pk"))
    data = announcement_form(contested.announcement, figures, change_reason="Both counts in the headline")
    for i, figure in enumerate(figures):
        data |= figure_row(f"figures-{i}", figure, headline="on")
    url = reverse("admin:releases_announcement_change", args=[contested.announcement.pk])
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "Mark exactly one figure as the headline" in response.content.decode()
    assert Figure.objects.filter(announcement=contested.announcement, headline=True).count() == 2


def test_admin_figure_made_headline_replaces_the_other(editor_client, contested, client):
    url = reverse("admin:releases_figure_change", args=[contested.nearly.pk])
    data = figure_row("x", contested.nearly, headline="on")
    data = {k.removeprefix("x-"): v for k, v in data.items()} | {"change_reason": "The ministry revised its count"}
    data["entered_by"], data["note"] = contested.nearly.entered_by, ""
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    contested.exact.refresh_from_db()
    contested.nearly.refresh_from_db()
    assert contested.nearly.headline and not contested.exact.headline
    reasons = set(
        Figure.history.filter(history_change_reason__isnull=False).values_list("history_change_reason", flat=True)
    )
    assert reasons == {"The ministry revised its count"}
    corrections = section(page(client, contested.announcement), "corrections-heading")
    assert "The ministry revised its count" in corrections
    assert "Headline: <del>yes</del> → <ins>no</ins>" in corrections


def test_admin_keeps_one_headline_when_it_is_unticked(editor_client, contested):
    url = reverse("admin:releases_figure_change", args=[contested.exact.pk])
    data = {k.removeprefix("x-"): v for k, v in figure_row("x", contested.exact, headline=False).items()}
    data |= {"change_reason": "Untick", "entered_by": contested.exact.entered_by, "note": ""}
    response = editor_client.post(url, data)
    assert response.status_code == 200 and "only headline figure" in response.content.decode()
    contested.exact.refresh_from_db()
    assert contested.exact.headline


# --- The demo -------------------------------------------------------------------------


def test_demo_tells_a_prisoners_story_and_a_follow_up(client):
    from django.core.management import call_command

    from releases.models import Prisoner, PrisonerEvent

    call_command("loaddemo")
    counts = (PrisonerEvent.objects.count(), FollowUp.objects.count())
    call_command("loaddemo")
    assert (PrisonerEvent.objects.count(), FollowUp.objects.count()) == counts
    nazanin = Prisoner.objects.get(name="Nazanin Zaghari-Ratcliffe")
    html = client.get(nazanin.get_absolute_url()).content.decode()
    kinds = re.findall(r'<li class="event event-([a-z_]+)">', html)
    assert kinds == ["arrested", "sentenced", "temporarily_released", "released"]
    assert "status-released" in html and 'datetime="2016-04-03"' in html
    listing = client.get(reverse("releases:prisoner-list"), {"status": "released"}).content.decode()
    assert "Nazanin Zaghari-Ratcliffe" in listing
    amnesty = Announcement.objects.get(announced_on=D(2023, 3, 13), country="IR")
    chain = section(page(client, amnesty), "follow-ups-heading")
    assert "agrees to pardon or reduce the sentences" in chain


def test_lists_show_independent_outlets_beside_the_source_count(client, editor_client):
    original = make_source(
        outlet="Example Wire", text=WIRE_TEXT, published_at=datetime.datetime(2020, 3, 18, tzinfo=datetime.UTC)
    )
    copy = make_source(
        outlet="Example Daily",
        text=WIRE_TEXT + " Desk.",
        published_at=datetime.datetime(2020, 3, 19, tzinfo=datetime.UTC),
    )
    same_outlet = make_source(outlet=" example wire ", text="A separate dispatch from the same agency.")
    no_outlet = make_source(outlet="", text="An unsigned post.")
    make_announcement(title="Wire pardon", sources=[original, copy, same_outlet, no_outlet])
    url = reverse("admin:releases_source_changelist")
    selected = [s.pk for s in (original, copy, same_outlet, no_outlet)]
    response = editor_client.post(url, {"action": "recompute_wire_groups", "_selected_action": selected}, follow=True)
    assert "1 of 4 source(s) repeat another" in response.content.decode()
    listing = client.get("/announcements/").content.decode()
    assert "4 sources · 2 independent outlets" in listing
    assert "4 sources · reported by 2 independent outlets" in page(
        client, Announcement.objects.get(title="Wire pardon")
    )


def test_a_wire_copy_is_found_however_old_and_however_busy_its_day():
    root = make_source(
        outlet="Example Wire", text=WIRE_TEXT, published_at=datetime.datetime(2020, 3, 18, tzinfo=datetime.UTC)
    )
    wire.source_group_wire(source=root)  # filing stores its text's bands
    day = datetime.datetime(2021, 6, 1, tzinfo=datetime.UTC)
    for n in range(250):  # a busy day of other stories, indexed as they were filed
        other = make_source(text=f"Story {n}: the council met about roads and water prices.", published_at=day)
        wire.source_group_wire(source=other)
    copy = make_source(
        outlet="Example Daily",
        text=WIRE_TEXT.replace("crowded jails.", "overcrowded prisons, officials said.") + " (Example Daily)",
        published_at=day,
    )
    assert wire.source_group_wire(source=copy) == root
    copy.refresh_from_db()
    assert copy.wire_of_id == root.pk
    # Its bands are stored once, however often it is grouped again.
    wire.source_group_wire(source=copy)
    assert WireBand.objects.filter(source=copy).count() == wire.BANDS


def test_texts_that_only_share_words_are_not_copies():
    root = make_source(text=WIRE_TEXT, published_at=datetime.datetime(2020, 3, 18, tzinfo=datetime.UTC))
    wire.source_group_wire(source=root)
    other = make_source(
        text="The judiciary of Iran said prisoners, political detainees and security-related prisoners were "
        "covered by a pardon for the Persian New Year and the coronavirus outbreak in crowded jails.",
        published_at=datetime.datetime(2020, 3, 18, 5, tzinfo=datetime.UTC),
    )
    assert wire.source_group_wire(source=other) is None


def test_index_wire_bands_indexes_filed_sources_without_bands_once():
    from django.core.management import call_command

    filed = make_source(text=WIRE_TEXT)
    make_source(text=WIRE_TEXT + " Ignored.", status="ignored")
    make_source(text="", status="extracted")
    out = io.StringIO()
    call_command("index_wire_bands", stdout=out)
    assert "for 1 sources" in out.getvalue()
    assert set(WireBand.objects.values_list("source_id", flat=True)) == {filed.pk}
    assert sorted(WireBand.objects.values_list("band", flat=True)) == sorted(set(wire.text_bands(WIRE_TEXT)))
    call_command("index_wire_bands", stdout=out)
    assert "for 0 sources" in out.getvalue()


def test_text_bands_are_stable_and_shared_by_copies_only():
    # Stored bands must be what the next process computes: no per-process hash seed.
    assert wire.text_bands("Iran pardons 10,000 prisoners for Nowruz")[:2] == [-802364962005669444, 5556157177014019104]
    assert wire.text_bands("") == [] and len(wire.text_bands("Hi")) == wire.BANDS
    assert wire.text_bands("IRAN pardons 10,000 prisoners for Nowrúz!") == wire.text_bands(
        "Iran pardons 10,000 prisoners for Nowruz"
    )
    copy = WIRE_TEXT.replace("crowded jails.", "overcrowded prisons.") + " Reporting by the desk."
    assert set(wire.text_bands(WIRE_TEXT)) & set(wire.text_bands(copy))
    other = "The council met on Tuesday about roads, water prices and the new school in the northern district."
    assert not set(wire.text_bands(WIRE_TEXT)) & set(wire.text_bands(other))
