"""The paths beside a draft's: schedules in the past, who may discard, a discarded draft
brought back, the audit log's record of what changed, preview links, the history screens."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from clinic.tests.factories import radiology
from content.admin import AuditEntryAdmin
from content.drafts import DISCARDED_DAYS, open_draft, purge_discarded
from content.models import AuditEntry, Revision
from content.roles import ADMINISTRATORS, EDITORS, MEDICAL_REVIEWERS, TRANSLATORS
from content.testing.forms import opened, save
from content.testing.people import person

pytestmark = pytest.mark.django_db


@pytest.fixture
def sign_off(settings):
    settings.CONTENT_APPROVAL_REQUIRED = True


def draft_by(client, **changes) -> Revision:
    department = radiology()
    save(client, department, opened(client, department), "_save_draft", **changes)
    return open_draft(department)


def act(client, draft: Revision, action: str, **data):
    return client.post(reverse("admin:draft_action", args=[draft.pk, action]), data, follow=True)


def test_approve_and_schedule_with_a_time_already_past_is_refused_with_a_message(sign_off):
    editor, reviewer = person("editor-a", EDITORS), person("reviewer-r", MEDICAL_REVIEWERS)
    draft = draft_by(editor, summary_en="Scheduled text.")
    act(editor, draft, "submit")
    past = timezone.localtime() - datetime.timedelta(hours=1)
    response = act(reviewer, draft, "schedule", go_live_at=f"{past:%Y-%m-%d %H:%M}")
    assert "has already passed" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Revision.Status.SUBMITTED and radiology().summary_en != "Scheduled text."


def test_scheduling_without_sign_off_refuses_a_past_time_too(settings):
    editor = person("editor-a", EDITORS)
    draft = draft_by(editor, summary_en="Scheduled text.")
    past = timezone.localtime() - datetime.timedelta(minutes=5)
    assert "has already passed" in act(editor, draft, "schedule", go_live_at=f"{past:%Y-%m-%d %H:%M}").content.decode()
    assert radiology().summary_en != "Scheduled text."


@pytest.mark.parametrize(
    ("role", "allowed"),
    [(TRANSLATORS, False), (EDITORS, False), (MEDICAL_REVIEWERS, True), (ADMINISTRATORS, True)],
)
def test_only_the_author_a_reviewer_of_its_kind_or_an_administrator_may_discard(sign_off, role, allowed):
    author = person("editor-a", EDITORS)
    draft = draft_by(author, summary_en="The author's text.")
    other = person("someone", role)
    act(other, draft, "discard")
    draft.refresh_from_db()
    assert (draft.status == Revision.Status.DISCARDED) is allowed
    if not allowed:
        act(author, draft, "discard")
        draft.refresh_from_db()
        assert draft.status == Revision.Status.DISCARDED


def test_a_discarded_draft_can_be_read_and_brought_back_for_30_days_then_is_gone(sign_off):
    author = person("editor-a", EDITORS)
    draft = draft_by(author, summary_en="Worth keeping after all.")
    act(author, draft, "discard")
    page = author.get(reverse("admin:content_revision_change", args=[draft.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Worth keeping after all." in html and "Bring the draft back" in html
    entry = AuditEntry.objects.filter(action="discarded").get()
    assert "Data: {" not in entry.reason and "form-TOTAL_FORMS" not in entry.reason
    act(author, draft, "bring-back")
    draft.refresh_from_db()
    assert draft.status == Revision.Status.DRAFT and open_draft(radiology()) == draft
    act(author, draft, "discard")
    long_ago = timezone.now() - datetime.timedelta(days=DISCARDED_DAYS + 1)
    Revision.objects.filter(pk=draft.pk).update(updated_at=long_ago)  # discarded 31 days ago
    assert "more than 30 days" in act(author, draft, "bring-back").content.decode()
    assert purge_discarded() == 1
    assert not Revision.objects.filter(pk=draft.pk).exists()


def test_the_audit_log_says_which_fields_changed_with_both_texts_in_the_admins_language(settings):
    editor = person("editor-a", EDITORS)
    department = radiology()
    old = department.summary_en
    save(editor, department, opened(editor, department), summary_en="A clearer summary.")
    entry = AuditEntry.objects.filter(action="changed", object_id=str(department.pk)).latest("pk")
    assert entry.changes == [{"field": "summary_en", "before": old, "after": "A clearer summary."}]
    editor.post(reverse("admin:logout"))
    admin = person("admin-k", ADMINISTRATORS)
    admin.user.is_superuser = True
    admin.user.save()
    korean = admin.get(reverse("admin:content_auditentry_changelist"), headers={"Accept-Language": "ko"})
    html = korean.content.decode()
    rows = html.split('id="result_list"')[1].split("</table>")[0]
    assert "수정함" in rows and ">changed<" not in rows and ">draft_saved<" not in rows  # no action codes
    with translation.override("ko"):
        assert AuditEntryAdmin.what(None, entry) == "수정함"
    detail = admin.get(reverse("admin:content_auditentry_change", args=[entry.pk])).content.decode()
    assert "A clearer summary." in detail and old[:40] in detail


def test_a_requests_audit_entry_names_the_fields_never_their_text():
    from content import audit

    class Personal:
        holds_personal_data = True

    assert audit.field_texts(Personal()) == {}


def test_preview_language_links_lead_to_the_other_languages_preview(sign_off):
    editor = person("editor-a", EDITORS)
    draft = draft_by(editor, summary_en="Preview me.")
    html = editor.get(reverse("admin:draft_preview", args=[draft.pk, "en"])).content.decode()
    assert f'href="/admin/drafts/{draft.pk}/preview/ko/"' in html


def test_the_history_and_revert_screens_read_in_korean(sign_off):
    editor = person("editor-a", EDITORS)
    department = radiology()
    record = department.history.order_by("history_id").first()
    headers = {"Accept-Language": "ko"}
    history = editor.get(reverse("admin:clinic_department_history", args=[department.pk]), headers=headers)
    revert = editor.get(
        reverse("admin:clinic_department_simple_history", args=[department.pk, record.history_id]), headers=headers
    )
    for page in (history, revert):
        html = page.content.decode()
        assert page.status_code == 200
        for english in ("Revert ", "Historical ", "Change history", "Press the", ">Object<", "Date/time"):
            assert english not in html, english


def test_a_scheduled_draft_changed_after_approval_needs_approval_again(sign_off):
    from content.drafts import publish_due

    editor, reviewer = person("editor-a", EDITORS), person("reviewer-r", MEDICAL_REVIEWERS)
    draft = draft_by(editor, summary_en="Approved text.")
    act(editor, draft, "submit")
    later = timezone.localtime() + datetime.timedelta(hours=1)
    act(reviewer, draft, "schedule", go_live_at=f"{later:%Y-%m-%d %H:%M}")
    draft.refresh_from_db()
    assert draft.status == Revision.Status.SCHEDULED
    department = radiology()
    save(editor, department, opened(editor, department), "_save_draft", summary_en="UNAPPROVED text.")
    draft.refresh_from_db()
    assert draft.status == Revision.Status.DRAFT and draft.go_live_at is None and draft.reviewed_by is None
    Revision.objects.filter(pk=draft.pk).update(go_live_at=timezone.now())  # even if the time came
    publish_due()
    assert radiology().summary_en != "UNAPPROVED text."


def test_a_draft_cannot_be_approved_before_it_is_submitted(sign_off):
    editor, reviewer = person("editor-a", EDITORS), person("reviewer-r", MEDICAL_REVIEWERS)
    draft = draft_by(editor, summary_en="Half-written.")
    act(reviewer, draft, "approve")
    assert radiology().summary_en != "Half-written."


def test_a_draft_keeps_only_the_files_its_form_has_fields_for(sign_off, media_root):
    from django.core.files.uploadedfile import SimpleUploadedFile

    translator = person("translator-t", TRANSLATORS)
    department = radiology()
    form = opened(translator, department)
    planted = SimpleUploadedFile("evil.html", b"<script src=/media/drafts/evil.js></script>", "text/html")
    response = translator.post(
        reverse("admin:clinic_department_change", args=[department.pk]),
        {**form, "summary_en": ["Translated."], "_save_draft": ["1"], "anything": planted},
    )
    assert response.status_code == 302
    assert open_draft(department).files == {}
