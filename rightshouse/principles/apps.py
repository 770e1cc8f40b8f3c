from django.apps import AppConfig


class PrinciplesConfig(AppConfig):
    name = "rightshouse.principles"
    label = "principles"
