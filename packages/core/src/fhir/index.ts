/** The FHIR R4 export: a person's record as a Bundle, and the code systems it uses. */
export { toFhirBundle, type FhirBundle, type FhirExportOptions, type FhirResource } from "./bundle.js";
export {
  FHIR_NAMESPACE,
  KNOWN_CODES,
  LOINC,
  LOINC_CODES,
  UCUM,
  UCUM_UNITS,
  isKnownCode,
  upstreamSystem,
  type UpstreamSystem,
} from "./codes.js";
export { QUESTIONNAIRE_IDS, questionnaireUrl, type QuestionnaireId } from "./questionnaires.js";
export type { MeasureRow, PersonRecord } from "./record.js";
export { uuidFrom } from "./uuid.js";
