"""New medical text from the seed is not live in production until a Medical reviewer approves it
(content/seed_review.py); on a developer's machine it is shown, its review pending."""

import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db.models import ForeignKey
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from content import drafts
from content.models import Reviewed, Revision, SeedRecord
from content.roles import EDITORS, MEDICAL_REVIEWERS
from content.testing.people import person

pytestmark = pytest.mark.django_db


def seeded_items(**filters) -> list:
    """Every item the seed made that can be unpublished, of every app."""
    items = []
    for record in SeedRecord.objects.exclude(object_id=None).select_related("content_type"):
        model = record.content_type.model_class()
        if model is None or not any(f.name == "is_published" for f in model._meta.fields):
            continue
        item = model._default_manager.filter(pk=record.object_id, **filters).first()
        if item is not None:
            items.append(item)
    return items


def own_page(item) -> str | None:
    """The address of the item's own page (not a page it is listed on)."""
    slug = getattr(item, "slug", None)
    url = item.get_absolute_url() if slug and hasattr(item, "get_absolute_url") else ""
    return url if f"/{slug}/" in url else None


def load_into_an_empty_site() -> None:
    """The test database holds the seed (conftest.py): remove what it made, then load it."""
    for record in SeedRecord.objects.exclude(object_id=None).select_related("content_type"):
        model = record.content_type.model_class()
        if model is not None:
            model._default_manager.filter(pk=record.object_id).delete()
    SeedRecord.objects.all().delete()
    call_command("load_content", stdout=io.StringIO())


def parent_of(item):
    """The item that lists it (a section's page, a test's group), if any."""
    for field in item._meta.fields:
        if isinstance(field, ForeignKey) and field.related_model is not ContentType:
            return getattr(item, field.name)
    return None


def medical(item_or_revision) -> bool:
    model = getattr(item_or_revision, "content_type", None)
    model = model.model_class() if model is not None else type(item_or_revision)
    return drafts.sign_off(model) == drafts.MEDICAL


def test_in_production_new_seed_text_waits_for_sign_off_then_goes_live_stamped(settings):
    settings.CONTENT_APPROVAL_REQUIRED = True
    load_into_an_empty_site()
    waiting = seeded_items()
    assert any(map(medical, waiting)) and not all(map(medical, waiting)), "medical and editorial items"
    assert all(not item.is_published for item in waiting)
    patient = Client()
    pages = [url for url in map(own_page, waiting) if url]
    assert pages
    for url in pages:
        assert patient.get(url).status_code == 404, url
    sitemap = patient.get("/sitemap.xml")
    assert sitemap.status_code == 200 and "<urlset" in sitemap.content.decode()
    assert not [url for url in pages if url in sitemap.content.decode()]

    submitted = list(Revision.objects.filter(status=Revision.Status.SUBMITTED))
    assert submitted and all(revision.created_by is None for revision in submitted)
    # Every waiting item is published by one of the drafts, none by two.
    assert len(submitted) == len({(r.content_type_id, r.object_id) for r in submitted})

    editor = person("editor", EDITORS).user
    signed_in = person("reviewer", MEDICAL_REVIEWERS)
    reviewer = signed_in.user
    first = next(revision for revision in submitted if medical(revision))
    editorial = next(revision for revision in submitted if not medical(revision))
    assert not drafts.can_approve(editor, first) and not drafts.can_approve(reviewer, editorial)
    # The reviewer's screens for a draft nobody wrote: the queue, the item's form, the
    # comparison, a preview; the first is approved with the admin's own button.
    queue = signed_in.get(reverse("admin:content_revision_changelist"), {"status__exact": "submitted"})
    assert queue.status_code == 200 and str(first.object_repr) in queue.content.decode()
    submitted.remove(first)
    model = first.content_type.model_class()
    form = signed_in.get(
        reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[first.object_id])
    )
    assert form.status_code == 200
    assert signed_in.get(reverse("admin:draft_compare", args=[first.pk])).status_code == 200
    assert signed_in.get(reverse("admin:draft_preview", args=[first.pk, "ko"])).status_code == 200
    signed_in.post(reverse("admin:draft_action", args=[first.pk, "approve"]))
    first.refresh_from_db()
    assert first.status == Revision.Status.PUBLISHED, first.status
    for revision in submitted:  # each by whoever signs that kind of item off
        applied = drafts.approve(revision, reviewer if medical(revision) else editor)
        assert applied is not None and not applied.errors, (revision, applied and applied.errors)

    assert seeded_items(is_published=False) == []
    today = timezone.localdate()
    for item in seeded_items():
        if isinstance(item, Reviewed) and medical(item):
            item.refresh_from_db()
            assert (item.reviewed_by, item.last_reviewed) == (reviewer, today), item
            assert item.next_review_due > today
    for url in pages:
        assert patient.get(url).status_code == 200, url
    assert not Revision.objects.filter(status__in=Revision.OPEN).exists()


def test_a_seed_item_added_under_an_item_with_an_open_draft_gets_a_draft_of_its_own(settings):
    """The next release adds a child (a section, a test) to an item an editor is drafting."""
    settings.CONTENT_APPROVAL_REQUIRED = True
    load_into_an_empty_site()
    reviewer = person("reviewer", MEDICAL_REVIEWERS).user
    editor = person("editor", EDITORS).user
    for revision in Revision.objects.filter(status=Revision.Status.SUBMITTED):
        drafts.approve(revision, reviewer if medical(revision) else editor)
    child = next(
        item for item in seeded_items() if medical(item) and own_page(item) is None and parent_of(item) is not None
    )
    record = SeedRecord.objects.get(content_type=ContentType.objects.get_for_model(child), object_id=child.pk)
    parent = parent_of(child)
    Revision.objects.create(
        content_type=ContentType.objects.get_for_model(parent),
        object_id=parent.pk,
        object_repr=str(parent),
        created_by=editor,
    )
    child.delete()
    record.delete()  # as if the seed had never had it: the next load brings it as new
    call_command("load_content", stdout=io.StringIO())
    new = type(child)._default_manager.get(pk=SeedRecord.objects.get(key=record.key).object_id)
    assert not new.is_published
    own = Revision.objects.get(
        content_type=ContentType.objects.get_for_model(new), object_id=new.pk, status=Revision.Status.SUBMITTED
    )
    drafts.approve(own, reviewer)
    new.refresh_from_db()
    assert new.is_published


def test_on_a_developers_machine_the_seed_is_live_and_says_its_review_is_pending(settings, client):
    settings.CONTENT_APPROVAL_REQUIRED = False
    load_into_an_empty_site()
    assert seeded_items(is_published=False) == []
    assert not Revision.objects.exists()
    with translation.override("en"):
        page = next(url for url in map(own_page, seeded_items()) if url)
    response = client.get(page)
    assert response.status_code == 200
    assert "review of this page is pending" in response.content.decode()
