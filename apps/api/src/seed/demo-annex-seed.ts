import { Injectable } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import {
  ANNEX_KINDS,
  decideAnnex,
  evolveAnnex,
  initialAnnexState,
  singleAnnexIdOf,
  type AgreementPartyFact,
  type AnnexCommand,
  type AnnexEvent,
  type AnnexKind,
} from '@samverkan/annexes';
import { annexStreamId, swedishDateOf, type CommandContext } from '@samverkan/shared-kernel';
import { Clock, IdGenerator } from '../infrastructure/clock.js';
import { EventAppender } from '../infrastructure/event-appender.js';
import { WrongExpectedRevisionError } from '@samverkan/event-store';

/** config/annexes/<agreement file>.json: an agreement's annexes as its text gives them, each version with its decision and signatures when known. */
export interface AnnexSeed {
  readonly agreementId: string;
  readonly annexes: readonly {
    readonly kind: AnnexKind;
    readonly title: string;
    readonly annexId?: string;
    readonly versions: readonly {
      readonly text: string;
      readonly bindingPartyIds?: readonly string[];
      readonly decidedOn?: string;
      readonly signatures?: readonly { readonly partyId: string; readonly signedOn: string }[];
    }[];
  }[];
}

const fail = (file: string, why: string): never => {
  throw new Error(`${file}: ${why}`);
};

/** The file's shape, checked enough that a mistake names itself; the annex rules judge the rest. */
export const parseAnnexSeed = (file: string, json: unknown): AnnexSeed => {
  const seed = json as AnnexSeed;
  if (typeof seed?.agreementId !== 'string') fail(file, 'agreementId must be text');
  if (!Array.isArray(seed.annexes)) fail(file, 'annexes must be a list');
  seed.annexes.forEach((annex, i) => {
    if (!ANNEX_KINDS.includes(annex.kind)) fail(file, `annexes[${i}].kind must be one of ${ANNEX_KINDS.join(', ')}`);
    if (annex.kind === 'citizenPromise' && typeof annex.annexId !== 'string') fail(file, `annexes[${i}].annexId is needed for a citizen promise`);
    if (!Array.isArray(annex.versions)) fail(file, `annexes[${i}].versions must be a list`);
  });
  return seed;
};

/**
 * The events of each annex, decided by the annex decider from the commands the file describes,
 * so the seed keeps every rule a coordinator and the council keep (a refusal stops the start).
 */
export const annexSeedStreams = (seed: AnnexSeed, parties: readonly AgreementPartyFact[], today: string): { annexId: string; events: AnnexEvent[] }[] =>
  seed.annexes.map((annex) => {
    const annexId = annex.kind === 'citizenPromise' ? annex.annexId! : singleAnnexIdOf(seed.agreementId, annex.kind);
    const commands: AnnexCommand[] = [{ type: 'CreateAnnex', data: { annexId, agreementId: seed.agreementId, kind: annex.kind, title: annex.title } }];
    annex.versions.forEach((v, i) => {
      const version = i + 1;
      commands.push({
        type: 'DraftAnnexVersion',
        data: { text: v.text, files: [], ...(v.bindingPartyIds ? { bindingPartyIds: v.bindingPartyIds } : {}) },
      });
      if (v.decidedOn) commands.push({ type: 'DecideAnnexVersion', data: { version, decidedOn: v.decidedOn } });
      for (const s of v.signatures ?? []) commands.push({ type: 'SignAnnexVersion', data: { version, ...s } });
    });
    let state = initialAnnexState();
    const events: AnnexEvent[] = [];
    for (const command of commands) {
      for (const event of decideAnnex(command, state, { today, parties })) {
        events.push(event);
        state = evolveAnnex(state, event);
      }
    }
    return { annexId, events };
  });

/** Demo mode: the annexes of a seeded agreement, from config/annexes beside config/agreements, each stream new. */
@Injectable()
export class DemoAnnexSeed {
  constructor(
    private readonly appender: EventAppender,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async load(file: string, parties: readonly AgreementPartyFact[]): Promise<void> {
    if (!existsSync(file)) return;
    const seed = parseAnnexSeed(file, JSON.parse(readFileSync(file, 'utf8')));
    const now = this.clock.now().toISOString();
    const ctx: CommandContext = { actorId: 'system:demo-seed', actorRole: 'administrator', now, correlationId: this.ids.newId() };
    for (const { annexId, events } of annexSeedStreams(seed, parties, swedishDateOf(now))) {
      try {
        await this.appender.append({ streamId: annexStreamId(annexId), context: ctx, loadedRevision: null }, () => events);
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
      }
    }
  }
}
