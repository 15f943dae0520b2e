// SimulatorBridge: the simulator behind the Bridge interface, plus the control surface tests and
// demos use to play the server. The checks every call shares live here, in this order: arity and
// argument decoding (synchronous -3 / -4), login (-2 for synchronous functions, 6014 in the
// callback for asynchronous ones), edition (7013 for group and mark calls on standard), then the
// operation itself.
import { TIMErrCode, TIMResult } from '../generated/types.ts';
import type { Bridge, BridgeArg, CommCallback, ListenerCallback } from '../bridge.ts';
import { HANDLERS } from './api.ts';
import { NOT_LOGGED_IN, NOT_SUPPORTED, fail, type Reply } from './codes.ts';
import type { JsonObject } from './conversation.ts';
import * as control from './control.ts';
import { isSetter } from './events.ts';
import type { MessageInput } from './message.ts';
import { Simulation, type SimulationOptions } from './simulation.ts';

export type SimulatorOptions = SimulationOptions;

export class SimulatorBridge implements Bridge {
  private readonly sim: Simulation;
  private disposed = false;

  constructor(options: SimulatorOptions = {}) {
    this.sim = new Simulation(options);
  }

  call(fn: string, args: readonly BridgeArg[], done?: CommCallback): number {
    if (this.disposed) throw new Error('SimulatorBridge is disposed');
    const handler = HANDLERS[fn];
    if (!handler) throw new TypeError(`SimulatorBridge: unknown function ${fn}`);
    if (args.length !== handler.arity) return TIMResult.TIM_ERR_PARAM;
    const decoded = handler.decode(args);
    if (!decoded.ok) return decoded.code;
    const sim = this.sim;
    if (handler.sync) {
      if (!sim.loggedIn) return TIMResult.TIM_ERR_NOTLOGIN;
      return sim.operation(() => handler.run(sim, decoded.value));
    }
    let reply: Reply;
    if (!sim.loggedIn) reply = fail(TIMErrCode.ERR_SDK_NOT_LOGGED_IN, NOT_LOGGED_IN);
    else if (handler.premium && sim.edition === 'standard') reply = fail(TIMErrCode.ERR_SDK_INTERFACE_NOT_SUPPORT, NOT_SUPPORTED);
    else reply = sim.operation(() => handler.run(sim, decoded.value));
    // Queued behind the listener events the operation raised, so those arrive first.
    if (done) sim.queue.enqueue(() => done(reply.code, reply.desc, reply.json));
    return TIMResult.TIM_SUCC;
  }

  setListener(setter: string, listener: ListenerCallback | null): void {
    if (this.disposed) throw new Error('SimulatorBridge is disposed');
    if (!isSetter(setter)) throw new TypeError(`SimulatorBridge: unknown listener setter ${setter}`);
    this.sim.listeners.set(setter, listener);
  }

  /** Drops pending deliveries and listeners; later calls throw. */
  dispose(): void {
    this.disposed = true;
    this.sim.queue.dispose();
    this.sim.listeners.clear();
  }

  // ---- control surface: the server's side ----

  /** Logs `userID` in: convEvent start, add (existing conversations, 100 per event), finish. */
  login(userID: string): void {
    control.login(this.sim, userID);
  }

  logout(): void {
    control.logout(this.sim);
  }

  get userID(): string | null {
    return this.sim.userID;
  }

  /** Adds "c2c_<userID>" or "group_<groupID>"; throws if it exists. */
  addConversation(convID: string, seed?: control.ConversationSeed): void {
    control.addConversation(this.sim, convID, seed);
  }

  /** Delivers a message (creating the conversation if needed); returns the message as stored. */
  deliverMessage(convID: string, message?: MessageInput): JsonObject {
    return control.deliverMessage(this.sim, convID, message);
  }

  setReceiveOption(convID: string, opt: number): void {
    control.setReceiveOption(this.sim, convID, opt);
  }

  setGroupAtInfo(convID: string, list: readonly control.GroupAtInfoInput[]): void {
    control.setGroupAtInfo(this.sim, convID, list);
  }

  /** ConvInfo of a conversation as the API reports it (bigint for 64-bit fields), or undefined. */
  peek(convID: string): JsonObject | undefined {
    return control.peek(this.sim, convID);
  }

  get conversationCount(): number {
    return this.sim.store.size;
  }

  /** Paging passes open, the cursors they hold, move entries kept for them (all bounded; see
   *  README "Paging"), and how many index and move entries the last page looked at. */
  get pagingStats(): { openPasses: number; cursors: number; movesKept: number; lastPageWalked: number } {
    const { pager } = this.sim.store;
    return { openPasses: pager.openPasses, cursors: pager.cursors, movesKept: this.sim.store.movesKept, lastPageWalked: pager.lastPageWalked };
  }

  /** Resolves when every queued callback and listener call has been delivered. */
  settle(): Promise<void> {
    return this.sim.queue.settle();
  }
}
