"""Who is asking: the client's address as the TLS proxy in front of the site saw it."""

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The address of the client that connected to our outermost trusted proxy.

    Each trusted proxy appends the address it received the request from to
    X-Forwarded-For, so the client is the entry TRUSTED_PROXY_COUNT places from
    the right. Anything further left was written by the client and is ignored,
    so a forged header can neither reset nor dodge the sign-in lockout.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [ip.strip() for ip in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if ip.strip()]
    if len(forwarded) < proxies:
        return remote  # not through the proxy (a direct connection): the socket tells the truth
    return forwarded[-proxies]
