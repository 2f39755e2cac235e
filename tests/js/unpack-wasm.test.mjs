// js/unpack-wasm.js, in Node (its fetch, streams and DecompressionStream are
// the browser's): what comes out is the module, however the bytes came.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { unpackWasm } from '../../js/unpack-wasm.js';

// A module's first bytes (the magic number and version), then some more.
const MODULE = Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...Array(3000).keys()].map((n) => n & 0xff));

/** A response whose body arrives in chunks of `size` bytes. */
function arriving(bytes, size, init = {}) {
  let at = 0;
  const body = new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) { controller.close(); return; }
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
  return new Response(body, init);
}

const bytesOf = async (response) => new Uint8Array(await response.arrayBuffer());

test('a packed module is unpacked, however its bytes are cut', async () => {
  const packed = gzipSync(MODULE);
  for (const size of [1, 2, 3, 64, packed.length]) {
    const out = await unpackWasm(arriving(packed, size));
    assert.equal(out.headers.get('content-type'), 'application/wasm');
    assert.deepEqual(await bytesOf(out), MODULE, `chunks of ${size} bytes`);
  }
});

test('a module the server (or the browser) already unpacked goes through as it came', async () => {
  for (const size of [1, 5, MODULE.length]) {
    assert.deepEqual(await bytesOf(await unpackWasm(arriving(MODULE, size))), MODULE, `chunks of ${size} bytes`);
  }
});

test('a failed response is handed back untouched, for the glue to report', async () => {
  const missing = new Response('not found', { status: 404 });
  assert.equal(await unpackWasm(missing), missing);
});

test('an empty body comes through empty (the compiler then says so)', async () => {
  assert.equal((await bytesOf(await unpackWasm(arriving(new Uint8Array(), 4)))).length, 0);
});

test('without DecompressionStream, the plain module beside the packed one is fetched', async (t) => {
  const saved = globalThis.DecompressionStream;
  const savedFetch = globalThis.fetch;
  const asked = [];
  t.after(() => { globalThis.DecompressionStream = saved; globalThis.fetch = savedFetch; });
  globalThis.DecompressionStream = undefined;
  globalThis.fetch = async (url) => { asked.push(String(url)); return new Response(MODULE); };
  const packed = arriving(gzipSync(MODULE), 16);
  Object.defineProperty(packed, 'url', { value: 'https://clinic.example/pc/pkg/plan_composer_bg.wasm.gz' });
  assert.deepEqual(await bytesOf(await unpackWasm(packed)), MODULE);
  assert.deepEqual(asked, ['https://clinic.example/pc/pkg/plan_composer_bg.wasm']);
});
