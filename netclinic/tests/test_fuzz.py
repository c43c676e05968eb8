"""Bad input never yields a 5xx: property-based tests with hypothesis.

Arbitrary paths, query strings, language prefixes, Accept-Language headers,
cookies and form data go to every public URL and to the admin sign-in.
"""

from urllib.parse import quote, unquote_to_bytes

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.fields import MarkdownField
from content.signals import announce
from content.testing.pages import example_pages, public_urls
from content.translations import translated_fields, translated_models
from content.versions import forget_all

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

text = st.text(max_size=200)
# Each kind of page, without its language prefix (the tests add one).
public_paths = st.sampled_from(sorted({p.split("?")[0].removeprefix("/en/") for p in example_pages("en")}))
prefixes = st.sampled_from(["ko", "en", "fr", "zh-hans", "KO", "en-us", "", "x" * 40]) | st.text(
    alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12
)
header_text = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=300)


def assert_no_server_error(response) -> None:
    assert response.status_code < 500, response.status_code


@FUZZ
@given(segments=st.lists(text, max_size=5), prefix=prefixes)
def test_arbitrary_paths(client, segments, prefix):
    path = "/" + "/".join(quote(part, safe="") for part in [prefix, *segments])
    # Straight into the WSGI environ, as a server would pass it: the test client's own
    # URL parsing would take a path such as "//[x" for a host name.
    environ = {"PATH_INFO": unquote_to_bytes(path).decode("iso-8859-1"), "REQUEST_METHOD": "GET"}
    assert_no_server_error(client.request(**environ))


@FUZZ
@given(path=public_paths, language=st.sampled_from(["ko", "en"]), query=st.dictionaries(text, text, max_size=4))
def test_arbitrary_query_strings(client, path, language, query):
    assert_no_server_error(client.get(f"/{language}/{path}", query))


@FUZZ
@given(path=public_paths, accept=header_text, cookie=header_text)
def test_arbitrary_accept_language_and_cookies(path, accept, cookie):
    client = Client(HTTP_ACCEPT_LANGUAGE=accept, HTTP_COOKIE=cookie)
    assert_no_server_error(client.get("/" + path))
    assert_no_server_error(client.get("/ko/" + path))


@FUZZ
@given(data=st.dictionaries(text, text, max_size=6), path=public_paths)
def test_arbitrary_form_data_to_public_pages(client, data, path):
    # Public pages take no POST: an answer, never a crash.
    assert_no_server_error(client.post("/en/" + path, data))


@FUZZ
@given(username=text, password=text, extra=st.dictionaries(text, text, max_size=3))
def test_arbitrary_sign_in_attempts(username, password, extra):
    client = Client()
    assert_no_server_error(client.post("/admin/login/", {**extra, "username": username, "password": password}))


def test_oversized_requests_are_refused(client):
    huge = {"username": "x", "password": "y" * 11_000_000}
    assert client.post("/admin/login/", huge).status_code in (400, 413)
    many = {f"field{i}": "v" for i in range(2000)}
    assert client.post("/admin/login/", many).status_code == 400
    assert client.get("/en/search/", {"q": "c" * 50_000}).status_code == 200  # answered kindly, see search tests


MARKDOWN_PIECES = [
    "[",
    "]",
    "(",
    ")",
    "*",
    "_",
    "`",
    ">",
    "- ",
    "1. ",
    "#",
    "=",
    "\n",
    "\n\n",
    "    ",
    "  ",
    "!",
    "<",
    "&",
    "|",
    "\\",
    "http://x.y",
    "가",
    "a",
]
markdown_texts = st.one_of(
    st.lists(st.sampled_from(MARKDOWN_PIECES), max_size=400).map("".join),
    st.builds(
        lambda piece, count: piece * count,
        st.sampled_from(MARKDOWN_PIECES + ["a\n=\n", "> - ", "  - x\n"]),
        st.integers(1, 6000),
    ),
    # PostgreSQL cannot store NUL at all; every form refuses it (Django's ProhibitNullCharactersValidator)
    # and import_content reports it, so the model layer never holds one.
    st.text(alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=300),
)


def _markdown_fields(model) -> list[str]:

    translated = set(translated_fields(model))
    names = []
    for field in model._meta.concrete_fields:
        if isinstance(field, MarkdownField):
            base = field.name
            if base in translated:
                continue  # its per-language fields are listed below
            names.append(base)
    return names


def _content_models_with_text():

    return [model for model in translated_models() if _markdown_fields(model)]


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    model=st.sampled_from(_content_models_with_text()),
    text=markdown_texts,
    language=st.sampled_from(["ko", "en"]),
)
def test_any_markdown_stored_in_any_text_field_renders_every_page(admin_client, model, text, language):
    """Whatever the model layer holds (no form in the way), saving, indexing and every page hold up."""

    obj = model.objects.first()
    if obj is None:
        return
    for name in _markdown_fields(model):
        setattr(obj, name, text)
    obj.save()
    announce()  # what the commit would run: the search index rebuilt from every text
    forget_all()
    for url in public_urls(language):
        assert_no_server_error(admin_client.get(url))
    meta = model._meta
    assert_no_server_error(admin_client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])))
