"""Reading the audit log: one filtered query per page, one more to name the targets.

Newest first with keyset pagination on the id, so an old page costs what the
first one does and a row written meanwhile never shifts what "Older entries" shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from flask import url_for
from flask_babel import gettext as _
from sqlalchemy import Select, literal, select, union_all
from sqlalchemy.orm import contains_eager

from forum import policy
from forum.accounts.models import User
from forum.extensions import db
from forum.threads.models import Post, Topic
from forum.urlvalues import MAX_INT
from moderation.audit.labels import ACTION_LABELS, TARGET_ALIASES, action_label, target_noun
from moderation.links import routed_path
from moderation.models import AuditEntry

PER_PAGE = 50
EXPORT_BATCH = 500

_TARGET = re.compile(r"^\s*(?:([a-z_]+)\s*)?(?:#?\s*(\d{1,18}))?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class AuditFilter:
    """What the moderator asked for; empty fields match everything."""

    who: str = ""
    action: str = ""
    target_type: str | None = None
    target_id: int | None = None
    since: date | None = None
    until: date | None = None  # inclusive: the whole of that day (UTC)

    def apply(self, statement: Select[Any]) -> Select[Any]:
        if self.who:
            statement = statement.where(User.display_name.icontains(self.who, autoescape=True))
        if self.action:
            statement = statement.where(AuditEntry.action.in_(same_meaning(self.action)))
        if self.target_type:
            statement = statement.where(AuditEntry.target_type == self.target_type)
        if self.target_id is not None:
            statement = statement.where(AuditEntry.target_id == self.target_id)
        if self.since:
            statement = statement.where(AuditEntry.created_at >= _midnight(self.since))
        if self.until:
            statement = statement.where(
                AuditEntry.created_at < _midnight(self.until + timedelta(days=1))
            )
        return statement

    def as_args(self) -> dict[str, str]:
        """The query string that asks for this filter again (for links and the export)."""
        ident = str(self.target_id) if self.target_id is not None else ""
        target = " ".join(part for part in (self.target_type or "", ident) if part)
        args = {
            "who": self.who,
            "action": self.action,
            "target": target,
            "date_from": self.since.isoformat() if self.since else "",
            "date_to": self.until.isoformat() if self.until else "",
        }
        return {k: v for k, v in args.items() if v}


def parse_target(text: str) -> tuple[str | None, int | None]:
    """ "post 12", "member #5", "12" or "topic" -> (type, id); ValueError if unreadable."""
    found = _TARGET.match(text or "")
    if not found or not (found.group(1) or found.group(2)):
        raise ValueError(text)
    kind = found.group(1).lower() if found.group(1) else None
    if kind:
        kind = TARGET_ALIASES.get(kind, kind)
    number = int(found.group(2)) if found.group(2) else None
    if number is not None and number > MAX_INT:  # no id is that large
        raise ValueError(text)
    return kind, number


def same_meaning(code: str) -> list[str]:
    """Every action code that reads the same as this one (e.g. ".add" and ".create")."""
    label = ACTION_LABELS.get(code)
    if label is None:
        return [code]
    return [c for c, other in ACTION_LABELS.items() if other == label]


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


@dataclass(frozen=True)
class Target:
    label: str
    url: str | None


@dataclass(frozen=True)
class AuditRow:
    entry: AuditEntry
    action: str
    target: Target


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    older: int | None  # the `before` cursor of the next (older) page, if there is one


def _entries(audit_filter: AuditFilter) -> Select[tuple[AuditEntry]]:
    return audit_filter.apply(
        select(AuditEntry)
        .join(AuditEntry.actor)
        .options(contains_eager(AuditEntry.actor))
        .order_by(AuditEntry.id.desc())
    )


def audit_page(
    reader: User, audit_filter: AuditFilter, before: int | None = None, per_page: int = PER_PAGE
) -> AuditPage:
    """One page of entries, newest first: two queries however long the log is."""
    policy.require(policy.can_read_audit_log(reader))
    statement = _entries(audit_filter)
    if before is not None:
        statement = statement.where(AuditEntry.id < before)
    entries = list(db.session.scalars(statement.limit(per_page + 1)))
    older = entries[per_page - 1].id if len(entries) > per_page else None
    return AuditPage(_rows(entries[:per_page]), older)


def export_rows(reader: User, audit_filter: AuditFilter) -> Iterator[AuditRow]:
    """Every matching entry, newest first, fetched in batches so memory stays flat."""
    policy.require(policy.can_read_audit_log(reader))  # now, not when the export is read
    return _batches(audit_filter)


def _batches(audit_filter: AuditFilter) -> Iterator[AuditRow]:
    before: int | None = None
    while True:
        statement = _entries(audit_filter)
        if before is not None:
            statement = statement.where(AuditEntry.id < before)
        entries = list(db.session.scalars(statement.limit(EXPORT_BATCH)))
        if not entries:
            return
        yield from _rows(entries)
        before = entries[-1].id


def _rows(entries: list[AuditEntry]) -> list[AuditRow]:
    names = _target_names(entries)
    return [
        AuditRow(
            entry,
            action_label(entry.action),
            _target(entry.target_type, entry.target_id, names),
        )
        for entry in entries
    ]


def _target_names(entries: list[AuditEntry]) -> dict[tuple[str, int], str]:
    """What each post, topic and member is called now: one query for the whole page."""
    wanted: dict[str, set[int]] = {"post": set(), "topic": set(), "user": set()}
    for entry in entries:
        if entry.target_type in wanted:
            wanted[entry.target_type].add(entry.target_id)
    parts = []
    if wanted["post"]:
        parts.append(
            select(literal("post"), Post.id, Topic.title)
            .join(Post.topic)
            .where(Post.id.in_(wanted["post"]))
        )
    if wanted["topic"]:
        parts.append(
            select(literal("topic"), Topic.id, Topic.title).where(Topic.id.in_(wanted["topic"]))
        )
    if wanted["user"]:
        parts.append(
            select(literal("user"), User.id, User.display_name).where(User.id.in_(wanted["user"]))
        )
    if not parts:
        return {}
    statement = parts[0] if len(parts) == 1 else union_all(*parts)
    return {(kind, ident): name for kind, ident, name in db.session.execute(statement)}


def _target(kind: str, ident: int, names: dict[tuple[str, int], str]) -> Target:
    """A readable name, and a link where the site has a page for the thing."""
    name = names.get((kind, ident))
    noun = target_noun(kind)
    if kind == "post":
        label = (
            _("Post %(id)s in “%(title)s”", id=ident, title=name)
            if name
            else _("Post %(id)s", id=ident)
        )
        return Target(label, url_for("threads.permalink", post_id=ident) if name else None)
    if kind == "topic":
        label = _("Topic “%(title)s”", title=name) if name else _("Topic %(id)s", id=ident)
        return Target(label, url_for("threads.topic", topic_id=ident) if name else None)
    if kind == "user":
        label = (
            _("%(name)s · member %(id)s", name=name, id=ident)
            if name
            else _("Member %(id)s", id=ident)
        )
        return Target(label, routed_path(f"/moderation/members/{ident}") if name else None)
    if kind in {"report", "report_case"}:
        return Target(_("Report %(id)s", id=ident), routed_path(f"/moderation/reports/{ident}"))
    if kind == "watched_word":
        return Target(f"{noun} {ident}", routed_path("/moderation/watched-words"))
    if kind in {"setting", "settings"}:
        return Target(noun, routed_path("/moderation/settings"))
    return Target(f"{noun} {ident}", None)
