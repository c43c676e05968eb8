"""Roles: editors, translators and administrators can do what they should, and no more."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from clinic.tests.factories import department_form, radiology, signed_in
from content.drafts import open_draft
from content.roles import ADMINISTRATORS, EDITORS, MEDICAL_REVIEWERS, TRANSLATORS

pytestmark = pytest.mark.django_db


def test_the_four_roles_exist():
    groups = set(Group.objects.values_list("name", flat=True))
    assert groups >= {EDITORS, TRANSLATORS, MEDICAL_REVIEWERS, ADMINISTRATORS}


def test_editors_manage_all_content_but_not_users():
    editor = signed_in(EDITORS)
    assert editor.get(reverse("admin:clinic_department_add")).status_code == 200
    assert editor.get(reverse("admin:rights_provision_changelist")).status_code == 200
    department = radiology()
    assert editor.get(reverse("admin:clinic_department_delete", args=[department.pk])).status_code == 200
    assert editor.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert editor.get(reverse("admin:auth_group_changelist")).status_code == 403


def test_translators_change_translated_text_only():
    translator = signed_in(TRANSLATORS)
    department = radiology()
    original_order = department.order
    url = reverse("admin:clinic_department_change", args=[department.pk])
    html = translator.get(url).content.decode()
    assert 'name="name_en"' in html
    assert 'name="slug"' not in html and 'name="is_published"' not in html and 'name="order"' not in html

    response = translator.post(
        url, department_form(department, name_en="Radiology (translated)", slug="hacked", order=999, is_published="")
    )
    assert response.status_code == 302
    department.refresh_from_db()
    assert department.name_en == "Radiology"  # a translator's change is a draft, not live

    # An editor publishes it: the translated text changes, and nothing else does.
    draft = open_draft(department)
    assert signed_in(EDITORS).post(reverse("admin:draft_action", args=[draft.pk, "publish"])).status_code == 302
    department.refresh_from_db()
    assert department.name_en == "Radiology (translated)"
    assert (department.slug, department.order, department.is_published) == ("radiology", original_order, True)


def test_translators_cannot_add_or_delete_or_manage_users():
    translator = signed_in(TRANSLATORS)
    department = radiology()
    assert translator.get(reverse("admin:clinic_department_add")).status_code == 403
    assert translator.get(reverse("admin:clinic_department_delete", args=[department.pk])).status_code == 403
    assert translator.get(reverse("admin:auth_user_changelist")).status_code == 403


def test_translators_cannot_reorder_or_publish_from_the_list():
    translator = signed_in(TRANSLATORS)
    html = translator.get(reverse("admin:clinic_department_changelist")).content.decode()
    assert 'name="form-0-is_published"' not in html and 'name="form-0-order"' not in html


def test_administrators_manage_users():
    administrator = signed_in(ADMINISTRATORS)
    assert administrator.get(reverse("admin:auth_user_changelist")).status_code == 200
    assert administrator.get(reverse("admin:clinic_department_add")).status_code == 200


def test_group_names_and_deleted_items_read_in_the_admins_language(admin_client):
    admin_client.post(reverse("set_language"), {"language": "ko", "next": "/admin/"})
    html = admin_client.get(reverse("admin:auth_group_changelist")).content.decode()
    assert "의학 검토자" in html and "번역가" in html
    department = radiology()
    department.delete()
    listing = admin_client.get(reverse("admin:deleted_items")).content.decode()
    assert "Historical" not in listing and "as of" not in listing
    assert re.search(r"<td>\d{4}-\d\d-\d\d \d\d:\d\d</td>", listing)
