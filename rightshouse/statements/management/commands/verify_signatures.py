"""manage.py verify_signatures [statement key or number...]: checks the signature logs.

Prints one line per statement (OK with the chain's length and head, or the first broken
link) and exits with status 1 if any chain is broken."""

import sys
import uuid

from django.core.management.base import BaseCommand, CommandError

from rightshouse.statements import log
from rightshouse.statements.models import JointStatement


class Command(BaseCommand):
    help = "Verifies the hash chains of joint statements' signature logs."

    def add_arguments(self, parser):
        parser.add_argument("statements", nargs="*", help="statement keys (UUID) or numbers")

    def handle(self, *args, statements=(), **options):
        chosen = JointStatement.objects.order_by("pk")
        if statements:
            keys = [value for value in statements if not value.isdigit()]
            numbers = [int(value) for value in statements if value.isdigit()]
            try:
                keys = [uuid.UUID(value) for value in keys]
            except ValueError as error:
                raise CommandError(f"Not a statement key or number: {error}") from None
            chosen = chosen.filter(pk__in=numbers) | chosen.filter(key__in=keys)
            if not chosen.exists():
                raise CommandError("No such statement.")
        broken = 0
        for statement in chosen:
            report = log.verify(statement)
            if report.ok:
                self.stdout.write(
                    f"OK      {statement.key}  {report.length} events  head {statement.chain_head}"
                )
            else:
                broken += 1
                self.stdout.write(
                    f"BROKEN  {statement.key}  first broken link: event {report.broken_at}"
                    f" ({report.reason})"
                )
        if broken:
            sys.exit(1)
