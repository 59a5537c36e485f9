/**
 * Whether the assurance level a provider reported (`acr`) meets the municipality's minimum.
 *
 * `acr` values are names, not numbers; only Sweden Connect's levels of assurance have an order
 * (Tillitsramverket för Svensk e-legitimation: loa2 < loa3 < loa4), so a higher one of those also
 * meets a lower minimum. Any other value (Entra's, a broker's own) must match the minimum exactly.
 */
const SWEDEN_CONNECT_LOA = ['http://id.elegnamnden.se/loa/1.0/loa2', 'http://id.elegnamnden.se/loa/1.0/loa3', 'http://id.elegnamnden.se/loa/1.0/loa4'];

export const meetsMinimumAcr = (reported: string | undefined, minimum: string | undefined): boolean => {
  if (minimum === undefined) return true;
  if (reported === undefined) return false;
  if (reported === minimum) return true;
  const need = SWEDEN_CONNECT_LOA.indexOf(minimum);
  const got = SWEDEN_CONNECT_LOA.indexOf(reported);
  return need >= 0 && got >= need;
};
