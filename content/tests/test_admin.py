"""Every content model is editable in the admin, with a tab for each language."""

import pytest
from django.contrib import admin
from django.urls import reverse
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from content.testing.pages import LANGUAGES
from content.translations import translated_models

pytestmark = pytest.mark.django_db

CONTENT_MODELS = translated_models()


def admin_url(model, action: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{action}", args=args)


def test_every_content_model_is_registered():
    assert {model._meta.app_label for model in CONTENT_MODELS} == {"clinic", "rights", "appointments", "international"}
    for model in CONTENT_MODELS:
        assert model in admin.site._registry, model


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda m: m._meta.label)
def test_changelist_opens_and_searches(admin_client, model):
    url = admin_url(model, "changelist")
    response = admin_client.get(url, follow=True)
    assert response.status_code == 200
    if admin.site._registry[model].search_fields:
        assert admin_client.get(url, {"q": "암 cancer"}, follow=True).status_code == 200


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda m: m._meta.label)
def test_change_form_shows_both_languages(admin_client, model):
    obj = model.objects.first()
    # Nothing seeded (physicians): the add form then.
    url = admin_url(model, "add") if obj is None else admin_url(model, "change", obj.pk)
    html = admin_client.get(url).content.decode()
    fields = translator.get_options_for_model(model).fields
    for field in fields:
        for language in LANGUAGES:
            assert f'name="{build_localized_fieldname(field, language)}"' in html, (field, language)


@pytest.mark.parametrize(
    ("language", "text"), [("ko", "신경내분비종양 클리닉 웹사이트 관리"), ("en", "NET Clinic website administration")]
)
def test_admin_speaks_korean_and_english(admin_client, language, text):
    admin_client.post(reverse("set_language"), {"language": language, "next": "/admin/"})
    html = admin_client.get(reverse("admin:index")).content.decode()
    assert f'lang="{language}"' in html
    assert text in html


def test_both_languages_show_one_under_the_other_without_tabs_or_third_parties(admin_client):
    model = next(model for model in CONTENT_MODELS if model.objects.exists())
    url = admin_url(model, "change", model.objects.first().pk)
    html = admin_client.get(url).content.decode()
    assert "[ko]" in html and "[en]" in html
    assert "jquery-ui" not in html and "tabbed_translation_fields" not in html
    assert "//code.jquery.com" not in html and "cdn" not in html.lower()
