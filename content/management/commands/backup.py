from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from content.sitebackup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the whole site (database, every data folder, a manifest with checksums) to one tar file."

    def add_arguments(self, parser) -> None:
        parser.add_argument("archive", help="Where to write the backup, e.g. netclinic-2026-12-02.tar")

    def handle(self, *args, archive: str, **options) -> None:
        try:
            manifest = backup(Path(archive))
        except BackupError as error:
            raise CommandError(str(error)) from None
        size = Path(archive).stat().st_size
        files = len(manifest["files"]) - 1
        database, folders = manifest["database"], ", ".join(manifest["folders"])
        self.stdout.write(
            f"Backed up the {database} database and {files} files ({folders}) to {archive} ({size} bytes)."
        )
