"""Names stored in the database but shared by every installation, in the page's language.

The eleven prisoner categories are rows (editors may add more), so their names and
descriptions cannot be marked for translation where they are defined: they are listed
here for the message catalogue and looked up at display time. A name the catalogue does
not know (an editor's own category) is shown as it is.
"""

from django import template
from django.utils.translation import gettext, gettext_noop

from releases.i18n import country_name as _country_name

register = template.Library()

CATALOGUED = [
    gettext_noop("Political prisoners"),
    gettext_noop("People held for their political views, activism or opposition."),
    gettext_noop("Security-related prisoners"),
    gettext_noop("People convicted of offences the state calls threats to national security."),
    gettext_noop("Foreign nationals"),
    gettext_noop("Citizens of another country held in this one."),
    gettext_noop("Dual nationals"),
    gettext_noop("People holding the citizenship of this country and of another."),
    gettext_noop("Women"),
    gettext_noop("Women and girls in detention."),
    gettext_noop("Juveniles"),
    gettext_noop("People held for offences committed as minors."),
    gettext_noop("Elderly prisoners"),
    gettext_noop("Older prisoners, usually released on grounds of age."),
    gettext_noop("Sick prisoners"),
    gettext_noop("Prisoners with serious or terminal illness."),
    gettext_noop("Journalists"),
    gettext_noop("Reporters, bloggers and media workers held for their work."),
    gettext_noop("Protesters"),
    gettext_noop("People arrested at or after protests and demonstrations."),
    gettext_noop("Religious minorities"),
    gettext_noop("Members of minority faiths held for their belief or practice."),
]


@register.filter
def translated(value):
    """A stored category name or description in the page's language, when catalogued."""
    return gettext(str(value)) if value else value


@register.filter
def country_name(country) -> str:
    """A country (a code or a field's Country) by its name in the page's language."""
    return _country_name(getattr(country, "code", country)) if country else ""
