"""Which event loop a call runs in (client.py, ``_loop_key``): each loop has its own async pool,
so the answer must be the loop running in the calling thread, every time: loops in turn in one
thread, a loop moved to another thread, a forked child. (A shortcut that kept the loop found last
was tried and dropped: tests/test_trial_0_3_3.py has the nested loop it got wrong.)"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import sys
import threading
from typing import Any

import pytest

from taskrouter_client import client as client_module


async def _key_and_running() -> tuple[object, object]:
    return client_module._loop_key(), asyncio.get_running_loop()


def test_each_loop_in_turn_in_one_thread() -> None:
    """A loop found, stopped, then another run in the same thread: the new one."""
    seen = []
    for _ in range(3):
        with asyncio.Runner() as runner:
            key, running = runner.run(_key_and_running())
            assert key is running
            assert runner.run(_key_and_running())[0] is running
            seen.append(running)
        assert client_module._loop_key() is None  # no loop runs here now
    assert len({id(loop) for loop in seen}) == 3


def test_a_loop_moved_to_another_thread_is_not_this_threads() -> None:
    """A loop found in one thread, then run in another while a second loop runs in the first:
    each thread gets the loop running in it."""
    first = asyncio.new_event_loop()
    try:
        assert first.run_until_complete(_key_and_running())[0] is first
        results: dict[str, Any] = {}
        ready, done = threading.Event(), threading.Event()

        def other() -> None:
            async def hold() -> None:
                results["other"] = client_module._loop_key()
                ready.set()
                await asyncio.get_running_loop().run_in_executor(None, done.wait)

            first.run_until_complete(hold())

        thread = threading.Thread(target=other)
        thread.start()
        ready.wait(5)
        try:
            with asyncio.Runner() as runner:  # here, while `first` runs in the other thread
                key, running = runner.run(_key_and_running())
        finally:
            done.set()
            thread.join(5)
        assert results["other"] is first
        assert key is running and key is not first
    finally:
        first.close()


def _child_key(queue: Any) -> None:
    queue.put(repr(client_module._loop_key()))


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_does_not_take_its_parents_loop() -> None:
    """Forked from inside a running loop: in the child, no loop runs, as asyncio says there (by
    the pid)."""
    context = multiprocessing.get_context("fork")

    async def main() -> str:
        assert client_module._loop_key() is asyncio.get_running_loop()
        queue = context.SimpleQueue()
        child = context.Process(target=_child_key, args=(queue,))
        child.start()
        child.join(10)
        assert child.exitcode == 0  # (else queue.get() would wait forever)
        answer: str = queue.get()
        return answer

    assert asyncio.run(main()) == "None"
