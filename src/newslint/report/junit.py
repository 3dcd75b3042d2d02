"""JUnit XML: one test suite per file, one failed test case per finding."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from xml.etree import ElementTree as ET

from ..core.findings import Finding
from ..core.rule import Rule


def render(findings: Sequence[Finding], rules: Sequence[Rule] = ()) -> str:
    root = ET.Element("testsuites", name="newslint", tests=str(len(findings)), failures=str(len(findings)))
    for path, group in groupby(sorted(findings, key=Finding.sort_key), key=lambda f: f.path):
        items = list(group)
        suite = ET.SubElement(root, "testsuite", name=path, tests=str(len(items)), failures=str(len(items)))
        for f in items:
            case = ET.SubElement(
                suite, "testcase", name=f"{f.code} {f.rule} at {f.line}:{f.column}", classname=path,
                file=path, line=str(f.line),
            )
            failure = ET.SubElement(case, "failure", message=f.message, type=f.code)
            failure.text = f"{path}:{f.line}:{f.column}: {f.code} {f.message}"
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
