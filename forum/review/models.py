"""A post held for a moderator, and why."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.accounts.models import User
from forum.extensions import Base, UTCDateTime, enum_type, utcnow
from forum.threads.models import Post


class ReviewState(enum.StrEnum):
    open = "open"
    published = "published"
    rejected = "rejected"


class ReviewSource(enum.StrEnum):
    """What put the item in the queue."""

    guard = "guard"  # the author sent it for review past the guard's findings
    rescan = "rescan"  # the retroactive scan found something in published text
    watched_word = "watched_word"  # a word or pattern the admins watch for
    new_member = "new_member"  # one of a new member's first posts
    moved = "moved"  # the guard objected after a moderator moved it to a strict space


@dataclass(frozen=True)
class StoredFinding:
    """A guard finding as kept with the item: which field, what kind, where, why."""

    field: str
    kind: str
    start: int
    end: int
    reason: str


class ReviewItem(Base):
    """One post waiting for (or decided by) a moderator."""

    __tablename__ = "review_items"
    __table_args__ = (Index("ix_review_items_state_created", "state", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), index=True)
    source: Mapped[ReviewSource] = mapped_column(enum_type(ReviewSource))
    state: Mapped[ReviewState] = mapped_column(enum_type(ReviewState), default=ReviewState.open)
    findings_json: Mapped[str] = mapped_column(Text, default="[]")
    justification: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    kinds: Mapped[str] = mapped_column(String(200), default="")  # for filtering and badges

    post: Mapped[Post] = relationship()
    decided_by: Mapped[User | None] = relationship()

    @property
    def findings(self) -> list[StoredFinding]:
        return [StoredFinding(**f) for f in json.loads(self.findings_json)]

    def set_findings(self, findings: list[StoredFinding]) -> None:
        self.findings_json = json.dumps([f.__dict__ for f in findings])
        self.kinds = ",".join(sorted({f.kind for f in findings}))[:200]


class WatchedAction(enum.StrEnum):
    hold = "hold"  # the post waits for a moderator
    block = "block"  # the post is refused, with the message to the author

    @property
    def label(self) -> str:
        labels: dict[str, str] = {"hold": _("Hold for review"), "block": _("Block")}
        return labels[self.value]


class WatchedWord(Base):
    """A word or regular expression the admins watch for in everything members write."""

    __tablename__ = "watched_words"

    id: Mapped[int] = mapped_column(primary_key=True)
    pattern: Mapped[str] = mapped_column(String(200))
    is_regex: Mapped[bool] = mapped_column(default=False)
    action: Mapped[WatchedAction] = mapped_column(enum_type(WatchedAction))
    message: Mapped[str] = mapped_column(String(300), default="")  # shown when it blocks
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
