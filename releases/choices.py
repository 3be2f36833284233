"""The vocabulary shared by the extractor, the models, the filters and the exports.

The values are exactly those of the corpus schema: one spelling everywhere.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop, pgettext_lazy


def display(field: str, choices: type[models.Choices]):
    """A model's get_FOO_display() that looks the label up by value. Django's own rebuilds a
    dict of every choice on each call, translating each label to hash it: a list page calls
    it a few hundred times."""

    def get_display(self) -> str:
        value = getattr(self, field)
        try:
            return str(choices(value).label)
        except ValueError:
            return value

    get_display.__name__ = f"get_{field}_display"
    return get_display


class Kind(models.TextChoices):
    PARDON = "pardon", _("Pardon")
    AMNESTY = "amnesty", _("Amnesty")
    COMMUTATION = "commutation", _("Commutation")
    TEMPORARY_RELEASE = "temporary_release", _("Temporary release")
    RELEASE = "release", _("Release")
    PRISONER_EXCHANGE = "prisoner_exchange", _("Prisoner exchange")


class Metric(models.TextChoices):
    PARDONED = "pardoned", _("Pardoned")
    RELEASED = "released", _("Released")
    TEMPORARILY_RELEASED = "temporarily_released", _("Temporarily released")
    SENTENCE_REDUCED = "sentence_reduced", _("Sentence reduced")
    PRISON_POPULATION = "prison_population", _("Prison population")
    DETAINED = "detained", _("Detained")


class Qualifier(models.TextChoices):
    EXACT = "exact", _("exact")
    APPROXIMATELY = "approximately", _("approximately")
    AT_LEAST = "at_least", _("at least")
    UP_TO = "up_to", _("up to")


class Role(models.TextChoices):
    """How a figure may be added up: only totals are summed (the counting rule)."""

    TOTAL = "total", _("Total")
    PART = "part", _("Part of a total")
    ALTERNATIVE = "alternative", _("Another count of a total")
    OTHER_EVENT = "other_event", _("Another announcement's count")
    CONTEXT = "context", _("Context")


# Metrics that describe the prisons, never people let out: their figures are always context.
CONTEXT_METRICS = ("prison_population", "detained")
# Metrics of people let out (or with sentences cut): what the site counts and compares.
RELEASE_METRICS = ("pardoned", "released", "temporarily_released", "sentence_reduced")


class OfficialPart(models.TextChoices):
    """An official's part in an announcement."""

    ANNOUNCER = "announcer", _("Announced by")
    COMMENTER = "commenter", _("Also quoted")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")


class EnteredBy(models.TextChoices):
    MACHINE = "machine", _("Machine")
    EDITOR = "editor", _("Editor")


class SourceStatus(models.TextChoices):
    NEW = "new", _("New")
    FETCHING = "fetching", _("Fetching")
    FETCHED = "fetched", _("Fetched")
    EXTRACTED = "extracted", _("Extracted")
    IGNORED = "ignored", _("Ignored")
    FAILED = "failed", _("Failed")


class Evidence(models.TextChoices):
    # "Official" also names a person (the official filter): a context tells them apart.
    OFFICIAL = "official", pgettext_lazy("evidence", "Official")
    REPORTED = "reported", pgettext_lazy("evidence", "Reported")
    ESTIMATE = "estimate", pgettext_lazy("evidence", "Estimate")


class PrisonerEventKind(models.TextChoices):
    ARRESTED = "arrested", _("Arrested")
    SENTENCED = "sentenced", _("Sentenced")
    TEMPORARILY_RELEASED = "temporarily_released", _("Temporarily released")
    RETURNED_TO_PRISON = "returned_to_prison", _("Returned to prison")
    PARDONED = "pardoned", _("Pardoned")
    RELEASED = "released", _("Released")
    EXCHANGED = "exchanged", _("Exchanged")


class FollowUpRelation(models.TextChoices):
    CARRIES_OUT = "carries_out", _("carries out")
    REVISES = "revises", _("revises")
    CONTRADICTS = "contradicts", _("contradicts")


# The eleven prisoner categories of the corpus schema: slug, name, description. The one
# source of their names: the migration that makes the rows reads them, and gettext_noop marks them for
# the message catalogue, so a page shows a stored name in its own language (the `translated`
# filter); a category an editor adds is shown as it is.
CATEGORIES = [
    (
        "political",
        gettext_noop("Political prisoners"),
        gettext_noop("People held for their political views, activism or opposition."),
    ),
    (
        "security",
        gettext_noop("Security-related prisoners"),
        gettext_noop("People convicted of offences the state calls threats to national security."),
    ),
    (
        "foreign_nationals",
        gettext_noop("Foreign nationals"),
        gettext_noop("Citizens of another country held in this one."),
    ),
    (
        "dual_nationals",
        gettext_noop("Dual nationals"),
        gettext_noop("People holding the citizenship of this country and of another."),
    ),
    ("women", gettext_noop("Women"), gettext_noop("Women and girls in detention.")),
    ("juveniles", gettext_noop("Juveniles"), gettext_noop("People held for offences committed as minors.")),
    (
        "elderly",
        gettext_noop("Elderly prisoners"),
        gettext_noop("Older prisoners, usually released on grounds of age."),
    ),
    ("sick", gettext_noop("Sick prisoners"), gettext_noop("Prisoners with serious or terminal illness.")),
    (
        "journalists",
        gettext_noop("Journalists"),
        gettext_noop("Reporters, bloggers and media workers held for their work."),
    ),
    (
        "protesters",
        gettext_noop("Protesters"),
        gettext_noop("People arrested at or after protests and demonstrations."),
    ),
    (
        "religious_minorities",
        gettext_noop("Religious minorities"),
        gettext_noop("Members of minority faiths held for their belief or practice."),
    ),
]
CATEGORY_SLUGS = [slug for slug, _name, _description in CATEGORIES]

# Officials' roles that recur (those of the demo records and of the heads of state and
# judiciaries that pardon most often): vocabulary, not names, so a page shows a stored role
# in its own language through the `translated` filter; any other role is shown as stored.
OFFICIAL_ROLES = [
    gettext_noop("Supreme Leader"),
    gettext_noop("head of the judiciary"),
    gettext_noop("judiciary spokesman"),
    gettext_noop("Foreign Ministry spokesman"),
    gettext_noop("commander-in-chief"),
    gettext_noop("Minister of Law"),
    gettext_noop("King of Morocco"),
    gettext_noop("King of Bahrain"),
    gettext_noop("President of Belarus"),
    gettext_noop("President of Cuba"),
    gettext_noop("President of Egypt"),
    gettext_noop("President of Indonesia"),
    gettext_noop("President of Nicaragua"),
    gettext_noop("President of Russia"),
    gettext_noop("President of the UAE"),
    gettext_noop("President of the United States"),
    gettext_noop("UK Foreign Secretary"),
]
