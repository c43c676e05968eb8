"""Encryption at rest of what patients send (cryptography's Fernet: AES-128-CBC with
an HMAC-SHA256, a timestamp and a random IV; MultiFernet for rotation).

The keys come from DJANGO_FIELD_ENCRYPTION_KEYS (netclinic/settings.py): the first
encrypts, every one decrypts, so a new key goes first and the old one stays until
`manage.py rotate_encryption_key` has re-encrypted everything with the new one. A
copy of the database or of the private files folder without the key reveals nothing
but lengths and dates.
"""

from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Unreadable:
    """A value the current keys cannot decrypt: an explicit state, never a string.

    It holds the ciphertext as stored, and writing it back stores that ciphertext
    unchanged, so no save, of any form or command, can put a placeholder (or
    anything) over text that may be read again once its key is back. It shows as a
    notice, never as the token."""

    __slots__ = ("token",)

    def __init__(self, token: str) -> None:
        self.token = token

    def __str__(self) -> str:
        return str(_("[cannot be decrypted with the current keys]"))

    def __eq__(self, other) -> bool:
        return isinstance(other, Unreadable) and other.token == self.token

    def __hash__(self) -> int:
        return hash(self.token)


def unreadable_fields(obj: models.Model) -> list[str]:
    """The encrypted fields of obj that the current keys cannot decrypt."""
    return [
        f.name
        for f in obj._meta.concrete_fields
        if isinstance(f, EncryptedTextField) and isinstance(getattr(obj, f.attname, None), Unreadable)
    ]


@lru_cache(maxsize=4)
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(key.encode()) for key in keys])


def fernet() -> MultiFernet:
    return _fernet(tuple(settings.FIELD_ENCRYPTION_KEYS))


def encrypt(data: bytes) -> bytes:
    return fernet().encrypt(data)


def decrypt(token: bytes) -> bytes:
    return fernet().decrypt(token)


def rotate(token: bytes) -> bytes:
    """The token encrypted again with the first key."""
    return fernet().rotate(token)


class EncryptedTextField(models.TextField):
    """Text stored encrypted; read back as text. It cannot be searched or filtered
    on, by design. An empty value is stored empty."""

    def get_prep_value(self, value):
        if isinstance(value, Unreadable):
            return value.token  # what was stored, unchanged
        value = super().get_prep_value(value)
        if value in (None, ""):
            return value
        return encrypt(str(value).encode()).decode()

    def from_db_value(self, value, expression, connection):
        if value in (None, ""):
            return value
        try:
            return decrypt(value.encode()).decode()
        except InvalidToken:
            # A key that was removed before rotation finished: kept as it is (see Unreadable).
            return Unreadable(value)
