"""The site's public pages as a visitor finds them, built from the URL resolver
and the sitemaps (never a list kept by hand), and a parser for what tests look at."""

import tomllib
from html.parser import HTMLParser

from django.apps import apps
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern
from django.utils.translation import override

from content.apps import app_modules
from content.seeding import seed_files

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# The clinic's own two, whose words tests check by what they say.
SOURCE_LANGUAGES = list(settings.SOURCE_LANGUAGES)


def _walk(patterns, namespace: str, public: bool, found: list[str]) -> None:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}" if namespace and entry.namespace else entry.namespace or namespace
            _walk(entry.url_patterns, inner, public or isinstance(entry.pattern, LocalePrefixPattern), found)
        elif isinstance(entry, URLPattern) and public and entry.name and entry.pattern.regex.groups == 0:
            found.append(f"{namespace}:{entry.name}" if namespace else entry.name)


def fixed_page_names() -> list[str]:
    """The URL name of every public page that takes no parameter (everything under /ko/ and /en/)."""
    found: list[str] = []
    _walk(get_resolver().url_patterns, "", False, found)
    return found


def item_urls(language: str) -> list[str]:
    """The address of every published page that the apps' sitemaps list, in one language."""
    urls = []
    with override(language):
        for _config, module in app_modules("sitemaps"):
            for sitemap_class in module.SITEMAPS.values():
                sitemap = sitemap_class()
                urls += [sitemap.location(item) for item in sitemap.items()]
    return urls


def public_urls(language: str) -> list[str]:
    """Every public page of the site in one language: the fixed pages and each published item's page."""
    hidden = {
        name
        for _config, module in app_modules("sitemaps")
        if hasattr(module, "hidden_page_names")
        for name in module.hidden_page_names()
    }
    with override(language):
        urls = [reverse(name) for name in fixed_page_names() if name not in hidden]
    return list(dict.fromkeys(urls + item_urls(language)))


class PageParser(HTMLParser):
    """Collects what the tests look at in a page: headings, links, assets, the language."""

    def __init__(self) -> None:
        super().__init__()
        self.html_lang: str | None = None
        self.h1_count = 0
        self.links: list[str] = []
        self.assets: list[str] = []
        self.switch_links: dict[str, str] = {}
        self._in_switch = 0
        self._nav_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {name: value or "" for name, value in attrs}
        if tag == "html":
            self.html_lang = a.get("lang")
        elif tag == "h1":
            self.h1_count += 1
        elif tag == "nav":
            self._nav_depth += 1
            if "language-switch" in (a.get("class") or ""):
                self._in_switch = self._nav_depth
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])
            if self._in_switch and a.get("lang"):
                self.switch_links[a["lang"]] = a["href"]
        elif tag in ("img", "script") and a.get("src"):
            self.assets.append(a["src"])
        elif tag == "link" and a.get("href"):
            self.assets.append(a["href"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav":
            if self._in_switch == self._nav_depth:
                self._in_switch = 0
            self._nav_depth -= 1


def parse(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    return parser


def seeded_item_urls(language: str) -> list[str]:
    """The address of each item page that the seed content creates, read from the seed
    files themselves: for listing pages when tests are collected, before any database exists."""
    urls = []

    def visit(item: dict) -> None:
        model = apps.get_model(item["model"])
        if "slug" in item and hasattr(model, "get_absolute_url"):
            url = model(slug=item["slug"]).get_absolute_url().split("#")[0]
            urls.append(url)
        for child in item.get("items", ()):
            visit(child)

    with override(language):
        for path in seed_files():
            with path.open("rb") as f:
                visit(tomllib.load(f))
    return list(dict.fromkeys(urls))


def seeded_models() -> set[str]:
    """The labels (app.model, lower case) of every model the seed files create."""
    found: set[str] = set()

    def visit(item: dict) -> None:
        found.add(item["model"].lower())
        for child in item.get("items", ()):
            visit(child)

    for path in seed_files():
        with path.open("rb") as f:
            visit(tomllib.load(f))
    return found


def example_pages(language: str) -> list[str]:
    """Every kind of page a visitor meets, for tests collected before the database exists:
    each fixed page, each seeded item's page, a search with results and without, a 404.
    In a translated language (Russian, Chinese, Arabic, Mongolian), whose pages are the
    same templates with other words, a sample: the fixed pages, an item page of each
    kind, a search and a 404."""
    seeded = seeded_models()
    hidden = {
        name
        for _config, module in app_modules("sitemaps")
        for name, label in getattr(module, "HIDDEN_UNTIL_PUBLISHED", {}).items()
        if label not in seeded
    }
    with override(language):
        fixed = [reverse(name) for name in fixed_page_names() if name not in hidden]
        search = reverse("search:search")
    extra = [
        f"{search}?q=CT",  # results
        f"{search}?q=zzzqqq",  # none
        f"{search}?q=sunitnib",  # "Did you mean", and in Korean: results in the other language
        f"{search}?q=everolimus+zebra",  # some of the words
        f"{search}?q=%EC%9D%80",  # 은: only a particle
        f"/{language}/no-such-page/",
    ]
    if language not in settings.SOURCE_LANGUAGES:
        kinds: dict[str, str] = {}
        for url in seeded_item_urls(language):
            kinds.setdefault(url.rstrip("/").rsplit("/", 1)[0], url)  # (the first of each listing)
        return list(dict.fromkeys(fixed + list(kinds.values()))) + [extra[0], extra[-1]]
    return list(dict.fromkeys(fixed + seeded_item_urls(language))) + extra
