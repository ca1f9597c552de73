using Microsoft.CodeAnalysis;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>What the analysis of one member body needs: the family's symbols, this file's configured members, and the body's locals.</summary>
internal sealed class BodyScope
{
    public BodyScope(
        RollbackSymbols symbols,
        MemberList configuredSelectors,
        MemberList configuredFlagChecks,
        ISymbol owningSymbol)
    {
        Symbols = symbols;
        ConfiguredSelectors = configuredSelectors;
        ConfiguredFlagChecks = configuredFlagChecks;
        OwningSymbol = owningSymbol;
    }

    public RollbackSymbols Symbols { get; }

    public MemberList ConfiguredSelectors { get; }

    public MemberList ConfiguredFlagChecks { get; }

    /// <summary>The method, property, field or type whose body (or initializer) is analysed.</summary>
    public ISymbol OwningSymbol { get; }

    public LocalAssignments Locals { get; } = new();

    public FlagRead? RecognizeFlagRead(IOperation operation) => FlagApis.Recognize(operation, Symbols, ConfiguredFlagChecks);
}
