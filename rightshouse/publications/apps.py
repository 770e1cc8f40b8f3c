from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    name = "rightshouse.publications"
    label = "publications"

    def ready(self):
        from . import signals  # noqa: F401
