"""History: who changed what, comparing and restoring versions, recovering deleted items."""

import pytest
from django.urls import reverse

from clinic.models import Treatment
from clinic.tests.factories import department_form, radiology
from content.drafts import open_draft

pytestmark = pytest.mark.django_db


def test_every_change_records_who_when_and_both_languages(admin_client):
    department = radiology()
    url = reverse("admin:clinic_department_change", args=[department.pk])
    response = admin_client.post(url, department_form(department, name_en="Radiology (new)", name_ko="영상의학과(새)"))
    assert response.status_code == 302
    latest = department.history.first()
    assert latest.history_user.username == "editor-admin"
    assert (latest.name_en, latest.name_ko) == ("Radiology (new)", "영상의학과(새)")
    delta = latest.diff_against(latest.prev_record)
    # "name" is the untranslated column that mirrors the default language.
    assert set(delta.changed_fields) - {"name"} == {"name_en", "name_ko"}


def test_history_page_compares_versions(admin_client):
    department = radiology()
    url = reverse("admin:clinic_department_change", args=[department.pk])
    admin_client.post(url, department_form(department, name_en="Radiology (new)"))
    html = admin_client.get(reverse("admin:clinic_department_history", args=[department.pk])).content.decode()
    assert "[en]</td>" in html  # the version lists the fields it changed
    newer, older = department.history.order_by("-history_id")[:2]
    compare = reverse("admin:history_compare", args=["clinic.department", department.pk])
    assert compare in html  # and any two versions can be compared
    compared = admin_client.get(compare, {"a": older.history_id, "b": newer.history_id}).content.decode()
    assert "Radiology (new)" in compared
    assert "Radiology <ins>(new)</ins>" in compared  # the old text, and what was put in


def test_restoring_an_earlier_version_brings_back_both_languages(admin_client, client):
    department = radiology()
    original = (department.name_ko, department.name_en, department.description_ko, department.description_en)
    first_version = department.history.first()  # as seeded
    url = reverse("admin:clinic_department_change", args=[department.pk])
    admin_client.post(
        url, department_form(department, name_en="Wrong", name_ko="잘못", description_en="x", description_ko="y")
    )
    department.refresh_from_db()
    assert department.name_en == "Wrong"

    revert_url = reverse("admin:clinic_department_simple_history", args=[department.pk, first_version.history_id])
    form = admin_client.get(revert_url).context["adminform"].form
    data = {name: form[name].value() for name in form.fields if name != "image" and form[name].value() is not None}
    data["is_published"] = "on"
    response = admin_client.post(revert_url, data)
    assert response.status_code == 302
    department.refresh_from_db()
    assert department.name_en == "Wrong"  # a revert is a draft until it is published
    draft = open_draft(department)
    assert admin_client.post(reverse("admin:draft_action", args=[draft.pk, "publish"])).status_code == 302

    department.refresh_from_db()
    assert (department.name_ko, department.name_en, department.description_ko, department.description_en) == original
    assert original[1] in client.get("/en/departments/radiology/").content.decode()
    assert original[0] in client.get("/ko/departments/radiology/").content.decode()


def test_a_deleted_item_can_be_recovered_with_both_languages(admin_client, client):
    treatment = Treatment.objects.get(name_en="Everolimus")
    pk, name_ko = treatment.pk, treatment.name_ko
    admin_client.post(reverse("admin:clinic_treatment_delete", args=[pk]), {"post": "yes"})
    assert not Treatment.objects.filter(pk=pk).exists()

    page = admin_client.get(reverse("admin:deleted_items")).content.decode()
    assert "Everolimus" in page or name_ko in page
    record = Treatment.history.filter(id=pk, history_type="-").first()
    response = admin_client.post(
        reverse("admin:deleted_items"), {"model": "clinic.treatment", "history_id": record.history_id}
    )
    assert response.status_code == 302

    restored = Treatment.objects.get(pk=pk)
    assert (restored.name_en, restored.name_ko) == ("Everolimus", name_ko)
    assert "Everolimus" in client.get("/en/treatment/medicines/").content.decode()
    html = admin_client.get(reverse("admin:deleted_items")).content.decode()
    assert f'name="history_id" value="{record.history_id}"' not in html


def test_recovering_with_a_forged_request_fails_cleanly(admin_client):
    for data in ({"model": "auth.user", "history_id": "1"}, {"model": "clinic.treatment", "history_id": "abc"}, {}):
        response = admin_client.post(reverse("admin:deleted_items"), data)
        assert response.status_code == 302
