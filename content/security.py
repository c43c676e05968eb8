"""Who is asking, and how often: the client's address as the TLS proxy in front of
the site saw it, the limits every form and view counts against it, and the cache
keys that never show what they count."""

import hashlib
import ipaddress
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The address of the client that connected to our outermost trusted proxy.

    Each trusted proxy appends the address it received the request from to
    X-Forwarded-For, so the client is the entry TRUSTED_PROXY_COUNT places from
    the right. Anything further left was written by the client and is ignored, so
    a forged header can neither reset nor dodge a limit. The header is read only
    from a connection that comes from a trusted proxy's address
    (TRUSTED_PROXY_ADDRESSES: the loopback, where nginx runs): a client that
    reaches gunicorn any other way is counted by its own socket address.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0 or not from_trusted_proxy(remote):
        return remote
    forwarded = [ip.strip() for ip in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if ip.strip()]
    if len(forwarded) < proxies:
        return remote  # not through the proxy (a direct connection): the socket tells the truth
    candidate = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote  # not an address: nothing a limit could count by


def from_trusted_proxy(remote: str) -> bool:
    try:
        address = ipaddress.ip_address(remote)
    except ValueError:
        return False
    return any(address in ipaddress.ip_network(net, strict=False) for net in settings.TRUSTED_PROXY_ADDRESSES)


def over_limit(name: str, who: str, limit: int, seconds: int) -> bool:
    """Count one more for `who` under `name` in the current window of `seconds`; True
    when that is over `limit`. Counts live in the shared "limits" cache (Redis when
    configured, else the database), so every worker and instance agrees. Windows are
    fixed (the hour, the minute), each its own key; on the database two workers
    counting the same instant may count one hit once (its incr is a read and a
    write), never more than that."""
    store = caches["limits"]
    key = f"limit:{name}:{who}:{int(time.time() // seconds)}"
    store.add(key, 0, seconds * 2)
    try:
        count = store.incr(key)
    except ValueError:  # expired between add and incr
        store.set(key, 1, seconds * 2)
        count = 1
    return count > limit


def hashed_key(key: str, key_prefix: str, version: int | str) -> str:
    """Every cache's keys as a digest (CACHES' KEY_FUNCTION): a key built from what a
    visitor typed (a search, an address) is never stored, or printed by a warning."""
    return f"{key_prefix}:{version}:{hashlib.sha256(key.encode()).hexdigest()}"
