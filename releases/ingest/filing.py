"""Filing: a fetched or imported article becomes a stored source, its extraction, and a draft
announcement (or a new report of a known one).

Each step may run twice, or twice at once, or be cut off by a dead worker and run again,
with the same result: the natural keys are unique in the database (source URL, content hash,
slugs), a source is claimed by a conditional UPDATE before it is filed, and filing is one
transaction, under the advisory locks of `releases.services.filing_lock`.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.db.models import F, Q, prefetch_related_objects
from django.utils import timezone

from releases import sql
from releases.choices import (
    CONTEXT_METRICS,
    EnteredBy,
    Evidence,
    Kind,
    Metric,
    OfficialPart,
    Qualifier,
    Role,
    SourceStatus,
    Status,
)
from releases.extraction import extract
from releases.models import Announcement, Feed, Figure, PrisonerCategory, Source, SourceAlias
from releases.records import wire
from releases.services import filing_lock, name_key, official_match, prisoner_match

from . import http
from .pages import Page, parse_page
from .urls import canonical_url, canonicalize

if TYPE_CHECKING:
    from releases.extraction import Extraction as ExtractionResult
    from releases.extraction import FigureMention


DONE_STATUSES = (SourceStatus.EXTRACTED, SourceStatus.IGNORED)


MATCH_WINDOW = datetime.timedelta(days=3)


# Two reports agree on a figure when the values are within this fraction of each other.
FIGURE_TOLERANCE = 0.1


def source_register(
    *, url: str, feed: Feed | None = None, title: str = "", published: datetime.date | None = None
) -> tuple[Source, bool]:
    """The Source for an article URL, created with status `new` when unknown; (source, created).

    The URL is made canonical first, so links that differ by tracking parameters, fragment or
    host case are one source. Two pollers racing on one URL are stopped by the unique URL:
    the loser gets the winner's row.
    """
    url = url if url.startswith("file:") else canonicalize(url)  # file: only from import_articles
    # Index lookups only (the unique URL, the original URL's index, the alias's unique URL):
    # their cost does not grow with the store.
    existing = Source.objects.filter(Q(url=url) | Q(original_url=url)).first()
    existing = existing or Source.objects.filter(aliases__url=url).first()
    if existing is not None:
        return existing, False
    fields = {"original_url": url, "feed": feed, "title": title[:500], "published_at": _midnight(published)}
    try:
        with transaction.atomic():
            return Source.objects.create(url=url, **fields), True
    except IntegrityError:
        return Source.objects.get(url=url), False


def sources_stale(*, older_than: datetime.timedelta) -> list[int]:
    """Sources registered or started but not finished for a while: an enqueue lost between a
    commit and the broker, or a worker that died. Fetching them again is safe."""
    cutoff = timezone.now() - older_than
    stale = Source.objects.filter(status__in=[SourceStatus.NEW, SourceStatus.FETCHING], updated_at__lt=cutoff)
    return list(stale.order_by("updated_at").values_list("pk", flat=True)[:500])


def source_fetch_and_file(*, source_id: int, final_attempt: bool = True) -> str:
    """Fetch a registered article, store its text and file what it reports; returns the status.

    A network failure is recorded on the source and raised again (to be retried) unless this
    is the final attempt; any other failure is recorded and the source marked failed.
    """
    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        return "gone"  # folded into a copy of the same article
    if source.status in DONE_STATUSES:
        return source.status
    Source.objects.filter(pk=source_id).exclude(status__in=DONE_STATUSES).update(
        status=SourceStatus.FETCHING, attempts=F("attempts") + 1, updated_at=timezone.now()
    )
    try:
        response = http.fetch(source.url)
        page = page_from_response(response)
    except http.FetchError as exc:
        later = "" if final_attempt else "; will retry"
        _source_failed(source_id, f"{exc} (attempt {source.attempts + 1}{later})")
        if final_attempt:
            return SourceStatus.FAILED
        raise
    except http.PermanentFetchError as exc:
        _source_failed(source_id, str(exc))
        return SourceStatus.FAILED
    return source_file(source_id=source_id, page=page, fetched_url=response.url)


def _source_failed(source_id: int, error: str) -> None:
    # Only a source not yet filed: a copy of this task that already finished keeps its result.
    Source.objects.filter(pk=source_id).exclude(status__in=DONE_STATUSES).update(
        status=SourceStatus.FAILED, error=error[:2000], updated_at=timezone.now()
    )


def page_from_response(response: http.Response) -> Page:
    """The article in a fetched body: main text, title, date, site name, canonical URL."""
    text = http.decode_text(response.body, response.charset)
    page = page_from_text(text) if response.content_type == "text/plain" else parse_page(text, url=response.url)
    if not (page.text or "").strip():
        raise http.PermanentFetchError(f"no article text found at {response.url}")
    return page


def page_from_text(text: str, *, title: str = "", published: datetime.date | None = None, **fields) -> Page:
    """A Page for plain text: the first line is the title unless one is given."""
    text = text.strip()
    title = title or text.split("\n", 1)[0].strip()[:500]
    defaults = {"sitename": "", "canonical_url": None, "language": None}
    return Page(text=text, title=title, published=published, **(defaults | fields))


def text_hash(text: str) -> str:
    """The content hash: the same words with other spacing or case are the same article."""
    return hashlib.sha256(" ".join(text.casefold().split()).encode()).hexdigest()


def source_file(*, source_id: int, page: Page, fetched_url: str) -> str:
    """Store a fetched page on its source and file what it reports; returns the status.

    The extractor runs outside the transaction (it is pure and slow); storing and filing is
    one transaction, so a worker that dies mid-way leaves the source as it was, to be
    redone. A unique-key clash with a writer that got there first is retried once, and the
    retry finds that writer's row.
    """
    canonical = canonical_url(fetched_url, page.canonical_url)
    text = page.text.strip()
    result = extract(text, published=page.published, title=page.title or "", url=canonical, language=page.language)
    for attempt in (1, 2):
        try:
            outermost = not transaction.get_connection().in_atomic_block
            with transaction.atomic():
                if outermost:  # a filing lost with the server is filed again (sql.py)
                    sql.commit_without_waiting()
                return _store_and_file(source_id, page, text=text, canonical=canonical, result=result)
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _store_and_file(source_id: int, page: Page, *, text: str, canonical: str, result: ExtractionResult) -> str:
    # The claim: a conditional UPDATE that only one writer wins; a second copy of this task
    # blocks here until the first commits, then finds the source done and stops.
    if not Source.objects.filter(pk=source_id).exclude(status__in=DONE_STATUSES).update(updated_at=timezone.now()):
        current = Source.objects.filter(pk=source_id).values_list("status", flat=True).first()
        return current or "gone"
    source = Source.objects.get(pk=source_id)
    content_hash = text_hash(text)
    twin = Source.objects.filter(Q(url=canonical) | Q(content_hash=content_hash)).exclude(pk=source_id).first()
    if twin is not None:
        # This row goes, its addresses stay as the twin's other URLs: a feed without ETag or
        # Last-Modified lists the entry again, and the next poll must know it.
        addresses = {source.url, source.original_url, canonical} - {"", twin.url, twin.original_url}
        SourceAlias.objects.filter(source=source).update(source=twin)  # its own other URLs too
        source.delete()
        SourceAlias.objects.bulk_create([SourceAlias(url=url, source=twin) for url in addresses], ignore_conflicts=True)
        if twin.status in DONE_STATUSES or twin.text:
            return "duplicate"  # the article is already stored under the twin
        # The twin was registered but never fetched (or failed): this copy's text goes there.
        source = Source.objects.select_for_update().get(pk=twin.pk)
    source.url = canonical
    source.title = (page.title or source.title)[:500]
    source.outlet = (page.sitename or source.outlet or (source.feed.name if source.feed else ""))[:200]
    source.published_at = _midnight(page.published) or source.published_at
    source.language = (result.language or page.language or source.language or "")[:10]
    source.text, source.content_hash, source.fetched_at = text, content_hash, timezone.now()
    # The status filing will settle on, written with the text: every write of a source is a
    # new row version with new entries in each of its indexes (the text's full-text index
    # among them), so a second write only to settle the status would double that work.
    # Filing is in this transaction: if it fails, none of this is kept.
    source.status, source.error = filing_outcome(result)
    source.save()
    return file_extraction(source=source, result=result)


def _midnight(day: datetime.date | None) -> datetime.datetime | None:
    if day is None:
        return None
    return datetime.datetime.combine(day, datetime.time(), tzinfo=datetime.UTC)


def file_extraction(*, source: Source, result: ExtractionResult, relink: bool = False) -> str:
    """File what the extractor found in a stored source; returns the source's new status.

    Irrelevant articles are kept, marked ignored. Otherwise the announcement it reports is
    found (same country and kind, dates within a few days, figures that agree) and the
    source added to it, or a new draft is made; figures are entered as the machine's, with
    their quotes and offsets into the source text. Call inside a transaction.
    """
    status, error = filing_outcome(result)
    if status == SourceStatus.IGNORED:
        return _source_settle(source, status, error)
    people = [name_key(n) for m in result.officials for n in [m.name, *(m.aliases or [])]]
    people += [name_key(name) for name in result.named_prisoners]
    filing_lock(f"country:{result.country}", *(f"person:{key}" for key in people))
    announced_on = result.announced_on or (source.published_at or timezone.now()).date()
    categories = _category_ids()
    figures = [f for f in (_figure_from(source, m, categories) for m in result.figures) if f is not None]
    announcement, created = _announcement_for(source, result, announced_on, figures, relink=relink)
    announcement.sources.add(source)
    # A wire copy (near-identical text, or naming another outlet of this announcement as
    # its source) points to the story it repeats: independent counts collapse it.
    wire.source_group_wire(source=source, announcements=[announcement])
    matched = [official_match(mention=m) for m in result.officials]
    officials = list({o.pk: o for o in matched}.values())
    prisoners = list({p.pk: p for p in (prisoner_match(name=name) for name in result.named_prisoners)}.values())
    announcers = {o.pk for o, m in zip(matched, result.officials, strict=True) if m.part != OfficialPart.COMMENTER}
    announcement.officials.add(
        *[o for o in officials if o.pk in announcers], through_defaults={"part": OfficialPart.ANNOUNCER}
    )
    announcement.officials.add(
        *[o for o in officials if o.pk not in announcers], through_defaults={"part": OfficialPart.COMMENTER}
    )
    announcement.prisoners.add(*prisoners)
    announcement.categories.add(*{f.category_id for f in figures if f.category_id})
    _figures_attach(announcement, figures, result.country, announced_on, fresh=created)
    # Read the relations afresh (a matched announcement carries a stale prefetch), once each;
    # a new draft holds just what was added here, so only its categories are read back.
    announcement._prefetched_objects_cache = {}
    if created:
        own = sorted((f for f in figures if f.announcement_id == announcement.pk), key=lambda f: -f.value)
        for name, rows in (("officials", officials), ("prisoners", prisoners), ("figures", own)):
            queryset = getattr(announcement, name).all()
            queryset._result_cache, queryset._prefetch_done = rows, True
            announcement._prefetched_objects_cache[name] = queryset  # as prefetch_related stores it
    prefetch_related_objects([announcement], "officials", "prisoners", "categories", "figures")
    announcement.refresh_search_text()
    return _source_settle(source, SourceStatus.EXTRACTED, "")


def filing_outcome(result: ExtractionResult) -> tuple[str, str]:
    """The status (and the editor's note) a source settles on when `result` is filed."""
    if not result.relevant:
        return SourceStatus.IGNORED, ""
    if not result.country or not result.kinds:
        missing = "country" if not result.country else "kind of decision"
        return SourceStatus.IGNORED, f"Relevant, but no {missing} could be read: file it by hand."
    return SourceStatus.EXTRACTED, ""


def _source_settle(source: Source, status: str, error: str) -> str:
    if (source.status, source.error) == (status, error):
        return status  # written so with the text (_store_and_file)
    Source.objects.filter(pk=source.pk).update(status=status, error=error, updated_at=timezone.now())
    source.status, source.error = status, error
    return status


def _announcement_for(
    source: Source, result: ExtractionResult, announced_on: datetime.date, figures: list[Figure], *, relink: bool
) -> tuple[Announcement, bool]:
    """The announcement this source reports, and whether it is new: on a re-extraction the one
    the source is already linked to; else one on file that matches, or a new draft."""
    linked = source.announcements.exclude(status=Status.REJECTED).first() if relink else None
    if linked is not None:
        return linked, False
    kind = result.kinds[0]
    found = announcement_find_match(country=result.country, kind=kind, announced_on=announced_on, figures=figures)
    if found is not None:
        return found, False
    title = source.title or f"{Kind(kind).label} in {result.country}"
    draft = Announcement.objects.create(
        title=title[:300], kind=kind, country=result.country, announced_on=announced_on,
        occasion=(result.occasion or "")[:200], status=Status.DRAFT,
    )  # fmt: skip
    return draft, True


def announcement_candidates(*, country: str, kind: str, announced_on: datetime.date):
    """The announcements on file a report of `country`'s `kind` announced on `announced_on`
    could belong to: same country and kind, announced within MATCH_WINDOW, not rejected."""
    return Announcement.objects.filter(
        country=country,
        kind=kind,
        announced_on__range=(announced_on - MATCH_WINDOW, announced_on + MATCH_WINDOW),
        # "Not rejected", said as the two other statuses: the index on (status, country,
        # announced_on) then reads just the country's days. Said with a NOT it could not, and at
        # 100,000 announcements each article read every announcement of the week from the heap.
        status__in=[Status.DRAFT, Status.PUBLISHED],
    )


def announcement_find_match(
    *, country: str, kind: str, announced_on: datetime.date, figures: list[Figure]
) -> Announcement | None:
    """An announcement on file that the figures could be another report of: same country and
    kind, announced within a few days, and no figure of the same metric that disagrees."""
    candidates = announcement_candidates(country=country, kind=kind, announced_on=announced_on)
    agreeing = [c for c in candidates.prefetch_related("figures") if figures_agree(list(c.figures.all()), figures)]
    agreeing.sort(key=lambda c: (abs((c.announced_on - announced_on).days), c.pk))
    return agreeing[0] if agreeing else None


def figures_agree(ours: list[Figure], theirs: list[Figure]) -> bool:
    """True unless some metric of the decision is counted by both and no two values are close.
    Only counts of the decision's people compare (totals and their alternatives): a part, an
    earlier announcement's count or the prison population says nothing about a match."""
    by_metric: dict[str, tuple[list[int], list[int]]] = {}
    for index, figures in enumerate((ours, theirs)):
        for figure in figures:
            if figure.metric not in CONTEXT_METRICS and figure.role in (Role.TOTAL, Role.ALTERNATIVE):
                by_metric.setdefault(figure.metric, ([], []))[index].append(figure.value)
    for mine, other in by_metric.values():
        if mine and other and not any(_close(a, b) for a in mine for b in other):
            return False
    return True


def _close(a: int, b: int) -> bool:
    return abs(a - b) <= FIGURE_TOLERANCE * max(a, b, 1)


def _figure_from(source: Source, mention: FigureMention, categories: dict[str, int]) -> Figure | None:
    """An unsaved Figure from the extractor's mention, its quote located in the source text."""
    if mention.metric not in Metric.values or mention.value is None or int(mention.value) < 0:
        return None
    start, end = _quote_span(source.text, mention.quote or "", mention.start, mention.end)
    known_role = mention.role if mention.role in Role.values else Role.TOTAL
    role = Role.CONTEXT if mention.metric in CONTEXT_METRICS else known_role
    figure = Figure(
        value=int(mention.value),
        role=role,
        metric=mention.metric,
        qualifier=mention.qualifier if mention.qualifier in Qualifier.values else Qualifier.EXACT,
        category_id=categories.get(mention.category or ""),
        source=source,
        quote=mention.quote or "",
        quote_start=start,
        quote_end=end,
        entered_by=EnteredBy.MACHINE,
        evidence=mention.evidence if mention.evidence in Evidence.values else Evidence.REPORTED,
        note=(mention.reason or "")[:300],
        country=(mention.country or "")[:2],
    )
    # The total a part divides, by value among this source's totals (linked once they are saved).
    figure.part_of_value = mention.part_of if role == Role.PART else None
    return figure


def _quote_span(text: str, quote: str, start: int | None, end: int | None) -> tuple[int | None, int | None]:
    """The quote's offsets in the text: the extractor's when they hold, else where it occurs."""
    if not quote:
        return None, None
    if start is not None and end is not None and 0 <= start < end and text[start:end] == quote:
        return start, end
    found = text.find(quote)
    return (found, found + len(quote)) if found >= 0 else (None, None)


def _category_ids() -> dict[str, int]:
    return dict(PrisonerCategory.objects.values_list("slug", "pk"))


def _figures_attach(
    announcement: Announcement, figures: list[Figure], country: str, as_of: datetime.date, *, fresh: bool
) -> None:
    """Save the figures on the announcement. A prison-population total is context, not part of
    the decision. Where the announcement already has a headline figure for the same metric and
    category (another source's, or an editor's), the new one is not a headline: the editor
    chooses between reports."""
    headlines = set() if fresh else set(announcement.figures.filter(headline=True).values_list("metric", "category_id"))
    for figure in figures:
        # The figure's country is the state that grants the release; the announcement's
        # unless the extractor read another (each side of an exchange).
        figure.country, figure.as_of = figure.country or country, as_of
        if figure.metric != Metric.PRISON_POPULATION:
            figure.announcement = announcement
            key = (figure.metric, figure.category_id)
            figure.headline = key not in headlines
            headlines.add(key)
        figure.public, figure.dated = figure.public_state()  # bulk_create skips save()
    parts = [f for f in figures if f.role == Role.PART]
    Figure.objects.bulk_create([f for f in figures if f.role != Role.PART])
    totals = {f.value: f for f in figures if f.role == Role.TOTAL and f.announcement_id and f.pk}
    for part in parts:
        total = totals.get(part.part_of_value)
        if total is None or part.value > total.value or not part.announcement_id:
            # A part whose total this source does not give is kept, never added up.
            part.role, part.part_of = Role.ALTERNATIVE, None
            part.note = f"{part.note} [read as a part of a total not found]"[:300]
        else:
            part.part_of = total
    Figure.objects.bulk_create(parts)


def source_reextract(*, source_id: int) -> str:
    """Run the extractor again on a stored article and file the result; returns the status.

    The machine's figures from this source are replaced; an editor's are kept, as is any
    link an editor made. A draft that only this source backs is remade from scratch.
    """
    source = Source.objects.get(pk=source_id)
    if not source.text:
        return source.status
    published = source.published_at.date() if source.published_at else None
    result = extract(
        source.text, published=published, title=source.title, url=source.url, language=source.language or None
    )
    with transaction.atomic():
        source = Source.objects.select_for_update().get(pk=source_id)
        Figure.objects.filter(source=source, entered_by=EnteredBy.MACHINE).delete()
        for draft in source.announcements.filter(status=Status.DRAFT):
            solo = draft.sources.exclude(pk=source.pk).count() == 0
            if solo and not draft.figures.filter(entered_by=EnteredBy.EDITOR).exists():
                draft.delete()
        return file_extraction(source=source, result=result, relink=True)


def source_import(
    *, url: str, text: str = "", html: str | bytes = "", title: str = "", outlet: str = "",
    published: datetime.date | None = None, language: str | None = None,
) -> str:  # fmt: skip
    """Import an article already in hand (a file, a corpus line) through the same path as a
    fetched one; returns the source's status. Importing it again changes nothing."""
    if html:
        page = parse_page(http.decode_text(html) if isinstance(html, bytes) else html, url=url)
        page = dataclasses.replace(
            page, title=title or page.title, published=published or page.published, sitename=outlet or page.sitename
        )
    else:
        page = page_from_text(text, title=title, published=published, sitename=outlet, language=language)
    if not (page.text or "").strip():
        raise ValueError(f"no article text in {url}")
    source, _created = source_register(url=canonical_url(url, page.canonical_url), title=page.title or "")
    if source.status in DONE_STATUSES:
        return source.status
    return source_file(source_id=source.pk, page=page, fetched_url=url)
