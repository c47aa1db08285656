"""No hostile input answers 500: every route, as every role, in every value it reads.

What is swept comes from the app, so a route, form field or query key added later
is swept the day it lands: the rules from the URL map, the form fields from the
forms each view builds when posted to, the query keys from what the views read of
`request.args`. Each request runs in a savepoint rolled back after it, so every
one meets the same small world, and one crash cannot spoil the requests after it.

Values are chosen by where they land: numbers where a number may be parsed,
bytes that are not UTF-8 once per request (they spoil the whole query string or
body, whichever key carries them). Form fields and whole bodies go to the routes
where the role's request body is read at all; elsewhere the gate or a policy
check answers before any parsing, the same for every body.
"""

from __future__ import annotations

import io
import json
import re
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_from_bytes, urlsplit

import pytest
from argon2 import PasswordHasher
from flask import Flask, got_request_exception, request
from flask_wtf import FlaskForm
from sqlalchemy import select
from werkzeug.routing import IntegerConverter, Rule

from forum.accounts import passwords, tokens
from forum.accounts.models import AccountStatus
from forum.extensions import db
from forum.review.models import WatchedAction
from forum.review.services import hold_post
from forum.threads.models import Post
from forum.urlvalues import QueryArgs
from moderation.members import services as sanctions
from moderation.models import ReportReason
from moderation.reports import services as reports
from moderation.watched_words import services as watched_words
from tests.factories import PASSWORD, make_admin, make_moderator, make_topic, make_user, sign_in

ROOT = Path(__file__).resolve().parents[2]
ROLES = ("anonymous", "applicant", "member", "moderator")
UNKNOWN = "unexpected"  # a key no view reads, sent to every route as query and form field
ERROR_SUMMARY = "There is a problem"  # templates/_macros/forms.html


@dataclass(frozen=True)
class Hostile:
    """A value as an attacker puts it on the wire: raw bytes, escaped or not."""

    label: str
    raw: bytes
    escaped: bool = True
    second: bytes | None = None  # the key sent again with this value
    as_file: bool = False  # a file upload where text is expected

    def pair(self, key: str) -> bytes:
        """`key=value` for a query string or a urlencoded body."""
        name = quote(key).encode()
        value = quote_from_bytes(self.raw, safe="").encode() if self.escaped else self.raw
        if self.second is None:
            return name + b"=" + value
        return name + b"=" + value + b"&" + name + b"=" + quote_from_bytes(self.second).encode()


LONG = Hostile("100,000 characters", b"x" * 100_000)
EMPTY = Hostile("empty", b"")
NUL = Hostile("NUL", b"a\x00b")
CONTROL = Hostile("control characters", b"\x01\x07\x08\x0b\x0c\x1b[2J\x7f\r\n\t")
BAD_UTF8 = Hostile("invalid UTF-8", b"\xff\xfe\xc3(")
SURROGATE = Hostile("lone surrogate", "\ud800".encode("utf-8", "surrogatepass"))
TWICE = Hostile("the key twice", b"1", second=b"2")
TEXTUAL = [
    LONG,
    EMPTY,
    NUL,
    CONTROL,
    BAD_UTF8,
    SURROGATE,
    Hostile("unicode specials", "\u202e\ufeff\u200b\U0001d518ñ \U0001f4a5".encode()),
    TWICE,
]
NOT_A_NUMBER = Hostile("not a number", b"1.5e309")
ZERO = Hostile("zero", b"0")
NEGATIVE = Hostile("negative", b"-1")
LARGEST_ID = Hostile("largest 32-bit integer", b"2147483647")
PAST_32_BITS = Hostile("past 32 bits", b"2147483648")
MANY_DIGITS = Hostile("5,000 digits", b"9" * 5000)  # past int()'s 4,300-digit limit
NUMERIC = [
    NEGATIVE,
    ZERO,
    LARGEST_ID,
    PAST_32_BITS,
    Hostile("past 64 bits", b"9223372036854775808"),
    Hostile("huge negative", b"-99999999999999999999"),
    MANY_DIGITS,
    NOT_A_NUMBER,
]
FILE = Hostile("a file upload", b"a file where text belongs", as_file=True)
# Not UTF-8 and not escaped: werkzeug decodes the whole query string at once.
RAW = [
    Hostile("invalid UTF-8, unescaped", b"\xff\xfe\xc3(", escaped=False),
    Hostile("lone surrogate, unescaped", b"\xed\xa0\x80", escaped=False),
]
PATH_TEXT = [
    *TEXTUAL[:-1],  # a path has no second value
    Hostile("overlong NUL", b"\xc0\x80"),
    Hostile("dot segment", b".."),
]
PATH_INT = [ZERO, NEGATIVE, LARGEST_ID, PAST_32_BITS, MANY_DIGITS]
QUERY_READ = [*TEXTUAL, *NUMERIC]
QUERY_UNKNOWN = [LONG, *RAW]  # what every route's redirects and links carry along
TEXT_FIELDS = {"StringField", "TextAreaField", "EmailField", "PasswordField", "SearchField"}
BUTTONS = {"SubmitField", "BooleanField"}
FIELD_TEXT = [*TEXTUAL, FILE]
FIELD_BUTTON = [EMPTY, LONG, BAD_UTF8, TWICE, FILE]  # pressed or not: any value but empty
FIELD_OTHER = [*TEXTUAL, *NUMERIC, FILE]
FIELD_UNKNOWN = [LONG, FILE]  # a body past the limits of any field; a file where none is


def urlencoded(values: dict[str, str]) -> bytes:
    return "&".join(f"{quote(k)}={quote(v)}" for k, v in values.items()).encode()


@dataclass(frozen=True)
class Shape:
    """A whole request body, built from the form a route expects."""

    label: str
    content_type: str | None
    body: Callable[[dict[str, str]], bytes]


def with_raw(tail: bytes) -> Callable[[dict[str, str]], bytes]:
    """The form, and one more value in bytes a browser would have escaped."""
    return lambda good: urlencoded(good) + b"&x=" + tail


def as_json(tail: str) -> Callable[[dict[str, str]], bytes]:
    """The form as a JSON object, `tail` added to every value."""
    return lambda good: json.dumps({k: v + tail for k, v in good.items()}).encode()


JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
SHAPES = [
    Shape("form data", FORM, urlencoded),
    Shape("form data, raw invalid UTF-8", FORM, with_raw(b"\xff\xfe")),
    Shape("form data, raw lone surrogate", FORM, with_raw(b"\xed\xa0\x80")),
    Shape("JSON object", JSON, as_json("")),
    Shape("JSON, a lone surrogate in every field", JSON, as_json("\ud800")),
    Shape("JSON, NUL in every field", JSON, as_json("\x00")),
    Shape("JSON list", JSON, lambda good: json.dumps(list(good)).encode()),
    Shape("JSON number", JSON, lambda good: b"42"),
    Shape("JSON nested 100,000 deep", JSON, lambda good: b"[" * 100_000 + b"]" * 100_000),
    Shape("bad JSON", JSON, lambda good: b"{bad json"),
    Shape("text/plain", "text/plain", urlencoded),
    Shape("broken multipart", "multipart/form-data; boundary=x", lambda good: b"--x\r\nbroken"),
    Shape("a body past MAX_CONTENT_LENGTH", FORM, lambda good: b"x=" + b"x" * (2 * 1024 * 1024)),
]
EVERY_VALUE = {
    h.label
    for h in [*QUERY_READ, *QUERY_UNKNOWN, *PATH_TEXT, *PATH_INT, *FIELD_OTHER, *FIELD_UNKNOWN]
} | {s.label for s in SHAPES}

# A value each known field accepts, so that the hostile one is all that is wrong;
# a field not named here gets plain words, which most fields accept too.
GOOD = {
    "password": PASSWORD,
    "confirm": PASSWORD,
    "display_name": "Robin Sweep",
    "organisation": "Northshire Council",
    "job_title": "Social worker",
    "region": "North West",
    "country": "England",
    "registration_number": "SW123456",
    "reason": "I want to learn from other practitioners.",
    "invite_code": "FRIEND42",
    "title": "Supervision that helps",
    "body": "What makes supervision useful for you?",
    "answer": "I work in a fostering team.",
    "justification": "Nothing in it identifies anyone.",
    "note": "I tidied the wording.",
}


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str
    choices: tuple[str, ...] = ()

    @property
    def typed(self) -> bool:
        """Text a member types, which a refused form must show again (never a password)."""
        return self.type in TEXT_FIELDS - {"PasswordField"}

    def values(self) -> list[Hostile]:
        if self.name == UNKNOWN:
            return FIELD_UNKNOWN
        if self.type in BUTTONS:
            return FIELD_BUTTON
        if self.type in TEXT_FIELDS:
            return FIELD_TEXT
        return FIELD_OTHER


@dataclass
class World:
    values: dict[str, Any]
    by_endpoint: dict[str, dict[str, Any]]  # by endpoint or by blueprint: ids of other kinds
    cookies: dict[str, str | None]
    email: str

    def arguments(self, rule: Rule) -> dict[str, str]:
        blueprint = rule.endpoint.rpartition(".")[0]
        values = {
            **self.values,
            **self.by_endpoint.get(blueprint, {}),
            **self.by_endpoint.get(rule.endpoint, {}),
        }
        missing = rule.arguments - set(values)
        assert not missing, f"give {rule.rule} a plausible value for {missing}"
        return {k: str(values[k]) for k in rule.arguments}


def session_cookie(app: Flask, user: Any) -> str:
    client = app.test_client()
    sign_in(client, user)
    cookie = client.get_cookie("session")
    assert cookie is not None
    return cookie.value


@pytest.fixture
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 at the lowest cost: at full cost the sweep would spend its time hashing.

    The same library and the same calls, so a value argon2 cannot take still fails.
    """
    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(passwords, "_hasher", hasher)
    monkeypatch.setattr(passwords, "_DUMMY_HASH", hasher.hash("not-a-real-password"))


@pytest.fixture
def world(app: Flask, cheap_hashing: None) -> World:
    """A topic, an anonymous post, a held post, a report, a warning, live tokens, and more."""
    moderator = make_moderator()
    admin = make_admin()
    member = make_user(password_hash=passwords.hash_password(PASSWORD))
    reporter = make_user()
    applicant = make_user(status=AccountStatus.pending)
    candidate = make_user(status=AccountStatus.pending)
    unverified = make_user(status=AccountStatus.unverified, email_verified_at=None)
    topic = make_topic(member, "welcome", replies=2, is_anonymous=True)
    opening = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 1))
    opening.is_anonymous = True
    reply = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    held = make_topic(member, "welcome", replies=1)
    item = hold_post(
        db.session.scalar(select(Post).where(Post.topic_id == held.id, Post.number == 1)), []
    )
    db.session.flush()
    verify = tokens.make_token(tokens.Purpose.verify_email, unverified)
    reset = tokens.make_token(tokens.Purpose.reset_password, member)
    report = reports.send_report(reporter, reply, ReportReason.spam, "Selling something.")
    warning = sanctions.warn_member(moderator, member, "Please keep to the guidelines.")
    word = watched_words.add_watched_word(admin, "sweepword", False, WatchedAction.hold, "")
    values = {
        "slug": "welcome",
        "topic_id": topic.id,
        "post_id": opening.id,
        "user_id": candidate.id,
        "item_id": item.id,
        "change": "lock",
        "place": f"reply:{topic.id}",  # a composer's draft
        "token": verify,
        "word_id": word.id,
    }
    by_endpoint = {
        "accounts.reset_password": {"token": reset},
        "moderation_members": {"user_id": member.id},
        "moderation_reports": {"item_id": report.case_id},
        "member_warnings": {"item_id": warning.id},
    }
    cookies = {
        "anonymous": None,
        "applicant": session_cookie(app, applicant),
        "member": session_cookie(app, member),
        "moderator": session_cookie(app, moderator),
    }
    email = member.email
    # Into the test's outer transaction, so that each request's savepoint starts clean.
    db.session.commit()
    db.session.remove()
    return World(values, by_endpoint, cookies, email)


@contextmanager
def rolled_back() -> Iterator[None]:
    """Whatever the request writes is undone, even when it crashed half way."""
    db.session.remove()  # the request's session must start inside the savepoint
    savepoint = db.engine.begin_nested()  # db.engine is the test's connection (conftest)
    try:
        yield
    finally:
        db.session.remove()
        savepoint.rollback()


def swept_rules(app: Flask) -> list[Rule]:
    return sorted(
        (r for r in app.url_map.iter_rules() if r.endpoint != "static"),
        key=lambda r: (r.rule, r.endpoint),
    )


def methods(rule: Rule) -> list[str]:
    return sorted((rule.methods or set()) - {"HEAD", "OPTIONS"})


ARGUMENT = re.compile(r"<(?:[^<>]*:)?(\w+)>")


def path(rule: Rule, arguments: dict[str, str], hostile: tuple[str, Hostile] | None = None) -> str:
    """The rule's path with real values, one of them replaced by a hostile segment."""

    def segment(match: re.Match[str]) -> str:
        name = match.group(1)
        if hostile is not None and hostile[0] == name:
            return quote_from_bytes(hostile[1].raw, safe="")
        return quote(arguments[name], safe="")

    return ARGUMENT.sub(segment, rule.rule)


def path_values(rule: Rule, name: str) -> list[Hostile]:
    """An `<int:...>` segment matches digits only: other values end at the router."""
    return PATH_INT if isinstance(rule._converters[name], IntegerConverter) else PATH_TEXT


@dataclass
class Found:
    """What the app showed one role it reads: form fields and query keys, by endpoint."""

    fields: dict[str, dict[str, FieldSpec]] = field(default_factory=lambda: defaultdict(dict))
    query: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # Where the request body is read at all: elsewhere the gate or a policy check
    # answers first, and every body gets the same redirect or 404.
    bodies: set[str] = field(default_factory=set)

    def good(self, endpoint: str, email: str) -> dict[str, str]:
        """A filled-in form that passes, or nearly: only submit buttons are left out."""
        good = {}
        for spec in self.fields.get(endpoint, {}).values():
            if spec.type == "SubmitField":
                continue
            if spec.choices:
                good[spec.name] = spec.choices[0]
            elif spec.type == "BooleanField":
                good[spec.name] = "y"
            elif spec.type == "DateField":
                good[spec.name] = "2099-01-01"
            elif spec.type in {"IntegerField", "DecimalField", "FloatField"}:
                good[spec.name] = "1"
            elif spec.type == "EmailField" or spec.name == "email":
                good[spec.name] = email
            else:
                plain = spec.name.rpartition("-")[2]  # a prefixed form: "warn-reason"
                good[spec.name] = GOOD.get(plain, f"Plain words for {plain}")
        return good


@dataclass(frozen=True)
class Attempt:
    rule: Rule
    method: str
    where: str  # "path", "query", "form" or "body"
    name: str
    hostile: Hostile | Shape | None
    path: str
    query: bytes = b""
    body: bytes | dict[str, Any] | None = None
    content_type: str | None = None

    @property
    def label(self) -> str:
        return self.hostile.label if self.hostile else "nothing"


def send(app: Flask, cookie: str | None, attempt: Attempt) -> Any:
    client = app.test_client()
    if cookie:
        client.set_cookie("session", cookie)
    body = attempt.body
    if isinstance(body, dict):  # a fresh file object on every send
        body = {k: (io.BytesIO(v[0]), v[1]) if isinstance(v, tuple) else v for k, v in body.items()}
    return client.open(
        attempt.path,
        method=attempt.method,
        data=body,
        content_type=attempt.content_type,
        # Raw bytes, as a crafted request sends them: the client would escape a str.
        environ_overrides={"QUERY_STRING": attempt.query.decode("latin-1")},
    )


def discover(app: Flask, world: World, role: str) -> Found:
    """Ask each route as this role; note the forms built, the query keys and bodies read.

    Per test, not per session: a form's field names may carry an id (`case12-reason`),
    and ids differ from test to test on PostgreSQL, whose sequences never roll back.
    """
    found = Found()
    original_init = FlaskForm.__init__
    original_get = QueryArgs.get
    original_getlist = QueryArgs.getlist
    original_contains = QueryArgs.__contains__
    request_class = app.request_class
    original_load_form = request_class._load_form_data
    original_get_data = request_class.get_data

    def init(form: FlaskForm, *args: Any, **kwargs: Any) -> None:
        original_init(form, *args, **kwargs)
        # A form given its data (a search form reads the query string) is not a posted one.
        if request.method == "POST" and not args and kwargs.get("formdata", True) is not None:
            for bound in form:
                offered = bound.iter_choices() if hasattr(bound, "iter_choices") else ()
                choices = tuple(str(choice.value) for choice in offered)
                found.fields[request.endpoint or ""][bound.name] = FieldSpec(
                    bound.name, bound.type, choices
                )

    def get(args: QueryArgs, key: str, *rest: Any, **kwargs: Any) -> Any:
        found.query[request.endpoint or ""].add(key)
        return original_get(args, key, *rest, **kwargs)

    def getlist(args: QueryArgs, key: str, *rest: Any, **kwargs: Any) -> Any:
        found.query[request.endpoint or ""].add(key)
        return original_getlist(args, key, *rest, **kwargs)

    def contains(args: QueryArgs, key: object) -> bool:
        found.query[request.endpoint or ""].add(str(key))
        return original_contains(args, key)

    def load_form(req: Any) -> None:
        found.bodies.add(req.endpoint or "")
        original_load_form(req)

    def get_data(req: Any, *args: Any, **kwargs: Any) -> Any:
        found.bodies.add(req.endpoint or "")
        return original_get_data(req, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(request_class, "_load_form_data", load_form)
        patch.setattr(request_class, "get_data", get_data)
        patch.setattr(FlaskForm, "__init__", init)
        patch.setattr(QueryArgs, "__contains__", contains)
        patch.setattr(QueryArgs, "get", get)
        patch.setattr(QueryArgs, "getlist", getlist)
        # Empty requests, then filled-in forms (`next` is read only after a sign-in),
        # then JSON, which only a view that asks for JSON reads.
        for body in ("empty", "form", "json"):
            for rule in swept_rules(app):
                for method in methods(rule):
                    if body != "empty" and method != "POST":
                        continue
                    good = found.good(rule.endpoint, world.email)
                    attempt = Attempt(
                        rule,
                        method,
                        "probe",
                        "",
                        None,
                        path(rule, world.arguments(rule)),
                        body={
                            "empty": b"" if method == "POST" else None,
                            "form": urlencoded(good),
                            "json": json.dumps(good).encode(),
                        }[body],
                        content_type={"empty": None, "form": FORM, "json": JSON}[body],
                    )
                    with rolled_back():
                        send(app, world.cookies[role], attempt).close()
    return found


def attempts(app: Flask, world: World, found: Found) -> Iterator[Attempt]:
    """Every hostile request of the sweep, lazily: some bodies are megabytes."""
    for rule in swept_rules(app):
        arguments = world.arguments(rule)
        real = path(rule, arguments)
        fields = {**found.fields.get(rule.endpoint, {}), UNKNOWN: FieldSpec(UNKNOWN, "")}
        good = found.good(rule.endpoint, world.email)
        for method in methods(rule):
            posting = method == "POST"
            good_body = urlencoded(good) if posting else None
            content_type = FORM if posting else None
            for name in sorted(rule.arguments):
                for hostile in path_values(rule, name):
                    yield Attempt(
                        rule,
                        method,
                        "path",
                        name,
                        hostile,
                        path(rule, arguments, (name, hostile)),
                        body=good_body,
                        content_type=content_type,
                    )
            keys = sorted(found.query.get(rule.endpoint, set()))
            if method == methods(rule)[0]:  # a key no view reads: once per rule
                keys.append(UNKNOWN)
            for key in keys:
                for hostile in QUERY_UNKNOWN if key == UNKNOWN else QUERY_READ:
                    yield Attempt(
                        rule,
                        method,
                        "query",
                        key,
                        hostile,
                        real,
                        hostile.pair(key),
                        body=good_body,
                        content_type=content_type,
                    )
            if not posting or rule.endpoint not in found.bodies:
                continue
            for name, spec in fields.items():
                others = {k: v for k, v in good.items() if k != name}
                for hostile in spec.values():
                    if hostile.as_file:
                        upload = {**others, name: (hostile.raw, "a.txt")}
                        yield Attempt(rule, method, "form", name, hostile, real, body=upload)
                        continue
                    body = b"&".join(p for p in (urlencoded(others), hostile.pair(name)) if p)
                    yield Attempt(
                        rule, method, "form", name, hostile, real, body=body, content_type=FORM
                    )
            for shape in SHAPES:
                yield Attempt(
                    rule,
                    method,
                    "body",
                    shape.content_type or "none",
                    shape,
                    real,
                    body=shape.body(good),
                    content_type=shape.content_type,
                )


class FormValues(HTMLParser):
    """What the fields of the form posting to `action` show: inputs and textareas."""

    def __init__(self, page: str, action: str) -> None:
        super().__init__()
        self.action = action
        self.values: dict[str, str] = {}
        self.shown = False  # whether the page has the form at all
        self._inside = False
        self._textarea: str | None = None
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        name = named.get("name")
        if tag == "form":
            self._inside = urlsplit(named.get("action") or self.action).path == self.action
            self.shown = self.shown or self._inside
        elif not self._inside or not name:
            return
        elif tag == "input" and named.get("type") not in {"checkbox", "radio", "submit"}:
            self.values.setdefault(name, named.get("value") or "")
        elif tag == "textarea":
            self._textarea = name
            self.values.setdefault(name, "")

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self.values[self._textarea] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea":
            self._textarea = None
        elif tag == "form":
            self._inside = False


def refusal_problems(
    attempt: Attempt, found: Found, good: dict[str, str], form: FormValues, page: str
) -> list[str]:
    """A refused form says what is wrong and keeps what was typed in the other fields."""
    problems = []
    if ERROR_SUMMARY not in page:
        problems.append("refused without an error summary")
    shown = form.values
    for name, spec in found.fields.get(attempt.rule.endpoint, {}).items():
        if name == attempt.name or not spec.typed or name not in shown:
            continue
        if shown[name].strip() != good[name]:
            problems.append(f"lost what was typed in {name}: {shown[name][:40]!r}")
    return problems


def summary(error: BaseException) -> str:
    """The exception and the last line of the project (code or template) it came through."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [
        f
        for f in frames
        if f.filename.startswith(str(ROOT))
        and not f.filename.startswith((str(ROOT / ".venv"), str(ROOT / "tests")))
    ]
    last = (ours or frames or [None])[-1]
    where = ""
    if last is not None:
        parts = Path(last.filename).parts
        if "site-packages" in parts:  # a library's own line: name it by its package
            parts = parts[parts.index("site-packages") + 1 :]
        elif ours:
            parts = Path(last.filename).relative_to(ROOT).parts
        where = f" at {'/'.join(parts)}:{last.lineno}"
    message = " ".join(str(error).split())[:100]
    return f"{type(error).__name__}: {message}{where}"


@dataclass
class Sweep:
    failures: dict[tuple[str, ...], list[str]] = field(default_factory=lambda: defaultdict(list))
    sent: int = 0
    refusals_checked: Counter[str] = field(default_factory=Counter)

    def fail(self, attempt: Attempt, what: str, role: str) -> None:
        key = (attempt.method, attempt.rule.rule, attempt.where, attempt.name, what)
        self.failures[key].append(f"{role}: {attempt.label}")

    def report(self) -> str:
        lines = [
            f"{method} {rule} {where} {name!r} <- {', '.join(values[:4])}"
            + (f" (+{len(values) - 4} more)" if len(values) > 4 else "")
            + f"\n    {what}"
            for (method, rule, where, name, what), values in sorted(self.failures.items())
        ]
        return f"{len(lines)} distinct failures in {self.sent} requests:\n" + "\n".join(lines)


@contextmanager
def quiet(app: Flask) -> Iterator[None]:
    disabled = app.logger.disabled
    app.logger.disabled = True
    try:
        yield
    finally:
        app.logger.disabled = disabled


def run(app: Flask, world: World, role: str) -> Sweep:
    found = discover(app, world, role)
    sweep = Sweep()
    crashes: list[BaseException] = []

    def record(sender: Flask, exception: BaseException, **extra: Any) -> None:
        crashes.append(exception)

    # Each crash is in the report; the log's tracebacks would only bury it.
    with got_request_exception.connected_to(record, app), quiet(app):
        for attempt in attempts(app, world, found):
            sweep.sent += 1
            crashes.clear()
            try:
                with rolled_back():
                    response = send(app, world.cookies[role], attempt)
                    status = response.status_code
                    # A download ("Download my data": a ZIP) is not a page to read back.
                    shown = "attachment" not in response.headers.get("Content-Disposition", "")
                    page = response.get_data(as_text=True) if shown and status in (200, 422) else ""
                    response.close()
            except Exception as error:  # propagated, or the 500 page itself failed
                first = crashes[0] if crashes else error
                then = "" if first is error else f"; then the error page failed: {summary(error)}"
                sweep.fail(attempt, summary(first) + then, role)
                continue
            if status >= 500:
                sweep.fail(attempt, summary(crashes[-1]) if crashes else str(status), role)
            elif attempt.where == "form" and (status == 422 or ERROR_SUMMARY in page):
                # Only a form shown again: a page without it refuses a form it never offered.
                form = FormValues(page, urlsplit(attempt.path).path)
                if not form.shown:
                    continue
                good = found.good(attempt.rule.endpoint, world.email)
                for problem in refusal_problems(attempt, found, good, form, page):
                    sweep.fail(attempt, problem, role)
                sweep.refusals_checked[attempt.rule.endpoint] += 1
    return sweep


# Forms each role reaches, whose refusals the sweep must have seen and checked.
REFUSALS_SEEN = {
    "anonymous": {"accounts.apply", "accounts.sign_in", "accounts.reset_password"},
    "applicant": {"accounts.reset_password"},
    "member": {"threads.new_topic", "threads.reply", "threads.edit"},
    "moderator": {"moderation.edit_review", "moderation.reveal_author", "threads.new_topic"},
}


@pytest.mark.parametrize("role", ROLES)
def test_no_hostile_value_anywhere_answers_500(app, world, role):
    sweep = run(app, world, role)
    if sweep.failures:
        pytest.fail(sweep.report(), pytrace=False)
    assert REFUSALS_SEEN[role] <= set(sweep.refusals_checked)


def test_the_sweep_covers_every_rule_field_and_query_key(app, world):
    """Every rule is swept as every role, in every field and query key the views read.

    When written: 68 rules x 4 roles, with 21 hostile values and 13 hostile bodies
    chosen by where they land: 4,436 requests (anonymous 740, applicant 597,
    member 1,179, moderator 1,920), after 696 (174 a role) that find what is read.
    """
    rules = swept_rules(app)
    found = {role: discover(app, world, role) for role in ROLES}
    total = 0
    labels = set()
    for role in ROLES:
        planned = Counter(
            (a.rule.endpoint, a.where, a.name, a.label) for a in attempts(app, world, found[role])
        )
        total += sum(planned.values())
        labels |= {label for *_, label in planned}
        assert {endpoint for endpoint, *_ in planned} == {r.endpoint for r in rules}
        for rule in rules:
            tried = {(w, n, label) for e, w, n, label in planned if e == rule.endpoint}
            assert {("query", UNKNOWN, h.label) for h in QUERY_UNKNOWN} <= tried, rule.rule
            for key in found[role].query.get(rule.endpoint, ()):
                assert {("query", key, h.label) for h in QUERY_READ} <= tried, (rule.rule, key)
            for name in rule.arguments:
                assert {("path", name, h.label) for h in path_values(rule, name)} <= tried
            if rule.endpoint not in found[role].bodies or "POST" not in methods(rule):
                continue
            assert {("body", s.label) for s in SHAPES} <= {(w, label) for w, _, label in tried}
            for name, spec in found[role].fields.get(rule.endpoint, {}).items():
                assert {("form", name, h.label) for h in spec.values()} <= tried, (rule.rule, name)
    assert labels == EVERY_VALUE
    assert {"accounts.apply", "accounts.sign_in"} <= found["anonymous"].bodies
    assert {"accounts.answer", "accounts.withdraw"} <= found["applicant"].bodies
    assert {"threads.new_topic", "threads.reply", "threads.live_check"} <= found["member"].bodies
    assert {"moderation.decide", "moderation.edit_review"} <= found["moderator"].bodies
    assert {"next"} <= found["anonymous"].query["accounts.sign_in"]
    assert {"after"} <= found["member"].query["spaces.space"]
    assert {"page"} <= found["member"].query["threads.topic"]
    assert {"quote"} <= found["member"].query["threads.reply"]
    assert {"email", "password", "reason", "accept_guidelines"} <= set(
        found["anonymous"].fields["accounts.apply"]
    )
    assert {"title", "body", "justification"} <= set(found["member"].fields["threads.new_topic"])
    assert {"reason", "approve", "reject", "ask"} <= set(
        found["moderator"].fields["moderation.decide"]
    )
    assert total > len(rules) * len(ROLES) * len(QUERY_UNKNOWN)
