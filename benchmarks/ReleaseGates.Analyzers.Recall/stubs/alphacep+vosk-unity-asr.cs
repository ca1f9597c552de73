// Stubs of the Unity profiling and networking members and of DotNetZip, which vosk-unity-asr's scripts use besides
// stubs/UnityEngine.cs (names as in the packages; bodies empty). Vosk's own C# API is in the corpus.
namespace Unity.Profiling
{
    public readonly struct ProfilerMarker(string name)
    {
        public void Begin() { }
        public void End() { }
    }
}

namespace UnityEngine.Networking
{
    public sealed class DownloadHandler
    {
        public byte[] data => [];
    }

    public sealed class UnityWebRequest : System.IDisposable
    {
        public static UnityWebRequest Get(string uri) => new();
        public DownloadHandler downloadHandler { get; } = new();
        public string error => "";
        public bool isDone => true;
        public AsyncOperation SendWebRequest() => new();
        public void Dispose() { }
    }

    public class AsyncOperation
    {
        public bool isDone => true;
    }
}

namespace Ionic.Zip
{
    public sealed class ZipFile : System.IDisposable
    {
        public static ZipFile Read(System.IO.Stream stream) => new();
        public static ZipFile Read(string path) => new();
        public void ExtractAll(string path) { }
        public void Dispose() { }
    }
}
