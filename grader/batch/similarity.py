"""Code similarity across a cohort: token k-grams, winnowing, Jaccard of fingerprint sets.

A submission's Python files are read as text (intake into a temporary workspace, then the files
discovery lists) and tokenized with the standard library; nothing is imported or run. Tokens are
normalised so renaming variables, rewording strings and comments, or reformatting does not hide
a copy: identifiers become `V` (keywords and the FastAPI/pydantic vocabulary stay), strings `S`,
numbers `N`, comments and layout tokens disappear. Fingerprints are winnowed k-gram hashes
(Schleimer, Wilkerson, Aiken 2003): any shared run of at least K + W - 1 tokens is detected.

Similarity is the Jaccard index of two submissions' fingerprint sets: symmetric, and a small
submission fully contained in a large one is not called a copy (max containment would say 1.0).
Fingerprints found in more than half of the cohort, or in an assignment's scaffold, are ignored:
they are boilerplate every candidate writes.
"""

from __future__ import annotations

import hashlib
import io
import keyword
import tempfile
import tokenize
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import combinations
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel

from grader.discovery.tree import SourceTree
from grader.intake import IntakeRejected, intake

K = 10
W = 5
# Names kept verbatim: the framework's vocabulary says what code does, a candidate's names don't.
API_NAMES = frozenset((
    "FastAPI", "APIRouter", "Depends", "HTTPException", "Request", "Response", "JSONResponse",
    "status", "Query", "Path", "Body", "Header", "Cookie", "Form", "File", "UploadFile",
    "Security", "BackgroundTasks", "WebSocket", "include_router", "get", "post", "put", "patch",
    "delete", "head", "options", "api_route", "middleware", "exception_handler", "on_event",
    "lifespan", "response_model", "status_code", "dependencies", "tags", "summary",
    "description", "prefix", "OAuth2PasswordBearer", "OAuth2PasswordRequestForm", "HTTPBearer",
    "HTTPBasic", "TestClient", "BaseModel", "Field", "ConfigDict", "field_validator",
    "model_validator", "validator", "root_validator", "model_dump", "model_dump_json",
    "model_validate", "model_copy", "dict", "json", "EmailStr",
))  # fmt: skip
_LAYOUT = frozenset(
    {
        tokenize.COMMENT,
        tokenize.NL,
        tokenize.NEWLINE,
        tokenize.INDENT,
        tokenize.DEDENT,
        tokenize.ENCODING,
        tokenize.ENDMARKER,
        tokenize.ERRORTOKEN,
    }
)
_FSTRING_START = getattr(tokenize, "FSTRING_START", -1)  # Python >= 3.12 splits f-strings
_FSTRING_END = getattr(tokenize, "FSTRING_END", -2)


class Position(NamedTuple):
    """Where one fingerprint's k-gram sits: root-relative file, first and last line."""

    file: str
    start: int
    end: int


class Token(NamedTuple):
    text: str
    start: int
    end: int


CodePrints = dict[int, list[Position]]


class SharedRegion(BaseModel):
    """Lines of `a` that match lines of `b`, merged from neighbouring shared fingerprints."""

    a_file: str
    a_start: int
    a_end: int
    b_file: str
    b_start: int
    b_end: int

    def text(self) -> str:
        a = f"{self.a_file}:{self.a_start}-{self.a_end}"
        return f"{a}~{self.b_file}:{self.b_start}-{self.b_end}"


class SimilarPair(BaseModel):
    a: str
    b: str
    similarity: float
    regions: list[SharedRegion]

    def regions_text(self) -> str:
        return "; ".join(region.text() for region in self.regions)


def normalised_tokens(source: str) -> list[Token]:
    """The token stream with names, literals and layout normalised; a syntax error ends it."""
    out: list[Token] = []
    previous = ""
    depth = 0
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == _FSTRING_START:
                depth += 1
                if depth == 1:
                    out.append(Token("S", tok.start[0], tok.end[0]))
                continue
            if tok.type == _FSTRING_END:
                depth -= 1
                continue
            if depth or tok.type in _LAYOUT:
                continue
            text = _normalise(tok, previous)
            out.append(Token(text, tok.start[0], tok.end[0]))
            previous = tok.string
    except (tokenize.TokenError, SyntaxError, ValueError):
        pass  # a file that does not tokenize to the end still counts up to where it broke
    return out


def _normalise(tok: tokenize.TokenInfo, previous: str) -> str:
    if tok.type == tokenize.NAME:
        if keyword.iskeyword(tok.string) or tok.string in API_NAMES:
            return tok.string
        if previous == "." and tok.string.startswith("HTTP_"):
            return tok.string  # status.HTTP_404_NOT_FOUND says what the code does
        return "V"
    if tok.type == tokenize.STRING:
        return "S"
    if tok.type == tokenize.NUMBER:
        return "N"
    return tok.string


def _gram_hash(gram: Iterable[str]) -> int:
    data = "\x1f".join(gram).encode()
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")


def winnow(tokens: list[Token], k: int = K, w: int = W) -> list[tuple[int, int, int]]:
    """Winnowed (hash, first line, last line) of the k-grams; rightmost minimum per window."""
    if len(tokens) < k:
        return []
    grams = [
        (_gram_hash(t.text for t in tokens[i : i + k]), tokens[i].start, tokens[i + k - 1].end)
        for i in range(len(tokens) - k + 1)
    ]
    if len(grams) <= w:
        return [min(grams, key=lambda gram: gram[0])]
    picked: list[tuple[int, int, int]] = []
    last = -1
    for left in range(len(grams) - w + 1):
        window = range(left, left + w)
        best = min(window, key=lambda i: (grams[i][0], -i))
        if best != last:
            picked.append(grams[best])
            last = best
    return picked


def fingerprint_tree(root: Path) -> CodePrints:
    """Fingerprints of every Python file discovery lists under `root`, read as text only."""
    tree = SourceTree(root)
    prints: CodePrints = defaultdict(list)
    for rel in tree.python_files:
        text = tree.read_text(rel)
        if text is None:
            continue
        for digest, start, end in winnow(normalised_tokens(text)):
            prints[digest].append(Position(rel, start, end))
    return dict(prints)


def fingerprint_submission(source: Path) -> CodePrints:
    """Intake `source` (zip, tarball or folder) into a private workspace and fingerprint it."""
    with tempfile.TemporaryDirectory(prefix="grader-similarity-") as tmp:
        try:
            submission = intake(source, Path(tmp))
        except IntakeRejected:
            return {}
        return fingerprint_tree(submission.root)


def scaffold_prints(reference_specs: Path) -> set[int]:
    """Fingerprints of every assignment's scaffold (reference_specs/<kind>/scaffold/), if any."""
    ignored: set[int] = set()
    if not reference_specs.is_dir():
        return ignored
    for scaffold in sorted(reference_specs.glob("*/scaffold")):
        if scaffold.is_dir() and not scaffold.is_symlink():
            ignored.update(fingerprint_tree(scaffold))
    return ignored


def common_prints(cohort: dict[str, CodePrints]) -> set[int]:
    """Fingerprints in more than half of the cohort; never fewer than three submissions, so a
    pair in a small batch is still compared."""
    frequency: dict[int, int] = defaultdict(int)
    for prints in cohort.values():
        for digest in prints:
            frequency[digest] += 1
    limit = max(2.0, len(cohort) / 2)
    return {digest for digest, count in frequency.items() if count > limit}


def compare_cohort(
    cohort: dict[str, CodePrints], ignored: set[int] | None = None
) -> list[SimilarPair]:
    """Every pair sharing at least one fingerprint, most similar first."""
    skip = common_prints(cohort) | (ignored or set())
    kept = {name: set(prints) - skip for name, prints in cohort.items()}
    holders: dict[int, list[str]] = defaultdict(list)
    for name in sorted(kept):
        for digest in kept[name]:
            holders[digest].append(name)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for names in holders.values():
        for pair in combinations(names, 2):
            shared[pair] += 1
    pairs = []
    for (a, b), inter in shared.items():
        union = len(kept[a]) + len(kept[b]) - inter
        common = kept[a] & kept[b]
        regions = shared_regions(cohort[a], cohort[b], common)
        pairs.append(SimilarPair(a=a, b=b, similarity=round(inter / union, 3), regions=regions))
    return sorted(pairs, key=lambda p: (-p.similarity, p.a, p.b))


def shared_regions(
    a: CodePrints, b: CodePrints, common: set[int], gap: int = 3
) -> list[SharedRegion]:
    """Merge matching fingerprints into line ranges, walking `a` in file and line order."""
    matches = sorted((pa, min(b[digest])) for digest in common for pa in a[digest])
    regions: list[SharedRegion] = []
    for pa, pb in matches:
        last = regions[-1] if regions else None
        if (
            last is not None
            and last.a_file == pa.file
            and last.b_file == pb.file
            and pa.start <= last.a_end + gap
            and last.b_start - gap <= pb.start <= last.b_end + gap
        ):
            last.a_end = max(last.a_end, pa.end)
            last.b_start, last.b_end = min(last.b_start, pb.start), max(last.b_end, pb.end)
            continue
        regions.append(
            SharedRegion(
                a_file=pa.file,
                a_start=pa.start,
                a_end=pa.end,
                b_file=pb.file,
                b_start=pb.start,
                b_end=pb.end,
            )
        )
    return regions


def swapped(region: SharedRegion) -> SharedRegion:
    """The same region seen from the other submission."""
    return SharedRegion(
        a_file=region.b_file,
        a_start=region.b_start,
        a_end=region.b_end,
        b_file=region.a_file,
        b_start=region.a_start,
        b_end=region.a_end,
    )


def pairs_of(
    name: str, pairs: Iterable[SimilarPair], threshold: float
) -> Iterator[tuple[str, SimilarPair, list[SharedRegion]]]:
    """For one submission: (other name, pair, regions from this side) over the threshold."""
    for pair in pairs:
        if pair.similarity < threshold:
            continue
        if pair.a == name:
            yield pair.b, pair, pair.regions
        elif pair.b == name:
            yield pair.a, pair, [swapped(region) for region in pair.regions]
