import { describe, expect, it } from '@jest/globals';
import { SchemaVersionNotReadableError } from '@samverkan/shared-kernel';
import { foldAgreement } from './state.js';
import { lommaRegistered } from './testing/fixtures.js';
import { upcastAgreementEvent } from './upcasting.js';

describe('reading stored agreement events', () => {
  it('reads a version-1 event as it is', () => {
    const stored = { ...lommaRegistered(), eventId: 'e-1', position: '1' };
    expect(foldAgreement([upcastAgreementEvent(stored)])).toMatchObject({ status: 'registered', agreementId: 'lomma-2023-2027' });
  });

  it('refuses a version no upcaster reaches, naming the type and the version', () => {
    const stored = { ...lommaRegistered(), schemaVersion: 2 };
    expect(() => upcastAgreementEvent(stored)).toThrow(SchemaVersionNotReadableError);
    expect(() => upcastAgreementEvent(stored)).toThrow(/AgreementRegistered has schema version 2/);
  });

  it('raises an older version through a registered upcaster', () => {
    const { name, ...v1 } = lommaRegistered().data;
    const upcasters = {
      current: { AgreementRegistered: 2 },
      upcasters: { AgreementRegistered: { 1: (d: unknown) => ({ ...(d as object), name: 'Okänt namn' }) } },
    };
    const event = upcastAgreementEvent({ type: 'AgreementRegistered', schemaVersion: 1, data: v1 }, upcasters);
    expect(name).not.toBe('Okänt namn');
    expect(event).toMatchObject({ schemaVersion: 2, data: { name: 'Okänt namn' } });
  });
});
