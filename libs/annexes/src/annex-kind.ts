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

const SINGLE_KIND_SUFFIX: Readonly<Record<Exclude<AnnexKind, 'citizenPromise'>, string>> = { situationPicture: 'lagesbild', actionPlan: 'atgardsplan' };

/**
 * The id of an agreement's situation picture or action plan is fixed (`<agreement>-lagesbild`), so
 * the store itself refuses a second one (a second AnnexCreated on the stream); a citizen promise,
 * of which there may be several, has an id of its own. Kept within the 80 characters of an id.
 */
export const singleAnnexIdOf = (agreementId: string, kind: Exclude<AnnexKind, 'citizenPromise'>): string => {
  const suffix = SINGLE_KIND_SUFFIX[kind];
  return `${agreementId.slice(0, 79 - suffix.length).replace(/-+$/, '')}-${suffix}`;
};
