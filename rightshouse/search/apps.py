from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "rightshouse.search"
    label = "search"

    def ready(self):
        from . import signals

        signals.connect()
