from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from content.seo import ShownInItsLanguageMixin, item_page_meta, shown_text
from rights.models import MediationAgency, Provision, RightsNotice


class RightsView(ShownInItsLanguageMixin, TemplateView):
    template_name = "rights/rights.html"

    def translated_items(self) -> list:
        """The items whose text the page shows: in which languages it reads (content.seo)."""
        user = self.request.user
        return [RightsNotice.get_solo(), *Provision.objects.visible_to(user), *MediationAgency.objects.visible_to(user)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        provisions = list(Provision.objects.visible_to(user))
        context["notice"] = notice = RightsNotice.get_solo()
        context["breadcrumbs"] = [(shown_text(notice, "title"), None)]
        context["meta"] = item_page_meta(notice, "introduction")
        context["rights"] = [p for p in provisions if p.kind == Provision.Kind.RIGHT]
        context["responsibilities"] = [p for p in provisions if p.kind == Provision.Kind.RESPONSIBILITY]
        context["agencies"] = agencies = list(MediationAgency.objects.visible_to(user))
        context["meta"].items += [*provisions, *agencies]  # (as translated_items)
        # "On this page": the parts the page shows, as (heading, anchor).
        parts = [
            (context["rights"], _("Patients' rights"), "rights-heading"),
            (context["responsibilities"], _("Patients' responsibilities"), "responsibilities-heading"),
            (agencies, _("Consultation and mediation"), "mediation-heading"),
            (notice.legal_basis or notice.effective_date, _("Legal basis"), "legal-heading"),
        ]
        context["contents"] = [(label, anchor) for shown, label, anchor in parts if shown]
        return context
