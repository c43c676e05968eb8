"""Whole-site backups: the database, every folder that holds data and a manifest with checksums.

The folders are those the apps declare (an AppConfig's `data_folders`: the media
folder, the requests' encrypted files under DJANGO_PRIVATE_ROOT, and any later
app's), so nothing an app keeps on disk is left out. The encryption keys are never
in a backup: keep them apart (README: Keys).

`manage.py backup` writes one tar file; `manage.py restore` brings it back onto an
empty site. Unlike export_content (the content alone, to move it between sites),
a backup holds everything: staff accounts, two-factor devices, history, deleted
items (which live in the history), sign-in records and the search index.

The database copy is consistent: SQLite's online backup API copies a snapshot page
by page while the site runs; on PostgreSQL, pg_dump reads one snapshot.
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.utils import timezone

FORMAT = 2  # 2: every declared folder; 1: the media folder only (still read)
MANIFEST = "manifest.json"


class BackupError(Exception):
    """A backup that cannot be made or restored, with what to do about it."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _database_file_name() -> str:
    return "database.sqlite3" if connection.vendor == "sqlite" else "database.pgdump"


def _pg_environment() -> tuple[list[str], dict[str, str]]:
    db = settings.DATABASES["default"]
    args = ["--host", str(db.get("HOST") or "127.0.0.1"), "--port", str(db.get("PORT") or 5432)]
    args += ["--username", str(db["USER"]), "--no-password"]
    env = {**os.environ, "PGPASSWORD": str(db.get("PASSWORD") or "")}
    return args, env


def _pg_tool(name: str) -> str:
    found = shutil.which(name) or next(iter(sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))), None)
    if found is None:
        raise BackupError(f"{name} not found: install PostgreSQL's client tools (apt-get install postgresql-client)")
    return str(found)


def dump_database(target: Path) -> None:
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)  # a consistent snapshot, while the site runs
        return
    if connection.vendor != "postgresql":
        raise BackupError(f"backups of a {connection.vendor} database are not supported")
    args, env = _pg_environment()
    name = str(settings.DATABASES["default"]["NAME"])
    subprocess.run(  # noqa: S603 (PostgreSQL's own tool, arguments from settings)
        [_pg_tool("pg_dump"), *args, "--format=custom", "--file", str(target), name], env=env, check=True
    )


def _database_is_empty() -> bool:
    return not connection.introspection.table_names()


def load_database(source: Path) -> None:
    if not _database_is_empty():
        raise BackupError(
            "The database already has tables. Restore onto an empty site: a new database, before `migrate`."
        )
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(source) as copy:
            copy.backup(connection.connection)
        return
    args, env = _pg_environment()
    name = str(settings.DATABASES["default"]["NAME"])
    connection.close()
    subprocess.run(  # noqa: S603 (PostgreSQL's own tool, arguments from settings)
        [_pg_tool("pg_restore"), *args, "--no-owner", "--exit-on-error", "--dbname", name, str(source)],
        env=env,
        check=True,
    )


def data_folders() -> dict[str, Path]:
    """{name in the backup: folder} for every folder an app declares as holding data."""
    found: dict[str, Path] = {}
    for config in apps.get_app_configs():
        for name, setting in getattr(config, "data_folders", {}).items():
            if name in found or name == MANIFEST or "/" in name:
                raise BackupError(f"{config.name} declares the data folder {name!r}, which is taken or not a name.")
            found[name] = Path(getattr(settings, setting))
    return found


def folder_files(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.is_dir() else []


def media_files() -> list[Path]:
    return folder_files(Path(settings.MEDIA_ROOT))


def backup(archive: Path) -> dict:
    """Write the whole site to `archive` (a tar file); return its manifest."""
    folders = data_folders()
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / _database_file_name()
        dump_database(database)
        files = {database.name: _sha256(database)}
        held = [
            (f"{name}/{path.relative_to(root).as_posix()}", path)
            for name, root in folders.items()
            for path in folder_files(root)
        ]
        for arcname, path in held:
            files[arcname] = _sha256(path)
        manifest = {
            "format": FORMAT,
            "made_at": timezone.now().isoformat(),
            "database": connection.vendor,
            "folders": sorted(folders),
            "files": files,
        }
        partial = archive.with_name(archive.name + ".partial")
        with tarfile.open(partial, "w") as tar:
            data = json.dumps(manifest, indent=1).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
            tar.add(database, arcname=database.name)
            for arcname, path in held:
                tar.add(path, arcname=arcname)
        partial.replace(archive)  # a backup cut short never takes the name of a whole one
    return manifest


def restore(archive: Path) -> dict:
    """Bring a backup back onto an empty site, after checking every file against the manifest."""
    folders = data_folders()
    for root in folders.values():
        if folder_files(root):
            raise BackupError(f"{root} already holds files. Restore onto an empty site: empty data folders.")
    try:
        tar = tarfile.open(archive)  # noqa: SIM115 (closed by the with below)
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"{archive} is not a backup: {error}") from None
    with tar, tempfile.TemporaryDirectory() as folder:
        try:
            manifest = json.loads(tar.extractfile(MANIFEST).read())  # type: ignore[union-attr]
        except (KeyError, AttributeError, ValueError) as error:
            raise BackupError(f"{archive} has no readable manifest: {error}") from None
        if manifest.get("format") not in (1, FORMAT) or manifest.get("database") != connection.vendor:
            raise BackupError(
                f"{archive} is a format {manifest.get('format')} backup of a {manifest.get('database')} database; "
                f"this site reads format {FORMAT} backups of {connection.vendor} databases."
            )
        expected = manifest["files"]
        members = {member.name: member for member in tar.getmembers() if member.isfile() and member.name != MANIFEST}
        if set(members) != set(expected):
            raise BackupError(f"{archive} does not hold the files its manifest lists.")
        staged = Path(folder)
        for name, member in members.items():
            if ".." in PurePosixPath(name).parts or PurePosixPath(name).is_absolute():
                raise BackupError(f"Refusing an unsafe file name in the backup: {name}")
            target = staged / name
            target.parent.mkdir(parents=True, exist_ok=True)
            with tar.extractfile(member) as source, target.open("wb") as out:  # type: ignore[union-attr]
                shutil.copyfileobj(source, out)
            target.chmod(member.mode & 0o777)  # as private as it was
            if _sha256(target) != expected[name]:
                raise BackupError(f"{name} in {archive} does not match its checksum: the backup is damaged.")
        unknown = {name.split("/", 1)[0] for name in expected if "/" in name} - set(folders)
        if unknown:
            raise BackupError(f"{archive} holds folders this site does not declare: {', '.join(sorted(unknown))}.")
        load_database(staged / _database_file_name())
        for name, root in folders.items():
            if (staged / name).is_dir():
                root.mkdir(parents=True, exist_ok=True, mode=0o700)
                shutil.copytree(staged / name, root, dirs_exist_ok=True)
        # What is in place now is what the backup held, byte for byte.
        for arcname, digest in expected.items():
            name, _slash, rest = arcname.partition("/")
            if rest and _sha256(folders[name] / rest) != digest:
                raise BackupError(f"{arcname} was not restored intact: check the disk, then restore again.")
    return manifest
