from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """Our own user model from day one, so later fields (2FA, organisation) need no swap."""
