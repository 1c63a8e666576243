"""Paused workspaces: the platform refused a workspace's token, so its lanes wait.

A token refused (``invalid_auth``, ``token_revoked``, ``account_inactive``, Telegram's 401) is
logged once, at error level; every lane of that workspace is parked with its replies and
reminders kept. After a back-off one parked lane is let through as a probe: if its send goes
through, everyone resumes; if the token is refused again, the wait grows (up to the cap).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from bot.errors import WorkspaceUnauthorised
from bot.lanes import Backoff, Lane, Pause

log = logging.getLogger("bot.relay")


class Pauses:
    """The paused workspaces of one relay; ``wake`` puts a lane back in the relay's queue."""

    def __init__(self, platform: str, backoff: Backoff, wake: Callable[[Lane], None]) -> None:
        self.platform = platform
        self.backoff = backoff
        self.wake = wake
        self._paused: dict[str, Pause] = {}

    def holds(self, lane: Lane) -> bool:
        """Whether ``lane`` must wait for its workspace (it is then parked); the probe may go."""
        pause = self._paused.get(lane.key.workspace)
        if pause is None or pause.probing is lane:
            return False
        lane.parked = True
        pause.parked.append(lane)
        return True

    def refused(self, lane: Lane, exc: WorkspaceUnauthorised) -> None:
        """``lane``'s send was refused for its workspace: pause it (or keep it paused)."""
        workspace = lane.key.workspace
        pause = self._paused.get(workspace)
        if pause is None:
            pause = self._paused[workspace] = Pause()
            log.error(
                "workspace %s of %s refused our token (%s): sending paused, every reply and"
                " reminder kept; trying again from time to time",
                workspace,
                self.platform,
                exc,
            )
        elif pause.probing is lane:
            pause.tries += 1
            log.debug("workspace %s still refuses our token (%s)", workspace, exc)
        if pause.probing is lane:
            pause.probing = None
        lane.parked = True
        pause.parked.append(lane)
        if pause.timer is None and pause.probing is None:
            self._later(pause, workspace)

    def probe_failed(self, lane: Lane) -> None:
        """The probe hit something else (a timeout...): let another try after the back-off."""
        pause = self._paused.get(lane.key.workspace)
        if pause is None or pause.probing is not lane:
            return
        pause.probing = None
        lane.parked = True
        pause.parked.append(lane)
        if lane.waiting is not None:
            lane.waiting.cancel()
            lane.waiting = None
        self._later(pause, lane.key.workspace)

    def went_through(self, lane: Lane) -> None:
        """A send of ``lane`` went through: if it was its workspace's probe, everyone goes on."""
        workspace = lane.key.workspace
        pause = self._paused.get(workspace)
        if pause is None or pause.probing is not lane:
            return
        del self._paused[workspace]
        if pause.timer is not None:
            pause.timer.cancel()
        log.warning(
            "workspace %s of %s accepts our token again: sending resumed", workspace, self.platform
        )
        for parked in pause.parked:
            parked.parked = False
            self.wake(parked)

    def finished(self, lane: Lane) -> None:
        """``lane`` ran out of work: if it was the probe, let the next one probe at once."""
        pause = self._paused.get(lane.key.workspace)
        if pause is not None and pause.probing is lane:
            pause.probing = None
            self._probe(lane.key.workspace)

    def forget(self, workspace: str) -> None:
        pause = self._paused.pop(workspace, None)
        if pause is not None and pause.timer is not None:
            pause.timer.cancel()

    def clear(self) -> None:
        for workspace in list(self._paused):
            self.forget(workspace)

    def _later(self, pause: Pause, workspace: str) -> None:
        delay = self.backoff.delay(pause.tries)
        pause.timer = asyncio.get_running_loop().call_later(delay, self._probe, workspace)

    def _probe(self, workspace: str) -> None:
        pause = self._paused.get(workspace)
        if pause is None:
            return
        pause.timer = None
        if not pause.parked:
            del self._paused[workspace]
            return
        lane = pause.parked.pop(0)
        lane.parked = False
        pause.probing = lane
        self.wake(lane)
