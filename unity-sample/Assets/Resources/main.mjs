// The sample game script. It starts the SDK and logs in through the facade's standalone helpers, then
// uses the typed runtime (timconv.mjs, built by `node runtime/bundle/build.mjs`) over the Puerts
// bridge: one page of conversations, the unread total, and live updates of both.
import { ConversationManager, PuertsBridge, TIMConvEvent, TIMConvType, TimError } from './timconv.mjs';

const facade = CS.TimConv.TimConvFacade;
const app = CS.TimConvSample.TimConvBootstrap;

function start() {
  const sdkConfig = JSON.stringify({ sdk_config_config_file_path: app.DataPath, sdk_config_log_file_path: app.DataPath });
  const initCode = facade.Init(app.SdkAppId, sdkConfig);
  if (initCode !== 0) {
    console.error(`TIMInit failed: ${initCode}`);
    return;
  }
  const loginCode = facade.Login(app.UserId, app.UserSig, (code, desc) => {
    if (code === 0) showConversations().catch(report);
    else console.error(`login failed: ${code} ${desc}`);
  });
  if (loginCode !== 0) console.error(`TIMLogin was refused: ${loginCode}`);
}

async function showConversations() {
  const convs = new ConversationManager(new PuertsBridge());

  convs.on('totalUnreadMessageCountChanged', (total) => console.log(`unread: ${total}`));
  convs.on('convEvent', (event, list) => {
    if (event === TIMConvEvent.kTIMConvEvent_Update) {
      for (const c of list) console.log(`updated ${c.conv_id}: ${c.conv_unread_num ?? 0} unread`);
    }
  });

  // 64-bit cursors are bigint end to end; page through one-to-one chats 20 at a time.
  const page = await convs.getConversationListByFilter({ conversation_list_filter_conv_type: TIMConvType.kTIMConv_C2C }, 0n, 20);
  for (const c of page.conversation_list_result_conv_list ?? []) {
    console.log(`${c.conv_show_name ?? c.conv_id}: ${c.conv_unread_num ?? 0} unread`);
  }
  const total = await convs.getTotalUnreadMessageCount();
  console.log(`unread in total: ${total.conv_get_total_unread_message_count_result_unread_count ?? 0}`);
}

function report(err) {
  if (err instanceof TimError) console.error(`timconv: ${err.code} ${err.message}`);
  else console.error(err);
}

start();
