import secrets
from importlib import import_module

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import module_has_submodule
from wagtail.signal_handlers import disable_reference_index_auto_update

from rightshouse.core import demo
from rightshouse.users import demo_content as demo_accounts


def demo_modules():
    """Each project app's `demo` module, in INSTALLED_APPS order (core, organisations,
    publications, principles): an app's `build` may use what earlier ones put in the context."""
    return [
        import_module(f"{config.name}.demo")
        for config in apps.get_app_configs()
        if config.name.startswith("rightshouse.") and module_has_submodule(config.module, "demo")
    ]


@transaction.atomic
def build_demo_site():
    """Every app's `build(ctx)`, then every `finish(ctx)` (pages that name other apps' objects
    and come last in the menu); see rightshouse.core.demo.

    Wagtail's reference index is built once at the end rather than on each of the thousands
    of saves that creating, translating and publishing make."""
    ctx = demo.start()
    modules = demo_modules()
    with disable_reference_index_auto_update():
        for module in modules:
            module.build(ctx)
        for module in modules:
            if hasattr(module, "finish"):
                module.finish(ctx)
    call_command("rebuild_references_index", verbosity=0)
    return ctx


class Command(BaseCommand):
    help = (
        "Build the demo site (three languages, publications, principles) if the database is empty."
    )

    def handle(self, *args, **options):
        if not demo.site_is_empty():
            self.stdout.write("The database already has content; the demo site was not built.")
        else:
            ctx = build_demo_site()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo site built: {len(ctx.publications)} publications,"
                    f" {len(ctx.tags)} tags in {len(ctx.homes)} languages."
                )
            )
            self.stdout.write(
                "Demo roles: log in as 'editor', 'moderator' or 'translator' with password"
                f" {demo_accounts.DEMO_PASSWORD!r} and a code from an authenticator app given\n"
                f'the demo secret {demo_accounts.DEMO_TOTP_SECRET} (README, "Roles and'
                ' permissions").'
            )
            if getattr(ctx, "support", None):
                from rightshouse.support.demo import demo_notice

                self.stdout.write(demo_notice(ctx.support))
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
