"""Creates a handler's key pair, its private half wrapped under their passphrase."""

import getpass
import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from rightshouse.support import crypto, keys

MIN_PASSPHRASE_CHARS = 12


class Command(BaseCommand):
    help = (
        "Create a support handler key for a user. The passphrase is asked twice "
        "(or read from standard input with --passphrase-stdin). Nothing secret is printed."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--passphrase-stdin",
            action="store_true",
            help="Read the passphrase from the first line of standard input (for scripts).",
        )

    def handle(self, *args, username, passphrase_stdin=False, **options):
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"No active user {username!r}.")
        if passphrase_stdin:
            passphrase = sys.stdin.readline().rstrip("\r\n")
        else:
            passphrase = getpass.getpass("Passphrase: ")
            if getpass.getpass("The same passphrase again: ") != passphrase:
                raise CommandError("The two passphrases differ.")
        if len(passphrase) < MIN_PASSPHRASE_CHARS:
            raise CommandError(f"The passphrase needs at least {MIN_PASSPHRASE_CHARS} characters.")
        try:
            crypto.passphrase_bytes(passphrase)
        except (ValueError, UnicodeEncodeError) as error:
            raise CommandError("This passphrase cannot be used (too long or not text).") from error
        replaced = keys.handler_key(user) is not None
        keys.create_handler_key(user, passphrase)
        self.stdout.write(f"Handler key created for {username}.")
        if replaced:
            self.stdout.write(
                "Their earlier key is no longer used for new cases; reassign open cases to "
                "give them access with the new key."
            )
        if not user.has_perm("support.handle_cases"):
            self.stdout.write(
                "Note: this user cannot open the support admin yet; add them to the "
                "“Case handlers” group."
            )
