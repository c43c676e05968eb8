"""One place that notices when staff change content, and tells whoever must know.

Every save, deletion or many-to-many change of a content model (one registered
for translation) schedules one run of `announce` when the transaction commits,
however many rows it touched. `announce` moves the content version on, so no
cached page or kept value is older than the change, and then sends the
`content_changed` signal. Apps that keep something derived from the content
(the search index) connect a receiver to it in their AppConfig.ready(); the
core names none of them.

The signal says what changed: `changes`, the (model label, pk) of every item
saved, deleted or re-linked since the last announcement, so that a receiver
can update only what those items touch; or None, when everything may have
changed (load_content, import_content) and all must be built again.
"""

from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import Signal

from content.models import TranslationReview
from content.translations import empty_as_null, note_changes, translated_models
from content.versions import bump_version

# Sent after every committed content change, and by load_content and
# import_content when they finish. Receivers take **kwargs; one may return a
# line for those commands to print (the search index says how many pages it has).
content_changed = Signal()

Change = tuple[str, int]


def _pending() -> set[Change]:
    """The items changed since the last announcement, on this thread's connection."""
    if not hasattr(connection, "content_changes"):
        connection.content_changes = set()  # type: ignore[attr-defined]
    return connection.content_changes  # type: ignore[attr-defined]


def announce(everything: bool = False) -> list[str]:
    """Content changed and committed: move the version on, then tell the receivers
    what changed (everything, when asked). Returns the lines they reported."""
    changes: set[Change] | None = None if everything else set(_pending())
    _pending().clear()
    bump_version()
    sent = content_changed.send(sender=announce, changes=changes)
    return [response for _receiver, response in sent if isinstance(response, str)]


def _on_change(instance=None, **kwargs) -> None:
    if kwargs.get("raw"):  # loading fixtures
        return
    if instance is not None and instance.pk is not None:
        _pending().add((instance._meta.label_lower, instance.pk))
    if any(entry[1] is announce for entry in connection.run_on_commit):
        return
    transaction.on_commit(announce)


def _on_review(instance=None, **kwargs) -> None:
    """A translation approved (or its approval gone): the item's pages change language."""
    if kwargs.get("raw") or instance is None:
        return
    model = instance.content_type.model_class()
    if model is not None:
        _pending().add((model._meta.label_lower, instance.object_id))
    if not any(entry[1] is announce for entry in connection.run_on_commit):
        transaction.on_commit(announce)


def connect_signals() -> None:
    post_save.connect(_on_review, sender=TranslationReview, dispatch_uid="content.signals.review.save")
    post_delete.connect(_on_review, sender=TranslationReview, dispatch_uid="content.signals.review.delete")
    for model in translated_models():
        uid = f"content.signals.{model._meta.label_lower}"
        pre_save.connect(empty_as_null, sender=model, dispatch_uid=f"{uid}.empty")
        pre_save.connect(note_changes, sender=model, dispatch_uid=f"{uid}.translations")
        post_save.connect(_on_change, sender=model, dispatch_uid=f"{uid}.save")
        post_delete.connect(_on_change, sender=model, dispatch_uid=f"{uid}.delete")
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(_on_change, sender=through, dispatch_uid=f"{uid}.{field.name}")
