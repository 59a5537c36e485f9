import type { Position, StoredEvent } from '../../event-store.port.js';
import { canonicalJson, GENESIS_HASH, GENESIS_LINK, verifyChain, type ChainLink, type ChainRow, type ChainVerification } from '../../hash-chain.js';
import type { ReadApplicationEvents, SealedLink } from './kurrentdb-chain.js';

const PAGE = 500;

/**
 * Walks $all up to the sealed head beside the chain's links and checks it with the one
 * `verifyChain`. A row takes its chain position (the ordinal) from where it lies in the log, and
 * its hashes from the link sealed for its event id: so an edited event fails its hash, a deleted
 * one leaves a gap in the ordinals, and swapped events bring the wrong previous hash to where they
 * now lie, as the same tampering does to SQLite's rows. Breaks are reported at commit positions.
 */
export async function verifyKurrentChain(links: readonly SealedLink[], readAll: ReadApplicationEvents): Promise<ChainVerification> {
  const chain = new ChainIndex(links);
  const head = links.at(-1);
  let last: ChainLink = GENESIS_LINK;
  let checked = 0;
  let after: Position | undefined;
  while (head) {
    const page = (await readAll({ after, maxCount: PAGE })).filter((event) => BigInt(event.position) <= BigInt(head.position));
    const rows = page.map((event) => chain.rowOf(event));
    const unknown = rows.indexOf(undefined);
    const result = verifyChain((unknown === -1 ? rows : rows.slice(0, unknown)) as ChainRow[], last);
    if (!result.ok) return { ...result, checked: checked + result.checked, firstBrokenPosition: chain.positionOf(result.firstBrokenPosition) };
    checked += result.checked;
    last = result.last;
    // An event at a position the chain never sealed: written into the middle of the log.
    if (unknown !== -1) return { ok: false, checked, firstBrokenPosition: page[unknown]!.position, reason: 'hash-mismatch' };
    if (page.length < PAGE) break;
    after = page.at(-1)!.position;
  }
  // Deleting the newest events leaves an intact but shorter walk: the links still name them.
  if (head && Number(last.position) < head.ordinal) {
    return { ok: false, checked, firstBrokenPosition: chain.positionOf(String(Number(last.position) + 1)), reason: 'position-gap' };
  }
  return { ok: true, checked, last };
}

class ChainIndex {
  private readonly byEventId = new Map<string, SealedLink>();
  private readonly ordinalByPosition = new Map<string, number>();

  constructor(private readonly links: readonly SealedLink[]) {
    links.forEach((link, i) => {
      if (link.ordinal !== i + 1) throw new Error(`The chain stream is broken: link ${i + 1} has ordinal ${link.ordinal}`);
      this.byEventId.set(link.eventId, link);
      this.ordinalByPosition.set(link.position, link.ordinal);
    });
  }

  /** The row as the chain sees it; undefined for an event at a position it never sealed. */
  rowOf(event: StoredEvent): ChainRow | undefined {
    const ordinal = this.ordinalByPosition.get(event.position);
    if (ordinal === undefined) return undefined;
    // An event whose id the chain never saw (an edited id) is judged against the link at its place.
    const link = this.byEventId.get(event.eventId) ?? this.links[ordinal - 1]!;
    const { streamId, revision, eventId, type, schemaVersion } = event;
    const prevHash = this.links[link.ordinal - 2]?.hash ?? GENESIS_HASH;
    const dataJson = canonicalJson(event.data);
    const metadataJson = canonicalJson(event.metadata);
    return { position: String(ordinal), streamId, revision, eventId, type, schemaVersion, dataJson, metadataJson, prevHash, hash: link.hash };
  }

  /** The commit position the chain sealed at an ordinal. */
  positionOf(ordinal: string): string {
    return this.links[Number(ordinal) - 1]?.position ?? ordinal;
  }
}
