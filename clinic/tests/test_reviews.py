"""Review dates: shown to patients, tracked for staff."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from clinic.models import Department, Page, Treatment

pytestmark = pytest.mark.django_db


def test_seed_content_is_reviewed_on_the_day_it_was_loaded():
    today = timezone.localdate()
    for model in (Page, Department, Treatment):
        for obj in model.objects.all():
            assert obj.last_reviewed == today
            assert obj.next_review_due > today


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
