"""The form to create, change or duplicate a connection, and to test it before saving.

It fits the screen it opens on (a 1366x768 laptop too) in every state: the
form scrolls between the message bar and the Save/Cancel buttons, which stay
in view, and the dialog grows with what it shows only up to the screen's height.
Advanced settings start collapsed unless the connection changed one of them;
so does the web tier, unless the connection has one.

The web tier (what the web server in front of ArcGIS asks for) decides the
sign-in: Basic and Windows sign the user in with the connection's user name
and password, so the only kind offered then is "Signed in by the web tier";
a client certificate goes with that kind (the token for the certificate's
user, nothing to type) or with an ArcGIS user name and password. Windows
(NTLM) is offered disabled, saying what to install, without ``requests-ntlm``.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt, pyqtSignal
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..core.connection import DEFAULT_LIFETIME_MINUTES, DEFAULT_REFERER, Connection, InvalidFieldError
from ..core.credentials import Binding, CredentialKind, Secret, WebTier
from ..core.engine import TestResult
from ..core.errors import ArcGISAuthError
from ..core.transport import Transport
from ..core.urls import split_pasted_url
from ..core.webtier import ntlm_unavailable_reason
from ..integration.browser_signin import BrowserSignIn, Opener
from ..integration.errors import KeyringUnavailableError, SecretNeededError, StoreError
from ..integration.pki import PKI_METHODS
from ..integration.secrets import SecretStore, keyring_unavailable_reason
from ..integration.tasks import FunctionTask, start
from . import texts
from .feedback import Feedback
from .ui_loader import form_class

# Room kept for the window's title bar, which is not known before the window manager has framed it.
TITLE_BAR_ALLOWANCE = 40
# Transports that put the token in Authorization, which a Basic or Windows web tier takes.
AUTHORIZATION_TRANSPORTS = (Transport.BEARER, Transport.AUTHORIZATION)


class ConnectionEditor(QDialog, form_class("connection_editor")):
    """``saved(connection)`` once the connection is stored (the dialog then closes)."""

    saved = pyqtSignal(object)
    # Replaces the system browser in browser sign-ins (tests play the browser with it); None: the system's.
    browser_opener: Optional[Opener] = None

    def __init__(
        self,
        service,
        connection: Optional[Connection] = None,
        *,
        duplicate: bool = False,
        parent: Optional[QWidget] = None,
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self._service = service
        self._source = connection  # what the form starts from (also for a duplicate)
        self._original = None if duplicate else connection  # what saving replaces
        # A new connection's id is its future auth config's id: known before it is saved,
        # so that testing and saving speak of the same connection.
        self._id = connection.id if self._original is not None else service.store.new_id()
        self._test: Optional[FunctionTask] = None
        self._tested: tuple[Optional[Connection], Optional[Secret]] = (None, None)  # what the running test tests
        self._sign_in: Optional[BrowserSignIn] = None  # the latest browser sign-in started here
        self.feedback = Feedback(self.messageBar)
        self._fitting = False  # from the first show on: Advanced collapses only once shown

        # A browser connection keeps its kind whatever its URL; others are offered it for a portal's URL.
        self._keeps_browser = connection is not None and connection.credential is CredentialKind.BROWSER
        self._fill_choices(browser=self._keeps_browser)
        self._fill_web_tiers()
        self._fill_certificates(connection.certificate_config if connection is not None else "")
        self.credentialCombo.currentIndexChanged.connect(self._update_credential_fields)
        self.webTierCombo.currentIndexChanged.connect(self._update_web_tier)
        self.webTierGroup.collapsedStateChanged.connect(self._group_toggled)
        self.urlEdit.textChanged.connect(self._offer_browser)
        self.bindingCombo.currentIndexChanged.connect(self._update_referer)
        self.allowHttpCheck.toggled.connect(self._show_http_warning)
        self.advancedGroup.collapsedStateChanged.connect(self._group_toggled)
        self.testButton.clicked.connect(self.start_test)
        self.cancelTestButton.clicked.connect(self.cancel_test)
        self.signInButton.clicked.connect(self.start_sign_in)
        self.cancelSignInButton.clicked.connect(self.cancel_sign_in)
        self.signOutButton.clicked.connect(self.sign_out)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttonBox.rejected.connect(self.reject)

        self.setWindowTitle(self.tr("New ArcGIS Connection") if self._original is None else self.windowTitle())
        self._show(connection, duplicate)
        self._set_testing(False)
        self._set_signing_in(False)
        self.testResultsWidget.setVisible(False)
        self.httpWarningLabel.setVisible(self.allowHttpCheck.isChecked())
        self.advancedGroup.setCollapsed(connection is None or self._advanced_is_default(connection))
        self.webTierGroup.setCollapsed(connection is None or connection.web_tier is WebTier.NONE)

    # -- the form ---------------------------------------------------------------------
    def _fill_choices(self, *, browser: bool) -> None:
        for combo, choices in (
            (self.credentialCombo, texts.credential_kinds(browser=browser)),
            (self.secretStoreCombo, texts.secret_stores()),
            (self.bindingCombo, texts.bindings()),
            (self.transportCombo, texts.transports()),
        ):
            for value, label in choices.items():
                combo.addItem(label, value)
        reason = keyring_unavailable_reason()
        if reason is not None:
            # Not installed, no backend, or one that would keep the secret unencrypted: offered disabled, saying why.
            keyring_item = self.secretStoreCombo.model().item(self.secretStoreCombo.findData(SecretStore.KEYRING))
            keyring_item.setEnabled(False)
            keyring_item.setToolTip(self._keyring_refused(reason))
            self.secretStoreHint.setText(self._keyring_refused(reason))
        else:
            self.secretStoreHint.setText(self.tr("Both keep the secret encrypted; neither puts it in a project file."))

    def _fill_web_tiers(self) -> None:
        for value, label in texts.web_tiers().items():
            self.webTierCombo.addItem(label, value)
        unavailable = ntlm_unavailable_reason() is not None
        if unavailable:  # offered disabled, saying what to install (a saved connection still shows it)
            windows_item = self.webTierCombo.model().item(self.webTierCombo.findData(WebTier.WINDOWS))
            windows_item.setEnabled(False)
            windows_item.setToolTip(texts.ntlm_unavailable())
            self.ntlmHint.setText(texts.ntlm_unavailable())
        for transport in AUTHORIZATION_TRANSPORTS:
            item = self.transportCombo.model().item(self.transportCombo.findData(transport))
            item.setToolTip(self.tr("Not with a Basic or Windows web tier: it takes the Authorization header."))

    def _fill_certificates(self, current: str) -> None:
        """The user's client certificates in QGIS's auth DB, by name (their configs' ids as data);
        ``current``, a connection's, stays listed even when its config is gone."""
        configs = QgsApplication.authManager().availableAuthMethodConfigs().values()
        certificates = sorted(
            (config for config in configs if config.method() in PKI_METHODS),
            key=lambda config: config.name().casefold(),
        )
        for row, config in enumerate(certificates):
            self.certificateCombo.addItem(config.name(), config.id())
            self.certificateCombo.setItemData(row, config.method(), Qt.ItemDataRole.ToolTipRole)
        if current and self.certificateCombo.findData(current) < 0:
            missing = self.tr("{id} (no longer in QGIS's authentication database)").format(id=current)
            self.certificateCombo.addItem(missing, current)
        self.certificateCombo.setEnabled(self.certificateCombo.count() > 0)
        if certificates:
            self.certificateHint.setText(
                self.tr("Your certificates in QGIS's authentication database (Settings > Options > Authentication).")
            )
        else:
            self.certificateHint.setText(self._add_a_certificate())

    def _add_a_certificate(self) -> str:
        return self.tr(
            "QGIS's authentication database holds no client certificate yet: add one under Settings > Options > "
            "Authentication (PKI paths, PKI PKCS#12 or an identity certificate), then open this form again."
        )

    def _keyring_refused(self, reason: KeyringUnavailableError) -> str:
        return self.tr("The OS keyring cannot be used: {reason}.").format(reason=texts.error_text(reason))

    def _show(self, connection: Optional[Connection], duplicate: bool) -> None:
        if connection is None:
            self._select(self.bindingCombo, Binding.REFERER)
            self.refererEdit.setText(DEFAULT_REFERER)
            self.lifetimeSpin.setValue(DEFAULT_LIFETIME_MINUTES)
            self._update_web_tier()
            return
        name = self.tr("{name} (copy)").format(name=connection.name) if duplicate else connection.name
        self.nameEdit.setText(name)
        self.urlEdit.setText(connection.url)
        if self._original is not None and connection.credential is CredentialKind.BROWSER:
            self._say_signed_in(self._service.signed_in_user(connection.id))
        # The web tier first: it decides which kinds the credential combo offers.
        self._select(self.webTierCombo, connection.web_tier)
        self._select(self.certificateCombo, connection.certificate_config)
        self._update_web_tier()
        self._select(self.credentialCombo, connection.credential)
        self.usernameEdit.setText(connection.username)
        self._select(self.bindingCombo, connection.binding)
        self.refererEdit.setText(connection.referer)
        self._select(self.transportCombo, connection.transport)
        self.lifetimeSpin.setValue(connection.lifetime_minutes)
        self.allowHttpCheck.setChecked(connection.allow_plain_http)
        if self._original is not None:
            self._select(self.secretStoreCombo, self._service.store.secret_store(connection.id))
        self._update_credential_fields()
        self._update_referer()

    @staticmethod
    def _advanced_is_default(connection: Connection) -> bool:
        """Whether the connection left every advanced setting as a new one has it."""
        return (
            connection.binding is Binding.REFERER
            and connection.referer == DEFAULT_REFERER
            and connection.transport is Transport.AUTO
            and connection.lifetime_minutes == DEFAULT_LIFETIME_MINUTES
            and not connection.allow_plain_http
        )

    def _show_http_warning(self, shown: bool) -> None:
        self.httpWarningLabel.setVisible(shown)
        self._fit_to_screen()

    def _group_toggled(self) -> None:
        """A group opened shows every row it holds (QgsCollapsibleGroupBox's way): the ones the form's
        state hides are hidden again, then the dialog fits what it shows."""
        self.httpWarningLabel.setVisible(self.allowHttpCheck.isChecked() and not self.advancedGroup.isCollapsed())
        self._show_web_tier_rows()
        self._fit_to_screen()

    def _show_web_tier_rows(self) -> None:
        """The certificate rows for a client certificate, the NTLM hint when Windows cannot work; none in
        the closed group (a row shown there would be drawn over its title)."""
        opened = not self.webTierGroup.isCollapsed()
        certificate = self._web_tier() is WebTier.CLIENT_CERTIFICATE
        for widget in (self.certificateCaption, self.certificateCombo, self.certificateHint):
            widget.setVisible(opened and certificate)
        self.ntlmHint.setVisible(opened and bool(self.ntlmHint.text()))

    @staticmethod
    def _select(combo, value) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _kind(self) -> CredentialKind:
        return CredentialKind(self.credentialCombo.currentData())

    def _web_tier(self) -> WebTier:
        return WebTier(self.webTierCombo.currentData())

    def _certificate_signs_in(self) -> bool:
        """Whether the client certificate alone signs the user in: no user name, no password."""
        return self._kind() is CredentialKind.WEB_TIER and not self._web_tier().takes_authorization

    def _update_web_tier(self) -> None:
        """The web tier decides the certificate rows and the sign-ins the credential combo offers."""
        tier = self._web_tier()
        self._show_web_tier_rows()
        row = self.credentialCombo.findData(CredentialKind.WEB_TIER)
        if tier is WebTier.NONE and row >= 0:
            if self._kind() is CredentialKind.WEB_TIER:
                self._select(self.credentialCombo, CredentialKind.PASSWORD)
            self.credentialCombo.removeItem(row)
        elif tier is not WebTier.NONE and row < 0:
            label = texts.credential_kinds(web_tier=True)[CredentialKind.WEB_TIER]
            self.credentialCombo.addItem(label, CredentialKind.WEB_TIER)
        if tier.takes_authorization:
            self._select(self.credentialCombo, CredentialKind.WEB_TIER)
        for transport in AUTHORIZATION_TRANSPORTS:
            item = self.transportCombo.model().item(self.transportCombo.findData(transport))
            item.setEnabled(not tier.takes_authorization)
        self._restrict_credentials()
        self._update_credential_fields()

    def _restrict_credentials(self) -> None:
        """Under Basic or Windows only the web tier signs in: the other kinds are offered disabled."""
        only_web_tier = self._web_tier().takes_authorization
        model = self.credentialCombo.model()
        for row in range(self.credentialCombo.count()):
            kind = CredentialKind(self.credentialCombo.itemData(row))
            model.item(row).setEnabled(not only_web_tier or kind is CredentialKind.WEB_TIER)

    def _offer_browser(self) -> None:
        """Browser sign-in is for portals and ArcGIS Online: offered unless the URL is an ArcGIS Server's."""
        try:
            offered = self._keeps_browser or split_pasted_url(self.urlEdit.text())[1] != "server"
        except ArcGISAuthError:  # not a URL (yet)
            offered = self._keeps_browser
        row = self.credentialCombo.findData(CredentialKind.BROWSER)
        if offered and row < 0:
            label = texts.credential_kinds(browser=True)[CredentialKind.BROWSER]
            self.credentialCombo.addItem(label, CredentialKind.BROWSER)
        elif not offered and row >= 0:
            self.credentialCombo.removeItem(row)
        self._restrict_credentials()

    def _update_credential_fields(self) -> None:
        kind = self._kind()
        browser = kind is CredentialKind.BROWSER
        certificate = self._certificate_signs_in()  # nothing to type: no user name, no secret to keep
        for widget in (self.usernameCaption, self.usernameEdit):
            widget.setVisible(kind is not CredentialKind.API_KEY and not certificate)
        for widget in (self.secretCaption, self.secretEdit):
            widget.setVisible(not browser and not certificate)
        for widget in (self.secretStoreCaption, self.secretStoreCombo, self.secretStoreHint):
            widget.setVisible(not certificate)
        windows = kind is CredentialKind.WEB_TIER and self._web_tier() is WebTier.WINDOWS
        self.usernameEdit.setPlaceholderText(self.tr("DOMAIN\\user") if windows else "")
        for widget in (self.browserSignInWidget, self.signInStatusLabel):
            widget.setVisible(browser)
        # Signing out is for the stored sign-in: a saved connection's.
        self.signOutButton.setVisible(browser and self._original is not None)
        self.usernameCaption.setText(texts.username_label(kind))
        self.secretCaption.setText(texts.secret_label(kind))
        if self._original is not None:
            self.secretEdit.setPlaceholderText(self.tr("Unchanged: type only to replace the stored one"))
        else:
            self.secretEdit.setPlaceholderText("")
        self._fit_to_screen()

    def _update_referer(self) -> None:
        self.refererEdit.setEnabled(Binding(self.bindingCombo.currentData()) is Binding.REFERER)

    def connection(self) -> Connection:
        """What the form says, as a Connection; raises ValueError when it cannot be one."""
        url = self.urlEdit.text().strip()
        kind = self._kind()
        tier = self._web_tier()
        no_username = kind is CredentialKind.API_KEY or self._certificate_signs_in()
        certificate = self.certificateCombo.currentData() if tier is WebTier.CLIENT_CERTIFICATE else None
        return Connection(
            id=self._id,
            name=self.nameEdit.text().strip() or url,
            url=url,
            credential=kind,
            username="" if no_username else self.usernameEdit.text().strip(),
            binding=self.bindingCombo.currentData(),
            referer=self.refererEdit.text().strip(),
            lifetime_minutes=self.lifetimeSpin.value(),
            transport=Transport(self.transportCombo.currentData()),
            allow_plain_http=self.allowHttpCheck.isChecked(),
            web_tier=tier,
            certificate_config=certificate or "",
            # Not in the form: kept as it was.
            api_key_expires=self._source.api_key_expires if self._source is not None else None,
        )

    def _secret_store(self) -> SecretStore:
        if self._certificate_signs_in():  # nothing secret to keep: the key stays in its own auth config
            return SecretStore.AUTH_DB
        return SecretStore(self.secretStoreCombo.currentData())

    def _typed_secret(self) -> Optional[Secret]:
        """The secret typed in the form; None keeps the stored one."""
        if self._certificate_signs_in():  # none: an empty one replaces what another sign-in kept
            return Secret("")
        return Secret(self.secretEdit.text()) if self.secretEdit.text() else None

    def _checked_connection(self) -> Optional[Connection]:
        """The connection the form describes, or None after telling the user what is missing."""
        try:
            connection = self.connection()
        except ArcGISAuthError as error:
            self.feedback.failure(self.tr("Check the URL"), texts.error_text(error))
            return None
        except ValueError as error:
            if isinstance(error, InvalidFieldError) and error.character:  # the referer or user name
                self._refuse_field(error)
                return None
            if isinstance(error, InvalidFieldError) and error.field in self._web_tier_fields():
                self._refuse_web_tier_field(error.field)
                return None
            # The only other rule a connection enforces here: a referer-bound connection needs a referer.
            self.feedback.failure(
                self.tr("Incomplete connection"),
                self.tr("Enter the referer, or bind the tokens to this computer's IP address."),
            )
            return None
        needs_username = connection.credential is not CredentialKind.API_KEY and not self._certificate_signs_in()
        if needs_username and not connection.username:
            self.feedback.failure(self.tr("Incomplete connection"), texts.enter_username(connection.credential))
            return None
        return connection

    def _refuse_field(self, error: InvalidFieldError) -> None:
        """A character the referer or user name cannot hold: said at the bar, the cursor put on it."""
        shown = error.character if error.character.isprintable() else f"U+{ord(error.character):04X}"
        if error.field == "referer":
            field = self.refererEdit
            title = self.tr("Check the referer")
            text = self.tr(
                "The referer cannot hold “{character}”: it is sent as an HTTP header, which carries only printable "
                "Latin-1 characters (letters, digits, punctuation such as - . / :)."
            ).format(character=shown)
        else:
            field = self.usernameEdit
            label = texts.username_label(self._kind())
            title = self.tr("Check “{field}”").format(field=label)
            text = self.tr("“{field}” cannot hold an invisible or control character ({character}).").format(
                field=label, character=shown
            )
        self.feedback.failure(title, text)
        field.setFocus()
        position = field.text().find(error.character)
        if position >= 0:
            field.setSelection(position, len(error.character))

    def _web_tier_fields(self) -> dict:
        """What the web-tier rules of a connection refuse, field by field: the widget to put the cursor
        on, the group to open for it, the title and text to say at the bar."""
        incomplete = self.tr("Incomplete connection")
        check_web_tier = self.tr("Check the web tier")
        return {
            "web_tier": (self.webTierCombo, self.webTierGroup, check_web_tier, self.tr(
                "“Signed in by the web tier” needs a web tier: choose what it asks for, or another way to sign in."
            )),
            "credential": (self.credentialCombo, None, check_web_tier, self.tr(
                "A Basic or Windows web tier signs you in with the user name and password: choose “Signed in by "
                "the web tier”."
            )),
            "username": (self.usernameEdit, None, incomplete, texts.enter_username(self._kind())),
            "transport": (self.transportCombo, self.advancedGroup, self.tr("Check “Send the token as”"), self.tr(
                "A Basic or Windows web tier takes the Authorization header: the token travels in "
                "X-Esri-Authorization (choose it, or Automatic)."
            )),
            "certificate_config": (self.certificateCombo, self.webTierGroup, self.tr("Choose the certificate"), (
                self.tr("Choose the client certificate the web tier asks for.")
                if self.certificateCombo.count() else self._add_a_certificate()
            )),
        }  # fmt: skip

    def _refuse_web_tier_field(self, field: str) -> None:
        """A web-tier rule the form breaks: said at the bar, the cursor put on the field to change."""
        widget, group, title, text = self._web_tier_fields()[field]
        if group is not None:
            group.setCollapsed(False)
        self.feedback.failure(title, text)
        widget.setFocus()
        self._scroll_to(widget)

    def _checked_input(self) -> Optional[tuple[Connection, Optional[Secret]]]:
        """The connection and secret to test or save, or None after telling the user what is missing."""
        connection = self._checked_connection()
        if connection is None:
            return None
        kind = connection.credential
        needed = self._original is None or self._service.secret_moves(self._id, self._secret_store())
        if kind is CredentialKind.BROWSER:
            # A sign-in done here; a saved connection's own was stored when it succeeded (and may be renewed since).
            signed_in = self._sign_in.secret if self._sign_in is not None else None
            secret = signed_in if needed else None
        else:
            secret = self._typed_secret()
        if secret is None and needed:  # saving would refuse it (the service's rule): say what to enter
            self.feedback.failure(self.tr("Incomplete connection"), texts.enter_secret(kind))
            return None
        return connection, secret

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        checked = self._checked_input()
        if checked is None:
            return
        connection, secret = checked
        try:
            saved = self._service.save_connection(connection, secret, self._secret_store())
        except KeyringUnavailableError as refused:  # e.g. the keyring chosen before it became unusable
            self.feedback.failure(self.tr("Not saved"), self._keyring_refused(refused))
            return
        except (StoreError, SecretNeededError) as error:
            self.feedback.failure(self.tr("Not saved"), texts.error_text(error))
            return
        except Exception as error:  # noqa: BLE001 - a keyring backend may raise anything
            # Only the type: a keyring's message could quote what it was given.
            self.feedback.failure(
                self.tr("Not saved"),
                self.tr("The OS keyring did not accept the secret ({error}).").format(error=type(error).__name__),
            )
            return
        self.cancel_test()
        self._drop_sign_in()
        self.saved.emit(saved)
        self.accept()

    def reject(self) -> None:
        self.cancel_test()
        self._drop_sign_in()
        super().reject()

    # -- browser sign-in ------------------------------------------------------------------------
    def start_sign_in(self) -> None:
        connection = self._checked_connection()
        if connection is None:
            return
        self._sign_in = self._service.start_browser_sign_in(connection, opener=self.browser_opener)
        self._sign_in.succeeded.connect(self._sign_in_ended)
        self._sign_in.failed.connect(self._sign_in_ended)
        self._set_signing_in(True)
        self._say_sign_in(self.tr("Waiting for the browser…"))

    def cancel_sign_in(self) -> None:
        """The sign-in ends at once; its ``failed`` (cancelled) says so under the button."""
        if self.signing_in:
            self._sign_in.cancel()

    def sign_out(self) -> None:
        self._drop_sign_in()
        self._sign_in = None
        self._set_signing_in(False)
        self._service.sign_out(self._id)
        self._say_signed_in(None)

    @property
    def signing_in(self) -> bool:
        return self._sign_in is not None and not self._sign_in.done

    def _drop_sign_in(self) -> None:
        """The dialog closes: a sign-in still waiting ends, and nothing of it comes back here."""
        if self.signing_in:
            self._sign_in.succeeded.disconnect(self._sign_in_ended)
            self._sign_in.failed.disconnect(self._sign_in_ended)
            self._sign_in.cancel()

    def _sign_in_ended(self, _outcome: object) -> None:
        self._set_signing_in(False)
        if self._sign_in.error is not None:
            self._say_sign_in(texts.error_text(self._sign_in.error))
        elif self._sign_in.username:
            self._say_signed_in(self._sign_in.username)
        else:
            self._say_sign_in(self.tr("Signed in."))

    def _say_signed_in(self, user: Optional[str]) -> None:
        if user is None:
            self._say_sign_in(self.tr("Not signed in."))
        else:
            self._say_sign_in(self.tr("Signed in as {user}").format(user=user))

    def _say_sign_in(self, text: str) -> None:
        self.signInStatusLabel.setText(text)
        self._fit_to_screen()

    def _set_signing_in(self, signing_in: bool) -> None:
        self.signInButton.setEnabled(not signing_in)
        self.signInProgress.setVisible(signing_in)
        self.cancelSignInButton.setVisible(signing_in)

    # -- testing -----------------------------------------------------------------------------
    def start_test(self) -> None:
        checked = self._checked_input()
        if checked is None:
            return
        connection, secret = checked
        self.cancel_test()
        if secret is None:  # "Unchanged": the stored one, behind QGIS's master password if it is locked
            self._service.unlock_auth_db()
        self.testResultsWidget.setVisible(False)
        self._say(self.tr("Connecting to {server}…").format(server=connection.root.origin))
        description = self.tr("Testing the ArcGIS connection “{connection}”").format(connection=connection.name)
        # Blocking (discovery, sign-in, transport check): on a worker thread, which touches no widget.
        service = self._service
        self._test = start(FunctionTask(description, lambda _feedback: service.test_connection(connection, secret)))
        self._tested = (connection, secret)
        self._test.succeeded.connect(self._show_result)
        self._test.failed.connect(self._show_crash)
        self._set_testing(True)

    def cancel_test(self) -> None:
        if self._test is None:
            return
        # The sign-in may still finish in the background; its result is dropped.
        self._test.cancel()
        self._test = None
        self._set_testing(False)
        self._say(self.tr("Test cancelled."))

    @property
    def testing(self) -> bool:
        return self._test is not None

    def _set_testing(self, testing: bool) -> None:
        self.testButton.setEnabled(not testing)
        self.testProgress.setVisible(testing)
        self.cancelTestButton.setVisible(testing)

    def _show_result(self, result: TestResult) -> None:
        self._test = None
        self._set_testing(False)
        if not result.ok:
            # The full message (what happened, what to do) under the button; the bar says how it went.
            # (The bar first: the form is scrolled to the message in the room the bar leaves.)
            text = texts.error_text(result.error)
            self.feedback.failure(self.tr("Test failed"), self.tr("The reason and what to do are under “Test”."), text)
            self._say(text, "/mIconWarning.svg")
            return
        tested_connection, tested_secret = self._tested
        self._service.tested(tested_connection, result, tested_secret)
        info, token = result.server, result.token
        self.serverKindLabel.setText(texts.server_kind(info.kind))
        self.versionLabel.setText(info.version or "—")
        self.tokenEndpointLabel.setText(info.token_endpoint)
        self.portalLabel.setText(info.portal.url if info.portal is not None else self.tr("none"))
        self.transportResultLabel.setText(texts.transport_result(result.transport, result.post_transport))
        if token.expires is None:
            self.expiryResultLabel.setText(self.tr("never"))
        else:
            expiry = self.tr("{moment} (in {time_left})").format(
                moment=texts.moment(token.expires), time_left=texts.time_left(token.expires)
            )
            self.expiryResultLabel.setText(expiry)
        self.testResultsWidget.setVisible(True)
        self.feedback.success(self.tr("Test passed: signed in to {server}.").format(server=info.root.origin))
        text = self.tr("Signed in to {server}.").format(server=info.root.origin)
        self._say(text, "/mIconSuccess.svg")
        self._scroll_to(self.testResultsWidget)

    def _show_crash(self, error: BaseException) -> None:
        self._test = None
        self._set_testing(False)
        text = self.tr("The test stopped on an internal error ({error}); the message log has the details.").format(
            error=type(error).__name__
        )
        self.feedback.failure(self.tr("Test failed"), text)
        self._say(text, "/mIconWarning.svg")

    def _say(self, text: str, icon: str = "") -> None:
        """The test's outcome under its button, with a success or warning icon."""
        self.testMessageLabel.setText(text)
        if icon:
            self.testIconLabel.setPixmap(QgsApplication.getThemeIcon(icon).pixmap(16, 16))
        else:
            self.testIconLabel.clear()
        self._fit_to_screen()
        self._scroll_to(self.testMessageLabel)

    # -- fitting the screen ----------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fitting = True
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Grow to show the whole form, but never beyond the screen's height; the form scrolls then.

        The buttons sit outside the scrolled form: whatever the form holds, they stay in view.
        """
        if not self._fitting:
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        decoration = self.frameGeometry().height() - self.height() if self.isVisible() else 0
        room = available.height() - max(decoration, TITLE_BAR_ALLOWANCE)
        width = min(self.width(), available.width())
        layout = self.layout()
        layout.activate()
        margins = layout.contentsMargins()
        form_width = width - margins.left() - margins.right()
        form = self.formWidget
        form_height = form.heightForWidth(form_width) if form.hasHeightForWidth() else -1
        form_height = max(form_height, form.sizeHint().height())  # the larger: Qt's estimates run short
        # Everything outside the form: the message bar, the buttons, the spacing and margins.
        outside = layout.sizeHint().height() - self.formScrollArea.sizeHint().height()
        height = min(max(self.height(), outside + form_height), room)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if self.isVisible():  # grown downwards past the screen's bottom: moved up
            frame = self.frameGeometry()
            top = min(frame.top(), available.bottom() + 1 - frame.height())
            if top != frame.top():
                self.move(frame.left(), max(top, available.top()))

    def _scroll_to(self, widget: QWidget) -> None:
        """Bring ``widget`` (a test's outcome) into view in the scrolled form."""
        # Nested layouts take their new sizes one posted event after the other: settle them first.
        for _ in range(4):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.formScrollArea.ensureWidgetVisible(widget)
