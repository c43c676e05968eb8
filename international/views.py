from django.views.generic import TemplateView

from content.markup import plain_text
from content.seo import PageMeta
from international.models import InternationalPage


class InternationalView(TemplateView):
    template_name = "international/international.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = page = InternationalPage.get_solo()
        context["parts"] = parts = page.shown_parts()
        context["breadcrumbs"] = [(page.title, None)]
        context["meta"] = PageMeta(title=page.title, description=plain_text(page.lead), page_type="WebPage")
        # "On this page": (heading, anchor).
        context["contents"] = [(heading, anchor) for anchor, heading, _text in parts]
        return context
