// A small glob matcher for `--include` (no dependency): `**` any number of folders, `*` and `?`
// within one name, `{a,b}` alternatives, `[abc]` classes. A pattern without `/` matches the
// file name alone (`*.txt` finds `a/b/c.txt`), as in .gitignore; with `/` it matches the
// path relative to the folder given on the command line.

export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let inBraces = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        i++;
        if (atStart && pattern[i + 1] === '/') {
          source += '(?:[^/]*/)*'; // `**/`: zero or more folders
          i++;
        } else {
          source += '.*';
        }
      } else {
        source += '[^/]*';
      }
    } else if (ch === '?') {
      source += '[^/]';
    } else if (ch === '{' && !inBraces) {
      inBraces = true;
      source += '(?:';
    } else if (ch === '}' && inBraces) {
      inBraces = false;
      source += ')';
    } else if (ch === ',' && inBraces) {
      source += '|';
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        source += '\\[';
      } else {
        const body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
        source += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = close;
      }
    } else {
      source += ch.replace(/[.+^${}()|\\\]]/g, '\\$&');
    }
  }
  if (inBraces) source += ')';
  // dotAll: `**` must match a name holding a line break as well (rare, but a real file name).
  return new RegExp(`^${source}$`, 'su');
}

/** A matcher for paths relative to a searched folder, with `/` separators. */
export function globMatcher(pattern: string): (relativePath: string) => boolean {
  const normalised = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  const regex = globToRegExp(normalised);
  if (normalised.includes('/')) return (path) => regex.test(path);
  return (path) => regex.test(path.slice(path.lastIndexOf('/') + 1));
}
