/**
 * `rhi validate` warns about characters in rule text that would drive a terminal or hide what a
 * message says (terminal-text.ts): an ESC written as `\u001b`, a C1 control, DEL or a bidi
 * override. rhi shows them escaped anyway; the warning tells the rule's author they are there,
 * at the line and column of the text that holds them.
 */
import { pointerStep, positionOf, type JsonFile, type Problem } from '@rhi-toolkit/engine/node';
import type { Node } from 'jsonc-parser';
import { firstActiveCharacter, visibleEscape } from './terminal-text.js';
import type { Words } from './words.js';


/** Every string in the tree (property names too) with the pointer of the value it belongs to. */
function* stringsIn(node: Node, pointer: string): Generator<{ node: Node; pointer: string }> {
  if (node.type === 'string') yield { node, pointer };
  else if (node.type === 'array') for (const [index, child] of (node.children ?? []).entries()) yield* stringsIn(child, `${pointer}/${pointerStep(index)}`);
  else if (node.type === 'object') {
    for (const property of node.children ?? []) {
      const [name, value] = property.children ?? [];
      if (!name) continue;
      const at = `${pointer}/${pointerStep(String(name.value))}`;
      yield { node: name, pointer: at };
      if (value) yield* stringsIn(value, at);
    }
  }
}

/** One warning per string of a rule file that holds a control character or a bidi override. */
export function controlCharacterWarnings(files: Iterable<JsonFile>, words: Words): Problem[] {
  const warnings: Problem[] = [];
  for (const file of files) {
    if (!file.tree) continue;
    for (const { node, pointer } of stringsIn(file.tree, '')) {
      const index = firstActiveCharacter(String(node.value));
      if (index < 0) continue;
      warnings.push({
        file: file.file,
        pointer,
        ...positionOf(file.text, node.offset),
        message: words.validate.controlCharacter(visibleEscape(String(node.value)[index])),
        hint: words.validate.controlCharacterHint,
      });
    }
  }
  return warnings;
}
