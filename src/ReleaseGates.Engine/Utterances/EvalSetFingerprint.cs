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
    /// <summary>Appends to the hash in a few large pieces: each call into the platform's SHA-256 costs more than hashing 32 bytes.</summary>
    private const int DigestsPerAppend = 2048;

    /// <param name="input">A buffer for the hash's input, reused from call to call (grown when too small).</param>
    public static void Digest(Sha256Hash sha256, ReadOnlySpan<byte> id, ReadOnlySpan<byte> normalizedReference, ref byte[] input, Span<byte> digest)
    {
        var length = id.Length + 1 + normalizedReference.Length;
        if (input.Length < length)
        {
            input = new byte[Math.Max(input.Length * 2, length)];
        }

        id.CopyTo(input);
        input[id.Length] = 0;
        normalizedReference.CopyTo(input.AsSpan(id.Length + 1));
        sha256.Hash(input, length, digest);
    }

    public static string Of(UtteranceSet set)
    {
        var digests = set.Digests ?? throw new InvalidOperationException("the set was read without digests");
        var order = IdOrder.Of(set.Ids);
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var block = new byte[DigestList.Size * DigestsPerAppend];
        for (var start = 0; start < order.Length; start += DigestsPerAppend)
        {
            var count = Math.Min(DigestsPerAppend, order.Length - start);
            for (var i = 0; i < count; i++)
            {
                digests[order[start + i]].CopyTo(block.AsSpan(i * DigestList.Size));
            }

            sha256.AppendData(block, 0, count * DigestList.Size);
        }

        var hex = new StringBuilder("sha256:", 7 + 64);
        foreach (var b in sha256.GetHashAndReset())
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
