"""The lesson kit: bilingual lesson sources in, the notebooks everyone opens out.

A lesson is one folder, ``lessons/NN-slug/``: ``lesson.md`` and ``exercises.md`` are jupytext
MyST Markdown notebooks holding both languages (each markdown cell says its language in its
metadata, ``lang``), the code once, and each exercise's solution in a cell tagged ``solution``
right after the task's answer cell. ``course.yml`` says which lessons exist.

``python -m medsos.lessonkit generate`` (``make notebooks``) writes ``notebooks/{id,en}/``,
``exercises/{id,en}/``, ``facilitator/solutions/{id,en}/`` and the README's lessons table
through a chain of nbconvert preprocessors (:mod:`medsos.lessonkit.preprocessors`);
``python -m medsos.lessonkit new 07 my-topic`` (``make new-lesson``) starts a new lesson
(:mod:`medsos.lessonkit.scaffold`).
"""

from __future__ import annotations

from medsos.lessonkit.generate import outputs, render, stale, write

__all__ = ["outputs", "render", "stale", "write"]
