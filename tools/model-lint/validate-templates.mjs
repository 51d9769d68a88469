// Validates every element template in .camunda/element-templates/ against Camunda Modeler's schema for
// Camunda 7 templates (the validator Modeler itself uses). Usage: node validate-templates.mjs ROOT
import { validateAll } from '@bpmn-io/element-templates-validator';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const dir = join(process.argv[2] ?? '../..', '.camunda', 'element-templates');
let failed = 0;
const files = readdirSync(dir).filter(f => f.endsWith('.json'));
for (const file of files) {
  const { valid, results } = validateAll(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  if (!valid) {
    failed++;
    for (const error of results.flatMap(r => r.errors ?? [])) {
      console.log(`${file}${error.instancePath}: ${error.message}`);
    }
  }
}
console.log(`element templates: ${files.length} files, ${failed} invalid`);
process.exit(files.length > 0 && failed === 0 ? 0 : 1);
