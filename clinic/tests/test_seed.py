"""Loading the seed content: complete, idempotent, and respectful of staff edits."""

import io
import shutil
import tomllib

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from clinic.models import Page, Treatment
from clinic.tests.factories import radiology
from content.models import SeedRecord
from content.seeding import Loader, seed_files
from content.translations import translated_models

pytestmark = pytest.mark.django_db


def _load() -> str:
    out = io.StringIO()
    call_command("load_content", stdout=out)
    return out.getvalue()


def _counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in translated_models()}


@pytest.fixture
def seed_copy(tmp_path):
    """The seed files copied where a test may correct them, and a loader of the copy."""
    copies = []
    for number, path in enumerate(seed_files()):
        target = tmp_path / str(number) / path.name
        target.parent.mkdir()
        shutil.copy(path, target)
        copies.append(target)

    def load() -> Loader:
        loader = Loader()
        loader.load(copies)
        return loader

    return {path.name: path for path in copies}, load


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


def test_every_seed_file_names_a_model_and_a_key_once():
    keys = set()
    for path in seed_files():
        with path.open("rb") as f:
            data = tomllib.load(f)
        assert {"model", "key"} <= set(data), path
        assert (data["model"], data["key"]) not in keys, path
        keys.add((data["model"], data["key"]))


def test_loading_again_changes_nothing():
    before = _counts()
    assert "0 items created" in _load()
    assert _counts() == before


def test_each_seeded_item_is_recorded_with_what_it_made():
    records = SeedRecord.objects.all()
    assert records.count() == sum(_counts().values())
    treatment = SeedRecord.objects.get(key="clinic.treatment:medicines/octreotide")
    assert Treatment.objects.get(pk=treatment.object_id).name_en == "Octreotide"


def test_loading_again_keeps_staff_edits_and_deletions():
    department = radiology()
    department.name_en = "Radiology (edited by staff)"
    department.save()
    Treatment.objects.get(name_en="Sunitinib").delete()

    _load()

    assert radiology().name_en == "Radiology (edited by staff)"
    assert not Treatment.objects.filter(name_en="Sunitinib").exists()


def test_a_corrected_seed_title_adds_no_duplicate_and_loses_no_staff_edit(seed_copy):
    """The bug this replaced: correcting a seeded title made the loader add the item again."""
    files, load = seed_copy
    before = _counts()
    radiology_page = radiology()
    radiology_page.summary_en = "Typed by staff."
    radiology_page.save()
    Treatment.objects.get(name_en="Sunitinib").delete()
    medicines = files["02-medicines.toml"]
    text = medicines.read_text()
    medicines.write_text(text.replace('name.en = "Everolimus"', 'name.en = "Everolimus (corrected)"'))
    departments = files["05-radiology.toml"]
    departments.write_text(departments.read_text().replace('name.en = "Radiology"', 'name.en = "Radiology (new)"'))

    loader = load()

    assert loader.created == 0
    after = _counts()
    assert after["clinic.Treatment"] == before["clinic.Treatment"] - 1  # the deletion stays
    assert {k: v for k, v in after.items() if k != "clinic.Treatment"} == {
        k: v for k, v in before.items() if k != "clinic.Treatment"
    }
    assert not Treatment.objects.filter(name_en__startswith="Everolimus (corrected)").exists()
    assert Treatment.objects.filter(name_en="Everolimus").count() == 1
    assert radiology().summary_en == "Typed by staff."
    assert not Treatment.objects.filter(name_en="Sunitinib").exists()


def test_children_of_a_renamed_parent_still_find_it(seed_copy):
    files, load = seed_copy
    approach = Treatment.objects.get(name_en="Everolimus").approach
    approach.slug, approach.name_en = "drugs", "Drugs"
    approach.save()
    Treatment.objects.get(name_en="Everolimus").delete()
    SeedRecord.objects.filter(key="clinic.treatment:medicines/everolimus").delete()  # as if new in the seed

    loader = load()

    assert loader.created == 1
    assert Treatment.objects.get(name_en="Everolimus").approach == approach


def test_an_item_added_to_the_seed_is_created_once(seed_copy):
    files, load = seed_copy
    medicines = files["02-medicines.toml"]
    medicines.write_text(
        medicines.read_text()
        + '\n[[items]]\nmodel = "clinic.treatment"\nkey = "new-medicine"\norder = 99\n'
        + 'name.ko = "새 약"\nname.en = "New medicine"\n'
    )
    assert load().created == 1
    assert load().created == 0
    assert Treatment.objects.get(name_en="New medicine").approach.slug == "medicines"


def test_a_key_used_twice_is_refused_with_the_files_name(seed_copy):
    files, load = seed_copy
    medicines = files["02-medicines.toml"]
    medicines.write_text(medicines.read_text().replace('key = "lanreotide"', 'key = "octreotide"'))
    with pytest.raises(ImproperlyConfigured, match="02-medicines.toml.*used twice"):
        load()


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
