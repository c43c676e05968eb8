"""The page for patients from abroad: what the hospital's International Health
Services (IHS) does for them, how to reach it, and what to send before coming.

Everything that may change (what IHS offers, its address, the rules) is a field
staff edit, and each part of the page is hidden while its field is empty. No
telephone number: the hospital's 15xx number cannot be dialled from abroad
(../shared/CONTENT.md), so the page offers the IHS e-mail only.
"""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from solo.models import SingletonModel

from content.fields import MarkdownField, no_nationwide_number

# Every text of the page is read by patients abroad: none may give a number they cannot call.
ABROAD = [no_nationwide_number]


class InternationalPage(SingletonModel):
    """International patients (국제진료): one page."""

    title = models.CharField(_("title"), max_length=200, validators=ABROAD)
    lead = MarkdownField(
        _("introduction"), blank=True, validators=ABROAD, help_text=_("Shown under the page's heading.")
    )
    services = MarkdownField(
        _("how International Health Services helps"),
        blank=True,
        validators=ABROAD,
        help_text=_(
            "What the center offers now: appointments, interpreters, copies of records, transportation and lodging."
        ),
    )
    email = models.EmailField(
        _("International Health Services e-mail"),
        blank=True,
        help_text=_("The address patients abroad write to. Leave empty to hide it."),
    )
    contact = MarkdownField(
        _("how to reach International Health Services"),
        blank=True,
        validators=ABROAD,
        help_text=_("Shown with the e-mail address. Do not add a 15xx number: it cannot be dialed from abroad."),
    )
    before_you_come = MarkdownField(
        _("what to send or bring"),
        blank=True,
        validators=ABROAD,
        help_text=_("The records to send or bring, and in which languages."),
    )
    insurance = MarkdownField(
        _("referral letters and insurance"),
        blank=True,
        validators=ABROAD,
        help_text=_("Whom the referral-letter rule concerns, and what patients without Korean insurance do."),
    )

    # The page's parts in order: (field, the id of its heading, its heading).
    PARTS = (
        ("services", "services-heading", _("How International Health Services helps you")),
        ("contact", "contact-heading", _("How to reach International Health Services")),
        ("before_you_come", "before-heading", _("What to send or bring")),
        ("insurance", "insurance-heading", _("Referral letters and insurance")),
    )

    def shown_parts(self) -> list[tuple[str, str, str]]:
        """(id, heading, text) of each part the page shows: those with text. The e-mail
        address is shown in the contact part, even when that has no text."""
        shown = []
        for name, anchor, heading in self.PARTS:
            text = getattr(self, name)
            if text or (name == "contact" and self.email):
                shown.append((anchor, str(heading), text))
        return shown

    class Meta:
        verbose_name = _("international patients page")

    def __str__(self) -> str:
        return self.title or str(_("international patients page"))

    def get_absolute_url(self) -> str:
        return reverse("international:international")
