import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '@samverkan/event-store';
import { parseAgreementSeed, seedAgreementEvents, seedCommands, toAgreementFacts, type AgreementSeed } from '@samverkan/agreements';
import { decideFocusArea, FOCUS_AREA_MACHINE_VERSION, initialFocusAreaState } from '@samverkan/cycle';
import { PROJECTION_RUNNER, type ProjectionRunner } from '@samverkan/read-models';
import { agreementStreamId, focusAreaStreamId, type CommandContext, type DomainEvent } from '@samverkan/shared-kernel';
import { Clock, IdGenerator } from '../infrastructure/clock.js';
import { EventAppender } from '../infrastructure/event-appender.js';
import { DemoAnnexSeed } from './demo-annex-seed.js';
import { DEMO_CYCLE_FOCUS_AREA, playDemoCycleHistory } from './demo-cycle-history.js';

/**
 * Demo mode only: loads the agreements of config/agreements into an empty store on first start, through the
 * same deciders and the same appender as every command. Each stream is new (decided on no loaded
 * revision, so appended with `no_stream`): loading twice, or two processes starting at once, changes nothing.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly config: ConfigService,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly appender: EventAppender,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    private readonly annexSeed: DemoAnnexSeed,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const dir = this.config.getOrThrow<string>('SEED_DIR');
    // The demo agreements name the demo accounts: both come only in demo mode.
    if (!this.config.get<boolean>('SAMVERKAN_DEMO') || dir === 'none') return;
    const isEmpty = (await this.store.readAll({ maxCount: 1 })).length === 0;
    if (!isEmpty) return;
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    for (const file of files) {
      const seed = parseAgreementSeed(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      await this.load(seed);
      await this.annexSeed.load(join(dir, '..', 'annexes', file), seed.parties);
    }
    // The agreements are listed from the read models: the server answers its first request only once they hold them.
    await this.runner.catchUp();
    this.logger.log(`Loaded ${files.length} agreements from ${dir} into the empty store`);
  }

  private async load(seed: AgreementSeed): Promise<void> {
    const ctx: CommandContext = {
      actorId: 'system:demo-seed',
      actorRole: 'administrator',
      now: this.clock.now().toISOString(),
      correlationId: this.ids.newId(),
    };
    const commands = seedCommands(seed);
    const { register, focusAreas } = commands;
    const { events: agreementEvents, state: agreement } = seedAgreementEvents(commands);
    if (!(await this.appendNew(agreementStreamId(register.data.agreementId), () => agreementEvents, ctx))) return;
    const facts = toAgreementFacts(agreement);
    for (const proposal of focusAreas) {
      const decide = () => decideFocusArea(proposal, initialFocusAreaState(facts));
      const written = await this.appendNew(focusAreaStreamId(proposal.data.focusAreaId), decide, ctx, FOCUS_AREA_MACHINE_VERSION);
      // Issue 14 (cycles): a focus area in its second cycle, on request (DEMO_HISTORIES=1).
      if (written && this.config.get<boolean>('DEMO_HISTORIES') && proposal.data.focusAreaId === DEMO_CYCLE_FOCUS_AREA)
        await playDemoCycleHistory(this.appender, facts, proposal, ctx.correlationId);
    }
  }

  /** Writes a stream that must not exist yet; false when another process already wrote it. */
  private async appendNew(streamId: string, decide: () => readonly DomainEvent[], ctx: CommandContext, machineVersion?: string) {
    try {
      await this.appender.append({ streamId, context: ctx, loadedRevision: null, ...(machineVersion ? { machineVersion } : {}) }, decide);
      return true;
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) return false;
      throw error;
    }
  }
}
