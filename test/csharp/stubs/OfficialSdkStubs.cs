// Test-only stand-ins for the members of the official Tencent IM Unity SDK (com.tencent.imsdk.unity)
// the sample uses next to it, with that SDK's signatures. Only what is used is declared. Not shipped.
namespace com.tencent.imsdk.unity.enums
{
    public enum TIMResult { TIM_SUCC = 0, TIM_ERR_SDKUNINIT = -1, TIM_ERR_NOTLOGIN = -2, TIM_ERR_JSON = -3, TIM_ERR_PARAM = -4 }
}

namespace com.tencent.imsdk.unity.callback
{
    public delegate void NullValueCallback(int code, string desc, string user_data);
}

namespace com.tencent.imsdk.unity.types
{
    public class SdkConfig
    {
        public string sdk_config_config_file_path;
        public string sdk_config_log_file_path;
    }
}

namespace com.tencent.imsdk.unity
{
    using com.tencent.imsdk.unity.callback;
    using com.tencent.imsdk.unity.enums;
    using com.tencent.imsdk.unity.types;

    public class TencentIMSDK
    {
        public static TIMResult Init(long sdk_app_id, SdkConfig json_sdk_config, bool? need_log = false) { return TIMResult.TIM_SUCC; }
        public static TIMResult Login(string user_id, string user_sig, NullValueCallback callback) { return TIMResult.TIM_SUCC; }
        public static TIMResult Uninit() { return TIMResult.TIM_SUCC; }
    }
}
