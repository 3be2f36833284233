"""Create the local editor account once, with a random password printed once."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create a staff account in the Editors group if none exists, and print its password."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="editor")

    def handle(self, *args, username: str, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Editor account '{username}' exists (its password was printed when it was made).")
            return
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(username, password=password, is_staff=True)
        user.groups.add(Group.objects.get(name="Editors"))
        self.stdout.write(
            f"Editor account created: username '{username}', password '{password}' "
            "(shown once; sign in at http://127.0.0.1:8000/admin/)"
        )
        if settings.STAFF_REQUIRE_2FA:
            self.stdout.write("At its first sign-in the desk asks it to set up an authenticator app.")
