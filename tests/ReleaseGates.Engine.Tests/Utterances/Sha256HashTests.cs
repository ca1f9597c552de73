using System.Runtime.InteropServices;
using System.Security.Cryptography;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Tests.Utterances;

public sealed class Sha256HashTests
{
    [Fact]
    public void Digests_are_SHA256_of_the_input_for_every_length_around_the_blocks()
    {
        using var hash = new Sha256Hash();
        var random = new Random(11);
        var digest = new byte[32];
        for (var length = 0; length <= 300; length++)
        {
            var input = new byte[length + random.Next(3)]; // the buffer may be longer than the input, as the builder's is
            random.NextBytes(input);

            hash.Hash(input, length, digest);

            Assert.Equal(SHA256.HashData(input.AsSpan(0, length)), digest);
        }
    }

    [Fact]
    public void The_digest_of_abc_is_the_standards()
    {
        using var hash = new Sha256Hash();
        var digest = new byte[32];

        hash.Hash("abc"u8.ToArray(), 3, digest);

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(digest));
    }

    [Fact]
    public void On_linux_with_OpenSSL_3_its_own_functions_are_used()
    {
        // .NET 8 and later load libcrypto.so.3 on every Linux this repository supports; elsewhere .NET's SHA-256 is used.
        using var hash = new Sha256Hash();

        Assert.Equal(OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libcrypto.so.3", out _), hash.IsNative);
    }
}
