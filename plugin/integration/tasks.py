"""Blocking work (network, sign-in) on QGIS's task manager, never on the main thread.

:class:`FunctionTask` runs one function in ``QgsTask.run()`` on a worker
thread and reports its outcome with a signal on the main thread, where the
GUI may touch its widgets. The function gets a :class:`QgsFeedback` that the
task cancels, so blocking requests made with it stop at once on Cancel.

A Python ``QgsTask`` must stay referenced until it has finished: the task
manager holds only the C++ object, and a collected Python wrapper makes QGIS
call into freed memory. :func:`start` keeps that reference.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from typing import Any, Callable, Optional, TypeVar

from qgis.core import QgsApplication, QgsFeedback, QgsTask
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, Qt, QThread, QTimer, pyqtSignal

from ..core import LOGGER_NAME
from ..core.errors import ArcGISAuthError

log = logging.getLogger(LOGGER_NAME).getChild("tasks")

_running: set[FunctionTask] = set()


class FunctionTask(QgsTask):
    """``function(feedback)`` on a worker thread; ``succeeded(result)`` or ``failed(exception)`` after.

    Nothing is emitted for a cancelled task: whoever cancelled it no longer waits.
    """

    succeeded = pyqtSignal(object)
    failed = pyqtSignal(object)

    def __init__(self, description: str, function: Callable[[QgsFeedback], Any]) -> None:
        super().__init__(description, QgsTask.Flag.CanCancel)
        self._function = function
        self._result: Any = None
        self._error: Optional[BaseException] = None
        self.feedback = QgsFeedback()
        # Direct: the function reports progress on the worker thread, where run() is.
        self.feedback.progressChanged.connect(self.setProgress, Qt.ConnectionType.DirectConnection)

    def cancel(self) -> None:
        self.feedback.cancel()  # aborts a QgsBlockingNetworkRequest under way
        super().cancel()

    def run(self) -> bool:
        try:
            self._result = self._function(self.feedback)
        except Exception as exc:  # noqa: BLE001 - handed to the main thread by finished()
            self._error = exc
            return False
        return not self.isCanceled()

    def finished(self, result: bool) -> None:  # main thread
        _running.discard(self)
        if self.isCanceled():
            return
        if result:
            self.succeeded.emit(self._result)
            return
        if self._error is None:
            self._error = RuntimeError("the task ended without a result")
        elif not isinstance(self._error, ArcGISAuthError):
            # A bug rather than a network failure: keep the traceback for the report.
            log.error("%s failed", self.description(), exc_info=self._error)
        self.failed.emit(self._error)


def start(task: FunctionTask) -> FunctionTask:
    """Hand ``task`` to QGIS's task manager, keeping it referenced until it finishes."""
    _running.add(task)
    QgsApplication.taskManager().addTask(task)
    return task


def run_in_background(description: str, function: Callable[[QgsFeedback], Any]) -> FunctionTask:
    """Start ``function(feedback)`` as a task; connect to its signals before control returns to Qt."""
    return start(FunctionTask(description, function))


T = TypeVar("T")


def run_off_main_thread(function: Callable[[], T], timeout: float = 180.0) -> T:
    """``function()``, never on QGIS's main thread: from the main thread it runs on a worker thread
    while the main thread keeps QGIS's events flowing; from any other thread (a Processing
    algorithm's, a task's) right there."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() != app.thread():
        return function()
    try:
        return _on_a_worker(function, timeout)
    finally:
        # Deliver now what the worker queued for the main thread (the service stores a new token
        # there): qgis_process tears QGIS down right after an algorithm, without unloading the
        # plugin, and a call still queued then meets a deleted auth manager (a segfault).
        app.processEvents()


def run_as_task(description: str, function: Callable[[QgsFeedback], T], timeout: float = 300.0) -> T:
    """``function(feedback)`` in a QgsTask — a QThread, where QGIS layers may be made (unlike a plain
    Python thread: their timers need a Qt thread) — waited for while QGIS's events keep flowing; from
    any other thread than the main one (a Processing algorithm's), right there."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() != app.thread():
        return function(QgsFeedback())
    future: concurrent.futures.Future = concurrent.futures.Future()
    task = FunctionTask(description, function)
    task.succeeded.connect(future.set_result)
    task.failed.connect(future.set_exception)
    start(task)
    try:
        return wait_for_future(future, timeout)
    except TimeoutError:
        task.cancel()
        raise


def wait_for_future(future: concurrent.futures.Future, timeout: float = 300.0) -> T:
    """``future``'s result; on QGIS's main thread its events keep flowing meanwhile (as in
    :func:`run_off_main_thread`). Raises what the future raised, TimeoutError after ``timeout``."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() != app.thread():
        return future.result(timeout)
    if not future.done():
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: loop.quit() if future.done() else None)
        poll.start(10)
        QTimer.singleShot(int(timeout * 1000), loop.quit)
        loop.exec()
        poll.stop()
    try:
        return future.result(0)
    except concurrent.futures.TimeoutError:
        raise TimeoutError(f"no answer within {timeout:.0f} s") from None


def _on_a_worker(function: Callable[[], T], timeout: float) -> T:
    future: concurrent.futures.Future = concurrent.futures.Future()

    def work() -> None:
        try:
            future.set_result(function())
        except BaseException as exc:  # noqa: BLE001 - handed to the caller by the future
            future.set_exception(exc)

    threading.Thread(target=work, name="arcgis-token-auth-wait", daemon=True).start()
    return wait_for_future(future, timeout)
