"""The site's management commands run as an operator runs them: a process of their own,
with the site's settings from the environment, on a database the test chose."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from django.conf import settings


def manage(env: dict[str, str], *command: str, check: bool = True) -> subprocess.CompletedProcess:
    """`python manage.py <command>` with these environment variables over the test's own."""
    environment = {**os.environ, "DJANGO_DEBUG": "true", **env}
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=check,
    )


def sqlite_rows(db: Path) -> dict[str, set[tuple]]:
    """Every row of every table of an SQLite file, by table."""
    with sqlite3.connect(db) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: set(connection.execute(f'SELECT * FROM "{table}"')) for table in tables}  # noqa: S608
