import type { ServerDuplexStream, ServerUnaryCall, sendUnaryData } from '@grpc/grpc-js';
import codePb from '@eventstore/db-client/generated/code_pb.js';
import featuresPb from '@eventstore/db-client/generated/serverfeatures_pb.js';
import sharedPb from '@eventstore/db-client/generated/shared_pb.js';
import statusPb from '@eventstore/db-client/generated/status_pb.js';
import streamsPb from '@eventstore/db-client/generated/streams_pb.js';
import anyPb from 'google-protobuf/google/protobuf/any_pb.js';
import emptyPb from 'google-protobuf/google/protobuf/empty_pb.js';
import type { AppendOutcome, ExpectedState, InMemoryLog, ProposedEvent } from './in-memory-log.js';

type BatchAppendReq = InstanceType<typeof streamsPb.BatchAppendReq>;
type BatchAppendResp = InstanceType<typeof streamsPb.BatchAppendResp>;
type BatchOptions = InstanceType<typeof streamsPb.BatchAppendReq.Options>;

/**
 * What a server since 21.10 tells the client it offers. The client appends with BatchAppend when
 * the server lists it, as every real server does; so the test server lists it too and the
 * contract runs the client's real append path.
 */
export function serveSupportedMethods(
  _call: ServerUnaryCall<unknown, unknown>,
  callback: sendUnaryData<InstanceType<typeof featuresPb.SupportedMethods>>,
): void {
  const methods = ['read', 'append', 'batchappend'].map((method) =>
    new featuresPb.SupportedMethod().setServiceName('event_store.client.streams.streams').setMethodName(method),
  );
  callback(null, new featuresPb.SupportedMethods().setMethodsList(methods).setEventStoreServerVersion('24.10.0-in-process-test-server'));
}

/**
 * BatchAppend: one long-lived stream carrying many appends, each named by a correlation id, its
 * events possibly split over several requests until `is_final`. A refusal is a google.rpc.Status
 * whose details pack the WrongExpectedVersion the client unpacks.
 */
export function serveBatchAppend(log: InMemoryLog, call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>, onAppend: () => void): void {
  const pending = new Map<string, { options: BatchOptions; events: ProposedEvent[] }>();
  call.on('data', (request: BatchAppendReq) => {
    const id = request.getCorrelationId()!.getString();
    const batch = pending.get(id) ?? { options: request.getOptions()!, events: [] };
    pending.set(id, batch);
    for (const message of request.getProposedMessagesList()) {
      const metadata = new Map<string, string>();
      message.getMetadataMap().forEach((value: string, key: string) => metadata.set(key, value));
      batch.events.push({ id: message.getId()!.getString(), metadata, data: message.getData_asU8(), customMetadata: message.getCustomMetadata_asU8() });
    }
    if (!request.getIsFinal()) return;
    pending.delete(id);
    onAppend();
    const streamName = Buffer.from(batch.options.getStreamIdentifier()!.getStreamName_asU8()).toString('utf8');
    const outcome = log.append(streamName, expectedState(batch.options), batch.events);
    call.write(toResponse(outcome, batch.options).setCorrelationId(request.getCorrelationId()));
  });
  call.on('end', () => call.end());
}

function expectedState(options: BatchOptions): ExpectedState {
  if (options.hasStreamPosition()) return { kind: 'revision', revision: Number(options.getStreamPosition()) };
  if (options.hasNoStream()) return { kind: 'no_stream' };
  if (options.hasStreamExists()) return { kind: 'stream_exists' };
  return { kind: 'any' };
}

function toResponse(outcome: AppendOutcome, options: BatchOptions): BatchAppendResp {
  const response = new streamsPb.BatchAppendResp().setStreamIdentifier(options.getStreamIdentifier());
  if (outcome.kind === 'success') {
    const success = new streamsPb.BatchAppendResp.Success().setCurrentRevision(String(outcome.currentRevision));
    if (outcome.position === undefined) success.setNoPosition(new emptyPb.Empty());
    else success.setPosition(new sharedPb.AllStreamPosition().setCommitPosition(String(outcome.position)).setPreparePosition(String(outcome.position)));
    return response.setSuccess(success);
  }
  const wrong = new sharedPb.WrongExpectedVersion();
  if (outcome.currentRevision === undefined) wrong.setCurrentNoStream(new emptyPb.Empty());
  else wrong.setCurrentStreamRevision(String(outcome.currentRevision));
  if (options.hasStreamPosition()) wrong.setExpectedStreamPosition(options.getStreamPosition());
  else if (options.hasNoStream()) wrong.setExpectedNoStream(new emptyPb.Empty());
  else if (options.hasStreamExists()) wrong.setExpectedStreamExists(new emptyPb.Empty());
  else wrong.setExpectedAny(new emptyPb.Empty());
  const details = new anyPb.Any();
  details.pack(wrong.serializeBinary(), 'event_store.client.WrongExpectedVersion');
  const status = new statusPb.Status().setCode(codePb.Code.FAILED_PRECONDITION).setMessage('Wrong expected version').setDetails(details);
  return response.setError(status);
}
