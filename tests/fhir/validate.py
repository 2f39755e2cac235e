"""Validates FHIR JSON files: each must parse with the fhir.resources R4B
models and satisfy invariants cpl-3, gol-1 and dom-3 (checked here, since
the models check structure and types but not FHIRPath invariants), every
narrative must be well-formed XHTML with only the elements and attributes
FHIR allows and some text (txt-1, txt-2; neither the models nor the JSON
Schema nor medplum look inside the div), and
every string must be clean: no control character below U+0020 other than
tab, carriage return and line feed, no white space around it, not empty
(R4 says strings SHOULD be so; servers and validators refuse the rest).

Usage: python validate.py FILE...   Prints one line per file; exits 1 on
any failure.
"""

import json
import sys
import xml.etree.ElementTree as ElementTree

from fhir.resources.R4B import get_fhir_model_class


def descendants(value):
    """Every value nested inside a JSON value, depth first."""
    if isinstance(value, dict):
        for inner in value.values():
            yield inner
            yield from descendants(inner)
    elif isinstance(value, list):
        for inner in value:
            yield inner
            yield from descendants(inner)


def strings(value, path=""):
    """Every string inside a JSON value, with its path (keys and [index])."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from strings(inner, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from strings(inner, f"{path}[{i}]")


def clean_strings(document):
    """No string holds a stray control character, is padded or is empty."""
    problems = []
    for path, text in strings(document):
        controls = sorted(
            {f"U+{ord(c):04X}" for c in text if ord(c) < 32 and c not in "\t\r\n"}
        )
        if controls:
            problems.append(f"string: {path} holds control characters {', '.join(controls)}")
        if text.strip() == "":
            problems.append(f"string: {path} is empty or only white space")
        elif text != text.strip():
            problems.append(f"string: {path} has white space around it: {text[:40]!r}")
    return problems


XHTML = "{http://www.w3.org/1999/xhtml}"
# FHIR R4 Narrative: the basic HTML formatting elements (txt-1).
NARRATIVE_ELEMENTS = set(
    "a abbr acronym b big blockquote br caption cite code col colgroup dd dfn div dl dt em "
    "h1 h2 h3 h4 h5 h6 hr i img li ol p pre q samp small span strong sub sup table tbody td "
    "tfoot th thead tr tt ul var".split()
)
NARRATIVE_ATTRIBUTES = set(
    "abbr accesskey align alt axis bgcolor border cellhalign cellpadding cellspacing cellvalign "
    "char charoff charset cite class colspan compact coords dir frame headers height href "
    "hreflang hspace id lang longdesc name nowrap rel rev rowspan rules scope shape span src "
    "start style summary tabindex title type valign value vspace width".split()
)


def narratives(resource):
    """txt-1 and txt-2 on the resource's own narrative."""
    text = resource.get("text")
    if not isinstance(text, dict) or "div" not in text:
        return []
    where = f"{resource['resourceType']}/{resource.get('id')}.text.div"
    try:
        root = ElementTree.fromstring(text["div"])
    except ElementTree.ParseError as error:
        return [f"txt-1: {where} is not well-formed XHTML: {error}"]
    problems = []
    if root.tag != XHTML + "div":
        problems.append(f"txt-1: {where} must be an XHTML div, not {root.tag}")
    for element in root.iter():
        name = element.tag.removeprefix(XHTML)
        if not element.tag.startswith(XHTML) or name not in NARRATIVE_ELEMENTS:
            problems.append(f"txt-1: {where} holds <{element.tag}>, not allowed in a narrative")
        for attribute in element.attrib:
            local = attribute.removeprefix("{http://www.w3.org/XML/1998/namespace}")
            if local not in NARRATIVE_ATTRIBUTES:
                problems.append(f"txt-1: {where} <{name}> has attribute {attribute}, not allowed")
    if not "".join(root.itertext()).strip() and root.find(f".//{XHTML}img") is None:
        problems.append(f"txt-2: {where} has no text")
    return problems


def references(value):
    """Every Reference.reference string inside a JSON value."""
    for node in [value, *descendants(value)]:
        if isinstance(node, dict) and isinstance(node.get("reference"), str):
            yield node["reference"]


def resources(value):
    """The resource, the resources of a Bundle, and contained resources."""
    if not isinstance(value, dict) or "resourceType" not in value:
        return
    yield value
    if value["resourceType"] == "Bundle":
        for entry in value.get("entry", []):
            yield from resources(entry.get("resource"))
    for contained in value.get("contained", []):
        yield from resources(contained)


def cpl_3(resource):
    """CarePlan: each activity gives a reference or a detail, not both."""
    if resource["resourceType"] != "CarePlan":
        return []
    return [
        f"cpl-3: CarePlan/{resource.get('id')} activity[{i}] has both reference and detail"
        for i, activity in enumerate(resource.get("activity", []))
        if "reference" in activity and "detail" in activity
    ]


def gol_1(resource):
    """Goal: a target with a detail must say what is measured."""
    if resource["resourceType"] != "Goal":
        return []
    problems = []
    for i, target in enumerate(resource.get("target", [])):
        has_detail = any(key.startswith("detail") for key in target)
        if has_detail and "measure" not in target:
            problems.append(
                f"gol-1: Goal/{resource.get('id')} target[{i}] has a detail but no measure"
            )
    return problems


def dom_3(resource):
    """A contained resource is referred to from elsewhere in its container,
    or refers back to the container ("#")."""
    problems = []
    containing_refs = set(references(resource))
    strings = {v for v in descendants(resource) if isinstance(v, str)}
    for contained in resource.get("contained", []):
        local = "#" + str(contained.get("id"))
        if local in containing_refs or local in strings:
            continue
        if "#" in set(references(contained)):
            continue
        problems.append(
            f"dom-3: {contained.get('resourceType')}/{contained.get('id')} contained in "
            f"{resource['resourceType']}/{resource.get('id')} is never referred to"
        )
    return problems


def references_resolve(document):
    """In a Bundle, every urn:uuid reference names an entry's fullUrl."""
    if document.get("resourceType") != "Bundle":
        return []
    full_urls = {e.get("fullUrl") for e in document.get("entry", [])}
    return [
        f"reference {ref} does not resolve inside the Bundle"
        for ref in sorted(set(references(document)))
        if ref.startswith("urn:uuid:") and ref not in full_urls
    ]


def validate(path):
    """The problems with one file; empty when it is valid."""
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except (OSError, ValueError) as error:
        return [f"cannot read: {error}"]
    kind = document.get("resourceType") if isinstance(document, dict) else None
    if not kind:
        return ["no resourceType at the top level"]
    try:
        model = get_fhir_model_class(kind)
        model.model_validate(document)
    except Exception as error:  # the model's own message says what is wrong
        return [f"not valid FHIR R4B {kind}: {error}"]
    problems = references_resolve(document) + clean_strings(document)
    for resource in resources(document):
        problems += cpl_3(resource) + gol_1(resource) + dom_3(resource) + narratives(resource)
    return problems


def main(paths):
    if not paths:
        print("usage: validate.py FILE...", file=sys.stderr)
        return 2
    failed = 0
    for path in paths:
        problems = validate(path)
        if problems:
            failed += 1
            print(f"FAIL {path}")
            for problem in problems:
                print(f"     {problem}")
        else:
            print(f"ok   {path}")
    print(f"{len(paths) - failed} of {len(paths)} FHIR files valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
