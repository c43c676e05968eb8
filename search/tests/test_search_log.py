"""The editors' report of searches (search/log.py, search/admin.py), and what it never keeps."""

import datetime
import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from content.roles import EDITORS, TRANSLATORS
from search import log
from search.models import SearchQuery

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-test-password"


@pytest.fixture(autouse=True)
def write_at_once(settings):
    settings.SEARCH_LOG_FLUSH_SECONDS = 0
    log._counts.clear()


def staff(role: str) -> Client:
    user = get_user_model().objects.create_user(f"{role.lower()}-log", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client = Client(headers={"Accept-Language": "en"})
    client.force_login(user)
    return client


def test_each_search_is_counted_by_its_normalised_text_language_and_day(client):
    for query in ["Octreotide", "  octreotide ", "ＯＣＴＲＥＯＴＩＤＥ", "zzqqxx"]:
        client.get("/en/search/", {"q": query})
    client.get("/ko/search/", {"q": "옥트레오티드"})
    rows = {(r.language, r.query): (r.count, r.found, r.day) for r in SearchQuery.objects.all()}
    today = timezone.localdate()
    assert rows == {
        ("en", "octreotide"): (3, True, today),
        ("en", "zzqqxx"): (1, False, today),
        ("ko", "옥트레오티드"): (1, True, today),
    }


def test_searches_served_from_the_page_cache_count_too_and_the_mark_never_leaves(client, settings):
    settings.PAGE_CACHE = True
    responses = [client.get("/en/search/", {"q": "everolimus"}) for _ in range(3)]
    assert all(log.FOUND_HEADER not in response.headers for response in responses)
    assert SearchQuery.objects.get(query="everolimus").count == 3


@pytest.mark.parametrize(
    "query",
    [
        "010-1234-5678",
        "01012345678",
        "02 3410 1234",
        "900101-1234567",
        "9001011234567",
        "hong.gildong@example.com",
        "email me at a@b.kr",
        "생년월일 900101",
    ],
)
def test_what_looks_like_personal_data_is_never_kept(client, query):
    assert client.get("/en/search/", {"q": query}).status_code == 200
    assert not SearchQuery.objects.exists()


def test_nothing_about_the_visitor_is_stored():
    columns = {field.name for field in SearchQuery._meta.get_fields()}
    assert columns == {"id", "language", "query", "day", "count", "found"}


def test_nothing_older_than_90_days_is_kept(client):
    today = timezone.localdate()
    SearchQuery.objects.create(language="en", query="old", day=today - datetime.timedelta(days=91), count=5)
    SearchQuery.objects.create(language="en", query="recent", day=today - datetime.timedelta(days=89), count=5)
    log._state["purged"] = None
    client.get("/en/search/", {"q": "ct"})
    assert set(SearchQuery.objects.values_list("query", flat=True)) == {"recent", "ct"}


def test_the_report_lists_what_found_nothing_and_what_is_most_frequent_per_language(client):
    for _ in range(3):
        client.get("/en/search/", {"q": "zzqqxx"})
    for _ in range(5):
        client.get("/en/search/", {"q": "everolimus"})
    client.get("/ko/search/", {"q": "없는말없는말"})
    editor = staff(EDITORS)
    html = editor.get("/admin/search/searchquery/").content.decode()
    assert "Searches that found nothing" in html and "Most frequent searches" in html
    not_found, frequent = html.split("Most frequent searches")
    assert "zzqqxx" in not_found and "everolimus" not in not_found
    assert frequent.index("everolimus") < frequent.index("zzqqxx")
    assert "없는말없는말" not in html
    assert "없는말없는말" in editor.get("/admin/search/searchquery/", {"language": "ko"}).content.decode()


def test_the_report_is_for_editors_and_cannot_be_changed(client):
    client.get("/en/search/", {"q": "ct"})
    row = SearchQuery.objects.get()
    assert staff(TRANSLATORS).get("/admin/search/searchquery/").status_code == 403
    editor = staff(EDITORS)
    assert editor.get("/admin/search/searchquery/").status_code == 200
    assert editor.get(f"/admin/search/searchquery/{row.pk}/change/").status_code == 404
    assert editor.post(f"/admin/search/searchquery/{row.pk}/delete/").status_code == 404
    assert Client().get("/admin/search/searchquery/").status_code == 302  # to the sign-in page


def test_counts_wait_in_memory_until_the_next_write(client, settings):
    settings.SEARCH_LOG_FLUSH_SECONDS = 3600
    log._state["flushed"] = time.monotonic()  # just written
    client.get("/en/search/", {"q": "octreotide"})
    assert not SearchQuery.objects.exists()
    assert log.flush() == 1
    assert SearchQuery.objects.get().count == 1


def test_the_purge_command_deletes_what_is_older_than_90_days(capsys):
    from django.core.management import call_command

    today = timezone.localdate()
    SearchQuery.objects.create(language="ko", query="old", day=today - datetime.timedelta(days=120), count=1)
    SearchQuery.objects.create(language="ko", query="kept", day=today - datetime.timedelta(days=90), count=1)
    call_command("purge_search_log")
    assert "1 rows older than 90 days deleted" in capsys.readouterr().out
    assert list(SearchQuery.objects.values_list("query", flat=True)) == ["kept"]


@pytest.mark.parametrize(
    "language, query",
    [
        ("ko", "김민수 췌장"),  # a name and a condition
        ("ko", "이서연"),
        ("en", "kim minsu pancreas"),  # two words no page uses
        ("ko", "저희 아버지가 작년에 췌장 수술을 받으셨는데 다시 재발했다고 합니다"),  # a story
        ("en", "my mother was told last week that her tumour has come back again"),
    ],
)
def test_names_and_stories_are_never_kept(client, language, query):
    assert client.get(f"/{language}/search/", {"q": query}).status_code == 200
    assert not SearchQuery.objects.exists()


def test_every_kind_of_query_patients_type_is_kept():
    """What patients type (search/tests/data/patient-queries.tsv: old names, brands,
    spelling variants, typos, lay words) all reach the report."""
    from search.tests.test_patient_queries import TSV

    queries = [line.split("\t")[:2] for line in TSV.read_text().splitlines() if line and not line.startswith("#")]
    assert len(queries) > 30
    client = Client()
    for language, query in queries:
        assert client.get(f"/{language}/search/", {"q": query}).status_code == 200
    kept = set(SearchQuery.objects.values_list("language", "query"))
    assert kept == {(language, log.normalised(query)) for language, query in queries}
