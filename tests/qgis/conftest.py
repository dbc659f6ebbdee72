"""A real QgsApplication for the tests under tests/qgis/.

Created once, at import, after tests/conftest.py has moved every place QGIS
writes to into the session's temporary folder. The auth DB gets a master
password so that nothing ever prompts.
"""

from __future__ import annotations

import sys

import pytest
from qgis.core import QgsApplication, QgsAuthManager
from qgis.PyQt.QtCore import QCoreApplication

MASTER_PASSWORD = "test-master-password"


def _start_qgis() -> QgsApplication:
    QCoreApplication.setOrganizationName(QgsApplication.QGIS_ORGANIZATION_NAME)
    QCoreApplication.setOrganizationDomain(QgsApplication.QGIS_ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationName(QgsApplication.QGIS_APPLICATION_NAME)
    app = QgsApplication([], True)
    app.initQgis()
    auth: QgsAuthManager = QgsApplication.authManager()
    # Positional: the keyword is pass_ on 3.22 and password on 3.40.
    if not auth.setMasterPassword(MASTER_PASSWORD, True):
        raise RuntimeError("could not set the master password of the test auth DB")
    return app


QGIS_APP = _start_qgis()


@pytest.fixture(scope="session")
def qgis_app() -> QgsApplication:
    return QGIS_APP


@pytest.fixture(scope="session")
def qgis_processing(qgis_app):
    plugins_dir = f"{QgsApplication.pkgDataPath()}/python/plugins"
    if plugins_dir not in sys.path:
        sys.path.append(plugins_dir)
    from processing.core.Processing import Processing

    Processing.initialize()
    return QgsApplication.processingRegistry()


@pytest.fixture(scope="session")
def trusted_ca(qgis_app, emulator_ca):
    """The emulator's CA, stored as a trusted authority in the test auth DB."""
    from qgis.PyQt.QtNetwork import QSslCertificate

    auth = QgsApplication.authManager()
    (certificate,) = QSslCertificate.fromPath(str(emulator_ca.ca_file))
    assert auth.storeCertAuthority(certificate)
    auth.rebuildCaCertsCache()
    auth.rebuildTrustedCaCertsCache()
    return emulator_ca
