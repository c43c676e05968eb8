"""make bench: how long the worst texts staff could store take to render (content/markup.py).

Each text is at most MAX_MARKDOWN_CHARS long and built to hit a slow path of Markdown's
parser (deep nesting, runs of brackets, long blocks of lines); the target is well under
a tenth of a second each, so that no page of them takes a second.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netclinic.settings")

import django  # noqa: E402

django.setup()

from content import markup  # noqa: E402

LIMIT = markup.MAX_MARKDOWN_CHARS
CASES = {
    "nested list": "".join("  " * level + "- x\n" for level in range(LIMIT // 200)),
    "nested quotes": ">" * (LIMIT - 2) + " x",
    "brackets": "[" * LIMIT,
    "link openers": "[a](" * (LIMIT // 4),
    "setext headings": "a\n=\n" * (LIMIT // 4),
    "list lines": "1. a\n" * (LIMIT // 5),
    "emphasis": "*a " * (LIMIT // 3),
    "code spans": "`a " * (LIMIT // 3),
    "entities": "&#" * (LIMIT // 2),
}


def main() -> None:
    worst = 0.0
    print(f"Worst-case Markdown ({LIMIT:,} characters at most), render time:")
    for name, text in CASES.items():
        markup._render.cache_clear()
        started = time.perf_counter()
        markup.render_markdown(text)
        seconds = time.perf_counter() - started
        worst = max(worst, seconds)
        print(f"  {name:16s} {seconds * 1000:7.1f} ms")
    print(f"  worst            {worst * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
