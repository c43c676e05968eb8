"""Settings read from the environment: strict about what they accept."""

import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from netclinic.settings import env_bool


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {"DJANGO_DEBUG": "false", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", "import netclinic.settings"], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


@pytest.mark.parametrize(("value", "expected"), [("true", True), ("false", False), (" TRUE ", True), ("False", False)])
def test_boolean_settings_read_true_and_false(monkeypatch, value, expected):
    monkeypatch.setenv("X_FLAG", value)
    assert env_bool("X_FLAG", not expected) is expected


@pytest.mark.parametrize("value", ["ture", "yes", "no", "1", "0", "on", "off"])
def test_boolean_settings_reject_anything_but_true_or_false(monkeypatch, value):
    """As the README says: true or false, nothing else, so that a typo is not read as either."""
    monkeypatch.setenv("X_FLAG", value)
    with pytest.raises(ImproperlyConfigured, match="must be true or false"):
        env_bool("X_FLAG", True)


def test_an_unset_or_empty_boolean_takes_its_default(monkeypatch):
    monkeypatch.delenv("X_FLAG", raising=False)
    assert env_bool("X_FLAG", True) is True
    monkeypatch.setenv("X_FLAG", "")
    assert env_bool("X_FLAG", False) is False
