from django.db import models


class FailedAttempt(models.Model):
    """One wrong password, counted by rightshouse.core.throttle.

    Holds no client address and no name as typed: `target` is a keyed hash of the account
    name or restricted page, and rows older than the throttle window are deleted.
    """

    scope = models.CharField(max_length=20)
    target = models.CharField(max_length=64)
    failed_at = models.DateTimeField(db_index=True)

    class Meta:
        indexes = [models.Index(fields=["scope", "target", "failed_at"])]

    def __str__(self):
        return f"{self.scope} {self.failed_at:%Y-%m-%d %H:%M}"
