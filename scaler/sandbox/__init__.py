"""Running untrusted generators and solutions: confined, persistent, batched. See ``docs/sandbox.md``."""

from scaler.sandbox.bwrap import SandboxUnavailable
from scaler.sandbox.pool import SandboxPool
from scaler.sandbox.task import Limits, Program, Task, TaskResult, hit_resource_limit

__all__ = ["Limits", "Program", "SandboxPool", "SandboxUnavailable", "Task", "TaskResult", "hit_resource_limit"]
