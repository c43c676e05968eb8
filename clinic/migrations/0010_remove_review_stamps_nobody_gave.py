"""Review dates that nobody gave are removed (issue 24: a page never claims a review
that nobody made).

Until now every seeded medical item got "last reviewed" = the day the content was
loaded and "next review due" a year on, though no Medical reviewer had read it. An
item keeps its dates when a person gave them: a Medical reviewer's approval
(reviewed_by), or an edit in the admin (its history names the user who set the
date). Otherwise both dates are cleared, and a history entry says why, so the
change is visible in the item's History and can be reverted.
"""

from django.db import migrations
from django.utils import timezone

REASON = "Review dates removed: set by the content loader, not by a Medical reviewer."


def stamp_was_given_by_a_person(item, history) -> bool:
    if item.reviewed_by_id is not None:
        return True
    records = list(history.filter(id=item.pk).order_by("history_date", "history_id"))
    # The record where the current date was set: the first of the last run of
    # records that carry it.
    setter = None
    for record in reversed(records):
        if record.last_reviewed != item.last_reviewed:
            break
        setter = record
    return setter is not None and setter.history_user_id is not None


def remove_loader_stamps(apps, schema_editor):
    for model in apps.get_app_config("clinic").get_models():
        names = {field.name for field in model._meta.fields}
        if "last_reviewed" not in names or model.__name__.startswith("Historical"):
            continue
        try:
            history = apps.get_model("clinic", f"Historical{model.__name__}")
        except LookupError:
            history = None
        for item in model.objects.filter(last_reviewed__isnull=False):
            if history is not None and stamp_was_given_by_a_person(item, history.objects):
                continue
            if history is None and item.reviewed_by_id is not None:
                continue
            model.objects.filter(pk=item.pk).update(last_reviewed=None, next_review_due=None)
            if history is None:
                continue
            values = {}
            item_fields = {field.attname for field in model._meta.fields}
            for field in history._meta.fields:
                if field.attname in item_fields:
                    values[field.attname] = getattr(item, field.attname)
            values.update(last_reviewed=None, next_review_due=None)
            history.objects.create(
                **values,
                history_date=timezone.now(),
                history_type="~",
                history_change_reason=REASON,
                history_user_id=None,
            )


class Migration(migrations.Migration):
    dependencies = [
        ("clinic", "0009_review_only_when_reviewed"),
    ]

    operations = [
        migrations.RunPython(remove_loader_stamps, migrations.RunPython.noop),
    ]
