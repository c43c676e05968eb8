"""The site-wide audit log: who created, changed, submitted, approved, sent back,
published, scheduled, unpublished, deleted or restored what, and when; staff sign-ins,
failed sign-ins and lockouts; changes to accounts and groups.

Entries are written here only (record()); the admin lists them and offers no way to
add, change or delete one (content/admin.py AuditEntryAdmin). A failed sign-in names
the username typed, never the password or the address.
"""

import re

from axes.signals import user_locked_out
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from content.models import AuditEntry, Revision

ACTIONS = {
    "created": _("created"),
    "changed": _("changed"),
    "deleted": _("deleted"),
    "restored": _("restored"),
    "draft_saved": _("saved a draft"),
    "submitted": _("submitted for review"),
    "approved": _("approved"),
    "sent_back": _("sent back"),
    "scheduled": _("scheduled"),
    "unscheduled": _("took off the schedule"),
    "published": _("published"),
    "unpublished": _("unpublished"),
    "discarded": _("discarded a draft"),
    "draft_restored": _("brought back a discarded draft"),
    "deletion_requested": _("asked for a deletion"),
    "second_factor_failed": _("gave a wrong sign-in code"),
    "signed_in": _("signed in"),
    "sign_in_failed": _("failed to sign in"),
    "locked_out": _("was locked out"),
    "account_changed": _("changed an account or group"),
    "opened": _("opened"),
    "exported": _("exported"),
    "deleted_on_schedule": _("deleted on schedule"),
    "translation_approved": _("approved a translation"),
}


MAX_TEXT = 20_000  # of one field's text kept in an entry
COUNTS = re.compile(r"-(TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS$")  # a formset's counts, not text


def field_texts(obj: models.Model) -> dict[str, str]:
    """Each editable field's text (both languages' columns), by name: what an entry keeps
    of a content item before and after a change. Nothing of a model that holds personal data."""
    if getattr(obj, "holds_personal_data", False):
        return {}
    texts = {}
    for field in obj._meta.concrete_fields:
        if not field.editable or field.primary_key or field.name == "updated_at":
            continue
        if getattr(field, "translated_field", None) is None and hasattr(obj, f"{field.name}_{settings.LANGUAGE_CODE}"):
            continue  # the untranslated column behind a translated field mirrors one language
        value = field.value_from_object(obj)
        texts[field.name] = "" if value is None else str(value)
    return texts


def differences(before: dict[str, str], after: dict[str, str]) -> list[dict[str, str]]:
    """The fields whose text differs, with both texts (cut at MAX_TEXT)."""
    return [
        {"field": name, "before": before.get(name, "")[:MAX_TEXT], "after": after.get(name, "")[:MAX_TEXT]}
        for name in dict.fromkeys([*before, *after])
        if before.get(name, "") != after.get(name, "")
    ]


def data_differences(before: dict[str, list[str]], after: dict[str, list[str]]) -> list[dict[str, str]]:
    """The same for two versions of a draft (form data: lists of texts by form field name)."""

    def texts(data: dict[str, list[str]]) -> dict[str, str]:
        return {
            name: "\n".join(values)
            for name, values in data.items()
            if not name.startswith("__") and not COUNTS.search(name)
        }

    return differences(texts(before), texts(after))


def field_names(changes: list[dict[str, str]]) -> list[dict[str, str]]:
    """Names only (for personal data: which fields a coordinator changed, never what)."""
    return [{"field": change["field"]} for change in changes]


def record(
    action: str,
    user,
    item: models.Model | None = None,
    *,
    reason: str = "",
    name: str = "",
    changes: list[dict[str, str]] | None = None,
) -> AuditEntry:
    """Write one entry. `item` may be a draft (the entry names the item it is for)."""
    content_type, object_id, object_repr = None, "", ""
    if isinstance(item, Revision):
        content_type, object_id, object_repr = item.content_type, str(item.object_id), item.object_repr
    elif item is not None:
        content_type = ContentType.objects.get_for_model(item)
        object_id, object_repr = str(item.pk), str(item)[:200]
    authenticated = user is not None and getattr(user, "is_authenticated", False)
    return AuditEntry.objects.create(
        actor=user if authenticated else None,
        actor_name=(user.get_username() if authenticated else name)[:150],
        action=action,
        content_type=content_type,
        object_id=object_id,
        object_repr=object_repr,
        reason=reason[:500],
        changes=changes or [],
    )


def _signed_in(sender, request, user, **kwargs) -> None:
    record("signed_in", user)


def _sign_in_failed(sender, credentials, request=None, **kwargs) -> None:
    record("sign_in_failed", None, name=str(credentials.get("username", ""))[:150])


def _locked_out(sender, request, username, ip_address, **kwargs) -> None:
    record("locked_out", None, name=str(username or "")[:150])


def _account_changed(sender, instance, created=False, **kwargs) -> None:
    if kwargs.get("raw") or set(kwargs.get("update_fields") or ()) == {"last_login"}:
        return  # loading fixtures; a sign-in stamping its time (recorded as the sign-in)
    request = getattr(HistoricalRecords.context, "request", None)  # who, in the admin
    user = getattr(request, "user", None)
    record("account_changed", user, instance, reason="created" if created else "")


def connect() -> None:
    """Sign-ins, failed sign-ins, lockouts and changes to accounts and groups."""
    user_logged_in.connect(_signed_in, dispatch_uid="content.audit.signed_in")
    user_login_failed.connect(_sign_in_failed, dispatch_uid="content.audit.sign_in_failed")
    user_locked_out.connect(_locked_out, dispatch_uid="content.audit.locked_out")
    for model in (get_user_model(), Group):
        post_save.connect(_account_changed, sender=model, dispatch_uid=f"content.audit.{model.__name__}.save")
        post_delete.connect(_account_changed, sender=model, dispatch_uid=f"content.audit.{model.__name__}.delete")
