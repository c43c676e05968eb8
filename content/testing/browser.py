"""Helpers for the browser tests (Playwright): what axe-core checks, and what a page
must never do (scroll sideways, ask another origin, break the Content-Security-Policy)."""

from playwright.sync_api import Page

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# Headless, and no background traffic: this machine reaches no network but the loopback.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def scrolls_sideways(page: Page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")


def watch(page: Page, origin: str):
    """Collect requests to other origins and Content-Security-Policy violations on `page`,
    until stop() is called: (problems, stop)."""
    problems: list[str] = []

    def on_request(request) -> None:
        if not request.url.startswith(origin):
            problems.append(f"request to {request.url}")

    def on_console(message) -> None:
        if "Content Security Policy" in message.text or message.type == "error":
            problems.append(f"{page.url}: {message.text}")

    page.on("request", on_request)
    page.on("console", on_console)

    def stop() -> None:
        page.remove_listener("request", on_request)
        page.remove_listener("console", on_console)

    return problems, stop
