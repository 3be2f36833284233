"""The admin app with the desk's own site: the sign-in asks for a second factor."""

from django.contrib.admin.apps import AdminConfig


class DeskAdminConfig(AdminConfig):
    default_site = "releases.desk.signin.DeskSite"
