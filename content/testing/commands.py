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


def sqlite_columns(db: Path) -> dict[str, list[str]]:
    """Each table's columns, by table."""
    with sqlite3.connect(db) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: [r[1] for r in connection.execute(f'PRAGMA table_info("{table}")')] for table in tables}


def sqlite_rows(db: Path, columns: dict[str, list[str]] | None = None) -> dict[str, set[tuple]]:
    """Every row of every table of an SQLite file, by table; of a table in `columns`,
    those columns only (what an earlier schema had, to compare rows across a migration)."""
    with sqlite3.connect(db) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        rows = {}
        for table in tables:
            names = ", ".join(f'"{c}"' for c in columns[table]) if columns and table in columns else "*"
            rows[table] = set(connection.execute(f'SELECT {names} FROM "{table}"'))  # noqa: S608 (names from the schema)
        return rows
