"""Formatted text: Markdown from staff, sanitized before any patient sees it."""

import re

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from content.admin_views import PREVIEW_REQUESTS_PER_MINUTE
from content.markup import MAX_MARKDOWN_CHARS, MAX_NESTING, render_markdown

HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<img src=x onerror="alert(1)">',
    "<iframe src='https://evil.example'></iframe>",
    "<style>body{display:none}</style>",
    '<a href="javascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](java\tscript:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
    '<div onmouseover="alert(1)">hover</div>',
    "<svg><script>alert(1)</script></svg>",
    '<form action="https://evil.example"><input name=p></form>',
    '[x](https://ok.example "title" onclick=alert(1))',
    "<!-- <script>alert(1)</script> -->",
    '<p style="color:red">styled</p>',
    "```\n<script>alert(1)</script>\n```",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_markdown_is_neutralised(text):
    html = str(render_markdown(text)).lower()
    for forbidden in ("<script", "<iframe", "<style", "<img", "<svg", "<form", "<input", "<div"):
        assert forbidden not in html, forbidden
    for forbidden in ("javascript:", "data:", "onerror=", "onclick=", "onmouseover=", "style="):
        assert forbidden not in _attributes(html), forbidden


def _attributes(html: str) -> str:
    """Everything inside tags, where an attack would have to be."""

    return " ".join(re.findall(r"<[^>]*>", html))


def test_simple_formatting_is_kept():
    html = str(
        render_markdown("Intro with **bold** and *italic*.\n\n## Subheading\n\n- one\n- two\n\n1. first\n2. second")
    )
    assert "<strong>bold</strong>" in html and "<em>italic</em>" in html
    assert "<ul>" in html and "<ol>" in html and html.count("<li>") == 4
    assert "<p>Intro" in html


def test_headings_sit_below_the_pages_own():
    html = str(render_markdown("# Top\n\n## Second\n\n### Third"))
    assert "<h3>Top</h3>" in html and "<h4>Second</h4>" in html and "<h5>Third</h5>" in html
    assert "<h1" not in html and "<h2" not in html


def test_links_to_other_sites_get_noopener_noreferrer():
    html = str(render_markdown("[out](https://www.example.org/) and [in](/en/contact/) and [mail](mailto:a@b.kr)"))
    assert '<a href="https://www.example.org/" rel="noopener noreferrer">out</a>' in html
    assert '<a href="/en/contact/">in</a>' in html
    assert '<a href="mailto:a@b.kr">mail</a>' in html


def test_raw_html_is_shown_as_text_not_lost():
    html = str(render_markdown("Use <b>this</b> & that"))
    assert "&lt;b&gt;this&lt;/b&gt;" in html and "&amp;" in html


def test_empty_text_renders_nothing():
    assert render_markdown("") == "" and render_markdown(None) == "" and render_markdown("  \n ") == ""


@pytest.mark.django_db
def test_preview_is_for_staff_only(client, admin_client):
    url = reverse("admin:markdown_preview")
    anonymous = client.post(url, {"text": "**x**"})
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    assert admin_client.get(url).status_code == 405
    response = admin_client.post(url, {"text": "**x** <script>alert(1)</script>"})
    assert response.status_code == 200
    assert response.content.decode() == "<p><strong>x</strong> &lt;script&gt;alert(1)&lt;/script&gt;</p>"


def test_deep_nesting_is_flattened_not_a_crash():
    """500 nested list levels used to raise RecursionError in every save and page."""
    nested_list = "".join("  " * level + "- item\n" for level in range(500))
    html = render_markdown(nested_list)
    assert html.count("<ul>") <= MAX_NESTING * 2 + 1 and "item" in html
    quotes = render_markdown(">" * 1000 + " deep")
    assert quotes.count("<blockquote>") == MAX_NESTING and "deep" in quotes


def test_nesting_of_other_shapes_falls_back_to_plain_text():
    mixed = "".join("> - " * 300 + "x\n")
    html = render_markdown(mixed)
    assert "x" in html and html.startswith("<")


def test_very_many_brackets_are_shown_as_typed():
    """10,000 "[" took 20 s: past MAX_BRACKETS they are text, not the start of links."""
    html = render_markdown("[" * 10_000 + " [a link](https://example.org)")
    assert html.count("[") == 10_001 and "<a " not in html
    few = render_markdown("[a link](https://example.org) " + "[" * 10)
    assert '<a href="https://example.org" rel="noopener noreferrer">a link</a>' in few


def test_long_runs_of_lines_are_cut_into_blocks():
    """Markdown splits a block again after each of its lines (quadratic); runs are cut."""
    html = render_markdown("a\n=\n" * 1000)
    assert html.count("<h3>") == 1000


def test_texts_over_the_limit_are_shown_as_plain_text_up_to_it():
    html = render_markdown("**x** " * MAX_MARKDOWN_CHARS)
    assert "<strong>" not in html and html.startswith("<p>**x**")
    assert len(html) < MAX_MARKDOWN_CHARS + 100


@pytest.mark.django_db
def test_preview_refuses_what_no_field_can_hold(admin_client):
    response = admin_client.post(reverse("admin:markdown_preview"), {"text": "x" * (MAX_MARKDOWN_CHARS + 1)})
    assert response.status_code == 413


@pytest.mark.django_db
def test_preview_is_rate_limited_per_editor(admin_client, settings):
    url = reverse("admin:markdown_preview")
    with time_machine.travel(timezone.now().replace(second=1), tick=False):  # all within one minute
        answers = [admin_client.post(url, {"text": "*x*"}).status_code for _ in range(PREVIEW_REQUESTS_PER_MINUTE + 2)]
    assert answers[:PREVIEW_REQUESTS_PER_MINUTE] == [200] * PREVIEW_REQUESTS_PER_MINUTE
    assert answers[-1] == 429
