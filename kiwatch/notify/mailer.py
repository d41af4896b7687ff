"""SMTP delivery with injected settings.

`Mailer(settings)` is built once by the caller and handed to whoever sends; nothing here reads
the environment, so a test points it at a local aiosmtpd server through Settings alone.
STARTTLS and implicit TLS always verify the server's certificate (against the system's CAs, or
the PEM file in `smtp_ca_file` for an intranet relay with its own CA). The password is used for
LOGIN only and never appears in a log line, exception message or repr.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage

from kiwatch.core.errors import DeliveryError
from kiwatch.i18n import Msg
from kiwatch.settings import Settings

log = logging.getLogger(__name__)


__all__ = ["DeliveryError", "Mailer"]


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(str(text).split())}"[:300]


class Mailer:
    """Sends e-mails through one SMTP connection, opened on first use, closed on exit."""

    def __init__(self, settings: Settings):
        self.host = settings.smtp_host
        self.port = settings.smtp_port
        self.security = settings.smtp_security
        self.user = settings.smtp_user
        self._password = settings.smtp_password
        self.timeout = settings.smtp_timeout
        self.mail_from = settings.mail_from
        self.ca_file = settings.smtp_ca_file or None
        self._smtp: smtplib.SMTP | None = None

    def __repr__(self) -> str:  # never show the password
        return f"Mailer({self.host}:{self.port}, {self.security}, user={self.user or '-'})"

    @property
    def where(self) -> Msg:
        return Msg("smtp_where", host=self.host, port=self.port)

    def __enter__(self) -> Mailer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                try:
                    self._smtp.close()
                except OSError:
                    pass
            self._smtp = None

    def _connect(self) -> smtplib.SMTP:
        try:
            # verifying always; a private CA (intranet relay) replaces the system's trust store
            context = ssl.create_default_context(cafile=self.ca_file)
            if self.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
            else:
                smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            smtp.ehlo()
            if self.security == "starttls":
                if not smtp.has_extn("starttls"):
                    smtp.close()
                    raise DeliveryError(Msg("smtp_no_starttls", where=self.where), temporary=False, connection=True)
                smtp.starttls(context=context)
                smtp.ehlo()
            if self.user:
                if not smtp.has_extn("auth"):
                    # a user is set but the server offers no login on this connection (many
                    # servers offer AUTH only after STARTTLS): say so, not "no STARTTLS"
                    smtp.close()
                    raise DeliveryError(Msg("smtp_no_auth", where=self.where), temporary=False, connection=True)
                smtp.login(self.user, self._password)
            return smtp
        except DeliveryError:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(Msg("smtp_login_refused", where=self.where, user=self.user,
                                    reply=_reply(exc.smtp_code, exc.smtp_error)),
                                temporary=False, connection=True, code=exc.smtp_code) from None
        except smtplib.SMTPNotSupportedError as exc:
            raise DeliveryError(Msg("smtp_reply", where=self.where, reply=str(exc)), temporary=False, connection=True) from None
        except smtplib.SMTPResponseException as exc:
            raise DeliveryError(Msg("smtp_reply", where=self.where, reply=_reply(exc.smtp_code, exc.smtp_error)),
                                temporary=400 <= exc.smtp_code < 500, connection=True, code=exc.smtp_code) from None
        except ssl.SSLError as exc:
            raise DeliveryError(Msg("smtp_tls_failed", where=self.where, reason=str(exc.reason or exc)),
                                temporary=True, connection=True) from None
        except TimeoutError:
            raise DeliveryError(Msg("smtp_timeout", where=self.where, seconds=f"{self.timeout:g}"),
                                temporary=True, connection=True) from None
        except (OSError, smtplib.SMTPException) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
            raise DeliveryError(Msg("smtp_unreachable", where=self.where, reason=reason), temporary=True, connection=True) from None

    def send(self, msg: EmailMessage, to: str) -> None:
        """Send one message to one recipient, or raise DeliveryError saying what happened."""
        if self._smtp is None:
            self._smtp = self._connect()
        try:
            refused = self._smtp.send_message(msg, from_addr=self.mail_from, to_addrs=[to])
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            self._reset()
            raise DeliveryError(Msg("smtp_refused", where=self.where, to=to, reply=_reply(code, text)),
                                temporary=400 <= code < 500, code=code) from None
        except smtplib.SMTPResponseException as exc:
            self._reset()
            raise DeliveryError(Msg("smtp_reply", where=self.where, reply=_reply(exc.smtp_code, exc.smtp_error)),
                                temporary=400 <= exc.smtp_code < 500, code=exc.smtp_code) from None
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self._smtp = None
            reason = str(exc) or type(exc).__name__
            raise DeliveryError(Msg("smtp_lost", where=self.where, reason=reason), temporary=True, connection=True) from None
        except smtplib.SMTPException as exc:
            self._reset()
            raise DeliveryError(Msg("smtp_reply", where=self.where, reply=str(exc)), temporary=True) from None
        if refused:  # partial refusal: with one recipient per message this is that recipient
            code, text = refused.get(to, next(iter(refused.values())))
            raise DeliveryError(Msg("smtp_refused", where=self.where, to=to, reply=_reply(code, text)),
                                temporary=400 <= code < 500, code=code)
        log.info("sent %s to %s", msg["Message-ID"], to)

    def _reset(self) -> None:
        """After a refused transaction: RSET so the connection can carry the next message."""
        try:
            if self._smtp is not None:
                self._smtp.rset()
        except (smtplib.SMTPException, OSError):
            self.close()
