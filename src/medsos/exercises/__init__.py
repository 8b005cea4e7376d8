"""Checkers for each lesson's exercises: ``lNN.py`` registers the tasks of lesson NN."""
