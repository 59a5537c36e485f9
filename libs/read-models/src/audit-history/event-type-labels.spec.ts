import { describe, expect, it } from '@jest/globals';
import { AGREEMENT_EVENT_TYPES } from '@samverkan/agreements';
import { ANNEX_EVENT_TYPES } from '@samverkan/annexes';
import { FOCUS_AREA_EVENT_TYPES } from '@samverkan/cycle';
import { MEETING_EVENT_TYPES } from '@samverkan/meetings';
import { DECISION_EVENT_TYPES, EVENT_TYPE_GROUPS_SV, eventTypeLabelSv } from './event-type-labels.js';

const EVERY_EVENT_TYPE = [...FOCUS_AREA_EVENT_TYPES, ...AGREEMENT_EVENT_TYPES, ...MEETING_EVENT_TYPES, ...ANNEX_EVENT_TYPES];

describe('the Swedish names of the event types', () => {
  it('name every event type the log can hold, so no auditor reads a stored type name', () => {
    const unnamed = EVERY_EVENT_TYPE.filter((type) => eventTypeLabelSv(type) === type);
    expect(unnamed).toEqual([]);
  });

  it('put each type in one group only, and name no type the log cannot hold', () => {
    const grouped = EVENT_TYPE_GROUPS_SV.flatMap((group) => group.types.map(([type]) => type));
    expect(new Set(grouped).size).toBe(grouped.length);
    expect(grouped.filter((type) => !(EVERY_EVENT_TYPE as readonly string[]).includes(type))).toEqual([]);
  });

  it('count as decisions only event types the log can hold', () => {
    expect(DECISION_EVENT_TYPES.filter((type) => !(EVERY_EVENT_TYPE as readonly string[]).includes(type))).toEqual([]);
  });

  it('drop the soft hyphens for a file, keep them for the screen', () => {
    expect(eventTypeLabelSv('ChildImpactAssessmentRecorded', true)).toBe('Barnkonsekvensanalys');
    expect(eventTypeLabelSv('ChildImpactAssessmentRecorded')).toContain('\u00ad');
  });
});
