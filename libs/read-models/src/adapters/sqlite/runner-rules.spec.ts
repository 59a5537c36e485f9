import { describe, expect, it } from '@jest/globals';
import type { StoredEvent } from '@samverkan/event-store';
import { agreementRegisteredBy, isSnapshotRevision } from './runner-rules.js';

const stored = (type: string, data: unknown): StoredEvent =>
  ({ type, data, streamId: 's', revision: 0, position: '1', eventId: 'e', schemaVersion: 1, metadata: {} }) as unknown as StoredEvent;

describe('the stream → agreement index', () => {
  it('is fed by the first event of an agreement, a focus area, a meeting and an annex', () => {
    expect(agreementRegisteredBy(stored('AgreementRegistered', { agreementId: 'lomma' }))).toBe('lomma');
    expect(agreementRegisteredBy(stored('FocusAreaProposed', { focusAreaId: 'f', agreementId: 'lomma' }))).toBe('lomma');
    expect(agreementRegisteredBy(stored('MeetingScheduled', { meetingId: 'm', agreementId: 'lomma' }))).toBe('lomma');
    expect(agreementRegisteredBy(stored('AnnexCreated', { annexId: 'x', agreementId: 'lomma' }))).toBe('lomma');
  });

  it('ignores other events, even when they name an agreement', () => {
    expect(agreementRegisteredBy(stored('RoleAssigned', { agreementId: 'lomma' }))).toBeUndefined();
  });

  it('ignores a registration without a usable agreement id', () => {
    expect(agreementRegisteredBy(stored('FocusAreaProposed', { agreementId: '' }))).toBeUndefined();
    expect(agreementRegisteredBy(stored('AgreementRegistered', null))).toBeUndefined();
  });
});

describe('snapshot revisions', () => {
  it('snapshot the first event and every n-th revision after it', () => {
    const taken = Array.from({ length: 60 }, (_, revision) => revision).filter((revision) => isSnapshotRevision(revision, 25, revision === 0));
    expect(taken).toEqual([0, 24, 49]);
  });
});
