"""Error pages: in the site's design and the visitor's language, nothing internal shown."""

import pytest
from django.test import Client
from django.urls import path

from netclinic.urls import urlpatterns as site_urlpatterns


def broken_view(request):
    raise RuntimeError("internal detail: SECRET_TABLE_NAME")


urlpatterns = [path("boom/", broken_view), *site_urlpatterns]
handler500 = "netclinic.views.server_error"


@pytest.mark.urls("netclinic.tests.test_errors")
@pytest.mark.parametrize(
    ("accept", "text", "lang"), [("ko", "문제가 발생했습니다", "ko"), ("en", "Something went wrong", "en")]
)
def test_500_page_is_friendly_localised_and_hides_internals(db, accept, text, lang):
    client = Client(raise_request_exception=False)
    response = client.get("/boom/", headers={"Accept-Language": accept})
    assert response.status_code == 500
    html = response.content.decode()
    assert text in html and f'lang="{lang}"' in html
    assert "SECRET_TABLE_NAME" not in html and "Traceback" not in html
    assert 'href="/static/css/site.css"' in html


@pytest.mark.urls("netclinic.tests.test_errors")
def test_500_page_renders_without_the_database(db, django_assert_num_queries):
    client = Client(raise_request_exception=False)
    with django_assert_num_queries(0):
        assert client.get("/boom/").status_code == 500


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "text"), [("ko", "양식의 유효 시간이 지났습니다"), ("en", "The form has expired")]
)
def test_csrf_failure_page_explains_what_to_do(language, text):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/i18n/setlang/", {"language": language}, headers={"Accept-Language": language})
    assert response.status_code == 403
    assert text in response.content.decode()


def test_no_debug_page_with_debug_off(settings, client, db):
    settings.DEBUG = False
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html and 'href="/static/css/site.css"' in html  # the site's own page
    assert "URLconf" not in html and "Django tried" not in html


@pytest.mark.urls("netclinic.tests.test_errors")
@pytest.mark.parametrize("path", ["/en/no-such-page/", "/en/treatment/no-such-approach/", "/xx/"])
def test_make_run_shows_the_sites_404_page_not_djangos(settings, db, path):
    """`make run` runs with DEBUG on; a newcomer still meets the page patients see."""
    settings.DEBUG = True
    response = Client().get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert 'href="/static/css/site.css"' in html and "skip-link" in html  # the site's own page
    assert "URLconf" not in html and "Django tried" not in html and "DEBUG = True" not in html


@pytest.mark.urls("netclinic.tests.test_errors")
def test_make_run_shows_the_sites_500_page_and_still_logs_the_error(settings, db, caplog):
    settings.DEBUG = True
    response = Client(raise_request_exception=False).get("/boom/", headers={"Accept-Language": "en"})
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html
    assert "SECRET_TABLE_NAME" not in html and "Traceback" not in html
    # The developer still finds the error, with its traceback, in the log.
    logged = [record for record in caplog.records if record.name == "django.request" and record.exc_info]
    assert logged and "SECRET_TABLE_NAME" in str(logged[0].exc_info[1])


@pytest.mark.urls("netclinic.tests.test_errors")
def test_developers_can_ask_for_djangos_technical_pages(settings, db):
    settings.DEBUG = True
    settings.TECHNICAL_ERROR_PAGES = True  # DJANGO_TECHNICAL_ERRORS=true
    assert "Django tried" in Client().get("/en/no-such-page/").content.decode()
    response = Client(raise_request_exception=False).get("/boom/", headers={"Accept": "text/html"})
    assert response.status_code == 500 and "SECRET_TABLE_NAME" in response.content.decode()
