"""Apache Jena's SHACL validator (``shacl validate``, Debian's libapache-jena-java 4.5) as
a third engine for the tests: run as the command line runs it, one JVM per validation.

Debian's Jena moves its copy of Xerces to the package ``xerces`` but leaves Xerces's
message files under ``org/apache/jena/ext/xerces``, so Jena stops at start-up ("internal
error" in XSSimpleTypeDecl); the files are copied to where the classes look for them.

A JVM's start-up is most of a small validation's cost (1.6 s of CPU for one W3C test, a
run holds about 130): each JVM is told to compile with C1 alone and to collect with the
serial collector, and the first validation of a classpath dumps the classes it loaded into
a class-data archive (CDS, JEP 350) that every later JVM maps instead of loading and
verifying them again: 0.65 s of CPU a test, the same report. None of this changes what Jena
computes; a JVM without these options ignores them (``IgnoreUnrecognizedVMOptions``), and a
class-data archive it cannot use is skipped.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import rdflib
from rdflib import Graph

JAVA_DIR = Path("/usr/share/java")
#: libapache-jena-java's dependencies (its Debian Depends), by their unversioned jar names
DEPENDENCIES = ("commons-cli", "commons-codec", "commons-compress", "commons-csv",
                "commons-io", "commons-lang3", "dexx.collection", "gson", "guava", "httpclient",
                "httpcore", "jackson-core", "jackson-databind", "jackson-annotations",
                "jsonld-java", "jakarta.json-api", "protobuf", "slf4j-api", "slf4j-nop",
                "thrift", "titanium-json-ld", "commons-logging")
INSTALL = "apt-get install libapache-jena-java"


def missing() -> str | None:
    """Why Jena cannot run here, or None."""
    if shutil.which("java") is None:
        return f"no java on this machine ({INSTALL} installs it with Jena)"
    if not (JAVA_DIR / "jena-shacl.jar").exists():
        return f"Apache Jena is not installed ({INSTALL})"
    return None


def classpath(workdir: Path) -> str:
    """Jena's jars, its dependencies and its Xerces messages (copied into ``workdir``)."""
    messages = workdir / "jena-xerces-messages"
    prefix = "org/apache/jena/ext/"
    with zipfile.ZipFile(JAVA_DIR / "jena-core.jar") as jar:
        for name in jar.namelist():
            if name.startswith(prefix + "xerces/") and name.endswith(".properties"):
                target = messages / name.removeprefix(prefix)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    jars = sorted(p for p in JAVA_DIR.glob("jena-*.jar") if not p.stem[-1].isdigit())
    jars += [JAVA_DIR / f"{name}.jar" for name in DEPENDENCIES
             if (JAVA_DIR / f"{name}.jar").exists()]
    cp = ":".join([*map(str, jars), str(messages)])
    _ARCHIVES[cp] = workdir / "jena-classes.jsa"
    return cp


#: classpath -> its class-data archive (written by the classpath's first validation)
_ARCHIVES: dict[str, Path] = {}
#: C1 alone and the serial collector: a short run's JIT and GC threads cost more CPU than
#: they save; JVM logging (a class-data archive's warnings) off, as it would go to stdout,
#: where the report is
_JVM = ("-XX:+IgnoreUnrecognizedVMOptions", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-Xlog:disable", "-Xlog:all=error:stderr")


def _jvm_options(cp: str) -> list[str]:
    archive = _ARCHIVES.get(cp)
    if archive is None:
        return list(_JVM)
    if archive.is_file():
        return [*_JVM, f"-XX:SharedArchiveFile={archive}"]
    return [*_JVM, f"-XX:ArchiveClassesAtExit={archive}"]


def validate(cp: str, shapes: Path, data: Path) -> tuple[int, Graph | None, str]:
    """``shacl validate --shapes SHAPES --data DATA``: exit code, the report (literals as
    written) or None, and standard error."""
    proc = subprocess.run(["java", *_jvm_options(cp), "-cp", cp, "shacl.shacl", "validate",
                           "--shapes", str(shapes), "--data", str(data)], capture_output=True,
                          text=True, timeout=600)
    report = None
    if proc.stdout.strip():
        saved, rdflib.NORMALIZE_LITERALS = rdflib.NORMALIZE_LITERALS, False
        try:
            report = Graph().parse(data=proc.stdout, format="turtle")
        except Exception:  # noqa: BLE001 - not a report: Jena said why on stdout
            report = None
        finally:
            rdflib.NORMALIZE_LITERALS = saved
    return proc.returncode, report, proc.stderr + (proc.stdout if report is None else "")
