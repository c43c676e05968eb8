from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from content.markup import plain_text
from content.seo import PageMeta
from rights.models import MediationAgency, Provision, RightsNotice


class RightsView(TemplateView):
    template_name = "rights/rights.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        provisions = list(Provision.objects.visible_to(user))
        context["notice"] = notice = RightsNotice.get_solo()
        context["breadcrumbs"] = [(notice.title, None)]
        context["meta"] = PageMeta(title=notice.title, description=plain_text(notice.introduction), page_type="WebPage")
        context["rights"] = [p for p in provisions if p.kind == Provision.Kind.RIGHT]
        context["responsibilities"] = [p for p in provisions if p.kind == Provision.Kind.RESPONSIBILITY]
        context["agencies"] = agencies = list(MediationAgency.objects.visible_to(user))
        # "On this page": the parts the page shows, as (heading, anchor).
        parts = [
            (context["rights"], _("Patients' rights"), "rights-heading"),
            (context["responsibilities"], _("Patients' responsibilities"), "responsibilities-heading"),
            (agencies, _("Consultation and mediation"), "mediation-heading"),
            (notice.legal_basis or notice.effective_date, _("Legal basis"), "legal-heading"),
        ]
        context["contents"] = [(label, anchor) for shown, label, anchor in parts if shown]
        return context
