"""Staged changes to live content (content/drafts.py, content/admin_drafts.py): drafts,
preview, compare, sign-off, scheduling, reverts, and edits that never overwrite each other."""

import datetime
import re
import zoneinfo

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from clinic.models import Department, TestGroup
from clinic.tests.factories import PASSWORD, department_form, radiology
from content.drafts import open_draft
from content.models import AuditEntry, Revision
from content.roles import EDITORS, MEDICAL_REVIEWERS, TRANSLATORS
from content.versions import current_version, forget_all

pytestmark = pytest.mark.django_db
SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")


def person(name: str, role: str) -> Client:
    user = get_user_model().objects.create_user(name, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client = Client(headers={"Accept-Language": "en"})
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def editor():
    return person("editor-a", EDITORS)


@pytest.fixture
def reviewer():
    return person("reviewer-r", MEDICAL_REVIEWERS)


def change_url(obj) -> str:
    return reverse(f"admin:clinic_{obj._meta.model_name}_change", args=[obj.pk])


def token(client: Client, obj) -> str:
    html = client.get(change_url(obj)).content.decode()
    return re.search(r'name="_edit_token" value="([^"]+)"', html).group(1)


def public(path: str = "/en/departments/radiology/") -> str:
    return Client().get(path).content.decode()


def save_draft(client: Client, department: Department, **changes):
    data = department_form(department, _edit_token=token(client, department), _save_draft="1", **changes)
    return client.post(change_url(department), data)


def test_a_draft_leaves_the_live_page_as_it_is_until_it_is_published(editor, django_capture_on_commit_callbacks):
    department = radiology()
    before = public()
    response = save_draft(
        editor, department, description_en="A **new** description.", name_ko="영상의학과 (초안)", _reason="Clearer"
    )
    assert response.status_code == 302
    department.refresh_from_db()
    assert department.description_en != "A **new** description." and department.name_ko == "영상의학과"
    assert public() == before  # patients see exactly what they saw
    # The change form shows the draft as it was saved, with its status and links.
    html = editor.get(change_url(department)).content.decode()
    assert "A **new** description." in html and "Unpublished draft" in html
    draft = open_draft(department)
    assert f"/admin/drafts/{draft.pk}/preview/ko/" in html and f"/admin/drafts/{draft.pk}/compare/" in html

    version = current_version()
    with django_capture_on_commit_callbacks(execute=True):  # as its commit would
        assert editor.post(reverse("admin:draft_action", args=[draft.pk, "publish"])).status_code == 302
    assert current_version() > version  # every cached page is out of date at once
    department.refresh_from_db()
    assert department.description_en == "A **new** description." and department.name_ko == "영상의학과 (초안)"
    draft.refresh_from_db()
    assert draft.status == Revision.Status.PUBLISHED and draft.published_by == editor.user
    assert "<strong>new</strong>" in public()
    assert department.history.order_by("-history_id").first().history_change_reason == "Clearer"
    actions = list(AuditEntry.objects.filter(object_id=str(department.pk)).values_list("action", flat=True))
    assert {"draft_saved", "published"} <= set(actions)


def test_preview_shows_the_draft_in_the_page_design_in_each_language_and_changes_nothing(editor):
    department = radiology()
    save_draft(editor, department, description_en="Draft text for patients.", description_ko="초안 설명입니다.")
    draft = open_draft(department)
    english = editor.get(reverse("admin:draft_preview", args=[draft.pk, "en"]))
    korean = editor.get(reverse("admin:draft_preview", args=[draft.pk, "ko"]))
    assert english.status_code == 200 and "Draft text for patients." in english.content.decode()
    assert "초안 설명입니다." in korean.content.decode() and 'lang="ko"' in korean.content.decode()
    assert "no-store" in english["Cache-Control"]
    assert "Draft text for patients." not in public()
    department.refresh_from_db()
    assert department.description_en != "Draft text for patients."
    assert Client().get(reverse("admin:draft_preview", args=[draft.pk, "en"])).status_code == 302  # staff only


def test_preview_works_for_treatments_and_physicians_too(editor):
    from clinic.models import Treatment

    treatment = Treatment.objects.first()
    url = change_url(treatment)
    html = editor.get(url).content.decode()
    data = {
        name: value
        for name, value in re.findall(r'name="([a-z_]+)"[^>]*value="([^"]*)"', html)
        if not name.startswith(("csrf", "_"))
    }
    data.update(re.findall(r'<textarea name="([a-z_]+)"[^>]*>\n?([^<]*)</textarea>', html))
    data |= {
        "name_en": "Octreotide (draft)",
        "is_published": "on",
        "_save_draft": "1",
        "approach": treatment.approach_id,
    }
    data["_edit_token"] = token(editor, treatment)
    assert editor.post(url, data).status_code == 302, editor.post(url, data).content.decode()[:3000]
    draft = open_draft(treatment)
    preview = editor.get(reverse("admin:draft_preview", args=[draft.pk, "en"]))
    assert preview.status_code == 200 and "Octreotide (draft)" in preview.content.decode()


def test_compare_shows_each_changed_field_per_language_with_its_whole_text(editor):
    department = radiology()
    long_text = " ".join(f"word{n}" for n in range(400))
    save_draft(editor, department, description_en=long_text + " END")
    draft = open_draft(department)
    html = editor.get(reverse("admin:draft_compare", args=[draft.pk])).content.decode()
    main = html.split('id="content-main"')[1]
    assert "description [en]</h2>" in main and "[en] [en]" not in main
    assert "word0 " in main and " word200 " in main and "word399 END" in main  # the whole text, not its ends
    assert department.description_en in main  # and the whole live text it replaces
    assert "<ins>" in main and "<del>" in main
    assert "None" not in main
    assert "[ko]" not in html  # the Korean text did not change


def test_with_sign_off_an_editor_cannot_publish_medical_text_and_nobody_approves_their_own(editor, reviewer, settings):
    settings.CONTENT_APPROVAL_REQUIRED = True
    department = radiology()
    html = editor.get(change_url(department)).content.decode()
    assert 'name="_save"' not in html  # no "Save and publish"
    # Even a direct save becomes a draft.
    editor.post(change_url(department), department_form(department, name_en="Radiology (new)", _save="1"))
    department.refresh_from_db()
    assert department.name_en == "Radiology"
    draft = open_draft(department)
    editor.post(reverse("admin:draft_action", args=[draft.pk, "submit"]))
    draft.refresh_from_db()
    assert draft.status == Revision.Status.SUBMITTED
    editor.post(reverse("admin:draft_action", args=[draft.pk, "publish"]))
    editor.post(reverse("admin:draft_action", args=[draft.pk, "approve"]))
    department.refresh_from_db()
    assert department.name_en == "Radiology"  # the editor could not

    # A reviewer who edited the draft may not approve it either.
    reviewer_two = person("reviewer-s", MEDICAL_REVIEWERS)
    reviewer_two.post(
        change_url(department),
        department_form(
            department, name_en="Radiology (new)", _save_draft="1", _edit_token=token(reviewer_two, department)
        ),
    )
    reviewer_two.post(reverse("admin:draft_action", args=[draft.pk, "approve"]))
    department.refresh_from_db()
    assert department.name_en == "Radiology"

    # Changed after it was submitted, it is a draft again: approval is of the text read.
    draft.refresh_from_db()
    assert draft.status == Revision.Status.DRAFT
    reviewer.post(reverse("admin:draft_action", args=[draft.pk, "approve"]))
    department.refresh_from_db()
    assert department.name_en == "Radiology"
    editor.post(reverse("admin:draft_action", args=[draft.pk, "submit"]))
    reviewer.post(reverse("admin:draft_action", args=[draft.pk, "approve"]))
    department.refresh_from_db()
    assert department.name_en == "Radiology (new)"
    today = datetime.datetime.now(SEOUL).date()
    assert department.last_reviewed == today and department.reviewed_by == reviewer.user
    assert department.next_review_due == today + datetime.timedelta(days=settings.REVIEW_INTERVAL_DAYS)


def test_a_reviewer_sends_a_draft_back_with_a_comment_that_the_author_sees(editor, reviewer, settings):
    settings.CONTENT_APPROVAL_REQUIRED = True
    department = radiology()
    save_draft(editor, department, name_en="Radiology!!")
    draft = open_draft(department)
    editor.post(reverse("admin:draft_action", args=[draft.pk, "submit"]))
    assert (
        reviewer.post(reverse("admin:draft_action", args=[draft.pk, "send-back"]), {"comment": ""}).status_code == 302
    )
    draft.refresh_from_db()
    assert draft.status == Revision.Status.SUBMITTED  # a comment is needed
    reviewer.post(reverse("admin:draft_action", args=[draft.pk, "send-back"]), {"comment": "No exclamation marks."})
    draft.refresh_from_db()
    assert draft.status == Revision.Status.SENT_BACK
    assert "No exclamation marks." in editor.get(change_url(department)).content.decode()


def test_inline_changes_are_part_of_the_draft(editor):
    group = TestGroup.objects.filter(tests__isnull=False).first()
    url = change_url(group)
    html = editor.get(url).content.decode()
    test = group.tests.first()
    fields = dict(re.findall(r'name="([\w-]+)"[^>]*value="([^"]*)"', html))
    fields.update(re.findall(r'<textarea name="([\w-]+)"[^>]*>\n?([^<]*)</textarea>', html))
    data = {k: v for k, v in fields.items() if not k.startswith("csrf")}
    data = {k: v for k, v in data.items() if not k.endswith("-DELETE") and not k.endswith("is_published")}
    for key in list(data):
        if key.startswith("tests-") and key.endswith("-id") and data[key] == str(test.pk):
            prefix = key[: -len("id")]
    data[f"{prefix}name_en"] = "Changed in the draft"
    data["is_published"] = "on"
    data["_save_draft"] = "1"
    response = editor.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    test.refresh_from_db()
    assert test.name_en != "Changed in the draft"
    assert "Changed in the draft" in editor.get(url).content.decode()  # reopened with the draft's inline
    draft = open_draft(group)
    editor.post(reverse("admin:draft_action", args=[draft.pk, "publish"]))
    test.refresh_from_db()
    assert test.name_en == "Changed in the draft"


def test_a_revert_from_history_is_a_draft_subject_to_the_same_rules(settings):
    settings.CONTENT_APPROVAL_REQUIRED = True
    translator = person("translator-t", TRANSLATORS)
    department = radiology()
    department.name_en = "Radiology (renamed)"
    department.save()
    first = department.history.order_by("history_id").first()
    url = reverse("admin:clinic_department_simple_history", args=[department.pk, first.history_id])
    assert translator.get(url).status_code == 200  # no KeyError: 'slug' for a translator
    html = translator.get(url).content.decode()
    data = dict(re.findall(r'name="([a-z_]+)"[^>]*value="([^"]*)"', html))
    data.update(re.findall(r'<textarea name="([a-z_]+)"[^>]*>\n?([^<]*)</textarea>', html))
    data.pop("csrfmiddlewaretoken", None)
    assert translator.post(url, data).status_code == 302
    department.refresh_from_db()
    assert department.name_en == "Radiology (renamed)"  # not live
    assert open_draft(department) is not None


def test_the_publish_scheduled_command_publishes_what_is_due(editor, capsys):
    department = radiology()
    save_draft(editor, department, name_en="Radiology (scheduled)")
    draft = open_draft(department)
    editor.post(reverse("admin:draft_action", args=[draft.pk, "schedule"]), {"go_live_at": "2027-01-01T09:00"})
    with time_machine.travel(datetime.datetime(2027, 1, 1, 9, 1, tzinfo=SEOUL), tick=False):
        call_command("publish_scheduled")
    assert "Radiology (scheduled): published" in capsys.readouterr().out
    department.refresh_from_db()
    assert department.name_en == "Radiology (scheduled)"


def test_a_new_item_from_someone_who_may_not_publish_starts_unpublished(settings):
    settings.CONTENT_APPROVAL_REQUIRED = True
    reviewer = person("reviewer-n", MEDICAL_REVIEWERS)
    reviewer.user.user_permissions.add(*Group.objects.get(name=EDITORS).permissions.filter(codename="add_glossaryterm"))
    response = reviewer.post(
        reverse("admin:clinic_glossaryterm_add"),
        {
            "term_ko": "새 용어",
            "term_en": "New term",
            "slug": "new-term",
            "definition_ko": "정의",
            "definition_en": "A definition.",
            "last_reviewed": "2026-06-15",
            "next_review_due": "2027-06-15",
            "order": 0,
            "is_published": "on",
        },
    )
    assert response.status_code == 302
    from clinic.models import GlossaryTerm

    assert GlossaryTerm.objects.get(slug="new-term").is_published is False


def test_draft_images_are_not_public(client):
    assert client.get("/media/drafts/anything.jpg").status_code == 404


def test_the_audit_log_records_sign_ins_and_cannot_be_changed_from_the_admin(admin_client):
    client = Client()
    client.post(reverse("admin:login"), {"username": "nobody", "password": "wrong", "next": "/admin/"})
    assert AuditEntry.objects.filter(action="sign_in_failed", actor_name="nobody").exists()
    listing = admin_client.get(reverse("admin:content_auditentry_changelist"))
    assert listing.status_code == 200 and "nobody" in listing.content.decode()
    entry = AuditEntry.objects.first()
    assert admin_client.get(reverse("admin:content_auditentry_add")).status_code == 403
    assert (
        admin_client.post(reverse("admin:content_auditentry_delete", args=[entry.pk]), {"post": "yes"}).status_code
        == 403
    )
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on the loopback (aiosmtpd), and the site's mail sent to it."""
    from content.testing.smtp import smtp_server

    controller, handler = smtp_server(settings)
    controller.start()
    yield handler
    controller.stop()


def test_reviewers_and_authors_get_email_through_a_real_smtp_server(
    editor, reviewer, settings, smtp_server, django_capture_on_commit_callbacks
):
    settings.CONTENT_APPROVAL_REQUIRED = True
    get_user_model().objects.filter(pk__in=[editor.user.pk, reviewer.user.pk]).update(email="")
    editor.user.email, reviewer.user.email = "author@example.org", "reviewer@example.org"
    editor.user.save()
    reviewer.user.save()
    department = radiology()
    save_draft(editor, department, name_en="Radiology (mail)")
    draft = open_draft(department)
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(reverse("admin:draft_action", args=[draft.pk, "submit"]))
    with django_capture_on_commit_callbacks(execute=True):
        reviewer.post(reverse("admin:draft_action", args=[draft.pk, "send-back"]), {"comment": "Please cite the seed."})
    save_draft(editor, department, name_en="Radiology (mail 2)")
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(reverse("admin:draft_action", args=[draft.pk, "submit"]))
    with django_capture_on_commit_callbacks(execute=True):
        reviewer.post(reverse("admin:draft_action", args=[draft.pk, "approve"]))
    sent = [(to, body) for to, body in smtp_server.messages]
    assert [to for to, _body in sent] == [
        ["reviewer@example.org"],
        ["author@example.org"],
        ["reviewer@example.org"],
        ["author@example.org"],
    ]
    assert "Review requested" in sent[0][1] and f"/admin/clinic/department/{department.pk}/change/" in sent[0][1]
    assert "Please cite the seed." in sent[1][1]
    assert "Approved and published" in sent[3][1]


def test_the_admin_home_shows_what_waits_for_each_person(editor, reviewer, settings):
    settings.CONTENT_APPROVAL_REQUIRED = True
    department = radiology()
    save_draft(editor, department, name_en="Radiology (waiting)")
    draft = open_draft(department)
    assert "Your open drafts" in editor.get(reverse("admin:index")).content.decode()
    editor.post(reverse("admin:draft_action", args=[draft.pk, "submit"]))
    home = reviewer.get(reverse("admin:index")).content.decode()
    assert "Drafts awaiting your review" in home and change_url(department) in home
    assert "Drafts awaiting your review" not in editor.get(reverse("admin:index")).content.decode()
    reviewer.post(reverse("admin:draft_action", args=[draft.pk, "send-back"]), {"comment": "Shorter, please."})
    home = editor.get(reverse("admin:index")).content.decode()
    assert "Your drafts sent back" in home and "Shorter, please." in home


def test_reviewed_by_shows_on_the_page_and_in_json_ld_only_when_the_site_says_so(editor, reviewer, settings):
    from clinic.models import Clinic

    settings.CONTENT_APPROVAL_REQUIRED = True
    reviewer.user.first_name, reviewer.user.last_name = "Min", "Kim"
    reviewer.user.save()
    department = radiology()
    save_draft(editor, department, name_en="Radiology (reviewed)")
    draft = open_draft(department)
    editor.post(reverse("admin:draft_action", args=[draft.pk, "submit"]))
    reviewer.post(reverse("admin:draft_action", args=[draft.pk, "approve"]))
    cache.clear()
    forget_all()
    page = public()
    assert "Radiology (reviewed)" in page and "Reviewed by" not in page and '"reviewedBy"' not in page
    assert f'"lastReviewed": "{datetime.datetime.now(SEOUL).date().isoformat()}"' in page
    clinic = Clinic.get_solo()
    clinic.show_reviewed_by = True
    clinic.save()
    cache.clear()
    forget_all()
    page = public()
    assert "Reviewed by Min Kim." in page
    assert '"reviewedBy": {"@type": "Person", "name": "Min Kim"}' in page


def test_with_sign_off_review_dates_are_the_approval_and_not_typed(editor, settings):
    settings.CONTENT_APPROVAL_REQUIRED = True
    html = editor.get(change_url(radiology())).content.decode()
    assert 'name="last_reviewed"' not in html and 'name="next_review_due"' not in html


def test_a_direct_text_change_drops_the_old_reviewer_stamp(admin_client, reviewer):
    department = radiology()
    Department.objects.filter(pk=department.pk).update(reviewed_by=reviewer.user)
    department.refresh_from_db()
    admin_client.post(change_url(department), department_form(department, summary_en="New words.", _save="1"))
    department.refresh_from_db()
    assert department.summary_en == "New words." and department.reviewed_by is None


def test_the_form_says_who_else_has_the_item_open(editor):
    department = radiology()
    second = person("editor-c", EDITORS)
    editor.get(change_url(department))
    html = second.get(change_url(department)).content.decode()
    assert "editor-a also opened this item in the last 10 minutes" in html


def test_restoring_a_deleted_item_brings_back_its_links_and_the_children_deleted_with_it(admin_client):
    from clinic.models import Physician

    departments = list(Department.objects.all()[:2])
    physician = Physician.objects.create(name_ko="김의사", name_en="Dr Kim")
    physician.departments.set(departments)
    physician.save()  # the history keeps the links
    group = TestGroup.objects.filter(tests__isnull=False).first()
    tests = sorted(group.tests.values_list("pk", flat=True))
    admin_client.post(reverse("admin:clinic_physician_delete", args=[physician.pk]), {"post": "yes"})
    admin_client.post(reverse("admin:clinic_testgroup_delete", args=[group.pk]), {"post": "yes"})
    assert not TestGroup.objects.filter(pk=group.pk).exists()
    for model, pk in ((Physician, physician.pk), (TestGroup, group.pk)):
        record = model.history.filter(id=pk, history_type="-").first()
        admin_client.post(
            reverse("admin:deleted_items"), {"model": model._meta.label_lower, "history_id": record.history_id}
        )
    restored = Physician.objects.get(pk=physician.pk)
    assert sorted(restored.departments.values_list("pk", flat=True)) == sorted(d.pk for d in departments)
    assert sorted(TestGroup.objects.get(pk=group.pk).tests.values_list("pk", flat=True)) == tests
    actions = set(AuditEntry.objects.filter(object_id=str(group.pk)).values_list("action", flat=True))
    assert {"deleted", "restored"} <= actions


def test_the_history_speaks_the_admins_language_and_compares_any_two_versions(admin_client):
    department = radiology()
    department.description_en = "First version. " + " ".join(f"w{n}" for n in range(300))
    department.save()
    department.description_en = department.description_en.replace("w150", "CHANGED")
    department.save()
    admin_client.post(reverse("set_language"), {"language": "ko", "next": "/admin/"})
    history = admin_client.get(reverse("admin:clinic_department_history", args=[department.pk])).content.decode()
    for english in ("Choose a date", "Changed by", "Revert", "Historical"):
        assert english not in history
    assert "두 버전 비교" in history and "수정" in history
    newer, older = department.history.order_by("-history_id")[:2]
    url = reverse("admin:history_compare", args=["clinic.department", department.pk])
    compared = admin_client.get(url, {"a": older.history_id, "b": newer.history_id}).content.decode()
    main = compared.split('id="content-main"')[1]
    assert "<del>w150</del>" in main and "<ins>CHANGED</ins>" in main
    assert "w0 " in main and "w299" in main and "None" not in main
    assert admin_client.get(url, {"a": "x"}).status_code == 302  # a clear message, not a 500
    version = admin_client.get(
        reverse("admin:clinic_department_simple_history", args=[department.pk, older.history_id])
    )
    assert "이 버전을 초안으로 만들기" in version.content.decode()


def test_a_change_in_one_language_marks_the_other_out_of_date_until_a_translator_sees_to_it(admin_client):
    department = radiology()
    department.description_ko = "새로 고친 한국어 설명."
    department.save()
    status = reverse("admin:translation_status")
    html = admin_client.get(status, headers={"Accept-Language": "en"}).content.decode()
    assert 'name="field" value="description_en"' in html and "Still correct" in html
    translator = person("translator-f", TRANSLATORS)
    translator.post(status, {"model": "clinic.department", "object_id": department.pk, "field": "description_en"})
    assert 'name="field" value="description_en"' not in admin_client.get(status).content.decode()
    # Updating the other language clears the mark too; changing both marks nothing.
    department.description_en = "Changed English."
    department.save()
    department.name_ko, department.name_en = "영상의학과 2", "Radiology 2"
    department.save()
    assert 'name="field" value="name_' not in admin_client.get(status).content.decode()
    assert admin_client.post(status, {"model": "nope.nope", "object_id": "x"}).status_code == 302


def test_the_preview_says_it_is_an_unpublished_draft_and_korean_says_so_as_비공개(editor):
    department = radiology()
    save_draft(editor, department, description_en="Preview banner text.")
    draft = open_draft(department)
    html = editor.get(reverse("admin:draft_preview", args=[draft.pk, "en"])).content.decode()
    assert "Preview of an unpublished draft" in html and f'href="{change_url(department)}"' in html
    korean_client = Client()
    korean_client.force_login(editor.user)
    korean_client.post(reverse("set_language"), {"language": "ko", "next": "/admin/"})
    korean = korean_client.get(change_url(department)).content.decode()
    assert "비공개 초안" in korean and "임시 저장" not in korean


def test_a_schedule_can_be_taken_back_and_every_draft_is_listed(editor):
    department = radiology()
    save_draft(editor, department, name_en="Radiology (later)")
    draft = open_draft(department)
    editor.post(reverse("admin:draft_action", args=[draft.pk, "schedule"]), {"go_live_at": "2027-01-01 09:00"})
    draft.refresh_from_db()
    assert draft.status == Revision.Status.SCHEDULED
    editor.post(reverse("admin:draft_action", args=[draft.pk, "unschedule"]))
    draft.refresh_from_db()
    assert (draft.status, draft.go_live_at) == (Revision.Status.DRAFT, None)
    listing = editor.get(reverse("admin:content_revision_changelist")).content.decode()
    assert "Radiology" in listing and f'href="{change_url(department)}"' in listing
    assert "Sessions" not in listing and "access attempt" not in listing  # only the kinds that have drafts
    assert editor.get(reverse("admin:content_revision_add")).status_code == 403


@pytest.mark.usefixtures("media_root")
def test_a_published_draft_leaves_no_image_behind_in_the_drafts_folder(editor, django_capture_on_commit_callbacks):
    from django.core.files.storage import default_storage

    from content.testing.images import image_bytes, upload

    department = radiology()
    data = department_form(
        department,
        image_alt_ko="장비",
        image_alt_en="Equipment",
        _save_draft="1",
        _edit_token=token(editor, department),
    )
    data["image"] = upload(image_bytes(size=(900, 600)), "equipment.jpg")
    editor.post(change_url(department), data)
    draft = open_draft(department)
    (stored,) = draft.files.values()
    assert default_storage.exists(stored)
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(reverse("admin:draft_action", args=[draft.pk, "publish"]))
    department.refresh_from_db()
    assert department.image and not default_storage.exists(stored)
