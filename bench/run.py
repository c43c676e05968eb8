"""`make bench`: the site under gunicorn with production settings, loaded from this machine.

Runs wrk with 20 connections against the home page, a treatment page, the rights
page, a search and a static CSS file served by whitenoise, in both languages,
with the page cache on and then off, and prints a table: requests per second,
p50 and p99 latency, errors, and each page's rate as a ratio to the static
file's rate in the same run. Then the home page's query count, HTML size and
total compressed transfer.
"""

import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netclinic.settings")

import django  # noqa: E402

django.setup()

from content.testing.server import FIELD_KEY, running_site  # noqa: E402

DURATION = os.environ.get("BENCH_DURATION", "5s")
CONNECTIONS = "20"
PAGES = [
    ("home", "/{lang}/"),
    ("treatment", "/{lang}/treatment/medicines/"),
    ("rights", "/{lang}/patients-rights/"),
    ("search", "/{lang}/search/?q=CT"),
]
TARGETS = {"cached": 0.8, "uncached": 0.3}
# What a client might send to force uncached pages; the cache must serve them all the same.
ZERO_WIDTH = "%E2%80%8B%E2%81%A0%EF%BB%BF"  # zero-width space, word joiner, byte order mark
ATTACKS = [
    ("bogus session", "/ko/", {"Cookie": "sessionid=x"}),
    ("padded search", f"/ko/search/?q={ZERO_WIDTH}C{ZERO_WIDTH * 3}T{ZERO_WIDTH}", {}),
]
LIGHTHOUSE = BASE_DIR / ".cache/lighthouse/node_modules/.bin/lighthouse"
LIGHTHOUSE_PAGES = ["/ko/", "/en/", "/ko/patients-rights/", "/en/patients-rights/"]
CHROMIUM_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
P99_TARGET_MS = 50.0


def ensure_wrk() -> str:
    wrk = shutil.which("wrk")
    if wrk:
        return wrk
    print("Installing wrk (Debian package)...", flush=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, stdout=subprocess.DEVNULL)
    return shutil.which("wrk") or sys.exit("wrk is not installed and could not be installed")


# Unique random words searched at full speed: each would be a new cache entry.
FLOOD_SCRIPT = """
math.randomseed(os.time())
request = function()
  local word = ""
  for i = 1, 12 do word = word .. string.char(math.random(97, 122)) end
  return wrk.format("GET", "/ko/search/?q=" .. word)
end
"""


def worker_memory(port: int) -> dict[int, int]:
    """Resident memory (KB) of each gunicorn process serving the port."""
    found = subprocess.run(["pgrep", "-f", f"127.0.0.1:{port}"], capture_output=True, text=True).stdout.split()
    memory = {}
    for pid in map(int, found):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        match = re.search(r"VmRSS:\s+(\d+) kB", status)
        if match and "gunicorn" in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"):
            memory[pid] = int(match.group(1))
    return memory


def hit_rate(base: str, pages: list[str], rounds: int = 20) -> float:
    """The share of requests for `pages` answered from the cache. Without Redis each worker
    has a cache of its own, and a request reaches whichever worker is free: so each page is
    asked for many times, and the rate compared before and after, not a single request."""
    hits = sum(
        urllib.request.urlopen(base + path).headers.get("X-Cache") == "hit" for _ in range(rounds) for path in pages
    )
    return hits / (rounds * len(pages))


def search_flood(wrk: str, base: str, tmp: Path) -> dict:
    """Unique searches at full speed: whether cached pages survive, and how memory grows."""
    port = int(base.rsplit(":", 1)[1])
    pages = [path.format(lang=lang) for _name, path in PAGES[:3] for lang in ("ko", "en")]
    hit_rate(base, pages)  # every worker has every page
    before_rate = hit_rate(base, pages)
    before = worker_memory(port)
    script = tmp / "flood.lua"
    script.write_text(FLOOD_SCRIPT)
    out = subprocess.run(
        [wrk, "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "-s", str(script), base + "/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    after = worker_memory(port)
    growth = [(after[pid] - before[pid]) // 1024 for pid in before if pid in after]
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "before": before_rate,
        "after": hit_rate(base, pages),
        "growth_mb": growth,
    }


def to_ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(wrk: str, url: str, headers: dict[str, str] | None = None) -> dict:
    header_args = [arg for name, value in (headers or {}).items() for arg in ("-H", f"{name}: {value}")]
    out = subprocess.run(
        [wrk, "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", *header_args, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = to_ms(re.search(r"\s50%\s+([\d.]+\w+)", out).group(1))
    p99 = to_ms(re.search(r"\s99%\s+([\d.]+\w+)", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = (int(non_2xx.group(1)) if non_2xx else 0) + (sum(map(int, socket.groups())) if socket else 0)
    return {"rps": rps, "p50": p50, "p99": p99, "errors": errors}


class Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("img", "script") and a.get("src"):
            self.urls.append(a["src"])
        if tag == "link" and a.get("rel") in ("stylesheet", "icon") and a.get("href"):
            self.urls.append(a["href"])


def transferred(url: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "br, gzip"})
    with urllib.request.urlopen(request, timeout=10) as response:
        body = response.read()
        encoding = response.headers.get("Content-Encoding", "")
    plain = gzip.decompress(body) if encoding == "gzip" else body
    if encoding == "br":
        import brotli

        plain = brotli.decompress(body)
    return len(body), plain


def home_page_facts(base: str, env: dict) -> dict:
    html_bytes, html = transferred(base + "/ko/")
    parser = Assets()
    parser.feed(html.decode())
    total = html_bytes + sum(transferred(base + url)[0] for url in dict.fromkeys(parser.urls))
    count_queries = (
        "from django.db import connection; from django.test import Client; "
        "from django.test.utils import CaptureQueriesContext; c = Client(); "
        "c.get('/ko/', HTTP_HOST='127.0.0.1')\n"
        "with CaptureQueriesContext(connection) as q: r = c.get('/ko/', HTTP_HOST='127.0.0.1')\n"
        "print(len(q), r.status_code)"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", count_queries],
        cwd=BASE_DIR,
        env={**env, "DJANGO_PAGE_CACHE": "false"},
        capture_output=True,
        text=True,
        check=True,
    )
    queries = int(result.stdout.strip().splitlines()[-1].split()[0])
    return {
        "queries": queries,
        "html": len(html),
        "html_transfer": html_bytes,
        "total": total,
        "assets": len(set(parser.urls)),
    }


def lighthouse(base: str, folder: Path) -> list[tuple[str, dict]]:
    """Mobile Lighthouse scores (npm lighthouse, driving Debian's Chromium)."""
    if not LIGHTHOUSE.exists():
        print("Lighthouse is not installed (make bench installs it with npm): skipped")
        return []
    import json

    results = []
    for path in LIGHTHOUSE_PAGES:
        report = folder / "lighthouse.json"
        # Lighthouse now and then fails to record a trace (NO_NAVSTART); a second run does.
        for attempt in range(1, 4):
            run = subprocess.run(
                [
                    str(LIGHTHOUSE),
                    base + path,
                    "--quiet",
                    f"--chrome-flags={CHROMIUM_FLAGS}",
                    "--output=json",
                    f"--output-path={report}",
                    "--only-categories=performance,accessibility,best-practices,seo",
                ],
                env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
                check=False,
            )
            if run.returncode == 0:
                break
            print(f"Lighthouse failed on {path} (attempt {attempt} of 3)", flush=True)
        run.check_returncode()
        categories = json.loads(report.read_text())["categories"]
        results.append((path, {key: round((c["score"] or 0) * 100) for key, c in categories.items()}))
    return results


def main() -> None:
    wrk = ensure_wrk()
    rows, failures, scores = [], [], []
    breakdown = ""
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        facts = None
        flood: dict = {}
        for mode in ("cached", "uncached"):
            env_flags = {"DJANGO_SSL_REDIRECT": "false", "DJANGO_PAGE_CACHE": "true" if mode == "cached" else "false"}
            with running_site(tmp, prepare=(mode == "cached"), workers=None, **env_flags) as base:
                html = urllib.request.urlopen(base + "/ko/").read().decode()
                css = re.search(r'href="(/static/css/site\.[^"]+\.css)"', html).group(1)
                for _name, path in PAGES:  # warm the caches
                    for lang in ("ko", "en"):
                        urllib.request.urlopen(base + path.format(lang=lang)).read()
                # The site's own settings, for measurements made in a process of their own.
                env = {
                    **os.environ,
                    **env_flags,
                    "DJANGO_DEBUG": "false",
                    "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
                    "DJANGO_STATIC_ROOT": str(tmp / "static"),
                    "DJANGO_SECRET_KEY": "bench-" + "x" * 50,
                    "DJANGO_FIELD_ENCRYPTION_KEYS": FIELD_KEY,
                    "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
                }
                if mode == "uncached":  # before the load, with the machine otherwise idle
                    breakdown = subprocess.run(
                        [sys.executable, "bench/breakdown.py"]
                        + [path.format(lang=lang) for _name, path in PAGES for lang in ("ko", "en")],
                        cwd=BASE_DIR,
                        env=env,
                        capture_output=True,
                        text=True,
                        check=True,
                    ).stdout
                static = run_wrk(wrk, base + css)
                rows.append((mode, "static CSS", "-", static, 1.0))
                for name, path in PAGES:
                    for lang in ("ko", "en"):
                        result = run_wrk(wrk, base + path.format(lang=lang))
                        ratio = result["rps"] / static["rps"]
                        rows.append((mode, name, lang, result, ratio))
                        if ratio < TARGETS[mode]:
                            failures.append(f"{mode} {name} {lang}: {ratio:.2f}× static < {TARGETS[mode]}×")
                        if result["p99"] > P99_TARGET_MS:
                            failures.append(f"{mode} {name} {lang}: p99 {result['p99']:.1f} ms > {P99_TARGET_MS} ms")
                        if result["errors"]:
                            failures.append(f"{mode} {name} {lang}: {result['errors']} errors")
                if mode == "cached":
                    for name, path, headers in ATTACKS:
                        result = run_wrk(wrk, base + path, headers)
                        ratio = result["rps"] / static["rps"]
                        rows.append(("attack", name, "ko", result, ratio))
                        if ratio < TARGETS["cached"]:
                            failures.append(f"attack {name}: {ratio:.2f}× static < {TARGETS['cached']}×")
                    flood = search_flood(wrk, base, tmp)
                    if flood["after"] < flood["before"]:
                        fell = f"{flood['before']:.0%} to {flood['after']:.0%}"
                        failures.append(f"search flood: page hit rate fell from {fell}")
                    scores = lighthouse(base, tmp)
                if facts is None:
                    facts = home_page_facts(base, env)

    print(
        f"\nwrk: {CONNECTIONS} connections, {DURATION} per URL, "
        f"gunicorn with production settings, {os.cpu_count()} cores\n"
    )
    print(
        f"{'mode':<9} {'page':<14} {'lang':<4} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6} {'× static':>9}"
    )
    for mode, name, lang, r, ratio in rows:
        print(
            f"{mode:<9} {name:<14} {lang:<4} {r['rps']:>9.0f} {r['p50']:>8.2f} {r['p99']:>8.2f} "
            f"{r['errors']:>6} {ratio:>9.2f}"
        )
    if flood:
        print(
            f"\nSearch flood (unique random words, {DURATION}): {flood['rps']:.0f} req/s; "
            f"pages answered from the cache {flood['before']:.0%} before, {flood['after']:.0%} after; "
            f"each process's memory grew by {', '.join(f'{mb} MB' for mb in flood['growth_mb'])}"
        )
    print(
        f"\nHome page (/ko/): {facts['queries']} SQL queries uncached, HTML {facts['html']} bytes "
        f"({facts['html_transfer']} compressed), whole transfer {facts['total']} bytes compressed "
        f"({facts['assets']} assets)"
    )
    print(
        "\nWhere an uncached page's time goes (one process, Django's test client, "
        "best of 5 × 100 requests):\n" + breakdown
    )
    if scores:
        print("\nLighthouse (mobile):")
        for path, result in scores:
            print(f"  {path:<22} " + "  ".join(f"{key} {value}" for key, value in result.items()))
            failures += [f"Lighthouse {path} {key}: {value}" for key, value in result.items() if value < 100]
    if facts["total"] > 100_000:
        failures.append(f"home page transfer {facts['total']} bytes > 100 KB")
    if failures:
        print("\nMissed targets:\n  " + "\n  ".join(failures))
    else:
        print("\nAll targets met: cached ≥ 0.8× static, uncached ≥ 0.3×, p99 < 50 ms, no errors, home ≤ 100 KB.")


if __name__ == "__main__":
    main()
