from django.views.generic import TemplateView

from content.seo import ShownInItsLanguageMixin, item_page_meta, shown_text
from international.models import InternationalPage


class InternationalView(ShownInItsLanguageMixin, TemplateView):
    template_name = "international/international.html"

    def translated_items(self) -> list:
        """The items whose text the page shows: in which languages it reads (content.seo)."""
        return [InternationalPage.get_solo()]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = page = InternationalPage.get_solo()
        context["parts"] = parts = page.shown_parts()
        context["breadcrumbs"] = [(shown_text(page, "title"), None)]
        context["meta"] = item_page_meta(page, "lead")
        # "On this page": (heading, anchor).
        context["contents"] = [(heading, anchor) for anchor, heading, _text in parts]
        return context
