"""One place that notices when staff change content, and tells whoever must know.

Every save, deletion or many-to-many change of a content model schedules the
callbacks in settings.ON_CONTENT_CHANGE (the page cache's version, the search
index) to run once when the transaction commits, however many rows it touched.
"""

from django.conf import settings
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.module_loading import import_string


def run_callbacks() -> None:
    for path in settings.ON_CONTENT_CHANGE:
        import_string(path)()


def content_changed(**kwargs) -> None:
    if kwargs.get("raw"):  # loading fixtures
        return
    if any(entry[1] is run_callbacks for entry in connection.run_on_commit):
        return
    transaction.on_commit(run_callbacks)


def connect_signals() -> None:
    from netclinic.translations import translated_models

    for model in translated_models():
        uid = f"netclinic.changes.{model._meta.label_lower}"
        post_save.connect(content_changed, sender=model, dispatch_uid=f"{uid}.save")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"{uid}.delete")
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(content_changed, sender=through, dispatch_uid=f"{uid}.{field.name}")
