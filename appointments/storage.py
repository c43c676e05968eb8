"""Request attachments on disk: encrypted, under PRIVATE_ROOT/requests/ (never the
media folder), each under a random name that says nothing about its content."""

import secrets
import time
from pathlib import Path

from django.conf import settings

from appointments import crypto


def folder() -> Path:
    path = Path(settings.PRIVATE_ROOT) / "requests"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def store(data: bytes) -> str:
    """Encrypt and write the bytes; returns the name they are stored under."""
    name = secrets.token_hex(20) + ".bin"
    (folder() / name).write_bytes(crypto.encrypt(data))
    return name


def read(name: str) -> bytes:
    return crypto.decrypt((folder() / name).read_bytes())


def rotate(name: str) -> None:
    path = folder() / name
    path.write_bytes(crypto.rotate(path.read_bytes()))


def remove(name: str) -> None:
    (folder() / name).unlink(missing_ok=True)


def sweep_orphans(known: set[str], older_than_seconds: int = 3600) -> int:
    """Remove stored files that no attachment names (a worker killed between writing
    the file and committing its row), once they are older than any request in flight.
    Returns how many."""
    removed = 0
    cutoff = time.time() - older_than_seconds
    for path in folder().glob("*.bin"):
        if path.name not in known and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
