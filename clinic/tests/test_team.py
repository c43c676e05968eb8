"""The care team: physicians on the team page and on their departments' pages."""

import pytest

from clinic.models import Department, Physician

pytestmark = pytest.mark.django_db


def make_physician(**values) -> Physician:
    defaults = {
        "name_ko": "홍길동",
        "name_en": "Gildong Hong",
        "position_ko": "교수",
        "position_en": "Professor",
        "specialties_ko": "신경내분비종양",
        "specialties_en": "Neuroendocrine tumors",
        "biography_en": "Trained in **oncology**.",
    }
    physician = Physician.objects.create(**{**defaults, **values})
    physician.departments.add(Department.objects.get(slug="hematology-oncology"))
    return physician


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_team_page_is_hidden_until_a_physician_is_published(client, admin_client, language):
    """No "coming soon" page: without a published physician the team page answers 404 to
    patients, and no page, sitemap or search result leads to it; staff can preview it."""
    assert not Physician.objects.exists()  # the seed invents no people
    team = f"/{language}/clinic/team/"
    assert client.get(team).status_code == 404
    assert admin_client.get(team).status_code == 200
    assert team not in client.get(f"/{language}/clinic/").content.decode()
    assert "/clinic/team/" not in client.get("/sitemap.xml").content.decode()
    make_physician(is_published=False)
    assert client.get(team).status_code == 404  # a draft physician is not a team
    make_physician(name_en="Minji Kim", name_ko="김민지")
    assert client.get(team).status_code == 200
    assert team in client.get(f"/{language}/clinic/").content.decode()
    assert "/clinic/team/" in client.get("/sitemap.xml").content.decode()


def test_physicians_show_on_the_team_page_and_their_departments_page(client):
    make_physician()
    team = client.get("/en/clinic/team/").content.decode()
    assert "Gildong Hong" in team and "Professor" in team and "<strong>oncology</strong>" in team
    assert 'href="/en/departments/hematology-oncology/"' in team
    assert "Gildong Hong" in client.get("/en/departments/hematology-oncology/").content.decode()
    assert "홍길동" in client.get("/ko/departments/hematology-oncology/").content.decode()
    assert "Gildong Hong" not in client.get("/en/departments/radiology/").content.decode()


def test_unpublished_physician_is_hidden_from_patients_but_shown_to_staff(client, admin_client):
    make_physician(is_published=False)
    assert "Gildong Hong" not in client.get("/en/clinic/team/").content.decode()
    assert "Gildong Hong" not in client.get("/en/departments/hematology-oncology/").content.decode()
    staff_view = admin_client.get("/en/clinic/team/").content.decode()
    assert "Gildong Hong" in staff_view and 'class="draft-badge"' in staff_view


def test_the_team_page_links_to_appointments(client):
    make_physician()
    main = client.get("/en/clinic/team/").content.decode().split("<main", 1)[1]
    assert "/en/appointments/" in main
