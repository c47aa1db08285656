"""The real SMTP server fixture, shared with tests/mail."""

from tests.mail.smtp_inbox import smtp_server  # noqa: F401
