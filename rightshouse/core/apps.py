from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "rightshouse.core"
    label = "core"

    def ready(self):
        from . import cache, visibility

        cache.connect_signals()
        visibility.connect_signals()
