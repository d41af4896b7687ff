"""Helpers for the delivery tests: a real SMTP server (aiosmtpd) on 127.0.0.1 and Change rows."""

from __future__ import annotations

import email
import email.policy
import hashlib
import socket
import threading
from datetime import datetime, timedelta, timezone

from aiosmtpd.controller import Controller

from kiwatch.records import SEVERITY_OF_KIND, ChangeKind
from kiwatch.settings import Settings
from kiwatch.storage.models import Centre, Change


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Handler:
    """Collects accepted messages; `refuse` maps recipient → SMTP reply for RCPT TO."""

    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.refuse: dict[str, str] = {}
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append(msg)
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 Message accepted"

    def to(self, address: str) -> list:
        return [m for m, (_, rcpts) in zip(self.messages, self.envelopes) if address in rcpts]


class SmtpServer:
    """aiosmtpd on a fixed free port, so it can be stopped ("down") and started again."""

    def __init__(self):
        self.port = free_port()
        self.handler = Handler()
        self.controller: Controller | None = None

    def start(self) -> "SmtpServer":
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def settings(self, db_url: str, **extra) -> Settings:
        return Settings(database_url=db_url, smtp_host="127.0.0.1", smtp_port=self.port, smtp_security="none",
                        smtp_timeout=5.0, mail_from="kiwatch@example.org", **extra)

    def env(self) -> dict[str, str]:
        return {"KIWATCH_SMTP_HOST": "127.0.0.1", "KIWATCH_SMTP_PORT": str(self.port),
                "KIWATCH_SMTP_SECURITY": "none", "KIWATCH_SMTP_TIMEOUT": "5", "KIWATCH_MAIL_FROM": "kiwatch@example.org"}


def centre(session, slug: str, municipality: str, regierungsbezirk: str = "Düsseldorf") -> Centre:
    row = Centre(slug=slug, name=f"Kommunales Integrationszentrum {municipality}", municipality=municipality,
                 regierungsbezirk=regierungsbezirk)
    session.add(row)
    session.flush()
    return row


def change(session, centre_row: Centre, kind: ChangeKind | str, old: str = "", new: str = "", *,
           url: str = "https://www.example.org/ki", diff=None, evidence: str = "",
           detected_at: datetime | None = None) -> Change:
    kind = ChangeKind(kind)
    detected_at = detected_at or datetime(2023, 6, 1, 8, 30, tzinfo=timezone.utc)
    fp = hashlib.sha256(f"{centre_row.slug}|{kind}|{old}|{new}|{url}|{detected_at}".encode()).hexdigest()
    row = Change(centre_id=centre_row.id, kind=kind.value, severity=int(SEVERITY_OF_KIND[kind]), old=old, new=new,
                 url=url, evidence=evidence, diff=diff, detected_at=detected_at, fingerprint=fp)
    session.add(row)
    session.flush()
    return row


def body_parts(msg) -> tuple[str, str]:
    text = msg.get_body(preferencelist=("plain",)).get_content()
    html = msg.get_body(preferencelist=("html",)).get_content()
    return text, html


def later(minutes: int = 1) -> datetime:
    return datetime.now(timezone.utc) + timedelta(minutes=minutes)
