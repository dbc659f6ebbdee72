"""Client certificates from QGIS's authentication database, for connections behind a PKI web tier.

A user's certificates already live in QGIS's auth database, as PKI auth
configs: PEM files (PKI-Paths), a PKCS#12 bundle (PKI-PKCS#12) or an identity
of QGIS's certificate manager (Identity-Cert). A connection names one of them
(``Connection.certificate_config``); QGIS decrypts it — its passphrase is in
the config, under the master password — and the plugin keeps the certificate
and its unencrypted key in memory while the connection is used: for its own
requests (:mod:`..core.webtier`) and for QGIS's, to which :mod:`.injector`
attaches them. Nothing of it is written anywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsPkiBundle
from qgis.PyQt.QtCore import QCoreApplication, QDateTime

from ..core.credentials import Secret
from ..core.webtier import ClientCertificate

PKI_METHODS = ("PKI-Paths", "PKI-PKCS#12", "Identity-Cert")  # QGIS's auth methods holding a certificate and key


class CertificateUnavailable(Exception):  # noqa: N818 - a reason, said to the user by the caller
    """Why a connection's certificate cannot be used (the message is for the user, translated: ``text``
    filled with ``fields``)."""

    def __init__(self, text: str, **fields: str) -> None:
        super().__init__(text.format(**fields))


class PassphraseNeeded(CertificateUnavailable):
    """The key is protected by a passphrase its config does not keep, and none (or a wrong one) was given."""


def client_certificate(config_id: str, passphrase: Optional[Secret] = None) -> ClientCertificate:
    """The certificate (with its chain) and unencrypted key of the PKI auth config ``config_id``; the key's
    ``passphrase`` when the config does not keep it (the user typed it). Raises CertificateUnavailable
    (PassphraseNeeded). Reads the auth database: not on the main thread while it waits for its master
    password."""
    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    if not manager.loadAuthenticationConfig(config_id, config, True) or not config.isValid(True):
        raise CertificateUnavailable(
            QCoreApplication.translate(
                "ArcGISTokenAuthPki", "QGIS's authentication database has no configuration {id}"
            ),
            id=config_id,
        )  # fmt: skip
    method = config.method()
    if method == "Identity-Cert":
        certificate, key = manager.certIdentityBundleToPem(config.config("certid"))
        if not certificate or not key:
            raise CertificateUnavailable(
                QCoreApplication.translate("ArcGISTokenAuthPki", "the identity of configuration {id} is gone"),
                id=config_id,
            )  # fmt: skip
        return ClientCertificate(certificate.encode("ascii"), Secret(key))
    stored = config.config("keypass" if method == "PKI-Paths" else "bundlepass")
    typed = passphrase.reveal() if passphrase is not None else ""
    if method == "PKI-Paths":
        bundle = QgsPkiBundle.fromPemPaths(config.config("certpath"), config.config("keypath"), stored or typed)
    elif method == "PKI-PKCS#12":
        bundle = QgsPkiBundle.fromPkcs12Paths(config.config("bundlepath"), stored or typed)
    else:
        raise CertificateUnavailable(
            QCoreApplication.translate("ArcGISTokenAuthPki", "configuration {id} is not a client certificate"),
            id=config_id,
        )  # fmt: skip
    if bundle.isNull() and not stored and _protected(method, config):
        raise PassphraseNeeded(
            QCoreApplication.translate(
                "ArcGISTokenAuthPki",
                "the key of configuration {id} is protected by a passphrase that is not stored with it: store it in "
                "the configuration (Settings > Options > Authentication), or enter it when QGIS desktop asks for it"
            ),
            id=config_id,
        )  # fmt: skip
    if bundle.isNull():
        raise CertificateUnavailable(
            QCoreApplication.translate(
                "ArcGISTokenAuthPki", "the certificate or key of configuration {id} could not be read (its passphrase?)"
            ),
            id=config_id,
        )  # fmt: skip
    certificate = bundle.clientCert()
    expiry = certificate.expiryDate()
    if expiry < QDateTime.currentDateTimeUtc():
        raise CertificateUnavailable(
            QCoreApplication.translate("ArcGISTokenAuthPki", "the certificate of configuration {id} expired on {date}"),
            id=config_id,
            date=expiry.toString("yyyy-MM-dd"),
        )  # fmt: skip
    chain = b"".join(bytes(each.toPem()) for each in [certificate, *bundle.caChain()])
    return ClientCertificate(chain, Secret(bytes(bundle.clientKey().toPem()).decode("ascii")))


def _protected(method: str, config: QgsAuthMethodConfig) -> bool:
    """Whether the config's key needs a passphrase to be read: an encrypted PEM key, or any PKCS#12 bundle
    (which QGIS could not open without one)."""
    if method != "PKI-Paths":
        return True
    try:
        head = Path(config.config("keypath")).read_bytes()[:4096]
    except OSError:
        return False
    return b"ENCRYPTED" in head
