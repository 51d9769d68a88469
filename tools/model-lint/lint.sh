#!/usr/bin/env bash
# Runs Camunda Modeler's lint rules over every model: bpmnlint (recommended + camunda-compat for
# Camunda 7.24) on bpmn/**/*.bpmn, dmnlint on dmn/**/*.dmn, and the element-template schema on
# .camunda/element-templates/*.json. Usage: tools/model-lint/lint.sh [ROOT]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "${1:-$here/../..}" && pwd)
if [[ ! -x $here/node_modules/.bin/bpmnlint || ! -d $here/node_modules/@bpmn-io/element-templates-validator ]]; then
  (cd "$here" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
shopt -s globstar nullglob
failed=0; count=0
for f in "$root"/bpmn/**/*.bpmn; do
  count=$((count + 1))
  (cd "$here" && npx --no-install bpmnlint "$f") || failed=$((failed + 1))
done
for f in "$root"/dmn/**/*.dmn; do
  count=$((count + 1))
  (cd "$here" && npx --no-install dmnlint "$f") || failed=$((failed + 1))
done
echo "model lint: $count models, $failed with Modeler lint errors"
(cd "$here" && node validate-templates.mjs "$root") || failed=$((failed + 1))
[[ $count -gt 0 && $failed -eq 0 ]]
