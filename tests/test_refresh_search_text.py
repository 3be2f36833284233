"""`refresh_search_text` brings stored search text up to date, and only touches what changed."""

import pytest
from django.core.management import call_command

from releases.models import Announcement
from tests.conftest import make_announcement, make_official

pytestmark = pytest.mark.django_db


def test_stale_search_text_is_rebuilt(capsys):
    official = make_official(name="Gholamhossein Esmaili", aliases="غلامحسین اسماعیلی")
    stale = make_announcement(title="Nowruz pardon", officials=[official])
    current = make_announcement(title="Another pardon")
    Announcement.objects.filter(pk=stale.pk).update(search_text="old words only")
    call_command("refresh_search_text")
    assert "search text rebuilt: 1 of 2 announcements changed" in capsys.readouterr().out
    stale.refresh_from_db()
    assert "Esmaili" in stale.search_text and "Nowruz pardon" in stale.search_text
    assert "old words only" not in stale.search_text
    assert Announcement.objects.get(pk=current.pk).search_text == current.build_search_text()
