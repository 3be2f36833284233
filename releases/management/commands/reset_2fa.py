"""Take away a staff account's authenticator app and recovery codes, when the phone is lost."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp import devices_for_user


class Command(BaseCommand):
    help = (
        "Remove every two-factor device (authenticator app, recovery codes) of USERNAME; the "
        "account sets up a new app at its next sign-in. Sessions it verified stop being verified."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username: str, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"No account named {username!r}; nothing was changed.") from None
        devices = list(devices_for_user(user, confirmed=None))
        for device in devices:
            device.delete()
        self.stdout.write(
            f"Removed {len(devices)} two-factor device(s) of '{username}'. "
            "At the next sign-in with the password, the account sets up a new authenticator app."
        )
