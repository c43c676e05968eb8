"""A text written to patients abroad never gives them a 15xx or 16xx number (they cannot
call it: ../shared/CONTENT.md). Every field that carries the check
(content.fields.no_nationwide_number), in every app and language, refuses one typed
by a hurried editor in the admin, says so at the field and keeps what was typed."""

import pytest
from django.apps import apps
from django.contrib import admin

from content.fields import NATIONWIDE_NUMBER, no_nationwide_number
from content.testing.forms import opened, save

pytestmark = pytest.mark.django_db


def checked_fields() -> list[tuple[str, str]]:
    """(model label, column) of each edited field with the check: each language's column."""
    found = []
    for model in apps.get_models():
        if model not in admin.site._registry:
            continue
        for field in model._meta.concrete_fields:
            if no_nationwide_number in field.validators and field.name[-3:] in ("_ko", "_en"):
                found.append((model._meta.label, field.name))
    return found


def test_the_fields_patients_abroad_read_carry_the_check():
    labels = {label for label, _column in checked_fields()}
    # The international patients page, and the international boxes of the contact and appointments pages.
    assert {"international.InternationalPage", "clinic.Clinic", "appointments.AppointmentsPage"} <= labels
    assert len(checked_fields()) >= 16


@pytest.mark.parametrize(("label", "column"), checked_fields())
@pytest.mark.parametrize("typed", ["Call 1599-3114 from abroad.", "대표전화 15993114로 전화하세요."])
def test_a_nationwide_number_is_refused_with_a_message_and_nothing_typed_is_lost(admin_client, label, column, typed):
    model = apps.get_model(label)
    obj = model._default_manager.first()
    assert obj is not None  # (seeded)
    before = getattr(obj, column)
    response = save(admin_client, obj, opened(admin_client, obj), **{column: typed})
    assert response.status_code == 200
    html = response.content.decode()
    # The admin speaks Korean to this editor (the site's language; no other chosen).
    assert "해외 환자는 15xx, 16xx 번호로 전화할 수 없습니다." in html
    assert typed in html  # still there to correct
    obj.refresh_from_db()
    assert getattr(obj, column) == before and not NATIONWIDE_NUMBER.search(getattr(obj, column) or "")
