using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Common;

/// <summary>
/// The assemblies of the .NET runtime and ASP.NET Core's shared framework, told by the keys they are signed with: some
/// 170 of a project's references, none of which declares or uses an attribute of ours or a team's flag attribute, so
/// the look-ups a compilation's start makes in every reference can pass them by.
/// </summary>
internal static class RuntimeAssemblies
{
    /// <summary>The public key tokens of the runtime's and its reference packs' assemblies, and of ASP.NET Core's.</summary>
    private static readonly byte[][] KeyTokens =
    [
        [0xb7, 0x7a, 0x5c, 0x56, 0x19, 0x34, 0xe0, 0x89],
        [0xb0, 0x3f, 0x5f, 0x7f, 0x11, 0xd5, 0x0a, 0x3a],
        [0xcc, 0x7b, 0x13, 0xff, 0xcd, 0x2d, 0xdd, 0x51],
        [0x7c, 0xec, 0x85, 0xd7, 0xbe, 0xa7, 0x79, 0x8e],
        [0xad, 0xb9, 0x79, 0x38, 0x29, 0xdd, 0xae, 0x60],
    ];

    /// <summary>The compilation's referenced assemblies that are not the runtime's.</summary>
    public static IEnumerable<IAssemblySymbol> Outside(Compilation compilation) =>
        compilation.SourceModule.ReferencedAssemblySymbols.Where(assembly => !IsRuntime(assembly.Identity));

    public static bool IsRuntime(AssemblyIdentity identity)
    {
        var token = identity.PublicKeyToken;
        foreach (var known in KeyTokens)
        {
            if (token.AsSpan().SequenceEqual(known))
            {
                return true;
            }
        }

        return false;
    }
}
