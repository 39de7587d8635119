/** The orders in which levels and urgencies compare: the later in the list, the more serious. */
import type { RiskLevel, Urgency } from './types.js';

export const riskLevels: readonly RiskLevel[] = ['no-apparent-risk', 'low', 'medium', 'high'];
export const urgencies: readonly Urgency[] = ['routine', 'within-24-hours', 'immediate'];

export function isHigherRisk(a: RiskLevel, than: RiskLevel): boolean {
  return riskLevels.indexOf(a) > riskLevels.indexOf(than);
}

export function isMoreUrgent(a: Urgency, than: Urgency): boolean {
  return urgencies.indexOf(a) > urgencies.indexOf(than);
}
