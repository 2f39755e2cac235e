// The widget's WebAssembly ships gzip-packed as pkg/*.wasm.gz, so a server
// that sends .wasm as it is (nginx's default, many shared hosts) still sends
// it compressed: measured on Fast 3G, 3.8 s -> 2.6 s to the first step.
// scripts/pack-wasm.mjs adds this function to wasm-bindgen's glue, which
// unpacks every module with it: the first one and those wasm-split's loader
// fetches.
//
// A server that marks .gz files as Content-Encoding: gzip has the browser
// unpack the file already, so the first bytes decide: gzip's magic number
// is unpacked here, anything else goes through as it came. A browser without
// DecompressionStream fetches the plain .wasm beside the packed one.
export async function unpackWasm(response) {
  if (!response.ok || !response.body) return response;
  const reader = response.body.getReader();
  const head = [];
  let size = 0;
  let ended = false;
  while (size < 2 && !ended) {
    const { done, value } = await reader.read();
    ended = done;
    if (value) {
      head.push(value);
      size += value.length;
    }
  }
  const byte = (at) => {
    for (const chunk of head) {
      if (at < chunk.length) return chunk[at];
      at -= chunk.length;
    }
    return -1;
  };
  const gzip = byte(0) === 0x1f && byte(1) === 0x8b;
  if (gzip && typeof DecompressionStream !== 'function') {
    reader.cancel().catch(() => {});
    return fetch(response.url.replace(/\.gz$/, ''));
  }
  const body = new ReadableStream({
    start(controller) {
      for (const chunk of head) controller.enqueue(chunk);
      if (ended) controller.close();
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return new Response(gzip ? body.pipeThrough(new DecompressionStream('gzip')) : body, {
    headers: { 'content-type': 'application/wasm' },
  });
}
