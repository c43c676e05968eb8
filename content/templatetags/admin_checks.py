"""The admin index's summary of content that needs attention."""

from django import template
from django.urls import reverse

from content.admin_drafts import change_url
from content.drafts import can_approve
from content.models import Reviewed, Revision
from content.translations import may_translate, own_name, translated_languages, translated_models

register = template.Library()


@register.inclusion_tag("admin/includes/content_checks.html", takes_context=True)
def content_checks(context) -> dict:
    user = context["request"].user
    reviews = []
    for model in translated_models():
        meta = model._meta
        if not issubclass(model, Reviewed) or not user.has_perm(f"{meta.app_label}.view_{meta.model_name}"):
            continue
        never = model.objects.never_reviewed().count()
        overdue, due_soon = model.objects.overdue().count(), model.objects.due_soon().count()
        if never or overdue or due_soon:
            url = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
            reviews.append(
                {
                    "name": meta.verbose_name_plural,
                    "never": never,
                    "overdue": overdue,
                    "due_soon": due_soon,
                    "url": url,
                }
            )
    return {
        "reviews": reviews,
        "never_total": sum(r["never"] for r in reviews),
        "overdue_total": sum(r["overdue"] for r in reviews),
        "due_soon_total": sum(r["due_soon"] for r in reviews),
        "can_see_audit": user.has_perm("content.view_auditentry"),
        # The translated languages this person approves (content/admin_translations.py).
        "translator_languages": [
            (code, own_name(code)) for code in translated_languages() if may_translate(user, code)
        ],
        **waiting_for(user),
    }


def waiting_for(user) -> dict:
    """What waits for this person: drafts to review, their own drafts sent back or open."""
    open_drafts = list(
        Revision.objects.filter(status__in=Revision.OPEN).select_related("content_type", "created_by")[:200]
    )
    for draft in open_drafts:
        model = draft.content_type.model_class()
        url = change_url(model, draft.object_id) if model is not None else ""
        setattr(draft, "url", url)  # noqa: B010 (for the template)
    return {
        "to_review": [d for d in open_drafts if d.status == Revision.Status.SUBMITTED and can_approve(user, d)],
        "sent_back": [d for d in open_drafts if d.status == Revision.Status.SENT_BACK and d.created_by_id == user.pk],
        "my_drafts": [d for d in open_drafts if d.created_by_id == user.pk and d.status != Revision.Status.SENT_BACK],
    }


@register.filter
def minutes(duration) -> int:
    """A timedelta as whole minutes, for messages such as the sign-in lockout."""
    return max(1, round(duration.total_seconds() / 60)) if duration else 0
