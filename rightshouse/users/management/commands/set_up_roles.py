from django.core.management.base import BaseCommand

from rightshouse.users import roles


class Command(BaseCommand):
    help = (
        "Give the Editors, Moderators, Translators, Verifiers, Coordinators and Representatives"
        " groups their rights and attach the review workflow to every publication index"
        " (rightshouse/users/roles.py). Safe to run again, e.g. after adding a language or an"
        " index; the groups' members are left as they are."
    )

    def handle(self, *args, **options):
        groups = roles.set_up_roles()
        for name, group in groups.items():
            self.stdout.write(f"{name}: {group.user_set.count()} member(s)")
        self.stdout.write(
            self.style.SUCCESS(
                f"Roles set up; '{roles.REVIEW_WORKFLOW}' asks the {roles.MODERATORS} group to"
                " approve news and statements. Add people to a group in the admin: Settings >"
                " Users > (a user) > Roles."
            )
        )
