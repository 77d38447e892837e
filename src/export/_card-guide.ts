/**
 * The dataset card's "Use with" section: per consumer, the exact config or call that reads the files,
 * and what each one does with a self-correction dialogue's wrong turn.
 */

export interface GuideFacts {
  /** Config names (folders) this export wrote. */
  configs: string[];
  /** format → reason → dialogues left out of it. */
  leftOut: Record<string, Record<string, number>>;
}

const count = (reasons: Record<string, number> | undefined): number => Object.values(reasons ?? {}).reduce((a, b) => a + b, 0);

function leftOutLine(format: string, facts: GuideFacts): string {
  const reasons = facts.leftOut[format];
  if (!reasons || count(reasons) === 0) return '';
  return ` Left out of it: ${Object.entries(reasons)
    .map(([why, n]) => `${n} (${why})`)
    .join(', ')}.`;
}

/** Markdown for the card; only the consumers whose files were written. */
export function consumerGuide(facts: GuideFacts): string {
  const has = (c: string): boolean => facts.configs.includes(c);
  const parts: string[] = [
    '## Use with',
    '',
    'Every config loads with `datasets.load_dataset("<this repo or folder>", "<config>")`. `tools` is a list of tool objects in `hf`, `openai` and `eval` (datasets 5 reads each `parameters` as a `Json` value, so rows keep their own schemas) and JSON text in `trl`, `pref-trl` and `sharegpt`, whose readers parse it. Tool-call ids are 9 alphanumerics (Mistral templates accept nothing else); tool schemas use one JSON type per field, no `$ref` and no `oneOf`, so every chat template prints them.',
  ];
  if (has('hf')) {
    parts.push(
      '',
      '**Axolotl** (`hf`): wrong turns carry `train: false`, which the `chat_template` strategy honours with:',
      '',
      '```yaml',
      'datasets:',
      '  - path: <this repo or folder>',
      '    name: hf',
      '    type: chat_template',
      '    chat_template: tokenizer_default',
      '    field_messages: messages',
      '    field_tools: tools',
      '    message_field_training: train',
      '    roles_to_train: ["assistant"]',
      '```',
    );
  }
  if (has('trl')) {
    parts.push(
      '',
      '**TRL SFT** (`trl`): TRL ignores per-message flags, so each dialogue is a conversational prompt–completion row: a self-correction dialogue\'s wrong turn, its error and the user\'s answer sit in the prompt, the fix and the rest in the completion, and `SFTTrainer` (`completion_only_loss`, on by default for such rows) never trains the wrong turn: `SFTTrainer(model, train_dataset=load_dataset(path, "trl", split="train"))`. Do not train TRL on `hf` (it would learn the wrong turns).',
    );
  }
  if (has('pref-trl')) parts.push('', '**TRL DPO** (`pref-trl`): `DPOTrainer(model, train_dataset=load_dataset(path, "pref-trl", split="train"))`; a wrong turn appears only as `rejected`.');
  if (has('openai')) parts.push('', '**OpenAI fine-tuning** (`openai`, `pref-openai`): upload `openai/train.jsonl` (wrong turns carry `weight: 0`); `pref-openai/train.jsonl` is the preference (DPO) file.');
  if (has('sharegpt')) parts.push('', `**LLaMA-Factory** (\`sharegpt\`): copy the folder into LLaMA-Factory's \`data/\` and merge \`sharegpt/dataset_info.json\` into its own.${leftOutLine('sharegpt', facts)}`);
  if (has('tooldial')) {
    parts.push(
      '',
      `**ToolDial** (\`tooldial\`): copy \`tooldial/{train,val,test}.json\` into ToolDial's \`dialogue_data/\` and \`tooldial/apis.json\` to \`after_coor_before_emb.json\` beside it, then run \`python dialogue_preprocess.py\` and \`python dialogue_generation_overall.py\` there.${leftOutLine('tooldial', facts)}`,
    );
  }
  return parts.join('\n');
}
