"""Settings shared by every environment.

The embedded default (SQLite in WAL mode, database cache, local media, Wagtail's database
search and django-tasks' database backend) needs no service at all; production swaps in
PostgreSQL and Redis through DATABASE_URL and REDIS_URL.
"""

import os
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(os.environ.get("RIGHTSHOUSE_VAR_DIR", BASE_DIR / "var"))

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "rightshouse.users",
    "rightshouse.core",
    "rightshouse.organisations",
    "rightshouse.publications",
    "rightshouse.principles",
    "rightshouse.statements",
    "rightshouse.support",
    "rightshouse.search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",  # Django's widget templates, for FORM_RENDERER below
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "rightshouse.core.admin_host.AdminHostMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "rightshouse.core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "rightshouse.core.methods.AllowedMethodsMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "rightshouse.users.middleware.RequireSecondFactorMiddleware",
    # Inside CSP and SecurityMiddleware, so the headers it sets override their defaults.
    "rightshouse.core.middleware.SecurityHeadersMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Widgets render through TEMPLATES too, so rightshouse/templates/ can override Wagtail's
# admin widget templates (see templates/wagtailadmin/widgets/).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
ROOT_URLCONF = "rightshouse.urls"
WSGI_APPLICATION = "rightshouse.wsgi.application"
AUTH_USER_MODEL = "users.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Data -------------------------------------------------------------------------------

VAR_DIR.mkdir(parents=True, exist_ok=True)
SQLITE_PATH = VAR_DIR / "rightshouse.sqlite3"
# WAL lets readers carry on while a writer commits; IMMEDIATE transactions avoid the
# "database is locked" upgrade deadlock between two writers. A writer waits up to 20 s for
# the one write lock rather than failing: 50 simultaneous approvals of accessions queue for
# about 3 s on a busy two-core machine (principles/tests/test_concurrency.py).
SQLITE_OPTIONS = {
    "init_command": (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;"
        " PRAGMA foreign_keys=ON;"
    ),
    "transaction_mode": "IMMEDIATE",
}


def database_from_environment():
    url = os.environ.get("DATABASE_URL")
    if url:
        database = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
        if database["ENGINE"] == "django.db.backends.postgresql":
            # JIT spends 50-70 ms compiling each search query and saves nothing here.
            database.setdefault("OPTIONS", {})["options"] = "-c jit=off"
        return database
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": SQLITE_PATH,
        "OPTIONS": SQLITE_OPTIONS,
    }


DATABASES = {"default": database_from_environment()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "rightshouse"),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "rightshouse_cache",
        }
    }

# Wagtail writes the search and reference index through these tasks; a worker runs them
# (`manage.py db_worker`: bin/run-dev for `make run`, deploy/rightshouse-worker.service).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Wagtail's database backend: SQLite FTS5 or PostgreSQL full-text search, no extra service.
# Neither database does any language processing: publications are indexed, and queries
# searched, as stems made in Python in the page's language (rightshouse/search/text.py), so
# both find the same pages. PostgreSQL's "simple" configuration only lower-cases; SQLite's
# FTS5 table gets the plain unicode61 tokenizer without diacritics folding (search/migrations).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # That backend, whose autocomplete (every admin search box) also matches the other
        # forms of each word typed: «праваабаронцаў» finds «Праваабаронцы».
        "BACKEND": "rightshouse.search.backend",
        "AUTO_UPDATE": True,
        "SEARCH_CONFIG": "simple",
    }
}

# --- Languages --------------------------------------------------------------------------

LANGUAGE_CODE = "be"
LANGUAGES = [
    ("be", "Беларуская"),
    ("ru", "Русский"),
    ("en", "English"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The languages an admin user can read the admin in (Account > Profile > Locale): the
# site's own, Belarusian included, which Wagtail's default list lacks; the project's admin
# texts exist in these three only.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [PROJECT_DIR / "locale"]
FORMAT_MODULE_PATH = ["rightshouse.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Minsk"

# --- Static and media -------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Wagtail ----------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Rights House"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
ADMIN_HOST = os.environ.get("ADMIN_HOST", "")
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # avatars from gravatar.com would leak editors' e-mails
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Uploaded images are stored without EXIF/GPS, XMP, IPTC and comments, since a photo's place
# or camera can identify a person (rightshouse.core.metadata); documents likewise (below).
WAGTAILIMAGES_IMAGE_FORM_BASE = "rightshouse.core.images.ImageForm"
# Documents: a size and a list of types, checked against the file's contents too
# (rightshouse.core.documents). Keep the reverse proxy's request limit a little above it.
DOCUMENTS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "txt", "xlsx"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "rightshouse.core.documents.DocumentForm"
# No "image" (nor "embed") in rich text: wagtail-localize does not offer an embedded image's
# alt text for translation, so every language would keep the first one's. Images go in
# StreamField image blocks, whose text is translated (rightshouse.core.blocks.FigureBlock).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": [
                "h2",
                "h3",
                "bold",
                "italic",
                "ol",
                "ul",
                "link",
                "document-link",
                "blockquote",
            ]
        },
    }
}
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# "Translate this page" makes drafts (wagtail-localize would publish the copies, still in
# Belarusian, wherever the original is live): a translation is public once a translator
# publishes it. See rightshouse/core/translations/.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Limits -----------------------------------------------------------------------------

DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
PUBLICATIONS_PER_PAGE = 20
SEARCH_RESULTS_PER_PAGE = 20
SEARCH_QUERY_MAX_LENGTH = 200

# --- Accounts ---------------------------------------------------------------------------

# Argon2id first: memory-hard, so a seized database's hashes resist GPU guessing; the
# others stay so that older hashes still verify and are upgraded at the next login.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# A session ends when the browser closes, and after 12 hours without a request: every
# request moves the server-side expiry on (SESSION_SAVE_EVERY_REQUEST).
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = 12 * 60 * 60
SESSION_SAVE_EVERY_REQUEST = True
# Failed password attempts, counted without any client address (rightshouse.core.throttle):
# per account (or per restricted page) and over the whole site, in a sliding window.
THROTTLE_WINDOW_SECONDS = 15 * 60
THROTTLE_FAILURES_PER_TARGET = 5
THROTTLE_FAILURES_SITE_WIDE = 100
WAGTAILADMIN_USER_LOGIN_FORM = "rightshouse.users.login.AdminLoginForm"
# The password and login forms of restricted pages, in the site's own design and languages.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "core/password_required.html"  # noqa: S105
LOGIN_REDIRECT_URL = "/"

# --- Users ------------------------------------------------------------------------------

# Every admin user logs in with a TOTP app as well as the password (rightshouse.users).
# The name authenticator apps show next to the account (no OTP_TOTP_IMAGE: apps would
# fetch the image from wherever it is hosted).
OTP_TOTP_ISSUER = "Rights House"
# django-otp's own exponential back-off after wrong codes, per device: 1, 2, 4, 8... seconds
# (these are its defaults, spelt out so that nobody turns them off by accident).
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
# Single-use recovery codes, shown once at enrolment and on request (with a TOTP code).
USERS_RECOVERY_CODE_COUNT = 10

# --- Security and privacy ---------------------------------------------------------------

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Strict"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(),"
    " microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()"
)
# The editors' area: private caching, and the only exceptions to the strict CSP below.
ADMIN_PATH_PREFIXES = ("/admin/",)
# The admin views, by request.resolver_match.view_name, that still get 'unsafe-inline' (for
# scripts or styles): those where Chromium reports violations of script-src 'self' or
# style-src 'self' (core/tests/test_browser_admin.py visits them; test_admin_csp.py checks
# the headers). Every other admin view, the login page above all, gets the strict policy.
# Wagtail's own inline scripts for date pickers and InlinePanels are replaced by data
# attributes and static/js/admin-init.js (templates/wagtailadmin/).
ADMIN_CSP_UNSAFE_INLINE_SCRIPT_VIEWS = (
    # Wagtail's chooser widgets (page, snippet, image, document, task) append
    # `<script>new PageChooser(...)</script>` in Python (BaseChooser.render), not in a
    # template; a form an InlinePanel or formset adds runs its chooser's script too.
    "wagtailadmin_pages:add",  # tags' snippet chooser, related pages' page chooser
    "wagtailadmin_pages:edit",  # the same; and wagtail-localize's translation editor
    "wagtailadmin_pages:revisions_revert",  # the edit form, filled from a revision
    "wagtailadmin_pages:copy",  # page chooser for the new parent
    "wagtailadmin_pages:move",  # page chooser for the new parent
    "wagtailusers_groups:add",  # page permissions' page chooser
    "wagtailusers_groups:edit",
    "wagtailadmin_workflows:add",  # page chooser for the pages a workflow applies to
    "wagtailadmin_workflows:edit",
    "wagtailredirects:add",  # page chooser for the target
    "wagtailredirects:edit",
    # wagtail-localize: its translation editor, which replaces the edit view of a snippet's
    # synced translation, sets window.chooserUrls inline (tags only: organisations are one
    # party each, not translated rows, since issue 8); its translation forms select all
    # languages with an inline script.
    "wagtailsnippets_publications_tag:edit",
    "wagtail_localize:submit_page_translation",
    "wagtail_localize:submit_snippet_translation",
)
ADMIN_CSP_UNSAFE_INLINE_STYLE_VIEWS = (
    # Draftail, the rich text editor, adds <style> elements (empty blocks' placeholders,
    # nested lists' numbering). A snippet with a RichTextField would join this list.
    "wagtailadmin_pages:add",
    "wagtailadmin_pages:edit",
    "wagtailadmin_pages:revisions_revert",
    # wagtail-localize: its translation editor adds <style> elements (styled-components).
    # (Its sync form, which had an inline <style>, is replaced by one without:
    # rightshouse_translations:update_translations, rightshouse/core/translations/views.py.)
    "wagtailsnippets_publications_tag:edit",
    # The editions of the Principles: their texts are rich text.
    "principles_editions:add",
    "principles_editions:edit",
    # The texts of joint statements.
    "statements_admin:add",
    "statements_admin:text",
)
# Wagtail's preview: the side panel of the views below frames the preview view of the page
# being edited (frame-src 'self' there, 'none' everywhere else), and only those preview
# responses may be framed, by the admin alone (frame-ancestors 'self', X-Frame-Options
# SAMEORIGIN); "Preview in new tab" opens the same preview view. They render the public
# page's templates under the public policy otherwise. A page type or a snippet made
# previewable (PreviewableMixin) adds its edit, create and preview views here
# (test_admin_csp.py checks that every previewable model is listed).
ADMIN_CSP_PREVIEW_PANEL_VIEWS = (
    "wagtailadmin_pages:add",
    "wagtailadmin_pages:edit",
    "wagtailadmin_pages:revisions_revert",
)
ADMIN_CSP_PREVIEW_VIEWS = (
    "wagtailadmin_pages:preview_on_add",
    "wagtailadmin_pages:preview_on_edit",
)
# The multiple image upload shows a thumbnail of each chosen file, read from a blob: URL
# (wagtailimages/js/add-multiple.js); no other view needs blob: images.
ADMIN_CSP_BLOB_IMAGE_VIEWS = ("wagtailimages:add_multiple",)

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "frame-src": ["'none'"],
    }
}

# The app's own log lines never carry client addresses or user agents: see
# rightshouse.core.logging. No mail_admins handler: its reports include request headers.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"no_client_data": {"()": "rightshouse.core.logging.DropClientDataFilter"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["no_client_data"],
        }
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# Public forms (rightshouse.core.submissions): a form sent back sooner than this after it was
# shown is refused, and each form takes at most so many submissions per hour from everyone.
SUBMISSION_MIN_SECONDS = 3
ACCESSION_APPLICATIONS_PER_HOUR = 30
COMPLAINTS_PER_HOUR = 30
# Signatures of joint statements, all statements together (a solidarity alert invites every
# acceding organisation at once; the bench signs 1,000 at once with a higher figure).
STATEMENT_SIGNATURES_PER_HOUR = int(os.environ.get("STATEMENT_SIGNATURES_PER_HOUR", 2000))
# Support cases (rightshouse.support): encrypted attachments live here, outside MEDIA_ROOT
# (never served); cases are deleted this many days after closing or their last activity.
SUPPORT_FILES_DIR = Path(os.environ.get("SUPPORT_FILES_DIR", VAR_DIR / "support"))
SUPPORT_RETENTION_DAYS = int(os.environ.get("SUPPORT_RETENTION_DAYS", 90))
# Sizes of a request for support: each file, the whole body (refused before it is read);
# requests and offers taken per day from everyone together.
SUPPORT_MAX_FILE_BYTES = 20 * 1024 * 1024
SUPPORT_MAX_REQUEST_BYTES = 60 * 1024 * 1024
SUPPORT_CASES_PER_DAY = 200
# A form sent without its security token gets the site's page, not Django's bare one.
CSRF_FAILURE_VIEW = "rightshouse.core.views.csrf_failure"
