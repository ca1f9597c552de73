// Stubs of the UnityEngine members the corpus files use (namespaces, types and members as in Unity; bodies empty).
namespace UnityEngine
{
    using System;

    public class Object
    {
        public string name { get; set; } = "";
        public static void Destroy(Object obj) { }
        public static void DontDestroyOnLoad(Object target) { }
    }

    public class Component : Object
    {
        public GameObject gameObject => new();
        public T GetComponent<T>() => default!;
    }

    public class Behaviour : Component
    {
        public bool enabled { get; set; }
    }

    public class MonoBehaviour : Behaviour
    {
        public static void print(object message) { }
        public Coroutine StartCoroutine(System.Collections.IEnumerator routine) => new();
    }

    public sealed class GameObject : Object
    {
        public T AddComponent<T>() => default!;
    }

    public sealed class Coroutine;

    public static class Debug
    {
        public static void Log(object message) { }
        public static void LogWarning(object message) { }
        public static void LogError(object message) { }
        public static void LogException(Exception exception) { }
    }

    public sealed class AudioClip : Object
    {
        public int samples => 0;
        public int channels => 0;
        public int frequency => 0;
        public float length => 0;
        public bool GetData(float[] data, int offsetSamples) => false;
        public static AudioClip Create(string name, int lengthSamples, int channels, int frequency, bool stream) => new();
    }

    public static class Microphone
    {
        public static string[] devices => [];
        public static AudioClip Start(string? deviceName, bool loop, int lengthSec, int frequency) => new();
        public static void End(string? deviceName) { }
        public static int GetPosition(string? deviceName) => 0;
        public static bool IsRecording(string? deviceName) => false;
    }

    public static class Mathf
    {
        public static int Min(int a, int b) => Math.Min(a, b);
        public static int Max(int a, int b) => Math.Max(a, b);
        public static float Min(float a, float b) => Math.Min(a, b);
        public static float Max(float a, float b) => Math.Max(a, b);
        public static float Abs(float f) => Math.Abs(f);
        public static int CeilToInt(float f) => (int)Math.Ceiling(f);
        public static int FloorToInt(float f) => (int)Math.Floor(f);
        public static int RoundToInt(float f) => (int)Math.Round(f);
        public static float Clamp(float value, float min, float max) => Math.Clamp(value, min, max);
        public static int Clamp(int value, int min, int max) => Math.Clamp(value, min, max);
        public static float Sqrt(float f) => MathF.Sqrt(f);
        public static float Log10(float f) => MathF.Log10(f);
    }

    public static class Application
    {
        public static string streamingAssetsPath => "";
        public static string persistentDataPath => "";
        public static RuntimePlatform platform => default;
    }

    public enum RuntimePlatform { WindowsPlayer, OSXPlayer, LinuxPlayer, Android, IPhonePlayer, WebGLPlayer }

    public static class Time
    {
        public static float time => 0;
        public static float deltaTime => 0;
    }

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class HeaderAttribute(string header) : Attribute;

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class TooltipAttribute(string tooltip) : Attribute;

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class SerializeField : Attribute;

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class RangeAttribute(float min, float max) : Attribute;

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class ContextMenuItemAttribute(string name, string function) : Attribute;
}

namespace UnityEngine.Serialization
{
    using System;

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class FormerlySerializedAsAttribute(string oldName) : Attribute;
}

namespace UnityEngine.Events
{
    public sealed class UnityEvent
    {
        public void AddListener(System.Action call) { }
    }
}

namespace UnityEngine.UI
{
    public class Graphic : MonoBehaviour;

    public sealed class Text : Graphic
    {
        public string text { get; set; } = "";
    }

    public sealed class Image : Graphic
    {
        public Color color { get; set; }
    }

    public sealed class Button : MonoBehaviour
    {
        public UnityEngine.Events.UnityEvent onClick { get; } = new();
    }

    public sealed class ScrollRect : MonoBehaviour
    {
        public float verticalNormalizedPosition { get; set; }
    }

    public sealed class Dropdown : MonoBehaviour
    {
        public int value { get; set; }
    }

    public sealed class Toggle : MonoBehaviour
    {
        public bool isOn { get; set; }
    }

    public struct Color(float r, float g, float b, float a)
    {
        public static Color red => default;
        public static Color green => default;
        public static Color white => default;
    }
}

namespace AOT
{
    using System;

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class MonoPInvokeCallbackAttribute(Type type) : Attribute;
}
