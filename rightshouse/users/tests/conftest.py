import pytest
from wagtail.users.models import UserProfile


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's admin, reading the admin in English, so that tests can check the
    messages whatever the site's default language and its translations."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_user
