export { SimulatorBridge, type SimulatorOptions } from './simulator-bridge.ts';
export { ManualClock } from './clock.ts';
export type { Clock, Edition } from './simulation.ts';
export type { ConversationSeed, GroupAtInfoInput } from './control.ts';
export type { MessageInput } from './message.ts';
export { AT_ALL_TAG } from './message.ts';
export { utf8ByteLength } from '../utf8.ts';
