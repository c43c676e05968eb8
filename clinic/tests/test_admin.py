"""The clinic's content in the admin: searching, saving both languages, previews."""

import pytest
from django.urls import reverse

from clinic.tests.factories import department_form, radiology

pytestmark = pytest.mark.django_db


def test_admin_search_finds_korean_and_english(admin_client):
    url = reverse("admin:clinic_treatment_changelist")
    for query in ("에베로리무스", "everolimus"):
        found = admin_client.get(url, {"q": query}).context["cl"].result_list
        assert [t.name_en for t in found] == ["Everolimus"], query


def test_editor_saves_both_languages_through_the_admin(admin_client, client):
    department = radiology()
    url = reverse("admin:clinic_department_change", args=[department.pk])
    data = department_form(
        department, name_en="Radiology and imaging", description_ko="새 설명", description_en="A new description"
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Radiology and imaging" in client.get("/en/departments/radiology/").content.decode()
    assert "새 설명" in client.get("/ko/departments/radiology/").content.decode()


def test_admin_shows_a_preview_of_markdown_fields(admin_client):
    department = radiology()
    department.description_en = "Text with **bold**."
    department.save()
    html = admin_client.get(reverse("admin:clinic_department_change", args=[department.pk])).content.decode()
    assert 'class="markdown-preview"' in html
    assert "<p>Text with <strong>bold</strong>.</p>" in html
    assert "/static/js/markdown-preview.js" in html


def test_a_text_too_long_for_any_page_gets_a_message_and_keeps_what_was_typed(admin_client):
    """1 MB of Korean used to get a bare 400, and the editor lost it all."""
    department = radiology()
    url = reverse("admin:clinic_department_change", args=[department.pk])
    typed = "신경내분비종양 " * 125_000  # 1,000,000 characters; the form strips the last space
    admin_client.post(reverse("set_language"), {"language": "en"})
    response = admin_client.post(url, department_form(department, description_ko=typed))
    assert response.status_code == 200
    html = response.content.decode()
    assert "This text has 999,999 characters; one text can have at most 20,000." in html
    assert typed[:5000] in html and html.count("신경내분비종양") >= 125_000  # all of it, back in the form
    department.refresh_from_db()
    assert department.description_ko != typed


def test_the_model_refuses_an_overlong_text_too():
    from django.core.exceptions import ValidationError

    department = radiology()
    department.description_en = "x" * 20_001
    with pytest.raises(ValidationError) as error:
        department.full_clean()
    assert "description_en" in error.value.message_dict
