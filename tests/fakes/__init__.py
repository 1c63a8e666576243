"""Fake platform servers (Telegram Bot API, Slack Web API) on loopback, and script drivers."""
