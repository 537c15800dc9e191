#!/usr/bin/env python3
"""Extract the HTTP bindings of the Bedrock operations that the request layer covers from a botocore checkout.

Usage:
    tools/extract_http_bindings.py <botocore-checkout> > tests/data/bedrock-http-bindings.json

<botocore-checkout> is a clone of https://github.com/boto/botocore (the repository root, or its inner
`botocore` package folder). The script reads botocore/__init__.py (the version), the newest
data/bedrock/<date>/service-2.json and data/bedrock-runtime/<date>/service-2.json, and writes, for each
operation below, its HTTP method, requestUri, success responseCode, every input member with its location
(uri / querystring / header / body), its wire name, its position in the input shape (`index`: keys are
written sorted) and its constraints (type, min, max, pattern, enum,
required), and the output members with their shapes. Output is deterministic: keys sorted, two-space indent,
no timestamps or paths. botocore itself is never committed; only this file's output is.

Standard library only; the C++ build and tests never run this script.
"""
import json
import os
import re
import sys

BEDROCK_OPERATIONS = [
    "CreateInferenceProfile", "GetInferenceProfile", "ListInferenceProfiles", "DeleteInferenceProfile",
    "CreatePromptRouter", "GetPromptRouter", "ListPromptRouters", "DeletePromptRouter",
    "ListFoundationModels", "GetFoundationModel",
    "TagResource", "UntagResource", "ListTagsForResource",
]
RUNTIME_OPERATIONS = ["InvokeModel", "InvokeModelWithResponseStream", "Converse", "ConverseStream"]
CONSTRAINTS = ("type", "min", "max", "pattern", "enum")


def package_dir(root):
    inner = os.path.join(root, "botocore")
    return inner if os.path.isfile(os.path.join(inner, "__init__.py")) else root


def botocore_version(pkg):
    with open(os.path.join(pkg, "__init__.py"), encoding="utf-8") as f:
        m = re.search(r"^__version__\s*=\s*['\"]([^'\"]+)['\"]", f.read(), re.M)
    if not m:
        sys.exit("extract_http_bindings: no __version__ in botocore/__init__.py")
    return m.group(1)


def newest_model(pkg, service):
    base = os.path.join(pkg, "data", service)
    dates = sorted(d for d in os.listdir(base) if os.path.isfile(os.path.join(base, d, "service-2.json")))
    if not dates:
        sys.exit(f"extract_http_bindings: no service-2.json under {service}")
    with open(os.path.join(base, dates[-1], "service-2.json"), encoding="utf-8") as f:
        return dates[-1], json.load(f)


def constraints(model, shape_name):
    shape = model["shapes"][shape_name]
    out = {k: shape[k] for k in CONSTRAINTS if k in shape}
    if shape.get("type") == "list":
        out["member"] = shape["member"]["shape"]
    return out


def operation(model, name):
    op = model["operations"][name]
    http = op["http"]
    entry = {
        "method": http["method"],
        "requestUri": http["requestUri"],
        "responseCode": http.get("responseCode", 200),
        "input": {},
        "output": {},
    }
    if "input" in op:
        shape = model["shapes"][op["input"]["shape"]]
        entry["inputShape"] = op["input"]["shape"]
        required = set(shape.get("required", []))
        for index, (member, ref) in enumerate(shape.get("members", {}).items()):
            m = {
                "index": index,
                "shape": ref["shape"],
                "location": ref.get("location", "body"),
                "locationName": ref.get("locationName", member),
                "required": member in required,
            }
            if ref.get("idempotencyToken"):
                m["idempotencyToken"] = True
            m.update(constraints(model, ref["shape"]))
            entry["input"][member] = m
    if "output" in op:
        shape = model["shapes"][op["output"]["shape"]]
        entry["outputShape"] = op["output"]["shape"]
        required = set(shape.get("required", []))
        for member, ref in shape.get("members", {}).items():
            m = {"shape": ref["shape"], "required": member in required}
            m.update(constraints(model, ref["shape"]))
            entry["output"][member] = m
    return entry


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    pkg = package_dir(argv[1])
    bedrock_date, bedrock = newest_model(pkg, "bedrock")
    runtime_date, runtime = newest_model(pkg, "bedrock-runtime")
    doc = {
        "source": {
            "botocore": botocore_version(pkg),
            "bedrock": {"serviceModel": f"data/bedrock/{bedrock_date}/service-2.json",
                        "apiVersion": bedrock["metadata"]["apiVersion"],
                        "protocol": bedrock["metadata"]["protocol"]},
            "bedrock-runtime": {"serviceModel": f"data/bedrock-runtime/{runtime_date}/service-2.json",
                                "apiVersion": runtime["metadata"]["apiVersion"],
                                "protocol": runtime["metadata"]["protocol"]},
            "generator": "tools/extract_http_bindings.py",
        },
        "bedrock": {name: operation(bedrock, name) for name in BEDROCK_OPERATIONS},
        "bedrock-runtime": {name: operation(runtime, name) for name in RUNTIME_OPERATIONS},
    }
    json.dump(doc, sys.stdout, indent=2, sort_keys=True, ensure_ascii=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
