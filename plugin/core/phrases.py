"""English the user reads, marked for translation where it is written — without importing Qt.

The core speaks English. A sentence a user will read (an error's template, a
word put into one) is written as ``QT_TRANSLATE_NOOP(context, text)``: Qt's
``pylupdate5`` finds every call of that name, so ``make translations`` puts
it into ``i18n/*.ts`` from this one place, and at run time the call gives a
:class:`Phrase` — the English text that also knows its translation context.
The GUI translates a phrase with ``QCoreApplication.translate(phrase.context,
phrase)``; everything else (logs, ``str(error)``) reads it as the English it is.

A point in time put into a message is a :class:`Moment`, not its text: the GUI
shows it in the user's locale and time zone, without parsing anything back.
"""

from __future__ import annotations

from datetime import datetime, timezone


class Phrase(str):
    """English text to be translated in ``context`` where it is shown."""

    context: str

    def __new__(cls, context: str, text: str) -> Phrase:
        phrase = super().__new__(cls, text)
        phrase.context = context
        return phrase

    def __reduce__(self) -> tuple[type[Phrase], tuple[str, str]]:
        return Phrase, (self.context, str(self))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Phrase:  # noqa: N802 - the name pylupdate5 looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged, as a :class:`Phrase`."""
    return Phrase(context, text)


class Moment(float):
    """Seconds since the epoch, shown as "2026-12-05 14:05 UTC" in English; the GUI shows it localised."""

    def __str__(self) -> str:
        return datetime.fromtimestamp(self, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    def __format__(self, spec: str) -> str:  # "{expires_on}" in a template reads the same
        return format(str(self), spec)
