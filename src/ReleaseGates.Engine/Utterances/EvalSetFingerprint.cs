using System.Security.Cryptography;
using System.Text;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// The fingerprint of an evaluation set (contract §9), so that two evaluations can be checked to score the same
/// utterances against the same references. For each utterance d = SHA-256(id as UTF-8, one 0x00 byte, its
/// normalised reference as UTF-8: words separated by single spaces, empty when the line has none); the fingerprint
/// is "sha256:" and the lowercase hex of SHA-256 over those 32-byte digests concatenated in the ordinal order of the
/// ids' UTF-8 bytes. Any shard layout and line order gives the same fingerprint. In Python:
/// <code>
/// d = {i: sha256(i.encode() + b"\0" + norm(r).encode()).digest() for i, r in utterances}
/// "sha256:" + sha256(b"".join(d[i] for i in sorted(d, key=str.encode))).hexdigest()
/// </code>
/// </summary>
internal static class EvalSetFingerprint
{
    private static readonly byte[] Separator = [0];

    public static byte[] Digest(IncrementalHash sha256, ReadOnlySpan<byte> id, ReadOnlySpan<byte> normalizedReference)
    {
        sha256.AppendData(id.ToArray());
        sha256.AppendData(Separator);
        sha256.AppendData(normalizedReference.ToArray());
        return sha256.GetHashAndReset();
    }

    public static string Of(UtteranceSet set)
    {
        var digests = set.Digests ?? throw new InvalidOperationException("the set was read without digests");
        var order = new int[set.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => set.Ids[a].SequenceCompareTo(set.Ids[b]));
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var block = new byte[DigestList.Size];
        foreach (var utterance in order)
        {
            digests[utterance].CopyTo(block);
            sha256.AppendData(block);
        }

        var hex = new StringBuilder("sha256:", 7 + 64);
        foreach (var b in sha256.GetHashAndReset())
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
