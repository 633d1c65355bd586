/**
 * The `@openshift-console/dynamic-plugin-sdk` module the host gives plugins: exactly the subset
 * the project allows. Accessing anything else is reported (see missing-exports.ts).
 */
export {
  useK8sWatchResource,
  useK8sWatchResources,
  useK8sModel,
  useFlag,
  useAccessReview,
} from './hooks';
export { k8sGet, k8sCreate, k8sUpdate, k8sPatch, k8sDelete } from './crud';
export {
  ListPageHeader,
  ListPageBody,
  DocumentTitle,
  ResourceLink,
  Timestamp,
  CodeEditor,
} from './components';
