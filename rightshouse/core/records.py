"""Records that people rely on are append-only (domain note, section 3).

An `AppendOnlyModel` row is written once: saving it again, deleting it, or updating or
deleting it through a queryset raises `AppendOnlyError`. What changes is told by adding a
row. (Deleting a referenced row elsewhere is stopped by the PROTECT foreign keys.)
"""

from django.db import models


class AppendOnlyError(Exception):
    pass


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError(f"{self.model._meta.label} rows are never changed.")

    def delete(self):
        raise AppendOnlyError(f"{self.model._meta.label} rows are never deleted.")


class AppendOnlyModel(models.Model):
    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError(f"{self._meta.label} rows are never changed.")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError(f"{self._meta.label} rows are never deleted.")
