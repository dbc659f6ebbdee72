"""The connection model, secrets, errors and token transports: no server needed."""

from __future__ import annotations

import dataclasses
import inspect
import json
import pickle

import pytest
from arcgis_token_auth.plugin.core import errors
from arcgis_token_auth.plugin.core.connection import DEFAULT_REFERER, Connection
from arcgis_token_auth.plugin.core.credentials import Binding, CredentialKind, Secret
from arcgis_token_auth.plugin.core.errors import ArcGISAuthError, InvalidURLError
from arcgis_token_auth.plugin.core.tokens import TokenInfo, TokenSource, token_error
from arcgis_token_auth.plugin.core.transport import RequestAuth, Transport, build_auth, with_token_parameter

URL = "https://gis.example.com/arcgis/rest/services/Folder/Name/FeatureServer/0"


def test_connection_defaults() -> None:
    connection = Connection("id1", "My server", URL, username="alice")
    assert connection.credential is CredentialKind.PASSWORD
    assert connection.binding is Binding.REFERER
    assert connection.referer == DEFAULT_REFERER
    assert connection.bound_referer == DEFAULT_REFERER
    assert connection.transport is Transport.AUTO
    assert connection.allow_plain_http is False
    assert connection.root.url == "https://gis.example.com/arcgis"


def test_connection_round_trips_through_json_without_secrets() -> None:
    connection = Connection(
        "id1", "App", "https://org.maps.arcgis.com", credential="app", username="client-id",
        binding="requestip", lifetime_minutes=120, transport="param", allow_plain_http=True,
    )  # fmt: skip
    data = json.loads(json.dumps(connection.to_dict()))
    assert data["version"] == 1
    assert data["credential"] == "app" and data["transport"] == "param" and data["binding"] == "requestip"
    assert Connection.from_dict(data) == connection
    assert connection.client_id == "client-id"
    assert connection.bound_referer is None
    assert not {"password", "secret", "token", "api_key"} & set(data)


def test_from_dict_ignores_unknown_keys_and_fills_defaults() -> None:
    connection = Connection.from_dict({"id": "x", "name": "n", "url": URL, "future_option": 3, "version": 7})
    assert connection.lifetime_minutes == 60


@pytest.mark.parametrize(
    "changes",
    [{"credential": "carrier-pigeon"}, {"url": "ftp://x"}, {"id": ""}, {"lifetime_minutes": 0}, {"referer": ""}],
)
def test_from_dict_refuses_values_it_cannot_use(changes: dict) -> None:
    data = {**Connection("x", "n", URL).to_dict(), **changes}
    with pytest.raises(ValueError):  # InvalidURLError for the URL: a ValueError too
        Connection.from_dict(data)


def test_connections_are_immutable() -> None:
    connection = Connection("x", "n", URL)
    with pytest.raises(dataclasses.FrozenInstanceError):
        connection.url = "https://other"  # type: ignore[misc]


def test_a_secret_never_shows_its_value() -> None:
    secret = Secret("hunter2")
    assert "hunter2" not in repr(secret) + str(secret) + f"{secret}" + repr([secret])
    assert secret.reveal() == "hunter2"
    assert secret == Secret("hunter2") and secret != Secret("other")
    assert not Secret("")
    with pytest.raises(TypeError):
        pickle.dumps(secret)


def test_token_info_repr_hides_the_token() -> None:
    info = TokenInfo(Secret("tok-123"), 0.0, 3600.0, True, "ref", TokenSource.SERVER)
    assert "tok-123" not in repr(info)
    assert info.lifetime == 3600.0


def test_header_transports() -> None:
    auth = build_auth(Transport.X_ESRI, "tok", "my-referer")
    assert dict(auth.headers) == {"X-Esri-Authorization": "Bearer tok", "Referer": "my-referer"}
    assert auth.url is None
    assert dict(build_auth(Transport.BEARER, "tok", None).headers) == {"Authorization": "Bearer tok"}
    with pytest.raises(TypeError):
        auth.headers["Referer"] = "changed"  # type: ignore[index]
    assert "tok" not in repr(auth)


def test_param_transport_rewrites_the_url() -> None:
    auth = build_auth(Transport.PARAM, "t/k+", "ref", URL + "/query?where=1%3D1&Token=old&f=json#x")
    assert auth.url == URL + "/query?where=1%3D1&f=json&token=t%2Fk%2B#x"
    assert dict(auth.headers) == {"Referer": "ref"}
    assert "t%2Fk" not in repr(auth) and "t/k" not in repr(auth)
    assert with_token_parameter("https://h/a", "x") == "https://h/a?token=x"


def test_request_auth_is_what_the_integration_reads() -> None:
    auth = RequestAuth({"A": "1"})
    assert list(auth.headers.items()) == [("A", "1")]


ERROR_CLASSES = [
    cls
    for _, cls in inspect.getmembers(errors, inspect.isclass)
    if issubclass(cls, ArcGISAuthError) and cls is not ArcGISAuthError
]


@pytest.mark.parametrize("error_class", ERROR_CLASSES, ids=lambda cls: cls.__name__)
def test_every_error_has_an_actionable_message(error_class: type[ArcGISAuthError]) -> None:
    context = {"url": "https://h/x", "secret_name": "password", "connection_name": "C", "expires_on": "2030-01-01",
               "target": "https://other", "portal": "https://portal.example.com", "status": 502,
               "certificate_names": "gis.example.org", "reason": "Invalid field: rank (code 400)",
               "transport": "the X-Esri-Authorization header", "scheme": "Basic"}  # fmt: skip
    error = error_class("https://gis.example.com", detail="code 400", **context)
    message = str(error)
    assert message.endswith("."), message
    assert len(message.split(". ")) >= 2 or error_class is errors.ServiceAccessError, "what happened + what to do"
    assert error.message == message


def test_invalid_url_error_is_a_value_error_too() -> None:
    assert issubclass(InvalidURLError, ValueError)


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (400, "Unable to generate token. | Invalid username or password.", errors.InvalidCredentialsError),
        (400, "Unable to generate token. | Too many invalid logon attempts. Please try again later.",
         errors.AccountLockedError),
        (400, "Unable to generate token. | This account signs in with the organization's identity provider (SAML)",
         errors.BrowserSignInRequiredError),
        (400, "Multifactor authentication is enabled for this account", errors.BrowserSignInRequiredError),
        (403, "SSL Required", errors.SSLRequiredError),
        (400, "Invalid client_secret | invalid_client", errors.InvalidCredentialsError),
        (498, "Invalid token.", errors.InvalidTokenError),
        (499, "Token Required", errors.TokenRequiredError),
        (403, "You do not have permissions", errors.PermissionDeniedError),
        (201, "Client ID is required for long expiration tokens", errors.UnexpectedResponseError),
        (405, "Method not supported. | generateToken accepts POST requests only.",
         errors.TokenRequestMethodRefusedError),
    ],
)  # fmt: skip
def test_token_endpoint_errors_are_recognised(code: int, text: str, expected: type) -> None:
    error = token_error("https://h", code, text)
    assert type(error) is expected
    assert str(code) in error.detail
