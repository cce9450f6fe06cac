"""The rule a batch adds when two submissions of one cohort share much of their code.

It is declared here for the rule table and `grade rules`; the batch collector builds the finding
after comparing the cohort (grader/batch/similarity.py), never a single grading.
"""

from __future__ import annotations

from grader.checks.registry import declare
from grader.models import Severity

SIMILAR_SUBMISSION = "SIMILAR-SUBMISSION"

declare(
    SIMILAR_SUBMISSION,
    None,
    Severity.INFO,
    "Much of the code matches another submission of the batch",
    "batch",
    "The code of this submission and another one of the same batch share many token "
    "fingerprints after identifiers, strings, numbers, comments and layout are normalised "
    "(k-gram winnowing, Schleimer et al. 2003); the detail names the other submission and the "
    "shared line ranges.\n\n"
    "Why it matters: renaming variables and rewriting comments does not make code one's own. "
    "It is information for the reviewer, not proof: both may have started from the same "
    "tutorial, so read the regions side by side before concluding anything.\n\n"
    "Example: a.py:10-24 of one submission matches b.py:40-54 of the other token for token.",
)
