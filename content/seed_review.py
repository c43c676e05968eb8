"""New text from the seed waits for sign-off when sign-off is on, as any editor's would.

The seed's text has not been read by the clinic's doctors or editors. On a developer's
machine (sign-off off) the loader makes it live, and its pages say the clinic's review
is pending (templates/includes/review_dates.html). In production (CONTENT_APPROVAL_REQUIRED)
every item the loader creates that can be unpublished is created unpublished, and one
draft per seed file, on the file's item, publishes it and the new items it lists (a
page's new sections, a group's new tests) once whoever signs that kind of item off
approves it (content.drafts.sign_off: a Medical reviewer for medical text, which also
stamps the review; a second Editor for the rest, such as patients' rights). A new
item under an item that already has an open draft gets a draft of its own instead
(one open draft per item).

A fixed page itself (clinic.Page: the home page, the NETs page) cannot be unpublished,
since the site has no page without it: its heading and introduction are shown, with the
review pending, and its new sections wait like any other item.
"""

from dataclasses import dataclass, field
from typing import Any

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _

from content import audit, drafts, merge
from content.models import Revision


def waits_for_review(model: type[models.Model]) -> bool:
    """Whether a new seed item of this kind is created unpublished, for sign-off."""
    return drafts.needs_approval(model) and any(f.name == "is_published" for f in model._meta.fields)


@dataclass
class SeedFile:
    """What loading one seed file created: its top item, and the new unpublished items."""

    top: models.Model | None = None
    waiting: list[models.Model] = field(default_factory=list)


def _reader() -> Any:
    """Someone who sees every field of every form (never saved): the form is only read."""
    return get_user_model()(is_superuser=True, is_staff=True, is_active=True, username="seed")


def _state(obj: models.Model) -> tuple[merge.Data, list] | None:
    model_admin: Any = admin.site._registry.get(type(obj))
    if model_admin is None:
        return None
    form, formsets = drafts.change_forms(model_admin, obj, _reader())
    return merge.form_state(form, formsets), formsets


def _submit(obj: models.Model, waiting: list[models.Model]) -> list[models.Model]:
    """One draft on `obj` that publishes `waiting` (obj itself and the rows of its inlines
    among them); what its form does not hold is returned."""
    if drafts.open_draft(obj) is not None:
        return list(waiting)
    state = _state(obj)
    if state is None:
        return list(waiting)
    live, formsets = state
    data = dict(live)
    left = list(waiting)
    if obj in left:
        data["is_published"] = ["on"]
        left.remove(obj)
    for formset in formsets:
        for index, child in enumerate(formset.forms):
            instance = child.instance
            if instance in left and f"{formset.prefix}-{index}-id" in data:
                data[f"{formset.prefix}-{index}-is_published"] = ["on"]
                left.remove(instance)
    if len(left) == len(waiting):
        return left
    data["__contributors__"] = []
    revision = Revision.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        object_repr=str(obj)[:200],
        status=Revision.Status.SUBMITTED,
        data=data,
        base_data=merge.content_keys(live),
        base_version=drafts.history_version(obj),
        change_reason=_("New text from the site's seed: not yet reviewed by the clinic"),
        submitted_at=timezone.now(),
    )
    audit.record("submitted", None, revision, reason=revision.change_reason)
    return left


def submit_for_review(files: list[SeedFile]) -> tuple[int, list[models.Model]]:
    """A submitted draft for everything that waits: the number of drafts made, and the
    items no draft could hold (left unpublished: an editor publishes them in the admin)."""
    made, unheld = 0, []
    for seed_file in files:
        if not seed_file.waiting:
            continue
        left = seed_file.waiting
        if seed_file.top is not None:
            left = _submit(seed_file.top, left)
            made += len(left) < len(seed_file.waiting)
        for item in left:  # under an item with an open draft, or not in its form
            if _submit(item, [item]):
                unheld.append(item)
            else:
                made += 1
    return made, unheld
