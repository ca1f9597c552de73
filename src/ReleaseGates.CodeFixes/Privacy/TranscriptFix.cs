namespace ReleaseGates.CodeFixes.Privacy;

/// <summary>The two ways to stop a transcript leak; each is its own Fix All equivalence class.</summary>
internal enum TranscriptFix
{
    /// <summary>Log <c>text.Length</c> (or <c>Count</c>) instead of the text, renaming the template's placeholder to match.</summary>
    UseLength,

    /// <summary>Wrap the text in the project's redactor: <c>_redactor.Redact(text)</c>, <c>Privacy.Mask(text)</c>.</summary>
    Redact,
}
