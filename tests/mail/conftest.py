"""The real SMTP server fixture for these tests."""

from tests.mail.smtp_inbox import smtp_server  # noqa: F401
