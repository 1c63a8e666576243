"""The project's exceptions, in one tree.

PivotbotError                 root: anything the bot raises on purpose
├── ConfigError               bad or missing configuration; fails at start with one line
├── StoreError                the database cannot be opened or migrated
├── FlowError                 a flow or its content is malformed (caught at load, not mid-chat)
├── ScriptError               a scripted conversation file is malformed
└── MissingExtra              an optional part (an extra: Telegram, Slack, charts) is not installed
"""

from __future__ import annotations


class PivotbotError(Exception):
    """Root of every error the bot raises on purpose."""


class ConfigError(PivotbotError):
    """Configuration is missing or malformed. The message is one line naming the variable."""


class StoreError(PivotbotError):
    """The database cannot be opened, is from a newer version, or a migration failed."""


class FlowError(PivotbotError):
    """A flow definition or its content is inconsistent."""


class ScriptError(PivotbotError):
    """A scripted conversation file does not follow format v1."""


class MissingExtra(PivotbotError):
    """An optional part of the package is not installed. The message is one line ending in the
    ``pip install 'pivotbot[EXTRA]'`` that brings it."""
