"""Repository of named leases (table leases): a lock with an expiry, held by one process.

Works across processes and hosts on the same database; a holder that dies without releasing
it blocks others only until the lease expires (or at once, when it ran on this host and its
pid is gone).
"""

from __future__ import annotations

import os
import secrets
import socket
from datetime import timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kiwatch.core.errors import LeaseHeld
from kiwatch.core.vocab import LeaseName
from kiwatch.storage.db import transaction
from kiwatch.storage.delivery import Lease
from kiwatch.storage.models import utcnow


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _holder(row: Lease) -> str:
    return f"pid {row.pid} on {row.host}, since {row.acquired_at:%Y-%m-%d %H:%M:%S} UTC" if row.acquired_at else row.host


class LeaseManager:
    """Named leases held by this process (one random owner token per process)."""

    def __init__(self, factory: sessionmaker[Session], ttl: float):
        self.factory = factory
        self.ttl = timedelta(seconds=ttl)
        self.owner = secrets.token_hex(8)
        self.host = socket.gethostname()
        self.pid = os.getpid()

    def acquire(self, name: LeaseName) -> None:
        for attempt in range(2):
            try:
                with transaction(self.factory) as session:
                    now = utcnow()
                    row = session.get(Lease, name, with_for_update=True)
                    if row is None:
                        row = Lease(name=name)
                        session.add(row)
                    elif row.owner and row.owner != self.owner and row.expires_at and row.expires_at > now \
                            and not (row.host == self.host and not _pid_alive(row.pid)):
                        raise LeaseHeld(name, _holder(row))
                    row.owner, row.host, row.pid = self.owner, self.host, self.pid
                    row.acquired_at, row.expires_at = now, now + self.ttl
                return
            except IntegrityError:  # two processes inserted the row at once: look again
                if attempt:
                    raise

    def renew(self, name: LeaseName) -> bool:
        with transaction(self.factory) as session:
            row = session.get(Lease, name, with_for_update=True)
            if row is None or row.owner != self.owner:
                return False
            row.expires_at = utcnow() + self.ttl
            return True

    def release(self, name: LeaseName) -> None:
        with transaction(self.factory) as session:
            row = session.get(Lease, name, with_for_update=True)
            if row is not None and row.owner == self.owner:
                row.owner, row.expires_at = "", None
