"""Token requests follow QGIS's network settings: its proxy, and the CAs of its auth DB."""

from __future__ import annotations

import pytest
from qgis.core import QgsNetworkAccessManager, QgsSettings

from tests.emulator import STANDALONE
from tests.emulator.proxy import ConnectProxy
from tests.emulator.pytest_fixtures import add_users
from tests.qgis.integration import connect, feature_layer, load_plugin, unload_plugin, wait_for

PROXY_KEYS = ("proxy/proxyEnabled", "proxy/proxyType", "proxy/proxyHost", "proxy/proxyPort", "proxy/proxyExcludedUrls")


@pytest.fixture
def qgis_proxy():
    """QGIS's Options → Network → proxy, set to a local CONNECT proxy, as a user would."""
    proxy = ConnectProxy()
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in PROXY_KEYS}
    settings.setValue("proxy/proxyEnabled", True)
    settings.setValue("proxy/proxyType", "HttpProxy")
    settings.setValue("proxy/proxyHost", "127.0.0.1")
    settings.setValue("proxy/proxyPort", str(proxy.port))
    settings.setValue("proxy/proxyExcludedUrls", "")
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
    yield proxy
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
    proxy.stop()


def test_token_requests_go_through_qgis_proxy(trusted_ca, qgis_proxy, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE, features=30))
    plugin = load_plugin()  # reads QGIS's proxy at start
    target = f"127.0.0.1:{server.origin.rsplit(':', 1)[1]}"
    try:
        connection = connect(server)
        # The plugin's own HTTP client alone (no QGIS request involved): sign-in and checks.
        result = plugin.service.test_connection(connection)
        assert result.ok, result.error
        assert target in qgis_proxy.tunnels, "the plugin's token request went through QGIS's proxy"
        layer = feature_layer(server)
        assert layer.isValid() and layer.featureCount() == 30
    finally:
        unload_plugin(plugin)


def test_token_requests_trust_the_cas_of_qgis_auth_db(trusted_ca, arcgis_emulator, tmp_path):
    """The emulator's CA is only in QGIS's auth DB (trusted_ca), not in the system's store."""
    import ssl

    system_store = ssl.create_default_context()
    server = add_users(arcgis_emulator(STANDALONE, features=5))
    ca_subjects = [cert.get("subject") for cert in system_store.get_ca_certs()]
    assert not any("ArcGIS emulator" in str(subject) for subject in ca_subjects)
    plugin = load_plugin()
    try:
        connect(server)
        assert feature_layer(server).isValid()
        assert server.count("generateToken") == 1
    finally:
        unload_plugin(plugin)


def test_a_ca_trusted_while_qgis_runs_is_used_without_a_restart(trusted_ca, arcgis_emulator, tmp_path):
    """The untrusted-certificate error says: add the CA in QGIS "and try again" — that must work."""
    from scripts.sandbox import trust_ca
    from tests.emulator import EmulatorCA

    own_ca = EmulatorCA(tmp_path / "another-ca.pem")  # a CA QGIS does not trust yet
    server = add_users(arcgis_emulator(STANDALONE, features=5, ca=own_ca))
    plugin = load_plugin()
    try:
        connection = connect(server)
        refused = plugin.service.test_connection(connection)
        assert type(refused.error).__name__ == "CertificateNotTrustedError"
        trust_ca(own_ca.ca_file)  # what a user does in Options → Authentication → Certificate Manager
        # No call into the plugin: its watch notices within a few seconds.
        wait_for(lambda: plugin.service.test_connection(connection).ok, timeout=15)
        assert feature_layer(server).isValid()
    finally:
        unload_plugin(plugin)
