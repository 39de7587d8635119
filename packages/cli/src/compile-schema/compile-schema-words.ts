/**
 * The words of `rhi compile-schema` in English and Welsh: its help, its usage errors and what it
 * says on stderr (warnings for what Ajv ignored, the file written, a schema that cannot be compiled).
 *
 * The Welsh was written by the developers and needs a Welsh speaker's check before release, like
 * the rest of the toolkit's Welsh.
 */
import type { Language, SchemaModuleWarning } from '@rhi-toolkit/engine/node';

const english = {
  help: `Usage: rhi compile-schema SCHEMA.json --out FILE [--export NAME] [--messages]

Precompiles your own JSON Schema (draft-07, or 2020-12 when its $schema says so) into an ES
module with no eval or new Function, for a page under a strict Content-Security-Policy: its
default export is the validator <rhi-interview-form> takes as form.validator
(docs/interview-form.md). $ref to local definitions/$defs and the formats of ajv-formats
(email, uri, date, date-time, time…) work.

  --out FILE       write the module to FILE (whole or not at all)
  --export NAME    the validator's name beside the default export (default validate)
  --messages       keep Ajv's English message on each error (the form does not need them)

A format Ajv does not know (every value is accepted for it) and anything Ajv's strict mode would
refuse (an unknown keyword is ignored; a keyword without its type still applies) are
printed as  file  warning: …  and the module is still written (exit 0). A file that is not JSON, or not a schema, writes nothing and exits 1.`,
  usage: {
    schemaFile: 'SCHEMA.json',
    missingOut: "rhi compile-schema: --out FILE is needed — where the validator's module is written; see 'rhi compile-schema --help'",
    badExport: (name: string) => `rhi compile-schema: --export must be a JavaScript name, not '${name}'`,
  },
  warning: (file: string, warning: SchemaModuleWarning) => {
    const text =
      warning.kind === 'unknown-format'
        ? `format "${warning.format}" at ${warning.at} is not one Ajv knows: every value is accepted for it — check it in your own code, or use a format Ajv knows`
        : warning.kind === 'unknown-keyword'
          ? `keyword "${warning.keyword}" is not one Ajv knows: it is ignored`
          : `not strict JSON Schema (it still compiles): ${warning.detail}`;
    return `${file}  warning: ${text}`;
  },
  notASchema: (detail: string) => `this is not a schema Ajv can compile (${detail}) — nothing was written`,
  written: (path: string, count: number) => `rhi compile-schema: written to ${path}${count > 0 ? ` (${count} ${count === 1 ? 'warning' : 'warnings'})` : ''}`,
};

export type CompileSchemaWords = typeof english;

const welsh: CompileSchemaWords = {
  help: `Defnydd: rhi compile-schema SCHEMA.json --out FILE [--export NAME] [--messages]

Yn rhag-grynhoi eich Sgema JSON eich hun (draft-07, neu 2020-12 pan fo'i $schema yn dweud
hynny) yn fodiwl ES heb eval na new Function, ar gyfer tudalen dan Bolisi Diogelwch Cynnwys
llym: ei allforyn rhagosodedig yw'r dilysydd y mae <rhi-interview-form> yn ei gymryd fel
form.validator (docs/interview-form.md). Mae $ref i definitions/$defs lleol a fformatau
ajv-formats (email, uri, date, date-time, time…) yn gweithio.

  --out FILE       ysgrifennu'r modiwl i FILE (y cyfan neu ddim)
  --export NAME    enw'r dilysydd wrth ymyl yr allforyn rhagosodedig (rhagosodiad validate)
  --messages       cadw neges Saesneg Ajv ar bob gwall (nid oes eu hangen ar y ffurflen)

Mae fformat nad yw Ajv yn ei adnabod (derbynnir pob gwerth ar ei gyfer) ac unrhyw beth y
byddai modd llym Ajv yn ei wrthod (anwybyddir allweddair anhysbys) yn cael eu hargraffu fel
file  rhybudd: …  ac mae'r modiwl yn dal i gael ei ysgrifennu (cod 0). Nid yw ffeil nad yw'n
JSON, neu nad yw'n sgema, yn ysgrifennu dim ac mae'n gadael gyda 1.`,
  usage: {
    schemaFile: 'SCHEMA.json',
    missingOut: "rhi compile-schema: mae angen --out FILE — lle ysgrifennir modiwl y dilysydd; gweler 'rhi compile-schema --help'",
    badExport: (name) => `rhi compile-schema: rhaid i --export fod yn enw JavaScript, nid '${name}'`,
  },
  warning: (file, warning) => {
    const text =
      warning.kind === 'unknown-format'
        ? `nid yw'r fformat "${warning.format}" yn ${warning.at} yn un y mae Ajv yn ei adnabod: derbynnir pob gwerth ar ei gyfer — gwiriwch ef yn eich cod eich hun, neu defnyddiwch fformat y mae Ajv yn ei adnabod`
        : warning.kind === 'unknown-keyword'
          ? `nid yw'r allweddair "${warning.keyword}" yn un y mae Ajv yn ei adnabod: fe'i anwybyddir`
          : `nid yw'n Sgema JSON llym (mae'n dal i grynhoi): ${warning.detail}`;
    return `${file}  rhybudd: ${text}`;
  },
  notASchema: (detail) => `nid yw hwn yn sgema y gall Ajv ei grynhoi (${detail}) — ni ysgrifennwyd dim`,
  // A noun after a number stays singular in Welsh: "3 rhybudd".
  written: (path, count) => `rhi compile-schema: ysgrifennwyd i ${path}${count > 0 ? ` (${count} rhybudd)` : ''}`,
};

export function compileSchemaWordsIn(lang: Language): CompileSchemaWords {
  return lang === 'cy' ? welsh : english;
}
