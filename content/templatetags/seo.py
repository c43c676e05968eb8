import re

from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, override

from content.seo import json_for_script, structured_data

register = template.Library()


@register.simple_tag(takes_context=True)
def json_ld(context) -> SafeString:
    """The page's schema.org description as a JSON-LD data block."""
    meta = context.get("meta")
    request = context.get("request")
    if meta is None or request is None:
        return mark_safe("")  # noqa: S308 (a constant)
    data = structured_data(meta, context.get("page_url") or context["canonical_url"], get_language(), context["clinic"])
    return mark_safe(f'<script type="application/ld+json">{json_for_script(data)}</script>')  # noqa: S308 (escaped)


@register.simple_tag(takes_context=True)
def page_address(context) -> str:
    """The page's canonical address: this one, or the English page's where this page is
    shown in English for want of an approved translation (content.translations)."""
    meta = context.get("meta")
    if meta is not None and not meta.in_visitor_language:
        for alternate in context.get("language_alternates", ()):
            if alternate["code"] == "en":
                return alternate["absolute_url"]
    return context.get("canonical_url", "")


class PageTextNode(template.Node):
    """The page's own text, in the visitor's language where the page has it, and in
    English otherwise (content.translations): the whole main part then reads in English,
    its words and its dates, so that no sentence mixes two languages. Its links keep the
    visitor's language, so the rest of the site still answers in it."""

    child_nodelists = ("nodelist",)

    def __init__(self, nodelist: template.NodeList) -> None:
        self.nodelist = nodelist

    def render(self, context) -> str:
        meta = context.get("meta")
        language = get_language()
        if meta is None or meta.shows(language):
            return self.nodelist.render(context)
        with override("en"):
            text = self.nodelist.render(context)
        return SITE_LINK.sub(rf'\1="/{language}/', text)


# A link or form on this site to a page in English, as {% url %} writes it under override("en").
SITE_LINK = re.compile(r'\b(href|action)="/en/')


@register.tag
def page_text(parser, token) -> PageTextNode:
    """{% page_text %}…{% endpage_text %} around the page's main text (templates/base.html)."""
    nodelist = parser.parse(("endpage_text",))
    parser.delete_first_token()
    return PageTextNode(nodelist)
