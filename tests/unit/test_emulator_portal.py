"""The emulator's portal, federation, ArcGIS Online, OAuth2 and API key behaviour, over real HTTPS."""

from __future__ import annotations

import time

import pytest

from tests.emulator import ArcGISEmulator
from tests.emulator.pytest_fixtures import REFERER, add_users, request_token

INVALID_TOKEN = {"error": {"code": 498, "message": "Invalid token.", "details": []}}
EXCHANGE_FAILED = {
    "error": {
        "code": 400,
        "message": "Unable to get 'token' from the request or cookie, for server token",
        "details": [],
    }
}


def query_ids(session, server: ArcGISEmulator, headers: dict[str, str], name: str = "Demo/Points") -> dict:
    url = server.service_url(name, "FeatureServer", 0) + "/query"
    return session.get(
        url, params={"f": "json", "where": "1=1", "returnIdsOnly": "true"}, headers=headers, timeout=10
    ).json()


def esri_headers(token: str, referer: str = REFERER) -> dict[str, str]:
    return {"X-Esri-Authorization": f"Bearer {token}", "Referer": referer}


def sharing(portal: ArcGISEmulator, resource: str) -> str:
    return f"{portal.portal_url}/sharing/rest/{resource}"


def exchange(session, portal: ArcGISEmulator, server: ArcGISEmulator, portal_token: str, **extra: str) -> dict:
    form = {"token": portal_token, "serverUrl": server.server_url, "f": "json", **extra}
    return session.post(portal.token_url, data=form, headers={"Referer": REFERER}, timeout=10).json()


# ---------------------------------------------------------------- portal and federated server


def test_portal_info_and_federated_server_info_point_at_the_portal(arcgis_enterprise, emulator_session):
    portal, server = arcgis_enterprise
    info = emulator_session.get(sharing(portal, "info"), params={"f": "json"}, timeout=10).json()
    assert info["owningSystemUrl"] == portal.portal_url
    assert info["authInfo"] == {"tokenServicesUrl": portal.token_url, "isTokenBasedSecurity": True}
    assert portal.portal_url.endswith("/portal")
    server_info = emulator_session.post(f"{server.server_url}/rest/info", data={"f": "json"}, timeout=10).json()
    assert server_info["owningSystemUrl"] == portal.portal_url
    assert server_info["authInfo"]["tokenServicesUrl"] == portal.token_url


def test_portal_tokens_work_directly_on_the_federated_server(arcgis_enterprise, emulator_session):
    portal, server = arcgis_enterprise
    token = request_token(emulator_session, portal.token_url)["token"]
    assert len(query_ids(emulator_session, server, esri_headers(token))["objectIds"]) == 1000
    assert query_ids(emulator_session, server, esri_headers(token, "elsewhere")) == INVALID_TOKEN


def test_federated_server_accepts_only_referer_bound_portal_tokens(arcgis_enterprise, emulator_session):
    portal, server = arcgis_enterprise
    token = request_token(emulator_session, portal.token_url, client="requestip", referer="")["token"]
    assert query_ids(emulator_session, server, {"X-Esri-Authorization": f"Bearer {token}"}) == INVALID_TOKEN


def test_a_server_not_federated_with_the_portal_refuses_its_tokens(arcgis_enterprise, arcgis_server, emulator_session):
    token = request_token(emulator_session, arcgis_enterprise.portal.token_url)["token"]
    assert query_ids(emulator_session, arcgis_server, esri_headers(token)) == INVALID_TOKEN


def test_portal_token_exchange_gives_a_server_token(arcgis_enterprise, emulator_session):
    portal, server = arcgis_enterprise
    portal_body = request_token(emulator_session, portal.token_url)
    body = exchange(emulator_session, portal, server, portal_body["token"])
    assert body["token"] != portal_body["token"]
    assert body["expires"] <= portal_body["expires"]
    assert body["ssl"] is True
    assert len(query_ids(emulator_session, server, esri_headers(body["token"]))["objectIds"]) == 1000
    # A server token means nothing to the portal.
    self_url = sharing(portal, "community/self")
    assert emulator_session.get(
        self_url, params={"f": "json"}, headers=esri_headers(body["token"]), timeout=10
    ).json() == (INVALID_TOKEN)


def test_exchange_needs_the_portal_tokens_referer(arcgis_enterprise, emulator_session):
    portal, server = arcgis_enterprise
    token = request_token(emulator_session, portal.token_url)["token"]
    form = {"token": token, "serverUrl": server.server_url, "f": "json"}
    assert emulator_session.post(portal.token_url, data=form, timeout=10).json() == INVALID_TOKEN


def test_exchange_also_works_from_credentials(arcgis_enterprise, emulator_session):
    portal, server = arcgis_enterprise
    body = request_token(emulator_session, portal.token_url, serverUrl=server.services_url + "/")
    assert len(query_ids(emulator_session, server, esri_headers(body["token"]))["objectIds"]) == 1000


def test_exchange_can_fail_while_the_portal_token_still_works(arcgis_enterprise, emulator_session):
    portal, server = arcgis_enterprise
    server.settings.token_exchange_fails = True
    token = request_token(emulator_session, portal.token_url)["token"]
    assert exchange(emulator_session, portal, server, token) == EXCHANGE_FAILED
    assert len(query_ids(emulator_session, server, esri_headers(token))["objectIds"]) == 1000


def test_exchange_for_an_unknown_server_is_refused(arcgis_enterprise, arcgis_server, emulator_session):
    portal = arcgis_enterprise.portal
    token = request_token(emulator_session, portal.token_url)["token"]
    body = exchange(emulator_session, portal, arcgis_server, token)
    assert body["error"]["code"] == 400
    assert "token" not in body


def test_revoking_portal_tokens_reaches_the_federated_server(arcgis_enterprise, emulator_session):
    portal, server = arcgis_enterprise
    token = request_token(emulator_session, portal.token_url)["token"]
    portal.revoke_all_tokens()
    assert query_ids(emulator_session, server, esri_headers(token)) == INVALID_TOKEN


def test_portal_users_permissions_apply_on_the_federated_server(arcgis_enterprise, emulator_session):
    portal, server = arcgis_enterprise
    token = request_token(emulator_session, portal.token_url, "bob")["token"]
    assert query_ids(emulator_session, server, esri_headers(token))["error"]["code"] == 403
    assert len(query_ids(emulator_session, server, esri_headers(token), "Demo/Restricted")["objectIds"]) == 50


def test_portals_self_servers_lists_the_federated_server(arcgis_enterprise, emulator_session):
    portal, server = arcgis_enterprise
    token = request_token(emulator_session, portal.token_url)["token"]
    body = emulator_session.get(
        sharing(portal, "portals/self/servers"), params={"f": "json"}, headers=esri_headers(token), timeout=10
    ).json()
    assert [entry["url"] for entry in body["servers"]] == [server.server_url]


# ---------------------------------------------------------------- portals/self, community/self, SAML, MFA


def test_portals_self_anonymous_and_signed_in(arcgis_enterprise, emulator_session):
    portal = arcgis_enterprise.portal
    anonymous = emulator_session.get(sharing(portal, "portals/self"), params={"f": "json"}, timeout=10).json()
    assert anonymous["canSignInArcGIS"] is True
    assert anonymous["canSignInIDP"] is False
    assert anonymous["isPortal"] is True
    assert "user" not in anonymous
    token = request_token(emulator_session, portal.token_url)["token"]
    signed_in = emulator_session.get(
        sharing(portal, "portals/self"), params={"f": "json"}, headers=esri_headers(token), timeout=10
    ).json()
    assert signed_in["user"]["username"] == "alice"


def test_community_self_needs_a_user_token(arcgis_enterprise, emulator_session):
    portal = arcgis_enterprise.portal
    url = sharing(portal, "community/self")
    assert emulator_session.get(url, params={"f": "json"}, timeout=10).json()["error"]["code"] == 499
    token = request_token(emulator_session, portal.token_url)["token"]
    body = emulator_session.get(url, params={"f": "json"}, headers=esri_headers(token), timeout=10).json()
    assert (body["username"], body["provider"], body["mfaEnabled"]) == ("alice", "arcgis", False)


def test_saml_and_mfa_users_are_refused_and_announced(arcgis_enterprise, emulator_session):
    portal = arcgis_enterprise.portal
    portal.add_user("sam", "pw", saml_only=True)
    portal.add_user("mia", "pw", mfa=True)
    form = {"password": "pw", "client": "referer", "referer": REFERER, "f": "json"}
    saml = emulator_session.post(portal.token_url, data={**form, "username": "sam"}, timeout=10).json()
    assert "SAML" in saml["error"]["details"][0]
    mfa = emulator_session.post(portal.token_url, data={**form, "username": "mia"}, timeout=10).json()
    assert "Multifactor" in mfa["error"]["details"][0]
    self_info = emulator_session.get(sharing(portal, "portals/self"), params={"f": "json"}, timeout=10).json()
    assert self_info["canSignInIDP"] is True
    # What a browser sign-in would give them works like any token.
    token = portal.issue_token("sam", referer=REFERER)
    body = emulator_session.get(
        sharing(portal, "community/self"), params={"f": "json"}, headers=esri_headers(token), timeout=10
    ).json()
    assert (body["username"], body["provider"]) == ("sam", "enterprise")


# ---------------------------------------------------------------- OAuth2 client_credentials


def oauth(session, portal: ArcGISEmulator, **form: str) -> dict:
    data = {"grant_type": "client_credentials", "client_id": "app1", "client_secret": "s3cret", "f": "json", **form}
    return session.post(sharing(portal, "oauth2/token"), data=data, timeout=10).json()


def test_oauth_client_credentials_gives_an_app_token(arcgis_enterprise, emulator_session):
    portal, server = arcgis_enterprise
    portal.add_app("app1", "s3cret", services=["Demo/Points"])
    body = oauth(emulator_session, portal)
    assert set(body) == {"access_token", "expires_in"}
    assert body["expires_in"] == 7200
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    assert len(query_ids(emulator_session, server, headers)["objectIds"]) == 1000
    assert query_ids(emulator_session, server, headers, "Demo/Restricted")["error"]["code"] == 403
    community = emulator_session.get(
        sharing(portal, "community/self"), params={"f": "json"}, headers=headers, timeout=10
    )
    assert community.json()["error"]["code"] == 403


def test_oauth_app_tokens_expire(arcgis_enterprise, emulator_session):
    portal, server = arcgis_enterprise
    portal.add_app("app1", "s3cret")
    portal.settings.token_lifetime_seconds = 0.3
    body = oauth(emulator_session, portal)
    time.sleep(0.35)
    assert query_ids(emulator_session, server, {"Authorization": f"Bearer {body['access_token']}"}) == INVALID_TOKEN


@pytest.mark.parametrize(
    ("form", "error"),
    [
        ({"client_secret": "wrong"}, "invalid_client"),
        ({"client_id": "nobody"}, "invalid_request"),
        ({"grant_type": "password"}, "unsupported_grant_type"),
    ],
)
def test_oauth_refusals(arcgis_enterprise, emulator_session, form, error):
    portal = arcgis_enterprise.portal
    portal.add_app("app1", "s3cret")
    body = oauth(emulator_session, portal, **form)
    assert body["error"]["code"] == 400
    assert body["error"]["error"] == error
    assert "access_token" not in body


# ---------------------------------------------------------------- ArcGIS Online and API keys


def test_online_org_layout(arcgis_online, emulator_session):
    online = arcgis_online
    assert online.portal_url == online.origin
    assert online.server_url == f"{online.origin}/EmuOrg0123456789/arcgis"
    info = emulator_session.get(f"{online.server_url}/rest/info", params={"f": "json"}, timeout=10).json()
    assert info["owningSystemUrl"] == online.origin
    assert info["authInfo"]["tokenServicesUrl"] == f"{online.origin}/sharing/rest/generateToken"
    token = request_token(emulator_session, online.token_url, expiration="20160")["token"]
    assert len(query_ids(emulator_session, online, esri_headers(token))["objectIds"]) == 1000
    hosted_tokens = emulator_session.post(f"{online.server_url}/tokens/generateToken", data={"f": "json"}, timeout=10)
    assert hosted_tokens.status_code == 404
    portal_self = emulator_session.get(sharing(online, "portals/self"), params={"f": "json"}, timeout=10).json()
    assert portal_self["isPortal"] is False


def test_online_tokens_last_up_to_two_weeks(arcgis_online, emulator_session):
    body = request_token(emulator_session, arcgis_online.token_url, expiration="100000")
    assert abs(body["expires"] / 1000 - (time.time() + 20160 * 60)) < 5


def test_api_keys_are_sent_like_tokens_and_expire(arcgis_online, emulator_session):
    key = arcgis_online.add_api_key(expires_in=60)
    assert (
        len(query_ids(emulator_session, arcgis_online, {"X-Esri-Authorization": f"Bearer {key}"})["objectIds"]) == 1000
    )
    arcgis_online.revoke_all_tokens()  # a restart does not touch API keys
    assert len(query_ids(emulator_session, arcgis_online, {"Authorization": f"Bearer {key}"})["objectIds"]) == 1000
    expired = arcgis_online.add_api_key(expires_in=-1)
    assert query_ids(emulator_session, arcgis_online, {"Authorization": f"Bearer {expired}"}) == INVALID_TOKEN


def test_api_keys_can_be_limited_to_services(arcgis_online, emulator_session):
    key = arcgis_online.add_api_key("my-key", services=["Demo/Restricted"])
    assert key == "my-key"
    headers = {"Authorization": f"Bearer {key}"}
    assert query_ids(emulator_session, arcgis_online, headers)["error"]["code"] == 403
    assert len(query_ids(emulator_session, arcgis_online, headers, "Demo/Restricted")["objectIds"]) == 50


def test_portal_api_keys_work_on_its_federated_server(arcgis_enterprise, emulator_session):
    portal, server = arcgis_enterprise
    key = portal.add_api_key()
    assert len(query_ids(emulator_session, server, {"Authorization": f"Bearer {key}"})["objectIds"]) == 1000


def test_portal_and_online_generate_token_require_https_and_post(arcgis_emulator, emulator_session):
    portal = add_users(arcgis_emulator("portal", https=False))
    assert request_token(emulator_session, portal.token_url)["error"]["message"] == "SSL Required"
    portal.settings.allow_http_token = True
    assert request_token(emulator_session, portal.token_url)["ssl"] is False
    get = emulator_session.get(portal.token_url, params={"username": "alice", "f": "json"}, timeout=10).json()
    assert get["error"]["code"] == 405
