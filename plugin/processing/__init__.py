"""Processing provider and algorithms. Must run under qgis_process: no gui imports."""
