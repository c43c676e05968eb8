"""Patients' requests through the production front end (real nginx, deploy/nginx/, in
front of real gunicorn with two workers): each patient has their own limit whichever
worker answers, a forged X-Forwarded-For changes nothing, and what a patient
searches for is in no log.

Distinct patients are distinct loopback addresses (127.0.0.2, .3, …): Linux routes
the whole of 127/8 to the loopback, so a client can connect from any of them.
"""

import http.client
import re
import time
import urllib.parse
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.proxy


class Patient:
    """A browser at one loopback address: its own cookies, its own connection."""

    def __init__(self, base: str, address: str) -> None:
        host, port = base.removeprefix("http://").split(":")
        self.host, self.port, self.address = host, int(port), address
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: str = "", headers: dict[str, str] | None = None):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=20, source_address=(self.address, 0))
        sent = {"Host": "127.0.0.1", "Accept-Language": "en", **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body.encode() or None, headers=sent)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _eq, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        connection.close()
        return response.status, text

    def send_request(self, forged: str = "") -> int:
        status, html = self.request("GET", "/en/appointments/")
        assert status == 200, html[:300]
        form = {
            "csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1),
            "started": re.search(r'name="started" value="([^"]+)"', html).group(1),
            "asker": "patient",
            "name": "Test Patient",
            "phone": "010-0000-0000",
            "reply_language": "en",
            "question": "When can I be seen?",
            "consent_personal": "on",
            "consent_health": "on",
        }
        time.sleep(1.1)  # the served site's robot clock (REQUEST_MIN_SECONDS=1)
        headers = {"X-Forwarded-For": forged} if forged else {}
        status, _html = self.request("POST", "/en/appointments/", urllib.parse.urlencode(form), headers)
        return status


def test_every_patient_has_their_own_limit_whichever_worker_answers(proxy):
    # Six patients, each from their own address, each send one: all are stored.
    assert [Patient(proxy["base"], f"127.0.0.{n}").send_request() for n in range(2, 8)] == [302] * 6
    # One address sends six: the sixth is refused (the limit is five an hour), though
    # the two workers took turns answering.
    busy = Patient(proxy["base"], "127.0.0.20")
    assert [busy.send_request() for _ in range(6)] == [302] * 5 + [429]
    # A forged X-Forwarded-For, new each time, changes nothing: nginx appends the
    # address it saw, and the site counts that one.
    forger = Patient(proxy["base"], "127.0.0.21")
    statuses = [forger.send_request(forged=f"198.51.100.{n}") for n in range(6)]
    assert statuses == [302] * 5 + [429]
    # And the other patients are not held up by them.
    assert Patient(proxy["base"], "127.0.0.22").send_request() == 302


def test_what_patients_search_for_is_in_no_log(proxy, site_folder):
    marker = f"김민수-{uuid.uuid4().hex[:8]}"
    patient = Patient(proxy["base"], "127.0.0.30")
    query = urllib.parse.quote(f"{marker} 010-9876-5432 췌장 신경내분비종양 수술 후 재발 걱정 " * 2)
    for path in (f"/ko/search/?q={query}", f"/en/search/?q={query}&page=2", f"/ko/search/?q={query}&x=%ZZ"):
        status, _html = patient.request("GET", path)
        assert status in (200, 400, 404)
    time.sleep(1.5)  # nginx writes its log lines as each request ends
    run: Path = proxy["run"]
    logs = {path: path.read_bytes() for path in [*run.glob("*.log"), *site_folder.glob("gunicorn-*.log")]}
    assert any(b"/ko/search/" in text for text in logs.values())  # the requests were logged, as paths
    for path, text in logs.items():
        for form in (marker.encode(), urllib.parse.quote(marker).encode(), b"9876"):
            assert form not in text, f"{form!r} in {path.name}"
