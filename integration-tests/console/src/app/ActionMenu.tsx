/**
 * The Actions menu of a resource page, filled from `console.action/resource-provider` extensions as
 * the console does (openshift/console release-4.22, frontend/packages/console-shared/src/components/
 * actions/loader/ActionsLoader.tsx, ActionsHookResolver.tsx, menu/ActionMenu.tsx, ActionMenuItem.tsx):
 * every provider whose model is the resource's group/version/kind is a hook called with the resource
 * in its own component; the menu shows once every provider reported loaded; an action with an
 * `accessReview` is disabled when the review denies it; `cta` is a callback or an href; a dropdown
 * with no actions is not shown.
 */
import { useCallback, useEffect, useState } from 'react';
import { useResolvedExtensions, type Extension } from '@openshift/dynamic-plugin-sdk';
import type {
  AccessReviewResourceAttributes,
  Action,
  ExtensionHook,
  ExtensionK8sKindVersionModel,
  K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAccessReview } from '../sdk/hooks';

/** As resolved by the plugin store: `provider` is the hook itself (its code reference loaded). */
type ResourceActionProvider = Extension<
  'console.action/resource-provider',
  { model: ExtensionK8sKindVersionModel; provider: () => Promise<ActionsHook> }
>;

type ActionsHook = ExtensionHook<Action[], K8sResourceCommon>;

const isResourceActionProvider = (e: Extension): e is ResourceActionProvider =>
  e.type === 'console.action/resource-provider';

export type Gvk = { group?: string; version: string; kind: string };

const sameModel = (m: ExtensionK8sKindVersionModel, gvk: Gvk) =>
  m.kind === gvk.kind && m.version === gvk.version && (m.group ?? '') === (gvk.group ?? '');

const HookResolver = ({
  useValue,
  scope,
  onResolved,
}: {
  useValue: ActionsHook;
  scope: K8sResourceCommon;
  onResolved: (actions: Action[]) => void;
}) => {
  const [value, loaded] = useValue(scope);
  useEffect(() => {
    if (loaded) onResolved(value);
    // Like ActionsHookResolver: only when the value or its loaded state changes (onResolved is
    // a new function on every render of the menu).
  }, [loaded, value]);
  return null;
};

type ItemProps = { action: Action; onDone: () => void };

const ActionItem = ({ action, onDone, allowed }: ItemProps & { allowed: boolean }) => {
  const navigate = useNavigate();
  return (
    <DropdownItem
      isDisabled={Boolean(action.disabled) || !allowed}
      description={action.description}
      tooltipProps={action.tooltip ? { content: action.tooltip } : undefined}
      data-test-action={typeof action.label === 'string' ? action.label : action.id}
      onClick={() => {
        if (typeof action.cta === 'function') action.cta();
        else if (!action.cta.external) void navigate(action.cta.href);
        onDone();
      }}
    >
      {action.label}
    </DropdownItem>
  );
};

const ReviewedItem = ({
  review,
  ...props
}: ItemProps & { review: AccessReviewResourceAttributes }) => {
  const [allowed] = useAccessReview(review);
  return <ActionItem {...props} allowed={allowed} />;
};

const MenuItem = (props: ItemProps) =>
  props.action.accessReview ? (
    <ReviewedItem {...props} review={props.action.accessReview} />
  ) : (
    <ActionItem {...props} allowed />
  );

export const ActionMenu = ({ obj, gvk }: { obj: K8sResourceCommon; gvk: Gvk }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const guard = useCallback(
    (e: Extension): e is ResourceActionProvider =>
      isResourceActionProvider(e) && sameModel(e.properties.model, gvk),
    [gvk],
  );
  const [providers, resolved] = useResolvedExtensions(guard);
  const [byProvider, setByProvider] = useState<Record<string, Action[]>>({});
  const loaded = resolved && providers.every((p) => p.uid in byProvider);
  const actions = providers.flatMap((p) => byProvider[p.uid] ?? []);
  return (
    <>
      {providers.map((p) => (
        <HookResolver
          key={p.uid}
          useValue={p.properties.provider}
          scope={obj}
          onResolved={(value) => {
            setByProvider((prev) => ({ ...prev, [p.uid]: value }));
          }}
        />
      ))}
      {loaded && actions.length > 0 ? (
        <Dropdown
          isOpen={open}
          onOpenChange={setOpen}
          popperProps={{ position: 'right' }}
          toggle={(ref) => (
            <MenuToggle
              ref={ref}
              isExpanded={open}
              onClick={() => {
                setOpen(!open);
              }}
              data-test="actions-menu-button"
            >
              {t('Actions')}
            </MenuToggle>
          )}
        >
          <DropdownList data-test-id="action-items">
            {actions.map((a) => (
              <MenuItem
                key={a.id}
                action={a}
                onDone={() => {
                  setOpen(false);
                }}
              />
            ))}
          </DropdownList>
        </Dropdown>
      ) : null}
    </>
  );
};
