"""Every public page ends with the footer: about, how we count (once that page exists), the
data licence and the exports; the site has a favicon; the about page in each language."""

import pytest
from django.urls import NoReverseMatch, reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["releases:timeline", "releases:announcement-list", "releases:figure-list"])
def test_the_footer_links_about_the_licence_and_the_exports(client, name):
    page = client.get(reverse(name)).content.decode()
    footer = page[page.index('<footer class="site-footer">') :]
    assert f'href="{reverse("releases:about")}"' in footer
    assert 'rel="license"' in footer and "CC BY 4.0" in footer
    for export in ("announcement-export-csv", "announcement-export-json", "figure-export-csv", "figure-export-json"):
        assert f'href="{reverse(f"releases:{export}")}"' in footer
    try:
        methodology = reverse("releases:methodology")
    except NoReverseMatch:
        assert "How we count" not in footer  # no link to a page that is not there
    else:
        assert f'href="{methodology}"' in footer


def test_the_favicon(client):
    page = client.get(reverse("releases:timeline")).content.decode()
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in page
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"] == "/static/favicon.svg"


@pytest.mark.parametrize(
    "prefix, heading",
    [("", "About Clemency Tracker"), ("/fa", "درباره ردیاب عفو"), ("/fr", "À propos de Clemency Tracker")],
)
def test_the_about_page_in_each_language(client, prefix, heading):
    response = client.get(prefix + "/about/")
    assert response.status_code == 200
    assert f"<h1>{heading}</h1>" in response.content.decode()
