"""Names stored in the database but shared by every installation, in the page's language.

The eleven prisoner categories are rows (editors may add more): their names and
descriptions are marked for the message catalogue where they are defined
(releases.choices.CATEGORIES) and looked up here at display time. A name the catalogue
does not know (an editor's own category) is shown as it is.
"""

from django import template
from django.utils.translation import gettext

from releases.i18n import country_name as _country_name

register = template.Library()


@register.filter
def translated(value):
    """A stored category name or description in the page's language, when catalogued."""
    return gettext(str(value)) if value else value


@register.filter
def country_name(country) -> str:
    """A country (a code or a field's Country) by its name in the page's language."""
    return _country_name(getattr(country, "code", country)) if country else ""
