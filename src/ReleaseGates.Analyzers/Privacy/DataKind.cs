namespace ReleaseGates.Analyzers.Privacy;

/// <summary>What private content a value carries.</summary>
[Flags]
internal enum DataKind
{
    None = 0,

    /// <summary>Transcript or recognized-speech text (RG1001, RG1002).</summary>
    Transcript = 1,

    /// <summary>Raw audio bytes or an audio stream (RG1003).</summary>
    Audio = 2,
}
