import { describe, it, expect } from '@jest/globals';
import { replayProjection } from '../shared/replay.js';
import { agreementDecides, registerLomma } from '../testing/agreement-commands.js';
import { eventLog, type EventLog } from '../testing/event-log.js';
import { actors, AGREEMENT_ID } from '../testing/lomma.js';
import { isPubliclyPublished, type AgreementDirectoryDoc } from './agreement-directory.doc.js';
import { agreementDirectoryProjection as directory } from './agreement-directory.projection.js';

const docOf = (log: EventLog): AgreementDirectoryDoc => replayProjection(directory, log.events()).get(AGREEMENT_ID)!;

const registered = (): EventLog => {
  const log = eventLog();
  agreementDecides(log, registerLomma(), actors.administrator, '2024-01-02');
  return log;
};
const publish = (log: EventLog) =>
  agreementDecides(log, { type: 'PublishPublicPage', data: { agreementId: AGREEMENT_ID } }, actors.coordinator, '2025-02-01');

describe('agreement directory › page for residents', () => {
  it('has no public page when the agreement is registered (opt-in)', () => {
    const log = registered();
    expect(docOf(log).publicPage).toBeNull();
    expect(isPubliclyPublished(docOf(log))).toBe(false);
  });

  it('knows the page is up once a coordinator publishes it, when and by whom', () => {
    const log = registered();
    publish(log);
    expect(docOf(log).publicPage).toEqual({ published: true, changedAt: '2025-02-01T09:00:00.000Z', changedBy: 'lomma.samordnare' });
    expect(isPubliclyPublished(docOf(log))).toBe(true);
  });

  it('knows the page is down again once it is withdrawn', () => {
    const log = registered();
    publish(log);
    agreementDecides(log, { type: 'WithdrawPublicPage', data: { agreementId: AGREEMENT_ID, reason: 'Ses över' } }, actors.coordinator, '2025-03-01');
    expect(docOf(log).publicPage).toMatchObject({ published: false, changedAt: '2025-03-01T09:00:00.000Z' });
    expect(isPubliclyPublished(docOf(log))).toBe(false);
  });
});
