import zipfile
from pathlib import PurePosixPath

from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, transaction

from content.backup import archived_objects, content_models
from content.signals import announce


class Command(BaseCommand):
    help = "Restore content written by export_content into an empty database (after migrate)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("archive")

    def handle(self, *args, archive: str, **options) -> None:
        existing = sum(model._default_manager.count() for model in content_models())
        if existing:
            raise CommandError(
                f"The database already holds {existing} content items. Import into an empty database "
                "(a fresh one after `migrate`, before `load_content`), so that nothing is overwritten."
            )
        try:
            zf = zipfile.ZipFile(archive)
        except (OSError, zipfile.BadZipFile) as error:
            raise CommandError(f"{archive} is not a content archive: {error}") from None
        with zf, transaction.atomic():
            try:
                items = list(serializers.deserialize("json", archived_objects(zf.read("content.json"))))
            except (KeyError, ValueError, serializers.base.DeserializationError) as error:
                raise CommandError(f"{archive} is not a content archive: {error}") from None
            for item in items:
                try:
                    with transaction.atomic():
                        item.save()
                except DatabaseError as error:
                    raise CommandError(
                        f"{archive}: {item.object._meta.label} {item.object.pk} cannot be stored "
                        f"({error}); nothing was imported."
                    ) from None
            count = len(items)
            files = 0
            for name in zf.namelist():
                if not name.startswith("media/") or name.endswith("/"):
                    continue
                relative = PurePosixPath(name).relative_to("media")
                if ".." in relative.parts:
                    raise CommandError(f"Refusing an unsafe file name in the archive: {name}")
                if not default_storage.exists(str(relative)):
                    default_storage.save(str(relative), ContentFile(zf.read(name)))
                files += 1
        self.stdout.write(f"Imported {count} items and {files} files.")
        for line in announce(everything=True):
            self.stdout.write(line)
