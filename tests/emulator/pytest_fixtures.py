"""pytest fixtures that start emulated ArcGIS servers."""
