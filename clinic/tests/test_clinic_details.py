"""Site-wide data kept per content version: never older than the last save, on any worker."""

import pytest
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from clinic.models import Clinic
from content.models import ContentVersion

pytestmark = pytest.mark.django_db


def clinic_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return sum("clinic_clinic" in query["sql"] for query in queries)


def test_the_clinic_details_are_read_once_per_content_version(client):
    assert clinic_queries(client, "/en/") == 1
    assert clinic_queries(client, "/en/") == 0
    assert clinic_queries(client, "/en/patients-rights/") == 0


def test_a_change_saved_by_another_process_shows_at_once(client):
    """Another worker's save reaches this one through the version in the database,
    with no signal in this process."""
    assert "Renamed clinic" not in client.get("/en/").content.decode()
    Clinic.objects.filter(pk=1).update(name_en="Renamed clinic")
    assert "Renamed clinic" not in client.get("/en/").content.decode()  # the same version: kept
    ContentVersion.objects.filter(pk=1).update(version=F("version") + 1)
    assert "Renamed clinic" in client.get("/en/").content.decode()


def test_each_language_keeps_its_own(client):
    Clinic.objects.filter(pk=1).update(name_en="English name", name_ko="한국어 이름")
    ContentVersion.objects.filter(pk=1).update(version=F("version") + 1)
    assert "English name" in client.get("/en/").content.decode()
    assert "한국어 이름" in client.get("/ko/").content.decode()
    assert "English name" in client.get("/en/contact/").content.decode()
