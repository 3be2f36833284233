"""Recovery codes stored as keyed digests: the codes already issued are replaced by theirs
(releases/desk/signin.py, recovery_digest), so a copy of the database does not open the desk.
The codes themselves cannot be had back from a digest: there is nothing to reverse to."""

import string

from django.conf import settings
from django.db import migrations
from django.utils.crypto import salted_hmac

# As releases.desk.signin.recovery_digest, written out: a migration keeps what it did.
SALT = "releases.desk.recovery-code"
WIDTH = 16


def is_digest(token: str) -> bool:
    return len(token) == WIDTH and all(c in string.hexdigits for c in token)


def digest_codes(apps, schema_editor):
    tokens = apps.get_model("otp_static", "StaticToken")
    for token in tokens.objects.all().iterator():
        if not is_digest(token.token):
            digest = salted_hmac(SALT, token.token.lower(), secret=settings.SECRET_KEY, algorithm="sha256")
            token.token = digest.hexdigest()[:WIDTH]
            token.save(update_fields=["token"])


class Migration(migrations.Migration):
    dependencies = [("releases", "0019_source_feed_date_index"), ("otp_static", "0003_add_timestamps")]
    operations = [migrations.RunPython(digest_codes, migrations.RunPython.noop)]
