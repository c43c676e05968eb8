from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from appointments import storage
from appointments.crypto import EncryptedTextField, unreadable_fields
from appointments.models import Attachment, ConsultationRequest, OutboxMessage


class Command(BaseCommand):
    help = (
        "Encrypt every request, file and waiting e-mail again with the first key of "
        "DJANGO_FIELD_ENCRYPTION_KEYS. Put the new key first, keep the old one after it, run this, "
        "then remove the old key."
    )

    def handle(self, *args, **options) -> None:
        rows = 0
        with transaction.atomic():
            for model in (ConsultationRequest, Attachment, OutboxMessage):
                fields = [f.name for f in model._meta.fields if isinstance(f, EncryptedTextField)]
                for obj in model.objects.select_for_update():
                    # Read with any key, written with the first one.
                    values = {name: getattr(obj, name) for name in fields}
                    if unreadable_fields(obj):
                        raise CommandError(f"{model.__name__} {obj.pk} cannot be decrypted: is a key missing?")
                    model.objects.filter(pk=obj.pk).update(**values)
                    rows += 1
        files = 0
        for attachment in Attachment.objects.all():
            storage.rotate(attachment.stored_as)
            files += 1
        self.stdout.write(f"Encrypted again with the first key: {rows} rows, {files} files.")
