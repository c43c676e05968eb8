"""The appointments page and the privacy policy, as documents for site search (the
search app indexes them: search/index.py). Patients' requests are never content and
never indexed."""

from django.db.models import Model
from django.urls import reverse
from django.utils.translation import gettext

from appointments.models import AppointmentsPage, PrivacyPolicy
from content.documents import Document, Part, source_key
from content.markup import plain_text

APPOINTMENTS = "appointments.page"
PRIVACY = "appointments.privacy"


def document_keys(obj: Model) -> set[str]:
    if isinstance(obj, AppointmentsPage):
        return {APPOINTMENTS}
    if isinstance(obj, PrivacyPolicy):
        return {PRIVACY}
    return set()  # personal data: in no document


def _text(*parts: str) -> str:
    return " ".join(plain_text(part) for part in parts if part)


def _page_parts(page: AppointmentsPage) -> tuple[Part, ...]:
    """The appointments page's parts, as templates/appointments/appointments.html shows them."""
    shown = [
        (
            True,
            "phone-heading",
            gettext("By telephone"),
            [page.main_phone, page.main_phone_note, page.clinic_phone, page.hours],
        ),
        (
            bool(page.international or page.international_email),
            "international-heading",
            gettext("International patients"),
            [page.international, page.international_email],
        ),
        (bool(page.referral), "referral-heading", gettext("Referral letter"), [page.referral]),
        (bool(page.first_visit), "visit-heading", gettext("Your first visit"), [page.first_visit]),
        (bool(page.fees), "fees-heading", gettext("Fees"), [page.fees]),
        (True, "form-heading", gettext("Ask the clinic a question"), [page.form_introduction]),
    ]
    return tuple(Part(anchor, heading, _text(heading, *texts)) for on, anchor, heading, texts in shown if on)


def _policy_parts(policy: PrivacyPolicy) -> tuple[Part, ...]:
    """The privacy policy's numbered parts, as its page shows them."""
    return tuple(Part(anchor, heading, _text(heading, text)) for anchor, heading, text in policy.shown_parts())


def search_documents(keys: set[str] | None = None) -> list[Document]:
    found = []
    page = AppointmentsPage.objects.first()  # never get_solo(): it would make an empty page
    if page is not None and (keys is None or APPOINTMENTS in keys):
        found.append(
            Document(
                gettext("Appointments"),
                page.title,
                _text(
                    page.lead,
                    page.main_phone_note,
                    page.hours,
                    page.fees,
                    page.referral,
                    page.first_visit,
                    page.international,
                    page.form_introduction,
                )
                + f" {page.main_phone} {page.clinic_phone} {page.international_email}",
                reverse("appointments:appointments"),
                key=APPOINTMENTS,
                # What the page is for, as patients name it (the form's heading and the headings of its parts).
                names=" ".join(
                    [gettext("Ask the clinic a question"), gettext("Referral letter"), gettext("Your first visit")]
                ),
                sources=frozenset({source_key(page)}),
                parts=_page_parts(page),
            )
        )
    policy = PrivacyPolicy.objects.first()
    if policy is not None and (keys is None or PRIVACY in keys):
        found.append(
            Document(
                gettext("Privacy policy"),
                policy.title,
                _text(policy.introduction, *(getattr(policy, name) for name in PrivacyPolicy.PARTS)),
                reverse("appointments:privacy"),
                key=PRIVACY,
                sources=frozenset({source_key(policy)}),
                parts=_policy_parts(policy),
            )
        )
    return found
