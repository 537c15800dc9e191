#!/usr/bin/env python3
"""Write tests/data/bedrock-resource-kinds.json: every resource type of the `bedrock` IAM service prefix.

Usage: tools/aws/extract_bedrock_kinds.py <botocore-checkout> > tests/data/bedrock-resource-kinds.json

Two kinds of fact go into the file:
- from AWS's Service Authorization Reference, "Actions, resources, and condition keys for Amazon Bedrock"
  (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html, programmatic form
  https://servicereference.us-east-1.amazonaws.com/v1/bedrock/bedrock.json): the resource type name and its ARN
  format. These are written in SAR_KINDS below, one row per resource type, as the reference prints them.
- from the botocore service models given as argument (botocore/data/<service>/<version>/service-2.json): the
  `pattern`, `min` and `max` of the ARN and id shapes named in SAR_KINDS, with the service model, its API
  version and the botocore version.
  The 40 SAR rows were checked against a second copy generated from the reference (udondan/iam-floyd,
  lib/generated/policy-statements/bedrock.ts at 50d8b534): the same 40 ARN formats. Nothing else is read; the output is sorted and has no timestamp or path,
  so the same checkout always gives the same bytes. `botocore_identifier_shapes` lists every string shape of
  those models whose name ends in Arn/ARN/Id/Identifier, mapped to a kind or not.

The account and region rules are our reading of both sources (the `account_rule` / `region_rule` of each row,
with the evidence in `rule_evidence`); the builder of the C++ kinds table takes them from here.
Standard library only; botocore itself is never committed.
"""
import json
import pathlib
import re
import sys

# (kind, SAR resource type, SAR ARN format, [(service, shape) ARN shapes], [(service, shape) id shapes],
#  account_rule, region_rule, rule_evidence)
# account_rule: "12 digits" | "empty" | "aws" | "12 digits or aws" | "12 digits or empty"
# region_rule:  "required" | "empty allowed" | "empty"
P = "arn:${Partition}:bedrock:${Region}:${Account}:"
SAR_KINDS = [
    ("advanced_prompt_optimization_job", "advanced-prompt-optimization-job", P + "advanced-prompt-optimization-job/${ResourceId}",
     [("bedrock", "AdvancedPromptOptimizationJobArn")], [], "12 digits", "required", "botocore ARN pattern"),
    ("agent", "agent", P + "agent/${AgentId}",
     [("bedrock-agent", "AgentArn"), ("bedrock-agent-runtime", "AWSResourceARN")], [("bedrock-agent", "Id"), ("bedrock-agent-runtime", "AgentId")],
     "12 digits", "required", "botocore ARN pattern"),
    ("agent_alias", "agent-alias", P + "agent-alias/${AgentId}/${AgentAliasId}",
     [("bedrock-agent", "AgentAliasArn"), ("bedrock-agent-runtime", "AgentAliasArn")], [("bedrock-agent", "AgentAliasId"), ("bedrock-agent-runtime", "AgentAliasId")],
     "12 digits", "required", "botocore ARN pattern"),
    ("application_inference_profile", "application-inference-profile", P + "application-inference-profile/${ResourceId}",
     [("bedrock", "InferenceProfileArn")], [("bedrock", "InferenceProfileId")],
     "12 digits", "required", "SAR format has ${Region} and ${Account}; the botocore pattern also admits empty ones (shared with inference-profile)"),
    ("async_invoke", "async-invoke", P + "async-invoke/${ResourceId}",
     [("bedrock-runtime", "InvocationArn")], [], "12 digits", "required", "botocore ARN pattern"),
    ("automated_reasoning_policy", "automated-reasoning-policy", P + "automated-reasoning-policy/${AutomatedReasoningPolicyId}",
     [("bedrock", "AutomatedReasoningPolicyArn")], [("bedrock", "AutomatedReasoningPolicyId")], "12 digits", "required", "botocore ARN pattern"),
    ("automated_reasoning_policy_version", "automated-reasoning-policy-version", P + "automated-reasoning-policy/${AutomatedReasoningPolicyId}:${AutomatedReasoningPolicyVersion}",
     [("bedrock", "AutomatedReasoningPolicyArn"), ("bedrock-runtime", "GuardrailAutomatedReasoningPolicyVersionArn")], [("bedrock", "AutomatedReasoningPolicyId")],
     "12 digits", "required", "botocore ARN pattern: version suffix :([1-9][0-9]{0,11})"),
    ("marketplace_model_endpoint", "bedrock-marketplace-model-endpoint", P + "marketplace/model-endpoint/all-access",
     [], [], "12 digits", "required", "SAR format only; the resource path is the fixed text marketplace/model-endpoint/all-access"),
    ("blueprint", "blueprint", P + "blueprint/${BlueprintId}",
     [("bedrock-data-automation", "BlueprintArn"), ("bedrock-data-automation-runtime", "BlueprintArn")], [],
     "12 digits or aws", "required", "botocore ARN pattern (aws|[0-9]{12}); public blueprints are bedrock-data-automation-public-*"),
    ("blueprint_optimization_invocation", "blueprint-optimization-invocation", P + "blueprint-optimization-invocation/${ResourceId}",
     [("bedrock-data-automation", "BlueprintOptimizationInvocationArn")], [], "12 digits", "required", "botocore ARN pattern"),
    ("custom_model", "custom-model", P + "custom-model/${ResourceId}",
     [("bedrock", "CustomModelArn")], [], "12 digits", "required", "botocore ARN pattern; the resource id is <base-model-id>/<12 chars> or imported/<12 chars>"),
    ("custom_model_deployment", "custom-model-deployment", P + "custom-model-deployment/${ResourceId}",
     [("bedrock", "CustomModelDeploymentArn")], [], "12 digits", "required", "botocore ARN pattern"),
    ("data_automation_invocation", "data-automation-invocation-job", P + "data-automation-invocation/${JobId}",
     [("bedrock-data-automation-runtime", "InvocationArn")], [], "12 digits", "required",
     "botocore ARN pattern; note the SAR resource type name (data-automation-invocation-job) differs from the ARN text (data-automation-invocation)"),
    ("data_automation_library", "data-automation-library", P + "data-automation-library/${DataAutomationLibraryId}",
     [("bedrock-data-automation", "DataAutomationLibraryArn")], [], "12 digits", "required", "botocore ARN pattern"),
    ("data_automation_library_ingestion_job", "data-automation-library-ingestion-job", P + "data-automation-library-ingestion-job/${IngestionJobId}",
     [("bedrock-data-automation", "DataAutomationLibraryIngestionJobArn")], [], "12 digits", "required", "botocore ARN pattern"),
    ("data_automation_profile", "data-automation-profile", P + "data-automation-profile/${ProfileId}",
     [("bedrock-data-automation", "DataAutomationProfileArn"), ("bedrock-data-automation-runtime", "DataAutomationProfileArn")], [],
     "12 digits or aws", "required", "botocore ARN pattern (aws|[0-9]{12}); the service's own profiles are e.g. us.data-automation-v1"),
    ("data_automation_project", "data-automation-project", P + "data-automation-project/${ProjectId}",
     [("bedrock-data-automation", "DataAutomationProjectArn"), ("bedrock-data-automation-runtime", "DataAutomationArn")], [],
     "12 digits or aws", "required", "botocore ARN pattern (aws|[0-9]{12}); the public default project is owned by account aws"),
    ("default_prompt_router", "default-prompt-router", P + "default-prompt-router/${ResourceId}",
     [("bedrock", "PromptRouterArn")], [], "12 digits", "required", "botocore ARN pattern"),
    ("evaluation_job", "evaluation-job", P + "evaluation-job/${ResourceId}",
     [("bedrock", "EvaluationJobArn")], [], "12 digits", "required", "botocore ARN pattern"),
    ("flow", "flow", P + "flow/${FlowId}",
     [("bedrock-agent", "FlowArn")], [("bedrock-agent", "FlowId")], "12 digits", "required", "botocore ARN pattern"),
    ("flow_alias", "flow-alias", P + "flow/${FlowId}/alias/${FlowAliasId}",
     [("bedrock-agent", "FlowAliasArn")], [("bedrock-agent", "FlowAliasId")], "12 digits", "required", "botocore ARN pattern"),
    ("flow_execution", "flow-execution", P + "flow/${FlowId}/alias/${FlowAliasId}/execution/${FlowExecutionId}",
     [("bedrock-agent-runtime", "FlowExecutionIdentifier")], [("bedrock-agent-runtime", "FlowExecutionId")], "12 digits", "required", "botocore pattern of the identifier"),
    ("foundation_model", "foundation-model", "arn:${Partition}:bedrock:${Region}::foundation-model/${ResourceId}",
     [("bedrock", "FoundationModelArn"), ("bedrock", "InferenceProfileModelSourceArn")], [("bedrock", "BedrockModelId")],
     "empty", "empty allowed",
     "SAR format has an empty account; ListInferenceProfiles lists arn:aws:bedrock:::foundation-model/<id> as the models of global profiles, "
     "and InferenceProfileModelSourceArn admits an empty region"),
    ("guardrail", "guardrail", P + "guardrail/${GuardrailId}",
     [("bedrock", "GuardrailArn")], [("bedrock", "GuardrailId")], "12 digits", "required", "botocore ARN pattern"),
    ("guardrail_profile", "guardrail-profile", P + "guardrail-profile/${ResourceId}",
     [("bedrock", "GuardrailCrossRegionGuardrailProfileArn")], [("bedrock", "GuardrailCrossRegionGuardrailProfileId")], "12 digits", "required", "botocore ARN pattern"),
    ("imported_model", "imported-model", P + "imported-model/${ResourceId}",
     [("bedrock", "ImportedModelArn")], [], "12 digits", "required", "botocore ARN pattern"),
    ("inference_profile", "inference-profile", P + "inference-profile/${ResourceId}",
     [("bedrock", "InferenceProfileArn")], [("bedrock", "InferenceProfileId")], "12 digits", "required",
     "SAR format has ${Region} and ${Account}; the botocore pattern (|[0-9]{12}) also admits empty ones"),
    ("knowledge_base", "knowledge-base", P + "knowledge-base/${KnowledgeBaseId}",
     [("bedrock-agent", "KnowledgeBaseArn"), ("bedrock-agent-runtime", "KnowledgeBaseArn")], [("bedrock-agent", "Id"), ("bedrock-agent-runtime", "KnowledgeBaseId")],
     "12 digits", "required", "botocore ARN pattern"),
    ("model_copy_job", "model-copy-job", P + "model-copy-job/${ResourceId}",
     [("bedrock", "ModelCopyJobArn")], [], "12 digits", "required", "botocore ARN pattern"),
    ("model_customization_job", "model-customization-job", P + "model-customization-job/${ResourceId}",
     [("bedrock", "ModelCustomizationJobArn")], [], "12 digits", "required", "botocore ARN pattern; the resource id is <base-model-id>/<12 chars>"),
    ("model_evaluation_job", "model-evaluation-job", P + "model-evaluation-job/${ResourceId}",
     [], [], "12 digits", "required", "SAR format only; no botocore shape writes this ARN"),
    ("model_import_job", "model-import-job", P + "model-import-job/${ResourceId}",
     [("bedrock", "ModelImportJobArn")], [], "12 digits", "required", "botocore ARN pattern"),
    ("model_invocation_job", "model-invocation-job", P + "model-invocation-job/${JobIdentifier}",
     [("bedrock", "ModelInvocationJobArn")], [], "12 digits", "required", "botocore ARN pattern"),
    ("project", "project", P + "project/${ResourceId}",
     [], [], "12 digits", "required", "SAR format only"),
    ("prompt", "prompt", P + "prompt/${PromptId}",
     [("bedrock-agent", "PromptArn")], [("bedrock-agent", "PromptId")], "12 digits", "required", "botocore ARN pattern"),
    ("prompt_router", "prompt-router", P + "prompt-router/${ResourceId}",
     [], [], "12 digits", "required", "SAR format only; botocore PromptRouterArn names default-prompt-router only"),
    ("prompt_version", "prompt-version", P + "prompt/${PromptId}:${PromptVersion}",
     [("bedrock-agent", "PromptArn")], [("bedrock-agent", "Version")], "12 digits", "required", "botocore ARN pattern: version suffix :[0-9]{1,5}"),
    ("provisioned_model", "provisioned-model", P + "provisioned-model/${ResourceId}",
     [("bedrock", "ProvisionedModelArn")], [], "12 digits", "required", "botocore ARN pattern"),
    ("session", "session", P + "session/${SessionId}",
     [("bedrock-agent-runtime", "SessionArn")], [("bedrock-agent-runtime", "SessionIdentifier")], "12 digits", "required", "botocore ARN pattern"),
    ("system_tool", "system-tool", "arn:${Partition}:bedrock::${Account}:system-tool/${ResourceId}",
     [], [], "12 digits", "empty", "SAR format has an empty region"),
]


def load_models(root):
    models = {}
    for path in sorted(root.glob("botocore/data/*/*/service-2.json")):
        service = path.parent.parent.name
        if service in {"bedrock", "bedrock-agent", "bedrock-agent-runtime", "bedrock-data-automation",
                       "bedrock-data-automation-runtime", "bedrock-runtime"}:
            models[service] = (path.parent.name, json.loads(path.read_text(encoding="utf-8")))
    return models


def shape_facts(models, service, name):
    version, model = models[service]
    shape = model["shapes"].get(name)
    if shape is None:
        raise SystemExit(f"{service} {version}: no shape {name}")
    return {"service_model": f"{service}/{version}", "shape": name, "pattern": shape.get("pattern"),
            "min": shape.get("min"), "max": shape.get("max")}


def all_identifier_shapes(models):
    """Every string shape of the six models whose name ends in Arn, ARN, Id or Identifier (or is Id/Identifier),
    with its pattern/min/max: the raw material for kinds that SAR_KINDS does not map yet."""
    out = []
    for service in sorted(models):
        version, model = models[service]
        for name in sorted(model["shapes"]):
            shape = model["shapes"][name]
            if shape.get("type") != "string":
                continue
            if not re.search(r"(Arn|ARN|Id|Identifier)$", name):
                continue
            out.append({"service_model": f"{service}/{version}", "shape": name, "pattern": shape.get("pattern"),
                        "min": shape.get("min"), "max": shape.get("max")})
    return out


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    root = pathlib.Path(sys.argv[1])
    init = (root / "botocore" / "__init__.py").read_text(encoding="utf-8")
    version = re.search(r"__version__ = '([^']+)'", init).group(1)
    models = load_models(root)
    kinds = []
    for kind, sar_type, fmt, arn_shapes, id_shapes, account, region, evidence in sorted(SAR_KINDS):
        kinds.append({
            "kind": kind,
            "sar_resource_type": sar_type,
            "arn_format": fmt,
            "account_rule": account,
            "region_rule": region,
            "rule_evidence": evidence,
            "botocore_arn_shapes": [shape_facts(models, s, n) for s, n in arn_shapes],
            "botocore_id_shapes": [shape_facts(models, s, n) for s, n in id_shapes],
        })
    out = {
        "generated_by": "tools/aws/extract_bedrock_kinds.py <botocore-checkout>; do not edit by hand",
        "sources": {
            "service_authorization_reference": "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html",
            "service_authorization_reference_json": "https://servicereference.us-east-1.amazonaws.com/v1/bedrock/bedrock.json",
            "botocore": f"boto/botocore {version}: botocore/data/<service>/<api-version>/service-2.json",
            "sar_rows_cross_checked_with": "udondan/iam-floyd@50d8b534: lib/generated/policy-statements/bedrock.ts "
                                           "(generated from the Service Authorization Reference; same 40 ARN formats)",
        },
        "botocore_version": version,
        "kinds": kinds,
        "botocore_identifier_shapes": all_identifier_shapes(models),
    }
    json.dump(out, sys.stdout, indent=2, sort_keys=False, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
