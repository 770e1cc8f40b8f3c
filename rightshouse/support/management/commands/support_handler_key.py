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
        "(or read from standard input with --passphrase-stdin). A handler who has a key is "
        "asked its passphrase too, to carry their cases over to the new key (leave it empty "
        "to leave them). Nothing secret is printed."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--passphrase-stdin",
            action="store_true",
            help=(
                "Read the passphrase from the first line of standard input (for scripts); a "
                "second line, if any, is the current key's passphrase."
            ),
        )

    def handle(self, *args, username, passphrase_stdin=False, **options):
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"No active user {username!r}.")
        replaced = keys.handler_key(user) is not None
        if passphrase_stdin:
            passphrase = sys.stdin.readline().rstrip("\r\n")
            previous = sys.stdin.readline().rstrip("\r\n") if replaced else ""
        else:
            passphrase = getpass.getpass("Passphrase: ")
            if getpass.getpass("The same passphrase again: ") != passphrase:
                raise CommandError("The two passphrases differ.")
            previous = getpass.getpass("Current key's passphrase: ") if replaced else ""
        if len(passphrase) < MIN_PASSPHRASE_CHARS:
            raise CommandError(f"The passphrase needs at least {MIN_PASSPHRASE_CHARS} characters.")
        try:
            crypto.passphrase_bytes(passphrase)
        except (ValueError, UnicodeEncodeError) as error:
            raise CommandError("This passphrase cannot be used (too long or not text).") from error
        try:
            keys.create_handler_key(user, passphrase, previous_passphrase=previous or None)
        except crypto.Damaged as error:
            raise CommandError("The current key's passphrase is wrong; nothing changed.") from error
        self.stdout.write(f"Handler key created for {username}.")
        if replaced and previous:
            self.stdout.write("Their cases are sealed to the new key as well.")
        elif replaced:
            self.stdout.write(
                "Their earlier key is no longer used; reassign their open cases to give them "
                "access with the new key."
            )
        if not user.has_perm("support.handle_cases"):
            self.stdout.write(
                "Note: this user cannot open the support admin yet; add them to the "
                "“Case handlers” group."
            )
