/**
 * Names of things that have real names everywhere, so a made-up brand word ("Vertex", "Lumen") never stands in
 * for them: a futures asset is a commodity ("Brent Crude"), an aircraft model a real type ("Airbus A320neo"),
 * a coin a real coin, an editorial a music category. Kinds of `NAME_KINDS` (see _names.ts).
 */
import { faker } from './_faker.ts';

const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items as T[]);

const COMMODITIES = ['WTI Crude Oil', 'Brent Crude', 'Natural Gas', 'Gold', 'Silver', 'Copper', 'Platinum', 'Corn', 'Wheat', 'Soybeans', 'Coffee', 'Cotton', 'Sugar No. 11', 'Live Cattle', 'Lean Hogs', 'Lumber', 'Cocoa', 'Rough Rice', 'Heating Oil', 'Aluminum'];
const AIRCRAFT = ['Airbus A320neo', 'Airbus A321neo', 'Airbus A350-900', 'Airbus A330-300', 'Boeing 737-800', 'Boeing 737 MAX 8', 'Boeing 787-9', 'Boeing 777-300ER', 'Embraer E190', 'Embraer E175', 'ATR 72-600', 'Bombardier CRJ900', 'De Havilland Dash 8-400', 'Airbus A220-300'];
const COINS = ['Bitcoin', 'Ethereum', 'Solana', 'Cardano', 'Ripple', 'Litecoin', 'Polkadot', 'Dogecoin', 'Avalanche', 'Chainlink', 'Stellar', 'Tron'];
const MUSIC_EDITORIALS = ['Pop', 'Rap/Hip Hop', 'Rock', 'Dance', 'R&B', 'Alternative', 'Electro', 'Jazz', 'Classical', 'Reggae', 'Latin Music', 'Soul & Funk'];

export interface MarketKind {
  noun: string;
  words: RegExp;
  needs?: RegExp;
  make: (context: string) => string;
}

export const MARKET_KINDS: readonly MarketKind[] = [
  { noun: 'commodity', words: /\b(futures?|commodit(y|ies)|assets?|contracts?|symbols?)\b/, needs: /\b(futures?|commodit(y|ies)|cbot|nymex|comex|cme|crude|wheat)\b/, make: () => pick(COMMODITIES) },
  { noun: 'coin', words: /\b(coins?|assets?|currenc(y|ies)|cryptocurrenc(y|ies)|cryptos?|symbols?)\b/, needs: /\b(crypto\w*|coins?|blockchain|bitcoin|ethereum|defi|binance|coinbase|coingecko|coinmarketcap)\b/, make: () => pick(COINS) },
  { noun: 'aircraft model', words: /\b(aircrafts?|aircraft (models?|types?)|planes?|airplanes?|models?)\b/, needs: /\b(aircrafts?|planes?|airplanes?|aviation|airlines?|flights?|fleets?)\b/, make: () => pick(AIRCRAFT) },
  { noun: 'editorial', words: /\beditorials?\b/, needs: /\b(music|deezer|spotify|songs?|tracks?|albums?|artists?|editorials?)\b/, make: () => pick(MUSIC_EDITORIALS) },
];
