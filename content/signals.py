"""One place that notices when staff change content, and tells whoever must know.

Every save, deletion or many-to-many change of a content model (one registered
for translation) schedules one run of `announce` when the transaction commits,
however many rows it touched. `announce` moves the content version on, so no
cached page or kept value is older than the change, and then sends the
`content_changed` signal. Apps that keep something derived from the content
(the search index) connect a receiver to it in their AppConfig.ready(); the
core names none of them.
"""

from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import Signal

from content.versions import bump_version

# Sent after every committed content change, and by load_content and
# import_content when they finish. Receivers take **kwargs; one may return a
# line for those commands to print (the search index says how many pages it has).
content_changed = Signal()


def announce() -> list[str]:
    """Content changed and committed: move the version on, then tell the receivers.
    Returns the lines they reported."""
    bump_version()
    return [response for _receiver, response in content_changed.send(sender=announce) if isinstance(response, str)]


def _on_change(**kwargs) -> None:
    if kwargs.get("raw"):  # loading fixtures
        return
    if any(entry[1] is announce for entry in connection.run_on_commit):
        return
    transaction.on_commit(announce)


def connect_signals() -> None:
    from content.translations import note_changes, translated_models

    for model in translated_models():
        uid = f"content.signals.{model._meta.label_lower}"
        pre_save.connect(note_changes, sender=model, dispatch_uid=f"{uid}.translations")
        post_save.connect(_on_change, sender=model, dispatch_uid=f"{uid}.save")
        post_delete.connect(_on_change, sender=model, dispatch_uid=f"{uid}.delete")
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(_on_change, sender=through, dispatch_uid=f"{uid}.{field.name}")
