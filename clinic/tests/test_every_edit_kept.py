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


def index_of(form: dict, child) -> str:
    return next(key for key, value in form.items() if key.endswith("-id") and value == [str(child.pk)]).split("-")[-2]


def test_a_child_changed_on_its_own_page_is_kept_by_a_stale_form_of_its_parent(editors):
    a, b = editors
    page = nets_page()
    section = page.sections.order_by("order", "pk").first()
    parent_form = opened(b, page)
    save(a, section, opened(a, section), body_en="A's section text, on the section's own page.")
    response = save(b, page, parent_form, lead_en="B's lead.")
    assert response.status_code == 302, response.content.decode()[:2000]
    section.refresh_from_db()
    page.refresh_from_db()
    assert section.body_en == "A's section text, on the section's own page." and page.lead_en == "B's lead."


def test_a_child_changed_on_its_own_page_is_kept_when_an_older_draft_of_its_parent_is_published(editors, settings):
    a, b = editors
    page = nets_page()
    section = page.sections.order_by("order", "pk").first()
    save(b, page, opened(b, page), "_save_draft", lead_en="B's drafted lead.")
    save(a, section, opened(a, section), body_en="A's live section text.")
    assert b.post(reverse("admin:draft_action", args=[open_draft(page).pk, "publish"])).status_code == 302
    section.refresh_from_db()
    page.refresh_from_db()
    assert section.body_en == "A's live section text." and page.lead_en == "B's drafted lead."


@pytest.mark.parametrize("approval", [False, True], ids=["live", "drafts"])
def test_two_people_who_each_add_a_row_keep_both(editors, settings, approval):
    settings.CONTENT_APPROVAL_REQUIRED = approval
    a, b = editors
    page = nets_page()
    before = page.sections.count()
    form_a, form_b = opened(a, page), opened(b, page)
    row = {"title_ko": "새 절", "body_ko": "본문", "order": "90", "is_published": "on"}
    button = "_save_draft" if approval else "_save"
    first = a.post(url(page), {**with_new_row(form_a, title_en="A's new section", **row), button: ["1"]})
    assert first.status_code == 302
    response = b.post(url(page), {**with_new_row(form_b, title_en="B's new section", **row), button: ["1"]})
    assert response.status_code == 302, response.content.decode()[:2000]
    if approval:
        draft = open_draft(page)
        titles = {values[0] for key, values in draft.data.items() if key.endswith("-title_en")}
        assert {"A's new section", "B's new section"} <= titles
        reviewer = person("reviewer-r", MEDICAL_REVIEWERS)
        act(a, draft, "submit")
        act(reviewer, draft, "approve")
    titles = set(page.sections.values_list("title_en", flat=True))
    assert {"A's new section", "B's new section"} <= titles and page.sections.count() == before + 2


def test_deleting_a_row_someone_else_changed_meanwhile_asks_first(editors):
    a, b = editors
    page = nets_page()
    section = page.sections.order_by("order", "pk").first()
    form_a, form_b = opened(a, page), opened(b, page)
    index = index_of(form_a, section)
    prefix = prefix_of(form_a)
    save(a, page, form_a, **{f"{prefix}-{index}-body_en": "A's rewritten section."})
    shown = b.post(url(page), {**form_b, f"{prefix}-{index}-DELETE": ["on"], "_save": ["1"]})
    html = shown.content.decode()
    assert shown.status_code == 200 and "A&#x27;s rewritten section." in html and "deleted on one side" in html
    assert Section.objects.filter(pk=section.pk, body_en="A's rewritten section.").exists()
    # B deletes it knowingly.
    delete = choice(html, f"{prefix}-{index}-DELETE", "mine")
    assert b.post(url(page), {**change_form_data(html), **delete, "_save": ["1"]}).status_code == 302
    assert not Section.objects.filter(pk=section.pk).exists()


def test_a_row_someone_deleted_while_another_changed_it_comes_back_whole_if_chosen(editors):
    a, b = editors
    page = nets_page()
    section = page.sections.order_by("order", "pk").first()
    title_ko, title_en, body_ko = section.title_ko, section.title_en, section.body_ko
    form_a, form_b = opened(a, page), opened(b, page)
    prefix, index = prefix_of(form_a), index_of(form_a, section)
    assert a.post(url(page), {**form_a, f"{prefix}-{index}-DELETE": ["on"], "_save": ["1"]}).status_code == 302
    assert not Section.objects.filter(pk=section.pk).exists()
    html = save(b, page, form_b, **{f"{prefix}-{index}-body_en": "B's correction."}).content.decode()
    assert "deleted on one side" in html
    keep = choice(html, f"{prefix}-{index}-DELETE", "mine")
    response = b.post(url(page), {**change_form_data(html), **keep, "_save": ["1"]})
    assert response.status_code == 302, response.content.decode()[:2000]
    back = page.sections.get(body_en="B's correction.")
    assert (back.title_ko, back.title_en, back.body_ko) == (title_ko, title_en, body_ko)  # every field, not only B's
