/**
 * The import half of the options page's JSON files: a file field that hands
 * the chosen file's text (or why it could not be read) to its section, and the
 * notice that says how the import went. Shared by settings and rule packs.
 */
import { type ChosenFile, readChosenFile } from './json-file';
import { Notice } from './Notice';

interface JsonFileFieldProps {
  id: string;
  label: string;
  hint: string;
  /** Called once per chosen file; not called when the choice is cancelled. */
  onFile: (file: ChosenFile) => void | Promise<void>;
  /** Space above the field (a design token), where the section wants it apart from what precedes it. */
  marginTop?: string;
}

export function JsonFileField({ id, label, hint, onFile, marginTop }: JsonFileFieldProps) {
  const hintId = `${id}-hint`;
  return (
    <div class="pp-field" style={marginTop ? { marginTop } : undefined}>
      <label class="pp-label" for={id}>
        {label}
      </label>
      <span class="pp-hint" id={hintId}>
        {hint}
      </span>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={hintId}
        onChange={(event) =>
          void readChosenFile(event).then((file) => {
            if (file) return onFile(file);
          })
        }
      />
    </div>
  );
}

export interface ImportProblem {
  key: string;
  text: string;
}

/** What an import came to: a line of success, or a title, the problems and what was kept. */
export type ImportOutcomeView =
  | { kind: 'ok'; text: string }
  | { kind: 'error'; title: string; problems: ImportProblem[]; kept: string }
  | null;

/** A live region: success is announced politely, a refusal as an alert. */
export function ImportOutcomeNotice({ outcome }: { outcome: ImportOutcomeView }) {
  return (
    <div aria-live="polite">
      {outcome?.kind === 'ok' ? (
        <Notice kind="ok">
          <p>{outcome.text}</p>
        </Notice>
      ) : null}
      {outcome?.kind === 'error' ? (
        <Notice kind="error" title={outcome.title} role="alert">
          <ul>
            {outcome.problems.map((problem) => (
              <li key={problem.key}>{problem.text}</li>
            ))}
          </ul>
          <p>{outcome.kept}</p>
        </Notice>
      ) : null}
    </div>
  );
}
