// Validates a CycloneDX JSON BOM against the official schema files, with Ajv (draft-07, formats on).
// Usage: node validate-cyclonedx.cjs <node_modules folder> <schema folder> <spec version> <bom.json>
// Prints "valid" or one line per error; exits 0 when valid, 1 when invalid, 2 on usage errors.
'use strict';
const path = require('path');
const fs = require('fs');
const [modules, schemaDir, version, bomFile] = process.argv.slice(2);
if (!bomFile) { console.error('usage: validate-cyclonedx.cjs <node_modules> <schema dir> <version> <bom.json>'); process.exit(2); }
const load = (name) => JSON.parse(fs.readFileSync(path.join(schemaDir, name), 'utf8'));
const Ajv = require(path.join(modules, 'ajv')).default;
const addFormats = require(path.join(modules, 'ajv-formats')).default;
const addFormats2019 = require(path.join(modules, 'ajv-formats-draft2019'));
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
addFormats2019(ajv, { formats: ['idn-email', 'iri-reference'] });
for (const name of ['spdx.schema.json', 'jsf-0.82.schema.json', 'cryptography-defs.schema.json']) {
  if (fs.existsSync(path.join(schemaDir, name))) { ajv.addSchema(load(name), name); }
}
const schema = load(`bom-${version}.schema.json`);
const validate = ajv.compile(schema);
const bom = JSON.parse(fs.readFileSync(bomFile, 'utf8'));
if (validate(bom)) { console.log('valid'); process.exit(0); }
for (const e of validate.errors) { console.log(`${e.instancePath || '/'} ${e.message}`); }
process.exit(1);
