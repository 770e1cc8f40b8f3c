from django.apps import AppConfig


class UsersConfig(AppConfig):
    name = "rightshouse.users"
    label = "users"
