"""Roles: editors, translators and administrators can do what they should, and no more."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from clinic.models import Department
from content.roles import ADMINISTRATORS, EDITORS, TRANSLATORS
from netclinic.tests.utils import department_form

pytestmark = pytest.mark.django_db


def signed_in(django_user_model, role: str) -> Client:
    user = django_user_model.objects.create_user(role.lower(), password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client


def test_the_three_roles_exist():
    assert set(Group.objects.values_list("name", flat=True)) >= {EDITORS, TRANSLATORS, ADMINISTRATORS}


def test_editors_manage_all_content_but_not_users(django_user_model):
    editor = signed_in(django_user_model, EDITORS)
    assert editor.get(reverse("admin:clinic_department_add")).status_code == 200
    assert editor.get(reverse("admin:rights_provision_changelist")).status_code == 200
    department = Department.objects.get(slug="radiology")
    assert editor.get(reverse("admin:clinic_department_delete", args=[department.pk])).status_code == 200
    assert editor.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert editor.get(reverse("admin:auth_group_changelist")).status_code == 403


def test_translators_change_translated_text_only(django_user_model):
    translator = signed_in(django_user_model, TRANSLATORS)
    department = Department.objects.get(slug="radiology")
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
    assert department.name_en == "Radiology (translated)"
    assert (department.slug, department.order, department.is_published) == ("radiology", original_order, True)


def test_translators_cannot_add_or_delete_or_manage_users(django_user_model):
    translator = signed_in(django_user_model, TRANSLATORS)
    department = Department.objects.get(slug="radiology")
    assert translator.get(reverse("admin:clinic_department_add")).status_code == 403
    assert translator.get(reverse("admin:clinic_department_delete", args=[department.pk])).status_code == 403
    assert translator.get(reverse("admin:auth_user_changelist")).status_code == 403


def test_translators_cannot_reorder_or_publish_from_the_list(django_user_model):
    translator = signed_in(django_user_model, TRANSLATORS)
    html = translator.get(reverse("admin:clinic_department_changelist")).content.decode()
    assert 'name="form-0-is_published"' not in html and 'name="form-0-order"' not in html


def test_administrators_manage_users(django_user_model):
    administrator = signed_in(django_user_model, ADMINISTRATORS)
    assert administrator.get(reverse("admin:auth_user_changelist")).status_code == 200
    assert administrator.get(reverse("admin:clinic_department_add")).status_code == 200
