"""The demo's editor, moderator and translator (see rightshouse.core.demo and
rightshouse.users.roles): accounts with a confirmed authenticator app, in their groups, with
the review workflow on the publication indexes. Needs `ctx.indexes` in `finish`.

How to log in as each is in demo_content and the README ("Roles and permissions").
"""

import base64

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

from . import demo_content as content
from . import roles, two_factor


def demo_totp_key():
    """DEMO_TOTP_SECRET as django-otp stores a key: hex."""
    return base64.b32decode(content.DEMO_TOTP_SECRET).hex()


def create_account(item):
    """A user enrolled as after the first login: password, authenticator app, recovery codes,
    and the admin in their language."""
    user = get_user_model().objects.create_user(
        item["username"],
        email=item["email"],
        password=content.DEMO_PASSWORD,
        first_name=item["first_name"],
        last_name=item["last_name"],
    )
    TOTPDevice.objects.create(
        user=user, name=two_factor.TOTP_DEVICE_NAME, key=demo_totp_key(), confirmed=True
    )
    two_factor.create_recovery_codes(user)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = item["language"]
    profile.save(update_fields=["preferred_language"])
    return user


def build(ctx):
    for item in content.ACCOUNTS:
        create_account(item)


def finish(ctx):
    """The roles, once the publication indexes exist, and each account in its group."""
    index_pages = sorted(ctx.indexes.values(), key=lambda page: page.path)
    roles.set_up_roles(index_pages)
    User = get_user_model()
    for item in content.ACCOUNTS:
        User.objects.get_by_natural_key(item["username"]).groups.add(
            Group.objects.get(name=item["role"])
        )
