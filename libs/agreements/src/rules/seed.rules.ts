import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { FocusAreaSeed } from '../seed/agreement-seed.js';
import { isSlug } from '../slug.js';

/**
 * DOMAIN.md and Lomma's agreement: "Det ska alltid vara ett särskilt fokus gällande barn och
 * ungdomar." An agreement's focus areas must include one.
 */
export const focusOnChildrenAndYoungPeople = (focusAreas: readonly FocusAreaSeed[]): BusinessRule =>
  rule(
    'FocusOnChildrenAndYoungPeople',
    'Det ska alltid finnas ett fokusområde med särskilt fokus på barn och unga.',
    () => !focusAreas.some((f) => f.childrenAndYoungPeople),
  );

export const focusAreaIdsAreUnique = (focusAreas: readonly FocusAreaSeed[]): BusinessRule => {
  const duplicate = focusAreas.map((f) => f.focusAreaId).find((id, i, ids) => ids.indexOf(id) !== i);
  return rule('FocusAreaIdsAreUnique', `Fokusområdets id ”${duplicate ?? ''}” förekommer mer än en gång.`, () => duplicate !== undefined);
};

/** Focus area ids name the focus area's stream and URL: lower-case words joined by hyphens. */
export const focusAreaIdsAreWellFormed = (focusAreas: readonly FocusAreaSeed[]): BusinessRule => {
  const faulty = focusAreas.find((f) => !isSlug(f.focusAreaId));
  return rule(
    'FocusAreaIdsAreWellFormed',
    `Fokusområdets id ”${faulty?.focusAreaId ?? ''}” får bara innehålla små bokstäver a–z, siffror och bindestreck.`,
    () => faulty !== undefined,
  );
};
