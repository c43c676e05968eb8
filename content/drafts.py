"""Staged changes to live content: drafts, clinical sign-off and scheduled publishing.

The workflow, as Wagtail's revisions and moderation give it to editors:

    draft ──submit──▶ awaiting review ──approve──▶ published (or scheduled ─time─▶ published)
      ▲                     │
      └───── sent back ◀────┘ (with the reviewer's comment)

A draft (models.Revision) keeps what the item's change form held when it was saved
(content/admin_drafts.py): every field in both languages, the inline sections, the
chosen images (stored aside), and the live item's as it was when the draft began (its
base, for merging later live changes in: content/merge.py). What a translator saves
changes the translated texts only: the draft keeps every other field as it was.
Patients see the live item, untouched, until the draft is published. Publishing applies
that form through the item's own ModelAdmin, in one transaction; the save moves the
content version on (content/signals.py), so every cached page is fresh at once.

Who may do what, when CONTENT_APPROVAL_REQUIRED is on (production): nothing a patient
can read changes until a second person approves it, on every path the admin offers
(change forms, inlines, deletions, reverts, restores; lists cannot publish).
- anyone who may change an item saves drafts of it and submits them; a deletion of an
  item is a request, submitted at once, that waits for approval like any draft;
- who approves is declared, not guessed (`sign_off`): a model's or its AppConfig's
  `sign_off` attribute, MEDICAL (a Medical reviewer: `content.approve_revision`) unless
  it says EDITORIAL (a second Editor: `content.publish_revision`). Administrators hold
  every permission. Nobody approves a change they wrote or edited (its contributors).
With sign-off off (a developer's machine), Editors publish directly.
"""

import datetime
import logging
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models, transaction
from django.dispatch import Signal
from django.http import HttpRequest, QueryDict
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _

from content import audit, merge
from content.models import Revision
from content.roles import ADMINISTRATORS
from content.versions import bump_version

# Sent when a draft is submitted, approved, published, scheduled or sent back, with
# `revision`, `event` and `origin` (the site's address, for links): content/notifications.py
# mails the people it concerns (connected in ContentConfig.ready()).
draft_event = Signal()

logger = logging.getLogger("netclinic.content")


def announce(revision: Revision, event: str, origin_url: str | None = None) -> None:
    draft_event.send(sender=Revision, revision=revision, event=event, origin=origin_url)


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


def children_versions(obj: models.Model) -> list[int]:
    """The last history entry of the item's children (a page's sections, a group's tests),
    one per kind, deleted children included: moves on when a child is changed, added or
    deleted on its own admin page, so a form of the item opened before is stale."""
    versions = []
    for relation in obj._meta.related_objects:
        history = getattr(relation.related_model, "history", None)
        if relation.one_to_many and history is not None:
            rows = history.model._default_manager.filter(**{relation.field.attname: obj.pk})
            versions.append(rows.aggregate(last=models.Max("history_id"))["last"] or 0)
    return versions


def live_moved(obj: models.Model, revision: Revision) -> bool:
    """Whether the live item may have changed since the draft last took it in: a draft
    that keeps what it began on (base_data) is always merged onto the live item (a merge
    with nothing changed changes nothing, and a child changed on its own page is seen)."""
    return bool(revision.base_data) or history_version(obj) != revision.base_version


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


MEDICAL, EDITORIAL = "medical", "editorial"
APPROVERS = {MEDICAL: "content.approve_revision", EDITORIAL: "content.publish_revision"}
DISCARDED_DAYS = 30  # a discarded draft can be read and brought back this long


def sign_off(model: type[models.Model]) -> str:
    """Whose approval a change of `model` needs: what the model or its app declares, and
    medical sign-off (the strictest) for anything that declares nothing."""
    declared = getattr(model, "sign_off", None) or getattr(apps.get_app_config(model._meta.app_label), "sign_off", None)
    return declared if declared in APPROVERS else MEDICAL


def needs_approval(model: type[models.Model]) -> bool:
    """Every content model needs a second person's approval when sign-off is on."""
    return bool(settings.CONTENT_APPROVAL_REQUIRED)


def is_administrator(user) -> bool:
    return user.is_superuser or user.groups.filter(name=ADMINISTRATORS).exists()


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


def may_review(user, model: type[models.Model]) -> bool:
    """Holds the permission to approve changes of this kind of item."""
    return user.has_perm(APPROVERS[sign_off(model)])


def can_approve(user, revision: Revision) -> bool:
    model: Any = revision.content_type.model_class()
    if model is None or not needs_approval(model):
        return user.has_perm("content.publish_revision")
    return may_review(user, model) and user.pk not in contributors(revision)


def can_discard(user, revision: Revision) -> bool:
    """The draft's author, a reviewer of that kind of content, or an administrator."""
    model: Any = revision.content_type.model_class()
    if revision.created_by_id == user.pk or is_administrator(user):
        return True
    return model is not None and may_review(user, model)


def save_draft(
    obj,
    post: QueryDict,
    files: MultiValueDict,
    user,
    *,
    base_version: int,
    base_data: dict | None = None,
    data: dict | None = None,
    inlines: bool = True,
) -> Revision:
    """Keep the change form's data as the item's draft (a new one, or the open one).
    `data` is the whole item's form data (content/merge.py overlay), when the admin
    knows it; `base_data`, the live item's, which the draft begins from."""
    revision = open_draft(obj) or Revision(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk, created_by=user
    )
    if revision.action == Revision.Action.DELETE:
        raise WorkflowError(_("This item waits for its deletion to be approved; it cannot be changed meanwhile."))
    stored = dict(revision.files)
    for name in files:
        upload: Any = files[name]
        stored[name] = default_storage.save(f"drafts/{upload.name}", upload)
    for name in list(stored):  # "clear" ticked for an image chosen earlier in the draft
        if post.get(f"{name}-clear"):
            del stored[name]
    before = merge.content_keys(revision.data) if revision.pk else {}
    new: dict[str, Any] = dict(data) if data is not None else merge.content_keys(post)
    new["__contributors__"] = sorted((contributors(revision) if revision.pk else set()) | {user.pk})
    revision.data, revision.files, revision.with_inlines = new, stored, inlines
    revision.object_repr = str(obj)[:200]
    revision.base_version = base_version
    if base_data is not None:
        revision.base_data = merge.content_keys(base_data)
    revision.updated_at = timezone.now()
    if revision.status != Revision.Status.DRAFT:
        # Changed after it was submitted, approved or scheduled: what was reviewed is not
        # this text any more, so it is a draft again and needs approval anew.
        was_scheduled = revision.status == Revision.Status.SCHEDULED
        revision.status = Revision.Status.DRAFT
        revision.reviewed_by = revision.reviewed_at = revision.go_live_at = None
        if was_scheduled:
            schedule_changed()
    revision.save()
    revision._before = before  # type: ignore[attr-defined] # for the audit log's record of what changed
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
    request._full_form = True  # every field, whoever approves (a translator's draft holds the rest as it was)
    model = revision.content_type.model_class()
    if revision.reviewed_by_id and model is not None and needs_approval(model) and sign_off(model) == MEDICAL:
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
    conflicts: list = field(default_factory=list)


def state_request(user) -> HttpRequest:
    """A request that only reads a change form as it is shown (never saves)."""
    request: Any = HttpRequest()
    request.method = "GET"
    request.META = {"SERVER_NAME": "localhost", "SERVER_PORT": "80"}
    request.user = user
    request.session = {}
    request._open_draft = None
    return request


def change_forms(model_admin, obj, user, *, full: bool = True) -> tuple[Any, list]:
    """The item's change form and inline formsets as they are shown, unbound (`full`: every
    field, whoever the person is; else only the fields this person's form has)."""
    request: Any = state_request(user)
    request._full_form = full
    form = model_admin.get_form(request, obj, change=True)(instance=obj)
    formsets, _inlines = model_admin._create_formsets(request, obj, change=True)
    return form, formsets


def item_state(model_admin, obj, user, *, full: bool = True) -> merge.Data:
    """The live item as its change form would post it unchanged."""
    return merge.form_state(*change_forms(model_admin, obj, user, full=full))


def editable_fields(model_admin, request, obj) -> tuple[set[str], dict[str, set[str]]]:
    """The names this person's form posts: the main form's and each inline's fields."""
    probe: Any = state_request(request.user)
    form_class = model_admin.get_form(probe, obj, change=True)
    formsets, _inlines = model_admin._create_formsets(probe, obj, change=True)
    inline = {formset.prefix: set(formset.empty_form.fields) for formset in formsets}
    return set(form_class.base_fields), inline


def draft_data(model_admin, revision: Revision, obj) -> merge.Data:
    """The whole item as the draft would make it. A draft saved before drafts kept every
    field (its base_data is empty) holds only what its author's form had: the rest is
    the live item's, so publishing it through a whole form changes nothing else (a
    translator's old draft leaves the slug and "published" as they are)."""
    data = merge.content_keys(revision.data)
    if revision.base_data or revision.created_by is None:
        return data
    author: Any = state_request(revision.created_by)
    main, inline = editable_fields(model_admin, author, obj)
    if not revision.with_inlines:
        inline = {}
    return merge.overlay(item_state(model_admin, obj, revision.created_by), data, main, inline)


def apply(revision: Revision, publisher, like: HttpRequest | None = None) -> Applied:
    """Save the draft's form onto the live item, through its ModelAdmin. Runs inside the
    caller's transaction. A draft begun before a later live change is merged onto it
    (content/merge.py): what only the live item changed since is kept; a field both
    changed stops the publication until someone chooses."""
    model: Any = revision.content_type.model_class()
    model_admin: Any = admin.site._registry[model]
    obj = model._default_manager.select_for_update().get(pk=revision.object_id)
    if revision.action == Revision.Action.DELETE:
        obj._history_user = publisher
        obj._change_reason = revision.change_reason or _("Deleted on approval of request #%(number)s") % {
            "number": revision.pk
        }
        obj.delete()
        return Applied(obj, [])
    # The draft holds every field and row (a translator's part among them): it is applied
    # through the whole form, whatever the approver's own rights (content.admin_drafts.whole_item).
    applier = publisher or revision.created_by
    request = draft_request(revision, applier, like)
    data = draft_data(model_admin, revision, obj)
    if live_moved(obj, revision):
        live = item_state(model_admin, obj, applier)
        result = merge.merge(revision.base_data, live, data)
        if result.conflicts:
            names = ", ".join(conflict.name for conflict in result.conflicts)
            message = _(
                "The live item changed after this draft began, in the same fields as the draft (%(fields)s). "
                "Open the draft: both texts are shown there; choose for each and save it again."
            ) % {"fields": names}
            return Applied(obj, [message], result.conflicts)
        data = result.data
    request.POST = merge.with_controls(data, request.POST)  # type: ignore[assignment]
    form_class = model_admin.get_form(request, obj, change=True)
    form = form_class(request.POST, request.FILES, instance=obj)
    formsets, _inlines = model_admin._create_formsets(request, obj, change=True) if revision.with_inlines else ([], [])
    valid = form.is_valid() & all([formset.is_valid() for formset in formsets])  # noqa: C419 (validate every formset)
    if not valid:
        errors = [f"{name}: {' '.join(str(m) for m in messages)}" for name, messages in form.errors.items()]
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
    """Make the draft live now, in one transaction."""
    with transaction.atomic():
        revision = Revision.objects.select_for_update().get(pk=revision.pk)
        if not revision.is_open:
            raise WorkflowError(_("This draft is no longer open."))
        model: Any = revision.content_type.model_class()
        live = model._default_manager.filter(pk=revision.object_id).first()
        if live is None:
            raise WorkflowError(_("The item no longer exists."))
        deleting = revision.action == Revision.Action.DELETE
        if deleting and history_version(live) != revision.base_version:
            raise Conflict(
                _("The item changed after its deletion was requested. Look at it again and request the deletion anew.")
            )
        before = audit.field_texts(live)
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
        after = {} if deleting else audit.field_texts(applied.obj)
        audit.record(
            "deleted" if deleting else "published",
            revision.published_by,
            revision if deleting else applied.obj,
            reason=revision.change_reason,
            changes=audit.differences(before, after),
        )
        if revision.created_by_id != (revision.published_by.pk if revision.published_by else None):
            event = "approved" if revision.reviewed_by_id and not scheduled else "published"
            announce(revision, event, origin(like))
    return applied


def delete_stored_files(revision: Revision) -> None:
    """The images a draft kept aside, once it is published (they are re-encoded into the
    item's own) or its days as a discarded draft are over."""
    for stored in revision.files.values():
        default_storage.delete(stored)


def discard(revision: Revision, user) -> None:
    """Set a draft aside: it can be read and brought back for DISCARDED_DAYS."""
    if not can_discard(user, revision):
        raise WorkflowError(
            _("Only the draft's author, a reviewer of this kind of content or an administrator may discard it.")
        )
    with transaction.atomic():
        revision = Revision.objects.select_for_update().get(pk=revision.pk)
        if not revision.is_open:
            raise WorkflowError(_("This draft is no longer open."))
        revision.status = Revision.Status.DISCARDED
        revision.updated_at = timezone.now()
        revision.save(update_fields=["status", "updated_at"])
        audit.record("discarded", user, revision, reason=revision.change_reason)
    purge_discarded()


def bring_back(revision: Revision, user) -> None:
    """A discarded draft becomes the item's open draft again."""
    if revision.status != Revision.Status.DISCARDED:
        raise WorkflowError(_("Only a discarded draft can be brought back."))
    if revision.updated_at < timezone.now() - datetime.timedelta(days=DISCARDED_DAYS):
        raise WorkflowError(_("This draft was discarded more than %(days)s days ago.") % {"days": DISCARDED_DAYS})
    model: Any = revision.content_type.model_class()
    obj = model._default_manager.filter(pk=revision.object_id).first() if model is not None else None
    if obj is None:
        raise WorkflowError(_("The item no longer exists."))
    if open_draft(obj) is not None:
        raise WorkflowError(
            _("The item has another open draft. Publish or discard that one first; nothing of either is lost.")
        )
    revision.status, revision.updated_at = Revision.Status.DRAFT, timezone.now()
    revision.reviewed_by = revision.reviewed_at = revision.go_live_at = None
    revision.save(update_fields=["status", "updated_at", "reviewed_by", "reviewed_at", "go_live_at"])
    audit.record("draft_restored", user, revision)


def purge_discarded() -> int:
    """Delete drafts discarded more than DISCARDED_DAYS ago, with their images."""
    old = Revision.objects.filter(
        status=Revision.Status.DISCARDED, updated_at__lt=timezone.now() - datetime.timedelta(days=DISCARDED_DAYS)
    )
    count = 0
    for revision in old:
        delete_stored_files(revision)
        revision.delete()
        count += 1
    return count


def request_deletion(obj: models.Model, user, origin_url: str | None = None) -> Revision:
    """A deletion of a live item, as a request that waits for approval like any draft."""
    if open_draft(obj) is not None:
        raise WorkflowError(
            _("“%(item)s” has an open draft. Publish or discard it before asking for the item to be deleted.")
            % {"item": obj}
        )
    revision = Revision.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        object_repr=str(obj)[:200],
        action=Revision.Action.DELETE,
        status=Revision.Status.SUBMITTED,
        submitted_at=timezone.now(),
        created_by=user,
        data={"__contributors__": [user.pk]},
        with_inlines=False,
        base_version=history_version(obj),
    )
    audit.record("deletion_requested", user, revision, changes=audit.differences(audit.field_texts(obj), {}))
    announce(revision, "submitted", origin_url)
    return revision


def submit(revision: Revision, user, origin: str | None = None) -> None:
    revision.status, revision.submitted_at = Revision.Status.SUBMITTED, timezone.now()
    revision.save(update_fields=["status", "submitted_at"])
    audit.record("submitted", user, revision)
    announce(revision, "submitted", origin)


def send_back(revision: Revision, user, comment: str, origin: str | None = None) -> None:
    if not can_approve(user, revision):
        raise WorkflowError(_("You may not review your own draft."))
    revision.status = Revision.Status.SENT_BACK
    revision.reviewed_by, revision.reviewed_at, revision.review_comment = user, timezone.now(), comment
    revision.save(update_fields=["status", "reviewed_by", "reviewed_at", "review_comment"])
    audit.record("sent_back", user, revision, reason=comment)
    announce(revision, "sent_back", origin)


def origin(request: HttpRequest | None) -> str | None:
    return f"{request.scheme}://{request.get_host()}" if request is not None and request.META.get("HTTP_HOST") else None


def approve(revision: Revision, user, like: HttpRequest | None = None, *, go_live_at=None) -> Applied | None:
    """Sign off the draft: publish it now, or schedule it for `go_live_at`."""
    if not can_approve(user, revision):
        raise WorkflowError(_("A draft needs the approval of someone who did not write it."))
    model: Any = revision.content_type.model_class()
    if model is not None and needs_approval(model) and revision.status != Revision.Status.SUBMITTED:
        raise WorkflowError(
            _("Only a draft submitted for review can be approved; this one changed or was never submitted.")
        )
    refuse_past(go_live_at)
    revision.reviewed_by, revision.reviewed_at = user, timezone.now()
    if go_live_at is not None:
        revision.status, revision.go_live_at = Revision.Status.SCHEDULED, go_live_at
        revision.save(update_fields=["status", "reviewed_by", "reviewed_at", "go_live_at"])
        audit.record("scheduled", user, revision, reason=f"{timezone.localtime(go_live_at):%Y-%m-%d %H:%M %Z}")
        schedule_changed()
        announce(revision, "scheduled", origin(like))
        return None
    revision.save(update_fields=["reviewed_by", "reviewed_at"])
    audit.record("approved", user, revision)
    return publish(revision, user, like)


def refuse_past(go_live_at) -> None:
    """A go-live time already past is a mistake, not a wish to publish now."""
    if go_live_at is not None and go_live_at <= timezone.now():
        raise WorkflowError(
            _("%(time)s (Seoul time) has already passed. Give a time still to come, or approve and publish now.")
            % {"time": f"{timezone.localtime(go_live_at):%Y-%m-%d %H:%M}"}
        )


def unschedule(revision: Revision, user) -> None:
    """Take a draft off the schedule: it stays a draft (medical content needs approval again)."""
    if revision.status != Revision.Status.SCHEDULED:
        raise WorkflowError(_("This draft is not scheduled."))
    revision.status, revision.go_live_at = Revision.Status.DRAFT, None
    revision.save(update_fields=["status", "go_live_at"])
    audit.record("unscheduled", user, revision)
    schedule_changed()


def schedule_changed() -> None:
    """A publication time was set or moved: the running site looks again (next_due)."""
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
