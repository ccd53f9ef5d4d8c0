// Memory in use by a page, read over the Chrome DevTools Protocol after a garbage collection:
// the JS heap, and the byte length of every WebAssembly memory (lede's linear memory).
export async function memoryInUse(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const jsHeapUsed = metrics.find((m) => m.name === "JSHeapUsedSize").value;
  const { result: prototype } = await cdp.send("Runtime.evaluate", { expression: "WebAssembly.Memory.prototype" });
  const { objects } = await cdp.send("Runtime.queryObjects", { prototypeObjectId: prototype.objectId });
  const { result } = await cdp.send("Runtime.callFunctionOn", {
    objectId: objects.objectId,
    functionDeclaration: "function () { return this.reduce((sum, memory) => sum + memory.buffer.byteLength, 0); }",
    returnByValue: true,
  });
  return { jsHeapUsed, wasmMemory: result.value };
}
