"""One module per lesson: ``lNN.py`` holds lesson NN's one-cell chart helpers and its
exercise checkers (registered with :func:`medsos.checks.task`).

The widgets (``medsos.widgets``) and the chart layer (``medsos.charts``,
``medsos.figures``, ``medsos.provinces``) are shared; what only one lesson calls lives
here, next to the checks of that lesson's exercises. Students reach every public name
through ``ms.…`` (see ``medsos/__init__.py``).
"""
