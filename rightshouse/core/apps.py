from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "rightshouse.core"
    label = "core"
