"""Third-party modules the code imports that no resolved distribution provides, installed.

A candidate who `import toml`s without declaring it ran the app in an environment that happened
to hold it; a reviewer would read the ModuleNotFoundError and `pip install toml`. The build does
the same, as it adds an undeclared uvicorn: discovery lists the imports (read as data,
grader/discovery/third_party_imports.py), the fetch says which modules each resolved wheel
provides (grader/sandbox/fetch_modules.py), and each module nothing provides is resolved again
with its distribution (grader/discovery/import_packages.py). It is kept only when the package
index has it, it resolves beside the project's pins, and its wheel provides that very module;
otherwise nothing is installed and the start fails as before, naming the missing module. Each
module installed is a build note and a minor finding at the import, with no red flag.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pydantic import BaseModel

from grader.checks.registry import make_finding
from grader.discovery.facts import ImportedModule
from grader.models import Finding
from grader.sandbox.submission import InstallPlan, Resolution

RULE = "BUILD-IMPORT-UNDECLARED"
MAX_ADDED = 5


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


class AddedImport(BaseModel):
    """A module the code imports, and the pin the grader installed for it."""

    module: ImportedModule
    pin: str

    @property
    def _imported(self) -> str:
        """What needs the module: the code's own import, or a library part it imports."""
        via = self.module.needed_by
        return f"`{via}` (which needs `{self.module.module}`)" if via else f"`{self.module.module}`"

    @property
    def note(self) -> str:
        where = f"{self.module.file}:{self.module.line}"
        tests = " (the tests)" if self.module.scope == "test" else ""
        return (
            f"{self.pin} added: {where}{tests} imports {self._imported}, which no declared "
            "dependency provides"
        )

    def finding(self) -> Finding:
        scope = "for the test run " if self.module.scope == "test" else ""
        detail = (
            f"{self._imported} is imported here and no declared dependency provides it; "
            f"the grader installed {self.pin} {scope}(the candidate's environment must have "
            "held it)."
        )
        return make_finding(RULE, detail, file=self.module.file, line=self.module.line)


class ImportsOutcome(BaseModel):
    """The plan and resolution to build with, what was added and what was not, and why."""

    plan: InstallPlan
    resolution: Resolution
    added: list[AddedImport] = []
    notes: list[str] = []


def missing_modules(imports: list[ImportedModule], resolution: Resolution) -> list[ImportedModule]:
    """The imports no resolved pin provides, whose package is not already among the pins (a
    pin whose wheel could not be read is taken to provide at least its own name)."""
    if resolution.modules is None:
        return []
    provided: set[str] = set()
    for name, modules in resolution.modules.items():
        provided |= set(modules) if modules is not None else {name}
    return [
        item
        for item in imports
        if item.module not in provided
        and canonical(item.module) not in provided
        and canonical(item.package) not in resolution.modules
    ]


def provides(resolution: Resolution, item: ImportedModule) -> bool:
    """The resolution pins the module's package and that package's wheel has the module."""
    modules = (resolution.modules or {}).get(canonical(item.package))
    return resolution.ok and modules is not None and item.module in modules


def pin_of(resolution: Resolution, package: str) -> str:
    for line in resolution.install.splitlines():
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", line.strip())
        if match and canonical(match.group(1)) == canonical(package):
            return f"{match.group(1)}=={match.group(2)}"
    return package


def with_packages(plan: InstallPlan, items: list[ImportedModule]) -> InstallPlan:
    runtime = [i.package for i in items if i.scope == "runtime"]
    test = [i.package for i in items if i.scope == "test"]
    return plan.model_copy(
        update={"runtime": [*plan.runtime, *runtime], "test": [*plan.test, *test]}
    )


def add_undeclared(
    imports: list[ImportedModule],
    plan: InstallPlan,
    resolution: Resolution,
    fetch: Callable[[InstallPlan], Resolution],
) -> ImportsOutcome:
    """Resolve again with the packages of the modules nothing provides: all at once (the usual
    case is one), else one at a time on top of those kept, so one bad name costs only itself."""
    outcome = ImportsOutcome(plan=plan, resolution=resolution)
    missing = missing_modules(imports, resolution)[:MAX_ADDED]
    if not missing:
        return outcome
    trial_plan = with_packages(plan, missing)
    trial = fetch(trial_plan)
    if all(provides(trial, item) for item in missing):
        outcome.plan, outcome.resolution = trial_plan, trial
        outcome.added = [
            AddedImport(module=item, pin=pin_of(trial, item.package)) for item in missing
        ]
    else:
        for item in missing:
            if len(missing) > 1:
                trial_plan = with_packages(outcome.plan, [item])
                trial = fetch(trial_plan)
            if provides(trial, item):
                outcome.plan, outcome.resolution = trial_plan, trial
                outcome.added.append(AddedImport(module=item, pin=pin_of(trial, item.package)))
            else:
                outcome.notes.append(_not_added(item, trial))
    outcome.notes = [*(a.note for a in outcome.added), *outcome.notes]
    return outcome


def _not_added(item: ImportedModule, trial: Resolution) -> str:
    failure = trial.outcome.failure if trial.outcome is not None else None
    if not trial.ok and failure == "missing":
        why = f"the package index has no {item.package}"
    elif canonical(item.package) not in (trial.modules or {}):
        why = f"{item.package} could not be resolved or fetched beside the project's pins"
    else:
        why = f"{item.package} on the package index does not provide a module `{item.module}`"
    return (
        f"`{item.module}` ({item.file}:{item.line}) is provided by no declared dependency; "
        f"nothing was installed for it: {why}"
    )
