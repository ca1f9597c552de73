// Stubs of the Vosk API members the corpus files use (names as in the package; bodies empty).
namespace Vosk
{
    public enum EndpointerMode { DEFAULT, SHORT, LONG, VERY_LONG }

    public class Model(string path)
    {
    }

    public class SpkModel(string path)
    {
    }

    public class VoskRecognizer(Model model, float sampleRate)
    {
        public void SetMaxAlternatives(int maxAlternatives) { }
        public void SetWords(bool words) { }
        public void SetSpkModel(SpkModel spkModel) { }
        public void SetEndpointerMode(EndpointerMode mode) { }
        public bool AcceptWaveform(byte[] data, int len) => false;
        public bool AcceptWaveform(float[] data, int len) => false;
        public string Result() => "";
        public string PartialResult() => "";
        public string FinalResult() => "";
    }

    public static class Vosk
    {
        public static void SetLogLevel(int level) { }
    }
}
