"""A throwaway QGIS for the tests, the demo and the benchmarks.

Every place QGIS or Qt writes to (profile, settings, auth DB, caches) goes
into one folder, so that nothing under the user's home folder is created or
changed; the checkout is importable as ``arcgis_token_auth``, the folder
name it has when installed. Call :func:`isolate_qgis` before importing QGIS.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PLUGIN_PACKAGE = "arcgis_token_auth"
QGIS_LOCATIONS = {
    "XDG_DATA_HOME": "data",
    "XDG_CACHE_HOME": "cache",
    "XDG_CONFIG_HOME": "config",
    "XDG_RUNTIME_DIR": "runtime",
    "QGIS_AUTH_DB_DIR_PATH": "authdb",
    "QGIS_CUSTOM_CONFIG_PATH": "qgis-config",
}


def isolate_qgis(root: Path) -> Path:
    for variable, sub in QGIS_LOCATIONS.items():
        path = root / sub
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.environ[variable] = str(path)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return root


def expose_plugin(root: Path) -> Path:
    """Link the checkout as ``<root>/packages/arcgis_token_auth`` and put that folder on sys.path."""
    packages_dir = root / "packages"
    packages_dir.mkdir(exist_ok=True)
    link = packages_dir / PLUGIN_PACKAGE
    if not link.exists():
        link.symlink_to(REPO_ROOT, target_is_directory=True)
    if str(packages_dir) not in sys.path:
        sys.path.insert(0, str(packages_dir))
    return packages_dir


def start_qgis(master_password: str, trusted_ca_file: Path | None = None, *, gui: bool = True):
    """A headless QgsApplication with its auth DB unlocked (and trusting ``trusted_ca_file``)."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName(QgsApplication.QGIS_ORGANIZATION_NAME)
    QCoreApplication.setOrganizationDomain(QgsApplication.QGIS_ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationName(QgsApplication.QGIS_APPLICATION_NAME)
    app = QgsApplication([], gui)
    app.initQgis()
    auth = QgsApplication.authManager()
    # Positional: the keyword is pass_ on 3.22 and password on 3.40.
    if not auth.setMasterPassword(master_password, True):
        raise RuntimeError("could not unlock the throwaway auth DB")
    if trusted_ca_file is not None:
        trust_ca(trusted_ca_file)
    return app


def trust_ca(ca_file: Path) -> None:
    """Store a CA certificate as trusted in QGIS's auth DB, as a user does in the Certificate Manager."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtNetwork import QSslCertificate

    auth = QgsApplication.authManager()
    for certificate in QSslCertificate.fromPath(str(ca_file)):
        auth.storeCertAuthority(certificate)
    auth.rebuildCaCertsCache()
    auth.rebuildTrustedCaCertsCache()
