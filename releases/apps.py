"""The app's configuration: the editors' desk registers its admin pages when Django starts."""

from django.apps import AppConfig


class ReleasesConfig(AppConfig):
    name = "releases"
    verbose_name = "Clemency records"

    def ready(self) -> None:
        # The desk lives in a package of its own; the admin site learns of it here, the one
        # place the app's root reaches into a package above the domain.
        from .desk import admin  # noqa: F401
        from .invalidation import connect

        connect()  # what makes cached public pages stale: releases/invalidation.py
