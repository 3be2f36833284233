"""The desk's template tags: the home page's sections, each shown to those who may see it."""

from django import template

from releases.desk import home
from releases.desk.imports import ImportURLForm

register = template.Library()


@register.simple_tag(takes_context=True)
def desk_home(context) -> dict:
    """The review queue, the sources and feeds that need an eye, and the import form."""
    user = context["request"].user
    queue, waiting = home.review_queue() if user.has_perm("releases.view_announcement") else ([], 0)
    can_see_sources = user.has_perm("releases.view_source")
    return {
        "queue": queue,
        "waiting": waiting,
        "show_queue": user.has_perm("releases.view_announcement"),
        "sources": list(home.sources_needing_attention()) if can_see_sources else [],
        "show_sources": can_see_sources,
        "can_retry": user.has_perm("releases.change_source"),
        "feeds": list(home.feeds_health()) if user.has_perm("releases.view_feed") else [],
        "show_feeds": user.has_perm("releases.view_feed"),
        "import_form": ImportURLForm() if user.has_perm("releases.add_source") else None,
    }
