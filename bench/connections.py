"""`make bench`: how many connections the production front end holds.

The site under gunicorn with production settings, nginx in front of it with the
shipped configuration (deploy/nginx/: main.conf's workers and connections, the
limits, the locations), as `make serve-proxy` runs them. wrk opens 1,000
keep-alive connections at once through nginx, for 10 s, to the cached home page
and to a static file, and this prints the socket errors (connect, read, write,
timeout) and non-2xx answers, which must all be 0, and the request rate.
"""

import os
import re
import resource
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netclinic.settings")

import django  # noqa: E402

django.setup()

from bench.run import ensure_wrk, to_ms  # noqa: E402
from content.testing.server import running_proxy, running_site  # noqa: E402

CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "1000"))
DURATION = os.environ.get("BENCH_CONNECTIONS_DURATION", "10s")


def measure(wrk: str, url: str) -> dict:
    out = subprocess.run(
        [wrk, "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--timeout", "10s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p99": to_ms(re.search(r"\s99%\s+([\d.]+\w+)", out).group(1)),
        "socket": tuple(map(int, socket.groups())) if socket else (0, 0, 0, 0),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
    }


def main() -> None:
    # wrk needs a file for each connection it opens (the soft limit is often 1,024).
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    wrk = ensure_wrk()
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        with (
            running_site(tmp, workers=None, DJANGO_SSL_REDIRECT="false") as site,
            running_proxy(tmp / "proxy", site) as base,
        ):
            html = urllib.request.urlopen(base + "/ko/", timeout=10).read().decode()
            css = re.search(r'href="(/static/css/site\.[^"]+\.css)"', html)
            targets = [("home (cached)", "/ko/")] + ([("static CSS", css.group(1))] if css else [])
            print(f"\nnginx in front of gunicorn: {CONNECTIONS} keep-alive connections at once, {DURATION} each")
            print(f"{'URL':<16}{'req/s':>9}{'p99 ms':>9}  socket errors (connect, read, write, timeout)  non-2xx")
            for name, path in targets:
                result = measure(wrk, base + path)
                print(
                    f"{name:<16}{result['rps']:>9.0f}{result['p99']:>9.1f}  "
                    f"{', '.join(map(str, result['socket'])):<46}{result['non_2xx']:>7}"
                )
                if sum(result["socket"]) or result["non_2xx"]:
                    failures.append(name)
            log = (tmp / "proxy" / "error.log").read_text()
            if "worker_connections are not enough" in log:
                failures.append("nginx ran out of worker_connections")
    if failures:
        sys.exit(f"FAILED: errors with {CONNECTIONS} connections: {', '.join(failures)}")
    print(f"OK: {CONNECTIONS} connections, 0 socket errors, 0 non-2xx answers.")


if __name__ == "__main__":
    main()
