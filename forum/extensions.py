"""Extension singletons, the declarative base and the database hooks."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from flask import has_request_context, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import DateTime, Enum, MetaData, event
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Now, as an aware UTC datetime (pass the function, never its result, as a default)."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC and always hands back aware datetimes, even from SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use forum.extensions.utcnow()")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def enum_type(cls: type[enum.Enum], length: int = 30) -> Enum:
    """Store an enum as its values in a plain string column: portable and readable."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    """Every model's base; the naming convention keeps constraint names stable."""

    metadata = MetaData(naming_convention=NAMING)


db = SQLAlchemy(
    model_class=Base,
    session_options={"join_transaction_mode": "create_savepoint"},
)
migrate = Migrate(render_as_batch=True, compare_type=True)
login_manager = LoginManager()
csrf = CSRFProtect()
limiter = Limiter(key_func=get_remote_address)


@event.listens_for(Engine, "connect")
def _sqlite_on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    """Make SQLite safe for several writers: WAL, foreign keys, a busy timeout.

    pysqlite's own transaction handling is switched off (isolation_level None)
    so that SQLAlchemy's BEGIN below, and savepoints, behave as documented.
    """
    module = type(dbapi_connection).__module__
    if not module.startswith("sqlite3"):
        return
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


#: Methods whose requests only read: their SQLite transactions begin deferred.
READING_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

_immediate: ContextVar[bool] = ContextVar("immediate_write", default=False)


@contextmanager
def immediate_write() -> Iterator[None]:
    """Begin the transactions opened inside this block IMMEDIATE, even in a GET.

    For the one write a GET makes (the reader's position): end the read
    transaction first, then run the single statement in here and commit.
    """
    token = _immediate.set(True)
    try:
        yield
    finally:
        _immediate.reset(token)


def _begins_immediate() -> bool:
    """Writers take the write lock up front; reading requests do not."""
    if _immediate.get() or not has_request_context():
        return True  # CLI, jobs, tests' own sessions: keep the safe default
    return request.method not in READING_METHODS


@event.listens_for(Engine, "begin")
def _sqlite_on_begin(conn: Any) -> None:
    """Begin SQLite transactions IMMEDIATE where they may write, deferred where they read.

    A deferred transaction that reads and then writes can fail with
    "database is locked" without waiting; IMMEDIATE waits on busy_timeout instead.
    So every transaction begins IMMEDIATE except those of GET/HEAD/OPTIONS
    requests, which only read (their one write, the reading position, runs in
    its own transaction under `immediate_write()`). Deferred readers no longer
    queue on the write lock.
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE" if _begins_immediate() else "BEGIN")
