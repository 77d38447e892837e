/** A small hand-built operation set and graph for planner tests (independent of the loader and graph builder). */
import { DirectedGraph } from 'graphology';
import type { EdgeAttributes, EdgeKind, NodeAttributes } from '../src/graph/types.ts';
import type { Field, Operation, Param } from '../src/specs/types.ts';
import { withEffect, type OperationDraft } from '../src/specs/index.ts';

const api = { name: 'tunes', title: 'Tunes Music', category: 'Music', source: 'tunes.yaml', format: 'openapi-3.0' as const };

function op(name: string, method: string, path: string, summary: string, inputs: Param[], outputs: Field[]): Operation {
  return withEffect({ id: `tunes.${name}`, api, name, method, path, summary, inputs, outputs });
}
const str = (extra: Record<string, unknown> = {}) => ({ type: 'string', ...extra });

export const miniOperations: Operation[] = [
  op('searchTracks', 'get', '/tracks', 'Search tracks by keyword', [{ name: 'q', in: 'query', required: true, schema: str(), description: 'Search keywords.' }], [
    { path: 'tracks[].trackId', schema: str(), isList: true },
    { path: 'tracks[].title', schema: str(), isList: true },
    { path: 'tracks[].albumId', schema: str(), isList: true },
    { path: 'total', schema: { type: 'integer' }, isList: false },
  ]),
  op('getTrackLyrics', 'get', '/tracks/{trackId}/lyrics', 'Get the lyrics of a song', [
    { name: 'trackId', in: 'path', required: true, schema: str(), description: 'The track ID.' },
    { name: 'language', in: 'query', required: true, schema: str({ enum: ['en', 'fr', 'de'] }), description: 'Lyrics language.' },
    { name: 'Authorization', in: 'header', required: true, schema: str() },
  ], [{ path: 'lyrics', schema: str(), isList: false }]),
  op('getAlbumReviews', 'get', '/albums/{albumId}/reviews', 'Read critic reviews of an album', [
    { name: 'albumId', in: 'path', required: true, schema: str({ pattern: '^[A-Za-z0-9]{6,14}$' }), description: 'The album ID.' },
  ], [{ path: 'reviews[].text', schema: str(), isList: true }, { path: 'reviews[].rating', schema: { type: 'integer', minimum: 1, maximum: 5 }, isList: true }]),
  op('listGenres', 'get', '/genres', 'List every music genre', [], [
    { path: 'genres[].genreId', schema: str(), isList: true },
    { path: 'genres[].name', schema: str(), isList: true },
  ]),
  op('genreChart', 'get', '/genres/{genreId}/chart', 'Weekly chart of a genre', [
    { name: 'genreId', in: 'path', required: true, schema: str(), description: 'The genre ID.' },
    { name: 'limit', in: 'query', required: true, schema: { type: 'integer', minimum: 1, maximum: 50 }, description: 'How many entries.' },
    { name: 'week', in: 'query', required: false, schema: str({ format: 'date' }), description: 'Week starting on this date.' },
  ], [{ path: 'entries[].trackId', schema: str(), isList: true }, { path: 'entries[].title', schema: str(), isList: true }]),
  op('createPlaylist', 'post', '/playlists', 'Create a playlist for a listener', [
    { name: 'name', in: 'body', required: true, schema: str({ maxLength: 40 }), description: 'Playlist name.' },
    { name: 'ownerEmail', in: 'body', required: true, schema: str({ format: 'email' }), description: 'Email of the owner.' },
    { name: 'public', in: 'body', required: false, schema: { type: 'boolean' }, description: 'Visible to everyone.' },
    { name: 'releaseDate', in: 'body', required: false, schema: str({ format: 'date' }), description: 'When to publish it.' },
  ], [{ path: 'playlistId', schema: str(), isList: false }, { path: 'name', schema: str(), isList: false }]),
  op('getConcertTickets', 'get', '/concerts/{concertCode}/tickets', 'Ticket prices for a concert', [
    { name: 'concertCode', in: 'path', required: true, schema: str(), description: 'The concert code.' },
    { name: 'currency', in: 'query', required: false, schema: str({ enum: ['EUR', 'USD'] }), default: 'EUR' },
  ], [{ path: 'tickets[].price', schema: { type: 'number' }, isList: true }]),
];

/** Edges a graph builder would find: output field -> input param. */
const links: [from: string, to: string, output: string, input: string][] = [
  ['searchTracks', 'getTrackLyrics', 'tracks[].trackId', 'trackId'],
  ['searchTracks', 'getAlbumReviews', 'tracks[].albumId', 'albumId'],
  ['listGenres', 'genreChart', 'genres[].genreId', 'genreId'],
  ['genreChart', 'getTrackLyrics', 'entries[].trackId', 'trackId'],
];

export function miniGraph(): DirectedGraph<NodeAttributes, EdgeAttributes> {
  const graph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const o of miniOperations) graph.addNode(o.id, { source: o.api.source, api: o.api.name, method: o.method, path: o.path, name: o.name, operation: o });
  for (const [from, to, output, input] of links) {
    const source = miniOperations.find((o) => o.name === from)!;
    const target = miniOperations.find((o) => o.name === to)!;
    const sourceYes = source.inputs.some((p) => p.required && p.in !== 'header');
    const targetYes = target.inputs.some((p) => p.required && p.in !== 'header' && p.name !== input);
    const kind = `${sourceYes ? 'yes' : 'zero'}${targetYes ? 'yes' : 'zero'}` as EdgeKind;
    const pair = { output, input, required: true, score: 0.9, evidence: { name: 1, context: 1, description: 1, type: 1, reasons: ['test'] } };
    graph.addDirectedEdge(source.id, target.id, { kind, relation: source.effect === 'read' ? 'lookup' : 'produces', pairs: [pair], score: 0.9 });
  }
  return graph;
}

const shop = { name: 'ordershop', title: 'Shop Orders', category: 'Commerce', source: 'ordershop.yaml', format: 'openapi-3.0' as const };
const int = () => ({ type: 'integer' });

/** An order API where a shipment lookup (by order and recipient) feeds a product lookup (by order and product). */
export const orderOperations: Operation[] = ([
  { id: 'ordershop.getOrderShipment', api: shop, name: 'getOrderShipment', method: 'get', path: '/orders/{order_id}/shipment', summary: 'Get the shipment of an order sent to a recipient', inputs: [
    { name: 'order_id', in: 'path', required: true, schema: int(), description: 'ID of the order.' },
    // A detail the user knows (who the parcel went to): the shipment found is the one they mean.
    { name: 'recipient_name', in: 'query', required: true, schema: str(), description: 'Name of the recipient.' },
  ], outputs: [
    { path: 'id', schema: int(), isList: false },
    { path: 'order_id', schema: int(), isList: false },
    { path: 'tracking_number', schema: str(), isList: false },
    { path: 'items[].product_id', schema: int(), isList: true },
    { path: 'items[].quantity', schema: int(), isList: true },
  ] },
  { id: 'ordershop.getOrderProduct', api: shop, name: 'getOrderProduct', method: 'get', path: '/orders/{order_id}/products/{product_id}', summary: 'Get a product line item of an order', inputs: [
    { name: 'order_id', in: 'path', required: true, schema: int(), description: 'ID of the order.' },
    { name: 'product_id', in: 'path', required: true, schema: int(), description: 'ID of the product.' },
  ], outputs: [
    { path: 'id', schema: int(), isList: false },
    { path: 'order_id', schema: int(), isList: false },
    { path: 'name', schema: str(), isList: false },
  ] },
] as OperationDraft[]).map(withEffect);

export function orderGraph(): DirectedGraph<NodeAttributes, EdgeAttributes> {
  const graph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const o of orderOperations) graph.addNode(o.id, { source: o.api.source, api: o.api.name, method: o.method, path: o.path, name: o.name, operation: o });
  const pair = { output: 'items[].product_id', input: 'product_id', required: true, score: 0.9, evidence: { name: 1, context: 1, description: 1, type: 1, reasons: ['test'] } };
  graph.addDirectedEdge('ordershop.getOrderShipment', 'ordershop.getOrderProduct', { kind: 'yesyes', relation: 'lookup', pairs: [pair], score: 0.9 });
  return graph;
}
