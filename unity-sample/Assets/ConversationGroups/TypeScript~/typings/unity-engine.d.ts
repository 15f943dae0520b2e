// The few UnityEngine members the sample's script uses, declared the way Puerts exposes them, so the
// sample type-checks without Unity. A Unity project with Puerts' generated index.d.ts uses that
// instead (../Editor/SamplePuertsTypings.cs has Puerts declare these classes there; keeping both
// would declare them twice).
declare namespace CS {
  namespace System {
    interface Action {
      (): void;
    }
  }

  namespace UnityEngine {
    class Debug {
      static Log(message: unknown): void;
      static LogWarning(message: unknown): void;
    }

    namespace UIElements {
      class VisualElement {
        constructor();
        Add(child: VisualElement): void;
        Clear(): void;
        AddToClassList(className: string): void;
        EnableInClassList(className: string, enable: boolean): void;
      }

      class TextElement extends VisualElement {
        text: string;
      }

      class Label extends TextElement {
        constructor(text: string);
      }

      class Button extends TextElement {
        constructor(clickEvent: System.Action);
      }

      class TextField extends VisualElement {
        constructor();
        value: string;
      }

      class ScrollView extends VisualElement {
        constructor();
      }
    }
  }
}
