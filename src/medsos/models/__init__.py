"""Computations behind the widgets (diffusion, attention half-life, ...): pure, tested functions."""
