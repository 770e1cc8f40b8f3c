"""Creates the organisation's recovery key pair and prints its private half, once."""

from django.core.management.base import BaseCommand, CommandError

from rightshouse.support import keys

WARNING = """
This is the organisation's RECOVERY PRIVATE KEY. It opens every support case.
It is printed now and stored nowhere. Write it down or copy it to an offline medium,
keep it away from this server and from any networked computer, and clear this terminal.
"""


class Command(BaseCommand):
    help = "Create the recovery key pair of support cases and print the private key once."

    def add_arguments(self, parser):
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Replace the active recovery key (existing cases stay sealed to the old one).",
        )

    def handle(self, *args, replace=False, **options):
        if keys.recovery_key() is not None and not replace:
            raise CommandError(
                "A recovery key exists already. Use --replace to make a new one; cases "
                "already received stay sealed to the old key."
            )
        private_hex = keys.create_recovery_key()
        self.stdout.write(WARNING)
        self.stdout.write(private_hex)
