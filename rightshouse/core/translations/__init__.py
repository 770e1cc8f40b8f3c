"""Translating with wagtail-localize without accidents.

- "Translate this page" (and its "include subtree") makes drafts: nothing of the new
  translation is public until a translator publishes it from the translation editor
  (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False in settings).
- The snippets a translated item refers to (its tags…) keep the translations
  they already have in the target language; one that has none gets a new translation under
  an address of its own (`creator.py`).
- "Sync translated pages" updates what is to be translated and publishes nothing
  (`views.DraftsOnlyUpdateTranslationsView`).
- Editors see which translations are behind their source: a report, and a notice on the
  edit views of sources and translations (`status.py`, `views.OutOfDateTranslationsView`).
"""
