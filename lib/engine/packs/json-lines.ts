/**
 * Maps JSON paths ("rules[3].severity") to the 1-based line where that value
 * starts in the JSON text, so validation errors can name the line.
 */
export function jsonPathLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skip = () => {
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '\n') line++;
      else if (ch !== ' ' && ch !== '\t' && ch !== '\r') break;
      i++;
    }
  };
  const readString = (): string => {
    let out = '';
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        out += text[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (text[i] === '\n') line++;
      out += text[i];
      i++;
    }
    i++;
    return out;
  };
  const value = (path: string): void => {
    skip();
    lines.set(path, line);
    const ch = text[i];
    if (ch === '{') {
      i++;
      skip();
      while (i < text.length && text[i] !== '}') {
        skip();
        if (text[i] !== '"') return;
        const key = readString();
        skip();
        i++; // colon
        value(path ? `${path}.${key}` : key);
        skip();
        if (text[i] === ',') i++;
        skip();
      }
      i++;
    } else if (ch === '[') {
      i++;
      let index = 0;
      skip();
      while (i < text.length && text[i] !== ']') {
        value(`${path}[${index++}]`);
        skip();
        if (text[i] === ',') i++;
        skip();
      }
      i++;
    } else if (ch === '"') {
      readString();
    } else {
      while (i < text.length && !/[,}\]\s]/.test(text[i]!)) i++;
    }
  };
  try {
    value('');
  } catch {
    // Best effort: lines are a convenience on top of the path.
  }
  return lines;
}

/** 1-based line of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
