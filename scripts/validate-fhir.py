#!/usr/bin/env python3
"""Validate a SpeakUp FHIR export structurally against FHIR R4 with fhir.resources 6.4.0 (pydantic 1).

Usage (in a venv with scripts/requirements.txt installed):
    scripts/validate-fhir.py BUNDLE.json [--expect-responses N] [--expect-instrument phq9 ...]

Checks, beyond fhir.resources' own model validation of every resource in the Bundle:
  * the Bundle is a `collection` and every entry has a unique fullUrl;
  * every QuestionnaireResponse has a status, a questionnaire canonical that a Questionnaire in the
    bundle declares as its url, an authored time, and items whose every answer has one value[x];
  * every Observation is final, has a code and a value, and its derivedFrom resolves to a
    QuestionnaireResponse entry in the same bundle;
  * PHQ-9 and GAD-7 totals carry the pinned LOINC codes (44261-6, 70274-6).
Prints one line per problem and exits 1 if there is any.
"""
import argparse
import json
import sys

import fhir.resources
from fhir.resources.bundle import Bundle
from pydantic import ValidationError

TOTAL_CODES = {"phq9": "44261-6", "gad7": "70274-6"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle")
    parser.add_argument("--expect-responses", type=int, default=None, help="exact number of QuestionnaireResponses")
    parser.add_argument("--expect-instrument", action="append", default=[], help="an instrument id that must have a response")
    args = parser.parse_args()

    if fhir.resources.__fhir_version__ != "4.0.1":
        sys.exit(f"fhir.resources speaks FHIR {fhir.resources.__fhir_version__}, not R4 (4.0.1)")
    with open(args.bundle, encoding="utf-8") as handle:
        raw = json.load(handle)
    problems = []
    try:
        bundle = Bundle.parse_obj(raw)
    except ValidationError as error:
        print(f"{args.bundle}: not a valid FHIR R4 Bundle:\n{error}")
        sys.exit(1)

    if bundle.type != "collection":
        problems.append(f"Bundle.type is {bundle.type!r}, expected 'collection'")
    entries = bundle.entry or []
    urls = [entry.fullUrl for entry in entries]
    if None in urls or len(set(urls)) != len(urls):
        problems.append("every entry needs a unique fullUrl")
    by_url = {entry.fullUrl: entry.resource for entry in entries}
    questionnaires = {r.url: r for r in by_url.values() if r.resource_type == "Questionnaire"}
    responses = {u: r for u, r in by_url.items() if r.resource_type == "QuestionnaireResponse"}
    observations = [r for r in by_url.values() if r.resource_type == "Observation"]
    instrument_of = {}

    for url, response in responses.items():
        where = f"QuestionnaireResponse {url}"
        if not response.status:
            problems.append(f"{where}: no status")
        if response.questionnaire not in questionnaires:
            problems.append(f"{where}: questionnaire {response.questionnaire!r} is not a Questionnaire url in the bundle")
        else:
            instrument_of[url] = questionnaires[response.questionnaire].id
        if not response.authored:
            problems.append(f"{where}: no authored time")
        if not response.item:
            problems.append(f"{where}: no items")
        for item in response.item or []:
            if not item.linkId:
                problems.append(f"{where}: an item has no linkId")
            for answer in item.answer or []:
                values = [name for name in answer.__fields__ if name.startswith("value") and getattr(answer, name) is not None]
                if len(values) != 1:
                    problems.append(f"{where}: item {item.linkId} has an answer with {len(values)} values")

    for observation in observations:
        where = f"Observation {observation.id}"
        if observation.status != "final":
            problems.append(f"{where}: status {observation.status!r}, expected 'final'")
        if observation.valueQuantity is None and observation.valueInteger is None:
            problems.append(f"{where}: no value")
        sources = [ref.reference for ref in observation.derivedFrom or []]
        if not sources or any(source not in responses for source in sources):
            problems.append(f"{where}: derivedFrom {sources} does not resolve to a QuestionnaireResponse in the bundle")
            continue
        instrument = instrument_of.get(sources[0])
        expected = TOTAL_CODES.get(instrument)
        codes = {(coding.system, coding.code) for coding in observation.code.coding or []}
        if expected and ("http://loinc.org", expected) not in codes:
            problems.append(f"{where}: {instrument} total lacks LOINC {expected} (has {sorted(codes)})")

    if args.expect_responses is not None and len(responses) != args.expect_responses:
        problems.append(f"expected {args.expect_responses} QuestionnaireResponses, found {len(responses)}")
    if len(observations) != len(responses):
        problems.append(f"{len(responses)} responses but {len(observations)} total-score Observations")
    for instrument in args.expect_instrument:
        if instrument not in instrument_of.values():
            problems.append(f"no QuestionnaireResponse for {instrument}")

    for problem in problems:
        print(f"{args.bundle}: {problem}")
    kinds = {}
    for resource in by_url.values():
        kinds[resource.resource_type] = kinds.get(resource.resource_type, 0) + 1
    summary = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
    print(f"FHIR R4 ({fhir.resources.__fhir_version__}) bundle: {summary}: "
          + ("valid" if not problems else f"{len(problems)} problems"))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
