// The JSON Schemas document lede's formats: the built-in files and fixtures must match them,
// and documents the reader refuses must not.
import { readdir, readFile } from "node:fs/promises";
import Ajv2020 from "ajv/dist/2020.js";
import { test, expect } from "@playwright/test";

const load = async (path) => JSON.parse(await readFile(path, "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });

const cases = [
  ["schema/lede-article.schema.json", "content/default-article.json", true],
  ["schema/lede-article.schema.json", "fixtures/lede/full-article.json", true],
  ["schema/lede-article.schema.json", "fixtures/lede/every-block.json", true],
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

test("every model lede writes (fixtures/models/, from every format and page) matches the article schema", async () => {
  const schema = await load("schema/lede-article.schema.json");
  const validate = ajv.getSchema(schema["$id"]) ?? ajv.compile(schema);
  const models = (await readdir("fixtures/models")).filter((name) => name.endsWith(".lede.json"));
  expect(models.length).toBeGreaterThan(80);
  const invalid = [];
  for (const name of models) {
    if (!validate(await load(`fixtures/models/${name}`))) invalid.push(`${name}: ${JSON.stringify(validate.errors.slice(0, 2))}`);
  }
  expect(invalid).toEqual([]);
});
