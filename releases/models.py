"""The domain: announcements of clemency, the figures they contain and where each came from."""

import datetime
import re
import time

from django.conf import settings
from django.db import connections, models
from django.db.models import Exists, OuterRef, Q, Subquery
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, TruncMonth, TruncYear
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from .choices import (
    EnteredBy,
    Evidence,
    FollowUpRelation,
    Kind,
    Metric,
    PrisonerEventKind,
    Qualifier,
    SourceStatus,
    Status,
    display,
)
from .i18n import normalise_for_search


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

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "prisoner categories"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("releases:category-detail", args=[self.slug])


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
    feed = models.ForeignKey(Feed, null=True, blank=True, on_delete=models.SET_NULL, related_name="sources")
    status = models.CharField(max_length=12, choices=SourceStatus, default=SourceStatus.NEW)
    error = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0)
    fetched_at = models.DateTimeField(null=True, blank=True)
    # The earlier source whose story this one copies (the same wire report, or one that
    # names it as its source); independent counts collapse such copies into one.
    wire_of = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="wire_copies")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

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
        ]

    def __str__(self) -> str:
        return self.title or self.url

    @property
    def safe_url(self) -> str:
        """The URL only when it is http(s): never a javascript: link on a public page."""
        return self.url if self.url.lower().startswith(("http://", "https://")) else ""


class PrisonerQuerySet(models.QuerySet):
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


class AnnouncementQuerySet(models.QuerySet):
    def published(self) -> "AnnouncementQuerySet":
        return self.filter(status=Status.PUBLISHED)

    def drafts(self) -> "AnnouncementQuerySet":
        return self.filter(status=Status.DRAFT)

    def search(self, text: str) -> "AnnouncementQuerySet":
        """Announcements whose search text matches all words of `text`: the stored tsvector
        (GIN index) on PostgreSQL, a LIKE per word on SQLite."""
        if connections[self.db].vendor == "postgresql":
            match = "search_vector @@ websearch_to_tsquery('simple', %s)"
            return self.filter(RawSQL(match, [normalise_for_search(text)], output_field=models.BooleanField()))
        words = re.findall(r"\w+", normalise_for_search(text))
        if not words:
            return self.none()
        return self.filter(*[Q(search_text__icontains=word) for word in words])

    def in_categories(self, slugs: list[str]) -> "AnnouncementQuerySet":
        """Announcements linked to any of the categories `slugs`. On PostgreSQL, an overlap
        with the stored `category_ids` array (GIN index; triggers keep it equal to the links,
        migration 0009), which the planner can combine with the other filters' indexes; on
        SQLite, an EXISTS over the links."""
        if connections[self.db].vendor == "postgresql":
            overlap = f"category_ids && ARRAY(SELECT id FROM {PrisonerCategory._meta.db_table} WHERE slug = ANY(%s))"
            return self.filter(RawSQL(overlap, [list(slugs)], output_field=models.BooleanField()))
        linked = Announcement.categories.through.objects.filter(
            announcement_id=OuterRef("pk"), prisonercategory__slug__in=slugs
        )
        return self.filter(Exists(linked))

    def with_rank(self, text: str) -> "AnnouncementQuerySet":
        """`rank`: how well the search text matches `text` (ts_rank on PostgreSQL, 0 elsewhere)."""
        if connections[self.db].vendor == "postgresql":
            rank = RawSQL("ts_rank(search_vector, websearch_to_tsquery('simple', %s))", [normalise_for_search(text)])
            return self.annotate(rank=models.ExpressionWrapper(rank, output_field=models.FloatField()))
        return self.annotate(rank=models.Value(0.0, output_field=models.FloatField()))

    def with_headline_figures(self) -> "AnnouncementQuerySet":
        """Everything a list entry shows, in a fixed number of queries."""
        return self.prefetch_related(
            models.Prefetch(
                "figures",
                queryset=Figure.objects.filter(headline=True).select_related("category").order_by("-value"),
                to_attr="headline_figures",
            ),
            "officials",
            "categories",
        ).with_source_count()

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
    officials = models.ManyToManyField(Official, blank=True, related_name="announcements")
    categories = models.ManyToManyField(PrisonerCategory, blank=True, related_name="announcements")
    sources = models.ManyToManyField(Source, blank=True, related_name="announcements")
    # Denormalised text for full-text search (title, summary, officials, quotes); on
    # PostgreSQL a generated tsvector column and its GIN index are built from it.
    search_text = models.TextField(blank=True, editable=False)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AnnouncementQuerySet.as_manager()
    # The public corrections log: every change, with who made it and the stated reason.
    history = HistoricalRecords(excluded_fields=["search_text"], cascade_delete_history=False)

    class Meta:
        ordering = ["-announced_on", "-id"]
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


class FigureQuerySet(models.QuerySet):
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

    def totals_by(self, period: str) -> "FigureQuerySet":
        """Per `period` ("year" or "month") and metric: the sum of the values and the largest.

        A figure's date is its announcement's, or its as-of date when it has none."""
        date = models.F("dated")
        truncate = TruncYear if period == "year" else TruncMonth
        return (
            self.annotate(period=truncate(date))
            .exclude(period=None)
            .values("period", "metric")
            .annotate(total=models.Sum("value"), peak=models.Max("value"))
            .order_by("period", "metric")
        )


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
        ]

    def __str__(self) -> str:
        category = f" {self.category.slug}" if self.category_id else ""
        return f"{self.value:,} {self.metric}{category}"

    def get_absolute_url(self) -> str:
        if self.announcement_id:
            return f"{self.announcement.get_absolute_url()}#figure-{self.pk}"
        return ""

    def save(self, *args, **kwargs):
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


class PrisonerEventQuerySet(models.QuerySet):
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


# Cached public data (facet counts, month counts) is keyed on a "generation" that any change
# to what is public replaces, so stale entries are never read again and simply expire.
PUBLIC_GENERATION_KEY = "releases:public-generation"


def public_generation() -> int | None:
    """The current generation of public data; None when the cache is unreachable (skip caching)."""
    from django.core.cache import cache

    generation = cache.get(PUBLIC_GENERATION_KEY)
    if generation is None:
        # A time-based start, so an evicted key never brings back an old generation.
        cache.add(PUBLIC_GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(PUBLIC_GENERATION_KEY)
    return generation


def cached_public(key: str, compute, seconds: int):
    """`compute()`, kept under `key` for the current public generation (so any change to what
    is public makes it unreachable); computed every time while the cache is down."""
    from django.core.cache import cache

    generation = public_generation()
    value = cache.get(f"{key}:{generation}") if generation is not None else None
    if value is None:
        value = compute()
        if generation is not None:
            cache.set(f"{key}:{generation}", value, seconds)
    return value


def bump_public_generation() -> None:
    """Start a new generation: every cached count of public data is ignored from now on."""
    from django.core.cache import cache

    cache.set(PUBLIC_GENERATION_KEY, time.time_ns(), timeout=None)


# Signals only clear caches. A draft that was never published changes nothing public, so
# the importer filing drafts does not throw the caches away.
@receiver([post_save, post_delete], sender=Announcement)
def _announcement_changed(sender, instance: Announcement, **kwargs) -> None:
    if instance.published_at is not None or instance.status == Status.PUBLISHED:
        bump_public_generation()
        if kwargs.get("signal") is post_delete:
            # Its source links went with it: a context figure may have lost its only
            # published report. Context figures are few, so all of them are rechecked.
            Figure.objects.filter(announcement=None).sync_public()


@receiver(m2m_changed, sender=Announcement.sources.through)
def _sources_changed(sender, instance, action: str, pk_set=None, **kwargs) -> None:
    # Figure.public is a stored copy of a rule (a context figure is public through a source
    # that reports a published announcement), kept here as a cache would be.
    if not action.startswith("post_"):
        return
    if isinstance(instance, Announcement):
        if instance.status != Status.PUBLISHED and instance.published_at is None:
            return  # a draft's links make nothing public, nor did they
        context = Figure.objects.filter(announcement=None)
        if pk_set is not None:
            context = context.filter(source_id__in=pk_set)
    else:
        context = Figure.objects.filter(announcement=None, source=instance)
    context.sync_public()


@receiver([post_save, post_delete], sender=Figure)
def _figure_changed(sender, instance: Figure, **kwargs) -> None:
    announcement = Announcement.objects.filter(pk=instance.announcement_id)
    if instance.announcement_id is None or announcement.exclude(published_at=None).exists():
        bump_public_generation()


@receiver(m2m_changed, sender=Announcement.categories.through)
@receiver(m2m_changed, sender=Announcement.officials.through)
@receiver(m2m_changed, sender=Announcement.sources.through)
@receiver(m2m_changed, sender=Prisoner.announcements.through)
def _links_changed(sender, instance, action: str, **kwargs) -> None:
    if action.startswith("post_") and getattr(instance, "published_at", True) is not None:
        bump_public_generation()


@receiver([post_save, post_delete], sender=Official)
@receiver([post_save, post_delete], sender=PrisonerCategory)
def _name_changed(sender, instance, created: bool = False, **kwargs) -> None:
    if not created:
        bump_public_generation()


# Whole public pages are cached too (releases/pagecache.py): a source's outlet and title, a
# prisoner's name, their events and follow-up links show on them. The importer saving a
# source that reports nothing public yet keeps the caches.
@receiver([post_save, post_delete], sender=Source)
@receiver([post_save, post_delete], sender=Prisoner)
def _shown_on_pages(sender, instance, created: bool = False, **kwargs) -> None:
    if not created and instance.announcements.exclude(published_at=None).exists():
        bump_public_generation()


@receiver([post_save, post_delete], sender=PrisonerEvent)
@receiver([post_save, post_delete], sender=FollowUp)
def _timeline_changed(sender, instance, **kwargs) -> None:
    bump_public_generation()
