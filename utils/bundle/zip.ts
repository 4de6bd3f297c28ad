/**
 * A small zip writer on the platform's deflate (`CompressionStream('deflate-raw')`: Chrome 103+, Firefox 113+,
 * Node 18+), so the service worker carries no compression library: a library's tables would be built at every cold
 * start of the worker, on the way to the popup's first screen, for a file written only by the export.
 *
 * It writes the plain PKZIP layout (APPNOTE 6.3): for each entry a local file header and its data, then the central
 * directory and the end record. No zip64 (a bundle is a few MB): sizes over 4 GB - 1 throw. Nothing here runs at
 * module load but constants: the CRC table is built on first use.
 */

export interface ZipEntry {
  /** path inside the zip, `/`-separated; written as UTF-8 (flag bit 11) */
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** store as is (method 0): for data already compressed, such as a PNG or JPEG */
  store?: boolean;
}

export interface ZipOptions {
  /** every entry's modification time (local time, as zip readers show it) */
  mtime: Date;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_RECORD = 0x06054b50;
const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const END_SIZE = 22;
/** 2.0: the version that introduced deflate; also "made by" with the high byte 0 (MS-DOS attributes, all clear). */
const VERSION = 20;
/** general purpose bit 11: names (and comments) are UTF-8 */
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/** Without zip64, every size, offset and count lives in 32 (or, for counts and name lengths, 16) bits. */
export const ZIP_MAX_BYTES = 0xffff_ffff;
export const ZIP_MAX_ENTRIES = 0xffff;

let crcTable: Int32Array | undefined;

/** CRC-32 (IEEE 802.3, the zip and PNG one; reflected polynomial 0xEDB88320), as an unsigned number. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) crcTable = buildCrcTable();
  const table = crcTable;
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = (table[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

function buildCrcTable(): Int32Array {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
}

/**
 * MS-DOS date and time (local time, 2-second steps) as zip headers hold them. DOS years run 1980-2107: a clock
 * outside them is clamped rather than costing the seller the bundle.
 */
export function dosDateTime(when: Date): { date: number; time: number } {
  const year = when.getFullYear();
  if (Number.isNaN(year) || year < 1980) return { date: (1 << 5) | 1, time: 0 }; // 1980-01-01 00:00:00
  if (year > 2107) return { date: (127 << 9) | (12 << 5) | 31, time: (23 << 11) | (59 << 5) | 29 }; // 2107-12-31 23:59:58
  return {
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
  };
}

/** Raw deflate (no zlib header: what zip's method 8 holds) through the platform's stream. */
async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Not awaited: the writes settle only as the output is read below (backpressure). A failure rejects the read too.
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.readable.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    chunks.push(r.value);
    length += r.value.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

interface Prepared {
  name: Uint8Array;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
  offset: number;
}

/** One entry ready to write: its name's bytes, its CRC, and its data deflated unless storing it is smaller. */
async function prepare(entry: ZipEntry): Promise<Prepared> {
  const name = new TextEncoder().encode(entry.name);
  if (name.length > 0xffff) throw new Error(`zip: the name "${entry.name.slice(0, 40)}..." is over 65,535 bytes`);
  if (entry.bytes.length > ZIP_MAX_BYTES) throw new Error(`zip: ${entry.name} is over 4 GB - 1 (no zip64)`);
  const crc = crc32(entry.bytes);
  // Deflate can make incompressible data slightly larger (and an empty file 2 bytes long): then it is stored.
  const deflated = entry.store || entry.bytes.length === 0 ? undefined : await deflateRaw(entry.bytes);
  const keep = deflated && deflated.length < entry.bytes.length ? deflated : undefined;
  return {
    name,
    method: keep ? DEFLATED : STORED,
    crc,
    size: entry.bytes.length,
    data: keep ?? entry.bytes,
    offset: 0,
  };
}

/** The zip of `entries`, in their order. Throws on duplicate names and on what would need zip64. */
export async function zipFiles(entries: readonly ZipEntry[], { mtime }: ZipOptions): Promise<Uint8Array<ArrayBuffer>> {
  if (entries.length > ZIP_MAX_ENTRIES) throw new Error(`zip: ${entries.length} entries, over 65,535 (no zip64)`);
  const names = new Set(entries.map((e) => e.name));
  if (names.size !== entries.length) throw new Error('zip: two entries have the same name');
  const files = await Promise.all(entries.map(prepare));

  let offset = 0;
  for (const f of files) {
    f.offset = offset;
    offset += LOCAL_SIZE + f.name.length + f.data.length;
  }
  const directoryAt = offset;
  for (const f of files) offset += CENTRAL_SIZE + f.name.length;
  const directorySize = offset - directoryAt;
  // The end record's offsets are 32-bit: the directory must start, and everything end, below 4 GB.
  if (offset > ZIP_MAX_BYTES) throw new Error('zip: the archive would be over 4 GB - 1 (no zip64)');

  const out = new Uint8Array(offset + END_SIZE);
  const view = new DataView(out.buffer);
  const { date, time } = dosDateTime(mtime);
  let at = 0;
  const u16 = (value: number) => {
    view.setUint16(at, value, true);
    at += 2;
  };
  const u32 = (value: number) => {
    view.setUint32(at, value, true);
    at += 4;
  };
  const bytes = (value: Uint8Array) => {
    out.set(value, at);
    at += value.length;
  };
  // The fields both headers share, from "version needed" to the extra field's length.
  const common = (f: Prepared) => {
    u16(VERSION);
    u16(UTF8_NAMES);
    u16(f.method);
    u16(time);
    u16(date);
    u32(f.crc);
    u32(f.data.length);
    u32(f.size);
    u16(f.name.length);
    u16(0); // extra field
  };

  for (const f of files) {
    u32(LOCAL_HEADER);
    common(f);
    bytes(f.name);
    bytes(f.data);
  }
  for (const f of files) {
    u32(CENTRAL_HEADER);
    u16(VERSION); // made by
    common(f);
    u16(0); // comment length
    u16(0); // disk number
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(f.offset);
    bytes(f.name);
  }
  u32(END_RECORD);
  u16(0); // this disk
  u16(0); // the disk where the directory starts
  u16(files.length);
  u16(files.length);
  u32(directorySize);
  u32(directoryAt);
  u16(0); // comment length
  return out;
}
