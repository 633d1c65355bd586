import { useMemo, useState } from 'react';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import type { NodeKind, RuntimeClassKind } from '../models';
import { RuntimeClassModel } from '../models';
import { analyseOverhead, calculatorView } from '../overhead/calculator';
import { INITIAL_CALCULATOR_FIELDS } from '../overhead/form';
import type { CalculatorFields } from '../overhead/form';
import { runtimeClassNodes } from '../overhead/nodes';

/**
 * The overhead panel's model: the RuntimeClass's overhead analysed, the calculator's fields and
 * what they come to on the nodes where the RuntimeClass runs (calculatorView), whether the user
 * may patch it, and whether the overhead editor is open.
 */
export const useOverheadPanel = (
  runtimeClass: RuntimeClassKind,
  nodes: readonly NodeKind[],
  installedNodes: string[] | undefined,
) => {
  const name = runtimeClass.metadata?.name ?? '';
  const [fields, setFields] = useState(INITIAL_CALCULATOR_FIELDS);
  const [editing, setEditing] = useState(false);
  const [canPatch, checkingAccess] = useAccessReview({
    group: RuntimeClassModel.apiGroup,
    resource: RuntimeClassModel.plural,
    verb: 'patch',
    name,
  });
  const podFixed = runtimeClass.overhead?.podFixed;
  const candidateNodes = useMemo(
    () => runtimeClassNodes(nodes, runtimeClass, installedNodes),
    [nodes, runtimeClass, installedNodes],
  );
  return {
    name,
    analysis: analyseOverhead(podFixed),
    fields,
    setField: (id: keyof CalculatorFields, value: string) => {
      setFields((f) => ({ ...f, [id]: value }));
    },
    calculator: calculatorView(fields, podFixed, candidateNodes),
    candidateNodes,
    /** The user may not patch it (known once the access review has answered). */
    patchDenied: !canPatch && !checkingAccess,
    canEdit: canPatch && !checkingAccess,
    editing,
    setEditing,
  };
};
