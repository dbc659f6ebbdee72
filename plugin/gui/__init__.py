"""Dialogs over ui/*.ui. No network code here: it calls the integration layer."""
