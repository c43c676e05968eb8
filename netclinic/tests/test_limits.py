"""Bounded requests: a body larger than the site accepts is refused before anything reads it."""

import io

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


class Unreadable(io.RawIOBase):
    """A request body that fails the test if the site reads any of it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = readinto = read


def send(client: Client, path: str, length: int):
    return client.generic(
        "POST",
        path,
        content_type="multipart/form-data; boundary=x",
        **{"CONTENT_LENGTH": str(length), "wsgi.input": Unreadable()},
    )


@pytest.mark.parametrize("path", ["/en/", "/ko/search/", "/admin/login/", "/i18n/setlang/", "/no-such-page/"])
def test_a_body_over_the_limit_is_refused_unread_on_every_path(client, path):
    response = send(client, path, settings.REQUEST_MAX_BYTES + 1)
    assert response.status_code == 413
    assert response["Connection"] == "close"


def test_staff_are_refused_too_with_a_page_that_says_what_to_do(admin_client):
    url = reverse("admin:clinic_department_add")
    response = send(admin_client, url, 50_000_000)
    assert response.status_code == 413
    html = response.content.decode()
    assert f"{settings.REQUEST_MAX_BYTES // 1_000_000} MB" in html and 'lang="ko"' in html


def test_the_page_speaks_the_language_of_the_address(client):
    html = send(client, "/en/contact/", 50_000_000).content.decode()
    assert "Too much to send at once" in html and 'lang="en"' in html


def test_a_body_within_the_limit_goes_through(client):
    response = client.post("/admin/login/", {"username": "x", "password": "y" * 3_000_000})
    assert response.status_code == 200  # a failed sign-in, answered as such


@pytest.mark.parametrize("length", ["abc", "-5", ""])
def test_a_nonsense_length_is_no_error(client, length):
    response = client.generic("POST", "/admin/login/", b"", CONTENT_LENGTH=length)
    assert response.status_code < 500


def test_a_form_too_large_for_the_admin_gets_a_message_in_the_admins_design(client, settings):
    response = client.post(
        "/admin/clinic/department/1/change/",
        data=b"x" * 10,
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH=str(settings.REQUEST_MAX_BYTES + 1),
        headers={"Accept-Language": "ko"},
    )
    html = response.content.decode()
    assert response.status_code == 413
    assert 'id="header"' in html and "/static/admin/css/base" in html  # the admin's page
    assert "<h1>한 번에 보내기에는 너무 큽니다</h1>" in html
