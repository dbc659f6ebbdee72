"""Which URLs get which token: strict matching, and a hypothesis fuzz of adversarial URLs."""

from __future__ import annotations

import ast
from urllib.parse import quote, urlsplit

import pytest
from arcgis_token_auth.plugin.core.errors import InvalidURLError
from arcgis_token_auth.plugin.core.urls import (
    RootTable,
    ServerRoot,
    is_loopback_host,
    locate,
    redact,
    split_pasted_url,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import REPO_ROOT

ROOT = ServerRoot.parse("https://gis.example.com/arcgis")
TABLE = RootTable([(ROOT, "token")])


@pytest.mark.parametrize(
    "url",
    [
        "https://gis.example.com/arcgis",
        "https://gis.example.com/arcgis/",
        "https://gis.example.com/arcgis/rest/services/A/MapServer/export?bbox=1,2,3,4&f=image",
        "https://GIS.Example.COM/ArcGIS/rest/services",  # host and path case-insensitive
        "HTTPS://gis.example.com:443/arcgis/rest",  # default port spelt out
        "https://gis.example.com/%61rcgis/rest/services",  # percent-encoded letters
        "https://gis.example.com/arcgis/rest/services/My%20Folder/A/MapServer",
        "https://gis.example.com/arcgis#fragment",
        "https://gis.example.com/arcgis/rest/services?where=a%20b%3D%27c%27&token=old",
    ],
)
def test_urls_of_the_root_match(url: str) -> None:
    assert TABLE.lookup(url) == "token"


@pytest.mark.parametrize(
    "url",
    [
        "http://gis.example.com/arcgis/rest",  # scheme
        "https://gis.example.com:8443/arcgis/rest",  # port
        "https://gis.example.com/arcgisevil/rest",  # segment prefix only
        "https://gis.example.com/arcgis%2Frest",  # encoded separator
        "https://gis.example.com/arcgis/..%2Fother",
        "https://gis.example.com/arcgis/../other",  # dot segments
        "https://gis.example.com/arcgis/%2e%2e/other",
        "https://gis.example.com/arcgis/.. /other",
        "https://gis.example.com/arcgis/..;/other",  # Tomcat's path parameters
        "https://gis.example.com/arcgis/%252e%252e/other",  # double encoding
        "https://gis.example.com/other",
        "https://gis.example.com.evil.com/arcgis",  # host suffix
        "https://evilgis.example.com/arcgis",
        "https://gis.example.com@evil.com/arcgis",  # userinfo tricks
        "https://user:pw@gis.example.com/arcgis",
        "https://gis.example.com\\@evil.com/arcgis",
        "https://gis.example.com%2F@evil.com/arcgis",
        "https://gis.example.com\t/arcgis",
        "https://gis.example.com:99999/arcgis",
        "https://gis.example.com./arcgis",  # a trailing dot is another name for us: no token
        "//gis.example.com/arcgis",
        "ftp://gis.example.com/arcgis",
        " https://gis.example.com/arcgis",
        "",
    ],
)
def test_other_urls_do_not_match(url: str) -> None:
    assert TABLE.lookup(url) is None


def test_longest_root_wins() -> None:
    portal = ServerRoot.parse("https://h.example/")
    server = ServerRoot.parse("https://h.example/arcgis")
    table = RootTable([(portal, "portal"), (server, "server")])
    assert table.lookup("https://h.example/arcgis/rest/services") == "server"
    assert table.lookup("https://h.example/sharing/rest/info") == "portal"
    assert len(table) == 2


def test_equal_roots_keep_the_first() -> None:
    table = RootTable([(ROOT, "first"), (ServerRoot.parse("https://GIS.example.com:443/ArcGIS/"), "second")])
    assert table.lookup("https://gis.example.com/arcgis/rest") == "first"


@pytest.mark.parametrize(
    ("pasted", "root", "hint"),
    [
        ("https://h/arcgis/rest/services/F/S/FeatureServer/0?f=json", "https://h/arcgis", "server"),
        ("https://h:443/ArcGIS/rest/info", "https://h/ArcGIS", "server"),
        ("https://h/server/admin/generateToken", "https://h/server", "server"),
        ("https://h:7443/portal/home/item.html?id=1", "https://h:7443/portal", "portal"),
        ("https://org.maps.arcgis.com/sharing/rest", "https://org.maps.arcgis.com", "portal"),
        ("https://services.arcgis.com/O/arcgis/rest/services/X/FeatureServer", "https://services.arcgis.com/O/arcgis",
         "server"),
        ("https://h/arcgis/", "https://h/arcgis", None),
        ("https://org.maps.arcgis.com", "https://org.maps.arcgis.com", None),
    ],
)  # fmt: skip
def test_pasted_urls_give_their_root(pasted: str, root: str, hint: str) -> None:
    found, found_hint = split_pasted_url(pasted)
    assert (found.url, found_hint) == (root, hint)


@pytest.mark.parametrize("bad", ["gis.example.com/arcgis", "ftp://h/x", "https://u:p@h/arcgis", "https://h/a\\b"])
def test_a_bad_url_is_refused_without_echoing_secrets(bad: str) -> None:
    with pytest.raises(InvalidURLError) as caught:
        ServerRoot.parse(bad + "?token=SECRET-TOKEN")
    assert "SECRET-TOKEN" not in str(caught.value)
    assert "p@" not in str(caught.value)


def test_redact_drops_userinfo_query_and_fragment() -> None:
    assert redact("https://u:pw@h:8443/a/b?token=x#y") == "https://h:8443/a/b"
    assert redact("not a url?token=x") == "not a url"


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("localhost", True), ("127.0.0.1", True), ("127.9.9.9", True), ("[::1]", True), ("10.0.0.1", False),
     ("localhost.evil.com", False), ("example.com", False)],
)  # fmt: skip
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


def test_core_imports_no_qgis() -> None:
    """plugin/core is pure Python: usable from scripts and testable without QGIS."""
    for path in sorted((REPO_ROOT / "plugin" / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            assert not any(name.split(".")[0] in {"qgis", "PyQt5", "PyQt6"} for name in names), path


# --- The fuzz -------------------------------------------------------------------------------------------
#
# Each generated URL is built from parts whose effect is known, so the expected
# answer is known too; a second oracle (urllib's own parser, as requests reads
# the URL) checks that every URL we match really goes to the root's host and port.

ROOT_HOST, ROOT_PORT = "gis.example.com", 443
ROOT_SEGMENTS = ("arcgis",)

SAME_HOSTS = ["gis.example.com", "GIS.EXAMPLE.COM", "Gis.Example.Com"]
OTHER_HOSTS = [
    "gis.example.com.evil.com", "evilgis.example.com", "gis.example.co", "gis-example.com", "example.com",
    "gis.example.com.", "xn--gis-example.com", "127.0.0.1", "[::1]", "gis.example.com@evil.com",
    "evil.com@gis.example.com", "gis.example.com%40evil.com", "gis.example.com\\@evil.com", "gis.example.com%2F",
    "gis.example.com:@evil.com", "gis%2eexample.com", "gis.example.com\t", "gis.exampl\u0435.com",
]  # fmt: skip
SAME_PORTS = ["", ":443", ":"]
OTHER_PORTS = [":80", ":8443", ":4430", ":0", ":65536", ":-443", ":443:443", ":44 3"]
INSIDE_PATHS = ["/arcgis", "/arcgis/", "/ArcGIS/rest", "/%61rcgis/rest/services", "/arcgis/rest/services/a%20b/x"]
OUTSIDE_PATHS = [
    "", "/", "/arcgisevil", "/arcgis%2Frest", "/arcgis%2frest/services", "/arc/gis", "/%2Farcgis", "//arcgis",
    "/arcgis/../x", "/arcgis/%2e%2e/x", "/arcgis/.%2e/x", "/arcgis/..;/x", "/arcgis;/x", "/arcgis/%252e%252e/x",
    "/arcgis/..%5Cx", "/arcgis\\..\\x", "/arcgis/%00/x", "/arcgis/ ../x", "/arcgis/..%20/x", "/arcgi", "/arcgis%",
    "/arcgis%zz", "arcgis", "/./arcgis",
]  # fmt: skip
TAILS = ["", "?f=json", "?token=t&f=json", "#frag", "?next=https://evil.com/arcgis", "?a=/../../x", "?q=%2F@evil"]


@st.composite
def adversarial_urls(draw: st.DrawFn) -> tuple[str, bool]:
    """A URL and whether it must match ``https://gis.example.com/arcgis``."""
    scheme = draw(st.sampled_from(["https", "HTTPS", "Https", "http", "ftp", "https:", "javascript"]))
    host_ok = draw(st.booleans())
    host = draw(st.sampled_from(SAME_HOSTS if host_ok else OTHER_HOSTS))
    port_ok = draw(st.booleans())
    port = draw(st.sampled_from(SAME_PORTS if port_ok else OTHER_PORTS))
    path_ok = draw(st.booleans())
    path = draw(st.sampled_from(INSIDE_PATHS if path_ok else OUTSIDE_PATHS))
    extra = draw(st.lists(st.text(alphabet="abcXYZ09-_. ~%2Fe;@:/\\", max_size=6), max_size=3))
    if extra and path_ok:
        # Deeper segments, percent-encoded: those a server could read as a separator or a
        # dot segment once decoded make the URL match nothing (see plugin/core/urls.py).
        path = path.rstrip("/") + "/" + "/".join(quote(part, safe="") for part in extra)
        path_ok = not any(set(part) & set("/\\;%") or (part and not part.strip(". ")) for part in extra)
    tail = draw(st.sampled_from(TAILS))
    must_match = scheme.lower() == "https" and host_ok and port_ok and path_ok
    return f"{scheme}://{host}{port}{path}{tail}", must_match


def _goes_to_root(url: str) -> bool:
    """The second oracle: where urllib (and so requests) would send ``url``."""
    parts = urlsplit(url)
    segments = [part for part in parts.path.split("/") if part]
    return (
        parts.scheme.lower() == "https"
        and parts.hostname == ROOT_HOST
        and (parts.port or 443) == ROOT_PORT
        and "@" not in parts.netloc
        and [segment.lower() for segment in segments[:1]] in (["arcgis"], ["%61rcgis"])
    )


@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(adversarial_urls())
def test_fuzz_adversarial_urls(case: tuple[str, bool]) -> None:
    url, must_match = case
    matched = TABLE.lookup(url) is not None
    assert matched is must_match, url
    if matched:
        assert _goes_to_root(url), url


@settings(max_examples=2_000, deadline=None)
@given(st.text(max_size=80))
def test_fuzz_any_text_after_the_host(junk: str) -> None:
    """Random text never crashes the matcher, and whatever matches goes to the root's host."""
    for url in (f"https://gis.example.com{junk}", f"https://gis.example.com/arcgis{junk}", junk):
        location = locate(url)
        if TABLE.lookup(url) is not None:
            assert location is not None
            assert (location.host, location.port) == (ROOT_HOST, ROOT_PORT), url
            assert location.segments[:1] == ROOT_SEGMENTS, url
