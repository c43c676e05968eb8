"""Where an uncached page's time goes, in one process with Django's test client.

For each page: its whole time, and its time with template rendering skipped
(querysets the template would have read are still read), beside robots.txt, a
view with no query and no template, which is what the framework itself costs,
and the static CSS file.
Best of 5 runs of 100 requests, page cache off. Run by bench/run.py with the
production settings it uses for gunicorn.
"""

import logging
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netclinic.settings")

import django  # noqa: E402

django.setup()

from django.template.response import SimpleTemplateResponse  # noqa: E402
from django.templatetags.static import static  # noqa: E402
from django.test import Client  # noqa: E402

RUNS, REQUESTS = 5, 100


def best_ms(client: Client, path: str) -> float:
    for _ in range(20):
        client.get(path, HTTP_HOST="127.0.0.1")
    best = float("inf")
    for _ in range(RUNS):
        start = time.perf_counter()
        for _ in range(REQUESTS):
            client.get(path, HTTP_HOST="127.0.0.1")
        best = min(best, (time.perf_counter() - start) / REQUESTS * 1000)
    return best


def without_rendering(self) -> str:
    context = self.resolve_context(self.context_data) or {}
    for value in list(context.values()):
        if hasattr(value, "_fetch_all"):
            list(value)
    return ""


def main(paths: list[str]) -> None:
    logging.disable(logging.CRITICAL)  # one JSON line per request would be timed too
    client = Client()
    css = static("css/site.css")
    whole = {path: best_ms(client, path) for path in [css, "/robots.txt", *paths]}
    SimpleTemplateResponse.rendered_content = property(without_rendering)
    bare = {path: best_ms(client, path) for path in paths}
    print(f"{'page':<28} {'whole ms':>9} {'without templates ms':>21}")
    for path in paths:
        print(f"{path:<28} {whole[path]:>9.2f} {bare[path]:>21.2f}")
    print(f"/robots.txt, a view with no query and no template: {whole['/robots.txt']:.2f} ms")
    print(f"the static CSS file, served by whitenoise: {whole[css]:.2f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
