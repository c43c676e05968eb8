"""Admin pages that look across all content: translations, deleted items, the Markdown preview.

The admin site serves them under its own address (content/admin_site.py).
"""

import datetime
from typing import Any

from django.apps import apps
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST

from content import audit, security
from content.drafts import needs_approval
from content.markup import MAX_MARKDOWN_CHARS, render_markdown
from content.models import OutdatedTranslation
from content.translations import missing_translations, outdated_translations, split_column, translated_models

# The live preview asks again as the editor types (the script waits for a pause):
# a person stays far below this; a script that loops does not.
PREVIEW_REQUESTS_PER_MINUTE = 120


def _admin_context(request: HttpRequest, title: str | Promise) -> dict:
    return {**admin.site.each_context(request), "title": title}


def _change_url(obj) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


@require_POST
def markdown_preview(request: HttpRequest) -> HttpResponse:
    """The sanitized HTML of the Markdown an editor is typing, for the admin's live preview."""
    if security.over_limit("markdown-preview", str(request.user.pk), PREVIEW_REQUESTS_PER_MINUTE, 60):
        message = gettext("Too many previews in a minute. The preview comes back in a moment; your text is kept.")
        return HttpResponse(
            message, status=429, content_type="text/plain; charset=utf-8", headers={"Retry-After": "60"}
        )
    text = request.POST.get("text", "")
    if len(text) > MAX_MARKDOWN_CHARS:
        message = gettext("This text is too long to preview; saving it will say what to do.")
        return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
    return HttpResponse(render_markdown(text), content_type="text/html; charset=utf-8")


@require_http_methods(["GET", "POST"])
def translation_status(request: HttpRequest) -> HttpResponse:
    """Every item with a field written in one language but empty in another, or changed
    in one language since the other was written; a translator confirms the latter here."""
    if request.method == "POST":
        return _confirm_translation(request)
    groups: list[dict[str, Any]] = []
    total_missing = total_outdated = 0
    for model in translated_models():
        if not request.user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}"):
            continue
        outdated = outdated_translations(model)
        rows = []
        for obj in model._default_manager.all():
            missing = missing_translations(obj)
            stale = outdated.get(obj.pk, [])
            if missing or stale:
                rows.append({"object": obj, "url": _change_url(obj), "missing": missing, "outdated": stale})
        groups.append(
            {
                "name": model._meta.verbose_name_plural,
                "label": model._meta.label_lower,
                "rows": rows,
                "count": model._default_manager.count(),
            }
        )
        total_missing += sum(1 for row in rows if row["missing"])
        total_outdated += sum(1 for row in rows if row["outdated"])
    context = _admin_context(request, _("Translation status"))
    context["groups"] = groups
    context["total_missing"] = total_missing
    context["total_outdated"] = total_outdated
    return render(request, "admin/translation_status.html", context)


def _confirm_translation(request: HttpRequest) -> HttpResponse:
    """A translator confirms that a text still says what the changed one says."""
    target = reverse("admin:translation_status")
    try:
        model = apps.get_model(request.POST.get("model", ""))
        object_id = int(request.POST.get("object_id", ""))
    except (LookupError, ValueError):
        messages.error(request, gettext("That text could not be found."))
        return HttpResponseRedirect(target)
    if not request.user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}"):
        raise PermissionDenied
    field, language = split_column(request.POST.get("field", ""))
    OutdatedTranslation.objects.filter(
        content_type=ContentType.objects.get_for_model(model), object_id=object_id, field=field, language=language
    ).delete()
    messages.success(request, gettext("Marked as up to date."))
    return HttpResponseRedirect(target)


def _historized_models() -> list:
    return [model for model in translated_models() if hasattr(model, "history")]


def _deleted_records(model) -> list:
    """The last historical record of each deleted item that has not come back."""
    existing = set(model.objects.values_list("pk", flat=True))
    latest = {}
    for record in model.history.filter(history_type="-").order_by("-history_date"):
        if record.id not in existing and record.id not in latest:
            latest[record.id] = record
    return list(latest.values())


@require_http_methods(["GET", "POST"])
def deleted_items(request: HttpRequest) -> HttpResponse:
    """Deleted items, with a button to restore each one as it was when deleted."""
    if request.method == "POST":
        return _restore(request)
    groups = []
    for model in _historized_models():
        meta = model._meta
        if not request.user.has_perm(f"{meta.app_label}.add_{meta.model_name}"):
            continue
        records = _deleted_records(model)
        if records:
            groups.append({"name": meta.verbose_name_plural, "label": meta.label_lower, "records": records})
    context = _admin_context(request, _("Deleted items"))
    context["groups"] = groups
    return render(request, "admin/deleted_items.html", context)


def restore_record(model, record, *, hidden: bool = False):
    """Bring a deleted item back as it was, with its many-to-many links (kept by the
    history) and the children that were deleted with it (a cascade), in one step;
    `hidden`: not public (with sign-off on, it goes live once a draft of it is approved)."""
    obj = record.instance
    if hidden and hasattr(obj, "is_published"):
        obj.is_published = False
    obj.save()
    # The deletion's own record keeps no links: the last version before it does.
    before = (
        model.history.filter(id=record.id, history_date__lte=record.history_date)
        .exclude(history_type="-")
        .order_by("-history_date", "-history_id")
        .first()
    )
    for field in model._meta.many_to_many:
        kept = getattr(before, field.name, None) if before is not None else None
        if kept is None or not hasattr(kept, "all"):
            continue
        target = f"{field.m2m_reverse_field_name()}_id"
        ids = [getattr(row, target) for row in kept.all()]
        getattr(obj, field.name).set(field.related_model._default_manager.filter(pk__in=ids))
    when = record.history_date
    for relation in model._meta.related_objects:
        child_model = relation.related_model
        if not relation.one_to_many or not hasattr(child_model, "history"):
            continue
        deleted_with = child_model.history.filter(
            history_type="-",
            history_date__range=(when - datetime.timedelta(seconds=60), when + datetime.timedelta(seconds=60)),
            **{relation.field.attname: obj.pk},
        ).order_by("-history_date")
        done: set = set()
        for child in deleted_with:
            if child.id not in done and not child_model._default_manager.filter(pk=child.id).exists():
                restore_record(child_model, child, hidden=hidden)
            done.add(child.id)
    return obj


def _restore(request: HttpRequest) -> HttpResponse:
    target = reverse("admin:deleted_items")
    models = {model._meta.label_lower: model for model in _historized_models()}
    model = models.get(request.POST.get("model", ""))
    if model is None:
        messages.error(request, gettext("That item could not be found."))
        return HttpResponseRedirect(target)
    meta = model._meta
    if not request.user.has_perm(f"{meta.app_label}.add_{meta.model_name}"):
        raise PermissionDenied
    try:
        history_id = int(request.POST.get("history_id", ""))
    except ValueError:
        history_id = None
    record = model.history.filter(history_id=history_id, history_type="-").first() if history_id else None
    if record is None or model.objects.filter(pk=record.id).exists():
        messages.error(request, gettext("That item could not be found, or it was restored already."))
        return HttpResponseRedirect(target)
    hidden = needs_approval(model)
    if hidden and not hasattr(model, "is_published"):
        messages.error(request, gettext("This kind of item cannot be restored unpublished; ask an administrator."))
        return HttpResponseRedirect(target)
    try:
        with transaction.atomic():
            obj = restore_record(model, record, hidden=hidden)
            audit.record("restored", request.user, obj)
    except IntegrityError:
        messages.error(
            request,
            gettext("“%(item)s” could not be restored: the item it belongs to was deleted too. Restore that first.")
            % {"item": record},
        )
        return HttpResponseRedirect(target)
    if hidden:
        messages.success(
            request,
            gettext(
                "“%(item)s” is restored, not public. Tick “published” and submit it for review: it goes live "
                "once someone else approves it."
            )
            % {"item": obj},
        )
    else:
        messages.success(request, gettext("“%(item)s” is restored.") % {"item": obj})
    return HttpResponseRedirect(_change_url(obj))
