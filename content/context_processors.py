from contextlib import suppress
from functools import cache

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils.encoding import escape_uri_path
from django.utils.http import urlencode
from django.utils.translation import get_language, override

from content.apps import menu
from content.translations import own_name

# Open Graph wants a territory with each language.
OG_LOCALES = {"ko": "ko_KR", "en": "en_US", "ru": "ru_RU", "zh-hans": "zh_CN", "ar": "ar_AR", "mn": "mn_MN"}


def languages(request: HttpRequest) -> dict:
    """The current page's address in each language (language switch, hreflang, canonical)."""
    match = request.resolver_match  # None on an error page
    if match is None:
        with suppress(Resolver404):
            match = resolve(request.path_info)
    current = get_language()
    # A view may ask the switch to keep some of its query (the search keeps "q").
    view_class = getattr(match.func, "view_class", None) if match is not None else None
    kept = {name: request.GET[name] for name in getattr(view_class, "language_switch_keeps", ()) if name in request.GET}
    suffix = "?" + urlencode(kept) if kept else ""
    # Built by hand: build_absolute_uri() would read a path such as "//x" as a host name.
    origin = f"{request.scheme}://{request.get_host()}"
    alternates = []
    # A draft's preview (content/admin_drafts.py) leads to the draft's preview in each language.
    previews = getattr(request, "draft_preview", {}).get("language_urls", {})
    for code, _name in settings.LANGUAGES:
        with override(code):
            try:
                if code in previews:
                    url = previews[code]
                elif match is None:
                    raise NoReverseMatch
                else:
                    url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:  # no match, or an unnamed view
                url = reverse(menu()[0][0])  # the home page
        alternates.append(
            {
                "code": code,
                "name": own_name(code),
                "url": url + suffix,
                "absolute_url": origin + url,
                "is_current": code == current,
                "og_locale": OG_LOCALES.get(code, code),
            }
        )
    # For visitors whose language matches neither, the unprefixed address, which
    # redirects by their browser's language (as the sitemap says too).
    default = next(a for a in alternates if a["code"] == settings.LANGUAGE_CODE)
    x_default = default["url"].replace(f"/{settings.LANGUAGE_CODE}/", "/", 1)
    return {
        "language_alternates": alternates,
        "x_default_url": origin + x_default,
        "canonical_url": origin + escape_uri_path(request.path),
        "og_locale": OG_LOCALES.get(current, current),
    }


@cache
def _menu(language: str) -> tuple[tuple[str, str], ...]:
    """(URL, label) of each menu item in a language: fixed while the process runs."""
    return tuple((reverse(view_name), str(label)) for view_name, label in menu())


def navigation(request: HttpRequest) -> dict:
    """Menu items, marking the page or the section the visitor is in."""
    entries = _menu(get_language())
    home = entries[0][0]
    items = []
    for url, label in entries:
        if request.path == url:
            current = "page"
        elif url != home and request.path.startswith(url):
            current = "true"
        else:
            current = ""
        items.append({"url": url, "label": label, "current": current})
    return {"navigation": items}
