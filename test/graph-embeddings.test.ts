/**
 * Optional embedding similarity, against a real HTTP server on 127.0.0.1 that speaks `/v1/embeddings`
 * and returns deterministic fake vectors: the signal moves scores as the config says, the disk cache
 * keeps a rebuild from sending anything, requests are batched, and the API key is never written.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { DialforgeError } from '../src/errors.ts';
import {
  buildGraph, computeEmbeddings, DEFAULT_GRAPH_CONFIG, embeddingTexts, serializeGraph, type ApiGraph, type EdgePair, type EmbeddingTable,
} from '../src/graph/index.ts';
import { loadSpecs, type Operation } from '../src/specs/index.ts';
import { bundledSpecsDir, projectRoot } from './_shared.ts';

const API_KEY = 'sk-test-embeddings-0123456789abcdef';
const dir = mkdtempSync(join(tmpdir(), 'dialforge-embeddings-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Received {
  model: string;
  inputs: number;
  authorization: string | undefined;
}
const received: Received[] = [];

/**
 * Fake vectors by model: `same` gives every text one vector (cosine 1 for every pair); `split` gives
 * output-field texts one axis and input-param texts another (cosine 0); `denied` answers 401.
 */
function fakeVector(model: string, text: string): number[] {
  if (model === 'split') return text.startsWith('output ') ? [1, 0, 0, 0] : [0, 1, 0, 0];
  return [0.5, 0.5, 0.5, 0.5];
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model: string; input: string | string[] };
  const inputs = Array.isArray(body.input) ? body.input : [body.input];
  received.push({ model: body.model, inputs: inputs.length, authorization: req.headers.authorization });
  res.setHeader('content-type', 'application/json');
  if (req.url !== '/v1/embeddings' || body.model === 'denied') {
    res.statusCode = req.url !== '/v1/embeddings' ? 404 : 401;
    res.end(JSON.stringify({ error: { message: `Incorrect API key provided: ${req.headers.authorization ?? ''}`, type: 'invalid_request_error' } }));
    return;
  }
  // Answered in reverse order: the client must place vectors by `index`, not by position.
  const data = inputs.map((text, index) => ({ object: 'embedding', index, embedding: fakeVector(body.model, text) })).reverse();
  res.end(JSON.stringify({ object: 'list', model: body.model, data, usage: { prompt_tokens: inputs.length, total_tokens: inputs.length } }));
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    res.statusCode = 500;
    res.end(String(error));
  });
});
let baseURL = '';
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
after(() => server.close());

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function allPairs(graph: ApiGraph): EdgePair[] {
  return graph.mapEdges((_key, attrs) => attrs.pairs).flat();
}

describe('embedding similarity', async () => {
  const { operations } = await loadSpecs([bundledSpecsDir]);
  const embed = (model: string, cacheDir: string, batchSize = 64): ReturnType<typeof computeEmbeddings> =>
    computeEmbeddings(operations, { model, baseURL, apiKey: API_KEY, cacheDir, batchSize, maxRetries: 0 });

  test('batched requests; a second run is served from the cache and sends nothing; the key is never written', async () => {
    const cacheDir = join(dir, 'cache-batching');
    const texts = embeddingTexts(operations);
    assert.ok(texts.length > 64, `${texts.length} texts`);
    const sentBefore = received.length;
    const first = await embed('same', cacheDir);
    const requests = received.slice(sentBefore);
    assert.equal(first.stats.texts, texts.length);
    assert.equal(first.stats.embedded, texts.length);
    assert.equal(first.stats.requests, Math.ceil(texts.length / 64));
    assert.equal(requests.length, first.stats.requests);
    assert.ok(requests.every((r) => r.inputs <= 64 && r.inputs > 1 && r.model === 'same'));
    assert.equal(requests.reduce((sum, r) => sum + r.inputs, 0), texts.length);
    // The key went to the server, and only there.
    assert.ok(requests.every((r) => r.authorization === `Bearer ${API_KEY}`));
    const files = filesUnder(cacheDir);
    assert.equal(files.length, texts.length);
    for (const file of files) {
      assert.match(file, /[0-9a-f]{2}[\\/][0-9a-f]{64}\.json$/);
      const text = readFileSync(file, 'utf8');
      assert.ok(!text.includes(API_KEY) && !text.includes('sk-test'), `${file} holds the key`);
    }

    const again = await embed('same', cacheDir);
    assert.equal(received.length, sentBefore + requests.length, 'the second run sent requests');
    assert.deepEqual(again.stats, { texts: texts.length, cached: texts.length, embedded: 0, requests: 0 });
    // Vectors from the cache give the same graph, byte for byte.
    const meta = { tool: 'dialforge@test', inputs: [], settings: {} };
    assert.equal(serializeGraph(buildGraph(operations, { embeddings: again.table }), meta), serializeGraph(buildGraph(operations, { embeddings: first.table }), meta));

    // The cache is keyed by model: another model embeds everything again.
    const other = await embed('split', cacheDir);
    assert.equal(other.stats.cached, 0);
    assert.equal(other.stats.embedded, texts.length);
  });

  test('the embedding cosine blends into the description evidence by `embeddingShare`', async () => {
    const share = DEFAULT_GRAPH_CONFIG.embeddingShare;
    const w = DEFAULT_GRAPH_CONFIG.weights;
    assert.ok(share > 0 && share < 1);
    const plain = buildGraph(operations);
    assert.ok(allPairs(plain).every((p) => p.evidence.embedding === undefined), 'embeddings must be off by default');
    const check = (table: EmbeddingTable, cosine: number): ApiGraph => {
      const graph = buildGraph(operations, { embeddings: table });
      const pairs = allPairs(graph);
      assert.ok(pairs.length > 0);
      for (const p of pairs) {
        const e = p.evidence;
        assert.equal(e.embedding, cosine, `${p.output} → ${p.input}`);
        if (e.reasons.includes('descriptions alike')) continue;
        const expected = w.name * e.name + w.context * e.context + w.description * ((1 - share) * e.description + share * cosine) + w.type * e.type;
        assert.ok(Math.abs(p.score - expected) < 0.002, `${p.output} → ${p.input}: score ${p.score}, expected ${expected.toFixed(3)}`);
      }
      return graph;
    };
    const cacheDir = join(dir, 'cache-scores');
    // Every text on one vector: the description evidence rises, so pairs that fell short now pass.
    const alike = check((await embed('same', cacheDir)).table, 1);
    assert.ok(allPairs(alike).length > allPairs(plain).length, `${allPairs(alike).length} pairs with cosine 1 vs ${allPairs(plain).length} without`);
    // Fields and params on orthogonal vectors: the description evidence falls, so some pairs drop.
    const apart = check((await embed('split', cacheDir)).table, 0);
    assert.ok(allPairs(apart).length < allPairs(plain).length, `${allPairs(apart).length} pairs with cosine 0 vs ${allPairs(plain).length} without`);
    // A pair with some TF-IDF similarity scores higher with cosine 1 than without, and lower with cosine 0.
    const find = (g: ApiGraph, key: string, like: EdgePair): EdgePair | undefined =>
      g.hasEdge(key) ? g.getEdgeAttribute(key, 'pairs').find((p) => p.output === like.output && p.input === like.input) : undefined;
    const [key, pair] = plain.mapEdges((k, attrs) => [k, attrs.pairs[0]!] as const).find(([k, p]) =>
      p.evidence.description > 0.2 && p.evidence.description < 0.8 && find(alike, k, p) && find(apart, k, p))!;
    const [high, low] = [find(alike, key, pair)!.score, find(apart, key, pair)!.score];
    assert.ok(high > pair.score && pair.score > low, `${key}: ${high} > ${pair.score} > ${low}`);
  });

  test('an endpoint that refuses: E_LLM naming the status, the key redacted', async () => {
    await assert.rejects(embed('denied', join(dir, 'cache-denied')), (error: unknown) => {
      assert.ok(error instanceof DialforgeError);
      assert.equal(error.code, 'E_LLM');
      assert.match(error.message, /HTTP 401/);
      assert.ok(!error.message.includes(API_KEY), error.message);
      return true;
    });
  });

  test('CLI: --embeddings-model with --base-url; the model is recorded, the key is not; a rerun sends nothing', async () => {
    const run = promisify(execFile);
    const out = join(dir, 'cli.json');
    const cacheDir = join(dir, 'cache-cli');
    const env: NodeJS.ProcessEnv = { ...process.env, OPENAI_API_KEY: API_KEY };
    delete env.OPENAI_BASE_URL;
    const args = [
      '--import', 'tsx', join(projectRoot, 'src', 'cli', 'main.ts'), 'graph', 'api-specs', '-o', out,
      '--embeddings-model', 'same', '--base-url', baseURL, '--embeddings-cache', cacheDir, '--embeddings-batch', '100',
    ];
    const first = await run(process.execPath, args, { cwd: projectRoot, env });
    const texts = embeddingTexts(operations as Operation[]).length;
    assert.match(first.stderr, new RegExp(`embeddings \\(same\\): ${texts} texts, 0 from the cache, ${texts} embedded in ${Math.ceil(texts / 100)} request\\(s\\)`));
    const saved = readFileSync(out, 'utf8');
    assert.ok(!saved.includes(API_KEY) && !saved.includes(baseURL), 'the key or the endpoint was written into the graph');
    const graph = JSON.parse(saved) as { attributes: { dialforge: { settings: Record<string, unknown> } }; edges: Array<{ attributes: { pairs: EdgePair[] } }> };
    assert.equal(graph.attributes.dialforge.settings.embeddingModel, 'same');
    assert.ok(graph.edges.every((e) => e.attributes.pairs.every((p) => p.evidence.embedding === 1)));

    const second = await run(process.execPath, args, { cwd: projectRoot, env });
    assert.match(second.stderr, new RegExp(`${texts} from the cache, 0 embedded in 0 request\\(s\\)`));
    assert.equal(readFileSync(out, 'utf8'), saved);
  });
});
