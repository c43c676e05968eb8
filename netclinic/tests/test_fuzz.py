"""Bad input never yields a 5xx: property-based tests with hypothesis.

Arbitrary paths, query strings, language prefixes, Accept-Language headers,
cookies and form data go to every public URL and to the admin sign-in.
"""

from urllib.parse import quote, unquote_to_bytes

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.testing.pages import example_pages

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
    huge = {"username": "x", "password": "y" * 3_000_000}
    assert client.post("/admin/login/", huge).status_code == 400
    many = {f"field{i}": "v" for i in range(2000)}
    assert client.post("/admin/login/", many).status_code == 400
    assert client.get("/en/search/", {"q": "c" * 50_000}).status_code == 200  # answered kindly, see search tests
