"""Two people editing one item: a save on a form opened before someone else's save is
merged field by field (content/merge.py), never replayed over theirs; fields both
changed are shown with both texts and saved only when the person chooses."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from clinic.models import TestGroup
from clinic.tests.factories import radiology
from content.drafts import history_version, open_draft
from content.models import AuditEntry, Revision
from content.roles import EDITORS, MEDICAL_REVIEWERS, TRANSLATORS
from content.testing.forms import change_form_data, choice, opened, save
from content.testing.forms import change_url as url
from content.testing.people import person

pytestmark = pytest.mark.django_db


@pytest.fixture
def editors():
    return person("editor-a", EDITORS), person("editor-b", EDITORS)


@pytest.mark.parametrize("approval", [False, True], ids=["live-on-live", "draft-on-draft"])
def test_changes_to_different_fields_are_both_kept_without_a_conflict(editors, settings, approval):
    settings.CONTENT_APPROVAL_REQUIRED = approval
    a, b = editors
    department = radiology()
    form_a, form_b = opened(a, department), opened(b, department)
    assert save(a, department, form_a, summary_en="A's summary.").status_code == 302
    response = save(b, department, form_b, description_en="B's description.")
    assert response.status_code == 302, response.content.decode()[:2000]
    if approval:
        data = open_draft(department).data
        assert data["summary_en"] == ["A's summary."] and data["description_en"] == ["B's description."]
    else:
        department.refresh_from_db()
        assert department.summary_en == "A's summary." and department.description_en == "B's description."
    shown = b.get(url(department)).content.decode()
    assert "A&#x27;s summary." in shown and "B&#x27;s description." in shown


@pytest.mark.parametrize("approval", [False, True], ids=["live-on-live", "draft-on-draft"])
def test_both_changing_one_field_shows_both_texts_and_saving_again_keeps_theirs(editors, settings, approval):
    settings.CONTENT_APPROVAL_REQUIRED = approval
    a, b = editors
    department = radiology()
    form_a, form_b = opened(a, department), opened(b, department)
    save(a, department, form_a, summary_en="A's summary.")
    response = save(b, department, form_b, summary_en="B's summary.")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Changed by someone else too" in html
    assert "A&#x27;s summary." in html and "B&#x27;s summary." in html  # both texts, for a draft too
    # B presses save again without choosing, as people do: still nothing of A's is lost.
    again = change_form_data(html)
    assert again["summary_en"] == ["B's summary."]  # the form keeps what B typed
    second = b.post(url(department), {**again, "_save": ["1"]})
    assert second.status_code == 200 and "Changed by someone else too" in second.content.decode()
    current = open_draft(department).data["summary_en"] if approval else [radiology().summary_en]
    assert current == ["A's summary."]
    # B chooses: their own text, knowingly.
    chosen = change_form_data(second.content.decode())
    final = b.post(url(department), {**chosen, **choice(second.content.decode(), "summary_en", "mine"), "_save": ["1"]})
    assert final.status_code == 302
    current = open_draft(department).data["summary_en"] if approval else [radiology().summary_en]
    assert current == ["B's summary."]
    # A's text is still there to read: the audit log keeps what each save changed.
    entries = AuditEntry.objects.filter(object_id=str(department.pk)).exclude(changes=[])
    assert any(change.get("before") == "A's summary." for entry in entries for change in entry.changes)


def test_choosing_their_text_keeps_it(editors):
    a, b = editors
    department = radiology()
    form_a, form_b = opened(a, department), opened(b, department)
    save(a, department, form_a, summary_en="A's summary.")
    html = save(b, department, form_b, summary_en="B's summary.", description_en="B's description.").content.decode()
    chosen = change_form_data(html)
    assert (
        b.post(url(department), {**chosen, **choice(html, "summary_en", "theirs"), "_save": ["1"]}).status_code == 302
    )
    department.refresh_from_db()
    assert department.summary_en == "A's summary." and department.description_en == "B's description."


def test_a_draft_saved_on_a_form_opened_before_a_live_change_merges_onto_it(editors, settings):
    """Draft after live: A's live change (sign-off off) is not undone by B's draft."""
    a, b = editors
    department = radiology()
    form_a, form_b = opened(a, department), opened(b, department)
    save(a, department, form_a, summary_en="A's live summary.")
    assert save(b, department, form_b, "_save_draft", description_en="B's draft.").status_code == 302
    draft = open_draft(department)
    assert draft.data["summary_en"] == ["A's live summary."] and draft.data["description_en"] == ["B's draft."]
    assert b.post(reverse("admin:draft_action", args=[draft.pk, "publish"])).status_code == 302
    department.refresh_from_db()
    assert department.summary_en == "A's live summary." and department.description_en == "B's draft."


def test_a_draft_begun_before_a_later_live_change_is_merged_when_published(editors, settings):
    a, b = editors
    department = radiology()
    save(b, department, opened(b, department), "_save_draft", description_en="B's draft.")
    # Later, the live item changes by another path (a seed correction, a second editor with sign-off off).
    department.refresh_from_db()
    department.summary_en = "Corrected live summary."
    department.save()
    draft = open_draft(department)
    assert b.post(reverse("admin:draft_action", args=[draft.pk, "publish"])).status_code == 302
    department.refresh_from_db()
    assert department.summary_en == "Corrected live summary." and department.description_en == "B's draft."


def test_a_draft_and_a_later_live_change_of_the_same_field_wait_for_a_choice(editors):
    a, b = editors
    department = radiology()
    save(b, department, opened(b, department), "_save_draft", summary_en="B's draft summary.")
    department.refresh_from_db()
    department.summary_en = "Corrected live summary."
    department.save()
    draft = open_draft(department)
    b.post(reverse("admin:draft_action", args=[draft.pk, "publish"]))
    department.refresh_from_db()
    assert department.summary_en == "Corrected live summary."  # not published over it
    html = b.get(url(department)).content.decode()
    assert "Corrected live summary." in html and "B&#x27;s draft summary." in html
    form = change_form_data(html)
    mine = choice(html, "summary_en", "mine")
    assert b.post(url(department), {**form, **mine, "_save_draft": ["1"]}).status_code == 302
    draft = open_draft(department)
    assert b.post(reverse("admin:draft_action", args=[draft.pk, "publish"])).status_code == 302
    department.refresh_from_db()
    assert department.summary_en == "B's draft summary."


def test_a_translator_and_an_editor_on_one_draft_keep_each_others_fields(settings):
    settings.CONTENT_APPROVAL_REQUIRED = True
    editor, translator = person("editor-a", EDITORS), person("translator-t", TRANSLATORS)
    reviewer = person("reviewer-r", MEDICAL_REVIEWERS)
    department = radiology()
    form_t = opened(translator, department)
    save(editor, department, opened(editor, department), "_save_draft", slug="radiology-x", summary_en="Editor's.")
    assert save(translator, department, form_t, "_save_draft", summary_ko="번역가의 요약.").status_code == 302
    draft = open_draft(department)
    assert draft.data["slug"] == ["radiology-x"] and draft.data["summary_en"] == ["Editor's."]
    assert draft.data["summary_ko"] == ["번역가의 요약."] and draft.data["is_published"] == ["on"]
    editor.post(reverse("admin:draft_action", args=[draft.pk, "submit"]))
    assert reviewer.post(reverse("admin:draft_action", args=[draft.pk, "approve"])).status_code == 302
    department.refresh_from_db()
    assert (department.slug, department.summary_en, department.summary_ko) == (
        "radiology-x",
        "Editor's.",
        "번역가의 요약.",
    )
    assert department.is_published


def test_inline_children_are_matched_by_id_when_the_other_side_reorders_them(editors):
    a, b = editors
    group = TestGroup.objects.filter(tests__isnull=False).distinct().first()
    tests = list(group.tests.order_by("order", "pk"))
    form_a, form_b = opened(a, group), opened(b, group)
    prefix = next(k for k in form_a if k.endswith("-TOTAL_FORMS")).rsplit("-", 1)[0]
    # A swaps the first two tests' order; B edits the first test's English name.
    first, second = tests[0], tests[1]
    new_first_order, new_second_order = second.order + 1, first.order
    swapped = {f"{prefix}-0-order": [str(second.order + 1)], f"{prefix}-1-order": [str(first.order)]}
    assert a.post(url(group), {**form_a, **swapped, "_save": ["1"]}).status_code == 302
    renamed = {f"{prefix}-0-name_en": ["First test, renamed by B"], "_save": ["1"]}
    assert form_b[f"{prefix}-0-id"] == [str(first.pk)]
    response = b.post(url(group), {**form_b, **renamed})
    assert response.status_code == 302, response.content.decode()[:3000]
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.name_en == "First test, renamed by B" and second.name_en != "First test, renamed by B"
    assert (first.order, second.order) == (new_first_order, new_second_order)  # A's reordering kept


def test_a_form_without_its_base_is_merged_as_if_everything_conflicted(editors):
    """A base that is missing or not signed by the site never lets a save replace others' text."""
    a, b = editors
    department = radiology()
    form_a, form_b = opened(a, department), opened(b, department)
    save(a, department, form_a, summary_en="A's summary.")
    form_b["_edit_base"] = ["forged"]
    response = save(b, department, form_b, description_en="B's description.")
    assert response.status_code == 200 and "Changed by someone else too" in response.content.decode()
    department.refresh_from_db()
    assert department.summary_en == "A's summary."


def test_a_revert_never_replaces_an_open_draft(editors, settings):
    settings.CONTENT_APPROVAL_REQUIRED = True
    a, _b = editors
    department = radiology()
    save(a, department, opened(a, department), "_save_draft", summary_en="A's draft.")
    record = department.history.order_by("history_id").first()
    history_url = reverse("admin:clinic_department_simple_history", args=[department.pk, record.history_id])
    data = change_form_data(a.get(history_url).content.decode())
    response = a.post(history_url, data, follow=True)
    assert "has an open draft" in response.content.decode()
    assert open_draft(department).data["summary_en"] == ["A's draft."]
    assert Revision.objects.filter(object_id=department.pk, status__in=Revision.OPEN).count() == 1


def test_a_draft_saved_by_the_previous_release_publishes_without_losing_the_rest(settings):
    """Drafts made before drafts kept every field hold only their author's form (a
    translator's: the translated texts): publishing one leaves every other field as it is."""
    settings.CONTENT_APPROVAL_REQUIRED = True
    translator, reviewer = person("translator-t", TRANSLATORS), person("reviewer-r", MEDICAL_REVIEWERS)
    department = radiology()
    typed = {k: v for k, v in opened(translator, department).items() if not k.startswith(("_", "csrf"))}
    assert "slug" not in typed and "is_published" not in typed  # a translator's form has neither
    old = Revision.objects.create(
        content_type=ContentType.objects.get_for_model(department),
        object_id=department.pk,
        object_repr=str(department),
        status=Revision.Status.SUBMITTED,
        created_by=translator.user,
        data={**typed, "summary_en": ["An old translator's draft."], "__contributors__": [translator.user.pk]},
        base_version=history_version(department),
    )
    slug, order = department.slug, department.order
    assert reviewer.post(reverse("admin:draft_action", args=[old.pk, "approve"])).status_code == 302
    department.refresh_from_db()
    assert department.summary_en == "An old translator's draft."
    assert (department.slug, department.order, department.is_published) == (slug, order, True)
