import type { Party } from '../../api/types';
import type { CycleWork } from './types';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * The audit history's sentence, made easier to read on this page: the ids of the parties, sources,
 * causes, goals and measures it names become their names, and a proposal's id is left out (the
 * Granskning page keeps the ids for auditors). Text the page does not know stays as it was.
 */
export const readableSummary = (
  summary: string,
  parties: readonly Party[],
  works: readonly CycleWork[],
  /** The events' data (AuditRow.data): names of what has since been removed. */
  data: readonly unknown[] = [],
): string => {
  const names = new Map<string, string>();
  for (const d of data) {
    const item = (d ?? {}) as Record<string, unknown>;
    const name = item['title'] ?? item['activity'] ?? item['description'];
    const id = item['sourceId'] ?? item['measureId'] ?? item['goalId'] ?? item['causeId'];
    if (typeof id === 'string' && typeof name === 'string') names.set(id, `"${name}"`);
  }
  for (const work of works) {
    for (const s of work.sources) names.set(s.sourceId, `"${s.title}"`);
    for (const c of work.causes) names.set(c.causeId, `"${c.description}"`);
    for (const g of work.goals) names.set(g.goalId, `"${g.description}"`);
    for (const m of work.measures) names.set(m.measureId, `"${m.activity}"`);
  }
  let text = summary.replace(UUID, (id) => names.get(id) ?? names.get(id.toLowerCase()) ?? '\u0000');
  // A proposal's id (or any id the page cannot name) is dropped with the space before it.
  text = text.replace(/ ?\u0000/g, '');
  for (const party of parties) text = text.replace(new RegExp(`\\b${party.partyId.replace(/[-]/g, '\\-')}\\b`, 'g'), party.name);
  return text;
};
