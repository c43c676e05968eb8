"""Two people's edits of one item, merged field by field so that neither is lost.

Every change form carries what it showed when it was opened (its *base*, signed, in
`_edit_base`). When it is saved after someone else saved the same item, the three
versions of the form's data are merged, as git merges lines (a three-way merge):

- base:   what the form showed when this person opened it;
- theirs: the item as it is now (the open draft, or the live item);
- mine:   what this person posts.

A field only one side changed keeps that side's value; a field both changed to
different values is a *conflict*: the form keeps this person's text, shows the other
person's beside it, and is not saved until the person chooses, field by field
(`_resolve-<field>`: "mine" or "theirs", with a digest of the other text shown, so a
choice never holds for a newer text the person has not seen). Inline children (a page's sections) are
matched by their id, not by their place in the form, so a reordering on one side never
moves text from one section to another.

The data are the forms' own (a QueryDict's lists of strings): a draft is stored in that
form (content/drafts.py), and the live item is put in it by reading its change form.
"""

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.core import signing
from django.http import QueryDict

Data = dict[str, list[str]]
BASE = "_edit_base"
RESOLVE = "_resolve-"
SALT = "netclinic.admin.edit-base"
MINE, THEIRS = "mine", "theirs"

# Not the item's data: the buttons, the token, the reason, the workflow's own notes.
CONTROL = re.compile(r"^(_|csrfmiddlewaretoken$)")
INLINE = re.compile(r"^(?P<prefix>.+)-(?P<index>\d+)-(?P<field>[^-]+)$")
MANAGEMENT = ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS")


def content_keys(data) -> Data:
    """The item's own fields of posted data (a QueryDict or a stored draft's dict)."""
    if isinstance(data, QueryDict):
        return {key: data.getlist(key) for key in data if not CONTROL.match(key)}
    return {key: list(values) for key, values in data.items() if not CONTROL.match(key)}


# Reading a form as it would be posted ---------------------------------------------------


def posted_value(bound: forms.BoundField) -> list[str] | None:
    """What a browser posts for this field of an unbound form (None: nothing, as for an
    unticked box)."""
    field, widget = bound.field, bound.field.widget
    while isinstance(widget, RelatedFieldWidgetWrapper):  # the admin's "+" beside a choice
        widget = widget.widget
    if isinstance(field, forms.FileField):
        return None  # files are kept apart (a draft's `files`)
    value = bound.value()
    if isinstance(widget, forms.CheckboxInput):
        return ["on"] if widget.check_test(value) else None
    if isinstance(widget, forms.SelectMultiple):
        return [str(v) for v in (value or [])]
    if isinstance(widget, forms.Select):
        chosen = widget.format_value(value)
        return [str(chosen[0]) if chosen else ""]
    text = widget.format_value(value)
    return ["" if text is None else str(text)]


def form_state(form: forms.BaseForm, formsets: list) -> Data:
    """The data that posting these (unbound) forms unchanged would send."""
    data: Data = {}

    def add(one: forms.BaseForm) -> None:
        for bound in one:
            value = posted_value(bound)
            if value is not None:
                data[bound.html_name] = value

    add(form)
    for formset in formsets:
        add(formset.management_form)
        for child in formset.forms:
            add(child)
    return data


# Merging ------------------------------------------------------------------------------

Key = tuple[str, str, str]  # (inline prefix or "", child id or "new:N" or "", field name)


def normalised(values: list[str]) -> list[str]:
    """A field's values as compared: a browser posts line ends as CRLF where the form
    showed LF, and the choices of a multiple choice in any order."""
    values = [value.replace("\r\n", "\n") for value in values]
    return sorted(values) if len(values) > 1 else values


def canonical(data: Data) -> tuple[dict[Key, list[str]], dict[str, list[str]], dict[Key, str]]:
    """Key each value by what it is (the field, and for a child its id), not its place.
    Returns the values, each inline's order of children, and each key's posted name."""
    ids: dict[tuple[str, str], str] = {}
    for key, values in data.items():
        match = INLINE.match(key)
        if match and match["field"] == "id" and values and values[0]:
            ids[(match["prefix"], match["index"])] = values[0]
    values_by_key: dict[Key, list[str]] = {}
    order: dict[str, list[str]] = {}
    names: dict[Key, str] = {}
    for key, values in data.items():
        match = INLINE.match(key)
        if match:
            prefix = match["prefix"]
            child = ids.get((prefix, match["index"]), f"new:{match['index']}")
            canonical_key: Key = (prefix, child, match["field"])
            if child not in order.setdefault(prefix, []):
                order[prefix].append(child)
        elif "-" in key and key.rsplit("-", 1)[1] in MANAGEMENT:
            prefix, name = key.rsplit("-", 1)
            canonical_key = (prefix, "", name)
            order.setdefault(prefix, [])
        else:
            canonical_key = ("", "", key)
        values_by_key[canonical_key] = normalised(values)
        names[canonical_key] = key
    return values_by_key, order, names


@dataclass
class Conflict:
    """A field both people changed: `name` is its name in the form being saved."""

    name: str
    key: Key
    base: list[str] | None
    theirs: list[str] | None
    mine: list[str] | None

    @property
    def their_text(self) -> str:
        return "\n".join(self.theirs or [])

    @property
    def my_text(self) -> str:
        return "\n".join(self.mine or [])

    @property
    def seen(self) -> str:
        return seen(self.theirs)


@dataclass
class Merged:
    data: Data
    conflicts: list[Conflict]
    taken: list[str]  # names of the fields kept from the other side


def merge(base: Data, theirs: Data, mine: Data, resolutions: dict[str, str] | None = None) -> Merged:
    """Three-way merge of a form's data; `resolutions` maps a field's name in `mine` to
    MINE or THEIRS for conflicts the person has decided."""
    resolutions = resolutions or {}
    b, b_order, _ = canonical(content_keys(base))
    t, t_order, t_names = canonical(content_keys(theirs))
    m, m_order, m_names = canonical(content_keys(mine))
    # Rows added since the base are each side's own, even at the same place in the form:
    # two people who each add a section keep both.
    t, t_order, t_names = own_new_rows(t, t_order, t_names, b_order, "theirs")
    m, m_order, m_names = own_new_rows(m, m_order, m_names, b_order, "mine")
    merged: dict[Key, list[str] | None] = {}
    conflicts: list[Conflict] = []
    taken: list[str] = []
    # A row one side deleted and the other changed is one choice, for the whole row.
    whole_rows: set[tuple[str, str]] = set()
    for prefix, child in {(k[0], k[1]) for k in b if k[0] and k[1] and not k[1].startswith(NEW)}:
        whole = row_merge(prefix, child, b, t, m, t_names, m_names, resolutions)
        if whole is None:
            continue
        whole_rows.add((prefix, child))
        merged.update(whole.values)
        conflicts.extend(whole.conflicts)
        taken.extend(whole.taken)
    for key in [*m, *(k for k in t if k not in m), *(k for k in b if k not in m and k not in t)]:
        if key[1] == "" and key[0]:
            continue  # a formset's counts: recounted below
        if (key[0], key[1]) in whole_rows:
            continue
        base_value, their_value, my_value = b.get(key), t.get(key), m.get(key)
        if my_value == their_value or their_value == base_value:
            merged[key] = my_value
        elif my_value == base_value:
            merged[key] = their_value
            taken.append(m_names.get(key) or t_names.get(key) or key[2])
        else:
            name = m_names.get(key) or t_names.get(key) or "-".join(part for part in key if part)
            chosen = choice(resolutions.get(name), their_value)
            if chosen == THEIRS:
                merged[key] = their_value
            elif chosen == MINE:
                merged[key] = my_value
            else:
                merged[key] = my_value  # the form keeps what this person typed
                conflicts.append(Conflict(name, key, base_value, their_value, my_value))
    prefixes = list(dict.fromkeys([*m_order, *t_order, *b_order]))
    orders = {prefix: merged_order(m_order.get(prefix, []), t_order.get(prefix, [])) for prefix in prefixes}
    return Merged(serialize(merged, orders, {**t, **m}), conflicts, taken)


NEW = "new:"
DELETE = "DELETE"
DELETED = "—"  # what a deleted row's side shows in a conflict (the panel says "deleted")


def own_new_rows(values, order, names, base_order, side: str):
    """Rename the rows this side added since the base ("new:3" → "mine-new:3")."""
    shared = {(prefix, child) for prefix, children in base_order.items() for child in children}

    def own(prefix: str, child: str) -> str:
        return f"{side}-{child}" if child.startswith(NEW) and (prefix, child) not in shared else child

    renamed_values = {(p, own(p, c) if c else c, f): v for (p, c, f), v in values.items()}
    renamed_names = {(p, own(p, c) if c else c, f): n for (p, c, f), n in names.items()}
    renamed_order = {p: [own(p, c) for c in children] for p, children in order.items()}
    return renamed_values, renamed_order, renamed_names


def row(values: dict[Key, list[str]], prefix: str, child: str) -> dict[str, list[str]] | None:
    """One child's fields on one side; None when that side deleted it (gone, or ticked)."""
    fields = {k[2]: v for k, v in values.items() if k[0] == prefix and k[1] == child}
    if not fields or fields.get(DELETE):
        return None
    return fields


@dataclass
class RowMerge:
    values: dict[Key, list[str] | None]
    conflicts: list["Conflict"]
    taken: list[str]


def row_merge(prefix, child, b, t, m, t_names, m_names, resolutions) -> RowMerge | None:
    """A child deleted on one side: deleted if the other side left it as it was; else a
    conflict over the whole row (keep it with this person's text, or take the other
    side's), never a row that comes back with only the fields someone changed."""
    base_row, their_row, my_row = row(b, prefix, child), row(t, prefix, child), row(m, prefix, child)
    if base_row is None or (their_row is not None and my_row is not None):
        return None  # both kept it: field by field

    def changed(side: dict[str, list[str]] | None) -> bool:
        return side is not None and any(side.get(f) != base_row.get(f) for f in {*side, *base_row} - {DELETE})

    def keys(side_values: dict[Key, list[str]]) -> dict[Key, list[str] | None]:
        return {k: v for k, v in side_values.items() if k[0] == prefix and k[1] == child}

    their_values, my_values = keys(t), keys(m)
    if my_row is None and their_row is None:
        return RowMerge(my_values or their_values, [], [])  # both deleted it
    if my_row is None and not changed(their_row):
        return RowMerge(my_values, [], [])  # this person deleted it; the other left it be
    if their_row is None and not changed(my_row):
        return RowMerge(their_values, [], [])  # the other side deleted it
    name = m_names.get((prefix, child, DELETE)) or m_names.get((prefix, child, "id"), f"{prefix}-{child}-id")
    name = re.sub(r"-[^-]+$", f"-{DELETE}", name)
    theirs_shown = [DELETED] if their_row is None else text_of(their_row)
    mine_shown = [DELETED] if my_row is None else text_of(my_row)
    chosen = choice(resolutions.get(name), theirs_shown)
    if chosen == THEIRS:
        values: dict[Key, list[str] | None] = dict(their_values) if their_values else {}
        if their_row is None and not their_values:
            values = dict.fromkeys(my_values)  # deleted from the live item: gone
        return RowMerge(values, [], [name])
    kept = dict(my_values)
    if my_row is not None and their_row is None and not their_values:
        kept = {k: (None if k[2] == "id" else v) for k, v in kept.items()}  # gone live: it comes back as new
    conflicts = [] if chosen == MINE else [Conflict(name, (prefix, child, DELETE), None, theirs_shown, mine_shown)]
    return RowMerge(kept, conflicts, [])


def text_of(fields: dict[str, list[str]]) -> list[str]:
    """A row's text as a person reads it in the conflict panel: its fields' values."""
    return [
        value for field, values in sorted(fields.items()) if field not in ("id", DELETE) for value in values if value
    ]


def merged_order(mine: list[str], theirs: list[str]) -> list[str]:
    """This person's order of children, then the children only the other side has."""
    return [*mine, *(child for child in theirs if child not in mine)]


def serialize(values: dict[Key, list[str] | None], orders: dict[str, list[str]], counts: dict) -> Data:
    """Back to the form's names: the children of each inline numbered in order, the
    existing ones first (a formset expects them so), and the counts recounted. A child
    that lost its id (the other side deleted it, this person kept their edits) comes
    back as a new one."""
    data: Data = {}
    children: dict[tuple[str, str], dict[str, list[str]]] = {}
    for (prefix, child, field), value in values.items():
        if value is None:
            continue
        if not prefix:
            data[field] = value
        else:
            children.setdefault((prefix, child), {})[field] = value
    for prefix, order in orders.items():
        present = [child for child in order if (prefix, child) in children]
        existing = [child for child in present if children[(prefix, child)].get("id", [""])[0]]
        new = [child for child in present if child not in existing]
        for index, child in enumerate([*existing, *new]):
            for field, value in children[(prefix, child)].items():
                data[f"{prefix}-{index}-{field}"] = value
        data[f"{prefix}-TOTAL_FORMS"] = [str(len(present))]
        data[f"{prefix}-INITIAL_FORMS"] = [str(len(existing))]
        for name in ("MIN_NUM_FORMS", "MAX_NUM_FORMS"):
            kept = counts.get((prefix, "", name))
            if kept is not None:
                data[f"{prefix}-{name}"] = kept
    return data


def with_controls(merged: Data, post: QueryDict) -> QueryDict:
    """The merged data, with the buttons, token and notes the person posted."""
    result = QueryDict(mutable=True)
    for key in post:
        if CONTROL.match(key):
            result.setlist(key, post.getlist(key))
    for key, values in merged.items():
        result.setlist(key, values)
    return result


def resolutions(post: QueryDict) -> dict[str, str]:
    """The person's choices, each as posted: "mine:<digest>" or "theirs:<digest>", the
    digest naming the other person's text that was shown (see `choice`)."""
    return {key[len(RESOLVE) :]: str(post.get(key, "")) for key in post if key.startswith(RESOLVE)}


def seen(values: list[str] | None) -> str:
    """A short digest of a text as it was shown beside the person's own."""
    return hashlib.sha256("\x00".join(values or []).encode()).hexdigest()[:16]


def choice(posted: str | None, theirs: list[str] | None) -> str | None:
    """MINE or THEIRS if the person chose with this very text of theirs shown; a choice
    made beside an older text of theirs holds for nothing (the conflict is shown anew)."""
    kind, _colon, digest = (posted or "").partition(":")
    return kind if kind in (MINE, THEIRS) and digest == seen(theirs) else None


# The base a form carries --------------------------------------------------------------


def sign_base(data: Data, item) -> str:
    """The base, signed for this item only (another item's base is no base here)."""
    return signing.dumps(content_keys(data), salt=f"{SALT}:{item._meta.label_lower}:{item.pk}", compress=True)


def read_base(post: QueryDict, item) -> Data | None:
    """The base the form was opened on, or None if it is missing or not the site's."""
    try:
        data: Any = signing.loads(post.get(BASE, ""), salt=f"{SALT}:{item._meta.label_lower}:{item.pk}")
    except (signing.BadSignature, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    kept: Data = {}
    for key, values in data.items():
        if isinstance(values, list):
            kept[str(key)] = [str(value) for value in values]
    return kept


def overlay(under: Data, posted: Data, editable_main: set[str], editable_inline: dict[str, set[str]]) -> Data:
    """What a person's save means for the whole item: the fields their form has, as they
    posted them (a box they untick is not posted), and every other field as it was in
    `under` (a translator's form has no slug or order: the draft keeps them)."""
    below, below_order, _ = canonical(content_keys(under))
    above, above_order, _ = canonical(content_keys(posted))

    def editable(key: Key) -> bool:
        prefix, _child, field = key
        if not prefix:
            return field in editable_main
        return prefix in editable_inline and (field in editable_inline[prefix] or field in MANAGEMENT)

    values: dict[Key, list[str] | None] = {key: value for key, value in below.items() if not editable(key)}
    values.update({key: value for key, value in above.items() if editable(key)})
    prefixes = list(dict.fromkeys([*above_order, *below_order]))
    orders = {prefix: merged_order(above_order.get(prefix, []), below_order.get(prefix, [])) for prefix in prefixes}
    # Children this person's form could delete or add are theirs to count.
    for prefix in editable_inline:
        if prefix in above_order:
            orders[prefix] = above_order[prefix]
    return serialize(values, orders, {**below, **above})
