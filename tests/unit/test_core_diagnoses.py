"""Each way a server's answer or its TLS can fail gets its own diagnosis (issue 12, item 10).

Against the emulator as a real HTTPS server: a failing server (5xx), an empty
body, a body cut short, text that is not JSON, a sign-in page, a web server's
404 page, a certificate for another host name, an untrusted certificate. Only
the sign-in page may be reported as a web page; only a failed handshake as a
matter of the URL's scheme and port.
"""

from __future__ import annotations

import ssl
from typing import Optional

import pytest
import requests
import urllib3
from arcgis_token_auth.plugin.core import errors
from arcgis_token_auth.plugin.core.connection import Connection
from arcgis_token_auth.plugin.core.credentials import Secret
from arcgis_token_auth.plugin.core.engine import TokenEngine
from arcgis_token_auth.plugin.core.http import HttpClient, _trusting_adapter_class, network_error

from tests.emulator import ArcGISEmulator
from tests.emulator.pytest_fixtures import add_users

PASSWORD = "alice-secret"
WEB_PAGE = errors.NonJSONResponseError.template  # "answered with a web page … often a sign-in page"
SCHEME_AND_PORT = errors.SecureConnectionError.template  # "check the URL's scheme and port"


@pytest.fixture
def server(arcgis_emulator) -> ArcGISEmulator:
    return add_users(arcgis_emulator())


@pytest.fixture
def failure_of(emulator_ca):
    """The error Test Connection reports for ``url`` (user alice), checked to be secret-free."""
    engines: list[TokenEngine] = []

    def run(url: str, http: Optional[HttpClient] = None) -> errors.ArcGISAuthError:
        http = http or HttpClient(proxies={}, ca_bundle=str(emulator_ca.ca_file), timeout=(2.0, 5.0))
        engine = TokenEngine(lambda connection: Secret(PASSWORD), http=http, scheduler_max_sleep=0.01)
        engines.append(engine)
        result = engine.test_connection(Connection("c1", "Test", url, username="alice"))
        assert not result.ok
        assert_secret_free(result.error)
        return result.error

    yield run
    for engine in engines:
        engine.shutdown()


def assert_secret_free(error: errors.ArcGISAuthError) -> None:
    text = f"{error} {error.detail} {error.context}"
    assert PASSWORD not in text
    assert "?" not in error.detail, "no URL query in the detail"


def assert_not_a_web_page(error: errors.ArcGISAuthError) -> None:
    assert not isinstance(error, errors.NonJSONResponseError)
    assert type(error).template != WEB_PAGE
    assert "web page" not in str(error) and "sign-in page" not in str(error)


# --- What the server answered ---------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503])
def test_a_server_error_is_the_servers_failure(server, failure_of, status) -> None:
    server.add_fault("server-error", "rest/info", status=status)  # with a proxy's HTML error page
    error = failure_of(server.services_url)
    assert isinstance(error, errors.ServerFailedError)
    assert f"(HTTP {status})" in str(error) and "administrator" in str(error) and "later" in str(error)
    assert f"HTTP {status}" in error.detail
    assert_not_a_web_page(error)
    assert error.retryable


def test_a_server_error_on_the_token_endpoint(server, failure_of) -> None:
    server.add_fault("server-error", "generateToken", status=500)
    error = failure_of(server.services_url)
    assert isinstance(error, errors.ServerFailedError) and "(HTTP 500)" in str(error)


def test_an_empty_body(server, failure_of) -> None:
    server.add_fault("empty-body", "generateToken")
    error = failure_of(server.services_url)
    assert isinstance(error, errors.EmptyResponseError)
    assert "empty answer" in str(error)
    assert "HTTP 200" in error.detail and "0 bytes" in error.detail
    assert_not_a_web_page(error)


def test_a_body_cut_short(server, failure_of) -> None:
    server.add_fault("truncated", "rest/info")  # the whole Content-Length announced, half the JSON sent
    error = failure_of(server.services_url)
    assert isinstance(error, errors.TruncatedResponseError)
    assert "cut short" in str(error)
    assert_not_a_web_page(error)


def test_a_token_answer_cut_short(server, failure_of) -> None:
    server.add_fault("truncated", "generateToken")
    error = failure_of(server.services_url)
    assert isinstance(error, errors.TruncatedResponseError)


def test_text_that_is_not_json(server, failure_of) -> None:
    server.add_fault("non-json", "generateToken")  # HTTP 200, JSON content type, plain text
    error = failure_of(server.services_url)
    assert isinstance(error, errors.InvalidJSONResponseError)
    assert "not valid JSON" in str(error)
    assert "not valid JSON" in error.detail
    assert_not_a_web_page(error)


def test_a_sign_in_page_is_a_web_page(server, failure_of) -> None:
    """The one case the web-page message is for: HTTP 200 and an HTML page."""
    server.add_fault("login-page", "generateToken")
    error = failure_of(server.services_url)
    assert type(error) is errors.NonJSONResponseError
    assert "sign-in page" in str(error)
    assert "HTTP 200" in error.detail and "text/html" in error.detail


def test_a_web_servers_404_page(server, emulator_ca) -> None:
    """A URL under which nothing is: the web server's 404 page, not a sign-in page."""
    http = HttpClient(proxies={}, ca_bundle=str(emulator_ca.ca_file))
    reply = http.get(f"{server.origin}/no/such/place", {"f": "json"})
    assert (reply.status, reply.html) == (404, True)
    with pytest.raises(errors.ResourceNotFoundError) as raised:
        reply.json()
    error = raised.value
    assert "HTTP 404" in str(error) and "Check the connection's URL" in str(error)
    assert error.detail.endswith(f"from {server.origin}/no/such/place")  # no query
    assert_secret_free(error)
    assert_not_a_web_page(error)
    assert not error.retryable


def test_json_of_another_shape_is_not_called_a_web_page(server, emulator_ca) -> None:
    http = HttpClient(proxies={}, ca_bundle=str(emulator_ca.ca_file))
    reply = http.get(server.origin + "/no/such/place")
    failures = {
        "HTTP 502": (502, False, False, 20, errors.ServerFailedError),
        "HTTP 404 JSON list": (404, True, False, 2, errors.ResourceNotFoundError),
        "JSON list": (200, True, False, 2, errors.UnexpectedResponseError),
        "empty 200": (200, False, False, 0, errors.EmptyResponseError),
        "empty 401 (web-tier authentication)": (401, False, False, 0, errors.NonJSONResponseError),
        "HTML 403": (403, False, True, 300, errors.NonJSONResponseError),
        "plain text 403": (403, False, False, 9, errors.InvalidJSONResponseError),
    }
    for name, (status, is_json, html, size, expected) in failures.items():
        shaped = type(reply)(reply.url, status, None, is_json, "", size=size, html=html)
        assert type(shaped.no_data_error()) is expected, name


# --- TLS ------------------------------------------------------------------------------------------------------


def test_a_certificate_for_another_host_name(arcgis_emulator, failure_of) -> None:
    """A certificate made out for "localhost" only, asked for as 127.0.0.1: trusted, but not for that name."""
    server = add_users(arcgis_emulator(cert_names=("localhost",)))
    assert server.origin.startswith("https://127.0.0.1:")
    error = failure_of(server.services_url)
    assert isinstance(error, errors.HostnameMismatchError)
    assert "not for the host name in the connection's URL" in str(error)
    if urllib3.__version__.startswith("1."):  # urllib3 1.x checks the name itself and keeps the certificate
        assert "is for localhost," in str(error) and "localhost" in error.detail
    else:  # OpenSSL checks it and tells only the name asked for
        assert "is for another host name," in str(error)
    assert "scheme and port" not in str(error) and type(error).template != SCHEME_AND_PORT
    assert "Certificate Manager" not in str(error), "adding an authority would not help"
    assert server.count("generateToken") == 0


def test_a_host_name_mismatch_found_by_openssl(arcgis_emulator, emulator_ca) -> None:
    """OpenSSL's own check (urllib3 2, or any context with check_hostname): verify code 62, no names."""
    server = arcgis_emulator(cert_names=("127.0.0.1",))
    url = server.origin.replace("127.0.0.1", "localhost") + "/arcgis/rest/info?f=json"
    context = ssl.create_default_context(cafile=str(emulator_ca.ca_file))
    assert context.check_hostname
    with requests.Session() as session:
        session.trust_env = False
        session.mount("https://", _trusting_adapter_class()(context))
        with pytest.raises(requests.exceptions.SSLError) as raised:
            session.get(url, timeout=5)
    error = network_error(server.origin, raised.value)
    assert isinstance(error, errors.HostnameMismatchError)
    assert "is for another host name," in str(error)
    assert "scheme and port" not in str(error)


def test_an_untrusted_certificate_is_not_a_name_mismatch(server, failure_of) -> None:
    error = failure_of(server.services_url, HttpClient(proxies={}, timeout=(2.0, 5.0)))  # the system's CAs only
    assert type(error) is errors.CertificateNotTrustedError
    assert "Certificate Manager" in str(error)


def test_a_handshake_with_a_plain_http_port_is_still_about_scheme_and_port(arcgis_emulator, failure_of) -> None:
    server = add_users(arcgis_emulator(https=False))
    error = failure_of(server.services_url.replace("http://", "https://"))
    assert type(error) is errors.SecureConnectionError
    assert "scheme and" in str(error)
