"""The admin's pages for the translators of each language beyond Korean and English:
where each item's translation stands, and approving it (content/translations.py).

A translator of a language (content.translate_<language>) sees its page only, reads an
item's texts beside the English and Korean ones, and approves them; the page is then
shown to patients in that language.
"""

from typing import Any, cast

from django.apps import apps
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Field
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language_info, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from content import translations
from content.models import OutdatedTranslation

STATES = {
    "waiting": _("Seed translation waiting for approval"),
    "incomplete": _("Begun, not finished"),
    "unreviewed": _("Not yet approved"),
    "outdated": _("Approved, but the English or Korean text changed since"),
    "approved": _("Approved"),
    "none": _("Not translated"),
}


def _language(request: HttpRequest, language: str) -> str:
    if language not in translations.translated_languages():
        raise Http404
    if not translations.may_translate(request.user, language):
        raise PermissionDenied
    return language


def state(obj, language: str) -> str:
    """Where the item's translation into `language` stands (a key of STATES)."""
    if translations.pending(obj, language) is not None:
        return "waiting"
    if not translations.texts(obj, language):
        return "none"
    if not translations.is_complete(obj, language):
        return "incomplete"
    if not translations.is_reviewed(obj, language):
        return "unreviewed"
    marks = OutdatedTranslation.objects.filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk)
    if marks.filter(language=language).exists():
        return "outdated"
    return "approved"


def languages_index(request: HttpRequest) -> HttpResponse:
    """The translated languages the signed-in translator holds."""
    held = [code for code in translations.translated_languages() if translations.may_translate(request.user, code)]
    if not held:
        raise PermissionDenied
    if len(held) == 1:
        return HttpResponseRedirect(reverse("admin:translations", args=[held[0]]))
    context = {**admin.site.each_context(request), "title": _("Translations")}
    context["languages"] = [(code, translations.own_name(code)) for code in held]
    return render(request, "admin/translations/index.html", context)


def language_status(request: HttpRequest, language: str) -> HttpResponse:
    language = _language(request, language)
    groups: list[dict[str, Any]] = []
    counts = dict.fromkeys(STATES, 0)
    for model in translations.translated_models():
        rows = []
        for obj in model._default_manager.all():
            if getattr(obj, "holds_personal_data", False):
                continue
            now = state(obj, language)
            counts[now] += 1
            if now not in ("none", "approved"):
                url = reverse("admin:translation_review", args=[language, model._meta.label_lower, obj.pk])
                rows.append({"object": obj, "state": STATES[now], "url": url})
        if rows:
            groups.append({"name": model._meta.verbose_name_plural, "rows": rows})
    info = get_language_info(language)
    context = {
        **admin.site.each_context(request),
        "title": gettext("Translations: %s") % translations.own_name(language),
    }
    context.update(
        language=language,
        language_name=translations.own_name(language),
        bidi=info["bidi"],
        groups=groups,
        counts=[(STATES[key], count) for key, count in counts.items()],
    )
    return render(request, "admin/translations/language.html", context)


@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, language: str, label: str, pk: int) -> HttpResponse:
    """One item's texts in `language` beside the English and Korean ones, to approve."""
    language = _language(request, language)
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError) as error:
        raise Http404 from error
    if model not in translations.translated_models():
        raise Http404
    obj = model._default_manager.filter(pk=pk).first()
    if obj is None:
        raise Http404
    back = reverse("admin:translations", args=[language])
    if request.method == "POST":
        try:
            translations.approve(obj, language, request.user)
        except PermissionDenied as refusal:
            messages.error(request, str(refusal) or gettext("You may not approve this translation."))
            return HttpResponseRedirect(request.path)
        messages.success(request, gettext("Approved: patients now read “%s” in this language.") % obj)
        return HttpResponseRedirect(back)
    waiting = translations.pending(obj, language)
    proposed = waiting.values if waiting is not None else {}
    fields = []
    for name in translations.translated_fields(model):
        sources = {code: translations.text_of(obj, name, code) for code in settings.SOURCE_LANGUAGES}
        live = translations.text_of(obj, name, language)
        if not any(sources.values()) and not live and not proposed.get(name):
            continue
        fields.append(
            {
                "label": cast(Field, model._meta.get_field(name)).verbose_name,
                "sources": sources,
                "text": live or proposed.get(name, ""),
                "from_seed": not live and bool(proposed.get(name)),
            }
        )
    info = get_language_info(language)
    context = {**admin.site.each_context(request), "title": gettext("Review the translation: %s") % obj}
    context.update(
        language=language,
        language_name=translations.own_name(language),
        bidi=info["bidi"],
        object=obj,
        fields=fields,
        state=STATES[state(obj, language)],
        back=back,
        change_url=reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[obj.pk]),
        may_approve=state(obj, language) != "approved",
    )
    return render(request, "admin/translations/review.html", context)
