/**
 * A perspective's weights in the catalog's criterion order: the five on the effect side, then the
 * five on the cost side.
 */
export const weights = (
  effect: { drugFlow: number; capability: number; border: number; mexicanRole: number; speed: number },
  cost: { sovereignty: number; escalation: number; civilians: number; legal: number; resources: number },
): Record<string, number> => ({
  "drug-flow": effect.drugFlow,
  "cartel-capability": effect.capability,
  "border-security": effect.border,
  "mexican-role": effect.mexicanRole,
  speed: effect.speed,
  "sovereignty-cost": cost.sovereignty,
  "escalation-risk": cost.escalation,
  "civilian-harm": cost.civilians,
  "legal-exposure": cost.legal,
  "resource-cost": cost.resources,
});
