"""Settings: defaults, overridden by a TOML settings file, overridden by KIWATCH_* environment.

One immutable object built once at start-up and passed down; nothing reads the environment
elsewhere. Secrets (the SMTP password) are kept out of repr() so they never reach a log.
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from kiwatch import tomlread
from kiwatch.core.errors import SettingsError
from kiwatch.i18n import Msg, localisable
from kiwatch.netguard import parse_networks

DEFAULT_DB_FILE = "kiwatch.sqlite"


__all__ = ["Settings", "SettingsError", "default_database_url", "load_settings", "mask_url"]


def default_database_url() -> str:
    """SQLite in the user's data directory (~/.local/share/kiwatch on Linux, honouring
    XDG_DATA_HOME): the same database whatever directory a command runs from."""
    from platformdirs import user_data_path

    return f"sqlite:///{user_data_path('kiwatch', appauthor=False) / DEFAULT_DB_FILE}"


@dataclass(frozen=True)
class Settings:
    # storage
    database_url: str = field(default_factory=default_database_url)  # any SQLAlchemy URL; env KIWATCH_DATABASE_URL
    # crawling: polite by default
    user_agent: str = "kiwatch/0.1 (+https://github.com/kiwatch/kiwatch)"  # identifies the crawler
    contact: str = ""  # e-mail or URL appended to the User-Agent so site owners can reach us
    obey_robots: bool = True
    download_timeout: float = 30.0  # seconds per request, ours (Scrapy's default is 180)
    download_delay: float = 1.0  # seconds between requests to one domain
    autothrottle: bool = True
    concurrent_per_domain: int = 1
    concurrent_requests: int = 16
    retry_times: int = 2  # retries of transient errors (5xx, timeouts, refused connections)
    retry_after_cap: float = 120.0  # longest Retry-After (429/503) we wait for, seconds
    unresponsive_after: int = 3  # a host's pages timing out this many in a row: the rest of the run skips it (0: never)
    max_depth: int = 2  # link depth from the start URLs
    max_pages_per_centre: int = 60  # stop following links of one centre after this many pages
    max_html_bytes: int = 10 * 1024 * 1024  # larger responses are aborted: too_large
    max_pdf_bytes: int = 50 * 1024 * 1024
    warn_bytes: int = 2 * 1024 * 1024
    extraction_workers: int = -1  # processes extracting pages: -1 one per core, 0 inside the crawl process
    verify_tls: bool = True
    conditional_requests: bool = True  # If-None-Match/If-Modified-Since; off if a server answers 304 for changed pages
    allow_private_hosts: bool = False  # crawl loopback addresses (tests, the demo); --allow-private-hosts
    private_networks: str = ""  # intranet networks that may be crawled, e.g. "10.20.0.0/16, 192.168.5.0/24" (never link-local)
    # change detection
    gone_confirmations: int = 2  # consecutive 404/410 runs before a page counts as removed
    failing_after_runs: int = 3  # consecutive failed runs before a centre is marked failing
    stale_after_days: int = 7  # no successful fetch of a centre for this long: "stale data" alarm
    diff_timeout: float = 1.0  # seconds diff-match-patch may spend on one page
    # presentation
    lang: str = "de"  # language of what users read: "de" or "en"
    timezone: str = "Europe/Berlin"
    # scheduling and delivery (used by the scheduler and digests)
    crawl_cron: str = "0 2 * * *"  # crawl schedule, cron syntax, local time
    crawl_timeout: float = 4 * 3600.0  # hard limit of one crawl child process, seconds
    crawl_jitter: float = 600.0  # random delay of each scheduled crawl start, up to this many seconds
    crawl_misfire_grace: float = 6 * 3600.0  # a crawl missed while the daemon was down runs this late at most
    crawl_sites: str = ""  # registry file for scheduled crawls ("" = the bundled 54 centres)
    crawl_command: str = ""  # command line of the crawl child ("" = this Python, -m kiwatch crawl)
    daily_digest_time: str = "07:00"
    weekly_digest_day: str = "mon"
    send_empty_digests: bool = False
    daily_digest_cron: str = ""  # cron expression overriding daily_digest_time
    weekly_digest_cron: str = ""  # cron expression overriding weekly_digest_day + daily_digest_time
    digest_misfire_grace: float = 12 * 3600.0  # a missed digest runs this late at most
    digest_retry_interval: float = 1800.0  # retry failed digests every … seconds (0 = off)
    scheduler_lease_ttl: float = 120.0  # a dead scheduler blocks another one this long
    smtp_host: str = "localhost"
    smtp_port: int = 25
    smtp_security: str = "starttls"  # starttls | tls | none
    smtp_user: str = ""
    smtp_password: str = field(default="", repr=False)
    smtp_timeout: float = 30.0
    smtp_ca_file: str = ""  # PEM file of the CA to trust for the SMTP server instead of the system's (intranet relays)
    mail_from: str = "kiwatch@localhost"
    web_url: str = ""  # public URL of the dashboard (`kiwatch serve`): digest and feed items link to it
    feed_url: str = ""  # public URL where the Atom feed file is served (its rel="self" link)
    dashboard_public: bool = False  # reading the dashboard needs no sign-in (writing always does)
    session_secure: bool = False  # mark session cookies Secure (automatic when web_url is https)

    @property
    def full_user_agent(self) -> str:
        return f"{self.user_agent} contact: {self.contact}" if self.contact else self.user_agent

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


def mask_url(url: str) -> str:
    """A DSN with its password replaced, safe to print."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL we can parse: show nothing of it that might be secret
        return url.rsplit("@", maxsplit=1)[-1]




# The everyday forms — a SQLite file, a PostgreSQL server without options — are plainly valid:
# they pass without SQLAlchemy's URL parser, whose import is a tenth of a second of every
# crawl's start-up (issue 11); any other form is checked by the parser.
_PLAIN_URL = re.compile(r"sqlite(\+pysqlite)?:///[^?#%\s]+"
                        r"|postgresql(\+psycopg)?://([\w.\-~]+(:[^@/?#\s]*)?@)?[\w.\-]+(:\d{1,5})?/[\w.\-]+")


def check_database_url(url: str) -> None:
    """Refuse a database URL kiwatch cannot use, with a one-line message saying what to write."""
    if _PLAIN_URL.fullmatch(url):
        return
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    shown = mask_url(url) if "://" in url else url
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise SettingsError(Msg("err_db_url_invalid", url=shown, examples=Msg("db_url_examples"))) from None
    backend = parsed.get_backend_name()
    if backend == "postgres":
        raise SettingsError(Msg("err_db_url_postgres", url=shown))
    if backend not in ("sqlite", "postgresql"):
        raise SettingsError(Msg("err_db_url_backend", url=shown, backend=backend, examples=Msg("db_url_examples")))
    if backend == "sqlite" and not parsed.database:
        raise SettingsError(Msg("err_db_url_no_file", url=shown, examples=Msg("db_url_examples")))


def _coerce(name: str, raw: Any, target: object, source: str) -> Any:
    """Convert a raw value from TOML or the environment to the type of the default."""
    try:
        if isinstance(target, bool):
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off"}:
                return False
            raise ValueError(Msg("err_expected_bool", value=raw))
        if isinstance(target, int):
            return int(raw)
        if isinstance(target, float):
            return float(raw)
        return str(raw)
    except ValueError as exc:
        raise SettingsError(Msg("err_setting_value", source=source, name=name, problem=localisable(exc))) from None


def unknown_setting(path: Path, key: str, known: dict[str, Any]) -> Msg:
    return Msg("err_setting_unknown", path=path, key=key, known=", ".join(sorted(known)))


def load_settings(path: str | os.PathLike[str] | None = None, env: dict[str, str] | None = None,
                  **overrides: Any) -> Settings:
    """Build settings from defaults, a TOML file (KIWATCH_SETTINGS), the environment and overrides."""
    env = dict(os.environ if env is None else env)
    defaults = Settings()
    values: dict[str, Any] = {}
    known = {f.name: getattr(defaults, f.name) for f in fields(Settings)}
    path = path or env.get("KIWATCH_SETTINGS")
    if path:
        p = Path(path)
        try:
            data = tomlread.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise SettingsError(Msg("err_settings_missing", path=p)) from None
        except tomlread.TOMLDecodeError as exc:
            raise SettingsError(Msg("err_not_toml", path=p, detail=exc)) from None
        for key, raw in data.items():
            if key not in known:
                raise SettingsError(unknown_setting(p, key, known))
            values[key] = _coerce(key, raw, known[key], str(p))
    for key, default in known.items():
        env_key = f"KIWATCH_{key.upper()}"
        if env_key in env and env[env_key] != "":
            values[key] = _coerce(key, env[env_key], default, f"environment {env_key}")
    for key, raw in overrides.items():
        if raw is not None:
            values[key] = raw
    settings = Settings(**values)
    if "database_url" in values:
        check_database_url(settings.database_url)
    if settings.lang not in {"de", "en"}:
        raise SettingsError(Msg("err_setting_choice", name="lang", choices="de, en", value=settings.lang))
    try:
        parse_networks(settings.private_networks)
    except ValueError as exc:
        raise SettingsError(Msg("err_setting_networks", problem=str(exc))) from None
    if settings.smtp_security not in {"starttls", "tls", "none"}:
        raise SettingsError(Msg("err_setting_choice", name="smtp_security", choices="starttls, tls, none",
                                value=settings.smtp_security))
    return settings
