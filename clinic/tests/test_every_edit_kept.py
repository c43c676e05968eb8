"""The holes beside the merge's main path: rows a draft adds or deletes survive an
approver who could not add or delete them; a child edited on its own page is not
overwritten by its parent's form; a form posted without its token is merged; a choice
between two texts holds only for the text that was shown; rows both people add are both
kept; a child's review dates are the reviewer's only."""

import pytest
from django.urls import reverse

from clinic.models import Department, Page, Physician, Section, TestGroup
from clinic.tests.factories import radiology
from content.drafts import open_draft
from content.models import Revision
from content.roles import EDITORS, MEDICAL_REVIEWERS
from content.testing.forms import change_form_data, choice, opened, save
from content.testing.forms import change_url as url
from content.testing.people import person

pytestmark = pytest.mark.django_db


@pytest.fixture
def sign_off(settings):
    settings.CONTENT_APPROVAL_REQUIRED = True


def prefix_of(form: dict) -> str:
    return next(key for key in form if key.endswith("-TOTAL_FORMS")).rsplit("-", 1)[0]


def with_new_row(form: dict, **fields) -> dict:
    """The form with one more inline row, filled as a person would."""
    prefix = prefix_of(form)
    index = int(form[f"{prefix}-TOTAL_FORMS"][0])
    added = {f"{prefix}-{index}-{name}": [value] for name, value in fields.items()}
    return {**form, **added, f"{prefix}-TOTAL_FORMS": [str(index + 1)]}


def act(client, draft: Revision, action: str):
    return client.post(reverse("admin:draft_action", args=[draft.pk, action]), {}, follow=True)


def nets_page() -> Page:
    return Page.objects.filter(sections__isnull=False).distinct().order_by("pk").first()


def test_a_reviewers_approval_adds_and_deletes_the_rows_the_draft_adds_and_deletes(sign_off):
    editor, reviewer = person("editor-a", EDITORS), person("reviewer-r", MEDICAL_REVIEWERS)
    page = nets_page()
    doomed = page.sections.order_by("order", "pk").first()
    form = opened(editor, page)
    prefix = prefix_of(form)
    index = next(k for k, v in form.items() if k.endswith("-id") and v == [str(doomed.pk)]).split("-")[-2]
    form[f"{prefix}-{index}-DELETE"] = ["on"]
    form = with_new_row(
        form,
        title_ko="새 절",
        title_en="A new section",
        body_ko="본문",
        body_en="Its text.",
        order="90",
        is_published="on",
    )
    response = editor.post(url(page), {**form, "_submit": ["1"]})
    assert response.status_code == 302, response.content.decode()[:2000]
    draft = open_draft(page)
    assert draft.status == Revision.Status.SUBMITTED
    assert not Section.objects.filter(title_en="A new section").exists()  # not before approval
    assert not reviewer.user.has_perm("clinic.add_section") and not reviewer.user.has_perm("clinic.delete_section")
    act(reviewer, draft, "approve")
    draft.refresh_from_db()
    assert draft.status == Revision.Status.PUBLISHED
    assert Section.objects.filter(page=page, title_en="A new section", body_en="Its text.").exists()
    assert not Section.objects.filter(pk=doomed.pk).exists()


def test_a_childs_review_dates_are_read_only_in_its_parents_form_and_stamped_on_approval(sign_off):
    editor, reviewer = person("editor-a", EDITORS), person("reviewer-r", MEDICAL_REVIEWERS)
    group = TestGroup.objects.filter(tests__isnull=False).distinct().first()
    test = group.tests.order_by("order", "pk").first()
    form = opened(editor, group)
    prefix = prefix_of(form)
    assert not any(key.startswith(prefix) and key.endswith(("last_reviewed", "next_review_due")) for key in form)
    # A review date typed into the form anyway changes nothing.
    forged = {f"{prefix}-0-last_reviewed": ["2099-01-01"], f"{prefix}-0-next_review_due": ["2099-12-31"]}
    assert form[f"{prefix}-0-id"] == [str(test.pk)]
    save(editor, group, {**form, **forged}, "_submit", **{f"{prefix}-0-description_en": "Checked text."})
    act(reviewer, open_draft(group), "approve")
    test.refresh_from_db()
    assert test.description_en == "Checked text."
    assert test.reviewed_by == reviewer.user
    assert test.last_reviewed.year != 2099 and test.next_review_due.year != 2099


@pytest.fixture
def editors():
    return person("editor-a", EDITORS), person("editor-b", EDITORS)


def test_a_form_posted_without_its_token_is_merged_not_replayed(editors):
    a, b = editors
    department = radiology()
    form_a, form_b = opened(a, department), opened(b, department)
    save(a, department, form_a, summary_en="A's summary.")
    del form_b["_edit_token"]
    assert save(b, department, form_b, description_en="B's description.").status_code == 302
    department.refresh_from_db()
    assert department.summary_en == "A's summary." and department.description_en == "B's description."


def test_a_choice_made_beside_an_older_text_of_theirs_does_not_hold_for_a_newer_one(editors):
    a, b = editors
    department = radiology()
    form_a, form_b = opened(a, department), opened(b, department)
    save(a, department, form_a, summary_en="A's first summary.")
    shown = save(b, department, form_b, summary_en="B's summary.").content.decode()
    assert "A&#x27;s first summary." in shown
    mine = choice(shown, "summary_en", "mine")
    # A saves again before B chooses: B never saw this text.
    save(a, department, opened(a, department), summary_en="A's second summary.")
    again = b.post(url(department), {**change_form_data(shown), **mine, "_save": ["1"]})
    assert again.status_code == 200 and "A&#x27;s second summary." in again.content.decode()
    department.refresh_from_db()
    assert department.summary_en == "A's second summary."
    # Chosen beside the text now shown, it holds.
    final = {**change_form_data(again.content.decode()), **choice(again.content.decode(), "summary_en", "mine")}
    assert b.post(url(department), {**final, "_save": ["1"]}).status_code == 302
    department.refresh_from_db()
    assert department.summary_en == "B's summary."


def test_line_ends_and_a_many_to_many_choice_are_no_false_conflict(editors):
    """A browser posts CRLF; the admin wraps a multiple choice in its "+" widget: neither
    makes an unchanged field look changed."""
    a, b = editors
    physician = Physician.objects.create(
        name_ko="시험", name_en="A test physician", biography_en="First line.\nSecond."
    )
    physician.departments.set(Department.objects.order_by("pk")[:2])
    form_a, form_b = opened(a, physician), opened(b, physician)
    assert save(a, physician, form_a, biography_en="A's biography.\nIn two lines.").status_code == 302
    crlf = {
        "biography_en": [form_b["biography_en"][0].replace("\n", "\r\n")],
        "departments": form_b["departments"][::-1],
    }
    response = save(b, physician, {**form_b, **crlf}, position_en="B's position.")
    assert response.status_code == 302, "a false conflict: the form came back"
    physician.refresh_from_db()
    assert physician.biography_en == "A's biography.\nIn two lines." and physician.position_en == "B's position."
