"""QGIS-facing adapters around the token engine: auth DB, network hooks, logging."""
