"""The clinic's pages in site search (clinic/search.py): published text only, fresh after each save."""

import pytest

from clinic.models import Treatment
from clinic.tests.factories import radiology
from content.signals import announce

pytestmark = pytest.mark.django_db


def results(client, language: str, query: str) -> list:
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return response.context.get("results") or []


def test_drafts_never_appear_in_search(client):
    treatment = Treatment.objects.get(name_en="Everolimus")
    treatment.description_en = "A draft sentence with quokkaword."
    treatment.save()
    announce()  # the test's transaction never commits: do what the commit would
    assert results(client, "en", "quokkaword")
    treatment.is_published = False
    treatment.save()
    announce()
    assert not results(client, "en", "quokkaword")
    department = radiology()
    department.is_published = False
    department.save()
    announce()
    found = results(client, "en", "radiology")
    assert found  # other pages still mention radiology
    assert all(r["url"] != "/en/departments/radiology/" for r in found)


def test_a_staff_save_updates_the_index_when_it_commits(client, django_capture_on_commit_callbacks):
    department = radiology()
    with django_capture_on_commit_callbacks(execute=True):
        department.description_en = "Now mentions zirconium-unique-word."
        department.save()
    assert [r["url"] for r in results(client, "en", "zirconium-unique-word")] == ["/en/departments/radiology/"]
