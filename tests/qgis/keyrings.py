"""Keyring backends for the tests: real ``keyring`` backends storing in files under the test
session's XDG_DATA_HOME, never the developer's own OS keyring."""

from __future__ import annotations

from keyrings.alt.file import EncryptedKeyring

KEYRING_PASSWORD = "test-keyring-password"  # the keyring's own password, not a user's secret


class UnlockedEncryptedKeyring(EncryptedKeyring):
    """keyrings.alt's EncryptedKeyring (PBKDF2 + AES, in ``crypted_pass.cfg``) as it is, except that
    its password comes from the test instead of a terminal prompt (which a test cannot answer)."""

    def _get_new_password(self) -> str:
        return KEYRING_PASSWORD

    def _unlock(self) -> None:
        self.keyring_key = KEYRING_PASSWORD
        if self.get_password("keyring-setting", "password reference") != "password reference value":
            self._lock()
            raise ValueError("Incorrect Password")
