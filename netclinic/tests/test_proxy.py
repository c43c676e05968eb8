"""The production front end: real nginx (deploy/nginx/) in front of real gunicorn.

gunicorn's sync workers serve one connection each, so without a buffering proxy a
client that sends its headers slowly holds a worker: two such clients stop the site.
"""

import contextlib
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from content.testing.server import http_get
from content.testing.tools import require_tool
from deploy.proxy import NGINX_DIR, find_nginx

pytestmark = pytest.mark.proxy


def address(base: str) -> tuple[str, int]:
    host, port = base.removeprefix("http://").split(":")
    return host, int(port)


def slow_clients(base: str, count: int) -> list[socket.socket]:
    """Connections that start a request and then send its headers a byte at a time."""
    sockets = []
    for _ in range(count):
        s = socket.create_connection(address(base), timeout=5)
        s.sendall(b"GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        sockets.append(s)
    return sockets


def keep_sending(sockets: list[socket.socket]) -> None:
    for s in sockets:
        with contextlib.suppress(OSError):  # the proxy closed it: the point
            s.sendall(b"X")


def answered(base: str, seconds: float) -> bool:
    try:
        with urllib.request.urlopen(base + "/en/", timeout=seconds) as response:
            return response.status == 200
    except OSError:
        return False


def test_pages_come_through_the_proxy_with_the_sites_own_headers(proxy):
    response = http_get(proxy["base"] + "/en/treatment/medicines/")
    assert response.status == 200
    assert "Everolimus" in response.read().decode()
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["Server"] == "nginx"  # no version: server_tokens off


def test_slow_clients_hold_gunicorn_directly_but_not_through_the_proxy(proxy, site):
    """50 connections trickling their headers: through nginx every probe is answered;
    straight to gunicorn (2 workers), none is while two such clients hold the workers."""
    direct = slow_clients(site, 2)
    try:
        time.sleep(0.5)
        assert not answered(site, 2)  # what the site suffers without the proxy
    finally:
        for s in direct:
            s.close()
    assert answered(site, 10)  # and recovers once they go

    slow = slow_clients(proxy["base"], 50)
    try:
        results = []
        for _ in range(12):  # 12 s: past nginx's 10 s header timeout
            keep_sending(slow)
            started = time.monotonic()
            results.append((answered(proxy["base"], 5), time.monotonic() - started))
            time.sleep(1)
        assert all(ok for ok, _seconds in results), results
        # nginx has closed them by now (client_header_timeout 10s): each reads as closed.
        keep_sending(slow)
        closed = 0
        for s in slow:
            s.settimeout(2)
            try:
                data = s.recv(1024)
            except TimeoutError:
                continue  # still open
            except OSError:
                data = b""  # reset by the proxy
            closed += data == b"" or data.startswith(b"HTTP/1.1 408")
        assert closed == len(slow)
    finally:
        for s in slow:
            s.close()


def test_a_50_mb_body_is_refused_at_once_and_nothing_reaches_the_disk(proxy, site_folder):
    run: Path = proxy["run"]
    with socket.create_connection(address(proxy["base"]), timeout=10) as s:
        s.sendall(
            b"POST /en/contact/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
            b"Content-Length: 50000000\r\n\r\n" + b"x" * 65536
        )
        answer = s.recv(4096).decode("latin-1")
    assert answer.startswith("HTTP/1.1 413"), answer[:200]
    assert list((run / "body").iterdir()) == []  # nginx buffered none of it to disk
    # nginx logs the request once it has let the connection go (it may linger to read
    # and discard what the client still sends): wait for the line, a few seconds at most.
    deadline = time.monotonic() + 10
    while '"POST /en/contact/ HTTP/1.1" 413' not in (run / "access.log").read_text():
        assert time.monotonic() < deadline, "nginx logged no 413"
        time.sleep(0.1)
    # and the site never saw it: gunicorn's log (the site's request lines) has no such POST.
    site_log = "".join(path.read_text() for path in site_folder.glob("gunicorn-*.log"))
    assert '"method": "POST", "path": "/en/contact/"' not in site_log
    assert '"method": "GET", "path": "/healthz"' in site_log  # the log is the one the site writes


def test_sign_in_attempts_are_rate_limited_per_address(proxy):
    statuses = []
    for _ in range(15):
        request = urllib.request.Request(proxy["base"] + "/admin/login/", data=b"username=a&password=b", method="POST")
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                statuses.append(response.status)
        except urllib.error.HTTPError as error:
            statuses.append(error.code)
    # 1 + a burst of 5 reach the site (which refuses them: no CSRF token), the rest wait.
    assert statuses[:6] == [403] * 6, statuses
    assert statuses[6:] == [429] * 9, statuses
    assert http_get(proxy["base"] + "/en/").status == 200  # the rest of the site is not limited


def test_the_production_configuration_is_valid_nginx(tmp_path):
    """netclinic.conf as shipped, with a throwaway certificate and high ports, passes `nginx -t`."""
    nginx, openssl = find_nginx(), shutil.which("openssl")
    require_tool(nginx is not None, "nginx not found: apt-get install nginx")
    require_tool(openssl is not None, "openssl not found: apt-get install openssl")
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=net.example.org",
            "-keyout",
            str(tmp_path / "key.pem"),
            "-out",
            str(tmp_path / "cert.pem"),
        ],
        check=True,
        capture_output=True,
    )
    shared = tmp_path / "netclinic"
    shutil.copytree(NGINX_DIR, shared)
    site = (NGINX_DIR / "netclinic.conf").read_text()
    for old, new in (
        ("/etc/letsencrypt/live/net.example.org/fullchain.pem", str(tmp_path / "cert.pem")),
        ("/etc/letsencrypt/live/net.example.org/privkey.pem", str(tmp_path / "key.pem")),
        ("listen 80;", "listen 127.0.0.1:18081;"),
        ("listen [::]:80;", ""),
        ("listen 443 ssl http2;", "listen 127.0.0.1:18443 ssl http2;"),
        ("listen [::]:443 ssl http2;", ""),
    ):
        assert old in site, old
        site = site.replace(old, new)
    (shared / "site.conf").write_text(site)
    # The shipped main config too (workers, connections, the log format), with its
    # system paths moved into the test's folder.
    main_text = (NGINX_DIR / "nginx.conf").read_text()
    for old, new in (
        ("/etc/nginx/netclinic/main.conf", str(shared / "main.conf")),
        ("pid /run/nginx.pid;", f"pid {tmp_path}/nginx.pid;"),
        ("/var/log/nginx/", f"{tmp_path}/"),
        ("include netclinic/netclinic.conf;", "include netclinic/site.conf;"),
    ):
        assert old in main_text, old
        main_text = main_text.replace(old, new)
    main = tmp_path / "nginx.conf"
    main.write_text(main_text)
    result = subprocess.run(
        [nginx, "-p", str(tmp_path), "-c", str(main), "-e", str(tmp_path / "error.log"), "-t"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
