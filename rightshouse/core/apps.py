from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "rightshouse.core"
    label = "core"

    def ready(self):
        from .cache import connect_signals

        connect_signals()
