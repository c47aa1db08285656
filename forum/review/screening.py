"""Run the confidentiality guard over what a member is about to publish.

The guard itself (forum.confidentiality) is pure text analysis; this module
decides what its findings mean in a given space: in a strict space any finding
holds the post, elsewhere a date on its own is only pointed out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from forum import markup
from forum.confidentiality.guard import scan
from forum.errors import DomainError
from forum.review.models import StoredFinding
from forum.spaces.models import Space
from forum.threads.models import Post

# Kinds that hold a post only in strict spaces: on their own they rarely identify anyone.
ADVISORY_KINDS = frozenset({"date"})


@dataclass(frozen=True)
class Screening:
    """The guard's findings for each field of one piece of writing."""

    texts: dict[str, str]
    findings: list[StoredFinding] = field(default_factory=list)
    strict: bool = False

    @property
    def blocking(self) -> list[StoredFinding]:
        """Findings that stop the post being published straight away."""
        if self.strict:
            return self.findings
        return [f for f in self.findings if f.kind not in ADVISORY_KINDS]

    @property
    def must_hold(self) -> bool:
        return bool(self.blocking)

    def in_field(self, name: str) -> list[StoredFinding]:
        return [f for f in self.findings if f.field == name]

    def shown(self) -> list[ShownField]:
        """Each field with findings, highlighted for the composer or the review queue."""
        return [
            ShownField(
                name,
                markup.highlight(text, [(f.start, f.end, f.reason) for f in self.in_field(name)]),
                [
                    (text[f.start : f.end], f.reason, f in self.blocking)
                    for f in self.in_field(name)
                ],
            )
            for name, text in self.texts.items()
            if self.in_field(name)
        ]


@dataclass(frozen=True)
class ShownField:
    name: str
    highlighted_html: str  # escaped text with <mark>s, from markup.highlight
    items: list[tuple[str, str, bool]]  # (the flagged words, the reason, holds the post)


def screen(space: Space | None, **texts: str) -> Screening:
    """Scan each named text (title=…, body=…) with the guard."""
    findings = [
        StoredFinding(name, f.kind, f.start, f.end, f.reason)
        for name, text in texts.items()
        if text
        for f in scan(text)
    ]
    return Screening(texts=dict(texts), findings=findings, strict=bool(space and space.is_strict))


def screen_post(post: Post) -> Screening:
    """The guard on a stored post as it reads now: its title too, if it opens a topic."""
    texts = {"body": post.body_source}
    if post.number == 1:
        texts = {"title": post.topic.title, **texts}
    return screen(post.topic.space, **texts)


class NeedsReview(DomainError):
    """The guard found something: edit it out, or say why it is safe and send it for review."""

    def __init__(self, screening: Screening) -> None:
        super().__init__(
            "body",
            "This may identify someone. Edit the highlighted parts, or say why it is safe "
            "to share and send it for review.",
        )
        self.screening = screening


def decide(screening: Screening, justification: str | None) -> bool:
    """Whether to hold the post; NeedsReview when the author must choose first."""
    if not screening.must_hold:
        return False
    if not (justification or "").strip():
        raise NeedsReview(screening)
    return True
