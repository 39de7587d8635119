/**
 * The words for outputs that cannot be written, and for an output that is one of the inputs, in
 * English and Welsh (part of words.ts). Each says what went wrong and what to do.
 */

/** How an output was found to be an input. */
export type SameFileHow = 'samePath' | 'symlink' | 'hardLink' | 'sameFile';
/** Which input it is. */
export type InputRole = 'records' | 'rules' | 'stdin' | 'schema';

interface WriteFailure {
  reason: string;
  fix: string;
}

function englishFailure(code: string | undefined): WriteFailure {
  switch (code) {
    case 'ENOSPC':
      return { reason: 'the disk is full', fix: 'free some space, or write to another disk' };
    case 'EDQUOT':
      return { reason: 'the disk quota is used up', fix: 'free some space, or write to another disk' };
    case 'EFBIG':
      return { reason: 'the file is larger than this system allows', fix: 'write to another disk, or ask for the limit to be raised' };
    case 'EACCES':
    case 'EPERM':
      return { reason: 'permission denied', fix: 'choose a folder you can write to' };
    case 'EROFS':
      return { reason: 'the disk is read-only', fix: 'write to another folder' };
    case 'ENOENT':
    case 'ENOTDIR':
      return { reason: 'the folder does not exist', fix: 'create the folder, or choose another' };
    case 'EISDIR':
      return { reason: 'this is a folder', fix: 'give a file name' };
    default:
      return { reason: `error ${code ?? 'unknown'}`, fix: 'check the folder exists and can be written to' };
  }
}

function welshFailure(code: string | undefined): WriteFailure {
  switch (code) {
    case 'ENOSPC':
      return { reason: "mae'r ddisg yn llawn", fix: 'rhyddhewch le, neu ysgrifennwch i ddisg arall' };
    case 'EDQUOT':
      return { reason: "mae'r cwota disg wedi'i ddefnyddio", fix: 'rhyddhewch le, neu ysgrifennwch i ddisg arall' };
    case 'EFBIG':
      return { reason: "mae'r ffeil yn fwy nag y mae'r system hon yn ei ganiatáu", fix: "ysgrifennwch i ddisg arall, neu gofynnwch i'r terfyn gael ei godi" };
    case 'EACCES':
    case 'EPERM':
      return { reason: 'gwrthodwyd caniatâd', fix: 'dewiswch ffolder y gallwch ysgrifennu iddi' };
    case 'EROFS':
      return { reason: "mae'r ddisg yn ddarllen-yn-unig", fix: 'ysgrifennwch i ffolder arall' };
    case 'ENOENT':
    case 'ENOTDIR':
      return { reason: "nid yw'r ffolder yn bodoli", fix: "crëwch y ffolder, neu dewiswch un arall" };
    case 'EISDIR':
      return { reason: 'ffolder yw hon', fix: 'rhowch enw ffeil' };
    default:
      return { reason: `gwall ${code ?? 'anhysbys'}`, fix: 'gwiriwch fod y ffolder yn bodoli ac y gellir ysgrifennu iddi' };
  }
}

const englishRoles: Record<InputRole, string> = { records: 'the records file', rules: 'a rule file', stdin: 'standard input', schema: 'the schema' };
const englishHow: Record<SameFileHow, string> = {
  samePath: 'the same path',
  symlink: 'a symbolic link to the same file',
  hardLink: 'a hard link to the same file',
  sameFile: 'the same file',
};

export const englishOutputWords = {
  standardOutput: 'standard output',
  cannotWrite: (path: string, code: string | undefined) => {
    const { reason, fix } = englishFailure(code);
    return `${path}  cannot be written (${reason}, ${code ?? '?'}) — ${fix}; nothing was written and any earlier ${path} is unchanged`;
  },
  cannotWriteStdout: (code: string | undefined) => {
    const { reason, fix } = englishFailure(code);
    return `rhi: standard output cannot be written (${reason}, ${code ?? '?'}) — ${fix}, or give --output FILE where the command has it`;
  },
  isAnInput: (output: string, role: InputRole, input: string, how: SameFileHow) =>
    `${output}  this output is ${englishRoles[role]}${input ? ` ${input}` : ''} (${englishHow[how]}) — nothing was read or written; write the output to another file`,
};

export type OutputWords = typeof englishOutputWords;

const welshRoles: Record<InputRole, string> = { records: "y ffeil cofnodion", rules: 'ffeil reolau', stdin: 'y mewnbwn safonol', schema: 'y sgema' };
const welshHow: Record<SameFileHow, string> = {
  samePath: "yr un llwybr",
  symlink: "dolen symbolaidd i'r un ffeil",
  hardLink: "dolen galed i'r un ffeil",
  sameFile: 'yr un ffeil',
};

export const welshOutputWords: OutputWords = {
  standardOutput: 'yr allbwn safonol',
  cannotWrite: (path, code) => {
    const { reason, fix } = welshFailure(code);
    return `${path}  nid oes modd ysgrifennu (${reason}, ${code ?? '?'}) — ${fix}; ni ysgrifennwyd dim ac mae unrhyw ${path} blaenorol heb newid`;
  },
  cannotWriteStdout: (code) => {
    const { reason, fix } = welshFailure(code);
    return `rhi: nid oes modd ysgrifennu i'r allbwn safonol (${reason}, ${code ?? '?'}) — ${fix}, neu rhowch --output FFEIL lle mae gan y gorchymyn hwnnw`;
  },
  isAnInput: (output, role, input, how) =>
    `${output}  ${welshRoles[role]}${input ? ` ${input}` : ''} yw'r allbwn hwn (${welshHow[how]}) — ni ddarllenwyd nac ysgrifennwyd dim; ysgrifennwch yr allbwn i ffeil arall`,
};
