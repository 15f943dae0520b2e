// Entry of the conversation-groups sample (Resources/conversation-groups/main.mjs), run by the C#
// bootstrap once the SDK is logged in, or at once on the simulator when there are no credentials.
// It picks the bridge, builds the ConversationStore, the view-model and the view, hooks them to the
// frame, and exports the view-model for hosts and tests.
import { ConversationManager, ConversationStore, PuertsBridge, SimulatorBridge } from 'timconv.mjs';
import { chatter, demoServer, seedGroups } from './demo-server.mjs';
import { groupActions } from './group-actions.mjs';
import { GroupsView } from './groups-view.mjs';
import { GroupsViewModel } from './groups-view-model.mjs';
import { uiToolkit } from './ui-toolkit.mjs';
const settings = CS.TimConvSample.SampleSettings;
const host = CS.TimConvSample.SampleHost;
/** Seconds between the simulator's incoming messages. */
const CHATTER_SECONDS = 8;
function log(state) {
    if (state.error)
        CS.UnityEngine.Debug.LogWarning(`timconv sample: ${state.error}`);
}
async function run() {
    const simulated = settings.Mode !== 'sdk';
    const startError = settings.StartError;
    const source = simulated ? 'simulator' : `Tencent IM as ${settings.UserId} (started by ${settings.SdkOwner})`;
    let view = null;
    let lastError = null;
    // When the SDK could not start, every facade call would fail: the store then sits on an empty,
    // logged-out simulator that never answers with data, and the screen says why.
    const bridge = startError ? new SimulatorBridge() : simulated ? demoServer(settings.UserId) : new PuertsBridge();
    const manager = new ConversationManager(bridge);
    // 'manual': the store delivers its change only when flushed, which the frame hook below does once
    // per frame, after the facade's Tick and the engine's promise jobs, on every Puerts backend.
    let viewModel = null;
    const store = new ConversationStore(manager, { flush: 'manual', onError: (err, context) => viewModel?.storeFailed(err, context) });
    viewModel = new GroupsViewModel(store, groupActions(manager), {
        source,
        onChange: (state) => {
            view?.render(state);
            if (state.error !== lastError)
                log(state);
            lastError = state.error;
        },
    });
    const screen = viewModel;
    if (host.Root)
        view = new GroupsView(uiToolkit(host.Root), screen);
    // SampleFrame.cs calls this in LateUpdate, after TimConvScriptRunner's Update ran the frame.
    host.Frame = () => {
        store.flush();
        screen.frame();
    };
    if (startError) {
        screen.showOffline(null, startError);
        return screen;
    }
    if (!simulated && settings.LoginCode !== 0) {
        screen.showOffline(settings.LoginCode, settings.LoginMessage);
        return screen;
    }
    if (bridge instanceof SimulatorBridge) {
        await seedGroups(manager);
        chatter(bridge, CHATTER_SECONDS);
    }
    await screen.start();
    return screen;
}
/** The running screen: resolves once the store has loaded the list. */
export const sample = run();
sample.catch((err) => CS.UnityEngine.Debug.LogWarning(`timconv sample could not start: ${String(err)}`));
