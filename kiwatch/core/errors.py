"""The error family: every failure a user sees is a KiwatchError carrying its exit code.

The command line prints ``kiwatch: Fehler: <message>`` and exits with ``exc.exit_code``; the
message names the file, entry, site or URL and says what to do. Errors that stay inside
kiwatch (a digest the SMTP server refused, a page that yields no record) are KiwatchErrors
too, so one ``except KiwatchError`` at the top catches everything that is not a bug.
"""

from __future__ import annotations

from kiwatch.core.vocab import ExitCode, ExtractionFailureReason


class KiwatchError(Exception):
    """Base of every expected failure; `exit_code` is what the command line exits with."""

    exit_code: ExitCode = ExitCode.ERROR


class UsageError(KiwatchError, ValueError):
    """Arguments that parse but cannot be used together or have a bad value."""


class SubscriptionError(UsageError):
    """A subscription request that cannot be accepted; the message says why."""


class RegistryError(KiwatchError, ValueError):
    """A registry file cannot be used; the message names the file, the entry and the problem."""


class SettingsError(KiwatchError, ValueError):
    """A settings file or environment variable holds a value kiwatch cannot use."""


class SchedulerError(SettingsError):
    """The scheduler cannot start (bad schedule, another scheduler holds the lease)."""


class StorageError(KiwatchError, RuntimeError):
    """The database cannot be used as it is; the message says what to do."""


class FetchError(KiwatchError, ValueError):
    """The URL could not be fetched; the message names it and the reason."""


class UrlPolicyError(KiwatchError, ValueError):
    """The URL may not be fetched; the message says why and what to do."""


class ExtractionError(KiwatchError):
    """A page that yields no record; `reason` is the stable token stored with the failure."""

    def __init__(self, reason: ExtractionFailureReason, detail: str):
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail


class LeaseHeld(SchedulerError):
    """Another process holds the named lease."""

    def __init__(self, name: str, holder: str):
        super().__init__(f"lease {name!r} is held by {holder}")
        self.name, self.holder = name, holder


class DeliveryError(KiwatchError):
    """Sending failed. `temporary` (server down, timeout, 4xx) means: retry later.
    `connection` means the server could not be reached at all (nothing else will get through)."""

    exit_code = ExitCode.PARTIAL

    def __init__(self, message: str, *, temporary: bool, connection: bool = False, code: int | None = None):
        super().__init__(message)
        self.temporary = temporary
        self.connection = connection
        self.code = code
