"""Fake platform servers on loopback and the script drivers that play through the real adapters.

They ship with the package because ``pivotbot test --via telegram|slack`` uses them at run time;
the test suite uses the same ones. ``telegram_api`` and ``slack_api`` play the Bot API and the
Web API over real HTTP (aiohttp on 127.0.0.1), so the real SDK clients talk to them unchanged;
``telegram_driver`` and ``slack_driver`` are the ``make_driver`` factories of ``bot.scripts``.
``openai_api`` plays an OpenAI-compatible chat-completions server the same way, for the optional
model-backed judge (``adapters.llm``'s real client talks to it). Nothing here is used by a
running bot.
"""
