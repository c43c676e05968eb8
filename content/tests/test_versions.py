"""Values kept per content version: read once, kept while the version stands, never older."""

import pytest
from django.db.models import F
from django.test import RequestFactory
from django.utils.translation import override

from content.models import ContentVersion
from content.versions import bump_version, per_content_version

pytestmark = pytest.mark.django_db


def counter():
    calls = []

    @per_content_version
    def value() -> int:
        calls.append(1)
        return len(calls)

    return value, calls


def request():
    return RequestFactory().get("/")


def test_a_value_is_made_once_per_version_and_language():
    value, calls = counter()
    with override("en"):
        assert value(request()) == 1
        assert value(request()) == 1
    with override("ko"):
        assert value(request()) == 2  # each language has its own
    assert len(calls) == 2


def test_a_new_version_makes_it_again():
    value, calls = counter()
    value(request())
    bump_version()
    assert value(request()) == 2
    ContentVersion.objects.filter(pk=1).update(version=F("version") + 1)  # another process's save
    assert value(request()) == 3


def test_the_version_is_read_once_per_request(django_assert_num_queries):
    first, _ = counter()
    second, _ = counter()
    one = request()
    with django_assert_num_queries(1):
        first(one)
        second(one)
