import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from rightshouse.core.demo import build_demo_site, site_is_empty


class Command(BaseCommand):
    help = (
        "Build the demo site (three languages, publications, principles) if the database is empty."
    )

    def handle(self, *args, **options):
        if not site_is_empty():
            self.stdout.write("The database already has content; the demo site was not built.")
        else:
            builder = build_demo_site()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo site built: {len(builder.publications)} publications,"
                    f" {len(builder.tags)} tags in {len(builder.homes)} languages."
                )
            )
        self._ensure_admin()

    def _ensure_admin(self):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write(
                "Admin: log in at http://127.0.0.1:8000/admin/ with your existing account."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                "Admin: log in at http://127.0.0.1:8000/admin/ as 'admin' with password "
                f"{password}\n(shown once; change it with: manage.py changepassword admin)\n"
                "Two-factor login: at the first login the admin asks you to scan a QR code\n"
                "with an authenticator app (e.g. Aegis, FreeOTP or any TOTP app) or to type\n"
                "its secret, then shows recovery codes: keep them offline.\n"
                "Phone lost? Run: manage.py reset_two_factor admin"
            )
        )
