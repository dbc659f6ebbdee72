"""The plugin's code.

Subpackages, and which way imports run (never the other way):
``gui`` and ``processing`` → ``integration`` → ``core``.
``core`` imports no ``qgis``; ``processing`` imports no ``gui``.
"""
