"""Review dates: shown to patients, tracked for staff."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from clinic.models import Department, Page, Treatment

pytestmark = pytest.mark.django_db


def test_seed_content_claims_no_review_that_nobody_made():
    """Seed text has not been reviewed: no item carries a review date or a reviewer."""
    from content.models import Reviewed
    from content.translations import translated_models

    models = [model for model in translated_models() if issubclass(model, Reviewed)]
    assert len(models) >= 5
    for model in models:
        assert not model.objects.filter(last_reviewed__isnull=False).exists(), model
        assert not model.objects.filter(next_review_due__isnull=False).exists(), model
        assert not model.objects.filter(reviewed_by__isnull=False).exists(), model


@pytest.mark.parametrize("language", ["ko", "en"])
def test_no_page_shows_a_review_date_until_a_reviewer_gives_one(client, language):
    """Every public page of every app (the registry's URLs and sitemaps): none says
    "last reviewed"; each medical page says plainly that the review is pending."""
    from django.utils.translation import gettext, override

    from content.testing.pages import public_urls

    with override(language):
        claimed = gettext("Page last reviewed %(date)s.").split("%")[0].strip()
        pending = gettext("The clinic's medical review of this page is pending.")
    pages = public_urls(language)
    assert len(pages) > 20
    said_pending = 0
    for url in pages:
        html = client.get(url).content.decode()
        assert claimed not in html and "lastReviewed" not in html, url
        said_pending += pending in html
    assert said_pending >= 10


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("/en/treatment/medicines/", "Page last reviewed March 2, 2026."),
        ("/en/treatment/medicines/", "Next review due March 2, 2027."),
        ("/ko/treatment/medicines/", "2026년 3월 2일"),
        ("/ko/treatment/medicines/", "2027년 3월 2일"),
    ],
)
def test_patients_see_when_the_page_was_reviewed(client, url, text):
    from clinic.models import TreatmentApproach

    TreatmentApproach.objects.filter(slug="medicines").update(
        last_reviewed=datetime.date(2026, 3, 2), next_review_due=datetime.date(2027, 3, 2)
    )
    assert text in client.get(url).content.decode()


def test_fixed_pages_show_their_review_dates(client):
    Page.objects.filter(key="net").update(last_reviewed=datetime.date(2026, 1, 5))
    assert "Page last reviewed Jan. 5, 2026" in client.get("/en/neuroendocrine-tumors/").content.decode()


def _set_due(slug: str, days: int) -> None:
    Department.objects.filter(slug=slug).update(next_review_due=timezone.localdate() + datetime.timedelta(days=days))


def test_admin_filters_overdue_and_due_soon(admin_client):
    _set_due("radiology", -1)
    _set_due("gastroenterology", 10)
    url = reverse("admin:clinic_department_changelist")
    overdue = admin_client.get(url, {"review": "overdue"}).context["cl"].result_list
    due_soon = admin_client.get(url, {"review": "due-soon"}).context["cl"].result_list
    assert [d.slug for d in overdue] == ["radiology"]
    assert [d.slug for d in due_soon] == ["gastroenterology"]


def test_admin_index_counts_what_needs_review(admin_client):
    _set_due("radiology", -1)
    _set_due("gastroenterology", 10)
    Treatment.objects.filter(name_en="Everolimus").update(next_review_due=datetime.date(2020, 1, 1))
    admin_client.post(reverse("set_language"), {"language": "en"})
    html = admin_client.get(reverse("admin:index")).content.decode()
    assert "2 items are overdue for medical review" in html
    assert "1 is due within 30 days" in html
    assert "/admin/clinic/department/?review=overdue" in html


def test_the_upgrade_keeps_review_dates_a_person_gave_and_removes_the_loaders(admin_user):
    """clinic.0010 on this release's models: a stamp the loader made (history without
    a user) goes, with a history entry; one a person set in the admin, or a reviewer's
    approval, stays."""
    from importlib import import_module

    from django.apps import apps

    migration = import_module("clinic.migrations.0010_remove_review_stamps_nobody_gave")
    loaded, edited, approved = Department.objects.order_by("pk")[:3]
    day = datetime.date(2026, 6, 1)
    for department in (loaded, edited, approved):
        Department.objects.filter(pk=department.pk).update(last_reviewed=day, next_review_due=day.replace(year=2027))
        department.refresh_from_db()
        department._history_user = None
        department.save()  # as the loader saved it: no user
    edited.last_reviewed = datetime.date(2026, 6, 2)
    edited._history_user = admin_user
    edited.save()  # a person set this date in the admin
    Department.objects.filter(pk=approved.pk).update(reviewed_by=admin_user)
    migration.remove_loader_stamps(apps, None)
    assert Department.objects.get(pk=loaded.pk).last_reviewed is None
    assert Department.objects.get(pk=edited.pk).last_reviewed == datetime.date(2026, 6, 2)
    assert Department.objects.get(pk=approved.pk).last_reviewed == day
    entry = Department.history.filter(id=loaded.pk).order_by("-history_id").first()
    assert entry.history_change_reason == migration.REASON and entry.last_reviewed is None
