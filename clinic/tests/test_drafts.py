"""Drafts: invisible to patients, previewable by staff."""

import pytest
from django.urls import reverse

from clinic.models import Section, Treatment
from clinic.tests.factories import radiology

pytestmark = pytest.mark.django_db


def test_unpublished_page_is_a_404_for_patients_and_a_marked_preview_for_staff(client, admin_client):
    department = radiology()
    department.is_published = False
    department.save()
    assert client.get("/en/departments/radiology/").status_code == 404
    assert "/en/departments/radiology/" not in client.get("/en/departments/").content.decode()
    response = admin_client.get("/en/departments/radiology/")
    assert response.status_code == 200
    assert "not visible to patients" in response.content.decode()


def test_unpublished_items_are_listed_for_staff_only_and_marked(client, admin_client):
    treatment = Treatment.objects.get(name_en="Everolimus")
    treatment.is_published = False
    treatment.save()
    section = Section.objects.filter(page__key="research").first()
    section.is_published = False
    section.save()
    # Their headings: other texts on the page may name them too (the glossary's definitions).
    for url, text in (("/en/treatment/medicines/", '">Everolimus'), ("/en/research/", f'">{section.title_en}')):
        assert text not in client.get(url).content.decode()
        staff_view = admin_client.get(url).content.decode()
        assert text in staff_view and 'class="draft-badge"' in staff_view


def test_admin_links_to_the_page_on_the_site(admin_client):
    department = radiology()
    html = admin_client.get(reverse("admin:clinic_department_change", args=[department.pk])).content.decode()
    assert "/r/" in html  # the admin's "View on site" link
    response = admin_client.get(reverse("admin:view_on_site", args=[_content_type(department), department.pk]))
    assert response.status_code == 302 and response["Location"].endswith("/departments/radiology/")


def _content_type(obj) -> int:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(obj).pk
