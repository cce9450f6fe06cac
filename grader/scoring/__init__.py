"""From findings and phase results to six verdicts and a score that explains itself."""

from grader.scoring.score import compute_score
from grader.scoring.verdicts import decide_verdicts

__all__ = ["compute_score", "decide_verdicts"]
