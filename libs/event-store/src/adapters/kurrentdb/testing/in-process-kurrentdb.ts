import { randomUUID } from 'node:crypto';
import { Server, ServerCredentials, type ServerReadableStream, type ServerWritableStream, type sendUnaryData } from '@grpc/grpc-js';
import featuresGrpc from '@eventstore/db-client/generated/serverfeatures_grpc_pb.js';
import sharedPb from '@eventstore/db-client/generated/shared_pb.js';
import streamsGrpc from '@eventstore/db-client/generated/streams_grpc_pb.js';
import streamsPb from '@eventstore/db-client/generated/streams_pb.js';
import { serveBatchAppend, serveSupportedMethods } from './batch-append.js';
import { InMemoryLog, type AppendOutcome, type ExpectedState, type LogRecord, type ProposedEvent } from './in-memory-log.js';

type ReadReq = InstanceType<typeof streamsPb.ReadReq>;
type ReadResp = InstanceType<typeof streamsPb.ReadResp>;
type AppendReq = InstanceType<typeof streamsPb.AppendReq>;
type AppendResp = InstanceType<typeof streamsPb.AppendResp>;

/**
 * A single-node KurrentDB for the contract suite, in this process, over real gRPC on loopback:
 * the part of `event_store.client.streams.Streams` that the adapter uses (BatchAppend, which the
 * client takes because the server features list it, and Append; Read of a stream and of $all in
 * both directions; the $all subscription), with the message definitions shipped inside
 * `@eventstore/db-client`. Test-only; everything else answers UNIMPLEMENTED. What it proves and
 * what only a real server can: docs-proposals/kurrent.md.
 */
export interface InProcessKurrentDbOptions {
  /** Whether to answer ServerFeatures (a server since 21.10 does); without it the client appends with Append. */
  readonly serverFeatures?: boolean;
}

export class InProcessKurrentDb {
  /** Requests served, in the order they came: which path the client took, and how many round trips. */
  readonly requests: Array<'append' | 'batchAppend' | 'read'> = [];

  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly log: InMemoryLog,
  ) {}

  static async start({ serverFeatures = true }: InProcessKurrentDbOptions = {}): Promise<InProcessKurrentDb> {
    const log = new InMemoryLog(() => Date.now());
    // Like a real node: the log does not start with our events.
    log.append('$settings', { kind: 'no_stream' }, [systemEvent('$settings')]);
    const server = new Server();
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
    );
    const node = new InProcessKurrentDb(server, port, log);
    server.addService(streamsGrpc.StreamsService, {
      append: (call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>) => {
        node.requests.push('append');
        serveAppend(log, call, callback);
      },
      read: (call: ServerWritableStream<ReadReq, ReadResp>) => {
        node.requests.push('read');
        serveRead(log, call);
      },
      batchAppend: (call: Parameters<typeof serveBatchAppend>[1]) => serveBatchAppend(log, call, () => node.requests.push('batchAppend')),
    });
    if (serverFeatures) server.addService(featuresGrpc.ServerFeaturesService, { getSupportedMethods: serveSupportedMethods });
    return node;
  }

  /** The connection string a client uses: one node, no TLS. */
  get url(): string {
    return `esdb://127.0.0.1:${this.port}?tls=false`;
  }

  /** Cancels open calls (subscriptions) and stops listening. */
  async stop(): Promise<void> {
    this.server.forceShutdown();
  }
}

function serveAppend(log: InMemoryLog, call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>): void {
  let options: InstanceType<typeof streamsPb.AppendReq.Options> | undefined;
  const proposed: ProposedEvent[] = [];
  call.on('data', (request: AppendReq) => {
    if (request.hasOptions()) options = request.getOptions();
    const message = request.getProposedMessage();
    if (message) proposed.push(toProposedEvent(message));
  });
  call.on('end', () => {
    if (!options) return callback(new Error('Append without options'));
    const streamName = Buffer.from(options.getStreamIdentifier()!.getStreamName_asU8()).toString('utf8');
    callback(null, toAppendResp(log.append(streamName, expectedState(options), proposed), options));
  });
}

function toProposedEvent(message: InstanceType<typeof streamsPb.AppendReq.ProposedMessage>): ProposedEvent {
  const metadata = new Map<string, string>();
  message.getMetadataMap().forEach((value: string, key: string) => metadata.set(key, value));
  return { id: message.getId()!.getString(), metadata, data: message.getData_asU8(), customMetadata: message.getCustomMetadata_asU8() };
}

function expectedState(options: InstanceType<typeof streamsPb.AppendReq.Options>): ExpectedState {
  if (options.hasRevision()) return { kind: 'revision', revision: Number(options.getRevision()) };
  if (options.hasNoStream()) return { kind: 'no_stream' };
  if (options.hasStreamExists()) return { kind: 'stream_exists' };
  return { kind: 'any' };
}

function toAppendResp(outcome: AppendOutcome, options: InstanceType<typeof streamsPb.AppendReq.Options>): AppendResp {
  const response = new streamsPb.AppendResp();
  if (outcome.kind === 'success') {
    const success = new streamsPb.AppendResp.Success();
    success.setCurrentRevision(String(outcome.currentRevision));
    if (outcome.position === undefined) success.setNoPosition(new sharedPb.Empty());
    else success.setPosition(new streamsPb.AppendResp.Position().setCommitPosition(String(outcome.position)).setPreparePosition(String(outcome.position)));
    return response.setSuccess(success);
  }
  // The shape the client parses into WrongExpectedVersionError: the current and the expected state.
  const wrong = new streamsPb.AppendResp.WrongExpectedVersion();
  if (outcome.currentRevision === undefined) wrong.setCurrentNoStream(new sharedPb.Empty());
  else wrong.setCurrentRevision(String(outcome.currentRevision));
  if (options.hasRevision()) wrong.setExpectedRevision(options.getRevision());
  else if (options.hasNoStream()) wrong.setExpectedNoStream(new sharedPb.Empty());
  else if (options.hasStreamExists()) wrong.setExpectedStreamExists(new sharedPb.Empty());
  else wrong.setExpectedAny(new sharedPb.Empty());
  return response.setWrongExpectedVersion(wrong);
}

function serveRead(log: InMemoryLog, call: ServerWritableStream<ReadReq, ReadResp>): void {
  const options = call.request.getOptions()!;
  const count = options.hasCount() ? Number(options.getCount()) : Number.MAX_SAFE_INTEGER;
  const backwards = options.getReadDirection() === streamsPb.ReadReq.Options.ReadDirection.BACKWARDS;
  if (options.hasStream()) return readStream(log, call, options.getStream()!, backwards, count);
  const all = options.getAll()!;
  if (options.hasSubscription()) return subscribeToAll(log, call, all);
  // A read of $all from a position includes the event at it (a subscription starts after it).
  let records = backwards ? [...log.records].reverse() : log.records;
  if (all.hasPosition()) {
    const from = BigInt(all.getPosition()!.getCommitPosition());
    records = records.filter((record) => (backwards ? record.position < from : record.position >= from));
  } else if (all.hasEnd()) {
    records = backwards ? records : [];
  }
  records.slice(0, count).forEach((record) => call.write(eventResp(record)));
  call.end();
}

function readStream(
  log: InMemoryLog,
  call: ServerWritableStream<ReadReq, ReadResp>,
  stream: InstanceType<typeof streamsPb.ReadReq.Options.StreamOptions>,
  backwards: boolean,
  count: number,
): void {
  const identifier = stream.getStreamIdentifier()!;
  const records = log.stream(Buffer.from(identifier.getStreamName_asU8()).toString('utf8'));
  if (records.length === 0) {
    call.write(new streamsPb.ReadResp().setStreamNotFound(new streamsPb.ReadResp.StreamNotFound().setStreamIdentifier(identifier)));
    return void call.end();
  }
  const from = stream.hasRevision() ? Number(stream.getRevision()) : stream.hasEnd() || backwards ? Number.MAX_SAFE_INTEGER : 0;
  const selected = backwards ? records.filter((record) => record.revision <= from).reverse() : records.filter((record) => record.revision >= from);
  selected.slice(0, count).forEach((record) => call.write(eventResp(record)));
  call.end();
}

/** Confirmation, the backlog after the position, caught-up, then each event as it is written. */
function subscribeToAll(
  log: InMemoryLog,
  call: ServerWritableStream<ReadReq, ReadResp>,
  all: InstanceType<typeof streamsPb.ReadReq.Options.AllOptions>,
): void {
  call.write(new streamsPb.ReadResp().setConfirmation(new streamsPb.ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID())));
  const after = all.hasPosition() ? BigInt(all.getPosition()!.getCommitPosition()) : -1n;
  if (!all.hasEnd()) log.records.filter((record) => record.position > after).forEach((record) => call.write(eventResp(record)));
  call.write(new streamsPb.ReadResp().setCaughtUp(new streamsPb.ReadResp.CaughtUp()));
  const unsubscribe = log.onWrite((record) => call.write(eventResp(record)));
  call.on('cancelled', unsubscribe);
  call.on('close', unsubscribe);
}

function eventResp(record: LogRecord): ReadResp {
  const recorded = new streamsPb.ReadResp.ReadEvent.RecordedEvent()
    .setId(new sharedPb.UUID().setString(record.id))
    .setStreamIdentifier(new sharedPb.StreamIdentifier().setStreamName(Buffer.from(record.streamName, 'utf8')))
    .setStreamRevision(String(record.revision))
    .setCommitPosition(String(record.position))
    .setPreparePosition(String(record.position))
    .setData(record.data)
    .setCustomMetadata(record.customMetadata);
  const metadata = recorded.getMetadataMap();
  record.metadata.forEach((value, key) => metadata.set(key, value));
  metadata.set('created', record.created);
  const event = new streamsPb.ReadResp.ReadEvent().setEvent(recorded).setCommitPosition(String(record.position));
  return new streamsPb.ReadResp().setEvent(event);
}

function systemEvent(type: string): ProposedEvent {
  const data = Buffer.from(JSON.stringify({ $userStreamAcl: { $r: '$all' } }), 'utf8');
  return {
    id: randomUUID(),
    metadata: new Map([
      ['type', type],
      ['content-type', 'application/json'],
    ]),
    data,
    customMetadata: new Uint8Array(),
  };
}
