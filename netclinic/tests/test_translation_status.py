"""Translation completeness: a list for translators, a warning for editors."""

import pytest
from django.urls import reverse

from clinic.models import Department

pytestmark = pytest.mark.django_db


def test_status_page_lists_items_missing_a_language_with_links(admin_client):
    admin_client.post(reverse("set_language"), {"language": "en"})
    assert (
        "Every text is written in both languages."
        in admin_client.get(reverse("admin_translation_status")).content.decode()
    )

    department = Department.objects.get(slug="radiology")
    department.description_en = ""
    department.save()
    html = admin_client.get(reverse("admin_translation_status")).content.decode()
    assert reverse("admin:clinic_department_change", args=[department.pk]) in html
    assert "description (English)" in html


def test_publishing_with_a_missing_translation_warns_the_editor(admin_client):
    department = Department.objects.get(slug="radiology")
    url = reverse("admin:clinic_department_change", args=[department.pk])
    data = {
        "slug": "radiology",
        "name_ko": department.name_ko,
        "name_en": department.name_en,
        "summary_ko": department.summary_ko,
        "summary_en": department.summary_en,
        "description_ko": "새 설명",
        "description_en": "",
        "image_alt_ko": "",
        "image_alt_en": "",
        "last_reviewed": "2026-11-01",
        "next_review_due": "2027-11-01",
        "order": 10,
        "is_published": "on",
    }
    admin_client.post(reverse("set_language"), {"language": "en"})
    response = admin_client.post(url, data, follow=True)
    warnings = [str(m) for m in response.context["messages"]]
    assert any("missing translations" in m and "description (English)" in m for m in warnings), warnings

    data["is_published"] = ""
    response = admin_client.post(url, data, follow=True)
    assert not any("missing translations" in str(m) for m in response.context["messages"])
