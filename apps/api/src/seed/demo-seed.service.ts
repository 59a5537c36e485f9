import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '@samverkan/event-store';
import { parseAgreementSeed, seedAgreementEvents, seedCommands, toAgreementFacts, type AgreementSeed } from '@samverkan/agreements';
import { decideFocusArea, FOCUS_AREA_MACHINE_VERSION, initialFocusAreaState } from '@samverkan/cycle';
import { PROJECTION_RUNNER, type ProjectionRunner } from '@samverkan/read-models';
import { metadataFrom, type CommandContext, type DomainEvent } from '@samverkan/shared-kernel';
import { Clock, IdGenerator } from '../infrastructure/clock.js';
import { agreementStream, focusAreaStream } from '../infrastructure/streams.js';

/**
 * Loads the real agreements of config/agreements into an empty store on first start, through the
 * same deciders as every command. Each stream is written with `no_stream`, so loading twice (or
 * two processes starting at once) changes nothing.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly config: ConfigService,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const dir = this.config.getOrThrow<string>('SEED_DIR');
    if (dir === 'none') return;
    const isEmpty = (await this.store.readAll({ maxCount: 1 })).length === 0;
    if (!isEmpty) return;
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    for (const file of files) {
      const seed = parseAgreementSeed(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      await this.load(seed);
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
    if (!(await this.appendNew(agreementStream(register.data.agreementId), agreementEvents, ctx))) return;
    const facts = toAgreementFacts(agreement);
    for (const proposal of focusAreas) {
      const events = decideFocusArea(proposal, initialFocusAreaState(facts));
      await this.appendNew(focusAreaStream(proposal.data.focusAreaId), events, ctx, FOCUS_AREA_MACHINE_VERSION);
    }
  }

  /** Writes a stream that must not exist yet; false when another process already wrote it. */
  private async appendNew(streamId: string, events: readonly DomainEvent[], ctx: CommandContext, machineVersion?: string) {
    const metadata = metadataFrom(ctx, machineVersion);
    try {
      await this.store.appendToStream(
        streamId,
        events.map((e) => ({ eventId: this.ids.newId(), type: e.type, schemaVersion: e.schemaVersion, data: e.data, metadata })),
        { expectedRevision: 'no_stream' },
      );
      return true;
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) return false;
      throw error;
    }
  }
}
