from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "rightshouse.core"
    label = "core"

    def ready(self):
        from . import cache, visibility
        from .metadata import guard

        cache.connect_signals()
        visibility.connect_signals()
        # Images and documents stored by any code path lose their hidden data (metadata).
        guard.guard_file_fields()
