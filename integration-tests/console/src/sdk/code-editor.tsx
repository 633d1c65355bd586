/**
 * The console's CodeEditor, loaded lazily (components.tsx): PatternFly's CodeEditor with Monaco
 * from the npm package (never a CDN), as console-shared/src/components/editor/BasicCodeEditor.tsx
 * and CodeEditor.tsx build it: `loader.config({ monaco })`, `window.monaco` for e2e tests, the
 * wrapper `data-test` "code-editor-mounting" until Monaco has mounted, then "code-editor", yaml by
 * default, full height, `scrollBeyondLastLine: false`, `tabSize: 2`, and a ref `{ editor, monaco }`.
 * Not mirrored: the YAML language server (monaco-yaml hover and completion), the toolbar links
 * and the shortcuts popover.
 */
import { forwardRef, useCallback, useImperativeHandle, useState } from 'react';
import { loader } from '@monaco-editor/react';
import { CodeEditor as PfCodeEditor, Language } from '@patternfly/react-code-editor';
import type { CodeEditorProps, CodeEditorRef } from '@openshift-console/dynamic-plugin-sdk';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution';
import 'monaco-editor/esm/vs/basic-languages/javascript/javascript.contribution';
import 'monaco-editor/esm/vs/language/json/monaco.contribution';

declare global {
  interface Window {
    monaco?: typeof monaco;
  }
}

/**
 * Monaco's workers are files of the host (static/*.worker.js): the console's CSP has no
 * worker-src, so workers fall under script-src 'self' and a blob: worker would be refused.
 */
window.MonacoEnvironment = {
  getWorkerUrl: (_moduleId: string, label: string) =>
    label === 'json' ? '/static/json.worker.js' : '/static/editor.worker.js',
};

// Avoid loading Monaco from a CDN (what @monaco-editor/react does by default).
loader.config({ monaco });

const DEFAULT_OPTIONS = { scrollBeyondLastLine: false, tabSize: 2 };

const CodeEditor = forwardRef<CodeEditorRef, CodeEditorProps>((props, ref) => {
  const { value, minHeight, onSave, onEditorDidMount, options, language, isFullHeight } = props;
  // The console's toolbar and shortcuts popover are not mirrored: not passed to PatternFly.
  const rest: Partial<CodeEditorProps> = { ...props };
  delete rest.shortcutsPopoverProps;
  delete rest.showShortcuts;
  delete rest.toolbarLinks;
  const pfProps = rest as Omit<CodeEditorProps, 'shortcutsPopoverProps'>;
  const [instance, setInstance] = useState<CodeEditorRef | null>(null);
  useImperativeHandle(ref, () => instance ?? ({} as CodeEditorRef), [instance]);

  const didMount = useCallback(
    (editor: CodeEditorRef['editor'], m: CodeEditorRef['monaco']) => {
      editor.getModel()?.updateOptions({ tabSize: 2 });
      editor.layout();
      editor.focus();
      if (onSave) editor.addCommand(m.KeyMod.CtrlCmd | m.KeyCode.KeyS, onSave);
      onEditorDidMount?.(editor, m);
      setInstance({ editor, monaco: m });
    },
    [onSave, onEditorDidMount],
  );

  return (
    <div
      style={{ minHeight, display: 'flex', flexDirection: 'column' }}
      className="ocs-yaml-editor"
      data-test={instance ? 'code-editor' : 'code-editor-mounting'}
    >
      <PfCodeEditor
        {...pfProps}
        className={['co-code-editor', pfProps.className].filter(Boolean).join(' ')}
        language={language ?? Language.yaml}
        code={value}
        isFullHeight={isFullHeight ?? true}
        options={{
          ...DEFAULT_OPTIONS,
          fontFamily: 'var(--pf-t--global--font--family--mono)',
          ...options,
        }}
        editorProps={{
          beforeMount: (m: typeof monaco) => {
            window.monaco = m; // for e2e tests, as the console does
          },
        }}
        onEditorDidMount={didMount}
      />
    </div>
  );
});
CodeEditor.displayName = 'CodeEditor';

export default CodeEditor;
