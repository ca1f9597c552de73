using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>What the analysis of one member body needs: the family's symbols, this file's configured members, and the body's locals.</summary>
internal sealed class BodyScope
{
    public BodyScope(
        RollbackSymbols symbols,
        ImmutableHashSet<ISymbol> configuredSelectors,
        ImmutableHashSet<ISymbol> configuredFlagChecks,
        ISymbol owningSymbol)
    {
        Symbols = symbols;
        ConfiguredSelectors = configuredSelectors;
        ConfiguredFlagChecks = configuredFlagChecks;
        OwningSymbol = owningSymbol;
    }

    public RollbackSymbols Symbols { get; }

    public ImmutableHashSet<ISymbol> ConfiguredSelectors { get; }

    public ImmutableHashSet<ISymbol> ConfiguredFlagChecks { get; }

    /// <summary>The method, property, field or type whose body (or initializer) is analysed.</summary>
    public ISymbol OwningSymbol { get; }

    public LocalAssignments Locals { get; } = new();

    public FlagRead? RecognizeFlagRead(IOperation operation) => FlagApis.Recognize(operation, Symbols, ConfiguredFlagChecks);
}
