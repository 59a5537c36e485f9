/**
 * The annexes an agreement keeps as versioned documents (DOMAIN.md, "What real agreements also
 * say"): the situation picture (lägesbild), the action plan and the citizen promise (medborgarlöfte).
 */
export type AnnexKind = 'situationPicture' | 'actionPlan' | 'citizenPromise';
export const ANNEX_KINDS: readonly AnnexKind[] = ['situationPicture', 'actionPlan', 'citizenPromise'];

export const ANNEX_KIND_LABEL_SV: Readonly<Record<AnnexKind, string>> = {
  situationPicture: 'Lägesbild',
  actionPlan: 'Åtgärdsplan',
  citizenPromise: 'Medborgarlöfte',
};
