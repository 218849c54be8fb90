"""What a run's results depend on, and where they are kept between runs.

A document's outcome depends on nothing but its own folder, the shapes and the code
(no shape relates two documents), so it is kept under a key made of exactly those
(:func:`document_key`); a whole run's report, under the key of all of its documents
(:attr:`Plan.key`).  Nothing here reads RDF: a run in which nothing changed needs
this module, the folder listing and the kept report, and nothing else.

>>> plan = plan_run("claims", cache_dir=Path(".kg-cache"))     # doctest: +SKIP
>>> len(plan.keys) == len(plan.folders), plan.key is not None  # doctest: +SKIP
(True, True)
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import stat
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from kg.problems import Problem, display_path

if TYPE_CHECKING:
    from kg.check.shard import Shard

#: bump when the outcome's layout changes (the code fingerprint covers the rest); 8: JSON
#: (kg.check.portable) instead of pickles, which are never read again
CACHE_FORMAT = "9"
#: what every kept file's name ends with: files of format 7 and before (``.pickle``) are
#: never opened
SUFFIX = ".cache"
#: a document's or a run's key, as :func:`document_key` makes it (a kept plan naming
#: anything else is ignored: a key becomes a file name)
KEY = re.compile(r"[0-9a-f]{64}")
#: the default engine (kg.check.run.ENGINES[0]), without importing the runner
DEFAULT_ENGINE = "oxigraph"


@cache
def code_fingerprint() -> str:
    """A hash of the package's code and the ontology (vocabulary and shapes)."""
    from kg.refrates import data_version
    h = hashlib.sha256(CACHE_FORMAT.encode())
    h.update(data_version().encode())  # new reference rates may change a check
    h.update(" ".join(library_versions()).encode())
    for root, path in fingerprinted():
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


#: the libraries whose work a kept outcome or report piece holds: the parsers and engines
#: (what a check finds) and the writers (what a kept piece of a report looks like)
LIBRARIES = ("rdflib", "pyoxigraph", "pyshacl", "rich", "orjson")


def library_versions() -> list[str]:
    """The installed distributions of :data:`LIBRARIES` ("rich-15.0.0.dist-info"), found
    beside each package without importing it or scanning every distribution
    (importlib.metadata took 45 ms, a third of a run in which nothing changed): an upgraded
    library re-checks everything rather than mixing its output with the old one's."""
    from importlib.util import find_spec
    out = []
    for name in LIBRARIES:
        spec = find_spec(name)
        if spec is None or spec.origin is None:
            out.append(f"{name}-absent")
            continue
        origin = Path(spec.origin)
        site = origin.parent.parent if spec.submodule_search_locations else origin.parent
        out.extend(sorted(p.name for p in site.glob(f"{name}-*.dist-info")) or [f"{name}-?"])
    return out


def fingerprinted() -> list[tuple[Path, Path]]:
    """(root, file) of everything an outcome depends on: the package's code and data, the
    ontology and the reference data (kg.refdata; hashed here, not there, so that a run in
    which nothing changed imports no RDF library); not the app, which only shows outcomes
    (editing a page re-checks nothing), nor the packaged copies of the ontology and the
    reference data (hashed as themselves)."""
    from kg.folders import data_dir
    package = Path(__file__).resolve().parents[1]
    out = []
    for root, pattern in ((package, "*.py"), (package, "*.json"), (data_dir("ontology"), "*.ttl"),
                          (data_dir("data") / "reference", "*.csv")):
        for path in sorted(root.rglob(pattern)):
            if root == package and path.relative_to(package).parts[0] in ("_data", "app"):
                continue
            out.append((root, path))
    return out


def document_key(folder: Path, engine: str, digests: FileDigests | None = None, *,
                 shown: str | None = None,
                 files: list[tuple[str, str, Stat]] | None = None) -> str:
    """Everything a document's outcome depends on: its files (claims, entities, waivers,
    source, anchors), where it is shown from (``shown``, its :func:`display_path` when the
    caller knows it), the engine, the shapes and the code.  ``files`` is its
    :func:`listing`, when the caller has it."""
    digests = digests if digests is not None else FileDigests(None)
    h = hashlib.sha256()
    from kg.files import max_input_bytes
    # the size cap decides whether a file is read at all
    for part in (code_fingerprint(), engine, shown or display_path(folder),
                 str(max_input_bytes())):
        h.update(part.encode())
        h.update(b"\0")
    for relative, path, stat in files if files is not None else listing(folder):
        h.update(relative.encode())
        h.update(b"\0")
        h.update(digests.digest(path, stat))
    return h.hexdigest()


#: what a file's stat says of its content: size, modified and changed times, inode, device
Stat = tuple[int, int, int, int, int]


def _stat(st: os.stat_result) -> Stat:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


def listing(folder: Path | str) -> list[tuple[str, str, Stat]]:
    """:func:`files_below` with each file's :data:`Stat`."""
    return [(relative, path, _stat(os.stat(path))) for relative, path in files_below(folder)]


def files_below(folder: Path | str) -> list[tuple[str, str]]:
    """(path relative to ``folder``, path) of every file below it, in a fixed order; links
    to folders are not followed (as os.walk).  os.scandir and plain strings: pathlib's
    rglob, then os.walk, took most of a warm run's hashing."""
    found: list[tuple[str, str]] = []
    # absolute: the digest index then names a file the same whichever way --claims is spelt
    _scan(os.path.abspath(folder), "", found)
    return sorted(found)


def _scan(directory: str, relative: str, found: list[tuple[str, str]]) -> None:
    try:
        entries = os.scandir(directory)
    except OSError:  # as os.walk: a folder that cannot be read adds nothing
        return
    with entries:
        for entry in entries:
            name = relative + entry.name
            if entry.is_dir():
                if not entry.is_symlink():
                    _scan(entry.path, name + os.sep, found)
            else:
                found.append((name, entry.path))


def _shown(root_shown: str, folder: Path) -> str:
    """:func:`display_path` of a document folder, from its claims folder's (``root_shown``):
    resolving every folder's links took a tenth of a warm run."""
    if os.path.islink(folder):
        return display_path(folder)
    return _prefix(root_shown) + folder.name


@cache
def _prefix(root_shown: str) -> str:
    """What ``str(Path(root_shown) / name)`` puts before ``name`` (pathlib's joining, once)."""
    return str(Path(root_shown) / "_")[:-1]


class FileDigests:
    """The sha256 of files, remembered with their stat so that unchanged files are not read
    again (git's index does the same): a warm check of 10,000 documents would otherwise read
    and hash 50,000 files.

    A remembered digest is used only while the file's size, times, inode and device are
    those seen when it was hashed, and only if the file had been left alone for
    :data:`SETTLED_NS` before that: a write in the same clock tick as the hashing leaves
    the stat unchanged ("racily clean"), so such files are hashed again next time.

    >>> digests = FileDigests(None)          # remembered for this run only
    >>> len(digests.digest(__file__))
    32
    """

    SETTLED_NS = 2_000_000_000

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.known: dict[str, tuple[tuple[int, ...], int, bytes]] = {}
        self.seen: set[str] = set()
        self.changed = False
        if path is not None:
            known = read_sealed(path)
            if isinstance(known, dict) and all(map(_is_digest, known.values())):
                self.known = known  # else no index yet, or a damaged one: every file is hashed

    def digest(self, path: str, stat: Stat | None = None) -> bytes:
        """The file's sha256; ``stat`` is its :data:`Stat`, when the caller has it."""
        self.seen.add(path)
        if stat is None:
            stat = _stat(os.stat(path))
        kept = self.known.get(path)
        if kept is not None and kept[0] == stat and \
                max(stat[1], stat[2]) + self.SETTLED_NS < kept[1]:
            return kept[2]
        hashed_at = time.time_ns()
        digest = _file_digest(path)
        self.known[path] = (stat, hashed_at, digest)
        self.changed = True
        return digest

    def save(self, *, prune: bool = False) -> None:
        """Write the index; ``prune`` forgets the files this run did not see (deleted or
        renamed ones: a run over a whole claims folder saw every file that is left)."""
        if prune and len(self.seen) < len(self.known):
            self.known = {p: v for p, v in self.known.items() if p in self.seen}
            self.changed = True
        if self.path is None or not self.changed:
            return
        write_sealed(self.path, self.known)  # one that cannot be written only costs time

def _is_digest(kept: object) -> bool:
    """Whether ``kept`` is a remembered digest: (stat, hashed at, sha256)."""
    return isinstance(kept, tuple) and len(kept) == 3 and isinstance(kept[0], tuple) \
        and len(kept[0]) == 5 and all(type(n) is int for n in kept[0]) \
        and type(kept[1]) is int and isinstance(kept[2], bytes) and len(kept[2]) == 32


def _file_digest(path: str) -> bytes:
    """The sha256 of a regular file, read in blocks; of its stat for anything else (a FIFO
    would block the run, a folder cannot be read) or a file larger than the build reads:
    the build reports those, and a change to them changes the key all the same."""
    from kg.files import max_input_bytes
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        return hashlib.sha256(f"unreadable\0{exc.errno}".encode()).digest()
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > max_input_bytes():
            return hashlib.sha256(f"unread\0{st.st_mode}\0{_stat(st)}".encode()).digest()
        with os.fdopen(fd, "rb", closefd=False) as f:
            return hashlib.file_digest(f, "sha256").digest()
    finally:
        os.close(fd)


@dataclass
class Plan:
    """A run's document folders and their keys, worked out before any outcome is read."""

    folders: list[Path]
    keys: dict[Path, str]  # empty without a cache
    #: ``None`` when the keys were the last run's (no file changed): nothing to save
    digests: FileDigests | None
    #: the whole run's key (every document's key, in order), or ``None`` without a cache:
    #: the same key, the same report
    key: str | None


def plan_run(claims_dir: Path | str, only: list[str] | None = None, *,
             engine: str = DEFAULT_ENGINE, cache_dir: Path | None = None,
             shard: Shard | None = None) -> Plan:
    """The documents a run checks and, with a cache, their keys and the run's.

    The keys of the last run are kept with the stat of every file they were made from
    (``plan.cache``): when no file's stat changed, the keys are the kept ones and no file
    is read or hashed (git's index does the same for ``git status``)."""
    from kg.folders import discover

    folders = discover(claims_dir, only)
    if shard is not None:
        folders = shard.select(folders)
    if cache_dir is None:
        return Plan(folders, {}, FileDigests(None), None)
    listed_at = time.time_ns()
    root_shown = display_path(claims_dir)
    shown = [_shown(root_shown, f) for f in folders]
    listings = [listing(f) for f in folders]
    from kg.files import max_input_bytes
    h = hashlib.sha256(f"{code_fingerprint()}\0{engine}\0{shard}\0{max_input_bytes()}\0"
                       .encode())
    newest = 0
    said = []  # hashed in one piece: an update a file took a tenth of the listing
    for folder, where, files in zip(folders, shown, listings):
        said.append(f"{folder}\0{where}\0")
        for relative, _, stat in files:
            said.append(f"{relative}\0{stat}\0")
            newest = max(newest, stat[1], stat[2])
    h.update("".join(said).encode())
    snapshot = h.hexdigest()
    kept = read_sealed(cache_dir / f"plan{SUFFIX}")
    if _is_plan(kept, snapshot, len(folders)) and newest + FileDigests.SETTLED_NS < kept[1]:
        # as FileDigests: a file changed in the clock tick it was listed in would look the same
        return Plan(folders, dict(zip(folders, kept[2])), None, kept[3])
    digests = FileDigests(cache_dir / f"files{SUFFIX}")
    keys = {f: document_key(f, engine, digests, shown=where, files=files)
            for f, where, files in zip(folders, shown, listings)}
    h = hashlib.sha256(f"{engine}\0{shard}\0".encode())
    for folder in folders:
        h.update(f"{folder.name}\0{keys[folder]}\0".encode())
    plan = Plan(folders, keys, digests, h.hexdigest())
    write_sealed(cache_dir / f"plan{SUFFIX}",
                 (snapshot, listed_at, [keys[f] for f in folders], plan.key))
    return plan

def _is_plan(kept: object, snapshot: str, documents: int) -> bool:
    """Whether ``kept`` is the plan kept for ``snapshot``: (snapshot, listed at, each
    document's key, the run's key)."""
    return isinstance(kept, tuple) and len(kept) == 4 and kept[0] == snapshot \
        and type(kept[1]) is int and isinstance(kept[2], list) and len(kept[2]) == documents \
        and all(isinstance(k, str) and KEY.fullmatch(k) for k in kept[2]) \
        and (kept[3] is None or isinstance(kept[3], str) and KEY.fullmatch(kept[3]))


@dataclass
class Rendered:
    """A report as it was written, and what its run printed besides."""

    data: bytes
    exit_code: int
    notes: list[str]
    problems: list[Problem]


@dataclass
class KeptReport:
    """A report :class:`KeptReports` kept: what its run printed besides, and where in its
    file the report's bytes are (``data`` when they were read already)."""

    exit_code: int
    notes: list[str]
    problems: list[Problem]
    path: Path
    offset: int
    size: int
    data: bytes | None = None

    def read(self) -> bytes:
        if self.data is not None:
            return self.data
        with self.path.open("rb") as f:
            f.seek(self.offset)
            return f.read(self.size)

    def write_to(self, out: BinaryIO) -> None:
        """Copy the report's bytes to ``out`` (flushed first), in the kernel where it can
        (``os.sendfile``), so that they never pass through Python."""
        if self.data is not None:
            out.write(self.data)
            return
        out.flush()
        with self.path.open("rb") as f:
            offset, left = self.offset, self.size
            try:
                while left > 0:
                    sent = os.sendfile(out.fileno(), f.fileno(), offset, left)
                    if sent == 0:
                        break
                    offset, left = offset + sent, left - sent
            except OSError as exc:
                # a file the kernel cannot send to (or no sendfile): copied through Python
                if offset != self.offset or exc.errno not in _NO_SENDFILE:
                    raise
            if left > 0:
                f.seek(offset)
                shutil.copyfileobj(f, out)
            out.flush()


#: what os.sendfile says of an output it cannot write to (a terminal on older kernels)
_NO_SENDFILE = {errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP}


class KeptReports:
    """The last report written with each set of output options, under its run's key
    (:attr:`Plan.key`): a run in which nothing changed writes it again, without reading a
    kept outcome or rendering anything (at 10,000 documents those took 20 s).

    >>> import tempfile
    >>> kept = KeptReports(Path(tempfile.mkdtemp()))
    >>> kept.put("run-1", "json", Rendered(b"{}", 0, [], []))
    >>> kept.get("run-1", "json").data, kept.get("run-2", "json")
    (b'{}', None)
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory / "reports"

    def _path(self, options: str) -> Path:
        return self.directory / f"{hashlib.sha256(options.encode()).hexdigest()[:32]}{SUFFIX}"

    def get(self, run_key: str, options: str) -> Rendered | None:
        """The report kept for ``run_key`` and ``options``, read whole, or ``None``."""
        kept = self.open(run_key, options)
        return None if kept is None else \
            Rendered(kept.read(), kept.exit_code, kept.notes, kept.problems)

    def open(self, run_key: str, options: str) -> KeptReport | None:
        """The report kept for ``run_key`` and ``options``, or ``None``, its bytes left in
        the file for :meth:`KeptReport.write_to` to copy (at 10,000 documents the report is
        400 MB: reading, hashing and writing it again took most of a run in which nothing
        changed).

        The whole file is checked against its checksum unless its stat is the one kept
        when it was last checked whole, after it had settled (git's index does the same
        for files; :class:`FileDigests` for the documents): damage changes the stat, and
        a file forged to keep its stat could as well have been sealed again."""
        path = self._path(options)
        head = self._head(path)
        if head is None or head[0][:2] != (run_key, options):
            return None
        about, offset, st = head
        if _is_about(about) and \
                read_sealed(self._checked_path(options)) == [run_key, options, list(st)]:
            return KeptReport(about[2], about[3], about[4], path, offset, st[0] - offset)
        sealed = _unseal(path)
        if sealed is None or len(sealed[0]) < 8:
            return None
        data, st = sealed
        size = int.from_bytes(data[:8], "big")
        from kg.check.portable import PortableError, loads
        try:
            about = loads(data[8:8 + size])
        except PortableError:
            return None
        if not (_is_about(about) and about[:2] == (run_key, options)):
            return None
        if max(st[1], st[2]) + FileDigests.SETTLED_NS < time.time_ns():
            # as FileDigests: a change in the clock tick it was checked in would look the same
            write_sealed(self._checked_path(options), [run_key, options, list(st)])
        return KeptReport(about[2], about[3], about[4], path, len(_SEAL) + 32 + 8 + size,
                          len(data) - 8 - size, data[8 + size:])

    def _checked_path(self, options: str) -> Path:
        return self._path(options).with_suffix(".checked" + SUFFIX)

    @staticmethod
    def _head(path: Path) -> tuple[tuple, int, Stat] | None:
        """What a kept report's run printed besides (a tuple whose first two members are
        its run's key and options), where the report's bytes begin, and the file's
        :data:`Stat`; ``None`` when it cannot be read as one."""
        from kg.check.portable import PortableError, loads
        try:
            with path.open("rb") as f:
                st = _stat(os.fstat(f.fileno()))
                head = f.read(len(_SEAL) + 32 + 8)
                if len(head) < len(_SEAL) + 32 + 8 or not head.startswith(_SEAL):
                    return None
                size = int.from_bytes(head[len(_SEAL) + 32:], "big")
                # no larger than the file (a forged size would have read allocate it)
                if size > st[0]:
                    return None
                about = loads(f.read(size))
        except (OSError, PortableError):
            return None
        if not (isinstance(about, tuple) and len(about) == 5):
            return None
        return about, len(head) + size, st

    def put(self, run_key: str, options: str, rendered: Rendered) -> None:
        """One file per set of options, replaced by each run (the cache does not grow): what
        the run was and printed besides, as data, then the report's bytes as they are (a
        report of 10,000 documents is 500 MB: no JSON escaping or base64 of it)."""
        from kg.check.portable import dumps
        about = dumps((run_key, options, rendered.exit_code, rendered.notes, rendered.problems))
        seal(self._path(options), len(about).to_bytes(8, "big") + about + rendered.data)


def _is_about(about: tuple) -> bool:
    """Whether ``about`` is what a kept report's run printed besides: (run key, options,
    exit code, notes, problems)."""
    return isinstance(about, tuple) and len(about) == 5 and type(about[2]) is int and isinstance(about[3], list) \
        and all(isinstance(n, str) for n in about[3]) and isinstance(about[4], list) \
        and all(isinstance(p, Problem) for p in about[4])


#: a kept file: this header, the sha256 of the rest, the value as tagged JSON
#: (:mod:`kg.check.portable`).  The header is not the one pickles were kept under, so no
#: file of an older claimgraph is ever decoded.
_SEAL = b"claimgraph-cache-json\n"


def write_sealed(path: Path, value: object) -> None:
    """Keep ``value`` in ``path`` as data (:func:`kg.check.portable.dumps`) with a
    checksum, atomically (temporary file and rename)."""
    from kg.check.portable import dumps
    seal(path, dumps(value))


def read_sealed(path: Path) -> object | None:
    """What :func:`write_sealed` kept, or ``None`` when it is missing, any byte of it
    changed (the checksum catches damage, not forgery: anybody can seal a file), or it is
    not a value :func:`kg.check.portable.loads` makes.  Nothing in it can run code: it is
    JSON, and only claimgraph's own dataclasses of :func:`kg.check.portable.classes` are
    made from it, each field of its declared type; the caller checks the value's shape."""
    from kg.check.portable import PortableError, loads
    data = unseal(path)
    if data is None:
        return None
    try:
        return loads(data)
    except PortableError:  # written by another version of the classes, or forged: recomputed
        return None


def seal(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(_SEAL + hashlib.sha256(data).digest() + data)
        tmp.replace(path)  # a reader never sees half a file
    except OSError:
        pass  # one that cannot be written only costs time


def unseal(path: Path) -> bytes | None:
    """What :func:`seal` kept in ``path``, or ``None`` when it is missing or damaged."""
    sealed = _unseal(path)
    return None if sealed is None else sealed[0]


def _unseal(path: Path) -> tuple[bytes, Stat] | None:
    """:func:`unseal`, with the :data:`Stat` of the file it was read from."""
    try:
        with path.open("rb") as f:
            st = _stat(os.fstat(f.fileno()))
            blob = f.read()
    except OSError:
        return None
    head, digest, data = blob[:len(_SEAL)], blob[len(_SEAL):len(_SEAL) + 32], \
        blob[len(_SEAL) + 32:]
    if head != _SEAL or hashlib.sha256(data).digest() != digest:
        return None
    return data, st
