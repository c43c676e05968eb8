"""Staged changes to live content: drafts, clinical sign-off and scheduled publishing.

The workflow, as Wagtail's revisions and moderation give it to editors:

    draft ──submit──▶ awaiting review ──approve──▶ published (or scheduled ─time─▶ published)
      ▲                     │
      └───── sent back ◀────┘ (with the reviewer's comment)

A draft (models.Revision) keeps what the item's change form held when it was saved
(content/admin_drafts.py): every field in both languages, the inline sections, the
chosen images (stored aside). Patients see the live item, untouched, until the draft is
published. Publishing replays that form through the item's own ModelAdmin, with the
permissions of the draft's author (so a translator's draft changes translated text
only), in one transaction; the save moves the content version on (content/signals.py),
so every cached page is fresh at once.

Who may do what:
- anyone who may change an item saves drafts of it and submits them;
- `content.publish_revision` (Editors, Administrators) publishes, or schedules, an item
  that needs no sign-off;
- medical content (models with review dates, content.models.Reviewed) needs a Medical
  reviewer's approval when CONTENT_APPROVAL_REQUIRED is on: `content.approve_revision`,
  and never for a draft one has written or edited oneself.
"""

import datetime
import logging
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models, transaction
from django.http import HttpRequest, QueryDict
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _

from content.models import Reviewed, Revision

logger = logging.getLogger("netclinic.content")

# Not the form's data: the buttons, the security token, and what the draft keeps apart
# (the reason in Revision.change_reason; the version in Revision.base_version).
IGNORED_KEYS = {
    "csrfmiddlewaretoken",
    "_save",
    "_continue",
    "_addanother",
    "_save_draft",
    "_submit",
    "_reason",
    "_edit_token",
}


class WorkflowError(Exception):
    """An action the person may not take now, with a message for them."""


class Conflict(WorkflowError):
    """The live item changed after the draft (or form) began from it."""


def history_version(obj: models.Model) -> int:
    """The item's last history entry: moves on with every save of the live item."""
    history = getattr(obj, "history", None)
    if history is None:
        return 0
    return history.order_by("-history_id").values_list("history_id", flat=True).first() or 0


def open_draft(obj: models.Model) -> Revision | None:
    """The item's draft not yet published or discarded, if any."""
    if obj.pk is None:
        return None
    return (
        Revision.objects.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk, status__in=Revision.OPEN
        )
        .select_related("created_by", "reviewed_by")
        .order_by("-pk")
        .first()
    )


def needs_approval(model: type[models.Model]) -> bool:
    """Medical content (items with review dates) needs a reviewer's sign-off."""
    return settings.CONTENT_APPROVAL_REQUIRED and issubclass(model, Reviewed)


def is_live(obj: models.Model) -> bool:
    return bool(getattr(obj, "is_published", True))


def can_publish(user, model: type[models.Model]) -> bool:
    """May publish a change of `model` without anyone's sign-off."""
    return user.has_perm("content.publish_revision") and not needs_approval(model)


def contributors(revision: Revision) -> set[int]:
    people = set(revision.data.get("__contributors__", []))
    if revision.created_by_id is not None:
        people.add(revision.created_by_id)
    return people


def can_approve(user, revision: Revision) -> bool:
    model: Any = revision.content_type.model_class()
    if model is None or not needs_approval(model):
        return user.has_perm("content.publish_revision")
    return user.has_perm("content.approve_revision") and user.pk not in contributors(revision)


def form_data(post: QueryDict) -> dict[str, list[str]]:
    return {key: post.getlist(key) for key in post if key not in IGNORED_KEYS}


def save_draft(
    obj, post: QueryDict, files: MultiValueDict, user, *, base_version: int, inlines: bool = True
) -> Revision:
    """Keep the change form's data as the item's draft (a new one, or the open one)."""
    revision = open_draft(obj) or Revision(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk, created_by=user
    )
    stored = dict(revision.files)
    for name in files:
        upload: Any = files[name]
        stored[name] = default_storage.save(f"drafts/{upload.name}", upload)
    for name in list(stored):  # "clear" ticked for an image chosen earlier in the draft
        if post.get(f"{name}-clear"):
            del stored[name]
    data: dict[str, Any] = form_data(post)
    data["__contributors__"] = sorted((contributors(revision) if revision.pk else set()) | {user.pk})
    revision.data, revision.files, revision.with_inlines = data, stored, inlines
    revision.object_repr = str(obj)[:200]
    revision.base_version = base_version
    revision.updated_at = timezone.now()
    if revision.status == Revision.Status.SENT_BACK:
        revision.status = Revision.Status.DRAFT
    revision.save()
    return revision


def draft_request(revision: Revision, user, like: HttpRequest | None = None) -> HttpRequest:
    """A request that posts the draft's form, as its author would."""
    request: Any = HttpRequest()
    request.method = "POST"
    request.META = dict(like.META) if like is not None else {"SERVER_NAME": "localhost", "SERVER_PORT": "80"}
    request.path = request.path_info = like.path if like is not None else "/"
    request.POST = revision.as_post()
    uploads: MultiValueDict = MultiValueDict()
    for name, stored in revision.files.items():
        with default_storage.open(stored) as handle:
            uploads[name] = SimpleUploadedFile(stored.rsplit("/", 1)[-1], handle.read())
    request.FILES = uploads
    request.user = user
    request.session = getattr(like, "session", {})
    request._messages = getattr(like, "_messages", None) or QuietMessages()
    request._applying_draft = True
    model = revision.content_type.model_class()
    if revision.reviewed_by_id and model is not None and needs_approval(model):
        # Approval is a clinical review: GovernedAdmin.save_model stamps it on the item.
        request._review_stamp = (revision.reviewed_by, timezone.localdate(revision.reviewed_at or timezone.now()))
    return request


class QuietMessages(list):
    """Messages of a save that nobody watches (a scheduled publication)."""

    def add(self, level, message, extra_tags="") -> None:
        self.append(message)


@dataclass
class Applied:
    obj: models.Model
    errors: list[str]


def apply(revision: Revision, publisher, like: HttpRequest | None = None) -> Applied:
    """Save the draft's form onto the live item, through its ModelAdmin and with its
    author's permissions. Runs inside the caller's transaction."""
    from django.contrib import admin

    model: Any = revision.content_type.model_class()
    model_admin: Any = admin.site._registry[model]
    obj = model._default_manager.select_for_update().get(pk=revision.object_id)
    author = revision.created_by or publisher
    request = draft_request(revision, author, like)
    form_class = model_admin.get_form(request, obj, change=True)
    form = form_class(request.POST, request.FILES, instance=obj)
    formsets, _inlines = model_admin._create_formsets(request, obj, change=True) if revision.with_inlines else ([], [])
    valid = form.is_valid() & all([formset.is_valid() for formset in formsets])  # noqa: C419 (validate every formset)
    if not valid:
        errors = [f"{field}: {' '.join(str(m) for m in messages)}" for field, messages in form.errors.items()]
        errors += [str(error) for formset in formsets for error in formset.errors if error]
        errors += [str(error) for formset in formsets for error in formset.non_form_errors()]
        return Applied(obj, errors or [_("The draft no longer fits the form.")])
    new_object = model_admin.save_form(request, form, change=True)
    new_object._history_user = publisher
    new_object._change_reason = revision.change_reason or _("Published draft #%(number)s") % {"number": revision.pk}
    model_admin.save_model(request, new_object, form, True)
    model_admin.save_related(request, form, formsets, True)
    message = model_admin.construct_change_message(request, form, formsets)
    model_admin.log_change(request, new_object, message)
    return Applied(new_object, [])


def publish(revision: Revision, user, like: HttpRequest | None = None, *, scheduled: bool = False) -> Applied:
    """Make the draft live now, in one transaction; refuse if the live item changed since."""
    from content import audit

    with transaction.atomic():
        revision = Revision.objects.select_for_update().get(pk=revision.pk)
        if not revision.is_open:
            raise WorkflowError(_("This draft is no longer open."))
        model: Any = revision.content_type.model_class()
        live = model._default_manager.get(pk=revision.object_id)
        if history_version(live) != revision.base_version:
            raise Conflict(
                _(
                    "The live item changed after this draft began. Open the draft, compare it with the live "
                    "version, and save it again before publishing."
                )
            )
        applied = apply(revision, user if not scheduled else (revision.reviewed_by or user), like)
        if applied.errors:
            transaction.set_rollback(True)
            return applied
        revision.status = Revision.Status.PUBLISHED
        revision.published_by = revision.reviewed_by if scheduled else user
        revision.published_at = timezone.now()
        revision.base_version = history_version(applied.obj)
        revision.save()
        transaction.on_commit(lambda: delete_stored_files(revision))
        audit.record("published", revision.published_by, applied.obj, reason=revision.change_reason)
        if revision.created_by_id != (revision.published_by.pk if revision.published_by else None):
            from content import notifications

            event = "approved" if revision.reviewed_by_id and not scheduled else "published"
            notifications.notify(revision, event, origin(like))
    return applied


def delete_stored_files(revision: Revision) -> None:
    """The images a draft kept aside, once it is published (they are re-encoded into the
    item's own) or discarded."""
    for stored in revision.files.values():
        default_storage.delete(stored)


def discard(revision: Revision, user) -> None:
    from content import audit

    with transaction.atomic():
        revision.status = Revision.Status.DISCARDED
        revision.updated_at = timezone.now()
        revision.save(update_fields=["status", "updated_at"])
        audit.record("discarded", user, revision)
        transaction.on_commit(lambda: delete_stored_files(revision))


def submit(revision: Revision, user, origin: str | None = None) -> None:
    from content import audit, notifications

    revision.status, revision.submitted_at = Revision.Status.SUBMITTED, timezone.now()
    revision.save(update_fields=["status", "submitted_at"])
    audit.record("submitted", user, revision)
    notifications.notify(revision, "submitted", origin)


def send_back(revision: Revision, user, comment: str, origin: str | None = None) -> None:
    from content import audit, notifications

    if not can_approve(user, revision):
        raise WorkflowError(_("You may not review your own draft."))
    revision.status = Revision.Status.SENT_BACK
    revision.reviewed_by, revision.reviewed_at, revision.review_comment = user, timezone.now(), comment
    revision.save(update_fields=["status", "reviewed_by", "reviewed_at", "review_comment"])
    audit.record("sent_back", user, revision, reason=comment)
    notifications.notify(revision, "sent_back", origin)


def origin(request: HttpRequest | None) -> str | None:
    return f"{request.scheme}://{request.get_host()}" if request is not None and request.META.get("HTTP_HOST") else None


def approve(revision: Revision, user, like: HttpRequest | None = None, *, go_live_at=None) -> Applied | None:
    """Sign off the draft: publish it now, or schedule it for `go_live_at`."""
    from content import audit, notifications

    if not can_approve(user, revision):
        raise WorkflowError(_("A draft needs the approval of someone who did not write it."))
    revision.reviewed_by, revision.reviewed_at = user, timezone.now()
    if go_live_at is not None and go_live_at > timezone.now():
        revision.status, revision.go_live_at = Revision.Status.SCHEDULED, go_live_at
        revision.save(update_fields=["status", "reviewed_by", "reviewed_at", "go_live_at"])
        audit.record("scheduled", user, revision, reason=f"{timezone.localtime(go_live_at):%Y-%m-%d %H:%M %Z}")
        schedule_changed()
        notifications.notify(revision, "scheduled", origin(like))
        return None
    revision.save(update_fields=["reviewed_by", "reviewed_at"])
    audit.record("approved", user, revision)
    return publish(revision, user, like)


def unschedule(revision: Revision, user) -> None:
    """Take a draft off the schedule: it stays a draft (medical content needs approval again)."""
    from content import audit

    if revision.status != Revision.Status.SCHEDULED:
        raise WorkflowError(_("This draft is not scheduled."))
    revision.status, revision.go_live_at = Revision.Status.DRAFT, None
    revision.save(update_fields=["status", "go_live_at"])
    audit.record("unscheduled", user, revision)
    schedule_changed()


def schedule_changed() -> None:
    """A publication time was set or moved: the running site looks again (next_due)."""
    from content.versions import bump_version

    transaction.on_commit(bump_version)


def due() -> models.QuerySet:
    return Revision.objects.filter(status=Revision.Status.SCHEDULED, go_live_at__lte=timezone.now())


def publish_due() -> list[str]:
    """Publish every scheduled draft whose time has come; one line per draft. Safe to run
    from several processes at once: each draft is claimed by one of them."""
    lines = []
    for revision in due().select_related("reviewed_by", "created_by"):
        claimed = Revision.objects.filter(pk=revision.pk, status=Revision.Status.SCHEDULED).update(
            status=Revision.Status.DRAFT  # open still; if publishing fails it stays a draft
        )
        if not claimed:
            continue  # another process took it
        revision.status = Revision.Status.DRAFT
        try:
            applied = publish(revision, revision.reviewed_by, scheduled=True)
        except WorkflowError as error:
            lines.append(f"#{revision.pk} {revision.object_repr}: not published ({error}); back to draft")
            logger.warning("scheduled draft not published", extra={"event": "draft.schedule_failed", "id": revision.pk})
            continue
        if applied.errors:
            lines.append(f"#{revision.pk} {revision.object_repr}: not published ({'; '.join(applied.errors)})")
            continue
        lines.append(f"#{revision.pk} {revision.object_repr}: published")
    return lines


def next_due() -> datetime.datetime | None:
    return (
        Revision.objects.filter(status=Revision.Status.SCHEDULED)
        .order_by("go_live_at")
        .values_list("go_live_at", flat=True)
        .first()
    )
