"""Formatted text: Markdown from staff, sanitized before any patient sees it."""

import pytest
from django.urls import reverse

from content.markup import render_markdown

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
    import re

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
