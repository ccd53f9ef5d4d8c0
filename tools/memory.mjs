// Memory in use by a page, read over the Chrome DevTools Protocol after a garbage collection:
// the JS heap, and the byte length of lede's linear memory, from the program's own exports
// (wasm-bindgen's `initSync` gives them once the program runs). Looking for every
// `WebAssembly.Memory` with `Runtime.queryObjects` instead crashed the page since the program
// is split into modules that share one memory.
const WASM_MEMORY = `(async () => {
  const bundle = [...document.querySelectorAll('script[type="module"]')]
    .map((script) => script.src)
    .find((src) => /\\/lede\\.js$/.test(new URL(src).pathname));
  const { initSync } = await import(bundle);
  return initSync(undefined, undefined).memory.buffer.byteLength;
})()`;

export async function memoryInUse(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const jsHeapUsed = metrics.find((m) => m.name === "JSHeapUsedSize").value;
  const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", {
    expression: WASM_MEMORY,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`lede's memory: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return { jsHeapUsed, wasmMemory: result.value };
}
