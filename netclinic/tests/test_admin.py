"""Every model is editable in the admin, with a tab for each language."""

import pytest
from django.contrib import admin
from django.urls import reverse

from netclinic.tests.utils import LANGUAGES, department_form
from content.translations import translated_models

pytestmark = pytest.mark.django_db

CONTENT_MODELS = [model for model in admin.site._registry if model._meta.app_label in ("clinic", "rights")]


def test_every_content_model_is_registered():
    models = translated_models()
    assert len(models) >= 13
    for model in models:
        assert model in admin.site._registry, model


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda m: m._meta.label)
def test_changelist_opens_and_searches(admin_client, model):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    response = admin_client.get(url, follow=True)
    assert response.status_code == 200
    if admin.site._registry[model].search_fields:
        assert admin_client.get(url, {"q": "암 cancer"}, follow=True).status_code == 200


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda m: m._meta.label)
def test_change_form_shows_both_languages(admin_client, model):
    obj = model.objects.first()
    meta = model._meta
    if obj is None:  # nothing seeded (physicians): the add form then
        url = reverse(f"admin:{meta.app_label}_{meta.model_name}_add")
    else:
        url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])
    html = admin_client.get(url).content.decode()
    from modeltranslation.translator import translator

    fields = translator.get_options_for_model(model).fields
    for field in fields:
        for language in LANGUAGES:
            assert f'name="{field}_{language}"' in html, (field, language)


def test_admin_search_finds_korean_and_english(admin_client):
    url = reverse("admin:clinic_treatment_changelist")
    for query in ("에베로리무스", "everolimus"):
        found = admin_client.get(url, {"q": query}).context["cl"].result_list
        assert [t.name_en for t in found] == ["Everolimus"], query


def test_editor_saves_both_languages_through_the_admin(admin_client, client):
    from clinic.models import Department

    department = Department.objects.get(slug="radiology")
    url = reverse("admin:clinic_department_change", args=[department.pk])
    data = department_form(
        department, name_en="Radiology and imaging", description_ko="새 설명", description_en="A new description"
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Radiology and imaging" in client.get("/en/departments/radiology/").content.decode()
    assert "새 설명" in client.get("/ko/departments/radiology/").content.decode()


@pytest.mark.parametrize(("language", "text"), [("ko", "사이트 관리"), ("en", "Site administration")])
def test_admin_speaks_korean_and_english(admin_client, language, text):
    admin_client.post(reverse("set_language"), {"language": language, "next": "/admin/"})
    html = admin_client.get(reverse("admin:index")).content.decode()
    assert f'lang="{language}"' in html


def test_tabbed_admin_loads_jquery_ui_from_our_own_static_files(admin_client):
    from clinic.models import Department

    url = reverse("admin:clinic_department_change", args=[Department.objects.first().pk])
    html = admin_client.get(url).content.decode()
    assert "/static/vendor/jquery-ui/jquery-ui.min.js" in html
    assert "//code.jquery.com" not in html and "cdn" not in html.lower()
