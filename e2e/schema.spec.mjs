// The JSON Schemas document lede's formats: the built-in files and fixtures must match them,
// and documents the reader refuses must not.
import { readFile } from "node:fs/promises";
import Ajv2020 from "ajv/dist/2020.js";
import { test, expect } from "@playwright/test";

const load = async (path) => JSON.parse(await readFile(path, "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });

const cases = [
  ["schema/lede-article.schema.json", "content/default-article.json", true],
  ["schema/lede-article.schema.json", "fixtures/lede/full-article.json", true],
  ["schema/lede-article.schema.json", "fixtures/lede/no-headline.json", false],
  ["schema/lede-article.schema.json", "fixtures/lede/unknown-shape.json", false],
  ["schema/lede-article.schema.json", "content/feeds/politics.json", true],
  ["schema/lede-site.schema.json", "content/default-site.json", true],
  ["schema/lede-site.schema.json", "examples/site.json", true],
  ["schema/lede-site.schema.json", "fixtures/sites/test-site.json", true],
  ["schema/lede-quotes.schema.json", "examples/demo-quotes.json", true],
];

for (const [schemaPath, documentPath, valid] of cases) {
  test(`${documentPath} ${valid ? "matches" : "does not match"} ${schemaPath}`, async () => {
    const validate = ajv.getSchema((await load(schemaPath))["$id"]) ?? ajv.compile(await load(schemaPath));
    const ok = validate(await load(documentPath));
    expect(ok, JSON.stringify(validate.errors, null, 1)).toBe(valid);
  });
}
