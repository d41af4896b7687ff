"""SQLAlchemy 2.0 typed ORM models. The schema is built by Alembic, never by create_all."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from kiwatch.core.vocab import (
    AttemptFailureReason,
    CentreRunStatus,
    CentreStatus,
    ChangeKind,
    ExtractionFailureReason,
    FetchFailureReason,
    FetchOutcome,
    PageState,
    ProfileVerdict,
    Resolution,
    RunStatus,
    Severity,
    failure_reason,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def vocab(enum_cls: type[Enum], name: str, length: int) -> SAEnum:
    """A closed set as a non-native enum: VARCHAR(length) holding the member values, with a
    CHECK constraint ck_<table>_<name>; Python sees the enum members."""
    return SAEnum(enum_cls, name=name, native_enum=False, create_constraint=True, length=length,
                  validate_strings=True, values_callable=lambda members: [m.value for m in members])


def severity_check(column: str) -> CheckConstraint:
    return CheckConstraint(f"{column} IN (1, 2, 3)", name=column)


class SeverityType(TypeDecorator[Severity]):
    """Severity stored as its number (1 low, 2 medium, 3 high), read back as the enum."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        return None if value is None else int(Severity(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Severity | None:
        return None if value is None else Severity(value)


ATTEMPT_REASONS = sorted({r.value for r in FetchFailureReason} | {r.value for r in ExtractionFailureReason})


class AttemptReasonType(TypeDecorator[AttemptFailureReason]):
    """The reason of a failed attempt: a fetch reason or an extraction reason (one column)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else failure_reason(str(value)).value

    def process_result_value(self, value: Any, dialect: Dialect) -> AttemptFailureReason | None:
        return None if value is None else failure_reason(value)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC timestamps on every backend (SQLite stores naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is not None:
            if value.tzinfo is None:
                raise ValueError("naive datetime given; kiwatch stores aware UTC timestamps")
            value = value.astimezone(UTC)
        return value  # type: ignore[no-any-return]  # a datetime: the column only binds datetimes

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value  # type: ignore[no-any-return]  # the driver returns a datetime for this column


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """The model's table, for Core statements of many rows (no ORM objects)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


class Centre(Base):
    """A monitored centre, mirrored from the registry on every crawl."""

    __tablename__ = "centres"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    municipality: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(50), default="")
    regierungsbezirk: Mapped[str] = mapped_column(String(50), default="")
    homepage: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[CentreStatus] = mapped_column(vocab(CentreStatus, "centre_status", 20), default=CentreStatus.NEW)
    consecutive_failed_runs: Mapped[int] = mapped_column(Integer, default=0)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_change_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    pages: Mapped[list[Page]] = relationship(back_populates="centre")


class Page(Base):
    """One URL of a centre, with its fetch state and current snapshot."""

    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("centre_id", "url"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centres.id"), index=True)
    url: Mapped[str] = mapped_column(Text)
    state: Mapped[PageState] = mapped_column(vocab(PageState, "page_state", 20), default=PageState.ACTIVE)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_fetched_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_ok_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_status: Mapped[int | None] = mapped_column(Integer, default=None)
    etag: Mapped[str | None] = mapped_column(Text, default=None)
    last_modified: Mapped[str | None] = mapped_column(Text, default=None)
    consecutive_gone: Mapped[int] = mapped_column(Integer, default=0)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    current_snapshot_id: Mapped[int | None] = mapped_column(
        ForeignKey("snapshots.id", use_alter=True), default=None
    )

    # hash of the last fetched body (with what else extraction depends on) whose facts the
    # current snapshot holds: the same bytes again need no extraction (crawlers/sink.py)
    body_key: Mapped[str | None] = mapped_column(String(64), default=None)
    # the in-scope links of the body `body_key` names (JSON, crawlers/scope.py PageLinks): the
    # same bytes again, or a 304, are followed without parsing the page; None: not extracted
    links: Mapped[str | None] = mapped_column(Text, default=None)
    # key of what the field rules read of the page (extract/reading.py) when the current
    # snapshot's record was made: a page that reads the same is not run through them again
    reading_key: Mapped[str | None] = mapped_column(String(64), default=None)

    centre: Mapped[Centre] = relationship(back_populates="pages")
    current_snapshot: Mapped[Snapshot | None] = relationship(foreign_keys=[current_snapshot_id])


class Body(Base):
    """A compressed response body, stored once per content hash."""

    __tablename__ = "bodies"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)  # zlib-compressed raw body
    size: Mapped[int] = mapped_column(Integer)  # uncompressed size in bytes


class Snapshot(Base):
    """A version of a page: written only when its content differs from the previous one, or a
    re-reading (`reread_of`) of a stored version's body by a newer extractor — what the page
    said then as today's rules read it, which is not a change of the page."""

    __tablename__ = "snapshots"
    __table_args__ = (Index("ix_snapshots_page_time", "page_id", "fetched_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id"), index=True)
    body_sha256: Mapped[str] = mapped_column(ForeignKey("bodies.sha256"))
    text_sha256: Mapped[str] = mapped_column(String(64))  # hash of the canonical main text
    content_type: Mapped[str] = mapped_column(String(100))
    # charset the body was served with (Content-Type header; "": none declared; None: stored
    # before it was kept): a re-reading decodes the body as the fetch that stored it did
    charset: Mapped[str | None] = mapped_column(String(40), default=None)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), default=None)
    record: Mapped[dict[str, Any]] = mapped_column(JSON)  # PageRecord as JSON
    # pipelines.fingerprint of the extractor that made `record` (None: made before it was kept)
    extractor: Mapped[str | None] = mapped_column(String(64), default=None)
    # the version whose body this one re-reads; its fetched_at is then when it was re-read
    reread_of: Mapped[int | None] = mapped_column(ForeignKey("snapshots.id"), default=None)


class Run(Base):
    """One crawl run with its summary, for monitoring."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    status: Mapped[RunStatus] = mapped_column(vocab(RunStatus, "run_status", 20), default=RunStatus.RUNNING)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class FetchAttempt(Base):
    """Every fetch attempt, successful or not."""

    __tablename__ = "fetch_attempts"
    __table_args__ = (CheckConstraint("reason IN ({}) OR reason IS NULL".format(
        ", ".join(f"'{r}'" for r in ATTEMPT_REASONS)), name="attempt_reason"),
                      Index("ix_fetch_attempts_centre_time", "centre_id", "fetched_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), index=True, default=None)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centres.id"), index=True)
    url: Mapped[str] = mapped_column(Text)
    outcome: Mapped[FetchOutcome] = mapped_column(vocab(FetchOutcome, "fetch_outcome", 20))
    status: Mapped[int | None] = mapped_column(Integer, default=None)
    reason: Mapped[AttemptFailureReason | None] = mapped_column(AttemptReasonType, default=None)
    detail: Mapped[str] = mapped_column(Text, default="")
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Profile(Base):
    """A version of a centre's merged profile (facts with provenance)."""

    __tablename__ = "profiles"
    __table_args__ = (Index("ix_profiles_centre_time", "centre_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centres.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), default=None)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class Change(Base):
    """A classified change event; the fingerprint makes a re-detected change a no-op."""

    __tablename__ = "changes"
    __table_args__ = (severity_check("severity"), Index("ix_changes_centre_time", "centre_id", "detected_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centres.id"), index=True)
    kind: Mapped[ChangeKind] = mapped_column(vocab(ChangeKind, "change_kind", 30), index=True)
    severity: Mapped[Severity] = mapped_column(SeverityType)
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    diff: Mapped[list[Any] | None] = mapped_column(JSON, default=None)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), default=None)
    snapshot_before_id: Mapped[int | None] = mapped_column(ForeignKey("snapshots.id"), default=None)
    snapshot_after_id: Mapped[int | None] = mapped_column(ForeignKey("snapshots.id"), default=None)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)

    centre: Mapped[Centre] = relationship()


class CentreRun(Base):
    """What one crawl run decided for one centre: its status, the profile verdict, the tallies.

    The hold-back rules read a centre's recent statuses from here (never from the run's JSON)."""

    __tablename__ = "centre_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centres.id"), index=True)
    status: Mapped[CentreRunStatus] = mapped_column(vocab(CentreRunStatus, "centre_run_status", 20))
    profile_verdict: Mapped[ProfileVerdict | None] = mapped_column(vocab(ProfileVerdict, "profile_verdict", 20),
                                                                   default=None)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    changes: Mapped[int] = mapped_column(Integer, default=0)


class CollapseResolution(Base):
    """A person's decision on a centre's held-back collapse (`kiwatch confirm` / `keep`).

    It resolves the centre's held-back runs up to `up_to_run_id`; a `keep` also names the
    collapsed profile it called a false alarm, so that the same collapse seen again stays
    quiet (a new one is held back and reported again)."""

    __tablename__ = "collapse_resolutions"

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centres.id"), index=True)
    action: Mapped[Resolution] = mapped_column(vocab(Resolution, "resolution", 20))
    profile_sha256: Mapped[str] = mapped_column(String(64))  # the collapsed profile decided on
    up_to_run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), default=None)
    changes: Mapped[int] = mapped_column(Integer, default=0)  # change events recorded by a confirm
    reviewer: Mapped[str] = mapped_column(String(320))
    note: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ExtractionFailure(Base):
    """The last body of a URL whose extraction failed for a reason the bytes decide (an empty
    page, a soft error page, too much text, neither HTML nor PDF), under its body key: the same
    bytes again fail the same way without being extracted (crawlers/sink.py). One row per URL."""

    __tablename__ = "extraction_failures"
    __table_args__ = (UniqueConstraint("centre_id", "url"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centres.id"), index=True)
    url: Mapped[str] = mapped_column(Text)
    body_key: Mapped[str] = mapped_column(String(64))  # pipelines/worker.py body_key of the failing bytes
    reason: Mapped[ExtractionFailureReason] = mapped_column(vocab(ExtractionFailureReason, "extraction_failure_reason", 20))
    detail: Mapped[str] = mapped_column(Text, default="")
