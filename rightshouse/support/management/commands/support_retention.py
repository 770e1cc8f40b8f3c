from django.core.management.base import BaseCommand

from rightshouse.support.retention import apply_retention


class Command(BaseCommand):
    help = "Delete the support cases whose retention period has passed (keys, data, files)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Override SUPPORT_RETENTION_DAYS.")

    def handle(self, *args, days=None, **options):
        deleted = apply_retention(days)
        self.stdout.write(f"Deleted {deleted} case(s).")
