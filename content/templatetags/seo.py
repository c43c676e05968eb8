from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from content.seo import json_for_script, structured_data

register = template.Library()


@register.simple_tag(takes_context=True)
def json_ld(context) -> SafeString:
    """The page's schema.org description as a JSON-LD data block."""
    meta = context.get("meta")
    request = context.get("request")
    if meta is None or request is None:
        return mark_safe("")  # noqa: S308 (a constant)
    data = structured_data(meta, context["canonical_url"], get_language(), context["clinic"])
    return mark_safe(f'<script type="application/ld+json">{json_for_script(data)}</script>')  # noqa: S308 (escaped)
