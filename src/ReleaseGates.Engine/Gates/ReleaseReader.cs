using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Gates;

/// <summary>gates.json <c>release</c>.</summary>
internal static class ReleaseReader
{
    internal static readonly string[] Keys = { "model", "baseline", "candidate", "rollback_flags" };

    public static ReleaseInfo Read(ObjectReader gates)
    {
        if (gates.Member("release") is not { } member)
        {
            return ReleaseInfo.Empty;
        }

        var release = ObjectReader.Open(member.Value, "release", Keys, gates.Sink, "{ \"model\": \"asr\", \"candidate\": \"asr-v7\", \"rollback_flags\": [\"asr.v7\"] }");
        if (release is null)
        {
            return ReleaseInfo.Empty;
        }

        const string NameHint = "it names a model version, e.g. \"asr-clinical-v7\"";
        return new ReleaseInfo(
            release.String("model", required: false, NameHint),
            release.String("baseline", required: false, NameHint),
            release.String("candidate", required: false, NameHint),
            ReadFlags(release));
    }

    private static IReadOnlyList<string> ReadFlags(ObjectReader release)
    {
        if (release.Member("rollback_flags") is not { } member)
        {
            return Array.Empty<string>();
        }

        if (member.Value.Kind != JsonNodeKind.Array)
        {
            release.Error(member.Value.Span, $"'rollback_flags' in release must be an array of flag names, not {ObjectReader.Describe(member.Value)}; for example [\"asr.clinical.v7\"]");
            return Array.Empty<string>();
        }

        var flags = new List<string>();
        foreach (var item in member.Value.Items)
        {
            if (item.Kind == JsonNodeKind.String && !string.IsNullOrWhiteSpace(item.Text))
            {
                flags.Add(item.Text!);
            }
            else
            {
                release.Error(item.Span, $"each rollback flag must be a non-empty string (the flag's key in your flag service), not {ObjectReader.Describe(item)}");
            }
        }

        return flags;
    }
}
