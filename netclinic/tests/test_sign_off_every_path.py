"""With sign-off on, nothing a patient can read changes until a second person approves it,
on every path the admin offers (content/drafts.py).

The walk is built from the registries, never from a list kept by hand: every ModelAdmin
registered for a model of a content app, every way of writing through it (its change
form with each button, its list's editable columns and bulk actions, its delete page,
history's revert, the deleted items' restore), as an Editor and as a Translator; and
every public page the sitemaps list, in every language, is read before and after. A
model or app added later is walked without editing this file.
"""

import difflib
import re
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.contrib import admin
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import NoReverseMatch, reverse

from clinic.models import Treatment
from content.apps import content_apps
from content.drafts import APPROVERS, EDITORIAL, MEDICAL, sign_off
from content.models import Revision
from content.roles import EDITORS, MEDICAL_REVIEWERS, TRANSLATORS
from content.testing.forms import change_form_data
from content.testing.pages import LANGUAGES, item_urls
from content.testing.people import person

pytestmark = pytest.mark.django_db
# What differs on every visit of the request form: its security token and its signed start time.
PER_VISIT = re.compile(r'name="(csrfmiddlewaretoken|started|submission)" value="[^"]*"')
# Fields whose text must keep its shape to be valid: changed by their own rules, not by appending text.
SHAPED = re.compile(r"(slug|url|website|email|phone|link|map|_at$|date|reviewed|due|order|key|^id$|-id$)")


def content_admins() -> list:
    labels = {config.label for config in content_apps()}
    return [
        (model, model_admin) for model, model_admin in admin.site._registry.items() if model._meta.app_label in labels
    ]


def public_site() -> dict[str, str]:
    """Every public page in every language, as a patient receives it (per-visit tokens aside)."""
    anonymous = Client()
    pages = {}
    for language in LANGUAGES:
        for url in ["/sitemap.xml", *item_urls(language)]:
            response = anonymous.get(url)
            pages[url] = f"{response.status_code}\n" + PER_VISIT.sub("", response.content.decode())
    return pages


def changed(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """The pages that differ, the first with what differs (for the failure's message)."""
    urls = sorted(url for url in before.keys() | after.keys() if before.get(url) != after.get(url))
    if urls:
        lines = difflib.unified_diff(before.get(urls[0], "").splitlines(), after.get(urls[0], "").splitlines(), n=0)
        urls[0] += "\n" + "\n".join(list(lines)[:20])
    return urls


def edited(form: dict[str, list[str]]) -> dict[str, list[str]]:
    """Every text a person can type changed, and the item hidden: what a patient would notice."""
    data = {}
    for name, values in form.items():
        if name.startswith("_") or name == "csrfmiddlewaretoken" or SHAPED.search(name):
            data[name] = values
        elif name.endswith("is_published"):
            continue  # unticked
        else:
            data[name] = [
                f"{value} Most of these tumours are cured." if value and not value.isdigit() else value
                for value in values
            ]
    return data


def admin_url(model, name: str, *args) -> str | None:
    try:
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{name}", args=args)
    except NoReverseMatch:
        return None


def as_new(form: dict[str, list[str]]) -> dict[str, list[str]]:
    """An existing item's form made into a new one's: other slugs, no children's ids."""
    data = {}
    for name, values in edited(form).items():
        field = name.rsplit("-", 1)[-1]
        if field in ("id", "DELETE") or name.endswith("-INITIAL_FORMS"):
            data[name] = ["0"] if name.endswith("-INITIAL_FORMS") else []
        elif "slug" in field or field == "key":
            data[name] = [f"{value}-walk" for value in values]
        else:
            data[name] = values
    return data


def write_every_way(client: Client, model, model_admin) -> list[int]:
    """Every write the admin offers for the model's first item; the status of each answer."""
    obj = model._default_manager.order_by("pk").first()
    if obj is None:
        return []
    statuses = []
    change = admin_url(model, "change", obj.pk) or admin_url(model, "changelist")
    form_page = client.get(change)
    statuses.append(form_page.status_code)
    if form_page.status_code == 200:
        form = change_form_data(form_page.content.decode())
        add = admin_url(model, "add")
        if add and client.get(add).status_code == 200:  # a new item, from a copy of this one
            statuses.append(client.post(add, {**as_new(form), "_save": ["1"]}).status_code)
        for button in ("_save", "_continue", "_addanother", "_save_draft", "_submit"):
            statuses.append(client.post(change, {**edited(form), button: ["1"]}).status_code)
    changelist = admin_url(model, "changelist")
    if changelist:
        rows = {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(obj.pk),
            "form-0-order": "999",
            "_save": "Save",
        }
        statuses.append(client.post(changelist, rows).status_code)
        action = {"action": "delete_selected", "_selected_action": [str(obj.pk)], "post": "yes"}
        statuses.append(client.post(changelist, action).status_code)
    delete = admin_url(model, "delete", obj.pk)
    if delete:
        statuses.append(client.post(delete, {"post": "yes"}).status_code)
    record = obj.history.order_by("history_id").first() if hasattr(obj, "history") else None
    revert = admin_url(model, "simple_history", obj.pk, record.history_id) if record is not None else None
    if revert:
        page = client.get(revert)
        statuses.append(page.status_code)
        if page.status_code == 200:
            statuses.append(client.post(revert, edited(change_form_data(page.content.decode()))).status_code)
    return statuses


@pytest.fixture
def sign_off_on(settings):
    settings.CONTENT_APPROVAL_REQUIRED = True


@pytest.mark.parametrize("role", [EDITORS, TRANSLATORS])
def test_no_write_through_the_admin_changes_a_public_page_until_someone_else_approves(sign_off_on, role):
    walked = content_admins()
    assert len(walked) >= 15  # the clinic's, the rights' and the appointments' models, at least
    before = public_site()
    counts = {model: model._default_manager.count() for model, _admin in walked}
    client = person(f"walker-{role.lower()}", role)
    for model, model_admin in walked:
        statuses = write_every_way(client, model, model_admin)
        assert all(status < 500 for status in statuses), (model, statuses)
    assert changed(before, public_site()) == []
    added = [model for model, _admin in walked if model._default_manager.count() > counts[model]]
    if role == EDITORS:  # new items were made (unpublished), and still no page changed
        assert len(added) >= 5, added
    opened = Revision.objects.filter(status__in=Revision.OPEN)
    # Each model this role may change was changed (as a draft): the walk wrote, it was not refused.
    for model, _model_admin in walked:
        obj = model._default_manager.order_by("pk").first()
        if obj is not None and client.user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}"):
            assert opened.filter(content_type__model=model._meta.model_name, object_id=obj.pk).exists(), model
    # Nobody approves their own change, on any path: the author's approval leaves it waiting.
    for revision in opened:
        client.post(reverse("admin:draft_action", args=[revision.pk, "approve"]))
        client.post(reverse("admin:draft_action", args=[revision.pk, "publish"]))
        client.post(reverse("admin:draft_action", args=[revision.pk, "schedule"]), {"go_live_at": "2030-01-01 09:00"})
        revision.refresh_from_db()
        assert revision.is_open and revision.status != Revision.Status.SCHEDULED, revision
    assert changed(before, public_site()) == []


def admin_routes() -> list[tuple[str, dict]]:
    """Every named address of the admin site, with values for its parameters."""
    values = {"int": 1, "str": "ko", "path": "ko", "slug": "approve"}
    routes = []

    def walk(patterns) -> None:
        for entry in patterns:
            if hasattr(entry, "url_patterns"):
                walk(entry.url_patterns)
            elif entry.name:
                converters = entry.pattern.converters
                kwargs = {
                    name: values.get(type(c).__name__.replace("Converter", "").lower(), "1")
                    for name, c in converters.items()
                }
                routes.append((entry.name, kwargs))

    walk(admin.site.get_urls())
    return routes


@pytest.mark.parametrize("role", [EDITORS, TRANSLATORS])
def test_no_admin_address_changes_a_public_page_when_posted_to(sign_off_on, role):
    """What the walk above does not know: every other address of the admin, the site's own
    (drafts' buttons, restore, translation status, two-factor) and any added later."""
    before = public_site()
    client = person(f"poster-{role.lower()}", role)
    posted = 0
    for name, kwargs in admin_routes():
        if name in ("logout", "login"):
            continue
        try:
            url = reverse(f"admin:{name}", kwargs=kwargs)
        except NoReverseMatch:
            continue
        response = client.post(url, {"post": "yes", "_save": "1"})
        assert response.status_code < 500, (url, response.status_code)
        posted += 1
    assert posted > 100
    assert changed(before, public_site()) == []


def test_a_second_person_of_the_right_role_approves_each_kind_of_change(sign_off_on):
    editor = person("walker-editor", EDITORS)
    before = public_site()
    for model, model_admin in content_admins():
        write_every_way(editor, model, model_admin)
    reviewer, second_editor = person("reviewer-r", MEDICAL_REVIEWERS), person("editor-2", EDITORS)
    approvers = {MEDICAL: reviewer, EDITORIAL: second_editor}
    opened = list(Revision.objects.filter(status__in=Revision.OPEN).select_related("content_type"))
    assert {revision.action for revision in opened} == {Revision.Action.CHANGE, Revision.Action.DELETE}
    for revision in opened:
        kind = sign_off(revision.content_type.model_class())
        wrong = approvers[EDITORIAL if kind == MEDICAL else MEDICAL]
        if not wrong.user.has_perm(APPROVERS[kind]):
            wrong.post(reverse("admin:draft_action", args=[revision.pk, "approve"]))
            revision.refresh_from_db()
            assert revision.is_open, f"{revision} approved by the wrong role"
    assert changed(before, public_site()) == []
    for revision in opened:
        if revision.status == Revision.Status.SENT_BACK or not revision.is_open:
            continue
        kind = sign_off(revision.content_type.model_class())
        if revision.status != Revision.Status.SUBMITTED:
            editor.post(reverse("admin:draft_action", args=[revision.pk, "submit"]))
        approvers[kind].post(reverse("admin:draft_action", args=[revision.pk, "approve"]))
        revision.refresh_from_db()
        assert revision.status == Revision.Status.PUBLISHED or not revision.is_open, revision
    assert changed(before, public_site())  # approved, it is live


def test_medical_content_needs_a_medical_reviewer_and_the_rest_a_second_editor():
    kinds = {model._meta.label: sign_off(model) for model, _admin in content_admins()}
    assert kinds["clinic.Treatment"] == kinds["clinic.Section"] == kinds["clinic.GlossaryTerm"] == MEDICAL
    assert kinds["clinic.SupportiveService"] == kinds["clinic.Page"] == kinds["clinic.DiagnosticTest"] == MEDICAL
    assert kinds["rights.RightsNotice"] == kinds["rights.Provision"] == kinds["rights.MediationAgency"] == EDITORIAL
    assert kinds["appointments.AppointmentsPage"] == kinds["appointments.PrivacyPolicy"] == EDITORIAL
    assert kinds["clinic.Clinic"] == EDITORIAL


def test_a_model_that_declares_nothing_needs_medical_sign_off():
    class Undeclared:  # a model added later, in an app that says nothing either
        _meta = SimpleNamespace(app_label="search")

    assert sign_off(Undeclared) == MEDICAL


def test_restoring_a_deleted_item_brings_it_back_unpublished(sign_off_on):
    treatment = Treatment.objects.order_by("pk").first()
    pk = treatment.pk
    treatment.delete()  # deleted earlier (with sign-off off, or approved)
    before = public_site()
    editor = person("editor-a", EDITORS)
    record = Treatment.history.filter(history_type="-", id=pk).first()
    response = editor.post(
        reverse("admin:deleted_items"), {"model": "clinic.treatment", "history_id": record.history_id}, follow=True
    )
    assert response.status_code == 200 and "not public" in response.content.decode()
    assert Treatment.objects.get(pk=pk).is_published is False
    assert changed(before, public_site()) == []


def test_import_content_never_writes_over_a_live_site(tmp_path):
    with pytest.raises(CommandError, match="already holds"):
        call_command("import_content", str(tmp_path / "any.zip"))


def test_the_languages_walked_are_the_sites():
    assert [code for code, _name in settings.LANGUAGES] == LANGUAGES
