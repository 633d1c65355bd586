/**
 * Typed stand-in for the console SDK in jest (the real one only works inside a console).
 * Every export is typed `typeof SDK.X`, so a test cannot pass against an API the SDK lacks.
 * Data hooks and k8s* functions are jest.fn(): tests set what they return and assert the calls.
 */
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';

export const useK8sWatchResource = jest.fn(() => [
  undefined,
  false,
  undefined,
]) as unknown as jest.MockedFunction<typeof SDK.useK8sWatchResource>;
export const useK8sWatchResources = jest.fn(() => ({})) as unknown as jest.MockedFunction<
  typeof SDK.useK8sWatchResources
>;
export const useK8sModel = jest.fn(() => [undefined, false]) as unknown as jest.MockedFunction<
  typeof SDK.useK8sModel
>;
export const useFlag = jest.fn<boolean, [string]>(() => true) as jest.MockedFunction<
  typeof SDK.useFlag
>;
export const useAccessReview = jest.fn(() => [true, false]) as unknown as jest.MockedFunction<
  typeof SDK.useAccessReview
>;

export const k8sGet = jest.fn() as unknown as jest.MockedFunction<typeof SDK.k8sGet>;
export const k8sCreate = jest.fn() as unknown as jest.MockedFunction<typeof SDK.k8sCreate>;
export const k8sUpdate = jest.fn() as unknown as jest.MockedFunction<typeof SDK.k8sUpdate>;
export const k8sPatch = jest.fn() as unknown as jest.MockedFunction<typeof SDK.k8sPatch>;
export const k8sDelete = jest.fn() as unknown as jest.MockedFunction<typeof SDK.k8sDelete>;

export const ListPageHeader: typeof SDK.ListPageHeader = ({ title, children }) => (
  <header>
    <h1>{title}</h1>
    {children}
  </header>
);

export const ListPageBody: typeof SDK.ListPageBody = ({ children }) => (
  <section>{children}</section>
);

export const DocumentTitle: typeof SDK.DocumentTitle = () => null;

export const ResourceLink: typeof SDK.ResourceLink = ({ name, displayName, children }) => (
  <a href={`#${name ?? ''}`} data-test="resource-link">
    {displayName ?? name}
    {children}
  </a>
);

export const Timestamp: typeof SDK.Timestamp = ({ timestamp }) => (
  <span data-test="timestamp">{String(timestamp)}</span>
);

type CodeEditorMockProps = {
  value?: string;
  onChange?: (value: string, event: unknown) => void;
  'aria-label'?: string;
};
export const CodeEditor = (({ value, onChange, 'aria-label': ariaLabel }: CodeEditorMockProps) => (
  <textarea
    aria-label={ariaLabel ?? 'YAML editor'}
    value={value}
    onChange={(e) => onChange?.(e.target.value, e)}
  />
)) as unknown as typeof SDK.CodeEditor;
