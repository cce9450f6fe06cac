"""The phases of a grading, each recording data on the Grading; pipeline.py runs them in order."""
