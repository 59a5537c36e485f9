import type { EventStore, Position, StoredEvent } from '@samverkan/event-store';
import { notificationsOnEvent, proposalAskedAbout, type NotificationDue } from '@samverkan/notifications';
import type { ProjectionRunner } from '@samverkan/read-models';
import { focusAreaIdOfStream } from '@samverkan/shared-kernel';
import type { AccountStore } from '../identity/accounts/account-store.port.js';
import type { ReadModels } from '../read-models/read-models.service.js';
import { loadRecipients, type RecipientDirectory } from './recipients.js';
import { FROM_THE_START, type NewOutboxRow, type Outbox } from './outbox.port.js';

const BATCH = 100;
/** How long the notifier waits for the read models to reach an event before deciding on it. */
const READ_MODELS_WAIT_MS = 10_000;

/** A mail as the outbox keeps it: the text with the link to the page, and the footer that says why it came. */
export const toOutboxRow = (n: NotificationDue, address: string, publicUrl: string): NewOutboxRow => ({
  id: n.id,
  recipientId: n.recipientId,
  address,
  kind: n.kind,
  subject: n.subject,
  text: `${n.text}\n\nÖppna i Samverkan: ${publicUrl}${n.path}\n\n— \nDu får det här för att du har valt det under Mitt konto, Aviseringar: ${publicUrl}/mitt-konto`,
});

/**
 * Follows the log from its own checkpoint and writes the mails each event causes to the outbox,
 * with the new checkpoint, in one transaction per batch. On its very first start it begins at the
 * log's head: an install that turns notifications on does not mail the whole history.
 */
export class Notifier {
  constructor(
    private readonly eventStore: EventStore,
    private readonly runner: ProjectionRunner,
    private readonly readModels: ReadModels,
    private readonly accounts: AccountStore,
    private readonly outbox: Outbox,
    private readonly publicUrl: string,
    private readonly now: () => Date,
  ) {}

  /** Reads and records what is in the log past the checkpoint; resolves with how many events it went through. */
  async catchUp(): Promise<number> {
    let seen = 0;
    for (;;) {
      const checkpoint = await this.startingPoint();
      const after = checkpoint === FROM_THE_START ? undefined : (checkpoint as Position);
      const events = await this.eventStore.readAll({ ...(after ? { after } : {}), maxCount: BATCH });
      if (events.length === 0) return seen;
      await this.apply(events);
      seen += events.length;
    }
  }

  private async startingPoint(): Promise<string> {
    const stored = await this.outbox.checkpoint();
    if (stored !== undefined) return stored;
    const head = (await this.runner.status())[0]?.head;
    const start = head ?? FROM_THE_START;
    await this.outbox.record({ rows: [], position: start, at: this.now().toISOString() });
    return start;
  }

  private async apply(events: readonly StoredEvent[]): Promise<void> {
    const last = events[events.length - 1] as StoredEvent;
    // The facts (who waits, the focus area's title) come from the read models, at or past the event.
    await this.runner.waitFor(last.position, READ_MODELS_WAIT_MS);
    const recipients = await loadRecipients(this.accounts);
    const rows: NewOutboxRow[] = [];
    const proposers: { proposalId: string; proposerId: string }[] = [];
    for (const event of events) {
      if (event.type === 'TransitionProposed')
        proposers.push({ proposalId: (event.data as { proposalId: string }).proposalId, proposerId: event.metadata.actorId });
      rows.push(...(await this.decide(event, recipients, proposers)));
    }
    await this.outbox.record({ rows, proposers, position: last.position, at: this.now().toISOString() });
  }

  private async decide(event: StoredEvent, recipients: RecipientDirectory, batchProposers: readonly { proposalId: string; proposerId: string }[]) {
    const focusAreaId = focusAreaIdOfStream(event.streamId);
    if (!focusAreaId) return [];
    const focusArea = await this.readModels.focusArea(focusAreaId);
    const agreement = focusArea ? await this.readModels.agreement(focusArea.agreementId) : undefined;
    // The pure decision asks synchronously: the one proposer it will ask about (a rejection's) is looked up first, in this batch or the outbox.
    const asked = proposalAskedAbout(event);
    const proposer = asked && (batchProposers.find((p) => p.proposalId === asked)?.proposerId ?? (await this.outbox.proposerOf(asked)));
    const proposerOf = (id: string) => (id === asked ? proposer : undefined);
    return notificationsOnEvent(event, { agreement, focusArea, proposerOf, recipient: recipients.recipient }).flatMap((n) => {
      const address = recipients.addressOf(n.recipientId);
      return address ? [toOutboxRow(n, address, this.publicUrl)] : [];
    });
  }
}
