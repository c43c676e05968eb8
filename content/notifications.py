"""E-mail to the people a draft needs (content/drafts.py), in Korean and English:

- submitted for review (a change or a deletion) → everyone who may approve it: the
  Medical reviewers for medical content, the Editors for the rest (content.drafts.sign_off),
  except its own contributors;
- approved, published, scheduled or sent back → the draft's author.

Sent through Django's e-mail framework after the change commits; a mail server that
is down is logged and never undoes or blocks the change (the admin home shows the
same work waiting). Messages name the item and link to it in the admin: no patient
data is ever in them. The workflow says what happened by a signal
(content.drafts.draft_event), connected in ContentConfig.ready(): it never imports this.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.utils import translation

from content.admin_drafts import change_url
from content.drafts import APPROVERS, MEDICAL, contributors, sign_off
from content.models import Revision
from content.roles import EDITORS, MEDICAL_REVIEWERS

logger = logging.getLogger("netclinic.content")


def _people(group: str, permission: str):
    app_label, codename = permission.split(".")
    has_it = (
        Q(groups__name=group)
        | Q(is_superuser=True)
        | Q(user_permissions__codename=codename, user_permissions__content_type__app_label=app_label)
    )
    return get_user_model().objects.filter(has_it, is_active=True, is_staff=True).exclude(email="").distinct()


def recipients(revision: Revision, event: str) -> list[str]:
    if event == "submitted":
        model = revision.content_type.model_class()
        kind = sign_off(model) if model is not None else MEDICAL
        people = _people(MEDICAL_REVIEWERS if kind == MEDICAL else EDITORS, APPROVERS[kind])
        return sorted({p.email for p in people if p.pk not in contributors(revision)})
    author = revision.created_by
    return [author.email] if author is not None and author.email and author.is_active else []


def link(revision: Revision, origin: str) -> str:
    model = revision.content_type.model_class()
    path = change_url(model, revision.object_id) if model is not None else "/"
    return origin.rstrip("/") + path


SUBJECTS = {
    "submitted": ("검토 요청: %(item)s", "Review requested: %(item)s"),
    "approved": ("승인되어 게시됨: %(item)s", "Approved and published: %(item)s"),
    "published": ("게시됨: %(item)s", "Published: %(item)s"),
    "scheduled": ("승인되어 예약됨: %(item)s", "Approved and scheduled: %(item)s"),
    "sent_back": ("수정 요청: %(item)s", "Sent back for changes: %(item)s"),
}
DELETION_REQUESTED = ("삭제 승인 요청: %(item)s", "Deletion to approve: %(item)s")


def message(revision: Revision, event: str, origin: str) -> tuple[str, str]:
    item = revision.object_repr
    deletion = event == "submitted" and revision.action == Revision.Action.DELETE
    korean, english = (text % {"item": item} for text in (DELETION_REQUESTED if deletion else SUBJECTS[event]))
    lines = [korean, english, "", link(revision, origin)]
    if event == "sent_back" and revision.review_comment:
        lines += ["", revision.review_comment]
    return f"[NET Clinic] {english}", "\n".join(lines) + "\n"


def notify(revision: Revision, event: str, origin: str | None = None) -> None:
    """Send the e-mail for `event` once the change commits."""
    if event not in SUBJECTS:
        return
    origin = origin or settings.SITE_ORIGIN

    def send() -> None:
        to = recipients(revision, event)
        if not to:
            return
        subject, body = message(revision, event, origin)
        try:
            with translation.override(settings.LANGUAGE_CODE):
                send_mail(subject, body, None, to)
        except OSError:
            logger.warning("draft e-mail not sent", extra={"event": "draft.mail_failed", "id": revision.pk})
            return
        logger.info("draft e-mail sent", extra={"event": f"draft.mail.{event}", "id": revision.pk, "to": len(to)})

    transaction.on_commit(send)


def on_draft_event(sender, revision: Revision, event: str, origin: str | None = None, **kwargs) -> None:
    notify(revision, event, origin)
