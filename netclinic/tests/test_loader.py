"""Loading the seed content: complete, idempotent, and respectful of staff edits."""

import io

import pytest
from django.core.management import call_command

from clinic.models import Department, Page, Treatment
from content.models import SeedRecord
from content.translations import translated_models

pytestmark = pytest.mark.django_db


def _load() -> str:
    out = io.StringIO()
    call_command("load_content", stdout=out)
    return out.getvalue()


def _counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in translated_models()}


def test_every_fixed_page_exists_in_both_languages():
    for key in Page.Key.values:
        page = Page.objects.get(key=key)
        assert page.title_ko and page.title_en, key


def test_every_seeded_name_is_translated():
    for model in translated_models():
        for field in ("name", "title"):
            if hasattr(model, f"{field}_ko"):
                for obj in model.objects.all():
                    assert getattr(obj, f"{field}_ko") and getattr(obj, f"{field}_en"), obj


def test_loading_again_changes_nothing():
    before = _counts()
    assert "0 items created" in _load()
    assert _counts() == before


def test_loading_again_keeps_staff_edits_and_deletions():
    department = Department.objects.get(slug="radiology")
    department.name_en = "Radiology (edited by staff)"
    department.save()
    Treatment.objects.get(name_en="Sunitinib").delete()

    _load()

    assert Department.objects.get(slug="radiology").name_en == "Radiology (edited by staff)"
    assert not Treatment.objects.filter(name_en="Sunitinib").exists()


def test_a_fresh_database_gets_everything_and_no_duplicates():
    for model in translated_models():
        model.objects.all().delete()
    SeedRecord.objects.all().delete()

    _load()
    first = _counts()
    _load()

    assert first == _counts()
    assert first["clinic.Department"] == 5
    assert first["clinic.TestGroup"] == 3
    assert first["clinic.Treatment"] >= 9
    assert first["rights.Provision"] == 9
