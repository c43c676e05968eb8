"""What search engines and link previews read about a page: title, description,
canonical and alternate addresses, Open Graph tags and schema.org JSON-LD; and the
sitemap kit the apps' sitemaps build on."""

import datetime
import json
from dataclasses import dataclass, field
from typing import Any, cast

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap
from django.http import HttpRequest
from django.urls import resolve, reverse
from django.utils.functional import Promise, cached_property, lazy
from django.utils.html import strip_tags
from django.utils.translation import get_language, get_language_from_path, override

from content.markup import plain_text
from content.translations import PageLanguages, page_languages

DESCRIPTION_CHARS = 160


@dataclass
class PageMeta:
    title: str | Promise
    description: str | Promise = ""
    # schema.org type of the page: MedicalWebPage for medical information.
    page_type: str = "MedicalWebPage"
    last_reviewed: datetime.date | None = None
    # The reviewed item, for "reviewedBy" when the site shows reviewers (Clinic.show_reviewed_by).
    reviewed: Any = None
    # schema.org things the page is about (MedicalCondition, MedicalTest, Drug, …).
    about: list[dict[str, Any]] = field(default_factory=list)
    # Whether the page describes the clinic itself (home, clinic, contact).
    is_clinic: bool = False
    noindex: bool = False
    # The content items whose text the page's main part shows (their published parts
    # too): in which languages the page can be read comes from them
    # (content.translations.page_languages). The reviewed item unless a view names
    # more; a page of the interface's words only (none) reads in every language.
    items: list[Any] = field(default_factory=list)

    @cached_property
    def translation(self) -> PageLanguages:
        items = self.items or ([self.reviewed] if self.reviewed is not None else [])
        if not items:
            return PageLanguages(tuple(code for code, _name in settings.LANGUAGES), ())
        return page_languages(items)

    def shows(self, language: str) -> bool:
        """Whether the page's own text is shown in `language` (else it is in English)."""
        return language in self.translation.shown

    @property
    def in_visitor_language(self) -> bool:
        """Whether the page's own text is in the language it is asked for in."""
        return self.shows(get_language())

    @property
    def unreviewed_here(self) -> bool:
        """Shown in the visitor's language in a translation nobody approved yet (`make run`)."""
        return get_language() in self.translation.unreviewed and self.in_visitor_language

    @property
    def short_description(self) -> str:
        text = " ".join(strip_tags(str(self.description)).split())
        return text if len(text) <= DESCRIPTION_CHARS else text[: DESCRIPTION_CHARS - 1].rstrip() + "…"


def shown_text(obj, name: str, plain: bool = False) -> str:
    """An item's text for the page's head and breadcrumbs, read when the page is drawn,
    in the language its text is shown in (English where the page has no approved
    translation: templates/base.html draws them inside {% page_text %})."""

    def read() -> str:
        value = getattr(obj, name) or ""
        return plain_text(value) if plain else value

    return cast(str, lazy(read, str)())


def item_page_meta(item, description_field: str) -> PageMeta:
    """The PageMeta of a page that shows one item (a singleton page): its title, and its
    `description_field` as plain text, both read in the language the page is shown in."""
    return PageMeta(
        title=shown_text(item, "title"),
        description=shown_text(item, description_field, plain=True),
        page_type="WebPage",
        items=[item],
    )


def json_for_script(data: Any) -> str:
    """JSON that is safe inside a <script> element (like Django's json_script)."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    return text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")


def medical_clinic(clinic, url: str, language: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@type": "MedicalClinic",
        "name": clinic.name,
        "url": url,
        "parentOrganization": {"@type": "Hospital", "name": clinic.hospital_name},
        "medicalSpecialty": ["Oncologic", "Gastroenterologic", "Radiography"],
        # The clinic's staff, and the hospital's International Health Services (CONTENT.md).
        "availableLanguage": [code for code, _name in settings.LANGUAGES],
    }
    if clinic.address:
        data["address"] = clinic.address
    if clinic.phone:
        data["telephone"] = clinic.phone
    if clinic.email:
        data["email"] = clinic.email
    return data


def structured_data(meta: PageMeta, url: str, language: str, clinic) -> dict[str, Any]:
    page: dict[str, Any] = {
        "@type": meta.page_type,
        "name": meta.title,
        "url": url,
        "inLanguage": language,
        "isPartOf": {"@type": "WebSite", "name": clinic.name},
    }
    if meta.short_description:
        page["description"] = meta.short_description
    if meta.last_reviewed:
        page["lastReviewed"] = meta.last_reviewed.isoformat()
    if meta.reviewed is not None and getattr(clinic, "show_reviewed_by", False) and meta.reviewed.reviewer_name:
        page["reviewedBy"] = {"@type": "Person", "name": meta.reviewed.reviewer_name}
    if meta.about:
        page["about"] = meta.about
    graph = [page]
    if meta.is_clinic:
        graph.append(medical_clinic(clinic, url, language))
    return {"@context": "https://schema.org", "@graph": graph}


# The sitemap kit every app's `sitemaps.py` builds on (each app's SITEMAPS join
# /sitemap.xml: netclinic/urls.py).


class ShownInItsLanguageMixin:
    """For a view of content: where the page has no approved translation into the
    visitor's language, its whole context is made again in English (headings, parts, "on
    this page", cards), so that the main text it draws in English (templates/base.html,
    {% page_text %}) holds no word of another language; only the breadcrumbs, drawn
    beside the header in the visitor's language, are kept from the first."""

    def get_context_data(self, **kwargs):
        self._context_kwargs = kwargs  # (what the view's own get_context_data was given)
        return super().get_context_data(**kwargs)  # type: ignore[misc]

    def render_to_response(self, context, **response_kwargs):
        meta = context.get("meta")
        if meta is not None and not meta.in_visitor_language:
            with override("en"):
                english = self.get_context_data(**self._context_kwargs)
            english["breadcrumbs"] = context.get("breadcrumbs")
            context = english
        return super().render_to_response(context, **response_kwargs)  # type: ignore[misc]


def languages_at(path: str) -> tuple[str, ...]:
    """The languages the page at `path` shows its own text in, as its view says
    (`translated_items()`, which the view's PageMeta is given too): a page of the
    interface's words only reads in every language."""
    every = tuple(code for code, _name in settings.LANGUAGES)
    with override(get_language_from_path(path) or get_language()):  # (a prefix resolves in its own language)
        match = resolve(path)
    view_class = getattr(match.func, "view_class", None)
    if view_class is None or not hasattr(view_class, "translated_items"):
        return every
    request = HttpRequest()
    request.method = "GET"
    request.path = request.path_info = path
    request.user = AnonymousUser()  # what a patient sees
    view = view_class(**getattr(match.func, "view_initkwargs", {}))
    view.setup(request, *match.args, **match.kwargs)
    return PageMeta(title="", items=view.translated_items()).translation.shown


class I18nSitemap(Sitemap):
    """Each page in the languages it shows its own text in (not the ones where it is
    shown in English for want of a translation), with hreflang alternates and x-default."""

    i18n = True
    alternates = True
    x_default = True

    def get_languages_for_item(self, item) -> list[str]:
        known = self.__dict__.setdefault("_languages_by_item", {})
        key = (item._meta.label, item.pk) if hasattr(item, "_meta") else item
        if key not in known:
            with override(settings.LANGUAGE_CODE):
                known[key] = list(languages_at(self.location(item)))
        return known[key]


class NamedPagesSitemap(I18nSitemap):
    """An app's pages that are one view each, by URL name: `names`."""

    names: tuple[str, ...] = ()

    def items(self) -> list[str]:
        return list(self.names)

    def location(self, item: str) -> str:
        return reverse(item)
