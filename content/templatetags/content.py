"""Template tools for staff-written content: Markdown and responsive images."""

from django import template
from django.conf import settings
from django.core.files.storage import default_storage
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.module_loading import import_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from content import images
from content.markup import Glossary, keep_terms_whole, render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text: str | None) -> SafeString:
    """{{ text|markdown }}: staff's Markdown as sanitized HTML, without glossary links."""
    return render_markdown(text)


def _page_glossary(request) -> Glossary | None:
    """The glossary for this request's page, so each term is linked once per page."""
    if request is None or not settings.MARKDOWN_GLOSSARY:
        return None
    glossary = getattr(request, "_netclinic_glossary", None)
    if glossary is None:
        glossary = Glossary(import_string(settings.MARKDOWN_GLOSSARY)(request))
        request._netclinic_glossary = glossary
    return glossary


@register.simple_tag(takes_context=True)
def markdown(context, text: str | None) -> SafeString:
    """{% markdown text %}: sanitized HTML whose first mention of each glossary term links to it."""
    return render_markdown(text, _page_glossary(context.get("request")))


@register.simple_tag
def picture(obj, sizes: str = "100vw", css_class: str = "", loading: str = "lazy") -> SafeString:
    """A <picture> of an Illustrated object's image: WebP renditions with a fallback,
    with width and height set so the page does not jump while it loads."""
    image = getattr(obj, "image", None)
    if not image or not obj.image_width or not obj.image_height:
        return SafeString("")
    name = image.name
    widths = images.rendition_widths(obj.image_width)
    fallback = images.fallback_extension(name)

    def srcset(extension: str) -> SafeString:
        return format_html_join(
            ", ",
            "{} {}w",
            ((default_storage.url(images.rendition_name(name, w, extension)), w) for w in widths),
        )

    largest = widths[-1]
    height = round(obj.image_height * largest / obj.image_width)
    return format_html(
        '<picture{}><source type="image/webp" srcset="{}" sizes="{}">'
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" loading="{}" decoding="async"></picture>',
        format_html(' class="{}"', css_class) if css_class else "",
        srcset("webp"),
        sizes,
        default_storage.url(images.rendition_name(name, largest, fallback)),
        srcset(fallback),
        sizes,
        largest,
        height,
        obj.image_alt,
        loading,
    )


@register.filter
def draft_badge(item) -> SafeString:
    """{{ item|draft_badge }}: marks an unpublished item, which only staff see."""
    if getattr(item, "is_published", True) is False:
        return format_html(' <span class="draft-badge">{}</span>', gettext("Draft"))
    return SafeString("")


@register.filter
def in_sentence(name: str) -> str:
    """A name as it reads inside an English sentence: "More about treatment of liver
    metastases", not "More about Treatment of …". Only a first word in plain title case
    is lowered; acronyms (CT, NET) and scripts without case are left as they are."""
    name = str(name)
    first = name.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower() and first.isascii():
        return name[0].lower() + name[1:]
    return name


@register.filter
def whole_terms(text: str) -> SafeString:
    """Plain text, escaped, with short hyphenated terms ("5-HIAA") kept on one line."""
    return mark_safe(keep_terms_whole(str(conditional_escape(text))))  # noqa: S308 (escaped above)


@register.filter
def bare_label(label) -> str:
    """A field's label without its closing mark, for "label: error" in an error summary
    ("Who is asking?: …" and "…동의합니다.: …" read badly)."""
    return str(label).rstrip(" ?.:：？。")
