/**
 * The webpack share scope the console offers plugins. ConsoleRemotePlugin marks these modules
 * singleton with `import: false`, so the plugin has no fallback: each must be here.
 */
import React from 'react';
import * as ReactI18next from 'react-i18next';
import * as ReactRouter from 'react-router';
import * as ReactRedux from 'react-redux';
import * as Redux from 'redux';
import * as ReduxThunk from 'redux-thunk';
import * as PluginSDK from '@openshift/dynamic-plugin-sdk';
import * as ConsoleSDK from './sdk';
import { guardModule } from './missing-exports';

declare const __SHARED_VERSIONS__: Partial<Record<string, string>>;

type ShareScope = Record<
  string,
  Record<
    string,
    { get: () => Promise<() => unknown>; from: string; eager: boolean; loaded: number }
  >
>;

const withESModule = (name: string, mod: object): object =>
  guardModule(name, { __esModule: true, ...mod });

/** Module name -> module object, as the console's webpack would provide them. */
export const sharedModules: Record<string, object> = {
  react: React,
  'react-i18next': withESModule('react-i18next', ReactI18next),
  'react-router': withESModule('react-router', ReactRouter),
  'react-router-dom': withESModule('react-router-dom', ReactRouter),
  'react-redux': withESModule('react-redux', ReactRedux),
  redux: withESModule('redux', Redux),
  'redux-thunk': withESModule('redux-thunk', ReduxThunk),
  '@openshift/dynamic-plugin-sdk': withESModule('@openshift/dynamic-plugin-sdk', PluginSDK),
  '@openshift-console/dynamic-plugin-sdk': withESModule(
    '@openshift-console/dynamic-plugin-sdk',
    ConsoleSDK,
  ),
  '@openshift-console/dynamic-plugin-sdk-internal': withESModule(
    '@openshift-console/dynamic-plugin-sdk-internal',
    {},
  ),
};

const versionOf = (name: string): string =>
  __SHARED_VERSIONS__[name] ??
  __SHARED_VERSIONS__['@openshift-console/dynamic-plugin-sdk'] ??
  '0.0.0';

export const createShareScope = (): ShareScope =>
  Object.fromEntries(
    Object.entries(sharedModules).map(([name, mod]) => [
      name,
      {
        [versionOf(name)]: {
          get: () => Promise.resolve(() => mod),
          from: 'openshift-console',
          eager: true,
          loaded: 1,
        },
      },
    ]),
  );
