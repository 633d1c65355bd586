/**
 * Which nodes a RuntimeClass's pods can run on, as calculator input (pure; no React).
 */
import type { NodeKind, RuntimeClassKind } from '../models';
import type { CalculatorNode } from './calculator';
import { parseQuantity } from './quantity';

/** Every key/value of the selector is a label of the node (an empty selector matches all). */
export const matchesNodeSelector = (
  labels: Record<string, string> | undefined,
  selector: Record<string, string> | undefined,
): boolean => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);

export const toCalculatorNode = (node: NodeKind): CalculatorNode => ({
  name: node.metadata?.name ?? '',
  allocatableMemory: parseQuantity(node.status?.allocatable?.memory),
  allocatableCpu: parseQuantity(node.status?.allocatable?.cpu),
  allocatablePods: parseQuantity(node.status?.allocatable?.pods),
});

/**
 * Nodes for the calculator: schedulable nodes where Kata is installed (KataConfig
 * status.kataNodes.installed) or that match the RuntimeClass's scheduling.nodeSelector. With
 * neither an installed list nor a selector, every schedulable node qualifies. Sorted by name.
 */
export const runtimeClassNodes = (
  nodes: readonly NodeKind[],
  runtimeClass: RuntimeClassKind | undefined,
  installed: readonly string[] | undefined,
): CalculatorNode[] => {
  const selector = runtimeClass?.scheduling?.nodeSelector;
  const hasSelector = Object.keys(selector ?? {}).length > 0;
  const installedSet = new Set(installed ?? []);
  return nodes
    .filter((n) => !n.spec?.unschedulable)
    .filter((n) => {
      if (installedSet.has(n.metadata?.name ?? '')) return true;
      if (hasSelector) return matchesNodeSelector(n.metadata?.labels, selector);
      return installed === undefined;
    })
    .map(toCalculatorNode)
    .sort((a, b) => a.name.localeCompare(b.name));
};
