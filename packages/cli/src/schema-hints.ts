/**
 * The schemas, read only to word problems better ("fields allowed here: …"). They ship beside
 * the built engine; in the repository they are also in schemas/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Schema = Record<string, unknown>;
const cache = new Map<string, Schema | undefined>();

function schemaFolders(): string[] {
  const folders: string[] = [];
  try {
    folders.push(join(dirname(fileURLToPath(import.meta.resolve('@rhi-toolkit/engine/node'))), 'schemas'));
  } catch {
    // The engine could not be resolved by name (an unusual install); the repository copy may do.
  }
  folders.push(join(process.cwd(), 'schemas'));
  return folders;
}

/** The named schema (e.g. `interview.schema.json`), or undefined when it cannot be found. */
export function schemaForHints(name: string): Schema | undefined {
  if (!cache.has(name)) {
    const folder = schemaFolders().find((candidate) => existsSync(join(candidate, name)));
    let schema: Schema | undefined;
    try {
      schema = folder ? (JSON.parse(readFileSync(join(folder, name), 'utf8')) as Schema) : undefined;
    } catch {
      schema = undefined;
    }
    cache.set(name, schema);
  }
  return cache.get(name);
}
