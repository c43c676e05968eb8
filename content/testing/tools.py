"""Tests that need an outside tool (Chromium, Java, nginx)."""

import os

import pytest


def require_tool(found: bool, reason: str) -> None:
    """Skip with the reason on a laptop; fail in CI, where every tool must be installed."""
    if found:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must install it: see .ci/run)")
    pytest.skip(reason)
