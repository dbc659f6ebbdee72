"""Many requests on many QGIS worker threads at once: the plugin's hooks hold up (no crash)."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsBlockingNetworkRequest
from qgis.PyQt.QtCore import QThread, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from tests.emulator import STANDALONE
from tests.emulator.pytest_fixtures import add_users
from tests.qgis.integration import POINTS, connect

THREADS, ROUNDS = 4, 60


class RequestingThread(QThread):
    """A worker like QGIS's render and feature threads: blocking requests, no event loop of its own."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self.answers: list[bytes] = []

    def run(self) -> None:
        for _ in range(ROUNDS):
            request = QgsBlockingNetworkRequest()
            request.get(QNetworkRequest(QUrl(self.url)), True)
            self.answers.append(bytes(request.reply().content()))


def test_parallel_worker_requests_all_get_the_token_and_qgis_survives(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE, features=20))
    connect(server)
    url = server.service_url(POINTS, "FeatureServer", 0) + "?f=json"
    threads = [RequestingThread(url) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    while any(thread.isRunning() for thread in threads):
        QgsApplication.processEvents()  # the main thread, as in QGIS, keeps running its loop
        QThread.msleep(2)
    answers = [answer for thread in threads for answer in thread.answers]
    assert len(answers) == THREADS * ROUNDS
    assert all(b'"error"' not in answer and b"OBJECTID" in answer for answer in answers)
    assert plugin.service.injector.failures == 0
