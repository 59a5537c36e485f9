import type { TransitionKind, Step } from '@samverkan/cycle';
import { proposalSv } from '../plan-changes/proposal-changes.js';
import type { DocumentQuery } from '../read-store.port.js';
import type { AuditSubject, NameOf } from './audit-references.js';
import { auditRowId, type AuditRow } from './audit-row.js';

/** The events that give a name to what later events name only by id. */
export const AUDIT_NAMING_EVENT_TYPES = [
  'AgreementRegistered',
  'FocusAreaProposed',
  'SourceAdded',
  'CauseIdentified',
  'GoalSet',
  'MeasurePlanned',
  'TransitionProposed',
  'MeetingScheduled',
] as const;

/** The names an agreement's own records give (its parties, its meetings); the rest are a focus area's. */
const AGREEMENT_NAMING_TYPES = ['AgreementRegistered', 'MeetingScheduled'] as const;
const FOCUS_AREA_NAMING_TYPES = AUDIT_NAMING_EVENT_TYPES.filter((type) => !(AGREEMENT_NAMING_TYPES as readonly string[]).includes(type));

const MEETING_SV: Readonly<Record<string, string>> = { council: 'Strategiska rådets möte', operativeGroup: 'Operativa gruppens möte' };

/** A focus area's title and a meeting are named like the rest, under subjects no reference names. */
type Named = AuditSubject | 'focusArea' | 'meeting';

interface Naming {
  /** Where the id is unique: the agreement for a party, else the focus area. */
  readonly scope: string;
  readonly subject: Named;
  readonly id: string;
  readonly name: string;
}

type Data = Readonly<Record<string, unknown>>;

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The names a row's event gives; a row without the fields it should have gives none. */
const namingsOf = (row: AuditRow): Naming[] => {
  const data = (row.data ?? {}) as Data;
  const inFocusArea = (subject: Named, id: unknown, name: string | undefined): Naming[] => {
    const scope = row.focusAreaId;
    return scope !== null && str(id) !== undefined && name !== undefined ? [{ scope, subject, id: id as string, name }] : [];
  };
  switch (row.eventType) {
    case 'AgreementRegistered': {
      const parties = Array.isArray(data['parties']) ? (data['parties'] as Data[]) : [];
      const scope = row.agreementId;
      return scope === null
        ? []
        : parties.flatMap((p) =>
            str(p['partyId']) && str(p['name']) ? [{ scope, subject: 'party' as const, id: p['partyId'] as string, name: p['name'] as string }] : [],
          );
    }
    case 'FocusAreaProposed':
      return inFocusArea('focusArea', row.focusAreaId, str(data['title']));
    case 'SourceAdded':
      return inFocusArea('source', data['sourceId'], str(data['title']));
    case 'CauseIdentified':
      return inFocusArea('cause', data['causeId'], str(data['description']));
    case 'GoalSet':
      return inFocusArea('goal', data['goalId'], str(data['description']));
    case 'MeasurePlanned':
      return inFocusArea('measure', data['measureId'], str(data['activity']));
    case 'MeetingScheduled': {
      const scope = row.agreementId;
      const id = str(data['meetingId']);
      const name = `${MEETING_SV[String(data['body'])] ?? 'Möte'} ${str(data['date']) ?? ''}`.trim();
      return scope === null || id === undefined ? [] : [{ scope, subject: 'meeting', id, name }];
    }
    case 'TransitionProposed': {
      const proposal = { transition: data['transition'] as TransitionKind, from: data['from'] as Step, to: data['to'] as Step };
      return inFocusArea('proposal', data['proposalId'], proposalSv(proposal));
    }
    default:
      return [];
  }
};

const keyOf = (scope: string, subject: Named, id: string): string => `${scope}\u0000${subject}\u0000${id}`;

/** What the ids of the log stood for, and since which row. */
export interface AuditNameBook {
  /**
   * The names as the row's event left them: a measure planned again under a new activity is
   * named as it was then in an earlier row, and a removed one keeps the name it had.
   */
  namesAt(row: AuditRow): NameOf;
  focusAreaTitle(row: AuditRow): string | undefined;
  /** "§ 4, Strategiska rådets möte 2025-03-13" for a decision citing a meeting; the meeting's id when the log does not name it. */
  protocolLabel(row: AuditRow): string | undefined;
}

/**
 * The names the given rows of the audit history give (any rows; those of
 * AUDIT_NAMING_EVENT_TYPES give names). Pure: the audit query reads the rows, this reads them.
 */
export const auditNameBook = (namingRows: readonly AuditRow[]): AuditNameBook => {
  const byKey = new Map<string, { readonly at: string; readonly name: string }[]>();
  for (const row of namingRows) {
    for (const naming of namingsOf(row)) {
      const key = keyOf(naming.scope, naming.subject, naming.id);
      const given = { at: auditRowId(row.position), name: naming.name };
      const names = byKey.get(key);
      if (names) names.push(given);
      else byKey.set(key, [given]);
    }
  }
  for (const names of byKey.values()) names.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  /** The last name given at or before the row: its own event's names count. */
  const nameAt = (row: AuditRow, scope: string | null, subject: Named, id: string): string | undefined => {
    if (scope === null) return undefined;
    const at = auditRowId(row.position);
    return byKey.get(keyOf(scope, subject, id))?.findLast((naming) => naming.at <= at)?.name;
  };

  return {
    namesAt: (row) => (subject, id) => nameAt(row, subject === 'party' ? row.agreementId : row.focusAreaId, subject, id),
    focusAreaTitle: (row) => (row.focusAreaId === null ? undefined : nameAt(row, row.focusAreaId, 'focusArea', row.focusAreaId)),
    protocolLabel: (row) => {
      if (!row.protocol) return undefined;
      const meeting = nameAt(row, row.agreementId, 'meeting', row.protocol.meetingId) ?? `möte ${row.protocol.meetingId}`;
      return `§ ${row.protocol.paragraph}, ${meeting}`;
    },
  };
};

/**
 * The read-store queries that find every row naming what `rows` refer to: the agreement's
 * registration (its parties) and the naming events of their focus areas (of just one when all the
 * rows are of one, as on a focus area's timeline).
 */
export const auditNamingQueries = (agreementId: string, rows: readonly AuditRow[]): DocumentQuery[] => {
  if (rows.length === 0) return [];
  const focusAreaIds = [...new Set(rows.flatMap((row) => (row.focusAreaId === null ? [] : [row.focusAreaId])))];
  const registration: DocumentQuery = { agreementId, kinds: AGREEMENT_NAMING_TYPES };
  if (focusAreaIds.length === 0) return [registration];
  const oneFocusArea = focusAreaIds.length === 1 ? { focusAreaId: focusAreaIds[0] } : {};
  return [registration, { agreementId, kinds: FOCUS_AREA_NAMING_TYPES, ...oneFocusArea }];
};
