"""Whole-page caching: fast for visitors, never stale, never for staff."""

import gzip

import brotli
import pytest
from django.conf import settings
from django.core.cache import cache, caches
from django.test import Client

from clinic.models import Department
from content.versions import current_version

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE = True


def test_second_visit_is_served_from_the_cache_byte_for_byte(client, django_assert_max_num_queries):
    first = client.get("/en/treatment/medicines/")
    assert first["X-Cache"] == "miss"
    with django_assert_max_num_queries(1):  # the content version only
        second = client.get("/en/treatment/medicines/")
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_languages_are_cached_separately(client):
    client.get("/en/research/")
    korean = client.get("/ko/research/")
    assert 'lang="ko"' in korean.content.decode()


def test_a_save_invalidates_cached_pages_when_it_commits(client, django_capture_on_commit_callbacks):
    assert "Radiology" in client.get("/en/departments/radiology/").content.decode()
    assert client.get("/en/departments/radiology/")["X-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        department = Department.objects.get(slug="radiology")
        department.name_en = "Radiology, renamed"
        department.save()
    response = client.get("/en/departments/radiology/")
    assert response["X-Cache"] == "miss"
    assert "Radiology, renamed" in response.content.decode()
    # The content version moved on: every page is built afresh.
    assert client.get("/en/departments/")["X-Cache"] == "miss"


def test_conditional_requests_get_304(client):
    response = client.get("/ko/")
    etag, modified = response["ETag"], response["Last-Modified"]
    assert response["Cache-Control"] == "max-age=0, must-revalidate"
    not_modified = client.get("/ko/", headers={"If-None-Match": etag})
    assert not_modified.status_code == 304 and not_modified.content == b""
    assert not_modified["ETag"] == etag and not_modified["Last-Modified"] == modified
    assert client.get("/ko/", headers={"If-None-Match": '"other"'}).status_code == 200


def test_staff_and_admin_responses_are_never_cached(admin_client):
    Department.objects.filter(slug="radiology").update(is_published=False)
    first = admin_client.get("/en/departments/radiology/")
    assert first.status_code == 200 and "X-Cache" not in first  # the draft preview
    assert "X-Cache" not in admin_client.get("/admin/")
    assert Client().get("/en/departments/radiology/").status_code == 404  # patients: not the preview


def test_search_results_are_cached_per_query_and_error_pages_not_at_all(client):
    assert client.get("/en/search/", {"q": "ct"})["X-Cache"] == "miss"
    assert client.get("/en/search/", {"q": "ct"})["X-Cache"] == "hit"
    assert client.get("/en/search/", {"q": "mri"})["X-Cache"] == "miss"
    client.get("/en/nothing-here/")
    assert client.get("/en/nothing-here/").get("X-Cache") is None


def test_query_parameters_no_page_reads_share_the_page_entry(client):
    """A campaign tag or a random parameter meant to miss the cache gets the cached page."""
    page = client.get("/en/treatment/")
    for query in ("?utm_source=newsletter", "?nocache=8f3a", "?q=ct", "?x=1&y=2"):
        tagged = client.get("/en/treatment/" + query)
        assert tagged["X-Cache"] == "hit", query
        assert tagged.content == page.content
    search = client.get("/en/search/", {"q": "ct", "utm_source": "x"})
    assert search["X-Cache"] == "miss"
    assert client.get("/en/search/", {"utm_source": "y", "q": "ct"})["X-Cache"] == "hit"


@pytest.mark.parametrize("cookie", ["x", "a" * 32, "0123456789abcdefghijklmnopqrstuv"])
def test_a_session_cookie_of_no_signed_in_user_cannot_switch_the_cache_off(client, cookie):
    """`Cookie: sessionid=x` used to skip the cache: the home page fell from 2,024 to 228 req/s."""
    page = client.get("/ko/")
    pretender = Client()
    pretender.cookies[settings.SESSION_COOKIE_NAME] = cookie
    response = pretender.get("/ko/")
    assert response["X-Cache"] == "hit" and response.content == page.content


def test_a_signed_in_staff_session_is_never_served_from_the_cache(admin_client, client):
    client.get("/en/")
    assert client.get("/en/")["X-Cache"] == "hit"
    assert "X-Cache" not in admin_client.get("/en/")


@pytest.mark.parametrize(
    "padded", ["c\u200bt", "\u2060c\u200b\ufefft", "c" + "\u200b" * 600 + "t", "c\x00t", "  ct \t", "\u200bct\u200b "]
)
def test_a_search_padded_with_invisible_characters_gets_the_same_entry(client, padded):
    first = client.get("/en/search/", {"q": "ct"})
    padded = client.get("/en/search/", {"q": padded})
    assert padded["X-Cache"] == "hit"
    assert padded.content == first.content and "too long" not in padded.content.decode()


def test_search_results_live_apart_from_pages_and_are_bounded():

    client = Client()
    client.get("/en/")
    for number in range(400):
        client.get("/en/search/", {"q": f"word{number}"})
    search_pages = caches[settings.PAGE_CACHE_QUERIES]
    assert len(search_pages._cache) <= settings.CACHES[settings.PAGE_CACHE_QUERIES]["OPTIONS"]["MAX_ENTRIES"]
    assert client.get("/en/")["X-Cache"] == "hit"  # the page outlived 400 rare searches

    latest = f"page2:{current_version()}:http:testserver:/en/search/?q=word399"
    assert search_pages.get(latest) is not None and cache.get(latest) is None


def test_head_gets_the_pages_headers_without_its_body(client):
    page = client.get("/en/")
    head = client.head("/en/")
    assert head.status_code == 200 and head.content == b""
    assert head["ETag"] == page["ETag"] and head["Content-Length"] == str(len(page.content))


@pytest.mark.parametrize(
    ("accept", "encoding"),
    [("gzip, deflate, br", "br"), ("gzip", "gzip"), ("br;q=0, gzip", "gzip"), ("", None), ("identity", None)],
)
def test_cached_pages_are_kept_compressed_and_sent_as_the_browser_accepts(client, accept, encoding):

    plain = client.get("/en/treatment/medicines/").content
    response = client.get("/en/treatment/medicines/", headers={"Accept-Encoding": accept})
    assert response["X-Cache"] == "hit"
    assert response.get("Content-Encoding") == encoding
    assert "Accept-Encoding" in response["Vary"]
    decode = {"br": brotli.decompress, "gzip": gzip.decompress, None: lambda body: body}[encoding]
    assert decode(response.content) == plain
    assert response["Content-Length"] == str(len(response.content))


def test_each_encoding_has_its_own_etag_and_answers_its_own_304(client):
    client.get("/ko/")
    plain = client.get("/ko/")["ETag"]
    brotli_etag = client.get("/ko/", headers={"Accept-Encoding": "br"})["ETag"]
    assert plain != brotli_etag and brotli_etag.endswith('-br"')
    again = client.get("/ko/", headers={"Accept-Encoding": "br", "If-None-Match": brotli_etag})
    assert again.status_code == 304 and again["ETag"] == brotli_etag
    assert client.get("/ko/", headers={"Accept-Encoding": "gzip", "If-None-Match": brotli_etag}).status_code == 200


def test_no_cache_key_holds_or_prints_what_was_searched(client):
    """Every cache's keys are digests (content/security.py hashed_key): a long Hangul
    search makes no CacheKeyWarning (which would print the key to the log), and
    nothing stored under a key spells the query."""
    import warnings

    from django.core.cache.backends.base import CacheKeyWarning

    query = "김민수 010-9876-5432 췌장 신경내분비종양 수술 후 재발이 걱정됩니다 " * 3
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert client.get("/ko/search/", {"q": query}).status_code == 200
        assert client.get("/ko/search/", {"q": query}).status_code == 200
    assert not [w for w in caught if issubclass(w.category, CacheKeyWarning)]
    from django.core.cache.backends.locmem import LocMemCache

    for name in settings.CACHES:
        store = caches[name]
        if not isinstance(store, LocMemCache):
            continue  # (Redis and the database hash the same way: one KEY_FUNCTION for all)
        keys = list(store._cache)  # the in-memory caches: their keys as stored
        assert not [key for key in keys if "김민수" in key or "%" in key], name
