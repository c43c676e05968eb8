from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from content.sitebackup import BackupError, restore


class Command(BaseCommand):
    help = "Restore a backup made by `backup` onto an empty site (a new database, before migrate; empty data folders)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("archive")

    def handle(self, *args, archive: str, **options) -> None:
        try:
            manifest = restore(Path(archive))
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Restored the backup made at {manifest['made_at']}: the database and "
            f"{len(manifest['files']) - 1} files, each checked against the manifest. "
            "Run `migrate` if this release has new migrations."
        )
