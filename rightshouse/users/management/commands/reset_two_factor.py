from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from rightshouse.users import two_factor


class Command(BaseCommand):
    help = (
        "Remove a user's authenticator app and recovery codes (a lost phone): they set up"
        " two-factor authentication again at their next login."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get_by_natural_key(username)
        except User.DoesNotExist:
            raise CommandError(f"No user called '{username}'; nothing was reset.") from None
        removed = two_factor.reset(user)
        if removed:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Two-factor authentication reset for '{username}': their app and recovery"
                    " codes no longer work. They set up a new app at their next login."
                )
            )
        else:
            self.stdout.write(
                f"'{username}' had no two-factor authentication set up; they set it up at"
                " their next login."
            )
        self.stdout.write(
            "Anyone who has their password could now set it up first: if the password may"
            " be known to others, change it too (manage.py changepassword)."
        )
