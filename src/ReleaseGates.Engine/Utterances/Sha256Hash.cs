using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// SHA-256 of one short input at a time, a million times a run (one digest an utterance, for the evaluation set's
/// fingerprint). On Linux .NET hashes through OpenSSL's EVP interface, whose work around each call (the error queue,
/// resetting the context) is most of the cost for an input of a block or two: about 0.8 µs a digest, where hashing
/// itself is under 0.1 µs. So where the OpenSSL 3 that .NET itself loads is there, its plain SHA256_Init, _Update and
/// _Final are called on a context of our own (0.1–0.2 µs a digest). They are checked against .NET's SHA-256 once, on
/// first use; on any other platform, or when they are missing or disagree, .NET's is used.
/// </summary>
internal sealed class Sha256Hash : IDisposable
{
    /// <summary>OpenSSL's SHA256_CTX is 112 bytes; room to spare.</summary>
    private const int ContextSize = 256;

    private static readonly Lazy<bool> NativeWorks = new(CheckNative);

    private readonly byte[]? _context;
    private readonly IncrementalHash? _managed;

    public Sha256Hash()
    {
        if (NativeWorks.Value)
        {
            _context = new byte[ContextSize];
        }
        else
        {
            _managed = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        }
    }

    /// <summary>Whether the digests are OpenSSL's own functions' (tests check both ways agree).</summary>
    internal bool IsNative => _context is not null;

    /// <summary>Writes the SHA-256 of the first <paramref name="length"/> bytes of <paramref name="input"/> to <paramref name="digest"/> (32 bytes).</summary>
    public void Hash(byte[] input, int length, Span<byte> digest)
    {
        if (_context is not null)
        {
            Native(_context, input, length, digest);
            return;
        }

        _managed!.AppendData(input, 0, length);
        _managed.GetHashAndReset().CopyTo(digest);
    }

    public void Dispose() => _managed?.Dispose();

    /// <summary>.NET's SHA-256 of the first <paramref name="length"/> bytes of <paramref name="input"/>.</summary>
    private static byte[] Managed(byte[] input, int length)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData(input, 0, length);
        return sha256.GetHashAndReset();
    }

    private static void Native(byte[] context, byte[] input, int length, Span<byte> digest)
    {
        if (OpenSsl.SHA256_Init(context) != 1
            || OpenSsl.SHA256_Update(context, input, (UIntPtr)length) != 1
            || OpenSsl.SHA256_Final(ref MemoryMarshal.GetReference(digest.Slice(0, 32)), context) != 1)
        {
            throw new CryptographicException("OpenSSL's SHA256 failed.");
        }
    }

    private static bool CheckNative()
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            return false;
        }

        try
        {
            var context = new byte[ContextSize];
            var input = new byte[200];
            for (var i = 0; i < input.Length; i++)
            {
                input[i] = (byte)(i * 31);
            }

            // Empty, within one block, exactly where the length no longer fits the block, and several blocks.
            foreach (var length in new[] { 0, 3, 55, 56, 64, 200 })
            {
                var digest = new byte[32];
                Native(context, input, length, digest);
                if (!digest.AsSpan().SequenceEqual(Managed(input, length)))
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or CryptographicException)
        {
            return false;
        }
    }

    /// <summary>The library .NET 8 and later load for their own cryptography on Linux (OpenSSL 3).</summary>
    private static class OpenSsl
    {
        private const string Library = "libcrypto.so.3";

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern int SHA256_Init(byte[] context);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern int SHA256_Update(byte[] context, byte[] data, UIntPtr length);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern int SHA256_Final(ref byte digest, byte[] context);
    }
}
