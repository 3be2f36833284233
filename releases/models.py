"""The domain: announcements of clemency, the figures they contain and where each came from."""

import datetime
import re

from django.conf import settings
from django.contrib.postgres.search import SearchRank, SearchVectorField
from django.db import models
from django.db.models import Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, TruncMonth, TruncYear
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from . import sql
from .choices import (
    CONTEXT_METRICS,
    RELEASE_METRICS,
    EnteredBy,
    Evidence,
    FollowUpRelation,
    Kind,
    Metric,
    OfficialPart,
    PrisonerEventKind,
    Qualifier,
    Role,
    SourceStatus,
    Status,
    display,
)
from .extraction.text import normalise_for_search
from .invalidation import PublicQuerySet


def slug_base(text: str, *, max_length: int = 200) -> str:
    """The slug `text` gives before any suffix for uniqueness."""
    return (slugify(text, allow_unicode=False) or "item")[: max_length - 8].strip("-") or "item"


def unique_slug(model: type[models.Model], text: str, *, max_length: int = 200, pk: int | None = None) -> str:
    """A slug for `text` not yet used by `model` (suffixing -2, -3… on collision); the row
    `pk`, when given, does not collide with itself.

    Racing writers are still stopped by the unique constraint; callers that can race
    (tasks) retry on IntegrityError.
    """
    base = slug_base(text, max_length=max_length)
    slug, n = base, 1
    while model._default_manager.filter(slug=slug).exclude(pk=pk).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


class PrisonerCategory(models.Model):
    """Who a figure counts: political prisoners, dual nationals, women…"""

    slug = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=100)
    description = models.CharField(max_length=300, blank=True)

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "prisoner categories"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("releases:category-detail", args=[self.slug])


class OfficialQuerySet(PublicQuerySet):
    def public(self) -> "OfficialQuerySet":
        """Officials named in at least one published announcement: one only on drafts is
        not public, not even as a filter option."""
        named = Announcement.officials.through.objects.filter(
            official_id=OuterRef("pk"), announcement__status=Status.PUBLISHED
        )
        return self.filter(Exists(named))


class Official(models.Model):
    """A person who announced, ordered or spoke for a decision."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    role = models.CharField(max_length=200, blank=True)
    organisation = models.CharField(max_length=200, blank=True)
    country = CountryField(blank=True)
    # Other spellings and transliterations, one per line; the importer matches on them.
    aliases = models.TextField(blank=True, help_text="Other spellings and transliterations, one per line.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OfficialQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.role})" if self.role else self.name

    def get_absolute_url(self) -> str:
        return reverse("releases:official-detail", args=[self.slug])

    @property
    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Official, self.name)
        super().save(*args, **kwargs)


class Feed(models.Model):
    """An RSS or Atom feed the importer polls."""

    url = models.URLField(max_length=2000, unique=True)
    name = models.CharField(max_length=200, blank=True)
    active = models.BooleanField(default=True)
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    # A failing feed is polled again only after next_poll_at (exponential back-off).
    next_poll_at = models.DateTimeField(null=True, blank=True)
    failures = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "url"]

    def __str__(self) -> str:
        return self.name or self.url


class Source(models.Model):
    """One article, fetched or entered, that reports announcements and figures."""

    url = models.URLField(max_length=2000, unique=True, help_text="Canonical URL of the article.")
    original_url = models.URLField(max_length=2000, blank=True, help_text="The URL as first found.")
    outlet = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=500, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=10, blank=True)
    text = models.TextField(blank=True)
    content_hash = models.CharField(max_length=64, blank=True)
    # Indexed by releases_source_feed_date_idx (Meta), which opens with it.
    feed = models.ForeignKey(
        Feed, null=True, blank=True, on_delete=models.SET_NULL, related_name="sources", db_index=False
    )
    status = models.CharField(max_length=12, choices=SourceStatus, default=SourceStatus.NEW)
    error = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0)
    fetched_at = models.DateTimeField(null=True, blank=True)
    # The earlier source whose story this one copies (the same wire report, or one that
    # names it as its source); independent counts collapse such copies into one.
    wire_of = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="wire_copies")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at"]
        constraints = [
            # One stored article per text: the same story reached by two URLs is one source.
            models.UniqueConstraint(
                fields=["content_hash"], condition=~Q(content_hash=""), name="releases_source_unique_hash"
            ),
            models.CheckConstraint(condition=Q(status__in=SourceStatus.values), name="releases_source_status_valid"),
        ]
        indexes = [
            # The editors' queue of failed and ignored sources.
            models.Index(fields=["status", "-created_at"], name="releases_source_status_idx"),
            # source_register: a URL already known as the one first found (each poll, each entry).
            models.Index(fields=["original_url"], name="releases_source_original_idx"),
            # The desk's source list, newest first, and its later pages.
            models.Index(fields=["-published_at", "-created_at"], name="releases_source_published_idx"),
            # The desk's outlet filter, newest first: one outlet of hundreds (1.5 s at a million
            # sources without it, walking the date index for that outlet's rows).
            models.Index(fields=["outlet", "-published_at"], name="releases_source_outlet_idx"),
            # The desk's feed filter, newest first: a feed's page without sorting its thousands of
            # rows (128 ms for a first visit at a million sources, the rows read from disk).
            models.Index(fields=["feed", "-published_at", "-created_at"], name="releases_source_feed_date_idx"),
            # sources_stale: the few sources still new or fetching, oldest change first.
            models.Index(
                fields=["updated_at"],
                condition=Q(status__in=["new", "fetching"]),
                name="releases_source_unfinished_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.url

    @property
    def safe_url(self) -> str:
        """The URL only when it is http(s): never a javascript: link on a public page."""
        return self.url if self.url.lower().startswith(("http://", "https://")) else ""


class SourceAlias(models.Model):
    """Another URL of a stored article: a copy found only after fetching, kept so that the
    next poll of a feed without ETag or Last-Modified knows it and does not fetch it again."""

    url = models.URLField(max_length=2000, unique=True)
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="aliases")

    class Meta:
        ordering = ["url"]

    def __str__(self) -> str:
        return self.url


class WireBand(models.Model):
    """One locality-sensitive band of a source text's MinHash (releases/records/wire.py):
    sources sharing a band are compared as possible wire copies, whatever their age."""

    # No index of its own: the unique (source, band) constraint leads with it.
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="wire_bands", db_index=False)
    band = models.BigIntegerField()

    class Meta:
        ordering = ["source", "band"]
        constraints = [
            models.UniqueConstraint(fields=["source", "band"], name="releases_wireband_unique_source_band"),
        ]
        indexes = [
            # The wire-copy lookup of each filed source: which sources share one of its bands.
            models.Index(fields=["band"], name="releases_wireband_band_idx"),
        ]

    def __str__(self) -> str:
        return f"band {self.band} of source {self.source_id}"


class PrisonerQuerySet(PublicQuerySet):
    def public(self) -> "PrisonerQuerySet":
        """Confirmed prisoners named in at least one published announcement."""
        named = Prisoner.announcements.through.objects.filter(
            prisoner_id=OuterRef("pk"), announcement__status=Status.PUBLISHED
        )
        return self.filter(Exists(named), confirmed=True)

    def with_status(self) -> "PrisonerQuerySet":
        """`latest_kind` and `latest_on`: the prisoner's latest public event, read by a
        correlated subquery (the latest-event index) for the rows of one page only."""
        latest = PrisonerEvent.objects.public().filter(prisoner_id=OuterRef("pk")).order_by("-happened_on", "-id")
        return self.annotate(
            latest_kind=Subquery(latest.values("kind")[:1]), latest_on=Subquery(latest.values("happened_on")[:1])
        )


class Prisoner(models.Model):
    """A named person whose case is followed."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    nationalities = CountryField(multiple=True, blank=True)
    aliases = models.TextField(blank=True, help_text="Other spellings and transliterations, one per line.")
    summary = models.TextField(blank=True)
    # Names the extractor proposes stay unconfirmed (and off the public site) until an
    # editor confirms them or merges them into a known prisoner.
    confirmed = models.BooleanField(default=True)
    announcements = models.ManyToManyField("Announcement", blank=True, related_name="prisoners")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PrisonerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("releases:prisoner-detail", args=[self.slug])

    @property
    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Prisoner, self.name)
        super().save(*args, **kwargs)


def _in_every_language(name: str) -> list[str]:
    """A stored name (a prisoner category) and its catalogued translations."""
    names = [name]
    for code, _language in settings.LANGUAGES:
        with translation.override(code):
            names.append(translation.gettext(name))
    return list(dict.fromkeys(names))


class AnnouncementQuerySet(PublicQuerySet):
    def published(self) -> "AnnouncementQuerySet":
        return self.filter(status=Status.PUBLISHED)

    def drafts(self) -> "AnnouncementQuerySet":
        return self.filter(status=Status.DRAFT)

    def search(self, text: str, *, prefixes: bool = False) -> "AnnouncementQuerySet":
        """Announcements whose search text matches all words of `text`: the stored tsvector
        (GIN index) on PostgreSQL, a LIKE per word on SQLite. With `prefixes`, as the desk's
        search box and autocomplete are typed into, each word may be the start of one."""
        normalised = normalise_for_search(text)
        words = re.findall(r"\w+", normalised)
        if sql.postgresql(self.db):
            if prefixes:
                return self.filter(search_vector=sql.prefix_search(words)) if words else self.none()
            return self.filter(search_vector=sql.web_search(normalised))
        if not words:
            return self.none()
        return self.filter(*[Q(search_text__icontains=word) for word in words])

    def in_categories(self, slugs: list[str]) -> "AnnouncementQuerySet":
        """Announcements linked to any of the categories `slugs`. On PostgreSQL, an overlap
        with the stored `category_ids` array (GIN index; triggers keep it equal to the links,
        migration 0009), which the planner can combine with the other filters' indexes; on
        SQLite, an EXISTS over the links."""
        if sql.postgresql(self.db):
            return self.filter(sql.in_categories(PrisonerCategory._meta.db_table, slugs))
        linked = Announcement.categories.through.objects.filter(
            announcement_id=OuterRef("pk"), prisonercategory__slug__in=slugs
        )
        return self.filter(Exists(linked))

    def with_rank(self, text: str) -> "AnnouncementQuerySet":
        """`rank`: how well the search text matches `text` (ts_rank on PostgreSQL, 0 elsewhere)."""
        if sql.postgresql(self.db):
            # F(), not the field's name: SearchRank wraps a name in to_tsvector(), which would
            # parse the stored vector's text form again, row by row, in the default configuration.
            query = sql.web_search(normalise_for_search(text))
            return self.annotate(rank=SearchRank(models.F("search_vector"), query))
        return self.annotate(rank=models.Value(0.0, output_field=models.FloatField()))

    def with_headline_figures(self) -> "AnnouncementQuerySet":
        """Everything a list entry shows, in a fixed number of queries. The search text (the
        record's names in every language, often the longest column) and a withdrawal's reason
        are left unread: no entry shows them. A feed that shows categories prefetches them."""
        return (
            self.defer("search_text", "withdrawal_reason")
            .prefetch_related(
                models.Prefetch(
                    "figures",
                    # A card leads with its largest release total, never with a context figure.
                    queryset=Figure.objects.filter(headline=True)
                    .select_related("category")
                    .annotate(
                        lead=models.Case(
                            models.When(role=Role.TOTAL, metric__in=RELEASE_METRICS, then=0),
                            models.When(role=Role.CONTEXT, then=2),
                            default=1,
                        )
                    )
                    .order_by("lead", "-value"),
                    to_attr="headline_figures",
                ),
                "officials",
            )
            .with_source_count()
        )

    def with_source_count(self) -> "AnnouncementQuerySet":
        """`source_count` as a correlated subquery: it runs for the rows of one page only,
        where a JOIN + GROUP BY would aggregate every matching row before the LIMIT."""
        through = Announcement.sources.through
        counts = (
            through.objects.filter(announcement_id=OuterRef("pk"))
            .order_by()
            .values("announcement_id")
            .annotate(n=models.Count("*"))
            .values("n")
        )

        # Independent outlets: a wire copy counts as the source it repeats (groups are kept one
        # level deep, releases/wire.py), an outlet once, a source without an outlet on its own.
        def outlet_or_id(outlet: str, pk: str) -> Coalesce:
            name = models.functions.NullIf(models.functions.Lower(models.functions.Trim(outlet)), models.Value(""))
            return Coalesce(
                name, models.functions.Concat(models.Value("#"), models.functions.Cast(pk, models.CharField()))
            )

        root = models.Case(
            models.When(
                source__wire_of__isnull=False, then=outlet_or_id("source__wire_of__outlet", "source__wire_of_id")
            ),
            default=outlet_or_id("source__outlet", "source_id"),
        )
        independent = (
            through.objects.filter(announcement_id=OuterRef("pk"))
            .order_by()
            .values("announcement_id")
            .annotate(n=models.Count(root, distinct=True))
            .values("n")
        )
        return self.annotate(
            source_count=Coalesce(Subquery(counts), 0), independent_count=Coalesce(Subquery(independent), 0)
        )


class AnnouncementManager(models.Manager.from_queryset(AnnouncementQuerySet)):
    """Rows are read without their stored search vector: only the database reads it (the
    search and its rank), and it is about as long as the search text."""

    def get_queryset(self) -> AnnouncementQuerySet:
        return super().get_queryset().defer("search_vector")


class Announcement(models.Model):
    """One decision or statement by an authority on a date: a pardon, an amnesty, a release…"""

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=320, unique=True)
    kind = models.CharField(max_length=20, choices=Kind)
    get_kind_display = display("kind", Kind)
    country = CountryField()
    announced_on = models.DateField()
    occasion = models.CharField(max_length=200, blank=True)
    summary = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    get_status_display = display("status", Status)
    officials = models.ManyToManyField(
        Official, blank=True, related_name="announcements", through="AnnouncementOfficial"
    )
    categories = models.ManyToManyField(PrisonerCategory, blank=True, related_name="announcements")
    sources = models.ManyToManyField(Source, blank=True, related_name="announcements")
    # Denormalised text for full-text search (title, summary, officials, quotes); the
    # database builds search_vector from it.
    search_text = models.TextField(blank=True, editable=False)
    # The search text as a tsvector on PostgreSQL, NULL on SQLite (releases/sql.py); never
    # loaded with a row (AnnouncementManager).
    search_vector = models.GeneratedField(
        expression=sql.StoredSearchVector("search_text", config="simple"),
        output_field=SearchVectorField(null=True),
        db_persist=True,
    )
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Taken off the site after publication: the permalink keeps saying when and why.
    withdrawn_at = models.DateTimeField(null=True, blank=True, editable=False)
    withdrawal_reason = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AnnouncementManager()
    # The public corrections log: every change, with who made it and the stated reason.
    history = HistoricalRecords(excluded_fields=["search_text", "search_vector"], cascade_delete_history=False)

    class Meta:
        ordering = ["-announced_on", "-id"]
        # Related rows (figure.announcement) and refresh_from_db() leave the vector out too.
        base_manager_name = "objects"
        permissions = [("publish_announcement", "Can publish or reject announcements")]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=Kind.values), name="releases_announcement_kind_valid"),
            models.CheckConstraint(condition=Q(status__in=Status.values), name="releases_announcement_status_valid"),
        ]
        indexes = [
            # Timeline and list: published announcements, newest first.
            models.Index(fields=["status", "-announced_on", "-id"], name="releases_ann_status_date_idx"),
            # Country pages and the country filter.
            models.Index(fields=["status", "country", "-announced_on"], name="releases_ann_country_idx"),
            # The kind filter.
            models.Index(fields=["status", "kind", "-announced_on"], name="releases_ann_kind_idx"),
            # Country and kind together (the list and the category and official facets):
            # for a large country, the kind index would be a second bitmap of its rows.
            models.Index(fields=["status", "country", "kind"], name="releases_ann_cntry_kind_idx"),
            # The q filter on /announcements/, /search/ and the exports (PostgreSQL).
            sql.PostgresGinIndex(fields=["search_vector"], name="releases_ann_search_idx"),
            # The desk's list of every status, newest first: without it each page sorted the
            # whole table (0.3-0.5 s at 100,000 announcements).
            models.Index(fields=["-announced_on", "-id"], name="releases_ann_date_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("releases:announcement-detail", args=[self.slug])

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED

    @property
    def was_updated(self) -> bool:
        """Changed after it was published (the timeline marks it)."""
        return bool(self.published_at and (self.updated_at - self.published_at).total_seconds() > 60)

    def build_search_text(self) -> str:
        parts = [self.title, self.summary, self.occasion, *self.names_in_every_language()]
        if self.pk:
            for official in self.officials.all():
                parts += [official.name, official.role, *official.alias_list]
            for prisoner in self.prisoners.all():
                if prisoner.confirmed:  # a proposed name is not public, nor found by search
                    parts += [prisoner.name, *prisoner.alias_list]
            parts += [name for c in self.categories.all() for name in _in_every_language(c.name)]
            parts += [f.quote for f in self.figures.all()]
            parts += [f.translation for f in self.figures.all() if f.translation]
        # Stored in the spelling the query is brought to (Persian/Arabic letter variants, digits).
        return normalise_for_search("\n".join(p for p in parts if p))

    def names_in_every_language(self) -> list[str]:
        """The kind and the country in each language of the site: a search in any finds it."""
        from django_countries import countries

        names = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                names += [str(self.get_kind_display()), str(countries.name(self.country.code)) if self.country else ""]
        return list(dict.fromkeys(names))

    def refresh_search_text(self) -> None:
        """Recompute the search text from the record and its relations, and store it."""
        text = self.build_search_text()
        if text != self.search_text:
            self.search_text = text
            Announcement.objects.filter(pk=self.pk).update(search_text=text)

    def slug_text(self) -> str:
        """What the slug is made of: the date first, so every slug starts with it."""
        return f"{self.announced_on:%Y-%m-%d} {self.title}"

    def slug_is_current(self) -> bool:
        """Whether the slug is the one the date and title give (a -2, -3… suffix allowed)."""
        base = slug_base(self.slug_text(), max_length=300)
        return self.slug == base or bool(re.fullmatch(rf"{re.escape(base)}-\d+", self.slug))

    def save(self, *args, **kwargs):
        # A draft's slug follows its date and title until it is first published; from then on
        # it is the public address, and links to it must keep working.
        # (Read as it was loaded: publishing sets published_at before this save.) A slug given
        # to a new record is kept.
        follows = not self._state.adding and not getattr(self, "_was_published", True)
        if not self.slug or (follows and not self.slug_is_current()):
            self.slug = unique_slug(Announcement, self.slug_text(), max_length=300, pk=self.pk)
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "slug"}
        if self.status == Status.PUBLISHED and self.published_at is None:
            from django.utils import timezone

            self.published_at = timezone.now()
        if self.status == Status.PUBLISHED:  # published again: no longer withdrawn
            self.withdrawn_at, self.withdrawal_reason = None, ""
        if not self.search_text:
            self.search_text = self.build_search_text()
        super().save(*args, **kwargs)
        # Whether its figures are public, and their date, are stored on them (the figures
        # page filters and sorts 300,000 of them): bring them along when either changes.
        state = (self.status, self.announced_on)
        if getattr(self, "_figure_state", state) != state:
            Figure.objects.filter(Q(announcement=self) | Q(announcement=None, source__announcements=self)).sync_public()
        self._figure_state = state
        self._was_published = self.published_at is not None

    @classmethod
    def from_db(cls, db, field_names, values, **kwargs):
        instance = super().from_db(db, field_names, values, **kwargs)
        # A deferred published_at counts as published: a slug is never changed on a guess.
        instance._was_published = instance.__dict__.get("published_at", True) is not None
        instance._figure_state = (instance.__dict__.get("status"), instance.__dict__.get("announced_on"))
        return instance


class AnnouncementOfficial(models.Model):
    """An official's part in one announcement: who announced it, or who commented on it."""

    announcement = models.ForeignKey(Announcement, on_delete=models.CASCADE, related_name="official_links")
    official = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="announcement_links")
    part = models.CharField(max_length=10, choices=OfficialPart, default=OfficialPart.ANNOUNCER)
    get_part_display = display("part", OfficialPart)

    class Meta:
        # The table Django made for the plain many-to-many link, kept (migration 0011).
        db_table = "releases_announcement_officials"
        ordering = ["announcement", "official"]
        constraints = [
            models.UniqueConstraint(fields=["announcement", "official"], name="releases_announcement_official_once"),
            models.CheckConstraint(
                condition=Q(part__in=OfficialPart.values), name="releases_announcementofficial_part_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.official} ({self.part})"


class FigureQuerySet(PublicQuerySet):
    def published(self) -> "FigureQuerySet":
        """Figures of published announcements, and context figures (prison population)
        quoted from a source that reports a published announcement: the stored `public`
        flag, which `sync_public()` keeps equal to that rule."""
        return self.filter(public=True)

    def sync_public(self) -> int:
        """Recompute `public` and `dated` of these figures from their announcement (or, for a
        context figure, from the announcements its source reports). The one place the rule
        lives; called when a status, a date or a source link changes."""
        published = Announcement.objects.filter(pk=OuterRef("announcement_id"), status=Status.PUBLISHED)
        reports_published = Source.objects.filter(pk=OuterRef("source_id"), announcements__status=Status.PUBLISHED)
        public = Exists(published) | (Q(announcement_id=None) & Exists(reports_published))
        date = Announcement.objects.filter(pk=OuterRef("announcement_id")).values("announced_on")[:1]
        return self.update(
            public=models.Case(models.When(public, then=True), default=False),
            dated=Coalesce(models.Subquery(date), "as_of"),
        )

    def counted(self) -> "FigureQuerySet":
        """The figures a sum may add (the counting rule, see `counted_condition`)."""
        return self.filter(counted_condition())

    def with_counted(self) -> "FigureQuerySet":
        """`is_counted` on each figure: whether the counting rule adds it."""
        return self.annotate(
            is_counted=models.ExpressionWrapper(counted_condition(), output_field=models.BooleanField())
        )

    def summed(self) -> "FigureQuerySet":
        """What the totals tables and charts read: the counted figures of the release metrics,
        and the context figures of prison population and detainees (shown as their largest
        value, never summed)."""
        return self.filter(counted_condition() | Q(role=Role.CONTEXT, metric__in=CONTEXT_METRICS))

    def totals_by(self, period: str) -> "FigureQuerySet":
        """Per `period` ("year" or "month") and metric: the sum of the counted values and the
        largest (what the charts show for the context metrics).

        A figure's date is its announcement's, or its as-of date when it has none."""
        date = models.F("dated")
        truncate = TruncYear if period == "year" else TruncMonth
        return (
            self.summed()
            .annotate(period=truncate(date))
            .exclude(period=None)
            .values("period", "metric")
            .annotate(total=models.Sum("value"), peak=models.Max("value"))
            .order_by("period", "metric")
        )


def counted_condition() -> Q:
    """The counting rule, the one place it lives.

    Per announcement and metric, the people counted are its `total` figures from its headline
    source (the source of a headline total of that metric). Parts are inside their total,
    alternatives count the same people again, other events belong to other announcements,
    context is not people let out: none is ever added. A second source repeating a total
    (not the headline) is not added either."""
    headline_source = Figure.objects.filter(
        announcement_id=OuterRef("announcement_id"),
        metric=OuterRef("metric"),
        source_id=OuterRef("source_id"),
        role=Role.TOTAL,
        headline=True,
    )
    return Q(role=Role.TOTAL, announcement__isnull=False) & Exists(headline_source)


class Figure(models.Model):
    """One number with its meaning and provenance: the quote and the source it came from."""

    value = models.BigIntegerField()
    metric = models.CharField(max_length=24, choices=Metric)
    get_metric_display = display("metric", Metric)
    qualifier = models.CharField(max_length=16, choices=Qualifier, default=Qualifier.EXACT)
    get_qualifier_display = display("qualifier", Qualifier)
    category = models.ForeignKey(
        PrisonerCategory, null=True, blank=True, on_delete=models.PROTECT, related_name="figures"
    )
    country = CountryField(blank=True)
    as_of = models.DateField(null=True, blank=True)
    announcement = models.ForeignKey(
        Announcement, null=True, blank=True, on_delete=models.CASCADE, related_name="figures"
    )
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="figures")
    quote = models.TextField(blank=True)
    quote_start = models.PositiveIntegerField(null=True, blank=True)
    quote_end = models.PositiveIntegerField(null=True, blank=True)
    translation = models.TextField(blank=True, help_text="An editor's translation of the quote.")
    entered_by = models.CharField(max_length=10, choices=EnteredBy, default=EnteredBy.EDITOR)
    get_entered_by_display = display("entered_by", EnteredBy)
    evidence = models.CharField(max_length=10, choices=Evidence, default=Evidence.REPORTED)
    get_evidence_display = display("evidence", Evidence)
    # When sources disagree on one quantity, the editor marks the one the headline uses.
    headline = models.BooleanField(default=True)
    role = models.CharField(
        max_length=12,
        choices=Role,
        default=Role.TOTAL,
        help_text="How the figure adds up: only totals are summed; a part is inside its total.",
    )
    get_role_display = display("role", Role)
    part_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="parts",
        help_text="For a part: the total of this announcement that it divides.",
    )
    note = models.CharField(
        max_length=300, blank=True, help_text="Why the extractor read it this way, or an editor's note."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Stored copies that the figures page filters and sorts on without joining 100,000
    # announcements: kept by save() and FigureQuerySet.sync_public(), never edited by hand.
    public = models.BooleanField(default=False, editable=False)
    dated = models.DateField(null=True, blank=True, editable=False, help_text="The announcement's date, else as_of.")

    objects = FigureQuerySet.as_manager()
    # public and dated follow the announcement; they are not an edit of the figure.
    history = HistoricalRecords(excluded_fields=["public", "dated"])

    class Meta:
        ordering = ["announcement", "-value"]
        constraints = [
            models.CheckConstraint(condition=Q(value__gte=0), name="releases_figure_value_nonnegative"),
            models.CheckConstraint(
                condition=Q(quote_start__isnull=True, quote_end__isnull=True)
                | Q(quote_start__isnull=False, quote_end__isnull=False, quote_start__lt=models.F("quote_end")),
                name="releases_figure_quote_offsets_ordered",
            ),
            models.CheckConstraint(condition=Q(metric__in=Metric.values), name="releases_figure_metric_valid"),
            models.CheckConstraint(condition=Q(qualifier__in=Qualifier.values), name="releases_figure_qualifier_valid"),
            models.CheckConstraint(
                condition=Q(entered_by__in=EnteredBy.values), name="releases_figure_entered_by_valid"
            ),
            models.CheckConstraint(condition=Q(evidence__in=Evidence.values), name="releases_figure_evidence_valid"),
            models.CheckConstraint(condition=Q(role__in=Role.values), name="releases_figure_role_valid"),
            # A part names its total; nothing else names one. (That the total is a total of the
            # same announcement and no smaller than the part is held by Figure.clean().)
            models.CheckConstraint(
                condition=Q(role=Role.PART, part_of__isnull=False) | (~Q(role=Role.PART) & Q(part_of__isnull=True)),
                name="releases_figure_part_has_total",
            ),
            models.CheckConstraint(condition=~Q(part_of=models.F("pk")), name="releases_figure_part_not_itself"),
            # Prison population and detainees describe the prisons, never people let out.
            models.CheckConstraint(
                condition=~Q(metric__in=CONTEXT_METRICS) | Q(role=Role.CONTEXT),
                name="releases_figure_context_metric_is_context",
            ),
        ]
        indexes = [
            # The metric and category filters and the figures chart.
            models.Index(fields=["metric", "category"], name="releases_fig_metric_cat_idx"),
            models.Index(fields=["category", "metric"], name="releases_fig_cat_metric_idx"),
            # The share of the prison population on announcement pages.
            models.Index(fields=["country", "metric", "-as_of"], name="releases_fig_cntry_metric_idx"),
            # The figures page, newest first, and its facet counts: public figures only.
            models.Index(
                models.F("dated").desc(),
                models.F("value").desc(),
                models.F("id").desc(),
                condition=Q(public=True),
                name="releases_fig_public_date_idx",
            ),
            models.Index(fields=["metric", "country"], condition=Q(public=True), name="releases_fig_public_metric_idx"),
            # The counting rule's look-up of an announcement's headline source per metric.
            models.Index(
                fields=["announcement", "metric", "source"],
                condition=Q(role="total", headline=True),
                name="releases_fig_headline_src_idx",
            ),
        ]

    def __str__(self) -> str:
        category = f" {self.category.slug}" if self.category_id else ""
        return f"{self.value:,} {self.metric}{category}"

    def get_absolute_url(self) -> str:
        if self.announcement_id:
            return f"{self.announcement.get_absolute_url()}#figure-{self.pk}"
        return ""

    def clean(self) -> None:
        """What the database cannot hold: a part's total is a total of the same announcement
        and is no smaller than the part."""
        from django.core.exceptions import ValidationError

        if self.metric in CONTEXT_METRICS and self.role != Role.CONTEXT:
            raise ValidationError({"role": "Prison population and detainee counts are context, never a total."})
        if self.role != Role.PART:
            if self.part_of_id:
                raise ValidationError(
                    {"part_of": "Only a part belongs to a total: clear this or make the role a part."}
                )
            return
        total = self.part_of
        if total is None:
            raise ValidationError({"part_of": "A part must name the total it divides."})
        if total.role != Role.TOTAL:
            raise ValidationError({"part_of": f"{total} is not a total; a part belongs to a total."})
        if total.announcement_id != self.announcement_id:
            raise ValidationError({"part_of": "A part belongs to a total of the same announcement."})
        if self.value is not None and self.value > total.value:
            raise ValidationError(
                {"value": f"A part ({self.value:,}) cannot be larger than its total ({total.value:,})."}
            )

    def save(self, *args, **kwargs):
        if self.metric in CONTEXT_METRICS:
            self.role = Role.CONTEXT  # the prisons' numbers are never people let out
        self.public, self.dated = self.public_state()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "public", "dated"}
        super().save(*args, **kwargs)

    def public_state(self) -> tuple[bool, datetime.date | None]:
        """What sync_public() would store for this figure: (public, dated)."""
        if self.announcement_id:
            announcement = self.announcement
            return announcement.status == Status.PUBLISHED, announcement.announced_on or self.as_of
        reported = Source.objects.filter(pk=self.source_id, announcements__status=Status.PUBLISHED)
        return bool(self.source_id) and reported.exists(), self.as_of


# What the latest event says about where a prisoner is now.
HELD_AFTER = {PrisonerEventKind.ARRESTED, PrisonerEventKind.SENTENCED, PrisonerEventKind.RETURNED_TO_PRISON}
FREE_AFTER = {PrisonerEventKind.PARDONED, PrisonerEventKind.RELEASED, PrisonerEventKind.EXCHANGED}


class PrisonerEventQuerySet(PublicQuerySet):
    def public(self) -> "PrisonerEventQuerySet":
        """Events tied to a published announcement, or (with no announcement) to a source
        that reports one: an event of a draft never shows."""
        reports_published = Source.objects.filter(pk=OuterRef("source_id"), announcements__status=Status.PUBLISHED)
        return self.filter(
            Q(announcement__status=Status.PUBLISHED) | Q(announcement__isnull=True, source__isnull=False)
        ).filter(Q(announcement__isnull=False) | Exists(reports_published))


class PrisonerEvent(models.Model):
    """One dated thing that happened to a prisoner, tied to what reports it."""

    prisoner = models.ForeignKey(Prisoner, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=24, choices=PrisonerEventKind)
    get_kind_display = display("kind", PrisonerEventKind)
    happened_on = models.DateField()
    announcement = models.ForeignKey(
        Announcement, null=True, blank=True, on_delete=models.SET_NULL, related_name="prisoner_events"
    )
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="prisoner_events")
    note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = PrisonerEventQuerySet.as_manager()

    class Meta:
        ordering = ["prisoner", "happened_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=PrisonerEventKind.values), name="releases_prisonerevent_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(announcement__isnull=False) | Q(source__isnull=False),
                name="releases_prisonerevent_has_provenance",
            ),
        ]
        indexes = [
            # The "still held" filter reads each prisoner's latest event.
            models.Index(fields=["prisoner", "-happened_on", "-id"], name="releases_pevent_latest_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.prisoner}: {self.get_kind_display()} on {self.happened_on}"


class FollowUp(models.Model):
    """A later announcement that carries out, revises or contradicts an earlier one."""

    earlier = models.ForeignKey(Announcement, on_delete=models.CASCADE, related_name="follow_ups")
    later = models.ForeignKey(Announcement, on_delete=models.CASCADE, related_name="follows")
    relation = models.CharField(max_length=12, choices=FollowUpRelation)
    get_relation_display = display("relation", FollowUpRelation)
    note = models.CharField(max_length=300, blank=True)

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["earlier", "later__announced_on"]
        constraints = [
            models.UniqueConstraint(fields=["earlier", "later"], name="releases_followup_unique_pair"),
            models.CheckConstraint(condition=~Q(earlier=models.F("later")), name="releases_followup_not_self"),
            models.CheckConstraint(
                condition=Q(relation__in=FollowUpRelation.values), name="releases_followup_relation_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.later} {self.get_relation_display()} {self.earlier}"


class Tombstone(models.Model):
    """What stays at the permalink of a deleted announcement that was once public: its
    title, when it was removed and why."""

    slug = models.SlugField(max_length=320, unique=True)
    title = models.CharField(max_length=300)
    reason = models.TextField()
    removed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-removed_at"]
        constraints = [
            models.CheckConstraint(condition=~Q(reason=""), name="releases_tombstone_has_reason"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("releases:announcement-detail", args=[self.slug])


class PublicGeneration(models.Model):
    """The public generation: one row, replaced by every change to what the public site shows
    (releases/invalidation.py says what and why); cached pages and counts are kept under it."""

    ROW = 1
    value = models.BigIntegerField(default=0, help_text="When the generation began, in ns since the epoch.")

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"public generation {self.value}"
