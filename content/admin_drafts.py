"""The admin side of drafts, sign-off and scheduling (content/drafts.py), and of edits
that must never overwrite each other.

GovernedAdmin, mixed into every content model's admin (content/admin.py):
- the change form saves a draft, submits it, or publishes, by the buttons the person's
  role allows; a save that would make a change live without the right to publish it
  becomes a draft (a new item starts unpublished);
- a change form opened while a draft is open shows the draft, with its status, and
  links to preview and compare it;
- every form carries what it showed when opened (signed): a save made on a form opened
  before someone else's save is merged with theirs field by field (content/merge.py),
  and a field both changed waits, with both texts shown, until the person chooses;
- a deletion, alone or from the list's bulk action, is a request when sign-off is on;
- History → Revert makes a draft, never a live change.

The views behind the draft's buttons (preview, compare, submit, approve, send back,
schedule, discard, publish) are at /admin/drafts/<id>/…; each checks the permission.
"""

import copy
import datetime
import difflib
from typing import Any

from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected
from django.contrib.admin.utils import unquote
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import resolve, reverse
from django.utils import timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from solo.models import SingletonModel

from content import audit, drafts, merge
from content.models import Reviewed, Revision
from content.versions import forget_all

EDITING_SECONDS = 600
PENDING_DIR = "drafts/pending"  # not public (netclinic/views.py media)
REVIEW_FIELDS = {"last_reviewed", "next_review_due"}
TOKEN = "_edit_token"  # noqa: S105 (a form field name)


def edit_token(obj, draft: Revision | None) -> str:
    """What the form was opened on: the live item's version and its children's, and the
    draft's last save."""
    if obj is None or not obj.pk:
        return "0"
    live = ":".join(str(version) for version in [drafts.history_version(obj), *drafts.children_versions(obj)])
    return f"{live}.{draft.pk}.{draft.updated_at.timestamp():.6f}" if draft else live


def whole_item(request) -> bool:
    """A draft being published: its whole form is applied, every row it adds or deletes
    included (content.drafts.apply; the approval is the authority)."""
    return getattr(request, "_applying_draft", False)


def change_url(model, pk) -> str:
    """The item's change form (a singleton's is its list address, django-solo)."""
    meta = model._meta
    if issubclass(model, SingletonModel):
        return reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[pk])


class GovernedAdmin(admin.ModelAdmin):
    """Drafts, sign-off and no lost edits for a content model's admin (see the module).
    templates/admin/change_form.html adds the draft's parts to the change form."""

    object_history_template = "admin/history/object_history.html"

    # The change form ------------------------------------------------------------

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        obj = self.get_object(request, unquote(object_id)) if object_id else None
        draft = drafts.open_draft(obj) if obj is not None else None
        request._open_draft = draft
        request._expected_token = edit_token(obj, draft)
        if (
            obj is not None
            and draft is not None
            and draft.action == Revision.Action.DELETE
            and request.method == "POST"
        ):
            messages.error(
                request, _("This item waits for its deletion to be approved; it cannot be changed meanwhile.")
            )
            return HttpResponseRedirect(change_url(self.model, obj.pk))
        if obj is not None and request.method == "POST" and self.has_change_permission(request, obj):
            self.merge_posted(request, obj, draft)
        elif obj is not None and request.method == "GET":
            self.prepare_form(request, obj, draft)
        context = {
            **(extra_context or {}),
            "draft": draft,
            "edit_token": getattr(request, "_form_token", request._expected_token),
            "governance": self.governance(request, obj, draft),
        }
        return super().changeform_view(request, object_id, form_url, context)

    def prepare_form(self, request, obj, draft) -> None:
        """What the form shows and carries as its base: the draft (with the live item's
        later changes merged in) or the live item."""
        live = drafts.item_state(self, obj, request.user)
        if draft is None or draft.action != Revision.Action.CHANGE:
            request._form_base = merge.sign_base(live, obj)
            return
        shown = drafts.draft_data(self, draft, obj)
        request._form_base = merge.sign_base(shown, obj)
        if drafts.live_moved(obj, draft):
            result = merge.merge(draft.base_data, live, shown)
            shown = result.data
            request._conflicts = self.labelled(obj, result.conflicts)
        request._form_data = merge.with_controls(shown, QueryDict())

    def merge_posted(self, request, obj, draft) -> None:
        """Make the posted form mean the person's edits on top of the item as it is now
        (content/merge.py); fields both sides changed become conflicts to choose."""
        main, inline = drafts.editable_fields(self, request, obj)
        live = drafts.item_state(self, obj, request.user)
        changing = draft is not None and draft.action == Revision.Action.CHANGE
        current = drafts.draft_data(self, draft, obj) if changing else live
        posted_token = request.POST.get(TOKEN)
        base = merge.read_base(request.POST, obj)
        choices = merge.resolutions(request.POST)
        mine = merge.overlay(base if base is not None else current, merge.content_keys(request.POST), main, inline)
        conflicts: list[merge.Conflict] = []
        taken: list[str] = []
        data = mine
        # A form posted without its token (a script, an old page) is merged as a stale one.
        stale = posted_token != request._expected_token
        if stale:
            result = merge.merge(base or {}, current, mine, choices)
            data, conflicts, taken = result.data, result.conflicts, result.taken
        if draft is not None and draft.action == Revision.Action.CHANGE and drafts.live_moved(obj, draft):
            result = merge.merge(draft.base_data, live, data, choices)  # live changes since the draft began
            data, conflicts, taken = result.data, conflicts + result.conflicts, taken + result.taken
        if conflicts:
            # The form is shown again with both texts; it keeps its old base and token, so
            # saving again without choosing finds the same conflicts.
            request._conflicts = self.labelled(obj, conflicts)
            request._form_token, request._form_base = posted_token, request.POST.get(merge.BASE, "")
        else:
            request._form_base = merge.sign_base(current, obj)
        post = merge.with_controls(data, request.POST)
        if not conflicts:
            post[TOKEN] = request._expected_token
        request.POST = post
        request._live_state = live
        if taken:
            request._taken = sorted({self.field_label_for(obj, name) for name in taken})

    def labelled(self, obj, conflicts: list[merge.Conflict]) -> list[dict]:
        return [
            {
                "name": c.name,
                "label": self.field_label_for(obj, c.name),
                "theirs": _("(deleted)") if c.theirs == [merge.DELETED] else c.their_text,
                "mine": _("(deleted)") if c.mine == [merge.DELETED] else c.my_text,
                "seen": c.seen,
            }
            for c in conflicts
        ]

    def field_label_for(self, obj, name: str) -> str:
        """A form field's name as people read it: "description [en]", "Section 2 · body [ko]"."""
        match = merge.INLINE.match(name)
        if not match:
            return field_label(obj, name)
        for relation in obj._meta.related_objects:
            if relation.one_to_many and match["prefix"] in (
                relation.get_accessor_name(),
                relation.related_model._meta.model_name,
            ):
                child = relation.related_model
                part = (
                    _("the whole row: deleted on one side, changed on the other")
                    if match["field"] == merge.DELETE
                    else field_label(child, match["field"])
                )
                return f"{child._meta.verbose_name} {int(match['index']) + 1} · {part}"
        return name

    def governance(self, request, obj, draft) -> dict:
        model = self.model
        user = request.user
        return {
            "can_publish": drafts.can_publish(user, model) or (obj is not None and not drafts.is_live(obj)),
            "needs_approval": drafts.needs_approval(model),
            "can_approve": draft is not None
            and draft.status == Revision.Status.SUBMITTED
            and drafts.can_approve(user, draft),
            "can_discard": draft is not None and drafts.can_discard(user, draft),
            "preview_urls": self.preview_urls(draft),
            "conflicts": lambda: getattr(request, "_conflicts", None),  # known once the form is read
            "taken": lambda: getattr(request, "_taken", None),
            "resolve_prefix": merge.RESOLVE,
            "others_open": draft is not None and draft.created_by_id != user.pk,
            "others_editing": self.others_editing(request, obj) if obj is not None and request.method == "GET" else [],
            "reason": request.POST.get("_reason", "") if request.method == "POST" else "",
            "kept_images": lambda: getattr(request, "_kept_images", {}),  # known once the form is checked
        }

    def preview_urls(self, draft) -> list[tuple[str, str]]:
        return preview_urls(draft) if draft is not None and draft.action == Revision.Action.CHANGE else []

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)

        class GovernedForm(form_class):  # type: ignore[valid-type,misc]
            def __init__(self, *args, **kw):
                shown = getattr(request, "_form_data", None)
                if shown is not None and request.method == "GET" and not args and "data" not in kw:
                    kw["data"] = shown  # reopen the draft as it was saved (with later live changes)
                super().__init__(*args, **kw)
                if self.is_bound:
                    form: Any = self
                    form.files = with_kept_images(form, form.data, form.files)

            def full_clean(self):
                super().full_clean()
                if self.is_bound and self._errors:
                    keep_chosen_images(self, request)

            def clean(self):
                cleaned = super().clean()
                if request.method == "POST" and getattr(request, "_conflicts", None):
                    raise ValidationError(
                        _(
                            "Someone else changed the same fields after you opened this form. Both texts are "
                            "shown above: choose which to keep for each, or change your text, and save again. "
                            "Nothing is saved until then, and nothing either of you typed is lost."
                        ),
                        code="stale",
                    )
                return cleaned

        GovernedForm.__name__ = form_class.__name__
        return GovernedForm

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if drafts.needs_approval(self.model) and issubclass(self.model, Reviewed):
            # Review dates are a reviewer's approval (stamped when a draft is approved).
            readonly += [name for name in REVIEW_FIELDS if name not in readonly]
        return readonly

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        shown = getattr(request, "_form_data", None)
        if shown is not None and request.method == "GET" and f"{prefix}-TOTAL_FORMS" in shown:
            kwargs["data"] = shown
        return kwargs

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if change and obj is not None:
            context["edit_base"] = getattr(request, "_form_base", "")
        return super().render_change_form(request, context, add, change, form_url, obj)

    # Saving -------------------------------------------------------------------------

    def drafting(self, request, obj, change: bool) -> bool:
        """Whether this save becomes a draft rather than a live change."""
        if getattr(request, "_applying_draft", False) or not change:
            return False
        if "_save_draft" in request.POST or "_submit" in request.POST:
            return True
        live_before = drafts.is_live(type(obj)._default_manager.get(pk=obj.pk))
        if not live_before and not drafts.is_live(obj) and not self.get_inline_instances(request, obj):
            return False  # not public before or after, nor any part of it: nothing for patients to see yet
        return not drafts.can_publish(request.user, self.model)

    def save_model(self, request, obj, form, change):
        applying = getattr(request, "_applying_draft", False)
        if not change and not drafts.can_publish(request.user, self.model) and hasattr(obj, "is_published"):
            obj.is_published = False  # a new item starts as a draft, not public
            request._new_unpublished = True
        request._drafting = self.drafting(request, obj, change)
        if request._drafting:
            live = getattr(request, "_live_state", None) or drafts.item_state(self, obj, request.user)
            request._draft = drafts.save_draft(
                obj,
                request.POST,
                own_files(form, request.FILES),
                request.user,
                base_version=drafts.history_version(obj),
                base_data=live,
                data=merge.content_keys(request.POST),
            )
            if "_reason" in request.POST:
                request._draft.change_reason = request.POST["_reason"][:200]
                request._draft.save(update_fields=["change_reason"])
            before = getattr(request._draft, "_before", None) or live
            audit.record(
                "draft_saved",
                request.user,
                request._draft,
                reason=request._draft.change_reason,
                changes=audit.data_differences(before, merge.content_keys(request.POST)),
            )
            if "_submit" in request.POST:
                drafts.submit(request._draft, request.user, drafts.origin(request))
            return
        if not applying:  # a draft brings its own (content.drafts.apply)
            obj._change_reason = request.POST.get("_reason", "")[:200]
        stamp = getattr(request, "_review_stamp", None)  # an approved draft (content.drafts.draft_request)
        if isinstance(obj, Reviewed) and stamp is not None:
            stamp_review(obj, stamp)
        elif isinstance(obj, Reviewed) and set(form.changed_data) - REVIEW_FIELDS:
            # The text changed: whoever approved the old text has not reviewed this one.
            obj.reviewed_by = None
        before = audit.field_texts(type(obj)._default_manager.get(pk=obj.pk)) if change else {}
        super().save_model(request, obj, form, change)
        draft = getattr(request, "_open_draft", None)
        if draft is not None and not applying:
            # Published straight from a form that showed the draft: the draft is now live.
            draft.status, draft.published_by, draft.published_at = (
                Revision.Status.PUBLISHED,
                request.user,
                timezone.now(),
            )
            draft.save(update_fields=["status", "published_by", "published_at"])
        if not applying:
            changes = audit.differences(before, audit.field_texts(obj))
            audit.record(
                "changed" if change else "created", request.user, obj, reason=obj._change_reason, changes=changes
            )

    def save_related(self, request, form, formsets, change):
        if getattr(request, "_drafting", False):
            return
        super().save_related(request, form, formsets, change)

    def save_formset(self, request, form, formset, change):
        """A child's review dates, as the item's: an approved draft stamps the children it
        changed; a text changed without approval is no longer the reviewer's."""
        stamp = getattr(request, "_review_stamp", None)
        for child_form in formset.forms:
            child = child_form.instance
            if not isinstance(child, Reviewed) or not child_form.has_changed():
                continue
            if stamp is not None:
                stamp_review(child, stamp)
            elif set(child_form.changed_data) - REVIEW_FIELDS:
                child.reviewed_by = None
        super().save_formset(request, form, formset, change)

    def construct_change_message(self, request, form, formsets, add=False):
        if getattr(request, "_drafting", False):
            return ""
        return super().construct_change_message(request, form, formsets, add)

    def log_change(self, request, obj, message):
        if getattr(request, "_drafting", False):
            return None
        return super().log_change(request, obj, message)

    def response_change(self, request, obj):
        taken = getattr(request, "_taken", None)
        if taken:
            messages.info(
                request,
                _("Someone else saved this item while you had it open. Their changes to %(fields)s are kept too.")
                % {"fields": ", ".join(taken)},
            )
        if getattr(request, "_drafting", False):
            draft = request._draft
            if draft.status == Revision.Status.SUBMITTED:
                messages.success(
                    request,
                    _("Your draft was submitted for review. Patients see the live version until it is approved."),
                )
            else:
                messages.success(
                    request, _("Saved as a draft. Patients see the live version until the draft is published.")
                )
            return HttpResponseRedirect(change_url(self.model, obj.pk))
        return super().response_change(request, obj)

    def response_add(self, request, obj, post_url_continue=None):
        if getattr(request, "_new_unpublished", False):
            messages.info(
                request, _("The new item is saved, not public. Tick “published” and submit it when it is ready.")
            )
        return super().response_add(request, obj, post_url_continue)

    # Deleting: with sign-off on, a request that waits for approval -----------------------

    def has_add_permission(self, request) -> bool:
        hideable = hasattr(self.model, "is_published") or issubclass(self.model, SingletonModel)
        if drafts.needs_approval(self.model) and not hideable:
            return False  # a new one would be public at once, with nobody's sign-off
        return super().has_add_permission(request)

    def delete_view(self, request, object_id, extra_context=None):
        context = {**(extra_context or {}), "deletion_is_request": drafts.needs_approval(self.model)}
        return super().delete_view(request, object_id, context)

    def log_deletions(self, request, queryset):
        if drafts.needs_approval(self.model):
            return None  # asked for, not done (request_deletion logs it)
        return super().log_deletions(request, queryset)

    def delete_model(self, request, obj):
        if drafts.needs_approval(self.model):
            try:
                drafts.request_deletion(obj, request.user, drafts.origin(request))
                request._deletion_requested = True
            except drafts.WorkflowError as error:
                request._deletion_refused = str(error)
            return
        audit.record("deleted", request.user, obj, changes=audit.differences(audit.field_texts(obj), {}))
        super().delete_model(request, obj)

    def response_delete(self, request, obj_display, obj_id):
        refused = getattr(request, "_deletion_refused", None)
        if refused:
            messages.error(request, refused)
            return HttpResponseRedirect(change_url(self.model, obj_id))
        if getattr(request, "_deletion_requested", False):
            messages.success(
                request,
                _("Deletion of “%(item)s” is requested. It stays on the site until someone else approves it.")
                % {"item": obj_display},
            )
            return HttpResponseRedirect(change_url(self.model, obj_id))
        return super().response_delete(request, obj_display, obj_id)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            audit.record("deleted", request.user, obj, changes=audit.differences(audit.field_texts(obj), {}))
        super().delete_queryset(request, queryset)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if "delete_selected" in actions and drafts.needs_approval(self.model):
            _func, name, description = actions["delete_selected"]  # type: ignore[misc]
            actions["delete_selected"] = (request_deletions, name, description)
        return actions

    # Who else has the item open (a soft lock: shown, never blocking) ----------------

    def others_editing(self, request, obj) -> list[str]:
        """Note that this person has the form open; the others who opened it in the last 10 minutes."""
        key = f"editing:{obj._meta.label_lower}:{obj.pk}"
        now = timezone.now().timestamp()
        present = {int(k): v for k, v in (cache.get(key) or {}).items() if now - v[1] < EDITING_SECONDS}
        present[request.user.pk] = (request.user.get_username(), now)
        cache.set(key, present, EDITING_SECONDS)
        return [name for pk, (name, _since) in present.items() if pk != request.user.pk]

    # History: a revert is a draft ------------------------------------------------------

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            obj = self.get_object(request, unquote(object_id))
            if obj is None or not self.has_change_permission(request, obj):
                raise PermissionDenied
            record = get_object_or_404(obj.history.model, history_id=version_id, id=obj.pk)
            historic = record.instance
            historic._state.adding = False  # the item itself, not a new one (its own slug is no clash)
            form = self.get_form(request, historic, change=True)(request.POST, request.FILES, instance=historic)
            if form.is_valid():
                if drafts.open_draft(obj) is not None:
                    messages.error(
                        request,
                        _(
                            "This item has an open draft. Publish or discard it first, so that going back to "
                            "an earlier version cannot replace anyone's draft."
                        ),
                    )
                    return HttpResponseRedirect(change_url(self.model, obj.pk))
                live = drafts.item_state(self, obj, request.user)
                main, inline = drafts.editable_fields(self, request, obj)
                data = merge.overlay(live, merge.content_keys(request.POST), main, inline)
                draft = drafts.save_draft(
                    obj,
                    request.POST,
                    own_files(form, request.FILES),
                    request.user,
                    base_version=drafts.history_version(obj),
                    base_data=live,
                    data=data,
                )
                draft.change_reason = _("Back to the version of %(date)s") % {"date": seoul(record.history_date)}
                draft.save(update_fields=["change_reason"])
                audit.record(
                    "draft_saved",
                    request.user,
                    draft,
                    reason=draft.change_reason,
                    changes=audit.data_differences(live, data),
                )
                messages.success(request, _("The earlier version is now a draft. Review and publish it as any draft."))
                return HttpResponseRedirect(change_url(self.model, obj.pk))
            # Never simple-history's own save, which would make the old version live.
            problems = "; ".join(f"{name}: {' '.join(str(e) for e in errors)}" for name, errors in form.errors.items())
            messages.error(request, _("This version could not be made a draft: %(problems)s") % {"problems": problems})
            return HttpResponseRedirect(request.path)
        # simple-history reads the class's prepopulated fields, not the person's: a
        # translator's form has no slug to fill (a 500 before). A copy of this admin
        # for the one request carries the person's.
        obj = self.get_object(request, unquote(object_id))
        for_request: Any = copy.copy(self)
        for_request.prepopulated_fields = self.get_prepopulated_fields(request, obj)
        view: Any = super(GovernedAdmin, for_request)
        # The item's own options, not its history's ("historical treatment"), name the screen.
        context = {**(extra_context or {}), "opts": self.model._meta}
        return view.history_form_view(request, object_id, version_id, context)

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        if not drafts.can_publish(request.user, self.model):
            # A change from the list would skip the draft and its review: changes are made
            # on each item's form, as drafts.
            changelist.list_editable = ()
        return changelist

    def history_view_title(self, request, obj):
        return _("History of “%(item)s”") % {"item": obj}

    def history_form_view_title(self, request, obj):
        return _("Back to an earlier version of “%(item)s”") % {"item": obj}


def stamp_review(item: Reviewed, stamp) -> None:
    """The reviewer's approval on the item: who, when, and when it is due again."""
    item.reviewed_by, item.last_reviewed = stamp
    item.next_review_due = item.last_reviewed + datetime.timedelta(days=settings.REVIEW_INTERVAL_DAYS)


def request_deletions(modeladmin, request, queryset):
    """Django's "delete selected", with sign-off on: each deletion is asked for, not done."""
    if not request.POST.get("post"):
        page = delete_selected(modeladmin, request, queryset)  # the page that asks to confirm
        if isinstance(page, TemplateResponse):
            page.context_data = {**(page.context_data or {}), "deletion_is_request": True}
        return page
    if not modeladmin.has_delete_permission(request):
        raise PermissionDenied
    asked = 0
    for obj in queryset:
        try:
            drafts.request_deletion(obj, request.user, drafts.origin(request))
            asked += 1
        except drafts.WorkflowError as error:
            messages.error(request, str(error))
    if asked:
        messages.success(
            request,
            _("Deletion of %(count)s items is requested. They stay on the site until someone else approves it.")
            % {"count": asked},
        )
    return None


KEPT = "_kept_"
KEPT_SALT = "netclinic.admin.kept-image"


def image_fields(form) -> list[str]:
    return [name for name, field in form.fields.items() if isinstance(field, forms.FileField)]


def own_files(form, files):
    """Only the uploads this person's form has a field for (a draft keeps nothing else)."""
    kept = files.copy()
    for name in list(kept):
        if name not in image_fields(form):
            del kept[name]
    return kept


def with_kept_images(form, data, files):
    """An image chosen on a form that came back with errors, given again with the form."""
    names = [name for name in image_fields(form) if name not in files and data.get(f"{KEPT}{name}")]
    if not names:
        return files
    files = files.copy()
    for name in names:
        try:
            stored = signing.loads(data[f"{KEPT}{name}"], salt=KEPT_SALT, max_age=86_400)
            with default_storage.open(stored) as handle:
                files[name] = SimpleUploadedFile(stored.rsplit("/", 1)[-1], handle.read())
        except (signing.BadSignature, OSError, ValueError):
            continue  # too old or not ours: the person chooses the image again
    return files


def keep_chosen_images(form, request) -> None:
    """The form has errors: keep each image it accepted, so it need not be chosen again."""
    kept = getattr(request, "_kept_images", {})
    for name in image_fields(form):
        upload = form.files.get(name)
        if upload is None or name in form.errors:
            continue
        upload.seek(0)
        stored = default_storage.save(f"{PENDING_DIR}/{upload.name}", upload)
        kept[name] = {"token": signing.dumps(stored, salt=KEPT_SALT), "name": upload.name}
    request._kept_images = kept


def field_label(obj, name: str) -> str:
    try:
        field = obj._meta.get_field(name)
    except Exception:  # noqa: BLE001 (a field of the history only)
        return name
    return str(field.verbose_name)  # modeltranslation's per-language fields end in " [ko]", " [en]"


# The draft's own pages ---------------------------------------------------------------


def preview_urls(draft: Revision) -> list[tuple[str, str]]:
    return [(code, reverse("admin:draft_preview", args=[draft.pk, code])) for code, _name in settings.LANGUAGES]


def get_draft(request: HttpRequest, pk: int) -> tuple[Revision, Any, Any]:
    revision = get_object_or_404(Revision.objects.select_related("content_type", "created_by"), pk=pk)
    model: Any = revision.content_type.model_class()
    model_admin: Any = admin.site._registry.get(model)
    obj = model._default_manager.filter(pk=revision.object_id).first() if model else None
    if model_admin is None or obj is None:
        raise Http404
    allowed = model_admin.has_change_permission(request, obj) or model_admin.has_view_permission(request, obj)
    if not allowed:
        raise PermissionDenied
    return revision, model_admin, obj


class Rollback(Exception):
    pass


def preview(request: HttpRequest, pk: int, language: str) -> HttpResponse:
    """The draft in the real page design: applied inside a transaction that is rolled back."""
    revision, _model_admin, obj = get_draft(request, pk)
    if language not in dict(settings.LANGUAGES):
        raise Http404
    response: HttpResponse | None = None
    try:
        with transaction.atomic():
            applied = drafts.apply(revision, request.user, request)
            with translation.override(language):
                path = applied.obj.get_absolute_url().split("#")[0]  # type: ignore[attr-defined]
                match = resolve(path)
                request.content_version = -1  # type: ignore[attr-defined] # kept values here are never reused
                request.draft_preview = {  # type: ignore[attr-defined]
                    "back_url": change_url(type(obj), obj.pk),
                    "language_urls": dict(preview_urls(revision)),
                }
                request.LANGUAGE_CODE = language
                response = match.func(request, *match.args, **match.kwargs)
                if hasattr(response, "render"):
                    response.render()
            raise Rollback
    except Rollback:
        pass
    forget_all()
    assert response is not None
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def words_diff(old: str, new: str) -> str:
    """The whole of both texts, with what was taken out and put in marked."""
    a, b = old.split(" "), new.split(" ")
    parts = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            parts.append(format_html("{}", " ".join(a[i1:i2])))
        if tag in ("delete", "replace"):
            parts.append(format_html("<del>{}</del>", " ".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            parts.append(format_html("<ins>{}</ins>", " ".join(b[j1:j2])))
    return format_html_join(" ", "{}", ((part,) for part in parts))


def compare(request: HttpRequest, pk: int) -> HttpResponse:
    """The draft against the live item, field by field, each language apart, whole texts."""
    revision, model_admin, obj = get_draft(request, pk)
    rows = []
    try:
        with transaction.atomic():
            before = snapshot(obj)
            applied = drafts.apply(revision, request.user, request)
            if applied.errors:
                after = before
            else:
                still = type(obj)._default_manager.filter(pk=obj.pk).first()  # None: a deletion
                after = snapshot(still) if still is not None else {}
            raise Rollback
    except Rollback:
        pass
    for key in after:
        if before.get(key) != after[key]:
            rows.append(
                {
                    "label": key[0],
                    "old": before.get(key, ""),
                    "new": after[key],
                    "diff": words_diff(before.get(key, ""), after[key]),
                }
            )
    for key in before.keys() - after.keys():
        rows.append({"label": key[0], "old": before[key], "new": "", "diff": words_diff(before[key], "")})
    context = {
        **admin.site.each_context(request),
        "title": _("Compare the draft with the live version"),
        "revision": revision,
        "object": obj,
        "opts": type(obj)._meta,
        "rows": rows,
        "errors": applied.errors,
        "change_url": change_url(type(obj), obj.pk),
    }
    return TemplateResponse(request, "admin/drafts/compare.html", context)


def snapshot(obj, children: bool = True) -> dict[tuple[str, str], str]:
    """Every editable field's text, and each inline child's, labelled for people."""
    values: dict[tuple[str, str], str] = {}

    def add(item, prefix: str = "") -> None:
        for field in item._meta.concrete_fields:
            if not field.editable or field.primary_key or field.name in ("updated_at",):
                continue
            if getattr(field, "translated_field", None) is None and hasattr(
                item, f"{field.name}_{settings.LANGUAGE_CODE}"
            ):
                continue  # the untranslated column behind a translated field
            value = field.value_from_object(item)
            values[(f"{prefix}{field_label(item, field.name)}", field.name)] = "" if value is None else str(value)
        for field in item._meta.many_to_many:
            names = ", ".join(sorted(str(o) for o in getattr(item, field.name).all()))
            values[(f"{prefix}{field.verbose_name}", field.name)] = names

    add(obj)
    if not children:
        return values
    for relation in obj._meta.related_objects:
        if relation.one_to_many and relation.related_model in admin.site._registry:
            for child in getattr(obj, relation.get_accessor_name()).all():
                add(child, prefix=f"{relation.related_model._meta.verbose_name} “{child}” · ")
    return values


class ReviewForm(forms.Form):
    comment = forms.CharField(required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))
    go_live_at = forms.DateTimeField(required=False)


@require_POST
def act(request: Any, pk: int, action: str) -> HttpResponse:
    """The draft's buttons: submit, approve, send back, schedule, publish, discard."""
    revision, model_admin, obj = get_draft(request, pk)
    if not model_admin.has_change_permission(request, obj):
        raise PermissionDenied
    form = ReviewForm(request.POST)
    form.is_valid()
    data = form.cleaned_data if form.is_valid() else {}
    back = HttpResponseRedirect(change_url(type(obj), obj.pk))
    try:
        if action == "submit":
            drafts.submit(revision, request.user, drafts.origin(request))
            messages.success(request, _("Submitted for review."))
        elif action == "unschedule":
            drafts.unschedule(revision, request.user)
            messages.success(request, _("Taken off the schedule; it is a draft again."))
        elif action == "discard":
            drafts.discard(revision, request.user)
            messages.success(
                request,
                _(
                    "The draft is discarded; the live item is unchanged. It can be read and brought back from "
                    "Drafts for %(days)s days."
                )
                % {"days": drafts.DISCARDED_DAYS},
            )
            return HttpResponseRedirect(reverse("admin:content_revision_change", args=[revision.pk]))
        elif action == "bring-back":
            drafts.bring_back(revision, request.user)
            messages.success(request, _("The draft is back: it is the item's open draft again."))
        elif action == "send-back":
            if not data.get("comment"):
                messages.error(request, _("Say what needs changing, so the author knows."))
                return back
            drafts.send_back(revision, request.user, data["comment"], drafts.origin(request))
            messages.success(request, _("Sent back to the author with your comment."))
        elif action in ("approve", "publish", "schedule"):
            go_live_at = data.get("go_live_at") if action == "schedule" else None
            if action == "schedule" and go_live_at is None:
                messages.error(request, _("Give the date and time it should go live (Seoul time)."))
                return back
            if drafts.needs_approval(type(obj)) or action == "approve":
                applied = drafts.approve(revision, request.user, request, go_live_at=go_live_at)
            elif not drafts.can_publish(request.user, type(obj)):
                raise drafts.WorkflowError(_("You may save drafts of this item, not publish them."))
            elif go_live_at is not None:
                drafts.refuse_past(go_live_at)
                revision.go_live_at, revision.status, revision.reviewed_by = (
                    go_live_at,
                    Revision.Status.SCHEDULED,
                    request.user,
                )
                revision.save(update_fields=["go_live_at", "status", "reviewed_by"])
                audit.record(
                    "scheduled", request.user, revision, reason=f"{timezone.localtime(go_live_at):%Y-%m-%d %H:%M %Z}"
                )
                drafts.schedule_changed()
                applied = None
            else:
                applied = drafts.publish(revision, request.user, request)
            if applied is not None and applied.errors:
                messages.error(
                    request, _("The draft could not be published: %(errors)s") % {"errors": "; ".join(applied.errors)}
                )
            elif applied is None:
                messages.success(
                    request,
                    _("Scheduled to go live at %(time)s (Seoul time).")
                    % {"time": f"{timezone.localtime(go_live_at):%Y-%m-%d %H:%M}"},
                )
            elif revision.action == Revision.Action.DELETE:
                messages.success(request, _("Deleted. Patients no longer see “%(item)s”.") % {"item": obj})
                meta = type(obj)._meta
                return HttpResponseRedirect(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"))
            else:
                messages.success(request, _("Published. Patients see the new version now."))
        else:
            raise Http404
    except drafts.WorkflowError as error:
        messages.error(request, str(error))
    return back


def seoul(value: datetime.datetime) -> str:
    return f"{timezone.localtime(value):%Y-%m-%d %H:%M}"


def compare_versions(request: HttpRequest, label: str, pk: int) -> HttpResponse:
    """Any two saved versions of an item, field by field, each language apart, whole texts."""
    try:
        model: Any = apps.get_model(label)
    except (LookupError, ValueError):
        raise Http404 from None
    model_admin: Any = admin.site._registry.get(model)
    if model_admin is None or not hasattr(model, "history"):
        raise Http404
    obj = model._default_manager.filter(pk=pk).first()
    if obj is None or not model_admin.has_view_or_change_permission(request, obj):
        raise Http404 if obj is None else PermissionDenied
    try:
        older, newer = (obj.history.get(history_id=int(request.GET[key])) for key in ("a", "b"))
    except (KeyError, ValueError, obj.history.model.DoesNotExist):
        messages.error(request, _("Choose two versions to compare."))
        return HttpResponseRedirect(
            reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_history", args=[pk])
        )
    if older.history_date > newer.history_date:
        older, newer = newer, older
    before, after = snapshot(older.instance, children=False), snapshot(newer.instance, children=False)
    rows = [
        {"label": key[0], "old": before.get(key, ""), "new": value, "diff": words_diff(before.get(key, ""), value)}
        for key, value in after.items()
        if before.get(key) != value
    ]
    context = {
        **admin.site.each_context(request),
        "title": _("Compare %(older)s with %(newer)s")
        % {"older": seoul(older.history_date), "newer": seoul(newer.history_date)},
        "object": obj,
        "opts": model._meta,
        "rows": rows,
        "errors": [],
        "change_url": change_url(model, pk),
        "back_label": _("Back to the item"),
    }
    return TemplateResponse(request, "admin/drafts/compare.html", context)
