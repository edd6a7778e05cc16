/** The clinician's side of the store: the patient overview and acknowledging escalations. */
export {
  clinicianOverview,
  overviewQuery,
  ATTENTION_REASONS,
  type AttentionCode,
  type AttentionReason,
  type OverviewRow,
} from "./overview.js";
export { acknowledgeEscalation } from "./escalations.js";
