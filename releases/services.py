"""Writes that span models: publishing, filing what the extractor found, merging.

Keyword-only, typed, `<noun>_<verb>` names. Each is safe to run twice.
"""

from django.db import transaction
from django.utils import timezone

from .choices import Status
from .models import Announcement


@transaction.atomic
def announcements_publish(*, announcements) -> int:
    """Publish the given announcements; returns how many changed status."""
    changed = 0
    for announcement in announcements:
        if announcement.status != Status.PUBLISHED:
            announcement.status = Status.PUBLISHED
            announcement.published_at = announcement.published_at or timezone.now()
            announcement.save(update_fields=["status", "published_at", "updated_at"])
            changed += 1
    return changed


@transaction.atomic
def announcements_reject(*, announcements) -> int:
    """Reject the given announcements (they leave the public site); returns how many changed."""
    changed = 0
    for announcement in announcements:
        if announcement.status != Status.REJECTED:
            announcement.status = Status.REJECTED
            announcement.save(update_fields=["status", "updated_at"])
            changed += 1
    return changed


def announcement_refresh_search(*, announcement: Announcement) -> None:
    """Bring the announcement's search text up to date with its relations."""
    announcement.refresh_search_text()
