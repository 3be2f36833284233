"""URLs: the public site under a language prefix (none for English), the admin, health."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic.base import RedirectView

from releases.public import views


class FaviconRedirect(RedirectView):
    def get_redirect_url(self, *args, **kwargs) -> str:
        return static("favicon.svg")


urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    # Browsers ask for /favicon.ico whatever the page's <link rel="icon"> says.
    # The address is looked up per request: at import, a manifest storage may not be built yet.
    path("favicon.ico", FaviconRedirect.as_view(permanent=True)),
]
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("", include("releases.public.urls")),
    prefix_default_language=False,
)
