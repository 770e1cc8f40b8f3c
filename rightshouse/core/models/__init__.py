from .pages import ContentBlock, ContentPage, HomePage
from .throttle import FailedAttempt

__all__ = ["ContentBlock", "ContentPage", "FailedAttempt", "HomePage"]
