"""Signing in to the desk: a password, then a code from an authenticator app (TOTP) or a
recovery code, when `STAFF_REQUIRE_2FA` is on (it is whenever DEBUG is off).

A staff account with no confirmed device signs in with its password alone and is sent to
the enrolment page, which shows the secret, asks for a first code and then shows ten
recovery codes once. Until it has a device it reaches nothing else on the desk.
`manage.py reset_2fa USERNAME` takes a lost device away so the account enrols again.

Recovery codes are stored as keyed digests (recovery_digest), never as the codes themselves:
a copy of the database does not open the desk. A code made under a key now listed in
SECRET_KEY_FALLBACKS still works, so rotating SECRET_KEY that way keeps the codes.
"""

from base64 import b32encode

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10


def clean_code(raw: str | None) -> str:
    """What people paste: spaces and dashes in the middle, recovery codes in capitals."""
    return (raw or "").replace(" ", "").replace("-", "").strip().lower()


def recovery_digest(code: str, secret: str | None = None) -> str:
    """What is stored of a recovery code: an HMAC-SHA256 of it under the site's secret key
    (`secret`, or SECRET_KEY), cut to the 16 characters django-otp's token column holds."""
    return salted_hmac("releases.desk.recovery-code", code, secret=secret, algorithm="sha256").hexdigest()[:16]


def _recovery_token(device: StaticDevice, code: str) -> str:
    """The stored form of `code` on `device`: its digest under the current key, or under a
    fallback key when the code was made before SECRET_KEY changed."""
    digests = [recovery_digest(code, key) for key in (settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS)]
    found = set(device.token_set.filter(token__in=digests).values_list("token", flat=True))
    return next((digest for digest in digests if digest in found), digests[0])


def verified_device(user, code: str) -> TOTPDevice | StaticDevice | None:
    """The confirmed device that accepts the code, which it then will not accept again.

    Six digits are an app's code, anything else a recovery code, so a wrong guess costs the
    throttle of one device only (each device slows down after failures, django-otp's rule).
    """
    model = TOTPDevice if len(code) == 6 and code.isdigit() else StaticDevice
    with transaction.atomic():
        # Locked, so two sign-ins cannot both spend one recovery code or one TOTP step.
        for device in model.objects.filter(user=user, confirmed=True).select_for_update():
            # One verification a device, so one wrong code costs one step of its throttle.
            token = _recovery_token(device, code) if model is StaticDevice else code
            if device.verify_token(token):
                return device
    return None


class DeskLoginForm(AdminAuthenticationForm):
    """The admin's sign-in form with a code field, checked after the password."""

    otp_token = forms.CharField(
        label=_("Code"),
        required=False,
        max_length=32,
        help_text=_("The 6-digit code from your authenticator app, or one of your recovery codes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "none"}),
    )

    def clean(self):
        cleaned = super().clean()  # the password and the staff flag first
        user = self.get_user()
        if settings.STAFF_REQUIRE_2FA and user is not None and user_has_device(user, confirmed=True):
            code = clean_code(cleaned.get("otp_token"))
            if not code:
                raise forms.ValidationError(
                    _("Enter the code from your authenticator app, or a recovery code."), code="otp_required"
                )
            device = verified_device(user, code)
            if device is None:
                # Counted like a wrong password, so django-axes locks out an address that
                # guesses codes for a known password as it does one that guesses passwords.
                user_login_failed.send(
                    sender=__name__, credentials={"username": user.get_username()}, request=self.request
                )
                raise forms.ValidationError(
                    _("That code is wrong, expired or already used. Codes change every 30 seconds."),
                    code="otp_invalid",
                )
            user.otp_device = device  # django_otp's user_logged_in handler keeps it in the session
        return cleaned


def needs_enrolment(request: HttpRequest) -> bool:
    user = request.user
    return (
        settings.STAFF_REQUIRE_2FA
        and user.is_active
        and user.is_staff
        and not user.is_verified()
        and not user_has_device(user, confirmed=True)
    )


class DeskSite(admin.AdminSite):
    """The admin site; with `STAFF_REQUIRE_2FA` only a session verified by a device gets in."""

    login_form = DeskLoginForm
    login_template = "admin/desk_login.html"

    def has_permission(self, request: HttpRequest) -> bool:
        verified = not settings.STAFF_REQUIRE_2FA or request.user.is_verified()
        return super().has_permission(request) and verified

    def get_urls(self):
        return [path("two-factor/", never_cache(self.enrol_view), name="two_factor_enrol"), *super().get_urls()]

    def login(self, request: HttpRequest, extra_context=None) -> HttpResponse:
        if request.method == "GET" and request.user.is_authenticated and needs_enrolment(request):
            return redirect(reverse("admin:two_factor_enrol", current_app=self.name))
        context = {**(extra_context or {}), "two_factor": settings.STAFF_REQUIRE_2FA}
        return super().login(request, extra_context=context)

    def enrol_view(self, request: HttpRequest) -> HttpResponse:
        """Set up an authenticator app for a staff account that has none; recovery codes once."""
        if not request.user.is_authenticated or not needs_enrolment(request):
            return redirect("admin:index" if self.has_permission(request) else "admin:login")
        device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
        if device is None:
            device = TOTPDevice.objects.create(user=request.user, name="authenticator app", confirmed=False)
        error, codes = "", []
        if request.method == "POST":
            code = clean_code(request.POST.get("otp_token"))
            if code.isdigit() and device.verify_token(code):
                codes = confirm_device(device)
                otp_login(request, device)
            else:
                error = _("That code is wrong or expired. Enter the code your app shows now.")
        context = {
            **self.each_context(request),
            "title": _("Set up two-factor sign-in"),
            "secret": b32encode(device.bin_key).decode(),
            "otpauth_uri": device.config_url,
            "error": error,
            "recovery_codes": codes,
        }
        return TemplateResponse(request, "admin/two_factor_enrol.html", context)


def confirm_device(device: TOTPDevice) -> list[str]:
    """Confirm the app's device and give the account fresh recovery codes (old ones go)."""
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    with transaction.atomic():
        # Conditional, so two tabs confirming at once do not both issue codes.
        if not TOTPDevice.objects.filter(pk=device.pk, confirmed=False).update(confirmed=True):
            return []
        StaticDevice.objects.filter(user=device.user).delete()
        recovery = StaticDevice.objects.create(user=device.user, name="recovery codes", confirmed=True)
        StaticToken.objects.bulk_create(StaticToken(device=recovery, token=recovery_digest(code)) for code in codes)
    device.confirmed = True
    return codes
