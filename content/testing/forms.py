"""A change form as a browser would post it: every field of the page's form, read from
its HTML, so tests post what a person would, for any model, without knowing its fields."""

import re
from html.parser import HTMLParser

from django.test import Client
from django.urls import reverse

SKIPPED_TYPES = {"submit", "button", "image", "reset", "file"}


class _FormReader(HTMLParser):
    def __init__(self, form_id: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.depth = 0
        self.data: dict[str, list[str]] = {}
        self.textarea: str | None = None
        self.text = ""
        self.select: tuple[str, bool] | None = None
        self.options: list[tuple[str, bool]] = []
        self.option: dict | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            if not self.inside and (self.form_id is None or attributes.get("id") == self.form_id):
                self.inside, self.depth = True, 0
            elif self.inside:
                self.depth += 1
            return
        if not self.inside:
            return
        name = attributes.get("name")
        if tag == "input" and name:
            kind = (attributes.get("type") or "text").lower()
            if kind in SKIPPED_TYPES:
                return
            if kind in ("checkbox", "radio"):
                if "checked" in attributes:
                    self.data.setdefault(name, []).append(attributes.get("value") or "on")
                return
            self.data.setdefault(name, []).append(attributes.get("value") or "")
        elif tag == "textarea" and name:
            self.textarea, self.text = name, ""
        elif tag == "select" and name:
            self.select, self.options = (name, "multiple" in attributes), []
        elif tag == "option" and self.select is not None:
            self.option = {"value": attributes.get("value"), "selected": "selected" in attributes, "text": ""}

    def handle_data(self, data):
        if self.textarea is not None:
            self.text += data
        if self.option is not None:
            self.option["text"] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            if self.depth:
                self.depth -= 1
            else:
                self.inside = False
        elif tag == "textarea" and self.textarea is not None:
            text = self.text[1:] if self.text.startswith("\n") else self.text  # as browsers read it
            self.data.setdefault(self.textarea, []).append(text)
            self.textarea = None
        elif tag == "option" and self.option is not None:
            value = self.option["value"] if self.option["value"] is not None else self.option["text"]
            self.options.append((value, self.option["selected"]))
            self.option = None
        elif tag == "select" and self.select is not None:
            name, multiple = self.select
            chosen = [value for value, selected in self.options if selected]
            if not chosen and not multiple and self.options:
                chosen = [self.options[0][0]]  # a browser sends the first option
            if chosen:
                self.data[name] = chosen
            self.select = None


def form_data(html: str, form_id: str | None = None) -> dict[str, list[str]]:
    """The fields of the form `form_id` (the first form when None), as a browser posts them."""
    reader = _FormReader(form_id)
    reader.feed(html)
    return reader.data


def change_form_data(html: str) -> dict[str, list[str]]:
    """The admin change form's fields (its form's id ends in "_form")."""
    match = re.search(r'<form[^>]*id="([a-z0-9_]+_form)"', html)
    return form_data(html, match.group(1) if match else None)


def change_url(obj) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def opened(client: Client, obj) -> dict[str, list[str]]:
    """The item's change form as the person's browser holds it after opening it."""
    response = client.get(change_url(obj))
    assert response.status_code == 200, response.status_code
    return change_form_data(response.content.decode())


def save(client: Client, obj, form: dict, button: str = "_save", **changes):
    """Post the opened form with `changes` typed in, by the button named."""
    data = {**form, **{name: [value] for name, value in changes.items()}, button: ["1"]}
    return client.post(change_url(obj), data)


def choice(html: str, field: str, kind: str) -> dict[str, list[str]]:
    """The radio button a person ticks in a conflict: keep "mine" or use "theirs" for `field`
    (its value names the other text the page showed)."""
    match = re.search(rf'name="(_resolve-{re.escape(field)})" id="[^"]+" value="({kind}:[0-9a-f]+)"', html)
    assert match, f"no choice {kind!r} for {field!r} on the page"
    return {match.group(1): [match.group(2)]}
