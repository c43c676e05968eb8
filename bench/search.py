"""make bench: site search at today's content and at ten times as much.

In a fresh SQLite database in a temporary folder, with the seed loaded, then with
every treatment approach, group of tests, department and glossary term copied nine
times over (with their medicines and tests), it measures in this process:

- the whole index build (search.index.rebuild), best of 5;
- the in-memory index load after a content change (search.engine.build), both languages, best of 5;
- search latency, uncached: 20 typical queries (both languages, with particles,
  brand names, typos and several words), each run 50 times through the engine and the
  results' excerpts and marks, as the view runs them; p50 and p99 over all runs;
- an admin save: an editor's POST of a department's change form, through the whole
  admin and the index update when it commits, median of 15;
- memory: what importing the analyzer's libraries adds to the process's resident
  size, and the memory both languages' indexes hold once built (tracemalloc): what a
  worker grows by for search.

Targets: p99 < 20 ms at 10x; memory growth < 100 MB; the admin save at 10x within 1.5x of 1x.
"""

import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
FOLDER = Path(tempfile.mkdtemp(prefix="netclinic-search-bench-"))
os.environ["DATABASE_URL"] = f"sqlite:///{FOLDER / 'db.sqlite3'}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netclinic.settings")
os.environ["DJANGO_ADMIN_REQUIRE_2FA"] = "false"
os.environ["CONTENT_APPROVAL_REQUIRED"] = "false"
os.environ["DJANGO_PAGE_CACHE"] = "false"
os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


RSS_START = rss_mb()
import rapidfuzz.process  # noqa: E402, F401  (the analyzer's libraries, measured alone)
import snowballstemmer  # noqa: E402, F401

ANALYZER_MB = rss_mb() - RSS_START

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from content.signals import announce  # noqa: E402
from content.versions import current_version  # noqa: E402

QUERIES = [
    ("ko", "옥트레오타이드"),
    ("ko", "간에 전이"),
    ("ko", "조직검사는"),
    ("ko", "호르몬 검사"),
    ("ko", "카르시노이드 증후군"),
    ("ko", "신경 내분비 종양"),
    ("ko", "임상시험에 참여"),
    ("ko", "씨티"),
    ("ko", "환자의 권리"),
    ("ko", "외국인 환자"),
    ("en", "octreotide"),
    ("en", "Sandostatin LAR"),
    ("en", "sunitnib"),
    ("en", "liver metastases treatment"),
    ("en", "5-HIAA urine"),
    ("en", "tumour biopsies"),
    ("en", "CT scan"),
    ("en", "right to refuse treatment"),
    ("en", "radiotherapy"),
    ("en", "international patients interpreter"),
]
RUNS = 50
P99_TARGET_MS = 20.0
MEMORY_TARGET_MB = 100.0
SAVE_GROWTH_TARGET = 1.5


def best_of(function, times: int = 5) -> float:
    durations = []
    for _ in range(times):
        start = time.perf_counter()
        function()
        durations.append(time.perf_counter() - start)
    return min(durations) * 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def search_latency() -> tuple[float, float]:
    from search import engine
    from search.views import MAX_RESULTS, result

    version = current_version()
    durations = []
    for language, query in QUERIES:
        index = engine.index_for(language, version)
        for _ in range(RUNS):
            start = time.perf_counter()
            outcome = engine.search(query, index, MAX_RESULTS)
            [result(hit) for hit in outcome.hits]
            durations.append((time.perf_counter() - start) * 1000)
    return percentile(durations, 0.5), percentile(durations, 0.99)


def index_load() -> float:
    from search import engine
    from search.models import SearchDocument

    def load():
        for code, _name in settings.LANGUAGES:
            engine.build(list(SearchDocument.objects.filter(language=code).order_by("position")), code)

    return best_of(load)


def admin_save(editor: Client) -> float:
    """An editor saves the radiology department's page in the admin, as a browser would."""
    import re

    from clinic.models import Department
    from clinic.tests.factories import department_form  # the change form as a browser sends it

    department = Department.objects.get(slug="radiology")
    url = f"/admin/clinic/department/{department.pk}/change/"
    durations = []
    for n in range(15):
        html = editor.get(url).content.decode()
        token = re.search(r'name="_edit_token" value="([^"]+)"', html)
        department.refresh_from_db()
        data = department_form(
            department,
            summary_en=f"{department.summary_en.split(' (')[0]} (save {n})",
            _edit_token=token.group(1) if token else "",
            _save="Save",
        )
        start = time.perf_counter()
        response = editor.post(url, data)
        durations.append((time.perf_counter() - start) * 1000)
        if response.status_code != 302:
            sys.exit(f"the admin save failed: {response.status_code}")
    return statistics.median(durations)


def multiply(times: int) -> None:
    """Copy every page-sized item `times - 1` times, with its children, in one transaction."""
    from clinic import models

    def copy(obj, **changes):
        obj.pk = None
        obj.id = None
        for name, value in changes.items():
            setattr(obj, name, value)
        obj.save()
        return obj

    approaches = [(a, list(a.treatments.all())) for a in models.TreatmentApproach.objects.all()]
    groups = [(g, list(g.tests.all())) for g in models.TestGroup.objects.all()]
    departments = list(models.Department.objects.all())
    terms = list(models.GlossaryTerm.objects.all())
    with transaction.atomic():
        for n in range(1, times):
            for approach, treatments in approaches:
                new = copy(approach, slug=f"{approach.slug}-{n}", name_en=f"{approach.name_en} {n}")
                for treatment in treatments:
                    copy(treatment, approach=new)
            for group, tests in groups:
                new = copy(group, slug=f"{group.slug}-{n}", name_en=f"{group.name_en} {n}")
                for test in tests:
                    copy(test, group=new)
            for department in departments:
                copy(department, slug=f"{department.slug}-{n}", name_en=f"{department.name_en} {n}")
            for term in terms:
                copy(term, slug=f"{term.slug}-{n}")
    announce(everything=True)


def measure(label: str, editor: Client) -> dict:
    from search import engine, index
    from search.models import SearchDocument

    pages = SearchDocument.objects.count()
    build = best_of(index.rebuild)
    load = index_load()
    version = current_version()
    tracemalloc.start()
    kept = [
        engine.build(list(SearchDocument.objects.filter(language=code).order_by("position")), code)
        for code, _name in settings.LANGUAGES
    ]
    index_mb = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    del kept
    for code, _name in settings.LANGUAGES:
        engine.index_for(code, version)
    p50, p99 = search_latency()
    save = admin_save(editor)
    return {
        "label": label,
        "pages": pages,
        "build": build,
        "load": load,
        "p50": p50,
        "p99": p99,
        "save": save,
        "rss": rss_mb(),
        "index_mb": index_mb,
    }


def main() -> None:
    setup_test_environment()  # the test client's hosts
    settings.ALLOWED_HOSTS = ["testserver"]
    print("Search bench: migrating and loading the seed into a fresh database...", flush=True)
    call_command("migrate", verbosity=0)
    call_command("load_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    user = get_user_model().objects.create_superuser("bench-editor", "bench@example.org", "a-long-bench-password")
    editor = Client()
    editor.force_login(user)
    rows = [measure("1x", editor)]
    multiply(10)
    rows.append(measure("10x", editor))
    print(f"\nSite search, in-process ({len(QUERIES)} queries x {RUNS} runs, uncached):")
    print(f"{'content':<8}{'pages':>7}{'index build':>13}{'index load':>12}{'p50':>9}{'p99':>9}{'admin save':>12}")
    for row in rows:
        print(
            f"{row['label']:<8}{row['pages']:>7}{row['build']:>10.0f} ms{row['load']:>9.0f} ms"
            f"{row['p50']:>6.2f} ms{row['p99']:>6.2f} ms{row['save']:>9.0f} ms"
        )
    search_mb = ANALYZER_MB + rows[-1]["index_mb"]
    print(
        f"Memory per worker for search: the analyzer's libraries +{ANALYZER_MB:.1f} MB; the indexes of both "
        f"languages +{rows[0]['index_mb']:.1f} MB at 1x, +{rows[-1]['index_mb']:.1f} MB at 10x; "
        f"the process at 10x: {rows[-1]['rss']:.0f} MB resident."
    )
    failures = []
    if rows[-1]["p99"] >= P99_TARGET_MS:
        failures.append(f"search p99 at 10x {rows[-1]['p99']:.1f} ms >= {P99_TARGET_MS} ms")
    if search_mb >= MEMORY_TARGET_MB:
        failures.append(f"search memory at 10x {search_mb:.0f} MB >= {MEMORY_TARGET_MB:.0f} MB")
    if rows[-1]["save"] > SAVE_GROWTH_TARGET * rows[0]["save"]:
        failures.append(f"admin save at 10x {rows[-1]['save']:.0f} ms > {SAVE_GROWTH_TARGET} x {rows[0]['save']:.0f}")
    for failure in failures:
        print(f"TARGET MISSED: {failure}")
    if not failures:
        print(
            f"Search targets met: p99 < {P99_TARGET_MS:.0f} ms at 10x, index memory < {MEMORY_TARGET_MB:.0f} MB, "
            f"admin save flat (10x within {SAVE_GROWTH_TARGET}x of 1x)."
        )
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
