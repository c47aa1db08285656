"""A post held for a moderator, and why."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import datetime

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
