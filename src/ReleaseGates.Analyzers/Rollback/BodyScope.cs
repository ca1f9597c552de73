using Microsoft.CodeAnalysis;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>What the analysis of one member body needs: the family's symbols and this file's configured members.</summary>
/// <param name="OwningSymbol">The method, property, field or type whose body (or initializer) is analysed.</param>
internal sealed record BodyScope(RollbackSymbols Symbols, MemberList ConfiguredSelectors, MemberList ConfiguredFlagChecks, ISymbol OwningSymbol)
{
    public FlagRead? RecognizeFlagRead(IOperation operation) => FlagApis.Recognize(operation, Symbols, ConfiguredFlagChecks);
}
