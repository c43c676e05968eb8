import json
import zipfile
from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.db import connection, transaction

from content.backup import ExactJSONEncoder, content_models, media_names


class Command(BaseCommand):
    help = "Write all content (both languages, with its images) to one zip archive."

    def add_arguments(self, parser) -> None:
        parser.add_argument("archive", help="Where to write the archive, e.g. netclinic-content.zip")

    def handle(self, *args, archive: str, **options) -> None:
        # One transaction, so that a save made meanwhile is in the archive whole or not at
        # all (on PostgreSQL, REPEATABLE READ: every query sees the same snapshot).
        outermost = not connection.in_atomic_block
        with transaction.atomic():
            if outermost and connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            objects = [obj for model in content_models() for obj in model._default_manager.order_by("pk")]
            # Natural keys for content types (seed records): their ids differ from one database to another.
            data = serializers.serialize("json", objects, indent=1, cls=ExactJSONEncoder, use_natural_foreign_keys=True)
        names = media_names(objects)
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("content.json", data)
            zf.writestr(
                "manifest.json",
                json.dumps({"format": 1, "languages": [c for c, _ in settings.LANGUAGES], "media": names}, indent=1),
            )
            for name in names:
                if default_storage.exists(name):
                    with default_storage.open(name, "rb") as f:
                        zf.writestr(f"media/{name}", f.read())
        size = Path(archive).stat().st_size
        self.stdout.write(f"Exported {len(objects)} items and {len(names)} files to {archive} ({size} bytes).")
