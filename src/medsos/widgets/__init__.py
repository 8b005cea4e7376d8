"""Interactive widgets, one module each; every one returns an ipywidgets container."""
