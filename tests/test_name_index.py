"""Filing's look-up of officials and prisoners by name: an index kept per process, read again
whenever a row is added, changed or deleted, matching as `name_key` does."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from releases import services
from releases.extraction import OfficialMention
from releases.models import Official, Prisoner
from tests.conftest import make_official, make_prisoner

pytestmark = pytest.mark.django_db


def test_a_known_name_is_found_without_reading_every_row_again():
    ejei = make_official(name="Gholamhossein Mohseni-Ejei", role="")
    assert services.official_match(mention=OfficialMention(name="gholamhossein mohseni ejei")) == ejei
    with CaptureQueriesContext(connection) as queries:
        found = services.official_match(
            mention=OfficialMention(name="Gholamhossein Mohseni Ejei", role="judiciary chief")
        )
    assert found == ejei
    assert not [q for q in queries.captured_queries if 'FROM "releases_official"' in q["sql"] and "aliases" in q["sql"]
                and "WHERE" not in q["sql"]]  # fmt: skip
    ejei.refresh_from_db()
    assert ejei.role == "judiciary chief"


def test_rows_added_changed_or_deleted_since_are_seen():
    services.official_match(mention=OfficialMention(name="Nobody Yet"))  # the index is read
    assert Official.objects.filter(name="Nobody Yet").count() == 1
    khamenei = make_official(name="Ali Khamenei")
    assert services.official_match(mention=OfficialMention(name="Ali Khamenei")) == khamenei
    khamenei.aliases = "Seyyed Ali Khamenei"
    khamenei.save()
    assert services.official_match(mention=OfficialMention(name="Seyyed Ali Khamenei")) == khamenei
    khamenei.delete()
    again = services.official_match(mention=OfficialMention(name="Ali Khamenei"))
    assert again.pk != khamenei.pk and Official.objects.filter(name="Ali Khamenei").count() == 1


def test_prisoners_are_found_by_name_or_alias_and_proposed_when_unknown():
    known = make_prisoner(name="Nazanin Zaghari-Ratcliffe", aliases="Nazanin Zaghari")
    assert services.prisoner_match(name="NAZANIN ZAGHARI") == known
    proposal = services.prisoner_match(name="Anoosheh Ashoori")
    assert not proposal.confirmed and services.prisoner_match(name="anoosheh  ashoori") == proposal
    assert Prisoner.objects.count() == 2


def test_of_two_officials_with_one_name_the_first_in_the_models_order_is_chosen():
    make_official(name="Zahra Karimi", aliases="Z. Karimi")
    first = make_official(name="Ahmad Karimi", aliases="Z. Karimi")
    assert services.official_match(mention=OfficialMention(name="Z Karimi")) == first


def test_a_shared_surname_does_not_merge_two_officials():
    fidel = services.official_match(mention=OfficialMention(name="Fidel Castro", aliases=["Castro"]))
    assert fidel.aliases == "Castro"  # kept for search, and for a mention by surname alone
    raul = services.official_match(mention=OfficialMention(name="Raúl Castro", aliases=["Castro"]))
    assert raul != fidel and raul.name == "Raúl Castro"
    assert services.official_match(mention=OfficialMention(name="Raul Castro", aliases=["Castro"])) == raul
    assert services.official_match(mention=OfficialMention(name="Castro")) == fidel  # the first, as before
    assert Official.objects.count() == 2


def test_a_fuller_or_shorter_form_of_a_full_name_is_the_same_official():
    maduro = services.official_match(mention=OfficialMention(name="Nicolás Maduro"))
    assert services.official_match(mention=OfficialMention(name="Nicolás Maduro Moros")) == maduro
    deby = services.official_match(mention=OfficialMention(name="Mahamat Idriss Déby Itno"))
    assert services.official_match(mention=OfficialMention(name="Mahamat Deby")) == deby
    # Another given name, or the given name left out, is not taken for the same person.
    macky = services.official_match(mention=OfficialMention(name="Macky Sall"))
    assert services.official_match(mention=OfficialMention(name="Malick Sall")) != macky
    assert services.official_match(mention=OfficialMention(name="Idriss Déby Itno")) != deby
    assert Official.objects.count() == 5


def test_arabic_script_spellings_of_one_name_are_one_official():
    """Persian typed with an Arabic yeh or kaf, or with a space where a zero-width non-joiner
    belongs, and Arabic with or without its hamza, name the same people."""
    rouhani = services.official_match(mention=OfficialMention(name="حسن روحانی"))
    assert services.official_match(mention=OfficialMention(name="حسن روحاني")) == rouhani
    ejei = services.official_match(mention=OfficialMention(name="غلامحسین محسنی\u200cاژه\u200cای"))
    assert services.official_match(mention=OfficialMention(name="غلامحسين محسني اژه اي")) == ejei
    saied = services.official_match(mention=OfficialMention(name="قيس سعيّد"))
    assert services.official_match(mention=OfficialMention(name="قيس سعيد")) == saied
    ahmed = services.official_match(mention=OfficialMention(name="أحمد الشرع"))
    assert services.official_match(mention=OfficialMention(name="احمد الشرع")) == ahmed
    assert Official.objects.count() == 4
    # Letters that differ are still two people.
    assert services.official_match(mention=OfficialMention(name="حسین روحانی")) != rouhani
