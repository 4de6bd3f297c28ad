/**
 * The bundle's zip writer (utils/bundle/zip.ts), read back by independent readers: fflate's unzipSync, the headers
 * parsed here field by field, and Python's zipfile when python3 is on the machine.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, dosDateTime, type ZipEntry, zipFiles } from '@/utils/bundle/zip';

const utf8 = (text: string) => new TextEncoder().encode(text);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const MTIME = new Date(2025, 5, 1, 13, 14, 15); // local time, as zip headers hold it

/** What the central directory says of each entry, read by hand (APPNOTE 4.3.12 and 4.3.16). */
interface Listed {
  name: string;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

function listZip(zip: Uint8Array): { entries: Listed[]; directorySize: number; directoryAt: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22; // no archive comment
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  expect(view.getUint16(end + 8, true)).toBe(count);
  const directorySize = view.getUint32(end + 12, true);
  const directoryAt = view.getUint32(end + 16, true);
  expect(directoryAt + directorySize).toBe(end);
  const entries: Listed[] = [];
  let at = directoryAt;
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const entry: Listed = {
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    };
    // the local header repeats the same fields
    expect(view.getUint32(entry.offset, true)).toBe(0x04034b50);
    expect(view.getUint16(entry.offset + 8, true)).toBe(entry.method);
    expect(view.getUint32(entry.offset + 14, true)).toBe(entry.crc);
    expect(view.getUint32(entry.offset + 18, true)).toBe(entry.compressed);
    expect(view.getUint32(entry.offset + 22, true)).toBe(entry.size);
    entries.push(entry);
    at += 46 + nameLength;
  }
  expect(at).toBe(end);
  return { entries, directorySize, directoryAt };
}

const incompressible = new Uint8Array(randomBytes(300_000));
const SAMPLE: ZipEntry[] = [
  { name: 'report.html', bytes: utf8(`<!doctype html><p>${'Seller Center answered 503. '.repeat(400)}</p>\n`) },
  { name: 'diagnosis.json', bytes: utf8(JSON.stringify({ causes: Array(200).fill({ id: 'platform' }) })) },
  { name: 'empty.txt', bytes: new Uint8Array(0) },
  { name: 'レポート/ไทย-Überblick.txt', bytes: utf8('日本語とไทย, ü and €\n') },
  { name: 'screenshot.png', bytes: utf8('x'.repeat(5_000)), store: true },
  { name: 'noise.bin', bytes: incompressible },
];

describe('zipFiles', () => {
  it('round-trips text, an empty file, unicode names, a stored and an incompressible entry through fflate', async () => {
    const zip = await zipFiles(SAMPLE, { mtime: MTIME });
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(SAMPLE.map((e) => e.name));
    for (const entry of SAMPLE) expect(files[entry.name], entry.name).toEqual(entry.bytes);
    expect(strFromU8(files['レポート/ไทย-Überblick.txt'] as Uint8Array)).toBe('日本語とไทย, ü and €\n');
  });

  it('deflates what shrinks, stores what is marked or would not shrink, and writes every header field', async () => {
    const zip = await zipFiles(SAMPLE, { mtime: MTIME });
    const { entries } = listZip(zip);
    const byName = Object.fromEntries(entries.map((e) => [e.name, e]));
    const { date, time } = dosDateTime(MTIME);
    for (const [i, e] of entries.entries()) {
      const source = SAMPLE[i] as ZipEntry;
      expect(e.name).toBe(source.name);
      expect(e.flags).toBe(0x0800); // UTF-8 names
      expect([e.date, e.time]).toEqual([date, time]);
      expect(e.size).toBe(source.bytes.length);
      expect(e.crc).toBe(zlib.crc32(source.bytes));
    }
    expect(byName['report.html']).toMatchObject({ method: 8 });
    expect(byName['report.html']?.compressed).toBeLessThan(SAMPLE[0]?.bytes.length ?? 0);
    expect(byName['diagnosis.json']).toMatchObject({ method: 8 });
    // marked: stored though it would compress well
    expect(byName['screenshot.png']).toMatchObject({ method: 0, compressed: 5_000 });
    // deflate would add bytes: stored (an empty file too: raw deflate of nothing is 2 bytes)
    expect(byName['noise.bin']).toMatchObject({ method: 0, compressed: incompressible.length });
    expect(byName['empty.txt']).toMatchObject({ method: 0, compressed: 0, size: 0, crc: 0 });
    // the deflated data is raw deflate that Node's zlib inflates to the original
    const report = byName['report.html'] as Listed;
    const nameLength = utf8(report.name).length;
    const data = zip.subarray(report.offset + 30 + nameLength, report.offset + 30 + nameLength + report.compressed);
    expect(new Uint8Array(zlib.inflateRawSync(data))).toEqual(SAMPLE[0]?.bytes);
  });

  it('writes an empty archive as a lone end record', async () => {
    const zip = await zipFiles([], { mtime: MTIME });
    expect(zip.length).toBe(22);
    expect(listZip(zip).entries).toEqual([]);
    expect(unzipSync(zip)).toEqual({});
  });

  it('refuses what would need zip64, and duplicate names, with a clear error', async () => {
    const many = Array.from({ length: 65_536 }, (_, i) => ({ name: `${i}`, bytes: new Uint8Array(0) }));
    await expect(zipFiles(many, { mtime: MTIME })).rejects.toThrow(/65,535/);
    expect((await zipFiles(many.slice(1), { mtime: MTIME })).length).toBeGreaterThan(65_535 * 46);
    // a 4 GB entry cannot be allocated here: its length is all the check reads before refusing
    const huge = { length: 2 ** 32 } as Uint8Array<ArrayBuffer>;
    await expect(zipFiles([{ name: 'huge.bin', bytes: huge }], { mtime: MTIME })).rejects.toThrow(/4 GB - 1/);
    await expect(
      zipFiles(
        [
          { name: 'a.txt', bytes: utf8('1') },
          { name: 'a.txt', bytes: utf8('2') },
        ],
        { mtime: MTIME },
      ),
    ).rejects.toThrow(/same name/);
  });

  it('is a valid zip for Python zipfile too (CRCs checked), when python3 is here', async (ctx) => {
    const python = (() => {
      try {
        execFileSync('python3', ['--version'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    })();
    if (!python) return ctx.skip();
    const dir = mkdtempSync(join(tmpdir(), 'tsd-zip-'));
    try {
      const path = join(dir, 'bundle.zip');
      const zip = await zipFiles(SAMPLE, { mtime: MTIME });
      writeFileSync(path, zip);
      const methods = listZip(zip).entries.map((e) => e.method);
      expect(methods).toEqual([8, 8, 0, 0, 0, 0]); // the short unicode text does not shrink: stored
      const script = [
        'import hashlib, json, sys, zipfile',
        'z = zipfile.ZipFile(sys.argv[1])',
        'bad = z.testzip()',
        'print(json.dumps({"bad": bad, "files": [[i.filename, i.date_time, i.compress_type, hashlib.sha256(z.read(i)).hexdigest()] for i in z.infolist()]}))',
      ].join('\n');
      const out = JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }));
      expect(out.bad).toBeNull();
      expect(out.files).toEqual(
        SAMPLE.map((e, i) => [
          e.name,
          [2025, 6, 1, 13, 14, 14], // DOS time has 2-second steps
          methods[i],
          sha256(e.bytes),
        ]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('crc32', () => {
  it('matches the check value and Node zlib', () => {
    expect(crc32(utf8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(utf8('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
    expect(crc32(incompressible)).toBe(zlib.crc32(incompressible));
  });
});

describe('dosDateTime', () => {
  it('packs local time in 2-second steps', () => {
    // 2025-06-01 13:14:15 -> year 45, month 6, day 1; 13 h, 14 min, 7 two-second steps
    expect(dosDateTime(MTIME)).toEqual({ date: (45 << 9) | (6 << 5) | 1, time: (13 << 11) | (14 << 5) | 7 });
    expect(dosDateTime(new Date(1980, 0, 1, 0, 0, 0))).toEqual({ date: 0x0021, time: 0 });
  });

  it('clamps a clock outside 1980-2107 rather than failing the export', () => {
    expect(dosDateTime(new Date(0))).toEqual(dosDateTime(new Date(1980, 0, 1)));
    expect(dosDateTime(new Date(Number.NaN))).toEqual(dosDateTime(new Date(1980, 0, 1)));
    expect(dosDateTime(new Date(2200, 0, 1))).toEqual(dosDateTime(new Date(2107, 11, 31, 23, 59, 58)));
  });
});

describe('the module', () => {
  it('runs nothing at load but constants (the CRC table is built on first use)', () => {
    const source = readFileSync(join(__dirname, '../utils/bundle/zip.ts'), 'utf8');
    const topLevel = source.split('\n').filter((line) => /^\S/.test(line) && !/^(\/\*\*| \*|\/\/|\})/.test(line));
    const allowed =
      /^(export )?(interface \w+ \{|(async )?function \w+\(|const [A-Z_\d]+ = (0x[\da-f_]+|\d+);( \/\/.*)?$|let \w+: \w+ \| undefined;$)/;
    expect(topLevel.filter((line) => !allowed.test(line))).toEqual([]);
    expect(topLevel.some((line) => line.startsWith('let crcTable'))).toBe(true);
  });
});
