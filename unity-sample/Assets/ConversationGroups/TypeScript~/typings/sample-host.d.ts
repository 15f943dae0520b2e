// The sample's own C# classes (Scripts/SampleSettings.cs, Scripts/SampleHost.cs) as the script sees
// them, until Puerts' generated index.d.ts declares them (see unity-engine.d.ts).
declare namespace CS {
  namespace TimConvSample {
    class SampleSettings {
      /** "simulator" or "sdk". */
      static readonly Mode: string;
      /** "timconv", "official-sdk", or "" on the simulator. */
      static readonly SdkOwner: string;
      static readonly UserId: string;
      /** 0 after a successful login; the SDK's code otherwise. */
      static readonly LoginCode: number;
      static readonly LoginMessage: string;
      /** Why the SDK could not be started at all ("ExceptionType: message"), or "". */
      static readonly StartError: string;
    }

    class SampleHost {
      /** The UI document's root, or null when the host made none. */
      static readonly Root: CS.UnityEngine.UIElements.VisualElement | null;
      /** Called once per frame in LateUpdate (SampleFrame.cs), after the facade's and the engine's Tick. */
      static Frame: CS.System.Action | null;
    }
  }
}
