"""Translation completeness: a list for translators, a warning for editors."""

import pytest
from django.urls import reverse

from clinic.tests.factories import department_form, radiology

pytestmark = pytest.mark.django_db


def test_status_page_lists_items_missing_a_language_with_links(admin_client):
    admin_client.post(reverse("set_language"), {"language": "en"})
    assert (
        "Every text is written in both languages."
        in admin_client.get(reverse("admin:translation_status")).content.decode()
    )

    department = radiology()
    department.description_en = ""
    department.save()
    html = admin_client.get(reverse("admin:translation_status")).content.decode()
    assert reverse("admin:clinic_department_change", args=[department.pk]) in html
    assert "description (English)" in html


def test_publishing_with_a_missing_translation_warns_the_editor(admin_client):
    department = radiology()
    url = reverse("admin:clinic_department_change", args=[department.pk])
    data = department_form(department, description_ko="새 설명", description_en="")
    admin_client.post(reverse("set_language"), {"language": "en"})
    response = admin_client.post(url, data, follow=True)
    warnings = [str(m) for m in response.context["messages"]]
    assert any("missing translations" in m and "description (English)" in m for m in warnings), warnings

    data["is_published"] = ""
    response = admin_client.post(url, data, follow=True)
    assert not any("missing translations" in str(m) for m in response.context["messages"])
