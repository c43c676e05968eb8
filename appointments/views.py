"""Appointments and referrals, the consultation request form, the privacy policy."""

import logging

from django.conf import settings
from django.db import IntegrityError, OperationalError, transaction
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils.decorators import method_decorator
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import TemplateView

from appointments import outbox, storage
from appointments.apps import COORDINATORS
from appointments.forms import ConsultationRequestForm
from appointments.models import AppointmentsPage, Attachment, ConsultationRequest, PrivacyPolicy
from content import security
from content.markup import plain_text
from content.security import client_ip
from content.seo import PageMeta, ShownInItsLanguageMixin, item_page_meta, shown_text

logger = logging.getLogger("netclinic.requests")
SENT_SESSION_KEY = "appointments.sent"
PERSONAL_FIELDS = ("name", "phone", "email", "question", "diagnosis", "treated_at", "website")


def consent_text(page: AppointmentsPage) -> str:
    """The consent texts as the form showed them, kept with the request as its record;
    shown in another language, the Korean text follows, as the binding one."""
    shown = _consent_parts(page)
    if (get_language() or settings.LANGUAGE_CODE) == settings.LANGUAGE_CODE:
        return shown
    with override(settings.LANGUAGE_CODE):
        binding = _consent_parts(page)
    return f"{shown}\n\n— 한국어 원문(효력 있는 문안) —\n\n{binding}"


def _consent_parts(page: AppointmentsPage) -> str:
    parts = [
        page.consent_purpose,
        page.consent_items,
        _("Kept for %(days)s days, then deleted.") % {"days": page.retention_days},
        page.consent_refusal,
        page.health_consent,
    ]
    return "\n\n".join(plain_text(part) for part in parts if part)


def over_limit(request) -> bool:
    """Count this submission against the per-client and the global hourly limits
    (netclinic/security.py: the real client behind nginx, counted by every worker)."""
    if security.over_limit("request-form", client_ip(request), settings.REQUEST_RATE_PER_ADDRESS, 3600):
        return True
    return security.over_limit("request-form", "all", settings.REQUEST_RATE_GLOBAL, 3600)


def sent_record(reference: str, form: ConsultationRequestForm) -> dict:
    """What the confirmation page says about a request: its reference, whether a copy was
    e-mailed, how many files arrived, the language of the reply. Never a personal detail."""
    data = form.cleaned_data
    return {
        "reference": reference,
        "copy": bool(data.get("send_copy")),
        "files": len(data.get("attachments") or []),
        "reply_language": data.get("reply_language", ""),
    }


def coordinators_emails() -> list[str]:
    from django.contrib.auth import get_user_model

    if settings.COORDINATORS_EMAIL:
        return [settings.COORDINATORS_EMAIL]
    users = get_user_model().objects.filter(is_active=True, groups__name=COORDINATORS).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


@method_decorator(sensitive_post_parameters(*PERSONAL_FIELDS), name="dispatch")
@method_decorator(never_cache, name="dispatch")
class AppointmentsView(ShownInItsLanguageMixin, TemplateView):
    template_name = "appointments/appointments.html"

    def translated_items(self) -> list:
        """The items whose text the page shows: in which languages it reads (content.seo)."""
        return [AppointmentsPage.get_solo()]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = AppointmentsPage.get_solo()
        context["page"] = page
        context["breadcrumbs"] = [(shown_text(page, "title"), None)]
        context["meta"] = item_page_meta(page, "lead")
        context.setdefault("form", ConsultationRequestForm())
        context["question_max"] = settings.REQUEST_QUESTION_MAX_CHARS
        # "On this page": the parts the page shows, as (heading, anchor).
        # (The telephone and international patients are beside it, in the side column.)
        parts = [
            (page.referral, _("Referral letter"), "referral-heading"),
            (page.first_visit, _("Your first visit"), "visit-heading"),
            (page.fees, _("Fees"), "fees-heading"),
            (True, _("Ask the clinic a question"), "form-heading"),
        ]
        context["contents"] = [(label, anchor) for shown, label, anchor in parts if shown]
        return context

    def post(self, request, *args, **kwargs):
        form = ConsultationRequestForm(request.POST, request.FILES)
        if not form.is_valid():
            # 200, as Django's forms do: the page is the form again, with what to correct.
            return self.render_to_response(self.get_context_data(form=form))
        key = form.cleaned_data["submission"]
        already = key and ConsultationRequest.objects.filter(submission_key=key).values_list("reference", flat=True)
        if already:
            # Sent before (its answer was lost and the patient pressed Send again): stored once.
            request.session[SENT_SESSION_KEY] = sent_record(already[0], form)
            return redirect("appointments:sent")
        if over_limit(request):
            form.add_error(
                None, _("Too many requests have been sent from here in the last hour. Please try again later.")
            )
            return self.render_to_response(self.get_context_data(form=form, limited=True), status=429)
        try:
            reference = self.store(form)
        except IntegrityError:
            # The same form sent twice at once, to two workers: the other one stored it.
            existing = ConsultationRequest.objects.filter(submission_key=key).first() if key else None
            if existing is None:
                raise
            reference = existing.reference
        except OperationalError:
            # The database was busy past its timeout (or down): nothing was stored, and
            # the form comes back with everything typed.
            logger.warning("request.not_stored")
            form.add_error(
                None,
                _(
                    "We could not save your request just now, and nothing was sent. Everything you typed is "
                    "still here: please press “Send the request” again in a moment."
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=503)
        request.session[SENT_SESSION_KEY] = sent_record(reference, form)
        return redirect("appointments:sent")

    def store(self, form: ConsultationRequestForm) -> str:
        """The request, its files and its e-mail, in one transaction; the e-mail is tried after it commits."""
        data = form.cleaned_data
        page = AppointmentsPage.get_solo()
        stored: list[str] = []
        try:
            with transaction.atomic():
                consultation = ConsultationRequest.objects.create(
                    language=self.request.LANGUAGE_CODE,
                    asker=data["asker"],
                    name=data["name"],
                    phone=data["phone"],
                    email=data["email"],
                    reply_language=data["reply_language"],
                    question=data["question"],
                    diagnosis=data["diagnosis"],
                    treated_at=data["treated_at"],
                    consent=consent_text(page),
                    submission_key=data["submission"],
                )
                for name, content, kind in data["attachments"]:
                    stored.append(storage.store(content))
                    Attachment.objects.create(
                        request=consultation, name=name, content_type=kind, size=len(content), stored_as=stored[-1]
                    )
                with override(settings.LANGUAGE_CODE):
                    outbox.queue(
                        coordinators_emails(),
                        _("New consultation request"),
                        render_to_string("appointments/email_coordinators.txt", {"origin": settings.SITE_ORIGIN}),
                    )
                if data["send_copy"]:
                    with override(data["reply_language"]):
                        outbox.queue(
                            [data["email"]],
                            _("Your request to the NET Clinic: %(reference)s") % {"reference": consultation.reference},
                            render_to_string("appointments/email_copy.txt", {"reference": consultation.reference}),
                        )
                outbox.send_after_commit()
        except Exception:
            for name in stored:
                storage.remove(name)
            raise
        return consultation.reference


@method_decorator(never_cache, name="dispatch")
class SentView(TemplateView):
    """The confirmation, with the reference: read once from the session, never from the address."""

    template_name = "appointments/sent.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = AppointmentsPage.get_solo()
        context["page"] = page
        sent = self.request.session.get(SENT_SESSION_KEY) or {}
        if isinstance(sent, str):  # (a session from before the confirmation said more)
            sent = {"reference": sent}
        context["reference"] = sent.get("reference", "")
        context["copy_sent"] = sent.get("copy", False)
        context["files"] = sent.get("files", 0)
        # A 15xx number cannot be dialled from abroad: offered only to someone reading Korean
        # who asked for a reply in Korean; everyone else is given the IHS e-mail.
        context["offer_phone"] = self.request.LANGUAGE_CODE == "ko" and sent.get("reply_language", "ko") == "ko"
        context["breadcrumbs"] = [(page.title, page.get_absolute_url()), (_("Request sent"), None)]
        context["meta"] = PageMeta(
            title=_("Request sent"),
            description=_("The reference number of the question you sent to the NET Clinic."),
            page_type="WebPage",
            noindex=True,
        )
        return context


class PrivacyView(ShownInItsLanguageMixin, TemplateView):
    template_name = "appointments/privacy.html"

    def translated_items(self) -> list:
        return [PrivacyPolicy.get_solo()]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        policy = PrivacyPolicy.get_solo()
        context["policy"] = policy
        context["parts"] = policy.shown_parts()
        context["breadcrumbs"] = [(shown_text(policy, "title"), None)]
        context["meta"] = item_page_meta(policy, "introduction")
        return context
