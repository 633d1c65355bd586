import { englishRuns, isEnglishLeak } from './english-leak';

describe('isEnglishLeak', () => {
  it.each([
    ['a Japanese sentence', 'ノードの適格性を表示するには、ノードを一覧表示する権限が必要です。'],
    ['a Japanese title', 'ノードの適格性'],
    ['a kind and a resource name', 'KataConfig example-kataconfig'],
    ['a node name in a sentence', 'ノード worker-1 は適格です'],
    ['an FQDN node name alone', 'worker-0.example.com'],
    ['an AWS node name', 'ip-10-0-1-10.ec2.internal'],
    ['the product name', 'OpenShift Sandboxed Containers のインストール'],
    ['a product with its acronym', 'Node Feature Discovery (NFD) Operator をインストールします'],
    ['a label with its value', 'feature.node.kubernetes.io/runtime.kata=true ラベルがありません'],
    ['a role label key', 'node-role.kubernetes.io/worker'],
    ['a quantity', '350Mi'],
    ['a CPU quantity with unit', 'CPU 250m'],
    ['field names', 'checkNodeEligibility: false'],
    ['a dotted field', 'spec.overhead'],
    ['operators', 'In と NotIn には値を 1 つ以上指定する必要があります。'],
    ['an operator alone', 'DoesNotExist'],
    ['a status reason', 'InProgress 状態'],
    ['a kind next to a product word', 'Kata Pod 用のメモリー'],
    ['roles listed verbatim', 'control-plane, master, worker'],
    ['a log level value', 'debug'],
    ['a single non-UI English word', 'Intel'],
    ['acronyms', 'Pod VM イメージ'],
    ['a CLI command in a sentence', 'スケジュール可能にしてください (oc adm uncordon)。'],
    ['an instance type', 'm5.metal'],
    ['a product with a company', 'Amazon Web Services (AWS) ベアメタルインスタンス。'],
    ['numbers and punctuation', '3 / 12'],
    ['an operator condition message', 'Performing initial installation of kata on cluster'],
    ['a caller-allowed phrase', 'Lorem ipsum', ['Lorem ipsum']],
  ])('passes %s', (_what, text, allow: string[] = []) => {
    expect(englishRuns(text, allow)).toEqual([]);
  });

  it.each([
    ['"Not eligible"', 'Not eligible', 'Not eligible'],
    ['a short negation', 'No nodes', 'No nodes'],
    ['an English sentence', 'This page is under construction.', 'This page is under construction'],
    ['a soft word next to English', 'Kata runtime', 'Kata runtime'],
    ['a kind next to English', 'Node eligibility', 'Node eligibility'],
    ['English inside Japanese', 'ノード worker-1 is not eligible です', 'is not eligible'],
    ['English glued to Japanese', 'ノードはNot eligibleです', 'Not eligible'],
    ['English after a cut name', 'KataConfig was saved', 'was saved'],
    ['a button word alone', 'Cancel', 'Cancel'],
    ['a UI word with a colon', 'Status:', 'Status'],
    ['a PF screen-reader prefix', 'Danger alert:', 'Danger alert'],
    ['operators in English', 'Exists and DoesNotExist take no values.', 'Exists and'],
  ])('fails %s', (_what, text, run) => {
    expect(englishRuns(text)).toContain(run);
  });

  it('reports every run of a string', () => {
    expect(englishRuns('Loading nodes。KataConfig を保存できません。Try again')).toEqual([
      'Loading nodes',
      'Try again',
    ]);
  });

  it('agrees with englishRuns', () => {
    expect(isEnglishLeak('Not eligible')).toBe(true);
    expect(isEnglishLeak('不適格')).toBe(false);
  });
});
