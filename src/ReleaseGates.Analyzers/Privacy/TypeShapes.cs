using Microsoft.CodeAnalysis;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>What a value's type says about the content it can hold.</summary>
internal static class TypeShapes
{
    /// <summary>
    /// Types that cannot hold transcript text or audio: numbers, booleans, chars, enums, dates, durations, ids.
    /// A length, a count, a confidence or <c>IsNullOrEmpty</c> of a transcript is safe to log.
    /// </summary>
    public static bool IsContentFree(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return IsContentFree(nullable.TypeArguments[0]);
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Void:
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
            case SpecialType.System_DateTime:
                return true;
        }

        // Pointers: what they point at is not followed, and raw pointers are how parsers walk buffers, not how content is logged.
        if (type.TypeKind is TypeKind.Enum or TypeKind.Pointer or TypeKind.FunctionPointer)
        {
            return true;
        }

        return type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true }
            && type.Name is "TimeSpan" or "DateTimeOffset" or "Guid" or "DateOnly" or "TimeOnly" or "Half" or "Int128" or "UInt128" or "Index" or "Range";
    }

    /// <summary>string, char[], StringBuilder, spans and memories of char, and collections of those.</summary>
    public static bool IsTextLike(ITypeSymbol? type) => type switch
    {
        null => false,
        { SpecialType: SpecialType.System_String } => true,
        IArrayTypeSymbol array => array.ElementType.SpecialType == SpecialType.System_Char || IsTextLike(array.ElementType),
        INamedTypeSymbol named when named.Name == "StringBuilder" && SymbolNames.FullName(named) == "System.Text.StringBuilder" => true,
        INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: > 0 } named => named.Name is "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory"
            ? named.TypeArguments[0].SpecialType == SpecialType.System_Char
            : IsCollection(named) && IsTextLike(named.TypeArguments[named.TypeArguments.Length - 1]),
        INamedTypeSymbol named => IsTextLike(ElementType(named)),
        _ => false,
    };

    /// <summary>The element type of a collection that is not generic itself (<c>Dictionary&lt;K, V&gt;.ValueCollection</c>).</summary>
    private static ITypeSymbol? ElementType(INamedTypeSymbol type)
    {
        if (type.ContainingType is not { IsGenericType: true })
        {
            return null;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented is { Name: "IEnumerable", TypeArguments.Length: 1 })
            {
                return implemented.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary>byte[], sample arrays, streams, spans and memories of byte, BinaryData.</summary>
    public static bool IsAudioLike(ITypeSymbol? type) => type switch
    {
        null => false,
        IArrayTypeSymbol array => array.ElementType.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_Single,
        INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: > 0 } named => named.Name is "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory" or "ArraySegment"
            && named.TypeArguments[0].SpecialType == SpecialType.System_Byte,
        INamedTypeSymbol named => SymbolNames.IsOrDerivesFrom(named, "System.IO.Stream") || (named.Name == "BinaryData" && SymbolNames.FullName(named) == "System.BinaryData"),
        _ => false,
    };

    public static bool IsException(ITypeSymbol? type) => SymbolNames.IsOrDerivesFrom(type, "System.Exception");

    /// <summary>A generic type in the BCL collection namespaces, or one that implements IEnumerable&lt;T&gt;.</summary>
    public static bool IsCollection(INamedTypeSymbol type)
    {
        if (type.Name == "IEnumerable" || type.Name == "IAsyncEnumerable")
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.Name == "IEnumerable" && implemented.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }
}
