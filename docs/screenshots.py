"""Screenshots of every kind of page, in Korean and English, and of the pages patients from
abroad need first in Russian, Chinese, Arabic and Mongolian, on a phone and a desktop.

    make screenshots                      # -> docs/screenshots/current/
    .venv/bin/python docs/screenshots.py --out docs/screenshots/before-issue-15

It builds a throwaway database from the seed (so anyone gets the same pictures),
serves it with Django's development server on a free port of 127.0.0.1, and drives
Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) with Playwright: one full-page
JPEG per page, language and width, named <page>-<language>-<width>.jpg, and an
index.md that lists them. Nothing is fetched from outside the machine.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from content.testing.browser import CHROMIUM_ARGS  # noqa: E402 (after the path is set)

# One page of each kind; {lang} is the language prefix.
PAGES: list[tuple[str, str]] = [
    ("home", "/{lang}/"),
    ("net", "/{lang}/neuroendocrine-tumors/"),
    ("clinic", "/{lang}/clinic/"),
    ("team", "/{lang}/clinic/team/"),
    ("diagnosis", "/{lang}/diagnosis/"),
    ("test-group", "/{lang}/diagnosis/laboratory/"),
    ("treatment", "/{lang}/treatment/"),
    ("treatment-approach", "/{lang}/treatment/medicines/"),
    ("prrt", "/{lang}/treatment/prrt/"),
    ("research", "/{lang}/research/"),
    ("departments", "/{lang}/departments/"),
    ("department", "/{lang}/departments/hematology-oncology/"),
    ("contact", "/{lang}/contact/"),
    ("glossary", "/{lang}/glossary/"),
    ("appointments", "/{lang}/appointments/"),
    ("international", "/{lang}/international-patients/"),
    ("privacy", "/{lang}/privacy/"),
    ("rights", "/{lang}/patients-rights/"),
    ("search", "/{lang}/search/?q=octreotide"),
    ("search-part", "/{lang}/search/?q=5-HIAA"),
    ("search-none", "/{lang}/search/?q=zzzz"),
    ("not-found", "/{lang}/no-such-page/"),
]
LANGUAGES = ["ko", "en"]
# The translated languages, on the pages their seed translates (and one it does not:
# the clinic page, shown in English with the notice).
TRANSLATED = ["ru", "zh-hans", "ar", "mn"]
TRANSLATED_PAGES = {
    "home",
    "net",
    "clinic",
    "diagnosis",
    "treatment-approach",
    "contact",
    "appointments",
    "international",
    "rights",
    "search",
}
WIDTHS = [375, 1280]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603 (our own manage.py)


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (our own server on 127.0.0.1)
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"The site did not answer at {url}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots" / "current"))
    parser.add_argument("--only", help="take only the pages whose name contains this")
    options = parser.parse_args()
    chromium = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(chromium).exists():
        raise SystemExit(f"Chromium not found at {chromium}: apt-get install chromium fonts-noto-cjk")
    from playwright.sync_api import sync_playwright

    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.update(
            DATABASE_URL=f"sqlite:///{tmp}/screenshots.sqlite3",
            DJANGO_DEBUG="true",
            DJANGO_MEDIA_ROOT=f"{tmp}/media",
            DJANGO_PRIVATE_ROOT=f"{tmp}/private",
            # The site's own error pages, as patients meet them.
            DJANGO_TECHNICAL_ERRORS="false",
        )
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        manage(env, "load_content", "--verbosity", "0")
        port = free_port()
        server = subprocess.Popen(  # noqa: S603 (our own manage.py)
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        taken: list[str] = []
        try:
            wait_for(f"{base}/healthz")
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
                for width in WIDTHS:
                    context = browser.new_context(viewport={"width": width, "height": 900}, device_scale_factor=1)
                    page = context.new_page()
                    for name, path in PAGES:
                        if options.only and options.only not in name:
                            continue
                        for lang in LANGUAGES + (TRANSLATED if name in TRANSLATED_PAGES else []):
                            page.goto(base + path.format(lang=lang), wait_until="load")
                            file = f"{name}-{lang}-{width}.jpg"
                            page.screenshot(path=str(out / file), full_page=True, type="jpeg", quality=70)
                            taken.append(file)
                    context.close()
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    lines = ["# Screenshots", "", "Made by `make screenshots` (docs/screenshots.py).", ""]
    lines += [f"- [{file}]({file})" for file in sorted(taken)]
    (out / "index.md").write_text("\n".join(lines) + "\n")
    print(f"{len(taken)} screenshots in {out}")


if __name__ == "__main__":
    main()
