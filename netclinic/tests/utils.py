"""Helpers that site-wide tests share."""

import os
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils.translation import override

from clinic.models import Department, TestGroup, TreatmentApproach

LANGUAGES = [code for code, _name in settings.LANGUAGES]

FIXED_PAGES = [
    "clinic:home",
    "clinic:clinic",
    "clinic:team",
    "clinic:net",
    "clinic:diagnosis",
    "clinic:treatment",
    "clinic:research",
    "clinic:departments",
    "clinic:contact",
    "rights:rights",
]


def public_urls(language: str) -> list[str]:
    """Every public page of the site in one language, as a visitor finds them."""
    with override(language):
        urls = [reverse(name) for name in FIXED_PAGES]
        for model, name in (
            (TestGroup, "clinic:test_group"),
            (TreatmentApproach, "clinic:treatment_approach"),
            (Department, "clinic:department"),
        ):
            urls += [
                reverse(name, kwargs={"slug": slug})
                for slug in model.objects.published().values_list("slug", flat=True)
            ]
    return urls


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
        a = dict(attrs)
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


def department_form(department, **changes) -> dict:
    """The admin's change form for a department as a browser would send it, with `changes`."""
    data = {
        "slug": department.slug,
        "name_ko": department.name_ko,
        "name_en": department.name_en,
        "summary_ko": department.summary_ko,
        "summary_en": department.summary_en,
        "description_ko": department.description_ko,
        "description_en": department.description_en,
        "image_alt_ko": "",
        "image_alt_en": "",
        "last_reviewed": department.last_reviewed.isoformat(),
        "next_review_due": department.next_review_due.isoformat(),
        "order": department.order,
        "is_published": "on",
    }
    return {**data, **changes}


def require_tool(found: bool, reason: str) -> None:
    """Skip with the reason on a laptop; fail in CI, where every tool must be installed."""
    if found:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must install it: see .ci/run)")
    pytest.skip(reason)
