// Entry of the conversation-groups sample (Resources/conversation-groups/main.mjs), run by the C#
// bootstrap once the SDK is logged in, or at once on the simulator when there are no credentials.
// It picks the bridge, builds the view-model and the view, and exports them for hosts and tests.
import { ConversationManager, PuertsBridge, SimulatorBridge } from 'timconv.mjs';
import { chatter, demoServer, seedGroups } from './demo-server.mjs';
import { GroupsView } from './groups-view.mjs';
import { GroupsViewModel } from './groups-view-model.mjs';
import { uiToolkit } from './ui-toolkit.mjs';
const settings = CS.TimConvSample.SampleSettings;
const root = CS.TimConvSample.SampleHost.Root;
/** Seconds between the simulator's incoming messages. */
const CHATTER_SECONDS = 8;
function log(state) {
    if (state.error)
        CS.UnityEngine.Debug.LogWarning(`timconv sample: ${state.error}`);
}
async function run() {
    const simulated = settings.Mode !== 'sdk';
    const source = simulated ? 'simulator' : `Tencent IM as ${settings.UserId} (started by ${settings.SdkOwner})`;
    let view = null;
    let lastError = null;
    const bridge = simulated ? demoServer(settings.UserId) : new PuertsBridge();
    const conversations = new ConversationManager(bridge);
    const viewModel = new GroupsViewModel(conversations, {
        source,
        onChange: (state) => {
            view?.render(state);
            if (state.error !== lastError)
                log(state);
            lastError = state.error;
        },
    });
    if (root) {
        view = new GroupsView(uiToolkit(root), viewModel);
        view.render(viewModel.state);
    }
    if (!simulated && settings.LoginCode !== 0) {
        viewModel.showOffline(settings.LoginCode, settings.LoginMessage);
        return viewModel;
    }
    if (bridge instanceof SimulatorBridge) {
        await seedGroups(conversations);
        chatter(bridge, CHATTER_SECONDS);
    }
    await viewModel.start();
    return viewModel;
}
/** The running screen: resolves once the first list is shown. */
export const sample = run();
sample.catch((err) => CS.UnityEngine.Debug.LogWarning(`timconv sample could not start: ${String(err)}`));
