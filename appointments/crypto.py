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

UNREADABLE = "[cannot be decrypted with the current keys]"


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
            # A key that was removed before rotation finished: say so, never show the token.
            return UNREADABLE
